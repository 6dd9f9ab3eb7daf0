// kgen Vulkan compute runtime: instance/device setup, storage buffers with internal staging,
// compute pipelines and batched dispatch with optional timestamps. No N-API in here: addon.cc
// binds it to JavaScript. Every failure throws kgenvk::Error.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "common.h"
#include "vulkan_api.h"

namespace kgenvk {

struct DeviceInfo {
  uint32_t index = 0;  // position in vkEnumeratePhysicalDevices
  std::string name;
  uint32_t vendorId = 0;
  uint32_t deviceId = 0;
  std::string driverName;
  std::string driverInfo;
  std::string apiVersion;  // "1.4.305"
  std::string deviceType;  // "discrete-gpu" | "integrated-gpu" | "virtual-gpu" | "cpu" | "other"
  uint32_t subgroupSize = 0;
  uint32_t minSubgroupSize = 0;
  uint32_t maxSubgroupSize = 0;
  bool subgroupArithmetic = false;
  bool subgroupSizeControl = false;
  bool computeFullSubgroups = false;
  bool integerDotProduct = false;
  bool integerDot4x8PackedSignedAccelerated = false;
  bool storageBuffer8BitAccess = false;
  bool storageBuffer16BitAccess = false;
  bool shaderInt8 = false;
  bool shaderInt16 = false;
  bool shaderInt64 = false;
  bool shaderFloat16 = false;
  bool shaderFloat64 = false;
  double timestampPeriodNs = 0;
  uint32_t timestampValidBits = 0;  // of the chosen compute queue family
  int32_t queueFamilyIndex = -1;    // chosen compute queue family, -1 if none
  uint64_t maxStorageBufferRange = 0;
  uint64_t maxBufferSize = 0;             // 0 when the device does not report it
  uint64_t maxMemoryAllocationSize = 0;   // 0 when the device does not report it
  std::array<uint32_t, 3> maxComputeWorkGroupCount{};
  std::array<uint32_t, 3> maxComputeWorkGroupSize{};
  uint32_t maxComputeWorkGroupInvocations = 0;
  uint32_t maxComputeSharedMemorySize = 0;
  uint32_t maxPushConstantsSize = 0;
  uint32_t maxBoundStorageBuffers = 0;  // maxPerStageDescriptorStorageBuffers
  std::vector<std::string> enabledFeatures;  // what openDevice enables (= supported among the wanted)
};

// Lists the physical devices (creates and destroys a short-lived instance).
std::vector<DeviceInfo> listDevices();

struct SpecConstant {
  uint32_t id;
  uint32_t bits;  // the 4 bytes of the value (u32/i32/f32/VkBool32)
};

struct PipelineDesc {
  std::vector<uint32_t> spirv;
  std::string entryPoint = "main";
  uint32_t bindingCount = 0;
  uint32_t pushConstantBytes = 0;
  std::vector<SpecConstant> specialization;
  uint32_t requiredSubgroupSize = 0;  // 0: none
  bool requireFullSubgroups = false;
  std::string label;
};

struct Dispatch {
  uint32_t pipeline;
  std::vector<uint32_t> buffers;
  std::vector<uint8_t> push;
  std::array<uint32_t, 3> groups;
};

struct DeviceOptions {
  int deviceIndex = -1;  // -1: pick the best (discrete > integrated > virtual > cpu)
  bool validation = false;
  double timeoutMs = 120000;
};

class MessageSink;

class Device {
 public:
  explicit Device(const DeviceOptions& options);
  ~Device();
  Device(const Device&) = delete;
  Device& operator=(const Device&) = delete;

  const DeviceInfo& info() const { return info_; }
  bool destroyed() const { return device_ == VK_NULL_HANDLE; }
  void destroy();

  uint32_t createBuffer(uint64_t byteLength, const std::string& label);
  void destroyBuffer(uint32_t id);
  uint64_t bufferSize(uint32_t id);
  void write(uint32_t id, const uint8_t* data, uint64_t byteLength, uint64_t byteOffset);
  void read(uint32_t id, uint64_t byteOffset, uint64_t byteLength, uint8_t* out);
  void fill(uint32_t id, uint32_t value);

