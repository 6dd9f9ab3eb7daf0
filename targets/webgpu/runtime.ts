// WebGPU runtime: runs generated WGSL kernels through the WebGPU API. No Node.js dependency, so the
// same code runs in a browser and in Node (through the `webgpu` package, Dawn).
import { activationColumnBytes, quantizeGrid, type Manifest, type ManifestKernel } from '../../codegen/manifest.js';
import { describeRequirement, WGSL_REQUIREMENTS } from '../../codegen/requirements.js';
import { findTuning, pickVariant, type TuningTable } from '../../tuning/shipped.js';
import { deviceSupport, type DeviceSupport } from './device.js';

export { deviceSupport, openWebGpu, openWebGpuCount } from './device.js';
export type { DeviceSupport, OpenWebGpuOptions, WebGpu } from './device.js';

/** A kernel as the runtime needs it: its manifest record and WGSL source (or a loader of it). */
export interface WgslKernel { record: ManifestKernel; wgsl: string | (() => Promise<string>) }
/** Kernels by key (`mmvq.q4_k.nc1.r1.sg`) and the formats they cover: the generated bundle or build(). */
export interface WgslBundle {
  /** The kernel with this key, or undefined when the bundle lacks it. */
  kernel(key: string): WgslKernel | undefined;
  /** The weight formats the bundle covers, with their block sizes. */
  formats: Manifest['formats'];
}

/** The generated bundle (`import { kernels, manifest } from 'kgen/generated'`) as a WgslBundle. */
export function bundleFromGenerated(
  kernels: Record<string, { record: ManifestKernel; wgsl?: () => Promise<string> }>,
  manifest: Pick<Manifest, 'formats'>,
): WgslBundle {
  return {
    formats: manifest.formats,
    kernel(key) {
      const k = kernels[key];
      return k?.wgsl ? { record: k.record, wgsl: k.wgsl } : undefined;
    },
  };
}

/** Caches pipelines and dispatches kernels with their uniform parameters. */
export class WgslKernels {
  private pipelines = new Map<string, GPUComputePipeline>();
  constructor(readonly device: GPUDevice, readonly bundle: WgslBundle) {}

  /** A kernel's manifest record; throws when the bundle has none. */
  record(key: string): ManifestKernel {
    const k = this.bundle.kernel(key);
    if (!k) throw new Error(`kgen webgpu: no kernel '${key}' in the bundle`);
    return k.record;
  }

