// Typed wrapper over the native Vulkan compute runtime (build/Release/kgen_vulkan.node, built from
// targets/vulkan/native by `npx node-gyp rebuild`; npm install tries it and records the outcome in
// build/kgen-addon-status.json). The addon opens the Vulkan loader itself at run time. Synchronous:
// every call blocks until the GPU work it submits has finished (or the device's timeout, 120 s by
// default, has passed).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A physical device as the native runtime reports it: identity, features and limits. */
export interface VulkanDeviceInfo {
  /** Position in vkEnumeratePhysicalDevices (the `deviceIndex` to open it). */
  index: number;
  /** The device name (VkPhysicalDeviceProperties::deviceName). */
  name: string;
  /** Vendor id (0x10de NVIDIA, 0x1002 AMD, 0x8086 Intel). */
  vendorId: number;
  /** Vendor-specific device id. */
  deviceId: number;
  /** VkPhysicalDeviceDriverProperties::driverName. */
  driverName: string;
  /** VkPhysicalDeviceDriverProperties::driverInfo (driver version details). */
  driverInfo: string;
  /** The device's Vulkan version, e.g. "1.4.305". */
  apiVersion: string;
  deviceType: 'discrete-gpu' | 'integrated-gpu' | 'virtual-gpu' | 'cpu' | 'other';
  /** Default subgroup size (threads). */
  subgroupSize: number;
  /** Smallest subgroup size the device may use (threads). */
  minSubgroupSize: number;
  /** Largest subgroup size the device may use (threads). */
  maxSubgroupSize: number;
  /** Subgroup arithmetic operations are supported in compute shaders. */
  subgroupArithmetic: boolean;
  /** The subgroupSizeControl feature, with compute among requiredSubgroupSizeStages. */
  subgroupSizeControl: boolean;
  /** The computeFullSubgroups feature (pipelines may require full subgroups). */
  computeFullSubgroups: boolean;
  /** The shaderIntegerDotProduct feature (VK_KHR_shader_integer_dot_product). */
  integerDotProduct: boolean;
  /** Packed signed 4x8-bit dot products run in hardware (not emulated). */
  integerDot4x8PackedSignedAccelerated: boolean;
  storageBuffer8BitAccess: boolean;
  storageBuffer16BitAccess: boolean;
  shaderInt8: boolean;
  shaderInt16: boolean;
  shaderInt64: boolean;
  shaderFloat16: boolean;
  shaderFloat64: boolean;
  /** Nanoseconds per timestamp tick (VkPhysicalDeviceLimits::timestampPeriod). */
  timestampPeriodNs: number;
  /** Of the chosen compute queue family; 0 means no timestamps. */
  timestampValidBits: number;
  /** The queue family used for compute. */
  queueFamilyIndex: number;
  /** Largest storage buffer binding, in bytes. */
  maxStorageBufferRange: number;
  /** VkPhysicalDeviceMaintenance4Properties::maxBufferSize (0 if not reported). */
  maxBufferSize: number;
  /** Largest single memory allocation, in bytes. */
  maxMemoryAllocationSize: number;
  maxComputeWorkGroupCount: [number, number, number];
  maxComputeWorkGroupSize: [number, number, number];
  maxComputeWorkGroupInvocations: number;
  /** Workgroup (shared) memory per workgroup, in bytes. */
  maxComputeSharedMemorySize: number;
  /** Push-constant block limit, in bytes. */
  maxPushConstantsSize: number;
  maxStorageBuffersPerStage: number;
  /** The features device creation enables (those supported among the ones kgen asks for). */
  enabledFeatures: string[];
}

/** Options of openVulkanDevice(). */
export interface OpenVulkanDeviceOptions {
  /** Index into listVulkanDevices(); default: env KGEN_VK_DEVICE, else the first discrete GPU,
   * else integrated, virtual, CPU. */
  deviceIndex?: number;
  /** Enable VK_LAYER_KHRONOS_validation and a VK_EXT_debug_utils messenger collecting warnings
   * and errors (see takeValidationMessages). Default: env KGEN_VK_VALIDATION=1. */
  validation?: boolean;
  /** Fence wait limit per submission; VK_TIMEOUT becomes an Error. Default 120000. */
  timeoutMs?: number;
}

/** A device-local storage buffer (from VulkanDevice.createBuffer). */
export interface VulkanBuffer {
  /** Size in bytes. */
  readonly byteLength: number;
  readonly label: string | undefined;
  /** True once the buffer or its device has been destroyed. */
  readonly destroyed: boolean;
  /** Frees the buffer (no-op when already freed). */
  destroy(): void;
}

