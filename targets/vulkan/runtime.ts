// Vulkan mat-vec runtime: the twin of createMatVec in targets/webgpu/runtime.ts (same options and
// result), over the native compute runtime. The activations are quantized to q8_1x4 on the GPU
// (quantize_q8_1) and multiplied by the weights in one command buffer.
import { activationColumnBytes, quantizeGrid } from '../../codegen/manifest.js';
import { findTuning, pickVariant, type TuningTable } from '../../tuning/shipped.js';
import type { VulkanBuffer, VulkanDevice, VulkanDispatch } from './device.js';
import { chooseVulkanVariant, VulkanKernels, type SpirvBundle, type VulkanVariant } from './kernels.js';

export { activationColumnBytes };

/** The 32-bit pattern outputs are filled with before every run (a quiet NaN): a row a kernel skips shows. */
export const POISON_U32 = 0x7fc0dead;

/** Options of createVulkanMatVec() (the same as WebGPU's MatVecOptions). */
export interface VulkanMatVecOptions {
  /** Weight format, e.g. "q4_k". */
  format: string;
  /** Weight rows (outputs). */
  rows: number;
  /** Weight columns (inputs), a multiple of the format's block size. */
  K: number;
  /** Activation columns per run, 1..8. */
  ncols?: number;
  /** 'auto' (default): integer-dot mmvq where the device has it, else the float path. */
  path?: 'auto' | 'mmvq' | 'float';
  /** Reduction: 'auto' (subgroups where present), 'sg' or 'wg'. */
  reduce?: 'auto' | 'sg' | 'wg';
  /** Threads per workgroup of the mat-vec kernel (a power of two; default: the kernel's). */
  workgroupSize?: number;
  /** Tuning table (default: the shipped one matching the device, if any); null: none. */
  tuning?: TuningTable | null;
  /** The kernels: spirvBundleFromGenerated(kernels, manifest) from `kgen/generated`, or spirvBundle(build()). */
  kernels: SpirvBundle;
}

/** GPU times of runTimed, in ns, one entry per repeat. */
export interface VulkanMatVecTiming {
  /** The output of the last repeat. */
  y: Float32Array;
  /** quantize_q8_1 dispatches (empty on the float path). */
  quantizeNs: number[];
  /** Mat-vec dispatches. */
  matvecNs: number[];
}

/** A mat-vec ready to run on a Vulkan device (what createVulkanMatVec returns). */
export interface VulkanMatVec {
  /** The kernels chosen, and what the device lacked for a better one. */
  readonly variant: VulkanVariant;
  /** Copies the weights (rows x K in ggml/GGUF block layout) to the device; required before run. */
  upload(weights: Uint8Array): void;
  /** y (ncols x rows, column-major as ggml's dst) = W . x for x of ncols x K f32 values. */
  run(x: Float32Array): Promise<Float32Array>;
  /** Runs `repeats` times (default 10) in one submission and returns the GPU time of every dispatch. */
  runTimed(x: Float32Array, repeats?: number): Promise<VulkanMatVecTiming>;
  /** Frees the buffers and pipelines (idempotent). */
  destroy(): void;
}

