// WebGPU runtime: runs generated WGSL kernels through the WebGPU API. No Node.js dependency, so the
// same code runs in a browser and in Node (through the `webgpu` package, Dawn; see openWebGpu).
// Shared with the Vulkan runtime through targets/runtime/core.ts: options, variant choice, bundles.
import { activationColumnBytes, quantizeGrid, type ManifestKernel } from '../../codegen/manifest.js';
import {
  bundleFromBuild, bundleFromGenerated as coreBundle, checkActivationShape, checkInput, checkShape, chooseVariant, lookupIn, matvecParams, Pool, quantizeParams, tableFor, tunedVariant,
  type KernelBundle, type MatVecOptions as CoreOptions, type RuntimeKernel, type Variant,
} from '../runtime/core.js';
import { describeRequirement, WGSL_REQUIREMENTS } from '../../codegen/requirements.js';
import { deviceSupport } from './device.js';

export { deviceSupport, openWebGpu, openWebGpuCount } from './device.js';
export type { DeviceSupport, OpenWebGpuOptions, WebGpu } from './device.js';
export type { KernelBundle, TuningTable, Variant } from '../runtime/core.js';
export { activationColumnBytes };

/** A kernel as the runtime needs it: its manifest record and WGSL source (or a loader of it). */
export type WgslKernel = RuntimeKernel;
/** Kernels by key (`mmvq.q4_k.nc1.r1.sg`) and the formats they cover: the generated bundle or build(). */
export type WgslBundle = KernelBundle;

/** The generated bundle (`import { kernels, manifest } from 'kgen/generated'`) as a WgslBundle. */
export function bundleFromGenerated(kernels: Parameters<typeof coreBundle>[0], manifest: Parameters<typeof coreBundle>[1]): WgslBundle {
  return coreBundle(kernels, manifest, 'wgsl');
}

/** An in-memory build() result as a WgslBundle. */
export const wgslBundleFromBuild = (b: Parameters<typeof bundleFromBuild>[0]): WgslBundle => bundleFromBuild(b, 'wgsl');

/** What each kernel capability needs on WebGPU, in words (WGSL reads 8- and 16-bit fields from u32 words). */
const NEEDS: Record<string, string> = Object.fromEntries(Object.entries(WGSL_REQUIREMENTS).map(([c, r]) => [c, describeRequirement(r!)]));

/** Caches pipelines and dispatches kernels with their uniform parameters. */
export class WgslKernels {
  private pipelines = new Map<string, Promise<GPUComputePipeline>>();
  constructor(readonly device: GPUDevice, readonly bundle: WgslBundle) {}

  private kernel(key: string): RuntimeKernel & { wgsl: NonNullable<RuntimeKernel['wgsl']> } {
    const k = this.bundle.kernel(key);
    if (!k?.wgsl) throw new Error(`kgen webgpu: no kernel '${key}' with WGSL in the bundle`);
    return k as RuntimeKernel & { wgsl: NonNullable<RuntimeKernel['wgsl']> };
  }

  /** A kernel's manifest record; throws when the bundle has none. */
  record(key: string): ManifestKernel {
    return this.kernel(key).record;
  }

  /** The compute pipeline of a kernel at a workgroup size (default: the record's), compiled once and cached. */
  pipeline(key: string, workgroupSize?: number): Promise<GPUComputePipeline> {
    const k = this.kernel(key);
    const wg = workgroupSize ?? k.record.workgroupSize.default;
    const id = `${key}@${wg}`;
    let p = this.pipelines.get(id);
    if (!p) {
      p = this.compile(k, wg);
      this.pipelines.set(id, p);
      p.catch(() => this.pipelines.delete(id));
    }
    return p;
  }

  private async compile(k: RuntimeKernel & { wgsl: NonNullable<RuntimeKernel['wgsl']> }, wg: number): Promise<GPUComputePipeline> {
    const key = k.record.key;
    const code = typeof k.wgsl === 'string' ? k.wgsl : await k.wgsl();
    this.device.pushErrorScope('validation');
    const module = this.device.createShaderModule({ code, label: key });
    const info = await module.getCompilationInfo();
    const errors = info.messages.filter((m) => m.type === 'error');
    if (errors.length) {
      await this.device.popErrorScope();
      const lines = code.split('\n');
      throw new Error(`kgen webgpu: ${key} does not compile:\n` + errors.map((m) => `  line ${m.lineNum}: ${m.message}\n    ${lines[m.lineNum - 1]?.trim()}`).join('\n'));
    }
    let pipeline: GPUComputePipeline;
    try {
      pipeline = await this.device.createComputePipelineAsync({
        label: `${key}@${wg}`,
        layout: 'auto',
        compute: { module, entryPoint: k.record.entryPoint, constants: { [k.record.workgroupSize.constant]: wg } },
      });
    } finally {
      const err = await this.device.popErrorScope();
      if (err) throw new Error(`kgen webgpu: ${key}@${wg}: ${err.message}`);
    }
    return pipeline;
  }