  /** The compute pipeline of a kernel at a workgroup size (default: the record's), compiled once and cached. */
  async pipeline(key: string, workgroupSize?: number): Promise<GPUComputePipeline> {
    const k = this.bundle.kernel(key);
    if (!k) throw new Error(`kgen webgpu: no kernel '${key}' in the bundle`);
    const wg = workgroupSize ?? k.record.workgroupSize.default;
    const id = `${key}@${wg}`;
    const cached = this.pipelines.get(id);
    if (cached) return cached;
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
    const pipeline = await this.device.createComputePipelineAsync({
      label: key,
      layout: 'auto',
      compute: { module, entryPoint: k.record.entryPoint, constants: { [k.record.workgroupSize.constant]: wg } },
    });
    const err = await this.device.popErrorScope();
    if (err) throw new Error(`kgen webgpu: ${key}: ${err.message}`);
    this.pipelines.set(id, pipeline);
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

/** Workgroup grid for `groups` row groups: x up to 65535, the rest in z. */
export function rowGrid(groups: number, batches: number): [number, number, number] {
  const x = Math.min(groups, 65535);
  return [x, batches, Math.ceil(groups / x)];
}

export { activationColumnBytes };

/** Options of createMatVec(). */
export interface MatVecOptions {
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
  /** Threads per workgroup of the mat-vec kernel (default: the tuning table's, else the kernel's). */
  workgroupSize?: number;
  /** Tuning table (default: the shipped one matching the adapter, if any); null: none. */
  tuning?: TuningTable | null;
  /** The kernels: `wgslBundle` from `kgen/generated`, or one from build(). */
  kernels: WgslBundle;
  /** navigator.gpu.wgslLanguageFeatures, to detect packed_4x8_integer_dot_product. */
  wgslFeatures?: ReadonlySet<string>;
}

/** A mat-vec ready to run on a device (what createMatVec returns). */
export interface MatVec {
  /** The kernels chosen, and what the device lacked for a better one. */
  readonly variant: { matvec: string; quantize?: string; missing: string[] };
  /** Copies the weights (rows x K in ggml/GGUF block layout) to the GPU. */
  upload(weights: Uint8Array): void;
  /** y (ncols x rows, column-major as ggml's dst) = W . x for x of ncols x K f32 values. */
  run(x: Float32Array): Promise<Float32Array>;
  /** Frees the GPU buffers. */
  destroy(): void;
}

/** Picks the variant for a device: the best it supports, else the baseline, and says what was missing. */
export function chooseVariant(support: DeviceSupport, opts: Pick<MatVecOptions, 'format' | 'ncols' | 'path' | 'reduce' | 'tuning'>, has: (key: string) => boolean): MatVec['variant'] & { workgroupSize?: number } {
  const missing: string[] = [];
  const nc = opts.ncols ?? 1;
  let reduce: 'sg' | 'wg' = opts.reduce === 'sg' || opts.reduce === 'wg' ? opts.reduce : support.subgroups ? 'sg' : 'wg';
  if (reduce === 'sg' && !support.subgroups) {
    if (opts.reduce === 'sg') throw new Error("kgen webgpu: reduce 'sg' needs the 'subgroups' feature, which this device lacks");
    reduce = 'wg';
  }
  if (!support.subgroups) missing.push(describeRequirement(WGSL_REQUIREMENTS.subgroups!));
  let path = opts.path ?? 'auto';
  if (path === 'mmvq' && !support.dot4i8) throw new Error(`kgen webgpu: path 'mmvq' needs ${WGSL_REQUIREMENTS.dot4i8!.device}`);
  if (path === 'auto') {
    path = support.dot4i8 ? 'mmvq' : 'float';
    if (!support.dot4i8) missing.push(describeRequirement(WGSL_REQUIREMENTS.dot4i8!));
  }
  if (path === 'mmvq' && opts.tuning) {
    const t = pickVariant(opts.tuning, opts.format, nc);
    if (t && has(t.key) && (t.key.endsWith(`.${reduce}`) || opts.reduce === 'auto' || opts.reduce === undefined) && (support.subgroups || t.key.endsWith('.wg')))
      return { matvec: t.key, quantize: 'quantize_q8_1', missing, workgroupSize: t.wg };
  }
  // The float path ships with workgroup-memory reduction (the baseline); use it when no .sg kernel exists.
  if (path === 'float' && reduce === 'sg' && !has(`matvec_f32.${opts.format}.nc${nc}.r1.sg`)) reduce = 'wg';
  const key = path === 'mmvq' ? `mmvq.${opts.format}.nc${nc}.r1.${reduce}` : `matvec_f32.${opts.format}.nc${nc}.r1.${reduce}`;
  if (!has(key)) throw new Error(`kgen webgpu: the bundle has no kernel ${key}; build it with kgen build --variants or build()`);
  return { matvec: key, quantize: path === 'mmvq' ? 'quantize_q8_1' : undefined, missing };
}

/** A ready mat-vec on a WebGPU device: upload weights once, run on activations. */
export async function createMatVec(device: GPUDevice, opts: MatVecOptions): Promise<MatVec> {
  const { rows, K } = opts;
  const ncols = opts.ncols ?? 1;
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`kgen webgpu: rows = ${rows} must be a positive integer`);
  if (!Number.isInteger(ncols) || ncols < 1 || ncols > 8) throw new RangeError(`kgen webgpu: ncols = ${ncols} must be 1..8`);
  const kernels = new WgslKernels(device, opts.kernels);
  const adapter = (device as GPUDevice & { adapterInfo?: GPUAdapterInfo }).adapterInfo;
  const tuning = opts.tuning === null ? undefined : opts.tuning ?? (adapter ? findTuning('wgsl', adapter.vendor, `${adapter.description} ${adapter.device}`) : undefined);
  const variant = chooseVariant(deviceSupport(device, opts.wgslFeatures), { ...opts, tuning }, (k) => !!opts.kernels.kernel(k));
  const fmt = opts.format;
  const info = opts.kernels.formats.find((f) => f.name === fmt);
  if (!info) throw new Error(`kgen webgpu: unknown format '${fmt}'; the bundle has ${opts.kernels.formats.map((f) => f.name).join(', ')}`);
  const { blockElems, blockBytes } = info;
  if (!Number.isInteger(K) || K < blockElems || K % blockElems !== 0) throw new RangeError(`kgen webgpu: K = ${K} must be a positive multiple of ${fmt}'s block size ${blockElems}`);
  const rowBytes = (K / blockElems) * blockBytes;
  const weightBytes = rows * rowBytes;
  const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST;
  const wbuf = device.createBuffer({ size: align4(weightBytes) + 8, usage });
  const xbuf = device.createBuffer({ size: align4(ncols * K * 4), usage });
  const qbuf = device.createBuffer({ size: ncols * activationColumnBytes(K), usage: GPUBufferUsage.STORAGE });
  const ybuf = device.createBuffer({ size: ncols * rows * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
  const rbuf = device.createBuffer({ size: ncols * rows * 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
  const isMmvq = !!variant.quantize;
  const wg = opts.workgroupSize ?? variant.workgroupSize;
  return {
    variant,
    upload(weights: Uint8Array) {
      if (weights.length !== weightBytes) throw new RangeError(`kgen webgpu: ${fmt} weights of ${rows} x ${K} are ${weightBytes} bytes, got ${weights.length}`);
      const padded = new Uint8Array(align4(weightBytes));
      padded.set(weights);
      device.queue.writeBuffer(wbuf, 0, padded);
    },
    async run(x: Float32Array) {
      if (x.length !== ncols * K) throw new RangeError(`kgen webgpu: x must hold ncols x K = ${ncols * K} values, got ${x.length}`);
      device.queue.writeBuffer(xbuf, 0, x.buffer, x.byteOffset, x.byteLength);
      const enc = device.createCommandEncoder();
      const pass = enc.beginComputePass();
      const temps: GPUBuffer[] = [];
      const common = { K, rows, w_row_stride: rowBytes, ne12: 1, r2: 1, r3: 1, y_col_stride: rows };
      if (isMmvq) {
        const qwg = kernels.record('quantize_q8_1').workgroupSize.default;
        temps.push(await kernels.encode(pass, 'quantize_q8_1', [xbuf, qbuf], { K, x_col_stride: K, out_col_stride: activationColumnBytes(K) / 4 }, quantizeGrid(K, ncols, qwg)));
        temps.push(await kernels.encode(pass, variant.matvec, [wbuf, qbuf, ybuf], { ...common, x_col_stride: activationColumnBytes(K) / 16 }, rowGrid(rows, 1), wg));
      } else {
        temps.push(await kernels.encode(pass, variant.matvec, [wbuf, xbuf, ybuf], { ...common, x_col_stride: K / 4 }, rowGrid(rows, 1), wg));
      }
      pass.end();
      enc.copyBufferToBuffer(ybuf, 0, rbuf, 0, ncols * rows * 4);
      device.queue.submit([enc.finish()]);
      await rbuf.mapAsync(GPUMapMode.READ);
      const y = new Float32Array(rbuf.getMappedRange().slice(0));
      rbuf.unmap();
      temps.forEach((t) => t.destroy());
      return y;
    },
    destroy() {
      [wbuf, xbuf, qbuf, ybuf, rbuf].forEach((b) => b.destroy());
    },
  };
}

const align4 = (n: number) => Math.ceil(n / 4) * 4;