/** A ready mat-vec on a Vulkan device: upload weights once, run on activations. */
export async function createVulkanMatVec(device: VulkanDevice, opts: VulkanMatVecOptions): Promise<VulkanMatVec> {
  if (!device || typeof device.createBuffer !== 'function' || !device.info) {
    throw new TypeError('kgen vulkan: createVulkanMatVec needs a VulkanDevice (openVulkanDevice() from targets/vulkan/device.js); got ' + String(device));
  }
  if (device.destroyed) throw new Error('kgen vulkan: createVulkanMatVec: the device has been destroyed');
  if (!opts?.kernels || typeof opts.kernels.kernel !== 'function') {
    throw new TypeError('kgen vulkan: createVulkanMatVec needs opts.kernels, a SpirvBundle (spirvBundleFromGenerated(kernels, manifest) or spirvBundle(build()))');
  }
  const { rows, K, format: fmt } = opts;
  const ncols = opts.ncols ?? 1;
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`kgen vulkan: rows = ${rows} must be a positive integer`);
  if (!Number.isInteger(ncols) || ncols < 1 || ncols > 8) throw new RangeError(`kgen vulkan: ncols = ${ncols} must be 1..8`);
  const info = opts.kernels.formats.find((f) => f.name === fmt);
  if (!info) throw new Error(`kgen vulkan: unknown format '${fmt}'; the bundle has ${opts.kernels.formats.map((f) => f.name).join(', ')}`);
  const { blockElems, blockBytes } = info;
  if (!Number.isInteger(K) || K < blockElems || K % blockElems !== 0) throw new RangeError(`kgen vulkan: K = ${K} must be a positive multiple of ${fmt}'s block size ${blockElems}`);

  const kernels = new VulkanKernels(device, opts.kernels);
  let variant = chooseVulkanVariant(kernels.support, { ...opts, ncols }, (k) => opts.kernels.kernel(k)?.record);
  // The tuning table's variant for this device, where the bundle has it and the device can run it.
  const vendor = ({ 0x10de: 'nvidia', 0x1002: 'amd', 0x8086: 'intel' } as Record<number, string>)[device.info.vendorId] ?? '';
  const tuning = opts.tuning === null ? undefined : opts.tuning ?? findTuning('spirv', vendor, device.info.name);
  const tuned = tuning && variant.quantize && (opts.path ?? 'auto') !== 'float' ? pickVariant(tuning, fmt, ncols) : undefined;
  const tunedRec = tuned ? opts.kernels.kernel(tuned.key)?.record : undefined;
  let tunedWg: number | undefined;
  if (tuned && tunedRec && (opts.reduce ?? 'auto') === 'auto' && tunedRec.capabilities.every((c) => (kernels.support as unknown as Record<string, boolean>)[c])) {
    variant = { matvec: tuned.key, quantize: 'quantize_q8_1', missing: variant.missing };
    tunedWg = tuned.wg;
  }
  const isMmvq = !!variant.quantize;
  const mvRec = kernels.record(variant.matvec);
  const kcols = mvRec.variant.ncols; // >= ncols: the float path may pad with zero columns
  const wg = kernels.workgroupSize(variant.matvec, opts.workgroupSize ?? tunedWg);

  const rowBytes = (K / blockElems) * blockBytes;
  const weightBytes = rows * rowBytes;
  const colBytes = activationColumnBytes(K);
  const limits = device.info;
  const sizes: [string, number][] = [
    ['weights', align4(weightBytes) + 8], // +8: word loads of the last (unaligned) block may reach past it
    ['x', kcols * K * 4],
    ['q8_1x4 activations', isMmvq ? ncols * colBytes : 4],
    ['y', kcols * rows * 4],
  ];
  for (const [what, n] of sizes) {
    if (n > limits.maxStorageBufferRange) throw new RangeError(`kgen vulkan: the ${what} buffer of ${n} bytes exceeds the device's maxStorageBufferRange ${limits.maxStorageBufferRange}`);
  }
  const groups = Math.ceil(rows / mvRec.variant.rows);
  const gx = Math.min(groups, limits.maxComputeWorkGroupCount[0]);
  const grid: [number, number, number] = [gx, 1, Math.ceil(groups / gx)];
  if (grid[2] > limits.maxComputeWorkGroupCount[2]) throw new RangeError(`kgen vulkan: ${rows} rows need more workgroups than the device's maxComputeWorkGroupCount allows`);

  // Pipelines first (they may fail on a device that lacks something), then the buffers.
  const qwg = isMmvq ? kernels.record(variant.quantize!).workgroupSize.default : 0;
  await kernels.pipeline(variant.matvec, wg);
  if (isMmvq) await kernels.pipeline(variant.quantize!, qwg);

  const made: VulkanBuffer[] = [];
  const buffer = (n: number, label: string) => {
    const b = device.createBuffer(n, label);
    made.push(b);
    return b;
  };
  let wbuf: VulkanBuffer, xbuf: VulkanBuffer, qbuf: VulkanBuffer | undefined, ybuf: VulkanBuffer;
  try {
    wbuf = buffer(sizes[0][1], `${fmt} weights`);
    xbuf = buffer(sizes[1][1], 'x f32');
    qbuf = isMmvq ? buffer(sizes[2][1], 'x q8_1x4') : undefined;
    ybuf = buffer(sizes[3][1], 'y f32');
    device.fill(wbuf, 0);
    if (kcols > ncols) device.fill(xbuf, 0); // the padding columns stay zero
  } catch (e) {
    made.forEach((b) => b.destroy());
    kernels.destroy();
    throw e;
  }

  const xStride = isMmvq ? colBytes / 16 : K / 4; // vec4 units
  const all: Record<string, number> = {
    K, rows, w_row_stride: rowBytes, w_stride2: weightBytes, w_stride3: weightBytes,
    x_col_stride: xStride, x_stride2: kcols * xStride, x_stride3: kcols * xStride,
    y_col_stride: rows, y_stride2: kcols * rows, y_stride3: kcols * rows,
    ne12: 1, r2: 1, r3: 1, ne11: 1, ids_stride: 0,
  };
  const mvParams = Object.fromEntries(mvRec.params.map((p) => [p.name, all[p.name]]));
  const cmds: VulkanDispatch[] = [];
  if (isMmvq) {
    cmds.push(await kernels.cmd(variant.quantize!, [xbuf, qbuf!], { K, x_col_stride: K, out_col_stride: colBytes / 4 }, quantizeGrid(K, ncols, qwg), qwg));
    cmds.push(await kernels.cmd(variant.matvec, [wbuf, qbuf!, ybuf], mvParams, grid, wg));
  } else {
    cmds.push(await kernels.cmd(variant.matvec, [wbuf, xbuf, ybuf], mvParams, grid, wg));
  }

  let uploaded = false;
  let destroyed = false;
  const alive = (what: string) => {
    if (destroyed) throw new Error(`kgen vulkan: ${what}: this mat-vec has been destroyed`);
    if (device.destroyed) throw new Error(`kgen vulkan: ${what}: the device has been destroyed`);
  };
  const prepare = (x: Float32Array, what: string) => {
    alive(what);
    if (!(x instanceof Float32Array)) throw new TypeError(`kgen vulkan: ${what}: x must be a Float32Array`);
    if (x.length !== ncols * K) throw new RangeError(`kgen vulkan: x must hold ncols x K = ${ncols * K} values, got ${x.length}`);
    if (!uploaded) throw new Error(`kgen vulkan: ${what}: upload the weights first`);
    device.write(xbuf, x);
    device.fill(ybuf, POISON_U32);
  };
  const readY = () => new Float32Array(device.read(ybuf, 0, ncols * rows * 4));

  return {
    variant,
    upload(weights: Uint8Array) {
      alive('upload');
      if (!(weights instanceof Uint8Array)) throw new TypeError('kgen vulkan: weights must be a Uint8Array of GGUF-layout blocks');
      if (weights.length !== weightBytes) throw new RangeError(`kgen vulkan: ${fmt} weights of ${rows} x ${K} are ${weightBytes} bytes, got ${weights.length}`);
      device.write(wbuf, weights);
      uploaded = true;
    },
    async run(x: Float32Array) {
      prepare(x, 'run');
      device.run(cmds);
      return readY();
    },
    async runTimed(x: Float32Array, repeats = 10) {
      if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`kgen vulkan: runTimed: repeats = ${repeats} must be a positive integer`);
      if (!kernels.support.timestamps) throw new Error(`kgen vulkan: runTimed: '${device.info.name}' has no timestamp queries on its compute queue`);
      prepare(x, 'runTimed');
      const all = Array.from({ length: repeats }, () => cmds).flat();
      const ts = device.run(all, { timestamps: true }).timestampsNs;
      if (!ts || ts.length !== all.length + 1) throw new Error('kgen vulkan: runTimed: the device returned no timestamps');
      const quantizeNs: number[] = [];
      const matvecNs: number[] = [];
      for (let i = 0; i < all.length; i++) {
        const dt = ts[i + 1] - ts[i];
        if (isMmvq && i % 2 === 0) quantizeNs.push(dt);
        else matvecNs.push(dt);
      }
      return { y: readY(), quantizeNs, matvecNs };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (device.destroyed) return;
      made.forEach((b) => b.destroy());
      kernels.destroy();
    },
  };
}

const align4 = (n: number) => Math.ceil(n / 4) * 4;
