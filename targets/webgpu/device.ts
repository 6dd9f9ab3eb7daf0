// openWebGpu(): the instance, adapter and device kgen's kernels want, with their lifetimes owned here.
//
// Under Node (Dawn through the `webgpu` package) the object create() returns owns Dawn's native
// instance: when it is garbage-collected, Dawn frees the instance under the device, and the next
// mapAsync / onSubmittedWorkDone runs on freed memory (the process hangs or aborts). openWebGpu keeps
// it referenced for as long as the device lives (until destroy() or device loss), and ties it to the
// device object as well. In a browser it takes navigator.gpu, which the page owns.
//
// A device made outside openWebGpu works with createMatVec too; the rule it must follow under Node:
// keep the create() result referenced for as long as the device (and anything made on it) is used.

/** What a WebGPU device offers that kgen's variants may use. */
export interface DeviceSupport {
  /** The 'subgroups' feature (subgroup reduction). */
  subgroups: boolean;
  /** WGSL language feature packed_4x8_integer_dot_product (integer-dot mmvq). */
  dot4i8: boolean;
  /** The 'timestamp-query' feature (enabled on the device). */
  timestamps: boolean;
}

/** What a device offers kgen. `wgslFeatures` is navigator.gpu.wgslLanguageFeatures (absent: assumed present). */
export function deviceSupport(device: GPUDevice, wgslFeatures?: ReadonlySet<string>): DeviceSupport {
  return {
    subgroups: device.features.has('subgroups'),
    dot4i8: wgslFeatures ? wgslFeatures.has('packed_4x8_integer_dot_product') : true,
    timestamps: device.features.has('timestamp-query'),
  };
}

/** Options of openWebGpu(). */
export interface OpenWebGpuOptions {
  /** The WebGPU entry point; default: navigator.gpu where it exists, else Dawn (the `webgpu` package). */
  gpu?: GPU;
  /** Dawn's create() options (Node only), e.g. ['adapter=llvmpipe']; default: none, plus
   *  'disable-dawn-features=timestamp_quantization' when timestamps are asked for. */
  dawnOptions?: string[];
  /** Enable 'timestamp-query' where the adapter has it (default false). */
  timestamps?: boolean;
  /** Passed to requestAdapter (default: none; Dawn over lavapipe crashes with one). */
  powerPreference?: GPUPowerPreference;
  /** Further features to enable where the adapter has them. */
  features?: GPUFeatureName[];
}

/** An open WebGPU device with what kgen needs (what openWebGpu returns). */
export interface WebGpu {
  /** The entry point (Dawn's create() result or navigator.gpu); kept alive by this object. */
  readonly gpu: GPU;
  readonly adapter: GPUAdapter;
  readonly device: GPUDevice;
  /** The adapter's identity. */
  readonly info: GPUAdapterInfo;
  /** gpu.wgslLanguageFeatures (pass it to createMatVec). */
  readonly wgslFeatures: ReadonlySet<string>;
  /** What the device offers kgen's variants. */
  readonly support: DeviceSupport;
  /** What the adapter lacks for kgen's best variants, in words (empty when nothing). */
  readonly missing: string[];
  /** Resolves when the device is lost or destroyed. */
  readonly lost: Promise<GPUDeviceLostInfo>;
  /** Destroys the device and releases the instance (idempotent). */
  destroy(): void;
}

/** Entry points kept alive while one of their devices lives (dawn.node frees its instance when collected). */
const alive = new Map<GPU, number>();
const hold = (gpu: GPU) => alive.set(gpu, (alive.get(gpu) ?? 0) + 1);
const drop = (gpu: GPU) => {
  const n = (alive.get(gpu) ?? 1) - 1;
  if (n > 0) alive.set(gpu, n);
  else alive.delete(gpu);
};
/** Symbol of the property that ties a device to its entry point (so the device keeps it reachable). */
const OWNER = Symbol.for('kgen.webgpu.gpu');

/** Number of devices opened by openWebGpu and not yet destroyed or lost. */
export function openWebGpuCount(): number {
  let n = 0;
  for (const c of alive.values()) n += c;
  return n;
}