/** Type of a specialization constant's value. */
export type SpecializationType = 'u32' | 'i32' | 'f32' | 'bool';

/** A specialization constant set when creating a pipeline. */
export interface SpecializationConstant {
  /** The SPIR-V SpecId. */
  id: number;
  value: number | boolean;
  /** Default 'u32'. */
  type?: SpecializationType;
}

/** What createPipeline needs to build a compute pipeline. */
export interface VulkanPipelineDesc {
  /** The SPIR-V module, as 32-bit words. */
  spirv: Uint32Array;
  /** Default "main". */
  entryPoint?: string;
  /** Storage buffers at set 0, bindings 0..bindingCount-1. */
  bindingCount: number;
  /** Size of the push-constant block (a multiple of 4; 0 for none). */
  pushConstantBytes: number;
  /** Specialization constants (e.g. the workgroup size). */
  specialization?: SpecializationConstant[];
  /** Force this subgroup size (needs subgroupSizeControl). */
  requiredSubgroupSize?: number;
  /** Ask for full subgroups (needs computeFullSubgroups). */
  requireFullSubgroups?: boolean;
  /** Name used in error and validation messages. */
  label?: string;
}

/** A compute pipeline (from VulkanDevice.createPipeline). */
export interface VulkanPipeline {
  readonly bindingCount: number;
  readonly pushConstantBytes: number;
  readonly label: string | undefined;
  /** True once the pipeline or its device has been destroyed. */
  readonly destroyed: boolean;
  /** Frees the pipeline (no-op when already freed). */
  destroy(): void;
}

/** One compute dispatch for VulkanDevice.run(). */
export interface VulkanDispatch {
  pipeline: VulkanPipeline;
  /** Bound to bindings 0..n-1 of set 0; n must equal the pipeline's bindingCount. */
  buffers: VulkanBuffer[];
  /** Exactly pushConstantBytes bytes (omit when the pipeline has none). */
  push?: ArrayBufferView;
  /** Workgroup counts in x, y, z. */
  groups: [number, number, number];
}

/** Options of VulkanDevice.run(). */
export interface VulkanRunOptions {
  /** Write a timestamp before the first and after every dispatch. */
  timestamps?: boolean;
}

/** What VulkanDevice.run() returns. */
export interface VulkanRunResult {
  /** cmds.length + 1 values in ns, relative to the first (which is 0); only with timestamps. */
  timestampsNs?: number[];
}

/** An open Vulkan device (from openVulkanDevice()); every call blocks until the GPU is done. */
export interface VulkanDevice {
  /** The physical device's identity, features and limits. */
  readonly info: VulkanDeviceInfo;
  /** Whether the validation layer is on. */
  readonly validation: boolean;
  /** True once destroy() has been called. */
  readonly destroyed: boolean;
  /** A device-local storage buffer (also a transfer source/destination); contents undefined. */
  createBuffer(byteLength: number, label?: string): VulkanBuffer;
  /** Copies data into the buffer at byteOffset (through a reused staging buffer). */
  write(buf: VulkanBuffer, data: ArrayBufferView | ArrayBuffer, byteOffset?: number): void;
  /** Copies [byteOffset, byteOffset + byteLength) out (default: to the end of the buffer). */
  read(buf: VulkanBuffer, byteOffset?: number, byteLength?: number): ArrayBuffer;
  /** vkCmdFillBuffer over the whole buffer with a 32-bit pattern (e.g. to poison outputs). */
  fill(buf: VulkanBuffer, u32: number): void;
  /** Creates a compute pipeline; throws when the shader needs a feature the device lacks. */
  createPipeline(desc: VulkanPipelineDesc): VulkanPipeline;
  /** Records all dispatches into one command buffer (each followed by a compute->compute memory
   * barrier), submits it and waits. */
  run(cmds: VulkanDispatch[], opts?: VulkanRunOptions): VulkanRunResult;
  /** Validation warnings/errors collected since the last call (always [] without validation). */
  takeValidationMessages(): string[];
  /** Waits for the device and frees everything it owns (buffers and pipelines included). */
  destroy(): void;
}

// ---------------------------------------------------------------------------------------------
// The native addon