  /** The uniform bytes of a kernel's shape parameters (missing ones are 0). */
  paramBytes(key: string, values: Record<string, number>): ArrayBuffer {
    const rec = this.record(key);
    const t = rec.targets.wgsl!;
    const buf = new ArrayBuffer(t.params.bytes);
    const dv = new DataView(buf);
    for (const p of rec.params) {
      const v = values[p.name] ?? 0;
      if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`kgen webgpu: ${key}: parameter ${p.name} = ${v} is not a u32`);
      dv.setUint32(p.offset, v, true);
    }
    for (const name of Object.keys(values)) if (!rec.params.some((p) => p.name === name)) throw new Error(`kgen webgpu: ${key} has no parameter '${name}'`);
    return buf;
  }

  /** Records one dispatch: `buffers` bind in the manifest's binding order; parameters go in a uniform buffer. */
  async encode(pass: GPUComputePassEncoder, key: string, buffers: GPUBuffer[], params: Record<string, number>, grid: [number, number, number], workgroupSize?: number): Promise<GPUBuffer> {
    const rec = this.record(key);
    if (buffers.length !== rec.bindings.length) throw new Error(`kgen webgpu: ${key} binds ${rec.bindings.length} buffers (${rec.bindings.map((b) => b.name).join(', ')}), got ${buffers.length}`);
    const pipeline = await this.pipeline(key, workgroupSize);
    const ubytes = this.paramBytes(key, params);
    const ubuf = this.device.createBuffer({ size: ubytes.byteLength, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
    this.device.queue.writeBuffer(ubuf, 0, ubytes);
    const entries: GPUBindGroupEntry[] = rec.bindings.map((b, i) => ({ binding: b.binding, resource: { buffer: buffers[i] } }));
    entries.push({ binding: rec.targets.wgsl!.params.binding!, resource: { buffer: ubuf } });
    const group = this.device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries });
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, group);
    pass.dispatchWorkgroups(...grid);
    return ubuf;
  }
}


/** One dispatch made ready once (pipeline, uniform buffer, bind group) and recorded any number of times. */
export interface PreparedDispatch { key: string; pipeline: GPUComputePipeline; group: GPUBindGroup; uniform: GPUBuffer; grid: [number, number, number] }

/** Pipelines per (device, bundle), so mat-vecs and activations on one device share them. */
const kernelsOf = new WeakMap<GPUDevice, WeakMap<WgslBundle, WgslKernels>>();
function kernelsFor(device: GPUDevice, bundle: WgslBundle): WgslKernels {
  let byBundle = kernelsOf.get(device);
  if (!byBundle) kernelsOf.set(device, (byBundle = new WeakMap()));
  let k = byBundle.get(bundle);
  if (!k) byBundle.set(bundle, (k = new WgslKernels(device, bundle)));
  return k;
}

async function prepare(kernels: WgslKernels, key: string, buffers: GPUBuffer[], params: Record<string, number>, grid: [number, number, number], wg?: number): Promise<PreparedDispatch> {
  const pipeline = await kernels.pipeline(key, wg);
  return prepareWith(kernels, pipeline, key, buffers, uniformFor(kernels, key, params), grid);
}

/** A uniform buffer holding a kernel's parameters. */
function uniformFor(kernels: WgslKernels, key: string, params: Record<string, number>): GPUBuffer {
  const ubytes = kernels.paramBytes(key, params);
  const uniform = kernels.device.createBuffer({ size: ubytes.byteLength, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST, label: `${key} params` });
  kernels.device.queue.writeBuffer(uniform, 0, ubytes);
  return uniform;
}

