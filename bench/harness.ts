// Timing harnesses for the benchmark: one per runtime, both driven by a bundle directory (manifest.json
// plus the kernel files), so they need neither the DSL compiler nor a shader compiler at run time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest, ManifestKernel } from '../codegen/manifest.js';
import type { VulkanBuffer, VulkanDevice, VulkanPipeline } from '../targets/vulkan/device.js';

/** A bundle on disk (what `kgen build --out DIR` writes, or generated/). */
export class BundleDir {
  readonly manifest: Manifest;
  private byKey: Map<string, ManifestKernel>;
  constructor(readonly dir: string) {
    const mf = join(dir, 'manifest.json');
    if (!existsSync(mf)) throw new Error(`kgen bench: no manifest.json in ${dir} (build one with kgen build --out ${dir})`);
    this.manifest = JSON.parse(readFileSync(mf, 'utf8')) as Manifest;
    this.byKey = new Map(this.manifest.kernels.map((k) => [k.key, k]));
  }
  has(key: string): boolean {
    return this.byKey.has(key);
  }
  record(key: string): ManifestKernel {
    const r = this.byKey.get(key);
    if (!r) throw new Error(`kgen bench: kernel ${key} is not in ${this.dir}`);
    return r;
  }
  wgsl(key: string): string {
    const t = this.record(key).targets.wgsl;
    if (!t) throw new Error(`kgen bench: ${key} has no WGSL in ${this.dir}`);
    return readFileSync(join(this.dir, t.file), 'utf8');
  }
  spirv(key: string): Uint32Array {
    const t = this.record(key).targets.spirv;
    if (!t) throw new Error(`kgen bench: ${key} has no SPIR-V in ${this.dir}`);
    const b = readFileSync(join(this.dir, t.file));
    return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  }
  format(name: string): Manifest['formats'][number] {
    const f = this.manifest.formats.find((x) => x.name === name);
    if (!f) throw new Error(`kgen bench: format ${name} is not in ${this.dir}`);
    return f;
  }
}

function packParams(rec: ManifestKernel, values: Record<string, number>, bytes: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(bytes));
  const dv = new DataView(out.buffer);
  for (const p of rec.params) dv.setUint32(p.offset, values[p.name] ?? 0, true);
  for (const k of Object.keys(values)) if (!rec.params.some((p) => p.name === k)) throw new Error(`kgen bench: ${rec.key} has no parameter ${k}`);
  return out;
}

/** One dispatch, independent of the runtime. */
export interface Dispatch<B> { key: string; buffers: B[]; params: Record<string, number>; grid: [number, number, number]; wg?: number }

export interface Timer<B> {
  name: string;
  buffer(bytes: number, data?: Uint8Array): Promise<B>;
  /** GPU time of each dispatch (ns), each in its own timed slot. */
  timeEach(ds: Dispatch<B>[]): Promise<number[]>;
  /** Back-to-back dispatches in one submission: wall ns for all (host clock, GPU synchronised at the end). */
  wall(ds: Dispatch<B>[]): Promise<number>;
  /** Back-to-back dispatches in one submission: GPU ns from before the first to after the last. */
  span(ds: Dispatch<B>[]): Promise<number>;
  read(b: B, bytes: number): Promise<Uint8Array>;
  free(b: B): void;
  destroy(): void;
}

// ------------------------------------------------------------------------------- WebGPU (Dawn)