async function dawn(options: string[]): Promise<GPU> {
  // A computed specifier, so browser bundlers leave the Node-only package alone.
  const name = 'webgpu';
  let mod: { create(o: string[]): GPU; globals: object };
  try {
    mod = (await import(/* webpackIgnore: true */ /* @vite-ignore */ name)) as typeof mod;
  } catch (e) {
    throw new Error(`kgen webgpu: no navigator.gpu and the 'webgpu' package (Dawn for Node) does not load: ${e instanceof Error ? e.message : String(e)}`);
  }
  // GPUBufferUsage, GPUMapMode, ... as in a browser.
  for (const [k, v] of Object.entries(mod.globals)) if (!(k in globalThis)) (globalThis as Record<string, unknown>)[k] = v;
  return mod.create(options);
}

/** The adapter's storage-binding and buffer-size limits (capped where Dawn reports sizes WebGPU cannot
 *  bind), and its compute limits, so large matrices and large workgroups fit. */
function wantedLimits(adapter: GPUAdapter): Record<string, number> {
  const l = adapter.limits;
  return {
    maxStorageBufferBindingSize: Math.min(l.maxStorageBufferBindingSize, 2 ** 31 - 4),
    maxBufferSize: Math.min(l.maxBufferSize, 2 ** 32),
    maxComputeWorkgroupSizeX: l.maxComputeWorkgroupSizeX,
    maxComputeInvocationsPerWorkgroup: l.maxComputeInvocationsPerWorkgroup,
    maxComputeWorkgroupStorageSize: l.maxComputeWorkgroupStorageSize,
  };
}

/**
 * Opens a WebGPU device for kgen: subgroups where the adapter has them, timestamp queries when asked
 * for, the adapter's buffer-size and compute limits. Under Node it creates Dawn's instance and keeps it
 * alive until destroy() (or device loss); in a browser it uses navigator.gpu.
 */
export async function openWebGpu(opts: OpenWebGpuOptions = {}): Promise<WebGpu> {
  const nav = (globalThis as { navigator?: { gpu?: GPU } }).navigator;
  const gpu = opts.gpu ?? nav?.gpu ?? (await dawn(opts.dawnOptions ?? (opts.timestamps ? ['disable-dawn-features=timestamp_quantization'] : [])));
  hold(gpu);
  let held = true;
  const release = () => {
    if (held) drop(gpu);
    held = false;
  };
  try {
    const adapter = await gpu.requestAdapter(opts.powerPreference ? { powerPreference: opts.powerPreference } : undefined);
    if (!adapter) throw new Error('kgen webgpu: requestAdapter() returned no adapter (on Linux, Dawn needs a Vulkan driver: mesa-vulkan-drivers gives lavapipe)');
    const wgslFeatures = gpu.wgslLanguageFeatures as ReadonlySet<string>;
    const wanted: GPUFeatureName[] = ['subgroups' as GPUFeatureName, ...(opts.timestamps ? ['timestamp-query' as GPUFeatureName] : []), ...(opts.features ?? [])];
    const missing: string[] = [];
    if (!adapter.features.has('subgroups')) missing.push("feature 'subgroups' (subgroup reduction)");
    if (!wgslFeatures.has('packed_4x8_integer_dot_product')) missing.push('WGSL language feature packed_4x8_integer_dot_product (integer-dot mmvq)');
    for (const f of wanted.slice(1)) if (!adapter.features.has(f)) missing.push(`feature '${f}'`);
    const device = await adapter.requestDevice({ requiredFeatures: wanted.filter((f) => adapter.features.has(f)), requiredLimits: wantedLimits(adapter) });
    Object.defineProperty(device, OWNER, { value: gpu });
    let destroyed = false;
    const lost = device.lost.then((info) => {
      release();
      return info;
    });
    return {
      gpu, adapter, device, wgslFeatures, missing, lost,
      info: adapter.info,
      support: deviceSupport(device, wgslFeatures),
      destroy() {
        if (destroyed) return;
        destroyed = true;
        device.destroy();
        // device.lost resolves (reason 'destroyed') and releases the instance after Dawn is done.
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