/** The bind group of a dispatch on a compiled pipeline (synchronous). */
function prepareWith(kernels: WgslKernels, pipeline: GPUComputePipeline, key: string, buffers: GPUBuffer[], uniform: GPUBuffer, grid: [number, number, number]): PreparedDispatch {
  const rec = kernels.record(key);
  const entries: GPUBindGroupEntry[] = rec.bindings.map((b, i) => ({ binding: b.binding, resource: { buffer: buffers[i] } }));
  entries.push({ binding: rec.targets.wgsl!.params.binding!, resource: { buffer: uniform } });
  const group = kernels.device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries, label: key });
  return { key, pipeline, group, uniform, grid };
}

function record(encoder: GPUCommandEncoder, ds: PreparedDispatch[]): void {
  const pass = encoder.beginComputePass();
  for (const d of ds) {
    pass.setPipeline(d.pipeline);
    pass.setBindGroup(0, d.group);
    pass.dispatchWorkgroups(...d.grid);
  }
  pass.end();
}

/** Workgroup grid for `groups` row groups: x up to 65535, the rest in z. */
export function rowGrid(groups: number, batches: number): [number, number, number] {
  const x = Math.min(groups, 65535);
  return [x, batches, Math.ceil(groups / x)];
}

// ------------------------------------------------------------------------------------- device state

interface DeviceState { lost?: string; waiting: Set<(message: string) => void> }
const states = new WeakMap<GPUDevice, DeviceState>();
/** Tracks device loss once per device: pending runs reject with the driver's message instead of waiting. */
function stateOf(device: GPUDevice): DeviceState {
  let s = states.get(device);
  if (!s) {
    const st: DeviceState = { waiting: new Set() };
    void device.lost.then((l) => {
      st.lost = l.reason === 'destroyed' ? 'the device has been destroyed' : `the device was lost (${l.reason}): ${l.message}`;
      for (const fail of st.waiting) fail(st.lost);
      st.waiting.clear();
    });
    states.set(device, (s = st));
  }
  return s;
}

/** Awaits `work` unless the device is lost first (then rejects with the loss message). One entry per
 *  pending run, removed when it settles (a reaction on device.lost per run would pile up). */
function unlessLost<T>(st: DeviceState, who: string, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (st.lost) return reject(new Error(`${who}: ${st.lost}`));
    const fail = (m: string) => reject(new Error(`${who}: ${m}`));
    st.waiting.add(fail);
    work.then(resolve, reject).finally(() => st.waiting.delete(fail));
  });
}

/** Error scopes around a submission: validation, out-of-memory and internal errors become one Error. */
function pushScopes(device: GPUDevice): void {
  device.pushErrorScope('validation');
  device.pushErrorScope('out-of-memory');
  device.pushErrorScope('internal');
}
function popScopes(device: GPUDevice, who: string): Promise<void> {
  const pops = (['internal', 'out-of-memory', 'validation'] as const).map((kind) => device.popErrorScope().then((e) => (e ? `${kind}: ${e.message}` : undefined)));
  return Promise.all(pops).then((msgs) => {
    const m = msgs.filter(Boolean);
    if (m.length) throw new Error(`${who}: WebGPU error: ${m.join('; ')}`);
  });
}

// ------------------------------------------------------------------------------------- activations

/** Options of createActivation(). */
export interface ActivationOptions {
  /** Values per column. */
  K: number;
  /** Columns, 1..8. */
  ncols?: number;
  /** The kernels (quantize_q8_1 comes from here). */
  kernels: WgslBundle;
  /** Quantize to q8_1x4 for mmvq mat-vecs (default true); false: f32 only (float-path mat-vecs). */
  quantized?: boolean;
  /** Columns the f32 buffer holds (>= ncols; the extra ones stay zero for a padded float kernel). Default: ncols rounded up to a power of two. */
  capacity?: number;
}

/** An activation on the GPU: f32 columns and their q8_1x4 form, shared by several mat-vecs. */
export interface Activation {
  readonly K: number;
  readonly ncols: number;
  /** Columns the f32 buffer holds (zero beyond ncols). */
  readonly capacity: number;
  readonly device: GPUDevice;
  /** f32, column-major, capacity x K. */
  readonly x: GPUBuffer;
  /** q8_1x4 (quantize_q8_1's output), when quantized. */
  readonly q?: GPUBuffer;
  /** True after destroy(). */
  readonly destroyed: boolean;
  /** Queues the f32 values (ncols x K); they reach the GPU before the next submission. */
  write(x: Float32Array): void;
  /** Records quantize_q8_1 into the caller's encoder (nothing when not quantized): once per write,
   *  before the mat-vecs that read it. */
  encode(encoder: GPUCommandEncoder): void;
  destroy(): void;
}

