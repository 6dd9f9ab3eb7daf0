// Vulkan kernels: generated SPIR-V, run through the native compute runtime (device.ts). The twin of
// WgslKernels in targets/webgpu/runtime.ts: kernels by key from a bundle, cached pipelines (the
// workgroup size is specialization constant 0), push constants laid out from the manifest record.
import type { ManifestKernel } from '../../codegen/manifest.js';
import { keyString } from '../../codegen/kernels/key.js';
import { describeRequirement, VULKAN_REQUIREMENTS } from '../../codegen/requirements.js';
import { bundleFromBuild, bundleFromGenerated, chooseVariant, type KernelBundle, type RuntimeKernel, type Variant, type VariantRequest as CoreRequest } from '../runtime/core.js';
import type { VulkanDevice, VulkanDeviceInfo, VulkanDispatch, VulkanBuffer, VulkanPipeline } from './device.js';

/** A kernel as the Vulkan runtime needs it: its manifest record and SPIR-V words (or a loader of them). */
export type SpirvKernel = RuntimeKernel;
/** Kernels by key (`mmvq.q4_k.nc1.r1.sg`) and the formats they cover: the generated bundle or build(). */
export type SpirvBundle = KernelBundle;

/** The generated bundle (`import { kernels, manifest } from 'kgen/generated'`) as a SpirvBundle. */
export function spirvBundleFromGenerated(kernels: Parameters<typeof bundleFromGenerated>[0], manifest: Parameters<typeof bundleFromGenerated>[1]): SpirvBundle {
  return bundleFromGenerated(kernels, manifest, 'spirv');
}

/** An in-memory build() result (built with the 'spirv' target) as a SpirvBundle. */
export function spirvBundle(b: Parameters<typeof bundleFromBuild>[0]): SpirvBundle {
  return bundleFromBuild(b, 'spirv');
}

/** What a Vulkan device offers that kgen's variants may use (the keys are the manifest's capabilities). */
export interface VulkanSupport {
  /** Subgroup basic + arithmetic operations in compute shaders. */
  subgroups: boolean;
  /** VK_KHR_shader_integer_dot_product (shaderIntegerDotProduct). */
  dot4i8: boolean;
  /** storageBuffer8BitAccess. */
  storage8: boolean;
  /** storageBuffer16BitAccess. */
  storage16: boolean;
  /** Timestamp queries on the compute queue. */
  timestamps: boolean;
}

/** What a Vulkan device offers kgen's kernels, from its VulkanDeviceInfo. */
export function vulkanSupport(info: VulkanDeviceInfo): VulkanSupport {
  return {
    subgroups: info.subgroupArithmetic,
    dot4i8: info.integerDotProduct,
    storage8: info.storageBuffer8BitAccess,
    storage16: info.storageBuffer16BitAccess,
    timestamps: info.timestampValidBits > 0 && info.timestampPeriodNs > 0,
  };
}

/** The device feature behind each kernel capability, in words. */
export const CAPABILITY_NEEDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(VULKAN_REQUIREMENTS).map(([c, r]) => [c, describeRequirement(r)]),
);

/** The capabilities of a kernel the device lacks (unknown capabilities count as lacking). */
export function lackingCapabilities(support: VulkanSupport, record: ManifestKernel): string[] {
  return record.capabilities.filter((c) => !(support as unknown as Record<string, boolean>)[c]);
}

/** Options of a variant choice (the subset of the mat-vec options it depends on). */
export type VariantRequest = CoreRequest;

/** The kernels chosen for a mat-vec on a device (the runtime core's Variant). */
export type VulkanVariant = Variant;

/**
 * Picks the variant for a device with the runtime core's chooser (the same rules as WebGPU): integer-dot
 * mmvq before the float path, subgroup reduction before workgroup memory, each only where the kernel's
 * capabilities (record.capabilities) are all on the device. An explicit path or reduce the device cannot
 * run, or a bundle without any runnable kernel, is an Error that says why.
 */