interface NativeDevice {
  info(): VulkanDeviceInfo;
  createBuffer(byteLength: number, label?: string): number;
  destroyBuffer(id: number): void;
  write(id: number, data: ArrayBufferView | ArrayBuffer, byteOffset: number): void;
  read(id: number, byteOffset: number, byteLength?: number): ArrayBuffer;
  fill(id: number, u32: number): void;
  createPipeline(desc: Omit<VulkanPipelineDesc, 'spirv'> & { spirv: ArrayBufferView }): number;
  destroyPipeline(id: number): void;
  run(
    cmds: Array<{ pipeline: number; buffers: number[]; push?: ArrayBufferView; groups: number[] }>,
    timestamps: boolean,
  ): number[] | undefined;
  takeValidationMessages(): string[];
  destroy(): void;
  isDestroyed(): boolean;
}

interface NativeAddon {
  /** Opens the Vulkan loader on first use; never throws. */
  loaderStatus(): { loaded: boolean; path: string; tried: string[]; error: string };
  listDevices(): VulkanDeviceInfo[];
  vkResultName(code: number): string;
  headerVersion: number;
  Device: new (opts: { deviceIndex?: number; validation?: boolean; timeoutMs?: number }) => NativeDevice;
}

const ADDON_RELATIVE = join('build', 'Release', 'kgen_vulkan.node');
/** What scripts/build-addon.mjs (npm's install step) wrote about its attempt to build the addon. */
const STATUS_RELATIVE = join('build', 'kgen-addon-status.json');
const BUILD_HINT =
  'to build it, install a C++17 compiler, python3 and make (Debian/Ubuntu: build-essential python3; macOS: ' +
  '`xcode-select --install`; Windows: the Visual Studio C++ build tools), then run `npm rebuild kgen` (in a kgen ' +
  'checkout: `npx node-gyp rebuild`); no Vulkan SDK is needed. kgen without the addon still has its CPU ' +
  'reference, GGUF tools, codegen and the WebGPU runtime';
const LOADER_HINT =
  'install the Vulkan loader and a driver (Debian/Ubuntu: libvulkan1 and e.g. mesa-vulkan-drivers for the CPU ' +
  'driver lavapipe; macOS: the Vulkan SDK or MoltenVK; Windows: a current GPU driver), or set KGEN_VULKAN_LOADER ' +
  'to the loader library';

/** Why kgen/vulkan cannot run here. */
export type VulkanUnavailableReason =
  /** build/Release/kgen_vulkan.node does not exist (the install could not build it; the message says why). */
  | 'addon-not-built'
  /** The addon exists but Node.js cannot load it (built for another Node.js ABI or platform, or damaged). */
  | 'addon-load-failed'
  /** The Vulkan loader library (libvulkan.so.1, libvulkan.1.dylib, vulkan-1.dll) cannot be opened. */
  | 'loader-not-found'
  /** The loader works but finds no driver or no physical device. */
  | 'no-device';

/** Thrown by kgen/vulkan when Vulkan cannot be used on this machine; `reason` says which part is missing. */
export class VulkanUnavailableError extends Error {
  constructor(
    readonly reason: VulkanUnavailableReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'VulkanUnavailableError';
  }
}

/** The package root: the nearest directory above this module whose package.json is kgen's. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'kgen') return dir;
      } catch {
        // not ours; keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('kgen vulkan: cannot find the kgen package root (package.json) above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

interface AddonBuildStatus {
  built: boolean;
  reason?: string;
  detail?: string;
  log?: string;
  date?: string;
}

/** "the install on <date> could not build it: <reason> (<detail>; log: <file>)", from the status file. */
function buildStatusText(root: string): string {
  const file = join(root, STATUS_RELATIVE);
  if (!existsSync(file)) {
    return `it has not been built here, and no install step recorded an attempt (no ${file}: npm may have skipped ` +
      "kgen's install script, e.g. with --ignore-scripts)";
  }
  let s: AddonBuildStatus;
  try {
    s = JSON.parse(readFileSync(file, 'utf8')) as AddonBuildStatus;
  } catch (e) {
    return `${file} is unreadable (${e instanceof Error ? e.message : String(e)})`;
  }
  if (s.built) return `${file} says it was built${s.date ? ` on ${s.date}` : ''}, but the file has been removed since`;
  const extra = [s.detail, s.log ? `log: ${s.log}` : undefined].filter(Boolean).join('; ');
  return `the install${s.date ? ` on ${s.date}` : ''} could not build it: ${s.reason ?? 'no reason recorded'}${extra ? ` (${extra})` : ''}`;
}

let addon: NativeAddon | undefined;