/** An activation buffer pair on a device: write x once, quantize once, run several mat-vecs on it. */
export async function createActivation(device: GPUDevice, opts: ActivationOptions): Promise<Activation> {
  const who = 'kgen webgpu: createActivation';
  const { K, ncols, capacity } = checkActivationShape(who, opts);
  const st = stateOf(device);
  if (st.lost) throw new Error(`${who}: ${st.lost}`);
  const kernels = kernelsFor(device, opts.kernels);
  const quantized = opts.quantized ?? true;
  const made: GPUBuffer[] = [];
  try {
    const x = device.createBuffer({ size: capacity * K * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST, label: 'x f32' });
    made.push(x);
    let q: GPUBuffer | undefined;
    let quantize: PreparedDispatch | undefined;
    if (quantized) {
      q = device.createBuffer({ size: ncols * activationColumnBytes(K), usage: GPUBufferUsage.STORAGE, label: 'x q8_1x4' });
      made.push(q);
      const qwg = kernels.record('quantize_q8_1').workgroupSize.default;
      quantize = await prepare(kernels, 'quantize_q8_1', [x, q], quantizeParams(K), quantizeGrid(K, ncols, qwg), qwg);
      made.push(quantize.uniform);
    }
    let destroyed = false;
    const alive = (what: string) => {
      if (destroyed) throw new Error(`kgen webgpu: activation.${what}: this activation has been destroyed`);
      if (st.lost) throw new Error(`kgen webgpu: activation.${what}: ${st.lost}`);
    };
    return {
      K, ncols, capacity, device, x, q,
      get destroyed() {
        return destroyed;
      },
      write(v: Float32Array) {
        alive('write');
        checkInput('kgen webgpu: activation.write', 'x', v, ncols * K, 'Float32Array');
        device.queue.writeBuffer(x, 0, v.buffer, v.byteOffset, v.byteLength);
      },
      encode(encoder: GPUCommandEncoder) {
        alive('encode');
        if (quantize) record(encoder, [quantize]);
      },
      destroy() {
        if (destroyed) return;
        destroyed = true;
        made.forEach((b) => b.destroy());
      },
    };
  } catch (e) {
    made.forEach((b) => b.destroy());
    throw e;
  }
}

// ------------------------------------------------------------------------------------- mat-vec

/** Options of createMatVec(): the runtime core's, plus the WGSL language features. */
export interface MatVecOptions extends CoreOptions {
  /** The kernels: bundleFromGenerated(kernels, manifest) from `kgen/generated`, or one from build(). */
  kernels: WgslBundle;
  /** navigator.gpu.wgslLanguageFeatures (openWebGpu's wgslFeatures), to detect packed_4x8_integer_dot_product. */
  wgslFeatures?: ReadonlySet<string>;
}

/** A mat-vec ready to run on a device (what createMatVec returns). */
export interface MatVec {
  /** The kernels chosen, and what the device lacked for a better one. */
  readonly variant: Variant;
  /** y on the GPU: f32, column-major (kcols x rows; the first ncols columns are the result). */
  readonly output: GPUBuffer;
  /** Copies the weights (rows x K in ggml/GGUF block layout) to the GPU; required before run/encode. */
  upload(weights: Uint8Array): void;
  /** y (ncols x rows, column-major as ggml's dst) = W . x for x of ncols x K f32 values: one submission. */
  run(x: Float32Array): Promise<Float32Array>;
  /** Records y = W . act into the caller's encoder (act.encode(encoder) must come first for mmvq). */
  encode(encoder: GPUCommandEncoder, act: Activation): void;
  /** Reads y back (after the caller's submission). */
  read(): Promise<Float32Array>;
  /** Frees the GPU buffers (idempotent). */
  destroy(): void;
}