export function chooseVulkanVariant(support: VulkanSupport, opts: VariantRequest, kernel: (key: string) => ManifestKernel | undefined): VulkanVariant {
  return chooseVariant({ name: 'vulkan', needs: CAPABILITY_NEEDS }, support as unknown as Record<string, boolean>, opts, (k) => kernel(keyString(k)));
}

const isPow2 = (n: number) => n > 0 && (n & (n - 1)) === 0;

/** Caches pipelines and builds dispatches of generated kernels with their push constants. */
export class VulkanKernels {
  private pipelines = new Map<string, Promise<VulkanPipeline>>();
  private created: VulkanPipeline[] = [];
  /** What the device offers, from vulkanSupport(device.info). */
  readonly support: VulkanSupport;

  constructor(readonly device: VulkanDevice, readonly bundle: SpirvBundle) {
    if (!device || typeof device.createPipeline !== 'function') {
      throw new TypeError('kgen vulkan: VulkanKernels needs a VulkanDevice (from openVulkanDevice())');
    }
    this.support = vulkanSupport(device.info);
  }

  private kernel(key: string): SpirvKernel & { spirv: NonNullable<SpirvKernel['spirv']> } {
    const k = this.bundle.kernel(key);
    if (!k?.spirv) throw new Error(`kgen vulkan: no kernel '${key}' with SPIR-V in the bundle`);
    if (!k.record.targets.spirv) throw new Error(`kgen vulkan: kernel '${key}' has no SPIR-V target in its record`);
    return k as SpirvKernel & { spirv: NonNullable<SpirvKernel['spirv']> };
  }

  /** A kernel's manifest record; throws when the bundle has no SPIR-V for it. */
  record(key: string): ManifestKernel {
    return this.kernel(key).record;
  }

  /** The workgroup size a dispatch of `key` uses: the given one (checked) or the record's default. */
  workgroupSize(key: string, workgroupSize?: number): number {
    const rec = this.record(key);
    const wg = workgroupSize ?? rec.workgroupSize.default;
    const info = this.device.info;
    const maxWg = Math.min(info.maxComputeWorkGroupSize[0], info.maxComputeWorkGroupInvocations);
    if (!Number.isInteger(wg) || !isPow2(wg) || wg < 4 || wg > maxWg) {
      throw new RangeError(`kgen vulkan: ${key}: workgroup size ${wg} must be a power of two in [4, ${maxWg}] (the device's limit)`);
    }
    if (rec.variant.reduce === 'sg' && wg % info.maxSubgroupSize !== 0) {
      throw new RangeError(`kgen vulkan: ${key}: workgroup size ${wg} must be a multiple of the device's largest subgroup size ${info.maxSubgroupSize} for the subgroup reduction`);
    }
    return wg;
  }

  /**
   * The pipeline of a kernel at a workgroup size (default: the record's), created once. `.sg` variants
   * ask for full subgroups where the device supports it (computeFullSubgroups), so the reduction's
   * WG_SIZE / subgroup size partials are all complete.
   */
  pipeline(key: string, workgroupSize?: number): Promise<VulkanPipeline> {
    const k = this.kernel(key);
    const wg = this.workgroupSize(key, workgroupSize);
    const id = `${key}@${wg}`;
    let p = this.pipelines.get(id);
    if (!p) {
      p = this.create(k, wg);
      this.pipelines.set(id, p);
      p.catch(() => this.pipelines.delete(id));
    }
    return p;
  }

  private async create(k: SpirvKernel & { spirv: NonNullable<SpirvKernel['spirv']> }, wg: number): Promise<VulkanPipeline> {
    const rec = k.record;
    const lacks = lackingCapabilities(this.support, rec);
    if (lacks.length) {
      throw new Error(`kgen vulkan: ${rec.key} needs ${lacks.map((c) => CAPABILITY_NEEDS[c] ?? c).join('; ')}, which '${this.device.info.name}' lacks`);
    }
    const spirv = typeof k.spirv === 'function' ? await k.spirv() : k.spirv;
    const wgConst = rec.constants.find((c) => c.name === rec.workgroupSize.constant);
    if (!wgConst) throw new Error(`kgen vulkan: ${rec.key}: the record has no constant ${rec.workgroupSize.constant}`);
    const info = this.device.info;
    const pipeline = this.device.createPipeline({
      spirv,
      entryPoint: rec.entryPoint,
      bindingCount: rec.bindings.length,
      pushConstantBytes: rec.targets.spirv!.params.bytes,
      specialization: [{ id: wgConst.id, value: wg, type: 'u32' }],
      requireFullSubgroups: rec.variant.reduce === 'sg' && rec.capabilities.includes('subgroups') && info.computeFullSubgroups,
      label: `${rec.key}@${wg}`,
    });
    this.created.push(pipeline);
    return pipeline;
  }