/** Loads the native addon (once). KGEN_VULKAN_ADDON may name another .node file. Throws
 * VulkanUnavailableError ('addon-not-built' or 'addon-load-failed'). */
export function loadVulkanAddon(): NativeAddon {
  if (addon) return addon;
  const override = process.env.KGEN_VULKAN_ADDON;
  const root = override ? undefined : packageRoot();
  const path = override || join(root!, ADDON_RELATIVE);
  if (!existsSync(path)) {
    const why = root ? buildStatusText(root) : 'KGEN_VULKAN_ADDON names a file that does not exist';
    throw new VulkanUnavailableError('addon-not-built', `kgen vulkan: the native addon ${path} is not built: ${why}; ${BUILD_HINT}`);
  }
  const require = createRequire(import.meta.url);
  try {
    addon = require(path) as NativeAddon;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new VulkanUnavailableError('addon-load-failed', `kgen vulkan: loading ${path} failed (${msg}); rebuild it: ${BUILD_HINT}`, {
      cause: e,
    });
  }
  return addon;
}

/** True when the addon loads (it does not check for the Vulkan loader or a device). */
export function vulkanAddonAvailable(): boolean {
  try {
    loadVulkanAddon();
    return true;
  } catch {
    return false;
  }
}

/** The addon, with the Vulkan loader opened; calls `body` and names what is missing when it fails. */
function withVulkan<T>(body: (native: NativeAddon) => T): T {
  const native = loadVulkanAddon();
  const loader = native.loaderStatus();
  if (!loader.loaded) {
    throw new VulkanUnavailableError(
      'loader-not-found',
      `kgen vulkan: the Vulkan loader library was not found (tried ${loader.error}); ${LOADER_HINT}`,
    );
  }
  try {
    return body(native);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // The runtime's own messages for "no driver" (instance creation) and "no device" (opening one).
    if (/VK_ERROR_INCOMPATIBLE_DRIVER|no Vulkan physical device found/.test(msg)) {
      throw new VulkanUnavailableError('no-device', msg, { cause: e });
    }
    throw e;
  }
}

/** What kgen/vulkan finds on this machine, without throwing. */
export type VulkanStatus =
  | { available: true; loader: string; devices: VulkanDeviceInfo[] }
  | { available: false; reason: VulkanUnavailableReason; message: string };

/** Checks the addon, the Vulkan loader and the devices; `available` is false with the reason and a
 * message saying what to install when any of them is missing. */
export function vulkanStatus(): VulkanStatus {
  try {
    return withVulkan((native) => {
      const devices = native.listDevices();
      if (devices.length === 0) {
        throw new VulkanUnavailableError('no-device', 'kgen vulkan: the Vulkan loader lists no physical device (is a driver installed? for CPU testing install mesa-vulkan-drivers)');
      }
      return { available: true, loader: native.loaderStatus().path, devices };
    });
  } catch (e) {
    if (e instanceof VulkanUnavailableError) return { available: false, reason: e.reason, message: e.message };
    throw e;
  }
}

/** The name of a VkResult code, e.g. -2 -> "VK_ERROR_OUT_OF_DEVICE_MEMORY" (needs only the addon). */
export function vkResultName(code: number): string {
  return loadVulkanAddon().vkResultName(code);
}

/** Every Vulkan physical device, in vkEnumeratePhysicalDevices order. */
export function listVulkanDevices(): VulkanDeviceInfo[] {
  return withVulkan((native) => native.listDevices());
}

/** Opens a device (see OpenVulkanDeviceOptions for which one); loads the addon if needed. */
export function openVulkanDevice(opts: OpenVulkanDeviceOptions = {}): VulkanDevice {
  const envIndex = process.env.KGEN_VK_DEVICE;
  const deviceIndex = opts.deviceIndex ?? (envIndex !== undefined && envIndex !== '' ? Number(envIndex) : undefined);
  if (deviceIndex !== undefined && !(Number.isInteger(deviceIndex) && deviceIndex >= 0)) {
    throw new RangeError(`kgen vulkan: deviceIndex must be a non-negative integer (got ${String(deviceIndex)})`);
  }
  const validation = opts.validation ?? process.env.KGEN_VK_VALIDATION === '1';
  return withVulkan(
    (native) => new Device(new native.Device({ deviceIndex, validation, timeoutMs: opts.timeoutMs }), validation),
  );
}

// ---------------------------------------------------------------------------------------------

