// A quantized mat-vec through every runtime that is present, against kgen's CPU reference.
//
//   npx tsx examples/matvec.ts [format] [rows] [K]        (defaults: q4_k 4096 4096)
//
// The weights are a random f32 matrix quantized by kgen's own quantizer, so they are GGUF-layout
// blocks (what a .gguf file holds). The activations stay f32: each GPU runtime quantizes them to q8_1
// on the GPU (the CPU reference uses quantizeQ8_1x4, the CPU twin of that kernel). Both GPU runtimes
// load the generated bundle (generated/): WGSL for WebGPU (the `webgpu` package: Dawn), SPIR-V for
// Vulkan (the native addon in targets/vulkan). On a machine without a GPU, Dawn and the Vulkan runtime
// both use lavapipe, Mesa's CPU Vulkan driver.
import { kernels, manifest } from '../generated/index.js';
import { formats, mmvqReference, quantize } from '../index.js';
import { q8_1x4ToQ8_1, quantizeQ8_1x4 } from '../targets/js/activation.js';
import { openVulkanDevice } from '../targets/vulkan/device.js';
import { spirvBundleFromGenerated } from '../targets/vulkan/kernels.js';
import { createVulkanMatVec } from '../vulkan.js';
import { bundleFromGenerated, createMatVec, openWebGpu, type WebGpu } from '../webgpu.js';

process.env.XDG_RUNTIME_DIR ??= '/tmp'; // lavapipe warns without it

const format = process.argv[2] ?? 'q4_k';
const rows = Number(process.argv[3] ?? 4096);
const K = Number(process.argv[4] ?? 4096);
const SHOW = 8;
const REPEATS = 10;

const info = formats[format];
if (!info) {
  console.error(`unknown format '${format}'; formats: ${Object.keys(formats).sort().join(', ')}`);
  process.exit(2);
}
if (!(Number.isInteger(rows) && rows > 0 && Number.isInteger(K) && K > 0 && K % info.blockElems === 0)) {
  console.error(`rows must be a positive integer and K a positive multiple of ${format}'s block size ${info.blockElems}`);
  process.exit(2);
}

/** Seeded values in [-1, 1) (xorshift32). */
function random(n: number, seed: number): Float32Array {
  let s = seed;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[i] = (s / 2 ** 32) * 2 - 1;
  }
  return out;
}

const ms = (ns: number) => `${(ns / 1e6).toFixed(3)} ms`;
const median = (a: number[]) => [...a].sort((p, q) => p - q)[Math.floor(a.length / 2)];

console.log(`kgen mat-vec: ${format} (${info.blockElems} values per ${info.blockBytes}-byte block), ${rows} x ${K} weights, 1 column`);
const t0 = performance.now();
const W = quantize(format, random(rows * K, 1), { importance: new Float32Array(K).fill(1) }); // an all-ones importance matrix: iq2_xxs/iq2_xs need one
console.log(`weights quantized by kgen's ${format} quantizer: ${W.length} bytes (${(performance.now() - t0).toFixed(0)} ms)`);
const x = random(K, 2);

// CPU reference: kgen's emitted reference on the same q8_1 activations the GPU kernel computes.
const c0 = performance.now();
const q8_1 = q8_1x4ToQ8_1(quantizeQ8_1x4(x, K, 1), K, 1);
const ref = mmvqReference(format, W, { q8_1 }, { rows, K, ncols: 1 });
const cpuMs = performance.now() - c0;

interface Result { name: string; y?: Float32Array; variant?: string; missing?: string[]; time?: string; error?: string }
const results: Result[] = [];

// WebGPU (Dawn through the `webgpu` package).
{
  const r: Result = { name: 'WebGPU' };
  results.push(r);
  let gpu: WebGpu | undefined;
  try {
    // openWebGpu keeps Dawn's instance alive as long as the device (see targets/webgpu/device.ts).
    gpu = await openWebGpu();
    const mv = await createMatVec(gpu.device, { format, rows, K, kernels: bundleFromGenerated(kernels, manifest), wgslFeatures: gpu.wgslFeatures });
    mv.upload(W);
    r.y = await mv.run(x); // also compiles the pipelines
    const w0 = performance.now();
    for (let i = 0; i < REPEATS; i++) await mv.run(x);
    r.time = `${((performance.now() - w0) / REPEATS).toFixed(3)} ms per run (wall, upload of x and read-back included)`;
    r.variant = [mv.variant.quantize, mv.variant.matvec].filter(Boolean).join(' + ');
    r.missing = mv.variant.missing;
    mv.destroy();
  } catch (e) {
    r.error = e instanceof Error ? e.message : String(e);
  } finally {
    gpu?.destroy();
  }
}

// Vulkan (kgen's native runtime).
{
  const r: Result = { name: 'Vulkan' };
  results.push(r);
  try {
    const device = openVulkanDevice();
    try {
      const mv = await createVulkanMatVec(device, { format, rows, K, kernels: spirvBundleFromGenerated(kernels, manifest) });
      mv.upload(W);
      r.y = await mv.run(x);
      const t = await mv.runTimed(x, REPEATS);
      const q = t.quantizeNs.length ? median(t.quantizeNs) : 0;
      const m = median(t.matvecNs);
      r.time = `${ms(q + m)} per run (GPU timestamps, median of ${REPEATS}: quantize ${ms(q)} + mat-vec ${ms(m)}) on ${device.info.name}`;
      r.variant = [mv.variant.quantize, mv.variant.matvec].filter(Boolean).join(' + ');
      r.missing = mv.variant.missing;
      mv.destroy();
    } finally {
      device.destroy();
    }
  } catch (e) {
    r.error = e instanceof Error ? e.message : String(e);
  }
}

// The first outputs side by side.
const cols = [{ name: 'CPU reference', y: ref as ArrayLike<number> }, ...results.map((r) => ({ name: r.name, y: r.y as ArrayLike<number> | undefined }))];
const fmt = (v: number | undefined) => (v === undefined ? '-' : v.toFixed(6)).padStart(16);
console.log('\n' + ['row'.padStart(5), ...cols.map((c) => c.name.padStart(16))].join(' '));
for (let i = 0; i < Math.min(SHOW, rows); i++) console.log([String(i).padStart(5), ...cols.map((c) => fmt(c.y?.[i]))].join(' '));

let refMax = 0;
for (let i = 0; i < rows; i++) refMax = Math.max(refMax, Math.abs(ref[i]));
console.log(`\nCPU reference: ${cpuMs.toFixed(1)} ms (wall, one run in JavaScript)`);
for (const r of results) {
  if (!r.y) {
    console.log(`${r.name}: not run: ${r.error}`);
    continue;
  }
  let maxAbs = 0;
  let maxRel = 0;
  for (let i = 0; i < rows; i++) {
    const d = Math.abs(r.y[i] - ref[i]);
    maxAbs = Math.max(maxAbs, d);
    if (Math.abs(ref[i]) > 1e-3 * refMax) maxRel = Math.max(maxRel, d / Math.abs(ref[i]));
  }
  console.log(`${r.name}: variant ${r.variant}; missing: ${r.missing!.length ? r.missing!.join('; ') : 'nothing'}`);
  console.log(`  max relative difference ${maxRel.toExponential(2)} (outputs above 1e-3 max|y|), max |diff| / max|y| ${(maxAbs / refMax).toExponential(2)}`);
  console.log(`  ${r.time}`);
}
// Dawn may keep the event loop alive after its devices are gone.
process.exit(results.some((r) => r.y && r.y.some((v) => Number.isNaN(v))) ? 1 : 0);
