// The manifest: everything a host program needs to run a kernel, per kernel and target.
// Plain JSON types (this module has no Node dependencies; runtimes in browsers import it).

export interface ManifestBinding { binding: number; name: string; access: 'read' | 'read_write'; element: string; role: string }
export interface ManifestParam { name: string; offset: number; type: 'u32' | 'i32' | 'f32'; doc: string }
export interface ManifestConstant { name: string; id: number; type: 'u32'; default: number; doc: string }

export interface ManifestTarget {
  /** Path of the file in the bundle. */
  file: string;
  /** Content hash of that file. */
  hash: string;
  /** WGSL: `enable` extensions and `requires` language features; Vulkan: device extensions/features. */
  requires: string[];
  /** How shape parameters arrive: one uniform buffer (WGSL) or push constants (Vulkan). */
  params: { kind: 'uniform' | 'push_constant'; binding?: number; bytes: number };
}

export interface ManifestKernel {
  key: string;
  op: 'mmvq' | 'mmvq_id' | 'matvec_f32' | 'quantize_q8_1';
  format?: string;
  variant: { ncols: number; rows: number; reduce: 'sg' | 'wg' };
  entryPoint: string;
  workgroupSize: { constant: string; default: number };
  bindings: ManifestBinding[];
  params: ManifestParam[];
  constants: ManifestConstant[];
  /** Kernel capabilities (target-neutral): dot4i8, subgroups, storage8, storage16. */
  capabilities: string[];
  /** The DSL file the kernel's format math comes from. */
  source?: string;
  doc: string[];
  targets: { wgsl?: ManifestTarget; glsl?: ManifestTarget; spirv?: ManifestTarget };
}

export interface Manifest {
  kgen: string;
  /** The activation layout the mmvq kernels read and quantize_q8_1 writes. */
  activationLayout: { name: string; description: string; superBlockElems: number; superBlockBytes: number };
  formats: { name: string; ggmlType: number; blockElems: number; blockBytes: number; groupElems: number; source: string }[];
  kernels: ManifestKernel[];
}

/** Bytes of one q8_1x4 activation column of K values (144 per 128, rounded up). */
export const activationColumnBytes = (K: number): number => Math.ceil(K / 128) * 144;

/** The workgroup grid of quantize_q8_1 (8 threads per 32-value block) for `ncols` columns of K. */
export function quantizeGrid(K: number, ncols: number, workgroupSize: number): [number, number, number] {
  return [Math.ceil((Math.ceil(K / 128) * 4 * 8) / workgroupSize), ncols, 1];
}
