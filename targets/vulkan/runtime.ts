// Vulkan mat-vec runtime: the twin of createMatVec in targets/webgpu/runtime.ts (the same options,
// variant choice and bundles, from targets/runtime/core.ts), over the native compute runtime. The
// activations are quantized to q8_1x4 on the GPU (quantize_q8_1) and multiplied by the weights in one
// command buffer.
import { activationColumnBytes, quantizeGrid } from '../../codegen/manifest.js';
import { checkActivationShape, checkInput, checkShape, chooseVariant, lookupIn, matvecParams, quantizeParams, tableFor, tunedVariant, type MatVecOptions } from '../runtime/core.js';
import type { VulkanBuffer, VulkanDevice, VulkanDispatch, VulkanPipeline } from './device.js';
import { CAPABILITY_NEEDS, VulkanKernels, type SpirvBundle, type VulkanVariant } from './kernels.js';

export { activationColumnBytes };

/** The 32-bit pattern outputs are filled with before every run (a quiet NaN): a row a kernel skips shows. */
export const POISON_U32 = 0x7fc0dead;

/** Options of createVulkanMatVec(): the runtime core's (the same as WebGPU's). */
export interface VulkanMatVecOptions extends MatVecOptions {
  /** The kernels: spirvBundleFromGenerated(kernels, manifest) from `kgen/generated`, or spirvBundle(build()). */
  kernels: SpirvBundle;
}

/** Dispatches recorded by several mat-vecs (and activations), submitted once as one command buffer:
 *  the Vulkan counterpart of recording into a GPUCommandEncoder. */
export class VulkanRecorder {
  private cmds: VulkanDispatch[] = [];
  constructor(readonly device: VulkanDevice) {}
  /** Appends dispatches (they run in order, each seeing the previous one's writes). */
  add(...ds: VulkanDispatch[]): void {
    this.cmds.push(...ds);
  }
  /** Dispatches recorded so far. */
  get length(): number {
    return this.cmds.length;
  }
  /** Runs everything recorded in one submission, waits (Vulkan calls block), and starts over; throws
   *  the driver's message (e.g. VK_ERROR_DEVICE_LOST) when the device fails. With timestamps: the
   *  device's timestamps in ns, one before the first dispatch and one after each. */
  submit(opts?: { timestamps?: boolean }): number[] | undefined {
    const cmds = this.cmds;
    this.cmds = [];
    if (!cmds.length) return opts?.timestamps ? [0] : undefined;
    return this.device.run(cmds, opts).timestampsNs;
  }
}

/** Options of createVulkanActivation(). */
export interface VulkanActivationOptions {
  K: number;
  /** Columns, 1..8. */
  ncols?: number;
  kernels: SpirvBundle;
  /** Quantize to q8_1x4 for mmvq mat-vecs (default true). */
  quantized?: boolean;
  /** Columns the f32 buffer holds (>= ncols, zero beyond); default ncols rounded up to a power of two. */
  capacity?: number;
}

/** An activation on a Vulkan device: f32 columns and their q8_1x4 form, shared by several mat-vecs. */
export interface VulkanActivation {
  readonly K: number;
  readonly ncols: number;
  readonly capacity: number;
  readonly device: VulkanDevice;
  readonly x: VulkanBuffer;
  readonly q?: VulkanBuffer;
  readonly destroyed: boolean;
  /** Copies the f32 values (ncols x K) to the device now (submit the recorder before the next write). */
  write(x: Float32Array): void;
  /** Records quantize_q8_1 (nothing when not quantized): once per write, before the mat-vecs. */
  encode(rec: VulkanRecorder): void;
  destroy(): void;
}

/** An activation buffer pair on a device: write x once, quantize once, run several mat-vecs on it. */
export async function createVulkanActivation(device: VulkanDevice, opts: VulkanActivationOptions): Promise<VulkanActivation> {
  const who = 'kgen vulkan: createVulkanActivation';
  const { K, ncols, capacity } = checkActivationShape(who, opts);
  if (device.destroyed) throw new Error(`${who}: the device has been destroyed`);
  const kernels = kernelsFor(device, opts.kernels);
  const quantized = opts.quantized ?? true;
  const made: VulkanBuffer[] = [];
  try {
    let quantize: VulkanDispatch | undefined;
    const x = device.createBuffer(capacity * K * 4, 'x f32');
    made.push(x);
    device.fill(x, 0);
    let q: VulkanBuffer | undefined;
    if (quantized) {
      q = device.createBuffer(ncols * activationColumnBytes(K), 'x q8_1x4');
      made.push(q);
      const qwg = kernels.record('quantize_q8_1').workgroupSize.default;
      quantize = await kernels.cmd('quantize_q8_1', [x, q], quantizeParams(K), quantizeGrid(K, ncols, qwg), qwg);
    }
    let destroyed = false;
    const alive = (what: string) => {
      if (destroyed) throw new Error(`kgen vulkan: activation.${what}: this activation has been destroyed`);
      if (device.destroyed) throw new Error(`kgen vulkan: activation.${what}: the device has been destroyed`);
    };
    return {
      K, ncols, capacity, device, x, q,
      get destroyed() {
        return destroyed || device.destroyed;
      },
      write(v: Float32Array) {
        alive('write');
        checkInput('kgen vulkan: activation.write', 'x', v, ncols * K, 'Float32Array');
        device.write(x, v);
      },
      encode(rec: VulkanRecorder) {
        alive('encode');
        if (quantize) rec.add(quantize);
      },
      destroy() {
        if (destroyed) return;
        destroyed = true;
        if (!device.destroyed) made.forEach((b) => b.destroy());
      },
    };
  } catch (e) {
    freeAll(device, made);
    throw e;
  }
}

