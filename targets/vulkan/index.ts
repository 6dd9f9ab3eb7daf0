// The Vulkan runtime (native addon) for generated SPIR-V kernels; `kgen/vulkan` is ../../vulkan.ts.
export { createVulkanActivation, createVulkanMatVec, VulkanRecorder, POISON_U32 } from './runtime.js';
export type { VulkanActivation, VulkanActivationOptions, VulkanMatVec, VulkanMatVecOptions, VulkanMatVecTiming } from './runtime.js';
export { VulkanKernels, chooseVulkanVariant, spirvBundle, spirvBundleFromGenerated, vulkanSupport } from './kernels.js';
export type { SpirvBundle, SpirvKernel, VulkanSupport, VulkanVariant } from './kernels.js';
export { listVulkanDevices, openVulkanDevice, vkResultName, vulkanStatus, VulkanUnavailableError } from './device.js';
export type { VulkanDevice, VulkanDeviceInfo, VulkanBuffer, VulkanPipeline, VulkanStatus, VulkanUnavailableReason } from './device.js';