/** A ready mat-vec on a WebGPU device: upload weights once, run on activations. */
export async function createMatVec(device: GPUDevice, opts: MatVecOptions): Promise<MatVec> {
  if (!device || typeof (device as GPUDevice).createBuffer !== 'function') throw new TypeError(`kgen webgpu: createMatVec needs a GPUDevice (openWebGpu().device); got ${String(device)}`);
  if (!opts?.kernels || typeof opts.kernels.kernel !== 'function') throw new TypeError('kgen webgpu: createMatVec needs opts.kernels, a bundle (bundleFromGenerated(kernels, manifest) or a build() result)');
  const who = 'kgen webgpu';
  const shape = checkShape(`${who}: createMatVec`, opts.kernels, opts);
  const { rows, K, ncols, rowBytes, weightBytes, format: fmt } = shape;
  const st = stateOf(device);
  if (st.lost) throw new Error(`${who}: createMatVec: ${st.lost}`);
  const kernels = kernelsFor(device, opts.kernels);
  const adapter = (device as GPUDevice & { adapterInfo?: GPUAdapterInfo }).adapterInfo;
  const table = tableFor(opts.tuning, 'wgsl', adapter?.vendor ?? '', adapter ? `${adapter.description} ${adapter.device}` : '');
  const tuned = table ? tunedVariant(table, fmt, ncols) : undefined;
  const support = deviceSupport(device, opts.wgslFeatures);
  // WGSL reads 8- and 16-bit fields from u32 words: storage8/16 are always there.
  const caps = { subgroups: support.subgroups, dot4i8: support.dot4i8, storage8: true, storage16: true };
  const variant = chooseVariant({ name: 'webgpu', needs: NEEDS }, caps, opts, lookupIn(opts.kernels), tuned);
  const isMmvq = !!variant.quantize;
  const mvRec = kernels.record(variant.matvec);
  const kcols = mvRec.variant.ncols; // >= ncols: the float path may pad with zero columns
  const wg = opts.workgroupSize ?? variant.workgroupSize ?? mvRec.workgroupSize.default;
  const lim = device.limits;
  const maxWg = Math.min(lim.maxComputeWorkgroupSizeX, lim.maxComputeInvocationsPerWorkgroup);
  if (!Number.isInteger(wg) || wg < 4 || (wg & (wg - 1)) !== 0 || wg > maxWg) throw new RangeError(`${who}: ${variant.matvec}: workgroup size ${wg} must be a power of two in [4, ${maxWg}] (the device's limit)`);
  const sizes: [string, number][] = [['weights', align4(weightBytes) + 8], ['x', kcols * K * 4], ['y', kcols * rows * 4]];
  for (const [what, n] of sizes) {
    if (n > lim.maxStorageBufferBindingSize) throw new RangeError(`${who}: the ${what} buffer of ${n} bytes exceeds the device's maxStorageBufferBindingSize ${lim.maxStorageBufferBindingSize} (openWebGpu requests the adapter's limit)`);
  }
  const groups = Math.ceil(rows / mvRec.variant.rows);
  const grid = rowGrid(groups, 1);
  if (grid[2] > lim.maxComputeWorkgroupsPerDimension) throw new RangeError(`${who}: ${rows} rows need more workgroups than the device's maxComputeWorkgroupsPerDimension allows`);

  const made: GPUBuffer[] = [];
  const own: { act?: Activation } = {};
  const prepared = new WeakMap<Activation, PreparedDispatch>();
  let uniform: GPUBuffer | undefined;
  let readbacks: Pool<GPUBuffer> | undefined;
  try {
    const wbuf = device.createBuffer({ size: sizes[0][1], usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST, label: `${fmt} weights` });
    made.push(wbuf);
    const ybuf = device.createBuffer({ size: sizes[2][1], usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC, label: 'y f32' });
    made.push(ybuf);
    own.act = await createActivation(device, { K, ncols, kernels: opts.kernels, quantized: isMmvq, capacity: kcols });
    const xStride = isMmvq ? shape.colBytes / 16 : K / 4; // 16-byte units
    const params = matvecParams(mvRec, shape, kcols, xStride);
    const pipeline = await kernels.pipeline(variant.matvec, wg);
    const paramBuffer = uniformFor(kernels, variant.matvec, params);
    uniform = paramBuffer;
    const outBytes = ncols * rows * 4;
    readbacks = new Pool(() => device.createBuffer({ size: outBytes, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST, label: 'y read-back' }), (b) => b.destroy());
    const rb = readbacks;

    let uploaded = false;
    let destroyed = false;
    const alive = (what: string) => {
      if (destroyed) throw new Error(`${who}: ${what}: this mat-vec has been destroyed`);
      if (st.lost) throw new Error(`${who}: ${what}: ${st.lost}`);
    };
    /** The dispatch that reads `act` (made once per activation). */
    const dispatchFor = (act: Activation): PreparedDispatch => {
      let d = prepared.get(act);
      if (!d) {
        d = prepareWith(kernels, pipeline, variant.matvec, [wbuf, isMmvq ? act.q! : act.x, ybuf], paramBuffer, grid);
        prepared.set(act, d);
      }
      return d;
    };
    const ownDispatch = dispatchFor(own.act);
    const checkAct = (act: Activation, what: string) => {
      if (!act || typeof act.encode !== 'function') throw new TypeError(`${who}: ${what}: expected an Activation (createActivation())`);
      if (act.device !== device) throw new Error(`${who}: ${what}: the activation belongs to another device`);
      if (act.destroyed) throw new Error(`${who}: ${what}: the activation has been destroyed`);
      if (act.K !== K || act.ncols !== ncols) throw new RangeError(`${who}: ${what}: the activation is ${act.ncols} x ${act.K}, this mat-vec takes ${ncols} x ${K}`);
      if (isMmvq && !act.q) throw new Error(`${who}: ${what}: ${variant.matvec} reads q8_1x4 activations; create the activation with quantized: true`);
      if (!isMmvq && act.capacity < kcols) throw new RangeError(`${who}: ${what}: ${variant.matvec} reads ${kcols} columns; create the activation with capacity >= ${kcols}`);
    };
    const readBack = async (what: string, encoder: GPUCommandEncoder): Promise<Float32Array> => {
      const target = rb.take();
      try {
        pushScopes(device);
        encoder.copyBufferToBuffer(ybuf, 0, target, 0, outBytes);
        device.queue.submit([encoder.finish()]);
        const scopes = popScopes(device, `${who}: ${what}`);
        const mapped = target.mapAsync(GPUMapMode.READ);
        const [s, m] = await unlessLost(st, `${who}: ${what}`, Promise.allSettled([scopes, mapped]));
        if (s.status === 'rejected') throw s.reason;
        if (m.status === 'rejected') throw new Error(`${who}: ${what}: mapping the result failed: ${(m.reason as Error)?.message ?? m.reason}`);
        const y = new Float32Array(outBytes / 4);
        y.set(new Float32Array(target.getMappedRange(0, outBytes)));
        target.unmap();
        rb.give(target);
        return y;
      } catch (e) {
        rb.discard(target);
        throw e;
      }
    };

    return {
      variant,
      output: ybuf,
      upload(weights: Uint8Array) {
        alive('upload');
        checkInput(`${who}: upload`, `${fmt} weights of ${rows} x ${K}`, weights, weightBytes, 'Uint8Array');
        const whole = weightBytes & ~3;
        if (whole) device.queue.writeBuffer(wbuf, 0, weights.buffer, weights.byteOffset, whole);
        if (whole < weightBytes) {
          const tail = new Uint8Array(4);
          tail.set(weights.subarray(whole));
          device.queue.writeBuffer(wbuf, whole, tail);
        }
        uploaded = true;
      },
      async run(x: Float32Array) {
        alive('run');
        if (!uploaded) throw new Error(`${who}: run: upload the weights first`);
        checkInput(`${who}: run`, `x (ncols x K = ${ncols} x ${K})`, x, ncols * K, 'Float32Array');
        own.act!.write(x);
        const enc = device.createCommandEncoder();
        own.act!.encode(enc);
        record(enc, [ownDispatch]);
        return readBack('run', enc);
      },
      encode(encoder: GPUCommandEncoder, act: Activation) {
        alive('encode');
        if (!uploaded) throw new Error(`${who}: encode: upload the weights first`);
        checkAct(act, 'encode');
        record(encoder, [dispatchFor(act)]);
      },
      async read() {
        alive('read');
        return readBack('read', device.createCommandEncoder());
      },
      destroy() {
        if (destroyed) return;
        destroyed = true;
        own.act?.destroy();
        made.forEach((b) => b.destroy());
        uniform?.destroy();
        rb.destroy();
      },
    };
  } catch (e) {
    own.act?.destroy();
    made.forEach((b) => b.destroy());
    uniform?.destroy();
    readbacks?.destroy();
    throw e;
  }
}

const align4 = (n: number) => Math.ceil(n / 4) * 4;