export async function webgpuTimer(bundle: BundleDir, extraSources: Record<string, { wgsl: string; record: ManifestKernel }> = {}): Promise<Timer<GPUBuffer> & { adapterInfo: GPUAdapterInfo; features: string[]; timestamps: boolean }> {
  const { openWebGpu } = await import('../targets/webgpu/device.js');
  // Dawn over lavapipe (a CPU driver) crashes at random with timestamp queries; there the host clock
  // around each submission times the dispatches instead (KGEN_BENCH_WALL=1 forces that anywhere).
  const probe = await openWebGpu({ dawnOptions: [] });
  const cpuAdapter = /llvmpipe|lavapipe|swiftshader/i.test(`${probe.info.description} ${probe.info.device} ${probe.info.architecture}`);
  const wantTimestamps = probe.adapter.features.has('timestamp-query') && !cpuAdapter && process.env.KGEN_BENCH_WALL !== '1';
  probe.destroy();
  // openWebGpu keeps Dawn's instance (create()'s result) alive as long as the device: dropping it
  // was the "Dawn abort" of earlier runs.
  const gpu = await openWebGpu({ timestamps: wantTimestamps, dawnOptions: process.env.KGEN_DAWN_TOGGLES === '' || !wantTimestamps ? [] : ['disable-dawn-features=timestamp_quantization'] });
  const { adapter, device } = gpu;
  const useTimestamps = gpu.support.timestamps;
  const errors: string[] = [];
  const pipelines = new Map<string, GPUComputePipeline>();
  const rec = (key: string) => extraSources[key]?.record ?? bundle.record(key);
  async function pipeline(key: string, wg?: number): Promise<GPUComputePipeline> {
    const r = rec(key);
    const id = `${key}@${wg ?? r.workgroupSize.default}`;
    let p = pipelines.get(id);
    if (!p) {
      const code = extraSources[key]?.wgsl ?? bundle.wgsl(key);
      const module = device.createShaderModule({ code });
      const info = await module.getCompilationInfo();
      const errs = info.messages.filter((m) => m.type === 'error');
      if (errs.length) throw new Error(`${key}: ${errs.map((m) => `${m.lineNum}: ${m.message}`).join('; ')}`);
      p = device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint: r.entryPoint, constants: { [r.workgroupSize.constant]: wg ?? r.workgroupSize.default } } });
      pipelines.set(id, p);
    }
    return p;
  }
  const groups = new Map<string, GPUBindGroup>();
  const uniforms = new Map<string, GPUBuffer>();
  /** Pipelines and bind groups are made before a pass is opened: nothing is awaited while encoding. */
  async function prepare(d: Dispatch<GPUBuffer>): Promise<() => void> {
    const r = rec(d.key);
    const p = await pipeline(d.key, d.wg);
    const ub = packParams(r, d.params, r.targets.wgsl!.params.bytes);
    const gid = `${d.key}@${d.wg}|${d.buffers.map((b) => b.label).join(',')}|${Buffer.from(ub).toString('hex')}`;
    let g = groups.get(gid);
    if (!g) {
      const uid = Buffer.from(ub).toString('hex');
      let ubuf = uniforms.get(uid);
      if (!ubuf) {
        ubuf = device.createBuffer({ size: ub.length, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
        device.queue.writeBuffer(ubuf, 0, ub);
        uniforms.set(uid, ubuf);
      }
      const entries: GPUBindGroupEntry[] = r.bindings.map((b, i) => ({ binding: b.binding, resource: { buffer: d.buffers[i] } }));
      entries.push({ binding: r.targets.wgsl!.params.binding!, resource: { buffer: ubuf } });
      g = device.createBindGroup({ layout: p.getBindGroupLayout(0), entries });
      groups.set(gid, g);
    }
    const group = g;
    return () => {
      const pass = current!;
      pass.setPipeline(p);
      pass.setBindGroup(0, group);
      pass.dispatchWorkgroups(...d.grid);
    };
  }
  let current: GPUComputePassEncoder | undefined;
  // Waits for the queue through a mapped read (onSubmittedWorkDone aborts Dawn over lavapipe).
  const syncBuf = device.createBuffer({ size: 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
  const syncSrc = device.createBuffer({ size: 4, usage: GPUBufferUsage.COPY_SRC });
  async function sync(): Promise<void> {
    const e = device.createCommandEncoder();
    e.copyBufferToBuffer(syncSrc, 0, syncBuf, 0, 4);
    device.queue.submit([e.finish()]);
    await syncBuf.mapAsync(GPUMapMode.READ);
    syncBuf.unmap();
  }
  async function wallNs(ds: Dispatch<GPUBuffer>[]): Promise<number> {
    const fns = [];
    for (const d of ds) fns.push(await prepare(d));
    const enc = device.createCommandEncoder();
    current = enc.beginComputePass();
    fns.forEach((f) => f());
    current.end();
    const cb = enc.finish();
    await sync();
    const t0 = performance.now();
    device.queue.submit([cb]);
    await sync();
    const t1 = performance.now();
    check();
    return (t1 - t0) * 1e6;
  }
  let nextLabel = 0;
  const check = () => {
    if (errors.length) throw new Error(`kgen bench: WebGPU error: ${errors.splice(0).join('; ')}`);
  };
  return {
    name: 'wgsl',
    timestamps: useTimestamps,
    adapterInfo: adapter.info,
    features: [...adapter.features],
    async buffer(bytes, data) {
      const b = device.createBuffer({ size: Math.ceil(bytes / 16) * 16 + 16, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC, label: `b${nextLabel++}` });
      if (data) {
        const padded = new Uint8Array(Math.ceil(data.length / 4) * 4);
        padded.set(data);
        device.queue.writeBuffer(b, 0, padded);
      }
      return b;
    },
    async timeEach(ds) {
      const n = ds.length;
      if (!useTimestamps) {
        // No timestamps (CPU drivers): one submission, the host clock, the mean per dispatch.
        const total = await wallNs(ds);
        return ds.map(() => total / n);
      }
      const qs = device.createQuerySet({ type: 'timestamp', count: 2 * n });
      const fns = [];
      for (const d of ds) fns.push(await prepare(d));
      device.pushErrorScope('validation');
      const enc = device.createCommandEncoder();
      for (let i = 0; i < n; i++) {
        current = enc.beginComputePass({ timestampWrites: { querySet: qs, beginningOfPassWriteIndex: 2 * i, endOfPassWriteIndex: 2 * i + 1 } });
        fns[i]();
        current.end();
      }
      const res = device.createBuffer({ size: 16 * n, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC });
      const rb = device.createBuffer({ size: 16 * n, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
      enc.resolveQuerySet(qs, 0, 2 * n, res, 0);
      enc.copyBufferToBuffer(res, 0, rb, 0, 16 * n);
      device.queue.submit([enc.finish()]);
      const err = await device.popErrorScope();
      if (err) errors.push(err.message);
      await rb.mapAsync(GPUMapMode.READ);
      const t = new BigUint64Array(rb.getMappedRange().slice(0));
      rb.unmap();
      [qs, res, rb].forEach((x) => x.destroy());
      check();
      return Array.from({ length: n }, (_, i) => Number(t[2 * i + 1] - t[2 * i]));
    },
    wall: wallNs,
    async span(ds) {
      if (!useTimestamps) return wallNs(ds);
      const fns = [];
      for (const d of ds) fns.push(await prepare(d));
      const qs = device.createQuerySet({ type: 'timestamp', count: 2 });
      const enc = device.createCommandEncoder();
      current = enc.beginComputePass({ timestampWrites: { querySet: qs, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 } });
      fns.forEach((f) => f());
      current.end();
      const res = device.createBuffer({ size: 16, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC });
      const rb = device.createBuffer({ size: 16, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
      enc.resolveQuerySet(qs, 0, 2, res, 0);
      enc.copyBufferToBuffer(res, 0, rb, 0, 16);
      device.queue.submit([enc.finish()]);
      await rb.mapAsync(GPUMapMode.READ);
      const t = new BigUint64Array(rb.getMappedRange().slice(0));
      rb.unmap();
      [qs, res, rb].forEach((x) => x.destroy());
      return Number(t[1] - t[0]);
    },
    async read(b, bytes) {
      const rb = device.createBuffer({ size: Math.ceil(bytes / 4) * 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
      const enc = device.createCommandEncoder();
      enc.copyBufferToBuffer(b, 0, rb, 0, Math.ceil(bytes / 4) * 4);
      device.queue.submit([enc.finish()]);
      await rb.mapAsync(GPUMapMode.READ);
      const out = new Uint8Array(rb.getMappedRange().slice(0, bytes));
      rb.unmap();
      rb.destroy();
      return out;
    },
    free(b) {
      // Bind groups that use the buffer go first; destroying the buffer itself under Dawn over lavapipe
      // crashed the process, so it is left to the garbage collector there.
      for (const k of [...groups.keys()]) if (k.includes(`|${b.label}`) || k.includes(`,${b.label}`)) groups.delete(k);
      if (process.env.KGEN_BENCH_KEEP !== '1') b.destroy();
    },
    destroy() {
      gpu.destroy();
    },
  };
}

// ------------------------------------------------------------------------------- Vulkan

export async function vulkanTimer(bundle: BundleDir, extraSpirv: Record<string, { spirv: Uint32Array; record: ManifestKernel }> = {}): Promise<Timer<VulkanBuffer> & { device: VulkanDevice }> {
  const { openVulkanDevice } = await import('../targets/vulkan/device.js');
  const device = openVulkanDevice({ validation: false });
  const pipelines = new Map<string, VulkanPipeline>();
  const rec = (key: string) => extraSpirv[key]?.record ?? bundle.record(key);
  function pipeline(key: string, wg?: number): VulkanPipeline {
    const r = rec(key);
    const size = wg ?? r.workgroupSize.default;
    const id = `${key}@${size}`;
    let p = pipelines.get(id);
    if (!p) {
      const sg = r.capabilities.includes('subgroups') && device.info.subgroupSizeControl && size % device.info.subgroupSize === 0;
      p = device.createPipeline({
        spirv: extraSpirv[key]?.spirv ?? bundle.spirv(key),
        bindingCount: r.bindings.length,
        pushConstantBytes: r.targets.spirv!.params.bytes,
        specialization: r.constants.map((c) => ({ id: c.id, value: c.name === r.workgroupSize.constant ? size : c.default })),
        requireFullSubgroups: sg || undefined,
        label: key,
      });
      pipelines.set(id, p);
    }
    return p;
  }
  const cmd = (d: Dispatch<VulkanBuffer>) => {
    const r = rec(d.key);
    return { pipeline: pipeline(d.key, d.wg), buffers: d.buffers, push: packParams(r, d.params, r.targets.spirv!.params.bytes), groups: d.grid };
  };
  return {
    name: 'spirv',
    device,
    async buffer(bytes, data) {
      const b = device.createBuffer(Math.ceil(bytes / 16) * 16 + 16);
      if (data) device.write(b, data);
      else device.fill(b, 0);
      return b;
    },
    async timeEach(ds) {
      const t = device.run(ds.map(cmd), { timestamps: true }).timestampsNs!;
      return ds.map((_, i) => t[i + 1] - t[i]);
    },
    async wall(ds) {
      const cmds = ds.map(cmd);
      const t0 = performance.now();
      device.run(cmds);
      return (performance.now() - t0) * 1e6;
    },
    async span(ds) {
      const t = device.run(ds.map(cmd), { timestamps: true }).timestampsNs!;
      return t[t.length - 1] - t[0];
    },
    async read(b, bytes) {
      return new Uint8Array(device.read(b, 0, bytes));
    },
    free(b) {
      b.destroy();
    },
    destroy() {
      device.destroy();
    },
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