  /** The push-constant bytes of a kernel's parameters. Every parameter must be given, each a valid value of its type. */
  pushBytes(key: string, params: Record<string, number>): Uint8Array {
    const rec = this.record(key);
    const t = rec.targets.spirv!;
    if (t.params.kind !== 'push_constant') throw new Error(`kgen vulkan: ${key}: parameters arrive as '${t.params.kind}', not push constants`);
    const bytes = new Uint8Array(t.params.bytes);
    const dv = new DataView(bytes.buffer);
    for (const name of Object.keys(params)) {
      if (!rec.params.some((p) => p.name === name)) throw new Error(`kgen vulkan: ${key} has no parameter '${name}'; its parameters are ${rec.params.map((p) => p.name).join(', ')}`);
    }
    const absent = rec.params.filter((p) => params[p.name] === undefined).map((p) => p.name);
    if (absent.length) throw new Error(`kgen vulkan: ${key}: missing parameter${absent.length > 1 ? 's' : ''} ${absent.join(', ')}`);
    for (const p of rec.params) {
      const v = params[p.name];
      if (p.offset + 4 > t.params.bytes) throw new Error(`kgen vulkan: ${key}: parameter ${p.name} at byte ${p.offset} lies outside the ${t.params.bytes}-byte push-constant block`);
      if (typeof v !== 'number') throw new TypeError(`kgen vulkan: ${key}: parameter ${p.name} = ${String(v)} is not a number`);
      if (p.type === 'u32') {
        if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`kgen vulkan: ${key}: parameter ${p.name} = ${v} is not a u32`);
        dv.setUint32(p.offset, v, true);
      } else if (p.type === 'i32') {
        if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff) throw new RangeError(`kgen vulkan: ${key}: parameter ${p.name} = ${v} is not an i32`);
        dv.setInt32(p.offset, v, true);
      } else {
        if (!Number.isFinite(v)) throw new RangeError(`kgen vulkan: ${key}: parameter ${p.name} = ${v} is not a finite f32`);
        dv.setFloat32(p.offset, v, true);
      }
    }
    return bytes;
  }

  /** One dispatch for device.run(): `buffers` bind in the manifest's binding order; parameters are push constants. */
  async cmd(key: string, buffers: VulkanBuffer[], params: Record<string, number>, grid: [number, number, number], workgroupSize?: number): Promise<VulkanDispatch> {
    const rec = this.record(key);
    if (buffers.length !== rec.bindings.length) {
      throw new Error(`kgen vulkan: ${key} binds ${rec.bindings.length} buffers (${rec.bindings.map((b) => b.name).join(', ')}), got ${buffers.length}`);
    }
    const max = this.device.info.maxComputeWorkGroupCount;
    grid.forEach((n, i) => {
      if (!Number.isInteger(n) || n < 1 || n > max[i]) throw new RangeError(`kgen vulkan: ${key}: grid [${grid.join(', ')}]: dimension ${i} must be 1..${max[i]}`);
    });
    const push = this.pushBytes(key, params);
    const pipeline = await this.pipeline(key, workgroupSize);
    return { pipeline, buffers, push: push.byteLength ? push : undefined, groups: grid };
  }

  /** Frees the pipelines created so far (a later pipeline() call creates them again). */
  destroy(): void {
    this.pipelines.clear();
    for (const p of this.created.splice(0)) if (!p.destroyed) p.destroy();
  }
}
