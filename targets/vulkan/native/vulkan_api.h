// The Vulkan API as the runtime uses it: the vendored Khronos header (include/, no prototypes) and
// tables of function pointers. Nothing links the Vulkan loader: loader() opens it at run time
// (libvulkan.so.1, libvulkan.1.dylib, vulkan-1.dll) and the tables are filled through
// vkGetInstanceProcAddr / vkGetDeviceProcAddr, so the addon builds without a Vulkan SDK and loads
// on machines without Vulkan, where it reports what is missing instead of failing to load.
#pragma once

#ifndef VK_NO_PROTOTYPES
#define VK_NO_PROTOTYPES
#endif
#include "vulkan/vulkan_core.h"

#include <string>
#include <vector>

namespace kgenvk {

// Global commands: vkGetInstanceProcAddr(VK_NULL_HANDLE, name).
#define KGENVK_GLOBAL_FUNCTIONS(X)          \
  X(vkCreateInstance)                       \
  X(vkEnumerateInstanceExtensionProperties) \
  X(vkEnumerateInstanceLayerProperties)

// Instance commands (Vulkan 1.0): vkGetInstanceProcAddr(instance, name).
#define KGENVK_INSTANCE_FUNCTIONS(X)          \
  X(vkDestroyInstance)                        \
  X(vkEnumeratePhysicalDevices)               \
  X(vkGetPhysicalDeviceProperties)            \
  X(vkGetPhysicalDeviceFeatures)              \
  X(vkGetPhysicalDeviceMemoryProperties)      \
  X(vkGetPhysicalDeviceQueueFamilyProperties) \
  X(vkEnumerateDeviceExtensionProperties)     \
  X(vkCreateDevice)                           \
  X(vkGetDeviceProcAddr)

// Instance commands that may be null: core 1.1 (used only where instance and device offer 1.1)
// and VK_EXT_debug_utils (present only with validation on).
#define KGENVK_INSTANCE_FUNCTIONS_OPTIONAL(X) \
  X(vkGetPhysicalDeviceProperties2)           \
  X(vkGetPhysicalDeviceFeatures2)             \
  X(vkCreateDebugUtilsMessengerEXT)           \
  X(vkDestroyDebugUtilsMessengerEXT)          \
  X(vkSetDebugUtilsObjectNameEXT)

// Device commands (Vulkan 1.0): vkGetDeviceProcAddr(device, name).
#define KGENVK_DEVICE_FUNCTIONS(X)   \
  X(vkDestroyDevice)                 \
  X(vkDeviceWaitIdle)                \
  X(vkGetDeviceQueue)                \
  X(vkQueueSubmit)                   \
  X(vkCreateFence)                   \
  X(vkDestroyFence)                  \
  X(vkResetFences)                   \
  X(vkWaitForFences)                 \
  X(vkCreateBuffer)                  \
  X(vkDestroyBuffer)                 \
  X(vkGetBufferMemoryRequirements)   \
  X(vkAllocateMemory)                \
  X(vkFreeMemory)                    \
  X(vkBindBufferMemory)              \
  X(vkMapMemory)                     \
  X(vkUnmapMemory)                   \
  X(vkCreateShaderModule)            \
  X(vkDestroyShaderModule)           \
  X(vkCreateDescriptorSetLayout)     \
  X(vkDestroyDescriptorSetLayout)    \
  X(vkCreatePipelineLayout)          \
  X(vkDestroyPipelineLayout)         \
  X(vkCreateComputePipelines)        \
  X(vkDestroyPipeline)               \
  X(vkCreateDescriptorPool)          \
  X(vkDestroyDescriptorPool)         \
  X(vkResetDescriptorPool)           \
  X(vkAllocateDescriptorSets)        \
  X(vkUpdateDescriptorSets)          \
  X(vkCreateQueryPool)               \
  X(vkDestroyQueryPool)              \
  X(vkGetQueryPoolResults)           \
  X(vkCreateCommandPool)             \
  X(vkDestroyCommandPool)            \
  X(vkAllocateCommandBuffers)        \
  X(vkBeginCommandBuffer)            \
  X(vkEndCommandBuffer)              \
  X(vkResetCommandBuffer)            \
  X(vkCmdBindPipeline)               \
  X(vkCmdBindDescriptorSets)         \
  X(vkCmdPushConstants)              \
  X(vkCmdDispatch)                   \
  X(vkCmdPipelineBarrier)            \
  X(vkCmdCopyBuffer)                 \
  X(vkCmdFillBuffer)                 \
  X(vkCmdResetQueryPool)             \
  X(vkCmdWriteTimestamp)

#define KGENVK_DECLARE_POINTER(name) PFN_##name name = nullptr;

struct LoaderFunctions {
  PFN_vkGetInstanceProcAddr vkGetInstanceProcAddr = nullptr;
  PFN_vkEnumerateInstanceVersion vkEnumerateInstanceVersion = nullptr;  // null in a 1.0 loader
  KGENVK_GLOBAL_FUNCTIONS(KGENVK_DECLARE_POINTER)
};

struct InstanceFunctions {
  KGENVK_INSTANCE_FUNCTIONS(KGENVK_DECLARE_POINTER)
  KGENVK_INSTANCE_FUNCTIONS_OPTIONAL(KGENVK_DECLARE_POINTER)
};

struct DeviceFunctions {
  KGENVK_DEVICE_FUNCTIONS(KGENVK_DECLARE_POINTER)
};

#undef KGENVK_DECLARE_POINTER

// Where the loader came from, or why it could not be opened.
struct LoaderStatus {
  bool loaded = false;
  std::string path;                // the name that loaded
  std::vector<std::string> tried;  // every name tried, in order
  std::string error;               // when !loaded: what failed for each name
};

// Opens the Vulkan loader once per process (it stays loaded) and fetches the global commands.
// Names tried: $KGEN_VULKAN_LOADER when set, else the platform's usual names. Throws
// kgenvk::Error naming each name tried and why it failed.
const LoaderFunctions& loader();

// The same attempt as loader(), reported instead of thrown.
LoaderStatus loaderStatus();

// Fetch the instance / device commands; throw kgenvk::Error naming a required command the
// driver does not provide. The caller still owns (and must destroy) the instance / device.
InstanceFunctions loadInstanceFunctions(VkInstance instance);
DeviceFunctions loadDeviceFunctions(const InstanceFunctions& vki, VkDevice device);

}  // namespace kgenvk