  uint32_t createPipeline(const PipelineDesc& desc);
  void destroyPipeline(uint32_t id);

  // Returns timestamps in ns relative to the first (cmds.size() + 1 values) when timestamps is true.
  std::vector<double> run(const std::vector<Dispatch>& cmds, bool timestamps);

  std::vector<std::string> takeValidationMessages();

 private:
  struct Buffer {
    VkBuffer buffer = VK_NULL_HANDLE;
    VkDeviceMemory memory = VK_NULL_HANDLE;
    uint64_t byteLength = 0;  // as asked
    uint64_t allocSize = 0;   // byteLength rounded up to 4
    std::string label;
  };
  struct Pipeline {
    VkDescriptorSetLayout setLayout = VK_NULL_HANDLE;
    VkPipelineLayout layout = VK_NULL_HANDLE;
    VkPipeline pipeline = VK_NULL_HANDLE;
    uint32_t bindingCount = 0;
    uint32_t pushConstantBytes = 0;
    std::string label;
  };

  void createInstance(bool validation);
  void createDevice(int deviceIndex);
  void ensureUsable(const char* what) const;
  void check(VkResult result, const std::string& call);
  Buffer& buffer(uint32_t id, const char* what);
  Pipeline& pipeline(uint32_t id, const char* what);
  uint32_t findMemoryType(uint32_t typeBits, VkMemoryPropertyFlags want, VkMemoryPropertyFlags prefer);
  void ensureStaging(uint64_t bytes);
  void beginCommands();
  void submitAndWait(const std::string& what);
  void setName(VkObjectType type, uint64_t handle, const std::string& name);
  void destroyBufferObjects(Buffer& b);
  void destroyPipelineObjects(Pipeline& p);

  DeviceInfo info_;
  double timeoutMs_;
  std::unique_ptr<MessageSink> sink_;
  InstanceFunctions vki_;  // the instance's commands (loaded with it)
  DeviceFunctions vkd_;    // the device's commands (loaded with it)
  VkInstance instance_ = VK_NULL_HANDLE;
  VkDebugUtilsMessengerEXT messenger_ = VK_NULL_HANDLE;
  PFN_vkSetDebugUtilsObjectNameEXT setObjectName_ = nullptr;
  VkPhysicalDevice physical_ = VK_NULL_HANDLE;
  VkPhysicalDeviceMemoryProperties memProps_{};
  uint32_t effectiveApi_ = 0;    // min(instance, device) API version as major*10+minor
  uint32_t subgroupOps_ = 0;     // VkSubgroupFeatureFlags
  uint32_t subgroupStages_ = 0;  // VkShaderStageFlags
  VkDevice device_ = VK_NULL_HANDLE;
  VkQueue queue_ = VK_NULL_HANDLE;
  VkCommandPool cmdPool_ = VK_NULL_HANDLE;
  VkCommandBuffer cmd_ = VK_NULL_HANDLE;
  VkFence fence_ = VK_NULL_HANDLE;
  bool pending_ = false;     // a submission did not finish within the timeout
  std::string unusable_;     // set after VK_TIMEOUT / VK_ERROR_DEVICE_LOST

  VkBuffer staging_ = VK_NULL_HANDLE;
  VkDeviceMemory stagingMemory_ = VK_NULL_HANDLE;
  uint8_t* stagingMap_ = nullptr;
  uint64_t stagingSize_ = 0;

  VkDescriptorPool descPool_ = VK_NULL_HANDLE;
  uint32_t descPoolSets_ = 0;
  uint32_t descPoolDescriptors_ = 0;
  VkQueryPool queryPool_ = VK_NULL_HANDLE;
  uint32_t queryPoolSize_ = 0;

  std::unordered_map<uint32_t, Buffer> buffers_;
  std::unordered_map<uint32_t, Pipeline> pipelines_;
};

}  // namespace kgenvk
