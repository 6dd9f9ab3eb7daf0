#include "runtime.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>

#include "spirv.h"

namespace kgenvk {

namespace {

constexpr uint64_t kStagingChunk = 64ull << 20;  // largest staging buffer; bigger copies are chunked
constexpr uint64_t kStagingMin = 64ull << 10;
constexpr size_t kMaxMessages = 1000;
constexpr const char* kValidationLayer = "VK_LAYER_KHRONOS_validation";
constexpr const char* kNoDevice =
    "kgen vulkan: no Vulkan physical device found (is a driver installed? for CPU testing install "
    "mesa-vulkan-drivers)";

// Buffer and pipeline ids are unique across all devices of the process, so an id from another
// device is reported as unknown instead of silently naming a different object.
std::atomic<uint32_t> gNextId{1};

uint32_t apiMinor(uint32_t version) {  // 1.3.x -> 13
  return VK_API_VERSION_MAJOR(version) * 10 + VK_API_VERSION_MINOR(version);
}

std::string versionString(uint32_t v) {
  return std::to_string(VK_API_VERSION_MAJOR(v)) + "." + std::to_string(VK_API_VERSION_MINOR(v)) +
         "." + std::to_string(VK_API_VERSION_PATCH(v));
}

const char* deviceTypeName(VkPhysicalDeviceType t) {
  switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return "discrete-gpu";
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return "integrated-gpu";
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return "virtual-gpu";
    case VK_PHYSICAL_DEVICE_TYPE_CPU: return "cpu";
    default: return "other";
  }
}

int deviceTypeRank(VkPhysicalDeviceType t) {
  switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return 0;
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return 1;
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return 2;
    case VK_PHYSICAL_DEVICE_TYPE_CPU: return 3;
    default: return 4;
  }
}

// Features queried and enabled through the VkPhysicalDeviceVulkan11/12/13Features chain. The
// struct points into itself, so chain() is called right before each use.
struct Features {
  VkPhysicalDeviceFeatures2 f2{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2};
  VkPhysicalDeviceVulkan11Features f11{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_1_FEATURES};
  VkPhysicalDeviceVulkan12Features f12{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES};
  VkPhysicalDeviceVulkan13Features f13{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES};
  bool has12 = false;  // the 1.1 and 1.2 structs are usable (device API >= 1.2)
  bool has13 = false;
  VkPhysicalDeviceFeatures2* chain() {
    f2.pNext = has12 ? &f11 : nullptr;
    f11.pNext = &f12;
    f12.pNext = has13 ? &f13 : nullptr;
    f13.pNext = nullptr;
    return &f2;
  }
};

struct PhysicalDevice {
  VkPhysicalDevice handle = VK_NULL_HANDLE;
  DeviceInfo info;
  Features supported;
  uint32_t effectiveApi = 0;  // min(instance, device) as apiMinor
  uint32_t subgroupOps = 0;
  uint32_t subgroupStages = 0;
  uint32_t requiredSubgroupSizeStages = 0;
  VkPhysicalDeviceType type = VK_PHYSICAL_DEVICE_TYPE_OTHER;
};

