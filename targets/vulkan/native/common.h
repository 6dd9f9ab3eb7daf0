// kgen Vulkan compute runtime: shared error type and VkResult helpers.
#pragma once

#include <stdexcept>
#include <string>

#include "vulkan_api.h"

namespace kgenvk {

// Every failure inside the runtime is thrown as kgenvk::Error; the N-API layer turns it into a
// JavaScript Error (or TypeError / RangeError, following `kind`).
class Error : public std::runtime_error {
 public:
  enum class Kind { Generic, Type, Range };
  explicit Error(const std::string& message, Kind kind = Kind::Generic)
      : std::runtime_error(message), kind(kind) {}
  Kind kind;
};

// "VK_ERROR_OUT_OF_DEVICE_MEMORY"; unknown codes give "VkResult(<n>)".
std::string vkResultName(VkResult result);

// "kgen vulkan: vkCreateBuffer failed: VK_ERROR_OUT_OF_DEVICE_MEMORY (-2)"
std::string vkFailureMessage(const std::string& call, VkResult result);

inline void vkCheck(VkResult result, const std::string& call) {
  if (result != VK_SUCCESS) throw Error(vkFailureMessage(call, result));
}

}  // namespace kgenvk
