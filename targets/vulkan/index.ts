// kgen/vulkan: the Vulkan runtime (native addon) for generated SPIR-V kernels.
export { createVulkanMatVec } from './runtime.js';
export { VulkanKernels, chooseVulkanVariant, spirvBundleFromGenerated, vulkanSupport } from './kernels.js';
export type { SpirvBundle, SpirvKernel, VulkanSupport, VulkanVariant } from './kernels.js';
export { listVulkanDevices, openVulkanDevice, vkResultName, vulkanStatus, VulkanUnavailableError } from './device.js';
export type { VulkanDevice, VulkanDeviceInfo, VulkanBuffer, VulkanPipeline, VulkanStatus, VulkanUnavailableReason } from './device.js';
