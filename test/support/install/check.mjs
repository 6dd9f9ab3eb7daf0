// Run inside a project that installed the packed kgen tarball (see test/install.test.ts): the
// package's entry points load, the CPU reference and the WebGPU runtime (Dawn, on lavapipe here)
// agree on a small q8_0 mat-vec, and kgen/vulkan explains why it is unavailable. Prints one JSON line.
import { formats, mmvqReference, quantize } from 'kgen';
import { kernels, manifest } from 'kgen/generated';
import { vulkanStatus, openVulkanDevice, VulkanUnavailableError } from 'kgen/vulkan';
import { bundleFromGenerated, createMatVec, openWebGpu } from 'kgen/webgpu';

const out = { formats: Object.keys(formats).sort() };

const rows = 64;
const K = 256;
let s = 12345;
const random = (n) => Float32Array.from({ length: n }, () => {
  s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
  return (s / 2 ** 32) * 2 - 1;
});
const W = quantize('q8_0', random(rows * K));
const x = random(K);
const ref = mmvqReference('q8_0', W, x, { rows, K, ncols: 1 });

const gpu = await openWebGpu();
try {
  const mv = await createMatVec(gpu.device, { format: 'q8_0', rows, K, kernels: bundleFromGenerated(kernels, manifest), wgslFeatures: gpu.wgslFeatures });
  mv.upload(W);
  const y = await mv.run(x);
  let maxRef = 0;
  let maxDiff = 0;
  for (let i = 0; i < rows; i++) {
    maxRef = Math.max(maxRef, Math.abs(ref[i]));
    maxDiff = Math.max(maxDiff, Math.abs(y[i] - ref[i]));
  }
  out.webgpu = { variant: mv.variant.matvec, rows: y.length, relDiff: maxDiff / maxRef, adapter: gpu.device.adapterInfo?.description ?? '' };
  mv.destroy();
} finally {
  gpu.destroy();
}

const status = vulkanStatus();
out.vulkanStatus = status.available ? { available: true } : { available: false, reason: status.reason, message: status.message };
try {
  openVulkanDevice().destroy();
  out.vulkanOpen = 'opened';
} catch (e) {
  out.vulkanOpen = { error: e instanceof VulkanUnavailableError ? e.reason : 'other', message: e.message };
}
console.log(JSON.stringify(out));
process.exit(0); // Dawn may keep the event loop alive
