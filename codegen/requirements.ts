// What each kernel capability asks of a device, one table per target. The emitters declare it, the
// manifest records it (`requires`) and the runtimes name it when a device lacks it: written once here.
import type { Capability } from './ir/kernel.js';

export interface Requirement {
  /** The directive (WGSL) or device extension/feature (Vulkan), as the manifest records it. */
  requires: string;
  /** What the device must offer, in words, where that differs from `requires` (WGSL directives). */
  device?: string;
  /** What kgen uses it for, for messages about a device that lacks it. */
  for: string;
}

/** WebGPU: the WGSL directive of each capability (storage8/16 do not exist: WGSL reads 32-bit words). */
export const WGSL_REQUIREMENTS: Partial<Record<Capability, Requirement>> = {
  subgroups: { requires: 'enable subgroups', device: "feature 'subgroups'", for: 'subgroup reduction' },
  dot4i8: { requires: 'requires packed_4x8_integer_dot_product', device: 'WGSL language feature packed_4x8_integer_dot_product', for: 'integer-dot mmvq' },
};

/** Vulkan: the device extension or feature of each capability (sorted by capability name). */
export const VULKAN_REQUIREMENTS: Record<Capability, Requirement> = {
  dot4i8: { requires: 'VK_KHR_shader_integer_dot_product: shaderIntegerDotProduct', for: 'integer-dot mmvq' },
  storage16: { requires: 'storageBuffer16BitAccess', for: '16-bit loads of the weights' },
  storage8: { requires: 'storageBuffer8BitAccess', for: '8-bit loads of the weights' },
  subgroups: { requires: 'subgroup operations: basic + arithmetic in compute', for: 'subgroup reduction' },
};

/** The requirements of `caps` in the table's order. A capability the target has no entry for is an error. */
export function requirementsOf(table: Partial<Record<Capability, Requirement>>, caps: Iterable<string>, target: string): string[] {
  const set = new Set(caps);
  for (const c of set) if (!(c in table)) throw new Error(`kgen ${target}: no requirement known for capability '${c}'`);
  return Object.entries(table).filter(([c]) => set.has(c)).map(([, r]) => r!.requires);
}

/** `device (for)`, for a message about what a device lacks. */
export const describeRequirement = (r: Requirement): string => `${r.device ?? r.requires} (${r.for})`;