// The features this runtime enables when the device has them; `names` lists what was enabled.
Features wantedFeatures(const Features& s, std::vector<std::string>& names) {
  Features e;
  e.has12 = s.has12;
  e.has13 = s.has13;
#define KGEN_WANT(block, field)                 \
  if (s.block.field) {                          \
    e.block.field = VK_TRUE;                    \
    names.push_back(#field);                    \
  }
  KGEN_WANT(f2.features, shaderInt16)
  KGEN_WANT(f2.features, shaderInt64)
  KGEN_WANT(f2.features, shaderFloat64)
  if (s.has12) {
    KGEN_WANT(f11, storageBuffer16BitAccess)
    KGEN_WANT(f11, uniformAndStorageBuffer16BitAccess)
    KGEN_WANT(f11, storagePushConstant16)
    KGEN_WANT(f12, storageBuffer8BitAccess)
    KGEN_WANT(f12, uniformAndStorageBuffer8BitAccess)
    KGEN_WANT(f12, storagePushConstant8)
    KGEN_WANT(f12, shaderInt8)
    KGEN_WANT(f12, shaderFloat16)
    KGEN_WANT(f12, shaderSubgroupExtendedTypes)
    KGEN_WANT(f12, vulkanMemoryModel)
    KGEN_WANT(f12, vulkanMemoryModelDeviceScope)
  }
  if (s.has13) {
    KGEN_WANT(f13, shaderIntegerDotProduct)
    KGEN_WANT(f13, subgroupSizeControl)
    KGEN_WANT(f13, computeFullSubgroups)
    KGEN_WANT(f13, maintenance4)
  }
#undef KGEN_WANT
  return e;
}

PhysicalDevice queryPhysicalDevice(const InstanceFunctions& vki, VkPhysicalDevice pd, uint32_t index,
                                   uint32_t instanceApi) {
  PhysicalDevice out;
  out.handle = pd;
  VkPhysicalDeviceProperties base{};
  vki.vkGetPhysicalDeviceProperties(pd, &base);
  const uint32_t deviceApi = apiMinor(base.apiVersion);
  out.effectiveApi = std::min(apiMinor(instanceApi), deviceApi);
  out.type = base.deviceType;
  const bool v11 = out.effectiveApi >= 11, v12 = out.effectiveApi >= 12, v13 = out.effectiveApi >= 13;

  DeviceInfo& info = out.info;
  info.index = index;
  info.name = base.deviceName;
  info.vendorId = base.vendorID;
  info.deviceId = base.deviceID;
  info.apiVersion = versionString(base.apiVersion);
  info.deviceType = deviceTypeName(base.deviceType);
  const VkPhysicalDeviceLimits& lim = base.limits;
  info.timestampPeriodNs = lim.timestampPeriod;
  info.maxStorageBufferRange = lim.maxStorageBufferRange;
  for (int i = 0; i < 3; ++i) {
    info.maxComputeWorkGroupCount[i] = lim.maxComputeWorkGroupCount[i];
    info.maxComputeWorkGroupSize[i] = lim.maxComputeWorkGroupSize[i];
  }
  info.maxComputeWorkGroupInvocations = lim.maxComputeWorkGroupInvocations;
  info.maxComputeSharedMemorySize = lim.maxComputeSharedMemorySize;
  info.maxPushConstantsSize = lim.maxPushConstantsSize;
  info.maxBoundStorageBuffers = lim.maxPerStageDescriptorStorageBuffers;

  if (v11) {
    VkPhysicalDeviceProperties2 p2{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2};
    VkPhysicalDeviceSubgroupProperties sub{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES};
    VkPhysicalDeviceMaintenance3Properties m3{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MAINTENANCE_3_PROPERTIES};
    VkPhysicalDeviceDriverProperties drv{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES};
    VkPhysicalDeviceSubgroupSizeControlProperties ssc{
        VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_SIZE_CONTROL_PROPERTIES};
    VkPhysicalDeviceShaderIntegerDotProductProperties dot{
        VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SHADER_INTEGER_DOT_PRODUCT_PROPERTIES};
    VkPhysicalDeviceMaintenance4Properties m4{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MAINTENANCE_4_PROPERTIES};
    p2.pNext = &sub;
    sub.pNext = &m3;
    if (v12) m3.pNext = &drv;
    if (v13) {
      drv.pNext = &ssc;
      ssc.pNext = &dot;
      dot.pNext = &m4;
    }
    vki.vkGetPhysicalDeviceProperties2(pd, &p2);
    info.subgroupSize = sub.subgroupSize;
    info.minSubgroupSize = info.maxSubgroupSize = sub.subgroupSize;
    out.subgroupOps = sub.supportedOperations;
    out.subgroupStages = sub.supportedStages;
    info.subgroupArithmetic = (sub.supportedStages & VK_SHADER_STAGE_COMPUTE_BIT) &&
                              (sub.supportedOperations & VK_SUBGROUP_FEATURE_ARITHMETIC_BIT);
    info.maxMemoryAllocationSize = m3.maxMemoryAllocationSize;
    if (v12) {
      info.driverName = drv.driverName;
      info.driverInfo = drv.driverInfo;
    }
    if (v13) {
      info.minSubgroupSize = ssc.minSubgroupSize;
      info.maxSubgroupSize = ssc.maxSubgroupSize;
      out.requiredSubgroupSizeStages = ssc.requiredSubgroupSizeStages;
      info.integerDot4x8PackedSignedAccelerated =
          dot.integerDotProduct4x8BitPackedSignedAccelerated == VK_TRUE;
      info.maxBufferSize = m4.maxBufferSize;
    }

    Features& f = out.supported;
    f.has12 = v12;
    f.has13 = v13;
    vki.vkGetPhysicalDeviceFeatures2(pd, f.chain());
  } else {
    vki.vkGetPhysicalDeviceFeatures(pd, &out.supported.f2.features);
  }

  // What device creation enables (= supported among the wanted ones).
  wantedFeatures(out.supported, info.enabledFeatures);
  const Features& f = out.supported;
  info.shaderInt16 = f.f2.features.shaderInt16;
  info.shaderInt64 = f.f2.features.shaderInt64;
  info.shaderFloat64 = f.f2.features.shaderFloat64;
  if (f.has12) {
    info.storageBuffer16BitAccess = f.f11.storageBuffer16BitAccess;
    info.storageBuffer8BitAccess = f.f12.storageBuffer8BitAccess;
    info.shaderInt8 = f.f12.shaderInt8;
    info.shaderFloat16 = f.f12.shaderFloat16;
  }
  if (f.has13) {
    info.integerDotProduct = f.f13.shaderIntegerDotProduct;
    info.subgroupSizeControl = f.f13.subgroupSizeControl &&
                               (out.requiredSubgroupSizeStages & VK_SHADER_STAGE_COMPUTE_BIT);
    info.computeFullSubgroups = f.f13.computeFullSubgroups;
  }

  // Compute queue family: the first one with compute and timestamps, else the first with compute.
  uint32_t familyCount = 0;
  vki.vkGetPhysicalDeviceQueueFamilyProperties(pd, &familyCount, nullptr);
  std::vector<VkQueueFamilyProperties> families(familyCount);
  vki.vkGetPhysicalDeviceQueueFamilyProperties(pd, &familyCount, families.data());
  for (int pass = 0; pass < 2 && info.queueFamilyIndex < 0; ++pass) {
    for (uint32_t i = 0; i < familyCount; ++i) {
      const auto& q = families[i];
      if (!(q.queueFlags & VK_QUEUE_COMPUTE_BIT) || q.queueCount == 0) continue;
      if (pass == 0 && q.timestampValidBits == 0) continue;
      info.queueFamilyIndex = static_cast<int32_t>(i);
      info.timestampValidBits = q.timestampValidBits;
      break;
    }
  }
  return out;
}

uint32_t loaderApiVersion() {
  uint32_t version = VK_API_VERSION_1_0;
  const PFN_vkEnumerateInstanceVersion fn = loader().vkEnumerateInstanceVersion;
  if (fn && fn(&version) != VK_SUCCESS) version = VK_API_VERSION_1_0;
  return version;
}

bool hasInstanceExtension(const char* name, const char* layer) {
  uint32_t n = 0;
  if (loader().vkEnumerateInstanceExtensionProperties(layer, &n, nullptr) != VK_SUCCESS) return false;
  std::vector<VkExtensionProperties> exts(n);
  if (loader().vkEnumerateInstanceExtensionProperties(layer, &n, exts.data()) != VK_SUCCESS) return false;
  for (const auto& e : exts) {
    if (std::strcmp(e.extensionName, name) == 0) return true;
  }
  return false;
}

bool hasLayer(const char* name) {
  uint32_t n = 0;
  if (loader().vkEnumerateInstanceLayerProperties(&n, nullptr) != VK_SUCCESS) return false;
  std::vector<VkLayerProperties> layers(n);
  if (loader().vkEnumerateInstanceLayerProperties(&n, layers.data()) != VK_SUCCESS) return false;
  for (const auto& l : layers) {
    if (std::strcmp(l.layerName, name) == 0) return true;
  }
  return false;
}

// Creates an instance; with `messenger` set, the validation layer and VK_EXT_debug_utils are enabled
// and the messenger info is chained so instance creation itself is covered. `vki` receives the
// instance's commands.
VkInstance makeInstance(uint32_t& apiVersion, const VkDebugUtilsMessengerCreateInfoEXT* messenger,
                        InstanceFunctions& vki) {
  apiVersion = std::min<uint32_t>(loaderApiVersion(), VK_API_VERSION_1_3);
  VkApplicationInfo app{VK_STRUCTURE_TYPE_APPLICATION_INFO};
  app.pApplicationName = "kgen";
  app.pEngineName = "kgen";
  app.apiVersion = apiVersion;

  std::vector<const char*> layers, extensions;
  VkInstanceCreateInfo ci{VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO};
  if (hasInstanceExtension(VK_KHR_PORTABILITY_ENUMERATION_EXTENSION_NAME, nullptr)) {
    extensions.push_back(VK_KHR_PORTABILITY_ENUMERATION_EXTENSION_NAME);
    ci.flags |= VK_INSTANCE_CREATE_ENUMERATE_PORTABILITY_BIT_KHR;
  }
  if (messenger) {
    if (!hasLayer(kValidationLayer)) {
      throw Error(
          "kgen vulkan: validation was requested but the layer VK_LAYER_KHRONOS_validation is not "
          "installed (Debian/Ubuntu package vulkan-validationlayers; or unset KGEN_VK_VALIDATION)");
    }
    if (!hasInstanceExtension(VK_EXT_DEBUG_UTILS_EXTENSION_NAME, nullptr) &&
        !hasInstanceExtension(VK_EXT_DEBUG_UTILS_EXTENSION_NAME, kValidationLayer)) {
      throw Error("kgen vulkan: validation was requested but VK_EXT_debug_utils is not available");
    }
    layers.push_back(kValidationLayer);
    extensions.push_back(VK_EXT_DEBUG_UTILS_EXTENSION_NAME);
    ci.pNext = messenger;
  }
  ci.pApplicationInfo = &app;
  ci.enabledLayerCount = static_cast<uint32_t>(layers.size());
  ci.ppEnabledLayerNames = layers.data();
  ci.enabledExtensionCount = static_cast<uint32_t>(extensions.size());
  ci.ppEnabledExtensionNames = extensions.data();

  VkInstance instance = VK_NULL_HANDLE;
  const VkResult r = loader().vkCreateInstance(&ci, nullptr, &instance);
  if (r == VK_ERROR_INCOMPATIBLE_DRIVER) {
    throw Error(vkFailureMessage("vkCreateInstance", r) +
                ": no Vulkan driver (ICD) was found (is a driver installed? for CPU testing install "
                "mesa-vulkan-drivers)");
  }
  vkCheck(r, "vkCreateInstance");
  try {
    vki = loadInstanceFunctions(instance);
  } catch (...) {
    auto destroy = reinterpret_cast<PFN_vkDestroyInstance>(
        loader().vkGetInstanceProcAddr(instance, "vkDestroyInstance"));
    if (destroy) destroy(instance, nullptr);
    throw;
  }
  return instance;
}

std::vector<VkPhysicalDevice> enumerate(const InstanceFunctions& vki, VkInstance instance) {
  uint32_t n = 0;
  vkCheck(vki.vkEnumeratePhysicalDevices(instance, &n, nullptr), "vkEnumeratePhysicalDevices");
  std::vector<VkPhysicalDevice> out(n);
  if (n) vkCheck(vki.vkEnumeratePhysicalDevices(instance, &n, out.data()), "vkEnumeratePhysicalDevices");
  out.resize(n);
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Validation messages

class MessageSink {
 public:
  void push(std::string message) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (messages_.size() < kMaxMessages) {
      messages_.push_back(std::move(message));
    } else {
      ++dropped_;
    }
  }
  std::vector<std::string> take() {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<std::string> out;
    out.swap(messages_);
    if (dropped_) out.push_back("(" + std::to_string(dropped_) + " more messages dropped)");
    dropped_ = 0;
    return out;
  }
  std::string last() {
    std::lock_guard<std::mutex> lock(mutex_);
    return messages_.empty() ? std::string() : messages_.back();
  }

  static VKAPI_ATTR VkBool32 VKAPI_CALL callback(VkDebugUtilsMessageSeverityFlagBitsEXT severity,
                                                 VkDebugUtilsMessageTypeFlagsEXT types,
                                                 const VkDebugUtilsMessengerCallbackDataEXT* data,
                                                 void* user) {
    std::string s = (severity & VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT) ? "[error] " : "[warning] ";
    if (types & VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT) {
      s += "[validation] ";
    } else if (types & VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT) {
      s += "[performance] ";
    } else {
      s += "[general] ";
    }
    if (data && data->pMessageIdName && data->pMessage && !std::strstr(data->pMessage, data->pMessageIdName)) {
      s += data->pMessageIdName;
      s += ": ";
    }
    s += (data && data->pMessage) ? data->pMessage : "(no message)";
    // KGEN_VK_VALIDATION_PRINT=1 also echoes each message to stderr as it arrives (useful when a
    // driver crashes before the messages can be taken).
    static const bool echo = [] {
      const char* e = std::getenv("KGEN_VK_VALIDATION_PRINT");
      return e && std::strcmp(e, "1") == 0;
    }();
    if (echo) std::fprintf(stderr, "kgen vulkan: %s\n", s.c_str());
    static_cast<MessageSink*>(user)->push(std::move(s));
    // VK_TRUE makes the Khronos validation layer skip the offending call and return
    // VK_ERROR_VALIDATION_FAILED_EXT instead of passing invalid usage (such as SPIR-V that spirv-val
    // rejects) down to a driver that may crash on it.
    return (severity & VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT) &&
                   (types & VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT)
               ? VK_TRUE
               : VK_FALSE;
  }

 private:
  std::mutex mutex_;
  std::vector<std::string> messages_;
  size_t dropped_ = 0;
};

// ---------------------------------------------------------------------------------------------

std::vector<DeviceInfo> listDevices() {
  uint32_t api = 0;
  InstanceFunctions vki;
  VkInstance instance = makeInstance(api, nullptr, vki);
  std::vector<DeviceInfo> out;
  try {
    const auto devices = enumerate(vki, instance);
    for (uint32_t i = 0; i < devices.size(); ++i) {
      out.push_back(queryPhysicalDevice(vki, devices[i], i, api).info);
    }
  } catch (...) {
    vki.vkDestroyInstance(instance, nullptr);
    throw;
  }
  vki.vkDestroyInstance(instance, nullptr);
  return out;
}

Device::Device(const DeviceOptions& options) : timeoutMs_(options.timeoutMs) {
  if (!(timeoutMs_ > 0) || !std::isfinite(timeoutMs_)) {
    throw Error("kgen vulkan: timeoutMs must be a positive finite number", Error::Kind::Range);
  }
  try {
    createInstance(options.validation);
    createDevice(options.deviceIndex);
  } catch (...) {
    destroy();
    throw;
  }
}

Device::~Device() { destroy(); }

void Device::createInstance(bool validation) {
  uint32_t api = 0;
  if (!validation) {
    instance_ = makeInstance(api, nullptr, vki_);
    return;
  }
  sink_ = std::make_unique<MessageSink>();
  VkDebugUtilsMessengerCreateInfoEXT mci{VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT};
  mci.messageSeverity =
      VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT;
  mci.messageType = VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT |
                    VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT |
                    VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT;
  mci.pfnUserCallback = &MessageSink::callback;
  mci.pUserData = sink_.get();
  instance_ = makeInstance(api, &mci, vki_);
  if (!vki_.vkCreateDebugUtilsMessengerEXT) {
    throw Error("kgen vulkan: vkCreateDebugUtilsMessengerEXT is not available");
  }
  vkCheck(vki_.vkCreateDebugUtilsMessengerEXT(instance_, &mci, nullptr, &messenger_),
          "vkCreateDebugUtilsMessengerEXT");
  setObjectName_ = vki_.vkSetDebugUtilsObjectNameEXT;
}

void Device::createDevice(int deviceIndex) {
  uint32_t instanceApi = std::min<uint32_t>(loaderApiVersion(), VK_API_VERSION_1_3);
  const auto devices = enumerate(vki_, instance_);
  if (devices.empty()) throw Error(kNoDevice);
  std::vector<PhysicalDevice> all;
  for (uint32_t i = 0; i < devices.size(); ++i) {
    all.push_back(queryPhysicalDevice(vki_, devices[i], i, instanceApi));
  }
  size_t pick = 0;
  if (deviceIndex >= 0) {
    if (static_cast<size_t>(deviceIndex) >= all.size()) {
      throw Error("kgen vulkan: deviceIndex " + std::to_string(deviceIndex) + " is out of range (" +
                      std::to_string(all.size()) + " Vulkan device(s) found)",
                  Error::Kind::Range);
    }
    pick = static_cast<size_t>(deviceIndex);
  } else {
    for (size_t i = 1; i < all.size(); ++i) {
      if (deviceTypeRank(all[i].type) < deviceTypeRank(all[pick].type)) pick = i;
    }
  }
  PhysicalDevice& pd = all[pick];
  info_ = pd.info;
  physical_ = pd.handle;
  if (pd.effectiveApi < 12) {
    throw Error("kgen vulkan: device '" + info_.name + "' offers Vulkan " + info_.apiVersion +
                " (usable: " + std::to_string(pd.effectiveApi / 10) + "." +
                std::to_string(pd.effectiveApi % 10) + "); kgen needs Vulkan 1.2 or newer");
  }
  if (info_.queueFamilyIndex < 0) {
    throw Error("kgen vulkan: device '" + info_.name + "' has no compute queue family");
  }
  effectiveApi_ = pd.effectiveApi;
  subgroupOps_ = pd.subgroupOps;
  subgroupStages_ = pd.subgroupStages;
  vki_.vkGetPhysicalDeviceMemoryProperties(physical_, &memProps_);

  std::vector<std::string> names;
  Features enabled = wantedFeatures(pd.supported, names);

  uint32_t extCount = 0;
  vkCheck(vki_.vkEnumerateDeviceExtensionProperties(physical_, nullptr, &extCount, nullptr),
          "vkEnumerateDeviceExtensionProperties");
  std::vector<VkExtensionProperties> exts(extCount);
  vkCheck(vki_.vkEnumerateDeviceExtensionProperties(physical_, nullptr, &extCount, exts.data()),
          "vkEnumerateDeviceExtensionProperties");
  std::vector<const char*> deviceExts;
  for (const auto& e : exts) {
    if (std::strcmp(e.extensionName, "VK_KHR_portability_subset") == 0) {
      deviceExts.push_back("VK_KHR_portability_subset");
    }
  }

  const float priority = 1.0f;
  VkDeviceQueueCreateInfo qci{VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO};
  qci.queueFamilyIndex = static_cast<uint32_t>(info_.queueFamilyIndex);
  qci.queueCount = 1;
  qci.pQueuePriorities = &priority;
  VkDeviceCreateInfo dci{VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO};
  dci.pNext = enabled.chain();
  dci.queueCreateInfoCount = 1;
  dci.pQueueCreateInfos = &qci;
  dci.enabledExtensionCount = static_cast<uint32_t>(deviceExts.size());
  dci.ppEnabledExtensionNames = deviceExts.data();
  check(vki_.vkCreateDevice(physical_, &dci, nullptr, &device_), "vkCreateDevice");
  try {
    vkd_ = loadDeviceFunctions(vki_, device_);
  } catch (...) {
    auto destroyDevice = reinterpret_cast<PFN_vkDestroyDevice>(vki_.vkGetDeviceProcAddr(device_, "vkDestroyDevice"));
    if (destroyDevice) destroyDevice(device_, nullptr);
    device_ = VK_NULL_HANDLE;
    throw;
  }
  vkd_.vkGetDeviceQueue(device_, qci.queueFamilyIndex, 0, &queue_);

  VkCommandPoolCreateInfo pci{VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO};
  pci.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT;
  pci.queueFamilyIndex = qci.queueFamilyIndex;
  check(vkd_.vkCreateCommandPool(device_, &pci, nullptr, &cmdPool_), "vkCreateCommandPool");
  VkCommandBufferAllocateInfo cai{VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO};
  cai.commandPool = cmdPool_;
  cai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
  cai.commandBufferCount = 1;
  check(vkd_.vkAllocateCommandBuffers(device_, &cai, &cmd_), "vkAllocateCommandBuffers");
  VkFenceCreateInfo fci{VK_STRUCTURE_TYPE_FENCE_CREATE_INFO};
  check(vkd_.vkCreateFence(device_, &fci, nullptr, &fence_), "vkCreateFence");
}

void Device::destroy() {
  bool idle = true;
  if (device_ != VK_NULL_HANDLE) {
    if (pending_) {
      // A submission timed out earlier: give it another chance to finish (at least 10 s) before
      // freeing anything it may still use.
      const uint64_t ns = static_cast<uint64_t>(std::max(timeoutMs_, 10000.0) * 1e6);
      idle = vkd_.vkWaitForFences(device_, 1, &fence_, VK_TRUE, ns) == VK_SUCCESS;
    }
    if (idle) {
      vkd_.vkDeviceWaitIdle(device_);
      for (auto& kv : pipelines_) destroyPipelineObjects(kv.second);
      for (auto& kv : buffers_) destroyBufferObjects(kv.second);
      if (stagingMap_) vkd_.vkUnmapMemory(device_, stagingMemory_);
      if (staging_) vkd_.vkDestroyBuffer(device_, staging_, nullptr);
      if (stagingMemory_) vkd_.vkFreeMemory(device_, stagingMemory_, nullptr);
      if (queryPool_) vkd_.vkDestroyQueryPool(device_, queryPool_, nullptr);
      if (descPool_) vkd_.vkDestroyDescriptorPool(device_, descPool_, nullptr);
      if (fence_) vkd_.vkDestroyFence(device_, fence_, nullptr);
      if (cmdPool_) vkd_.vkDestroyCommandPool(device_, cmdPool_, nullptr);
      vkd_.vkDestroyDevice(device_, nullptr);
    }
    // else: work that never finished may still use these objects; they are left allocated
    // (destroying them, or the device, would be undefined behaviour).
  }
  pipelines_.clear();
  buffers_.clear();
  stagingMap_ = nullptr;
  staging_ = VK_NULL_HANDLE;
  stagingMemory_ = VK_NULL_HANDLE;
  stagingSize_ = 0;
  queryPool_ = VK_NULL_HANDLE;
  queryPoolSize_ = 0;
  descPool_ = VK_NULL_HANDLE;
  descPoolSets_ = descPoolDescriptors_ = 0;
  fence_ = VK_NULL_HANDLE;
  cmd_ = VK_NULL_HANDLE;
  cmdPool_ = VK_NULL_HANDLE;
  queue_ = VK_NULL_HANDLE;
  device_ = VK_NULL_HANDLE;
  if (instance_ != VK_NULL_HANDLE && idle) {
    if (messenger_ != VK_NULL_HANDLE && vki_.vkDestroyDebugUtilsMessengerEXT) {
      vki_.vkDestroyDebugUtilsMessengerEXT(instance_, messenger_, nullptr);
    }
    vki_.vkDestroyInstance(instance_, nullptr);
  }
  if (!idle && sink_) {
    sink_.release();  // the leaked instance may still call back into it
  }
  messenger_ = VK_NULL_HANDLE;
  instance_ = VK_NULL_HANDLE;
}

std::vector<std::string> Device::takeValidationMessages() {
  if (!sink_) return {};
  return sink_->take();
}

void Device::ensureUsable(const char* what) const {
  if (device_ == VK_NULL_HANDLE) {
    throw Error(std::string("kgen vulkan: ") + what + ": the device has been destroyed");
  }
  if (!unusable_.empty()) {
    throw Error(std::string("kgen vulkan: ") + what + ": the device is unusable after an earlier " +
                "failure (" + unusable_ + "); destroy it and open a new one");
  }
}

void Device::check(VkResult result, const std::string& call) {
  if (result == VK_SUCCESS) return;
  std::string message = vkFailureMessage(call, result);
  if (result == VK_ERROR_DEVICE_LOST) unusable_ = vkResultName(result) + " from " + call;
  if (sink_ && result == VK_ERROR_VALIDATION_FAILED_EXT) {
    const std::string last = sink_->last();
    if (!last.empty()) message += "; last validation message: " + last;
  }
  throw Error(message);
}

void Device::setName(VkObjectType type, uint64_t handle, const std::string& name) {
  if (!setObjectName_ || name.empty() || device_ == VK_NULL_HANDLE) return;
  VkDebugUtilsObjectNameInfoEXT ni{VK_STRUCTURE_TYPE_DEBUG_UTILS_OBJECT_NAME_INFO_EXT};
  ni.objectType = type;
  ni.objectHandle = handle;
  ni.pObjectName = name.c_str();
  setObjectName_(device_, &ni);
}

Device::Buffer& Device::buffer(uint32_t id, const char* what) {
  auto it = buffers_.find(id);
  if (it == buffers_.end()) {
    throw Error(std::string("kgen vulkan: ") + what + ": buffer #" + std::to_string(id) +
                " was destroyed or does not belong to this device");
  }
  return it->second;
}

Device::Pipeline& Device::pipeline(uint32_t id, const char* what) {
  auto it = pipelines_.find(id);
  if (it == pipelines_.end()) {
    throw Error(std::string("kgen vulkan: ") + what + ": pipeline #" + std::to_string(id) +
                " was destroyed or does not belong to this device");
  }
  return it->second;
}

uint32_t Device::findMemoryType(uint32_t typeBits, VkMemoryPropertyFlags want,
                                VkMemoryPropertyFlags prefer) {
  int fallback = -1;
  for (uint32_t i = 0; i < memProps_.memoryTypeCount; ++i) {
    if (!(typeBits & (1u << i))) continue;
    const VkMemoryPropertyFlags f = memProps_.memoryTypes[i].propertyFlags;
    if ((f & want) != want) continue;
    if ((f & prefer) == prefer) return i;
    if (fallback < 0) fallback = static_cast<int>(i);
  }
  if (fallback < 0) {
    throw Error("kgen vulkan: no memory type with property flags " + std::to_string(want) +
                " among the allowed types (bits " + std::to_string(typeBits) + ")");
  }
  return static_cast<uint32_t>(fallback);
}

void Device::destroyBufferObjects(Buffer& b) {
  if (b.buffer) vkd_.vkDestroyBuffer(device_, b.buffer, nullptr);
  if (b.memory) vkd_.vkFreeMemory(device_, b.memory, nullptr);
  b.buffer = VK_NULL_HANDLE;
  b.memory = VK_NULL_HANDLE;
}

void Device::destroyPipelineObjects(Pipeline& p) {
  if (p.pipeline) vkd_.vkDestroyPipeline(device_, p.pipeline, nullptr);
  if (p.layout) vkd_.vkDestroyPipelineLayout(device_, p.layout, nullptr);
  if (p.setLayout) vkd_.vkDestroyDescriptorSetLayout(device_, p.setLayout, nullptr);
  p.pipeline = VK_NULL_HANDLE;
  p.layout = VK_NULL_HANDLE;
  p.setLayout = VK_NULL_HANDLE;
}

// ---------------------------------------------------------------------------------------------
// Buffers

uint32_t Device::createBuffer(uint64_t byteLength, const std::string& label) {
  ensureUsable("createBuffer");
  if (byteLength == 0) throw Error("kgen vulkan: createBuffer: byteLength must be > 0", Error::Kind::Range);
  const uint64_t allocSize = (byteLength + 3) & ~uint64_t(3);
  if (info_.maxBufferSize && allocSize > info_.maxBufferSize) {
    throw Error("kgen vulkan: createBuffer: " + std::to_string(byteLength) +
                    " bytes exceed the device's maxBufferSize (" + std::to_string(info_.maxBufferSize) + ")",
                Error::Kind::Range);
  }
  Buffer b;
  b.byteLength = byteLength;
  b.allocSize = allocSize;
  b.label = label;
  VkBufferCreateInfo bci{VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO};
  bci.size = allocSize;
  bci.usage = VK_BUFFER_USAGE_STORAGE_BUFFER_BIT | VK_BUFFER_USAGE_TRANSFER_SRC_BIT |
              VK_BUFFER_USAGE_TRANSFER_DST_BIT;
  bci.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
  check(vkd_.vkCreateBuffer(device_, &bci, nullptr, &b.buffer), "vkCreateBuffer");
  try {
    VkMemoryRequirements req{};
    vkd_.vkGetBufferMemoryRequirements(device_, b.buffer, &req);
    const uint32_t type = findMemoryType(req.memoryTypeBits, 0, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT);
    const uint64_t heapSize = memProps_.memoryHeaps[memProps_.memoryTypes[type].heapIndex].size;
    if (req.size > heapSize) {
      throw Error("kgen vulkan: createBuffer: " + std::to_string(req.size) +
                      " bytes exceed the size of the memory heap (" + std::to_string(heapSize) + ")",
                  Error::Kind::Range);
    }
    VkMemoryAllocateInfo mai{VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO};
    mai.allocationSize = req.size;
    mai.memoryTypeIndex = type;
    check(vkd_.vkAllocateMemory(device_, &mai, nullptr, &b.memory),
          "vkAllocateMemory(" + std::to_string(req.size) + " bytes)");
    check(vkd_.vkBindBufferMemory(device_, b.buffer, b.memory, 0), "vkBindBufferMemory");
  } catch (...) {
    destroyBufferObjects(b);
    throw;
  }
  setName(VK_OBJECT_TYPE_BUFFER, reinterpret_cast<uint64_t>(b.buffer), label);
  const uint32_t id = gNextId++;
  buffers_.emplace(id, b);
  return id;
}

void Device::destroyBuffer(uint32_t id) {
  if (device_ == VK_NULL_HANDLE) return;  // everything was freed with the device
  auto it = buffers_.find(id);
  if (it == buffers_.end()) return;  // destroying twice is harmless
  if (pending_) {
    throw Error("kgen vulkan: destroyBuffer: earlier GPU work has not finished; destroy the device");
  }
  destroyBufferObjects(it->second);
  buffers_.erase(it);
}

uint64_t Device::bufferSize(uint32_t id) {
  ensureUsable("bufferSize");
  return buffer(id, "bufferSize").byteLength;
}

void Device::ensureStaging(uint64_t bytes) {
  const uint64_t want = std::min(bytes, kStagingChunk);
  if (want <= stagingSize_) return;
  uint64_t size = kStagingMin;
  while (size < want) size *= 2;
  size = std::min(size, kStagingChunk);
  if (stagingMap_) vkd_.vkUnmapMemory(device_, stagingMemory_);
  if (staging_) vkd_.vkDestroyBuffer(device_, staging_, nullptr);
  if (stagingMemory_) vkd_.vkFreeMemory(device_, stagingMemory_, nullptr);
  stagingMap_ = nullptr;
  staging_ = VK_NULL_HANDLE;
  stagingMemory_ = VK_NULL_HANDLE;
  stagingSize_ = 0;

  VkBufferCreateInfo bci{VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO};
  bci.size = size;
  bci.usage = VK_BUFFER_USAGE_TRANSFER_SRC_BIT | VK_BUFFER_USAGE_TRANSFER_DST_BIT;
  bci.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
  check(vkd_.vkCreateBuffer(device_, &bci, nullptr, &staging_), "vkCreateBuffer(staging)");
  VkMemoryRequirements req{};
  vkd_.vkGetBufferMemoryRequirements(device_, staging_, &req);
  VkMemoryAllocateInfo mai{VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO};
  mai.allocationSize = req.size;
  mai.memoryTypeIndex = findMemoryType(
      req.memoryTypeBits, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT,
      VK_MEMORY_PROPERTY_HOST_CACHED_BIT);
  check(vkd_.vkAllocateMemory(device_, &mai, nullptr, &stagingMemory_), "vkAllocateMemory(staging)");
  check(vkd_.vkBindBufferMemory(device_, staging_, stagingMemory_, 0), "vkBindBufferMemory(staging)");
  void* map = nullptr;
  check(vkd_.vkMapMemory(device_, stagingMemory_, 0, VK_WHOLE_SIZE, 0, &map), "vkMapMemory(staging)");
  stagingMap_ = static_cast<uint8_t*>(map);
  stagingSize_ = size;
  setName(VK_OBJECT_TYPE_BUFFER, reinterpret_cast<uint64_t>(staging_), "kgen staging");
}

void Device::beginCommands() {
  check(vkd_.vkResetCommandBuffer(cmd_, 0), "vkResetCommandBuffer");
  VkCommandBufferBeginInfo bi{VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO};
  bi.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
  check(vkd_.vkBeginCommandBuffer(cmd_, &bi), "vkBeginCommandBuffer");
}

void Device::submitAndWait(const std::string& what) {
  check(vkd_.vkEndCommandBuffer(cmd_), "vkEndCommandBuffer(" + what + ")");
  check(vkd_.vkResetFences(device_, 1, &fence_), "vkResetFences");
  VkSubmitInfo si{VK_STRUCTURE_TYPE_SUBMIT_INFO};
  si.commandBufferCount = 1;
  si.pCommandBuffers = &cmd_;
  check(vkd_.vkQueueSubmit(queue_, 1, &si, fence_), "vkQueueSubmit(" + what + ")");
  const uint64_t ns = static_cast<uint64_t>(timeoutMs_ * 1e6);
  const VkResult r = vkd_.vkWaitForFences(device_, 1, &fence_, VK_TRUE, ns);
  if (r == VK_TIMEOUT) {
    pending_ = true;
    unusable_ = "VK_TIMEOUT waiting for " + what;
    throw Error(vkFailureMessage("vkWaitForFences(" + what + ")", r) + " after " +
                std::to_string(static_cast<uint64_t>(timeoutMs_)) +
                " ms; the GPU work did not finish and the device cannot be used any more");
  }
  check(r, "vkWaitForFences(" + what + ")");
}

namespace {
void globalBarrier(const DeviceFunctions& vkd, VkCommandBuffer cmd, VkPipelineStageFlags src,
                   VkAccessFlags srcAccess, VkPipelineStageFlags dst, VkAccessFlags dstAccess) {
  VkMemoryBarrier mb{VK_STRUCTURE_TYPE_MEMORY_BARRIER};
  mb.srcAccessMask = srcAccess;
  mb.dstAccessMask = dstAccess;
  vkd.vkCmdPipelineBarrier(cmd, src, dst, 0, 1, &mb, 0, nullptr, 0, nullptr);
}

void checkRange(const char* what, uint64_t offset, uint64_t length, uint64_t size) {
  if (offset > size || length > size - offset) {
    throw Error(std::string("kgen vulkan: ") + what + ": range [" + std::to_string(offset) + ", " +
                    std::to_string(offset) + " + " + std::to_string(length) +
                    ") is outside the buffer of " + std::to_string(size) + " bytes",
                Error::Kind::Range);
  }
}
}  // namespace

void Device::write(uint32_t id, const uint8_t* data, uint64_t byteLength, uint64_t byteOffset) {
  ensureUsable("write");
  Buffer& b = buffer(id, "write");
  checkRange("write", byteOffset, byteLength, b.byteLength);
  if (byteLength == 0) return;
  ensureStaging(byteLength);
  for (uint64_t done = 0; done < byteLength;) {
    const uint64_t n = std::min(byteLength - done, stagingSize_);
    std::memcpy(stagingMap_, data + done, n);
    beginCommands();
    globalBarrier(vkd_, cmd_, VK_PIPELINE_STAGE_ALL_COMMANDS_BIT, VK_ACCESS_MEMORY_WRITE_BIT,
                  VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_WRITE_BIT);
    VkBufferCopy region{0, byteOffset + done, n};
    vkd_.vkCmdCopyBuffer(cmd_, staging_, b.buffer, 1, &region);
    submitAndWait("write");
    done += n;
  }
}

void Device::read(uint32_t id, uint64_t byteOffset, uint64_t byteLength, uint8_t* out) {
  ensureUsable("read");
  Buffer& b = buffer(id, "read");
  checkRange("read", byteOffset, byteLength, b.byteLength);
  if (byteLength == 0) return;
  ensureStaging(byteLength);
  for (uint64_t done = 0; done < byteLength;) {
    const uint64_t n = std::min(byteLength - done, stagingSize_);
    beginCommands();
    globalBarrier(vkd_, cmd_, VK_PIPELINE_STAGE_ALL_COMMANDS_BIT, VK_ACCESS_MEMORY_WRITE_BIT,
                  VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_READ_BIT);
    VkBufferCopy region{byteOffset + done, 0, n};
    vkd_.vkCmdCopyBuffer(cmd_, b.buffer, staging_, 1, &region);
    globalBarrier(vkd_, cmd_, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_WRITE_BIT,
                  VK_PIPELINE_STAGE_HOST_BIT, VK_ACCESS_HOST_READ_BIT);
    submitAndWait("read");
    std::memcpy(out + done, stagingMap_, n);
    done += n;
  }
}

void Device::fill(uint32_t id, uint32_t value) {
  ensureUsable("fill");
  Buffer& b = buffer(id, "fill");
  beginCommands();
  globalBarrier(vkd_, cmd_, VK_PIPELINE_STAGE_ALL_COMMANDS_BIT, VK_ACCESS_MEMORY_WRITE_BIT,
                VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_WRITE_BIT);
  vkd_.vkCmdFillBuffer(cmd_, b.buffer, 0, VK_WHOLE_SIZE, value);
  submitAndWait("fill");
}

// ---------------------------------------------------------------------------------------------
// Pipelines

uint32_t Device::createPipeline(const PipelineDesc& desc) {
  ensureUsable("createPipeline");
  const std::string what =
      "createPipeline" + (desc.label.empty() ? std::string() : "('" + desc.label + "')");
  auto fail = [&](const std::string& msg, Error::Kind kind = Error::Kind::Generic) {
    throw Error("kgen vulkan: " + what + ": " + msg, kind);
  };

  if (desc.bindingCount > info_.maxBoundStorageBuffers) {
    fail("bindingCount " + std::to_string(desc.bindingCount) +
             " exceeds maxPerStageDescriptorStorageBuffers (" +
             std::to_string(info_.maxBoundStorageBuffers) + ")",
         Error::Kind::Range);
  }
  if (desc.pushConstantBytes % 4 != 0) {
    fail("pushConstantBytes must be a multiple of 4 (got " + std::to_string(desc.pushConstantBytes) + ")",
         Error::Kind::Range);
  }
  if (desc.pushConstantBytes > info_.maxPushConstantsSize) {
    fail("pushConstantBytes " + std::to_string(desc.pushConstantBytes) +
             " exceeds the device's maxPushConstantsSize (" +
             std::to_string(info_.maxPushConstantsSize) + ")",
         Error::Kind::Range);
  }

  SpirvModuleInfo mod;
  try {
    mod = inspectSpirv(desc.spirv.data(), desc.spirv.size());
  } catch (const Error& e) {
    fail(std::string(e.what()).substr(std::strlen("kgen vulkan: ")));
  }
  bool found = false;
  std::string computeNames;
  for (const auto& ep : mod.entryPoints) {
    if (ep.executionModel != 5) continue;  // GLCompute
    if (ep.name == desc.entryPoint) found = true;
    computeNames += (computeNames.empty() ? "'" : ", '") + ep.name + "'";
  }
  if (!found) {
    fail("the module has no GLCompute entry point named '" + desc.entryPoint + "' (compute entry points: " +
         (computeNames.empty() ? std::string("none") : computeNames) + ")");
  }
  const uint32_t maxSpirv = effectiveApi_ >= 13 ? 0x10600 : effectiveApi_ >= 12 ? 0x10500
                            : effectiveApi_ >= 11 ? 0x10300 : 0x10000;
  if (mod.version > maxSpirv) {
    fail("SPIR-V " + std::to_string((mod.version >> 16) & 0xff) + "." +
         std::to_string((mod.version >> 8) & 0xff) + " needs a newer Vulkan than this device's " +
         std::to_string(effectiveApi_ / 10) + "." + std::to_string(effectiveApi_ % 10) +
         " (compile with an older --target-env)");
  }

  // Capabilities that need a device feature: name the feature when it is missing.
  auto enabled = [&](const char* feature) {
    return std::find(info_.enabledFeatures.begin(), info_.enabledFeatures.end(), feature) !=
           info_.enabledFeatures.end();
  };
  for (uint32_t cap : mod.capabilities) {
    const char* feature = nullptr;
    switch (cap) {
      case 9: feature = "shaderFloat16"; break;
      case 10: feature = "shaderFloat64"; break;
      case 11: feature = "shaderInt64"; break;
      case 22: feature = "shaderInt16"; break;
      case 39: feature = "shaderInt8"; break;
      case 4433: feature = "storageBuffer16BitAccess"; break;
      case 4434: feature = "uniformAndStorageBuffer16BitAccess"; break;
      case 4435: feature = "storagePushConstant16"; break;
      case 4448: feature = "storageBuffer8BitAccess"; break;
      case 4449: feature = "uniformAndStorageBuffer8BitAccess"; break;
      case 4450: feature = "storagePushConstant8"; break;
      case 5345: feature = "vulkanMemoryModel"; break;
      case 5346: feature = "vulkanMemoryModelDeviceScope"; break;
      case 6016: case 6017: case 6018: case 6019: feature = "shaderIntegerDotProduct"; break;
      default: break;
    }
    if (feature && !enabled(feature)) {
      fail("the shader declares SPIR-V capability " + spirvCapabilityName(cap) +
           ", which needs the device feature " + feature + "; '" + info_.name + "' does not support it");
    }
    if (cap >= 61 && cap <= 68) {
      const uint32_t bit = 1u << (cap - 61);
      if (!(subgroupOps_ & bit) || !(subgroupStages_ & VK_SHADER_STAGE_COMPUTE_BIT)) {
        fail("the shader declares SPIR-V capability " + spirvCapabilityName(cap) + ", but '" +
             info_.name + "' does not support that subgroup operation class in compute shaders");
      }
    }
  }

  if (desc.requiredSubgroupSize != 0) {
    if (!info_.subgroupSizeControl) {
      fail("requiredSubgroupSize " + std::to_string(desc.requiredSubgroupSize) +
           " needs the device feature subgroupSizeControl (for compute), which '" + info_.name +
           "' does not support");
    }
    const uint32_t s = desc.requiredSubgroupSize;
    if ((s & (s - 1)) != 0 || s < info_.minSubgroupSize || s > info_.maxSubgroupSize) {
      fail("requiredSubgroupSize " + std::to_string(s) + " is not a power of two in [" +
               std::to_string(info_.minSubgroupSize) + ", " + std::to_string(info_.maxSubgroupSize) +
               "] (the device's minSubgroupSize..maxSubgroupSize)",
           Error::Kind::Range);
    }
  }
  if (desc.requireFullSubgroups && !info_.computeFullSubgroups) {
    fail("requireFullSubgroups needs the device feature computeFullSubgroups, which '" + info_.name +
         "' does not support");
  }
  std::set<uint32_t> specIds;
  for (const auto& sc : desc.specialization) {
    if (!specIds.insert(sc.id).second) {
      fail("specialization constant id " + std::to_string(sc.id) + " is given twice");
    }
  }

  Pipeline p;
  p.bindingCount = desc.bindingCount;
  p.pushConstantBytes = desc.pushConstantBytes;
  p.label = desc.label;
  VkShaderModule module = VK_NULL_HANDLE;
  try {
    VkShaderModuleCreateInfo smci{VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO};
    smci.codeSize = desc.spirv.size() * 4;
    smci.pCode = desc.spirv.data();
    check(vkd_.vkCreateShaderModule(device_, &smci, nullptr, &module), "vkCreateShaderModule in " + what);

    std::vector<VkDescriptorSetLayoutBinding> bindings(desc.bindingCount);
    for (uint32_t i = 0; i < desc.bindingCount; ++i) {
      bindings[i] = {};
      bindings[i].binding = i;
      bindings[i].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
      bindings[i].descriptorCount = 1;
      bindings[i].stageFlags = VK_SHADER_STAGE_COMPUTE_BIT;
    }
    VkDescriptorSetLayoutCreateInfo dslci{VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO};
    dslci.bindingCount = desc.bindingCount;
    dslci.pBindings = bindings.data();
    check(vkd_.vkCreateDescriptorSetLayout(device_, &dslci, nullptr, &p.setLayout),
          "vkCreateDescriptorSetLayout in " + what);

    VkPushConstantRange range{VK_SHADER_STAGE_COMPUTE_BIT, 0, desc.pushConstantBytes};
    VkPipelineLayoutCreateInfo plci{VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO};
    plci.setLayoutCount = 1;
    plci.pSetLayouts = &p.setLayout;
    plci.pushConstantRangeCount = desc.pushConstantBytes ? 1 : 0;
    plci.pPushConstantRanges = &range;
    check(vkd_.vkCreatePipelineLayout(device_, &plci, nullptr, &p.layout), "vkCreatePipelineLayout in " + what);

    std::vector<VkSpecializationMapEntry> entries;
    std::vector<uint32_t> specData;
    for (const auto& sc : desc.specialization) {
      entries.push_back({sc.id, static_cast<uint32_t>(specData.size() * 4), 4});
      specData.push_back(sc.bits);
    }
    VkSpecializationInfo spec{};
    spec.mapEntryCount = static_cast<uint32_t>(entries.size());
    spec.pMapEntries = entries.data();
    spec.dataSize = specData.size() * 4;
    spec.pData = specData.data();

    VkPipelineShaderStageRequiredSubgroupSizeCreateInfo rss{
        VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_REQUIRED_SUBGROUP_SIZE_CREATE_INFO};
    rss.requiredSubgroupSize = desc.requiredSubgroupSize;
    VkComputePipelineCreateInfo cpci{VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO};
    cpci.stage.sType = VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO;
    cpci.stage.pNext = desc.requiredSubgroupSize ? &rss : nullptr;
    cpci.stage.flags = desc.requireFullSubgroups ? VK_PIPELINE_SHADER_STAGE_CREATE_REQUIRE_FULL_SUBGROUPS_BIT : 0;
    cpci.stage.stage = VK_SHADER_STAGE_COMPUTE_BIT;
    cpci.stage.module = module;
    cpci.stage.pName = desc.entryPoint.c_str();
    cpci.stage.pSpecializationInfo = entries.empty() ? nullptr : &spec;
    cpci.layout = p.layout;
    check(vkd_.vkCreateComputePipelines(device_, VK_NULL_HANDLE, 1, &cpci, nullptr, &p.pipeline),
          "vkCreateComputePipelines in " + what);
  } catch (...) {
    if (module) vkd_.vkDestroyShaderModule(device_, module, nullptr);
    destroyPipelineObjects(p);
    throw;
  }
  vkd_.vkDestroyShaderModule(device_, module, nullptr);
  setName(VK_OBJECT_TYPE_PIPELINE, reinterpret_cast<uint64_t>(p.pipeline), desc.label);
  const uint32_t id = gNextId++;
  pipelines_.emplace(id, p);
  return id;
}

void Device::destroyPipeline(uint32_t id) {
  if (device_ == VK_NULL_HANDLE) return;
  auto it = pipelines_.find(id);
  if (it == pipelines_.end()) return;
  if (pending_) {
    throw Error("kgen vulkan: destroyPipeline: earlier GPU work has not finished; destroy the device");
  }
  destroyPipelineObjects(it->second);
  pipelines_.erase(it);
}

// ---------------------------------------------------------------------------------------------
// Dispatch

std::vector<double> Device::run(const std::vector<Dispatch>& cmds, bool timestamps) {
  ensureUsable("run");
  if (timestamps && info_.timestampValidBits == 0) {
    throw Error("kgen vulkan: run: timestamps were asked for, but the compute queue of '" + info_.name +
                "' has no timestamp support (timestampValidBits = 0)");
  }
  if (cmds.empty()) return timestamps ? std::vector<double>{0.0} : std::vector<double>{};

  // Validate everything before recording anything.
  uint32_t setCount = 0, descriptorCount = 0;
  std::vector<Pipeline*> pipes;
  for (size_t i = 0; i < cmds.size(); ++i) {
    const Dispatch& d = cmds[i];
    const std::string at = "run: command " + std::to_string(i);
    Pipeline* p = nullptr;
    {
      auto it = pipelines_.find(d.pipeline);
      if (it == pipelines_.end()) {
        throw Error("kgen vulkan: " + at + ": pipeline #" + std::to_string(d.pipeline) +
                    " was destroyed or does not belong to this device");
      }
      p = &it->second;
    }
    const std::string name = p->label.empty() ? "" : " ('" + p->label + "')";
    if (d.buffers.size() != p->bindingCount) {
      throw Error("kgen vulkan: " + at + name + ": the pipeline has " + std::to_string(p->bindingCount) +
                      " bindings but " + std::to_string(d.buffers.size()) + " buffers were given",
                  Error::Kind::Range);
    }
    if (d.push.size() != p->pushConstantBytes) {
      throw Error("kgen vulkan: " + at + name + ": push constant size mismatch: the pipeline declares " +
                      std::to_string(p->pushConstantBytes) + " bytes but " + std::to_string(d.push.size()) +
                      " bytes were given",
                  Error::Kind::Range);
    }
    for (int k = 0; k < 3; ++k) {
      if (d.groups[k] > info_.maxComputeWorkGroupCount[k]) {
        throw Error("kgen vulkan: " + at + name + ": groups[" + std::to_string(k) + "] = " +
                        std::to_string(d.groups[k]) + " exceeds maxComputeWorkGroupCount[" +
                        std::to_string(k) + "] = " + std::to_string(info_.maxComputeWorkGroupCount[k]),
                    Error::Kind::Range);
      }
    }
    for (size_t k = 0; k < d.buffers.size(); ++k) {
      auto it = buffers_.find(d.buffers[k]);
      if (it == buffers_.end()) {
        throw Error("kgen vulkan: " + at + name + ": buffer " + std::to_string(k) + " (#" +
                    std::to_string(d.buffers[k]) + ") was destroyed or does not belong to this device");
      }
      if (it->second.allocSize > info_.maxStorageBufferRange) {
        throw Error("kgen vulkan: " + at + name + ": buffer " + std::to_string(k) + " has " +
                        std::to_string(it->second.byteLength) +
                        " bytes, more than the device's maxStorageBufferRange (" +
                        std::to_string(info_.maxStorageBufferRange) + ")",
                    Error::Kind::Range);
      }
    }
    pipes.push_back(p);
    if (p->bindingCount) {
      ++setCount;
      descriptorCount += p->bindingCount;
    }
  }

  // Descriptor pool, reused and grown as needed.
  if (setCount > descPoolSets_ || descriptorCount > descPoolDescriptors_ || !descPool_) {
    if (descPool_) vkd_.vkDestroyDescriptorPool(device_, descPool_, nullptr);
    descPool_ = VK_NULL_HANDLE;
    descPoolSets_ = descPoolDescriptors_ = 0;
    const uint32_t sets = std::max<uint32_t>(16, setCount * 2);
    const uint32_t descs = std::max<uint32_t>(64, descriptorCount * 2);
    VkDescriptorPoolSize size{VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, descs};
    VkDescriptorPoolCreateInfo dpci{VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO};
    dpci.maxSets = sets;
    dpci.poolSizeCount = 1;
    dpci.pPoolSizes = &size;
    check(vkd_.vkCreateDescriptorPool(device_, &dpci, nullptr, &descPool_), "vkCreateDescriptorPool");
    descPoolSets_ = sets;
    descPoolDescriptors_ = descs;
  } else {
    check(vkd_.vkResetDescriptorPool(device_, descPool_, 0), "vkResetDescriptorPool");
  }
  std::vector<VkDescriptorSetLayout> layouts;
  for (auto* p : pipes) {
    if (p->bindingCount) layouts.push_back(p->setLayout);
  }
  std::vector<VkDescriptorSet> sets(layouts.size());
  if (!layouts.empty()) {
    VkDescriptorSetAllocateInfo dsai{VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO};
    dsai.descriptorPool = descPool_;
    dsai.descriptorSetCount = static_cast<uint32_t>(layouts.size());
    dsai.pSetLayouts = layouts.data();
    check(vkd_.vkAllocateDescriptorSets(device_, &dsai, sets.data()), "vkAllocateDescriptorSets");
    std::vector<VkDescriptorBufferInfo> infos;
    infos.reserve(descriptorCount);
    std::vector<VkWriteDescriptorSet> writes;
    writes.reserve(descriptorCount);
    size_t s = 0;
    for (size_t i = 0; i < cmds.size(); ++i) {
      if (!pipes[i]->bindingCount) continue;
      for (uint32_t k = 0; k < pipes[i]->bindingCount; ++k) {
        infos.push_back({buffers_.at(cmds[i].buffers[k]).buffer, 0, VK_WHOLE_SIZE});
        VkWriteDescriptorSet w{VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET};
        w.dstSet = sets[s];
        w.dstBinding = k;
        w.descriptorCount = 1;
        w.descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
        w.pBufferInfo = &infos.back();
        writes.push_back(w);
      }
      ++s;
    }
    vkd_.vkUpdateDescriptorSets(device_, static_cast<uint32_t>(writes.size()), writes.data(), 0, nullptr);
  }

  const uint32_t queries = static_cast<uint32_t>(cmds.size()) + 1;
  if (timestamps && queries > queryPoolSize_) {
    if (queryPool_) vkd_.vkDestroyQueryPool(device_, queryPool_, nullptr);
    queryPool_ = VK_NULL_HANDLE;
    queryPoolSize_ = 0;
    const uint32_t size = std::max<uint32_t>(64, queries * 2);
    VkQueryPoolCreateInfo qpci{VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO};
    qpci.queryType = VK_QUERY_TYPE_TIMESTAMP;
    qpci.queryCount = size;
    check(vkd_.vkCreateQueryPool(device_, &qpci, nullptr, &queryPool_), "vkCreateQueryPool");
    queryPoolSize_ = size;
  }

  beginCommands();
  globalBarrier(vkd_, cmd_, VK_PIPELINE_STAGE_ALL_COMMANDS_BIT, VK_ACCESS_MEMORY_WRITE_BIT,
                VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT);
  if (timestamps) {
    vkd_.vkCmdResetQueryPool(cmd_, queryPool_, 0, queries);
    vkd_.vkCmdWriteTimestamp(cmd_, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, queryPool_, 0);
  }
  size_t s = 0;
  for (size_t i = 0; i < cmds.size(); ++i) {
    const Dispatch& d = cmds[i];
    Pipeline* p = pipes[i];
    vkd_.vkCmdBindPipeline(cmd_, VK_PIPELINE_BIND_POINT_COMPUTE, p->pipeline);
    if (p->bindingCount) {
      vkd_.vkCmdBindDescriptorSets(cmd_, VK_PIPELINE_BIND_POINT_COMPUTE, p->layout, 0, 1, &sets[s++], 0, nullptr);
    }
    if (p->pushConstantBytes) {
      vkd_.vkCmdPushConstants(cmd_, p->layout, VK_SHADER_STAGE_COMPUTE_BIT, 0, p->pushConstantBytes, d.push.data());
    }
    vkd_.vkCmdDispatch(cmd_, d.groups[0], d.groups[1], d.groups[2]);
    globalBarrier(vkd_, cmd_, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_ACCESS_SHADER_WRITE_BIT,
                  VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT);
    if (timestamps) {
      vkd_.vkCmdWriteTimestamp(cmd_, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, queryPool_, static_cast<uint32_t>(i + 1));
    }
  }
  submitAndWait("run");

  std::vector<double> out;
  if (timestamps) {
    std::vector<uint64_t> raw(queries);
    check(vkd_.vkGetQueryPoolResults(device_, queryPool_, 0, queries, raw.size() * sizeof(uint64_t), raw.data(),
                                sizeof(uint64_t), VK_QUERY_RESULT_64_BIT | VK_QUERY_RESULT_WAIT_BIT),
          "vkGetQueryPoolResults");
    const uint64_t mask =
        info_.timestampValidBits >= 64 ? ~uint64_t(0) : ((uint64_t(1) << info_.timestampValidBits) - 1);
    out.reserve(queries);
    for (uint32_t i = 0; i < queries; ++i) {
      const uint64_t delta = (raw[i] - raw[0]) & mask;
      out.push_back(static_cast<double>(delta) * info_.timestampPeriodNs);
    }
  }
  return out;
}

}  // namespace kgenvk