/** Frees what a failed call made; a failure to free (the device is stuck) must not hide the first error. */
function freeAll(device: VulkanDevice, made: { destroy(): void }[]): void {
  if (device.destroyed) return;
  for (const b of made) {
    try {
      b.destroy();
    } catch {
      // the device is unusable; destroying it frees the rest
    }
  }
}

/** Pipelines per (device, bundle), shared by the mat-vecs and activations on one device (freed with it). */
const kernelsOf = new WeakMap<VulkanDevice, WeakMap<SpirvBundle, VulkanKernels>>();
function kernelsFor(device: VulkanDevice, bundle: SpirvBundle): VulkanKernels {
  let byBundle = kernelsOf.get(device);
  if (!byBundle) kernelsOf.set(device, (byBundle = new WeakMap()));
  let k = byBundle.get(bundle);
  if (!k) byBundle.set(bundle, (k = new VulkanKernels(device, bundle)));
  return k;
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
  /** y on the device: f32, column-major (kcols x rows; the first ncols columns are the result). */
  readonly output: VulkanBuffer;
  /** Copies the weights (rows x K in ggml/GGUF block layout) to the device; required before run. */
  upload(weights: Uint8Array): void;
  /** y (ncols x rows, column-major as ggml's dst) = W . x for x of ncols x K f32 values. */
  run(x: Float32Array): Promise<Float32Array>;
  /** Records y = W . act into a recorder (act.encode(rec) must come first for mmvq). */
  encode(rec: VulkanRecorder, act: VulkanActivation): void;
  /** Reads y back (after the recorder's submission). */
  read(): Promise<Float32Array>;
  /** Runs `repeats` times (default 10) in one submission and returns the GPU time of every dispatch. */
  runTimed(x: Float32Array, repeats?: number): Promise<VulkanMatVecTiming>;
  /** Frees the buffers (idempotent); pipelines stay cached with the device. */
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
  const who = 'kgen vulkan';
  const shape = checkShape(`${who}: createVulkanMatVec`, opts.kernels, opts);
  const { rows, K, ncols, weightBytes, format: fmt } = shape;
  const kernels = kernelsFor(device, opts.kernels);
  // The tuning table's variant for this device, where the bundle has it and the device can run it.
  const vendor = ({ 0x10de: 'nvidia', 0x1002: 'amd', 0x8086: 'intel', 0x10005: 'mesa' } as Record<number, string>)[device.info.vendorId] ?? '';
  const table = tableFor(opts.tuning, 'spirv', vendor, device.info.name);
  const tuned = table ? tunedVariant(table, fmt, ncols) : undefined;
  const variant = chooseVariant({ name: 'vulkan', needs: CAPABILITY_NEEDS }, kernels.support as unknown as Record<string, boolean>, opts, lookupIn(opts.kernels), tuned);
  const isMmvq = !!variant.quantize;
  const mvRec = kernels.record(variant.matvec);
  const kcols = mvRec.variant.ncols; // >= ncols: the float path may pad with zero columns
  const wg = kernels.workgroupSize(variant.matvec, opts.workgroupSize ?? variant.workgroupSize);

  const limits = device.info;
  const sizes: [string, number][] = [
    ['weights', align4(weightBytes) + 8], // +8: word loads of the last (unaligned) block may reach past it
    ['x', kcols * K * 4],
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
  const pipeline: VulkanPipeline = await kernels.pipeline(variant.matvec, wg);
  const xStride = isMmvq ? shape.colBytes / 16 : K / 4; // 16-byte units
  const push = kernels.pushBytes(variant.matvec, matvecParams(mvRec, shape, kcols, xStride));

  const made: VulkanBuffer[] = [];
  let own: VulkanActivation | undefined;
  let wbuf: VulkanBuffer, ybuf: VulkanBuffer;
  try {
    wbuf = device.createBuffer(sizes[0][1], `${fmt} weights`);
    made.push(wbuf);
    ybuf = device.createBuffer(sizes[2][1], 'y f32');
    made.push(ybuf);
    device.fill(wbuf, 0);
    own = await createVulkanActivation(device, { K, ncols, kernels: opts.kernels, quantized: isMmvq, capacity: kcols });
  } catch (e) {
    freeAll(device, made);
    if (own) freeAll(device, [own]);
    throw e;
  }
  const ownAct = own;
  const dispatches = new WeakMap<VulkanActivation, VulkanDispatch>();
  const dispatchFor = (act: VulkanActivation): VulkanDispatch => {
    let d = dispatches.get(act);
    if (!d) dispatches.set(act, (d = { pipeline, buffers: [wbuf, isMmvq ? act.q! : act.x, ybuf], push: push.byteLength ? push : undefined, groups: grid }));
    return d;
  };
  const rec = new VulkanRecorder(device);

  let uploaded = false;
  let destroyed = false;
  const alive = (what: string) => {
    if (destroyed) throw new Error(`kgen vulkan: ${what}: this mat-vec has been destroyed`);
    if (device.destroyed) throw new Error(`kgen vulkan: ${what}: the device has been destroyed`);
  };
  const checkAct = (act: VulkanActivation, what: string) => {
    if (!act || typeof act.encode !== 'function') throw new TypeError(`${who}: ${what}: expected a VulkanActivation (createVulkanActivation())`);
    if (act.device !== device) throw new Error(`${who}: ${what}: the activation belongs to another device`);
    if (act.destroyed) throw new Error(`${who}: ${what}: the activation has been destroyed`);
    if (act.K !== K || act.ncols !== ncols) throw new RangeError(`${who}: ${what}: the activation is ${act.ncols} x ${act.K}, this mat-vec takes ${ncols} x ${K}`);
    if (isMmvq && !act.q) throw new Error(`${who}: ${what}: ${variant.matvec} reads q8_1x4 activations; create the activation with quantized: true`);
    if (!isMmvq && act.capacity < kcols) throw new RangeError(`${who}: ${what}: ${variant.matvec} reads ${kcols} columns; create the activation with capacity >= ${kcols}`);
  };
  const prepare = (x: Float32Array, what: string) => {
    alive(what);
    if (!uploaded) throw new Error(`kgen vulkan: ${what}: upload the weights first`);
    checkInput(`kgen vulkan: ${what}`, `x (ncols x K = ${ncols} x ${K})`, x, ncols * K, 'Float32Array');
    ownAct.write(x);
    device.fill(ybuf, POISON_U32);
  };
  const readY = () => new Float32Array(device.read(ybuf, 0, ncols * rows * 4));

  return {
    variant,
    output: ybuf,
    upload(weights: Uint8Array) {
      alive('upload');
      checkInput('kgen vulkan: upload', `${fmt} weights of ${rows} x ${K}`, weights, weightBytes, 'Uint8Array');
      device.write(wbuf, weights);
      uploaded = true;
    },
    async run(x: Float32Array) {
      prepare(x, 'run');
      // Write, dispatch and read in one synchronous step, so concurrent runs cannot interleave.
      ownAct.encode(rec);
      rec.add(dispatchFor(ownAct));
      rec.submit();
      return readY();
    },
    encode(r: VulkanRecorder, act: VulkanActivation) {
      alive('encode');
      if (!uploaded) throw new Error('kgen vulkan: encode: upload the weights first');
      if (!(r instanceof VulkanRecorder) || r.device !== device) throw new TypeError('kgen vulkan: encode: expected a VulkanRecorder of this device (new VulkanRecorder(device))');
      checkAct(act, 'encode');
      r.add(dispatchFor(act));
    },
    async read() {
      alive('read');
      return readY();
    },
    async runTimed(x: Float32Array, repeats = 10) {
      if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`kgen vulkan: runTimed: repeats = ${repeats} must be a positive integer`);
      if (!kernels.support.timestamps) throw new Error(`kgen vulkan: runTimed: '${device.info.name}' has no timestamp queries on its compute queue`);
      prepare(x, 'runTimed');
      for (let i = 0; i < repeats; i++) {
        ownAct.encode(rec);
        rec.add(dispatchFor(ownAct));
      }
      const n = rec.length;
      const ts = rec.submit({ timestamps: true });
      if (!ts || ts.length !== n + 1) throw new Error('kgen vulkan: runTimed: the device returned no timestamps');
      const quantizeNs: number[] = [];
      const matvecNs: number[] = [];
      for (let i = 0; i < n; i++) {
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
      ownAct.destroy();
    },
  };
}

const align4 = (n: number) => Math.ceil(n / 4) * 4;