class Buffer_ implements VulkanBuffer {
  #destroyed = false;
  constructor(
    readonly owner: Device,
    readonly id: number,
    readonly byteLength: number,
    readonly label: string | undefined,
  ) {}
  get destroyed(): boolean {
    return this.#destroyed || this.owner.destroyed;
  }
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.owner.native.destroyBuffer(this.id);
  }
}

class Pipeline_ implements VulkanPipeline {
  #destroyed = false;
  constructor(
    readonly owner: Device,
    readonly id: number,
    readonly bindingCount: number,
    readonly pushConstantBytes: number,
    readonly label: string | undefined,
  ) {}
  get destroyed(): boolean {
    return this.#destroyed || this.owner.destroyed;
  }
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.owner.native.destroyPipeline(this.id);
  }
}

function describe(kind: string, label: string | undefined): string {
  return label ? `${kind} '${label}'` : kind;
}

class Device implements VulkanDevice {
  readonly info: VulkanDeviceInfo;
  constructor(
    readonly native: NativeDevice,
    readonly validation: boolean,
  ) {
    this.info = native.info();
  }

  get destroyed(): boolean {
    return this.native.isDestroyed();
  }

  #alive(what: string): void {
    if (this.destroyed) throw new Error(`kgen vulkan: ${what}: the device has been destroyed`);
  }

  #buffer(buf: VulkanBuffer, what: string): Buffer_ {
    if (!(buf instanceof Buffer_)) throw new TypeError(`kgen vulkan: ${what}: not a VulkanBuffer`);
    if (buf.owner !== this) throw new Error(`kgen vulkan: ${what}: ${describe('buffer', buf.label)} belongs to another device`);
    if (buf.destroyed) throw new Error(`kgen vulkan: ${what}: ${describe('buffer', buf.label)} has been destroyed`);
    return buf;
  }

  #pipeline(p: VulkanPipeline, what: string): Pipeline_ {
    if (!(p instanceof Pipeline_)) throw new TypeError(`kgen vulkan: ${what}: not a VulkanPipeline`);
    if (p.owner !== this) throw new Error(`kgen vulkan: ${what}: ${describe('pipeline', p.label)} belongs to another device`);
    if (p.destroyed) throw new Error(`kgen vulkan: ${what}: ${describe('pipeline', p.label)} has been destroyed`);
    return p;
  }

  createBuffer(byteLength: number, label?: string): VulkanBuffer {
    this.#alive('createBuffer');
    const id = this.native.createBuffer(byteLength, label);
    return new Buffer_(this, id, byteLength, label);
  }

  write(buf: VulkanBuffer, data: ArrayBufferView | ArrayBuffer, byteOffset = 0): void {
    this.#alive('write');
    this.native.write(this.#buffer(buf, 'write').id, data, byteOffset);
  }

  read(buf: VulkanBuffer, byteOffset = 0, byteLength?: number): ArrayBuffer {
    this.#alive('read');
    return this.native.read(this.#buffer(buf, 'read').id, byteOffset, byteLength);
  }

  fill(buf: VulkanBuffer, u32: number): void {
    this.#alive('fill');
    this.native.fill(this.#buffer(buf, 'fill').id, u32);
  }

  createPipeline(desc: VulkanPipelineDesc): VulkanPipeline {
    this.#alive('createPipeline');
    if (!(desc.spirv instanceof Uint32Array)) {
      throw new TypeError(`kgen vulkan: createPipeline${desc.label ? `('${desc.label}')` : ''}: spirv must be a Uint32Array`);
    }
    const id = this.native.createPipeline(desc);
    return new Pipeline_(this, id, desc.bindingCount, desc.pushConstantBytes, desc.label);
  }

  run(cmds: VulkanDispatch[], opts: VulkanRunOptions = {}): VulkanRunResult {
    this.#alive('run');
    if (!Array.isArray(cmds)) throw new TypeError('kgen vulkan: run: commands must be an array');
    const native = cmds.map((c, i) => {
      const at = `run: command ${i}`;
      const p = this.#pipeline(c.pipeline, at);
      if (!Array.isArray(c.buffers)) throw new TypeError(`kgen vulkan: ${at}: buffers must be an array`);
      return {
        pipeline: p.id,
        buffers: c.buffers.map((b, k) => this.#buffer(b, `${at}, buffer ${k}`).id),
        push: c.push,
        groups: c.groups,
      };
    });
    const ts = this.native.run(native, opts.timestamps === true);
    return ts ? { timestampsNs: ts } : {};
  }

  takeValidationMessages(): string[] {
    return this.native.takeValidationMessages();
  }

  destroy(): void {
    this.native.destroy();
  }
}
