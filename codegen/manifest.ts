// The manifest: everything a host program needs to run a kernel, per kernel and target.
// Plain JSON types (this module has no Node dependencies; runtimes in browsers import it).

/** A storage buffer a kernel binds: slot, name, access, element type and what it holds (role). */
export interface ManifestBinding { binding: number; name: string; access: 'read' | 'read_write'; element: string; role: string }
/** A shape parameter: name, byte offset in the uniform / push-constant block, type and meaning. */
export interface ManifestParam { name: string; offset: number; type: 'u32' | 'i32' | 'f32'; doc: string }
/** A specialization (override) constant: name, SPIR-V constant id, type, default and meaning. */
export interface ManifestConstant { name: string; id: number; type: 'u32'; default: number; doc: string }

/**
 * A lookup table a kernel declares: `form` says where the GPU code holds it. 'vec4': one vec4<u32> constant
 * (small byte tables); 'const': a module-level constant array of u32; 'workgroup': that array copied into
 * workgroup memory once per workgroup (`workgroupBytes` of it). No form needs a host binding.
 */
export interface ManifestTable { name: string; kind: 'i8' | 'u8' | 'u32'; entries: number; form: 'vec4' | 'const' | 'workgroup'; bytes: number; workgroupBytes: number }

/** One compiled form of a kernel (WGSL, GLSL or SPIR-V) in the bundle. */
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

/** One generated kernel: what it computes, how to bind and dispatch it, and its files per target. */
export interface ManifestKernel {
  /** Unique key: op.format.nc<ncols>.r<rows>.<reduce>, e.g. `mmvq.q4_k.nc1.r1.sg`. */
  key: string;
  /** The operation: quantized mat-vec (mmvq, mmvq_id with expert ids), float mat-vec, or activation quantization. */
  op: 'mmvq' | 'mmvq_id' | 'matvec_f32' | 'quantize_q8_1';
  /** The weight format (absent for quantize_q8_1). */
  format?: string;
  /** Activation columns per dispatch, weight rows per workgroup, and the reduction (subgroup or workgroup memory). */
  variant: { ncols: number; rows: number; reduce: 'sg' | 'wg' };
  /** Name of the shader entry point. */
  entryPoint: string;
  /** The constant that sets threads per workgroup, and its default. */
  workgroupSize: { constant: string; default: number };
  /** Storage buffers, in binding order. */
  bindings: ManifestBinding[];
  /** Shape parameters (uniform buffer or push constants). */
  params: ManifestParam[];
  /** Specialization / override constants. */
  constants: ManifestConstant[];
  /** Lookup tables and where the kernel holds them (absent: none). Schedules choose the form (key suffix `.tw`: workgroup). */
  tables?: ManifestTable[];
  /** Kernel capabilities (target-neutral): dot4i8, subgroups, storage8, storage16. */
  capabilities: string[];
  /** The DSL file the kernel's format math comes from. */
  source?: string;
  /** Human-readable description, one line per entry. */
  doc: string[];
  /** The kernel's file for each target it was built for. */
  targets: { wgsl?: ManifestTarget; glsl?: ManifestTarget; spirv?: ManifestTarget };
}

/** The manifest of a kernel bundle (generated/manifest.json, or build()'s). */
export interface Manifest {
  /** Version of kgen that generated the bundle. */
  kgen: string;
  /** Hash of kgen's version and the build options (formats, targets, variants ...): part of every cache key. */
  optionsHash: string;
  /** The activation layout the mmvq kernels read and quantize_q8_1 writes. */
  activationLayout: { name: string; description: string; superBlockElems: number; superBlockBytes: number };
  /** The weight formats covered, with block sizes in elements and bytes and their DSL source file. */
  formats: { name: string; ggmlType: number; blockElems: number; blockBytes: number; groupElems: number; source: string }[];
  /** Formats with a CPU reference and quantizer but no GPU kernels yet, and why (absent when none). */
  cpuOnly?: { name: string; ggmlType: number; reason: string }[];
  /** Every kernel in the bundle. */
  kernels: ManifestKernel[];
}

/** A built bundle: every file by its path (sorted), and the manifest that describes them. */
export interface Bundle {
  /** Path inside the bundle -> contents. Sorted by path. */
  files: Map<string, string | Uint8Array>;
  manifest: Manifest;
}

/** Bytes of one q8_1x4 activation column of K values (144 per 128, rounded up): the one definition
 *  that the runtimes, the CPU twin and the benchmark use. */
export const activationColumnBytes = (K: number): number => Math.ceil(K / 128) * 144;

/** The workgroup grid of quantize_q8_1 (8 threads per 32-value block) for `ncols` columns of K. */
export function quantizeGrid(K: number, ncols: number, workgroupSize: number): [number, number, number] {
  return [Math.ceil((Math.ceil(K / 128) * 4 * 8) / workgroupSize), ncols, 1];
}
