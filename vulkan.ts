// kgen/vulkan: the Vulkan runtime (targets/vulkan, native addon) with kgen's shipped tuning tables as
// the default `tuning` (the runtime itself takes tables as data and imports none).
import { createVulkanMatVec as create, type VulkanMatVec, type VulkanMatVecOptions } from './targets/vulkan/index.js';
import type { VulkanDevice } from './targets/vulkan/device.js';
import { shippedTables } from './tuning/shipped.js';

export * from './targets/vulkan/index.js';
export { shippedTables };

/** createVulkanMatVec with the shipped tuning tables unless `tuning` is given (null: none). */
export function createVulkanMatVec(device: VulkanDevice, opts: VulkanMatVecOptions): Promise<VulkanMatVec> {
  return create(device, { ...opts, tuning: opts.tuning === undefined ? shippedTables : opts.tuning });
}
