// Both GPU runtimes behind one small interface (their APIs have the same shape), with a count of the
// GPU buffers each has alive, for the runtime, engine and soak tests.
import { kernels, manifest } from '../../generated/index.js';
import type { Variant } from '../../targets/runtime/core.js';
import { shippedTables } from '../../tuning/shipped.js';

export interface AnyMatVec {
  readonly variant: Variant;
  upload(w: Uint8Array): void;
  run(x: Float32Array): Promise<Float32Array>;
  encode(rec: unknown, act: unknown): void;
  read(): Promise<Float32Array>;
  destroy(): void;
}
export interface AnyActivation { write(x: Float32Array): void; encode(rec: unknown): void; destroy(): void }

export interface Runtime {
  readonly name: 'webgpu' | 'vulkan';
  matvec(o: { format: string; rows: number; K: number; ncols?: number; path?: 'auto' | 'mmvq' | 'float'; tuning?: null }): Promise<AnyMatVec>;
  activation(o: { K: number; ncols?: number; quantized?: boolean; capacity?: number }): Promise<AnyActivation>;
  /** A command encoder (WebGPU) or VulkanRecorder. */
  recorder(): unknown;
  submit(rec: unknown): Promise<void>;
  /** GPU buffers created through the device and not destroyed. */
  liveBuffers(): number;
  /** Makes the device unusable the way a lost device is (WebGPU: destroy; Vulkan: destroy). */
  lose(): void;
  destroy(): void;
}

export async function openRuntime(name: 'webgpu' | 'vulkan'): Promise<Runtime> {
  process.env.XDG_RUNTIME_DIR ??= '/tmp';
  if (name === 'webgpu') {
    const wg = await import('../../targets/webgpu/runtime.js');
    const gpu = await wg.openWebGpu();
    const device = gpu.device;
    const live = new Set<GPUBuffer>();
    const create = device.createBuffer.bind(device);
    device.createBuffer = (d: GPUBufferDescriptor) => {
      const b = create(d);
      live.add(b);
      const destroy = b.destroy.bind(b);
      b.destroy = () => {
        live.delete(b);
        destroy();
      };
      return b;
    };
    const bundle = wg.bundleFromGenerated(kernels, manifest);
    return {
      name,
      matvec: (o) => wg.createMatVec(device, { ...o, kernels: bundle, wgslFeatures: gpu.wgslFeatures, tuning: o.tuning === null ? null : shippedTables }),
      activation: (o) => wg.createActivation(device, { ...o, kernels: bundle }),
      recorder: () => device.createCommandEncoder(),
      async submit(rec) {
        device.queue.submit([(rec as GPUCommandEncoder).finish()]);
      },
      liveBuffers: () => live.size,
      lose: () => device.destroy(),
      destroy: () => gpu.destroy(),
    };
  }
  const vk = await import('../../targets/vulkan/index.js');
  const dev = vk.openVulkanDevice({ deviceIndex: vk.listVulkanDevices().find((d) => d.driverName === 'llvmpipe')?.index });
  const live = new Set<object>();
  const create = dev.createBuffer.bind(dev);
  dev.createBuffer = (n: number, label?: string) => {
    const b = create(n, label);
    live.add(b);
    const destroy = b.destroy.bind(b);
    b.destroy = () => {
      live.delete(b);
      destroy();
    };
    return b;
  };
  const bundle = vk.spirvBundleFromGenerated(kernels, manifest);
  return {
    name,
    matvec: (o) => vk.createVulkanMatVec(dev, { ...o, kernels: bundle, tuning: o.tuning === null ? null : shippedTables }) as Promise<AnyMatVec>,
    activation: (o) => vk.createVulkanActivation(dev, { ...o, kernels: bundle }) as Promise<AnyActivation>,
    recorder: () => new vk.VulkanRecorder(dev),
    async submit(rec) {
      await (rec as InstanceType<typeof vk.VulkanRecorder>).submit();
    },
    liveBuffers: () => (dev.destroyed ? 0 : live.size),
    lose: () => dev.destroy(),
    destroy: () => {
      if (!dev.destroyed) dev.destroy();
    },
  };
}
