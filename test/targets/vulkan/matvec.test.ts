// createVulkanMatVec (targets/vulkan/runtime.ts) and VulkanKernels (targets/vulkan/kernels.ts) on a
// real Vulkan driver: lavapipe when the loader lists it, with the Khronos validation layer on. The
// generated bundle's SPIR-V against kgen's CPU reference, for both paths (integer-dot mmvq and the float
// path), then the error cases.
//
// Needs the native addon (`npx node-gyp rebuild`), a Vulkan driver (mesa-vulkan-drivers) and the
// validation layer (vulkan-validationlayers). KGEN_VK_DEVICE picks another device; KGEN_VK_VALIDATION=0
// runs without the layer.
import test, { type ExecutionContext } from 'ava';
import { findTuning, pickVariant } from '../../../tuning/shipped.js';
import { tmpdir } from 'node:os';

import { build } from '../../../compiler/build.js';
import type { ManifestKernel } from '../../../codegen/manifest.js';
import { kernels as generatedKernels, manifest } from '../../../generated/index.js';
import { dequantize, mmvqReference, quantize } from '../../../index.js';
import { q8_1x4ToQ8_1, quantizeQ8_1x4 } from '../../../targets/js/activation.js';
import { dequantizeQ8_1 } from '../../../targets/js/reference.js';
import { values } from '../../support/matvec-cases.js';
import { listVulkanDevices, openVulkanDevice, type VulkanDevice } from '../../../targets/vulkan/device.js';
import {
  chooseVulkanVariant,
  spirvBundle,
  spirvBundleFromGenerated,
  VulkanKernels,
  vulkanSupport,
  type VulkanSupport,
} from '../../../targets/vulkan/kernels.js';
import { POISON_U32 } from '../../../targets/vulkan/runtime.js';
import { createVulkanMatVec } from '../../../vulkan.js';
import { keyString } from '../../../codegen/kernels/key.js';

process.env.XDG_RUNTIME_DIR ??= tmpdir(); // lavapipe complains without it

const VALIDATION = process.env.KGEN_VK_VALIDATION !== '0';
const bundle = spirvBundleFromGenerated(generatedKernels, manifest);

/** lavapipe when the loader lists it (unless KGEN_VK_DEVICE says otherwise), else the default. */
function pickDeviceIndex(): number | undefined {
  if (process.env.KGEN_VK_DEVICE) return undefined;
  return listVulkanDevices().find((d) => d.driverName === 'llvmpipe')?.index;
}

let dev: VulkanDevice;

test.before(() => {
  dev = openVulkanDevice({ deviceIndex: pickDeviceIndex(), validation: VALIDATION });
});

test.after.always(() => {
  dev?.destroy();
});

test.afterEach.always((t) => {
  t.deepEqual(dev.takeValidationMessages(), [], 'validation messages left after the test');
});

/** K: not a multiple of 128 where the block size allows it (the q8_1x4 tail blocks are then zero). */
const kFor = (format: string) => (manifest.formats.find((f) => f.name === format)!.blockElems === 32 ? 352 : 768);

interface Case { y: Float32Array; ref: ArrayLike<number>; scale: Float64Array }

/** y against ref: NMSE <= 1e-10 and every element within 1e-5 * sum |w x| of its row and column. */
function compare(t: ExecutionContext, { y, ref, scale }: Case, what: string): void {
  t.is(y.length, ref.length, `${what}: output length`);
  let num = 0;
  let den = 0;
  let worst = 0;
  let bad = -1;
  for (let i = 0; i < y.length; i++) {
    const d = y[i] - ref[i];
    num += d * d;
    den += ref[i] * ref[i];
    const rel = Math.abs(d) / scale[i];
    if (!(rel <= worst)) {
      worst = rel;
      if (!(rel <= 1e-5)) bad = bad < 0 ? i : bad;
    }
  }
  const nmse = num / den;
  t.log(`${what}: NMSE ${nmse.toExponential(2)}, max |diff| / sum|w x| ${worst.toExponential(2)}`);
  t.false(y.some((v) => Number.isNaN(v)), `${what}: a NaN (poison) output: a row was not written`);
  t.true(nmse <= 1e-10, `${what}: NMSE ${nmse}`);
  t.true(bad < 0, `${what}: element ${bad}: ${y[bad]} vs ${ref[bad]}, |diff| / sum|w x| = ${worst}`);
}

/** sum over k of |w[r, k] x[c, k]|, [c * rows + r]. */
function absScale(w: Float32Array, x: ArrayLike<number>, rows: number, K: number, ncols: number): Float64Array {
  const out = new Float64Array(rows * ncols);
  for (let c = 0; c < ncols; c++) {
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += Math.abs(w[r * K + k] * x[c * K + k]);
      out[c * rows + r] = s || Number.MIN_VALUE;
    }
  }
  return out;
}

function f64Product(w: Float32Array, x: Float32Array, rows: number, K: number, ncols: number): Float64Array {
  const out = new Float64Array(rows * ncols);
  for (let c = 0; c < ncols; c++) {
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += w[r * K + k] * x[c * K + k];
      out[c * rows + r] = s;
    }
  }
  return out;
}

/** The CPU side of one case: weights (GGUF blocks), x, and the reference and bound of each path. */
function cpuCase(format: string, rows: number, K: number, ncols: number, path: 'mmvq' | 'float', seed = 1) {
  const W = quantize(format, values(rows * K, 1000 + seed));
  const x = values(ncols * K, 2000 + seed);
  x.fill(0, 0, 32); // one all-zero activation block (scale 0)
  const wd = dequantize(format, W, rows, K);
  if (path === 'mmvq') {
    const q8_1 = q8_1x4ToQ8_1(quantizeQ8_1x4(x, K, ncols), K, ncols);
    const ref = mmvqReference(format, W, { q8_1 }, { rows, K, ncols });
    return { W, x, ref, scale: absScale(wd, dequantizeQ8_1(q8_1, ncols * K), rows, K, ncols) };
  }
  return { W, x, ref: f64Product(wd, x, rows, K, ncols), scale: absScale(wd, x, rows, K, ncols) };
}

const FORMATS = ['q4_0', 'q4_k', 'q6_k', 'mxfp4', 'iq4_xs'];
const ROWS = 37; // not a multiple of anything

for (const format of FORMATS) {
  for (const ncols of [1, 3]) {
    for (const path of ['mmvq', 'float'] as const) {
      test.serial(`${format} ncols ${ncols} ${path}: equals the CPU reference`, async (t) => {
        const K = kFor(format);
        const c = cpuCase(format, ROWS, K, ncols, path);
        const mv = await createVulkanMatVec(dev, { format, rows: ROWS, K, ncols, path, kernels: bundle });
        try {
          t.log(`${mv.variant.matvec}${mv.variant.quantize ? ' + ' + mv.variant.quantize : ''}; missing: ${mv.variant.missing.join('; ') || 'nothing'}`);
          if (path === 'mmvq') {
            t.is(mv.variant.quantize, 'quantize_q8_1');
            t.regex(mv.variant.matvec, new RegExp(`^mmvq\\.${format}\\.nc${ncols}\\.r[124]\\.(sg|wg)$`)); // rows per workgroup from the tuning table
          } else {
            t.is(mv.variant.quantize, undefined);
            t.regex(mv.variant.matvec, new RegExp(`^matvec_f32\\.${format}\\.nc\\d\\.r1\\.wg$`));
          }
          mv.upload(c.W);
          const y = await mv.run(c.x);
          compare(t, { y, ref: c.ref, scale: c.scale }, `${format} nc${ncols} ${path}`);
          // A second run on other activations (outputs are poisoned in between) is right too.
          const c2 = cpuCase(format, ROWS, K, ncols, path, 2);
          mv.upload(c2.W);
          compare(t, { y: await mv.run(c2.x), ref: c2.ref, scale: c2.scale }, `${format} nc${ncols} ${path}, second run`);
        } finally {
          mv.destroy();
        }
      });
    }
  }
}

test.serial('lavapipe gets the best variant: mmvq with subgroup reduction, nothing missing', async (t) => {
  const support = vulkanSupport(dev.info);
  if (dev.info.driverName !== 'llvmpipe') return t.pass('not lavapipe');
  t.deepEqual(support, { subgroups: true, dot4i8: true, storage8: true, storage16: true, timestamps: true });
  const mv = await createVulkanMatVec(dev, { format: 'q4_k', rows: 8, K: 256, kernels: bundle, tuning: null });
  t.deepEqual(mv.variant, { matvec: 'mmvq.q4_k.nc1.r1.sg', quantize: 'quantize_q8_1', missing: [] });
  mv.destroy();
  // By default the shipped lavapipe tuning table picks the variant (and its workgroup size).
  const tuned = await createVulkanMatVec(dev, { format: 'q4_k', rows: 8, K: 256, kernels: bundle });
  const want = findTuning('spirv', 'mesa', dev.info.name);
  t.truthy(want, 'a shipped tuning table matches lavapipe');
  const pick = pickVariant(want!, 'q4_k', 1)!;
  t.deepEqual(tuned.variant, { matvec: keyString(pick.key), quantize: 'quantize_q8_1', missing: [], workgroupSize: pick.wg });
  tuned.destroy();
});

test.serial("reduce 'wg' and other workgroup sizes give the same results", async (t) => {
  const format = 'q4_k';
  const K = 1024;
  const rows = 70;
  const sgMin = dev.info.maxSubgroupSize; // the smallest workgroup a subgroup reduction allows
  for (const [reduce, workgroupSize] of [['wg', 128], ['wg', 32], ['sg', 256], ['sg', sgMin]] as const) {
    const c = cpuCase(format, rows, K, 2, 'mmvq', 3);
    const mv = await createVulkanMatVec(dev, { format, rows, K, ncols: 2, path: 'mmvq', reduce, workgroupSize, kernels: bundle });
    t.is(mv.variant.matvec, `mmvq.${format}.nc2.r1.${reduce}`);
    mv.upload(c.W);
    compare(t, { y: await mv.run(c.x), ref: c.ref, scale: c.scale }, `${reduce} @ ${workgroupSize}`);
    mv.destroy();
  }
});

test.serial('runTimed: GPU timestamps of every quantize and mat-vec dispatch, and the same output', async (t) => {
  const format = 'q4_0';
  const K = 512;
  const c = cpuCase(format, ROWS, K, 1, 'mmvq');
  const mv = await createVulkanMatVec(dev, { format, rows: ROWS, K, path: 'mmvq', kernels: bundle });
  mv.upload(c.W);
  const y = await mv.run(c.x);
  const timed = await mv.runTimed(c.x, 4);
  t.is(timed.quantizeNs.length, 4);
  t.is(timed.matvecNs.length, 4);
  t.true([...timed.quantizeNs, ...timed.matvecNs].every((ns) => Number.isFinite(ns) && ns >= 0));
  t.deepEqual(timed.y, y);
  mv.destroy();
  const f = await createVulkanMatVec(dev, { format, rows: ROWS, K, path: 'float', kernels: bundle });
  f.upload(c.W);
  const ft = await f.runTimed(c.x, 2);
  t.deepEqual(ft.quantizeNs, []);
  t.is(ft.matvecNs.length, 2);
  await t.throwsAsync(f.runTimed(c.x, 0), { instanceOf: RangeError, message: /repeats = 0/ });
  f.destroy();
});

test.serial('the poison pattern is a NaN, and a kernel that writes nothing leaves it', async (t) => {
  t.true(Number.isNaN(new Float32Array(new Uint32Array([POISON_U32]).buffer)[0]));
  // rows = 0 in the push constants: the kernel stores nothing, so the poison shows through.
  const kernels = new VulkanKernels(dev, bundle);
  const key = 'matvec_f32.q4_0.nc1.r1.wg';
  const w = dev.createBuffer(64), x = dev.createBuffer(128), y = dev.createBuffer(16);
  dev.fill(w, 0);
  dev.fill(x, 0);
  dev.fill(y, POISON_U32);
  const params = Object.fromEntries(kernels.record(key).params.map((p) => [p.name, 0]));
  dev.run([await kernels.cmd(key, [w, x, y], { ...params, K: 32, rows: 0, w_row_stride: 18, x_col_stride: 8, ne12: 1, r2: 1, r3: 1 }, [1, 1, 1])]);
  t.true(new Float32Array(dev.read(y)).every((v) => Number.isNaN(v)));
  [w, x, y].forEach((b) => b.destroy());
  kernels.destroy();
});

test.serial('an in-memory build() bundle (spirvBundle): the float path runs an exact nc3 kernel', async (t) => {
  const b = await build({ formats: ['q4_0'], targets: ['spirv'], variants: ['quantize_q8_1', 'matvec_f32.q4_0.nc3.r1.wg', 'mmvq.q4_0.nc3.r1.wg'] });
  const mem = spirvBundle(b);
  t.is(mem.kernel('mmvq.q4_0.nc3.r1.sg'), undefined);
  const K = 256;
  for (const path of ['float', 'mmvq'] as const) {
    const c = cpuCase('q4_0', ROWS, K, 3, path, 4);
    const mv = await createVulkanMatVec(dev, { format: 'q4_0', rows: ROWS, K, ncols: 3, path, kernels: mem });
    t.is(mv.variant.matvec, path === 'float' ? 'matvec_f32.q4_0.nc3.r1.wg' : 'mmvq.q4_0.nc3.r1.wg');
    mv.upload(c.W);
    compare(t, { y: await mv.run(c.x), ref: c.ref, scale: c.scale }, `build() ${path}`);
    mv.destroy();
  }
});

// ---------------------------------------------------------------------------------------------
// Errors

test.serial('errors: wrong weight length, wrong x length, ncols 9, unknown format', async (t) => {
  const K = 256;
  const mv = await createVulkanMatVec(dev, { format: 'q4_k', rows: 4, K, ncols: 2, kernels: bundle });
  t.throws(() => mv.upload(new Uint8Array(4 * 144 - 1)), { instanceOf: RangeError, message: 'kgen vulkan: upload: q4_k weights of 4 x 256 must hold 576 bytes, got 575' });
  await t.throwsAsync(mv.run(new Float32Array(2 * K)), { message: /upload the weights first/ });
  mv.upload(new Uint8Array(4 * 144));
  await t.throwsAsync(mv.run(new Float32Array(K)), { instanceOf: RangeError, message: 'kgen vulkan: run: x (ncols x K = 2 x 256) must hold 512 values, got 256' });
  t.is((await mv.run(new Float32Array(2 * K))).length, 8);
  await t.throwsAsync(mv.run(new Uint8Array(8) as never), { instanceOf: TypeError, message: 'kgen vulkan: run: x (ncols x K = 2 x 256) must be a Float32Array, got Uint8Array' });
  mv.destroy();
  await t.throwsAsync(mv.run(new Float32Array(2 * K)), { message: /this mat-vec has been destroyed/ });
  mv.destroy(); // twice is fine

  await t.throwsAsync(createVulkanMatVec(dev, { format: 'q4_k', rows: 4, K, ncols: 9, kernels: bundle }), { instanceOf: RangeError, message: 'kgen vulkan: createVulkanMatVec: ncols = 9 must be 1..8' });
  await t.throwsAsync(createVulkanMatVec(dev, { format: 'q4_k', rows: 4, K, ncols: 0, kernels: bundle }), { instanceOf: RangeError, message: /ncols = 0/ });
  const e = await t.throwsAsync(createVulkanMatVec(dev, { format: 'q9_z', rows: 4, K, kernels: bundle }));
  t.regex(e!.message, /^kgen vulkan: createVulkanMatVec: unknown format 'q9_z'; the bundle has .*q4_k/);
  await t.throwsAsync(createVulkanMatVec(dev, { format: 'q4_k', rows: 4, K: 100, kernels: bundle }), { instanceOf: RangeError, message: /K = 100 must be a positive multiple of q4_k's block size 256/ });
  await t.throwsAsync(createVulkanMatVec(dev, { format: 'q4_k', rows: 0, K, kernels: bundle }), { instanceOf: RangeError, message: /rows = 0/ });
  await t.throwsAsync(createVulkanMatVec(dev, { format: 'q4_k', rows: 4, K, workgroupSize: 100, kernels: bundle }), { instanceOf: RangeError, message: /workgroup size 100 must be a power of two/ });
  await t.throwsAsync(createVulkanMatVec(dev, { format: 'q4_k', rows: 4, K, workgroupSize: 4096, kernels: bundle }), { instanceOf: RangeError, message: /workgroup size 4096/ });
  await t.throwsAsync(createVulkanMatVec(undefined as unknown as VulkanDevice, { format: 'q4_k', rows: 4, K, kernels: bundle }), { instanceOf: TypeError, message: /needs a VulkanDevice/ });
  await t.throwsAsync(createVulkanMatVec(dev, { format: 'q4_k', rows: 4, K } as never), { instanceOf: TypeError, message: /needs opts.kernels/ });
});

test.serial('errors: a destroyed device', async (t) => {
  const other = openVulkanDevice({ deviceIndex: dev.info.index, validation: false });
  const mv = await createVulkanMatVec(other, { format: 'q4_0', rows: 4, K: 32, kernels: bundle });
  mv.upload(new Uint8Array(4 * 18));
  other.destroy();
  await t.throwsAsync(mv.run(new Float32Array(32)), { message: /the device has been destroyed/ });
  t.notThrows(() => mv.destroy());
  await t.throwsAsync(createVulkanMatVec(other, { format: 'q4_0', rows: 4, K: 32, kernels: bundle }), { message: /the device has been destroyed/ });
});

test.serial('VulkanKernels.pushBytes: the record\'s offsets; unknown, missing and non-u32 values are errors', (t) => {
  const k = new VulkanKernels(dev, bundle);
  const key = 'quantize_q8_1';
  const bytes = k.pushBytes(key, { K: 4096, x_col_stride: 4096, out_col_stride: 1152 });
  t.is(bytes.byteLength, k.record(key).targets.spirv!.params.bytes);
  t.deepEqual([...new Uint32Array(bytes.buffer)], [4096, 4096, 1152]);
  t.throws(() => k.pushBytes(key, { K: 1, x_col_stride: 1, out_col_stride: 1, nope: 1 }), { message: /quantize_q8_1 has no parameter 'nope'; its parameters are K, x_col_stride, out_col_stride/ });
  t.throws(() => k.pushBytes(key, { K: 1 }), { message: 'kgen vulkan: quantize_q8_1: missing parameters x_col_stride, out_col_stride' });
  for (const bad of [-1, 1.5, 2 ** 32, NaN]) {
    t.throws(() => k.pushBytes(key, { K: bad, x_col_stride: 1, out_col_stride: 1 }), { instanceOf: RangeError, message: `kgen vulkan: quantize_q8_1: parameter K = ${bad} is not a u32` });
  }
  t.throws(() => k.pushBytes('mmvq.q4_k.nc9.r1.sg', {}), { message: "kgen vulkan: no kernel 'mmvq.q4_k.nc9.r1.sg' with SPIR-V in the bundle" });
  k.destroy();
});

test.serial('VulkanKernels: pipelines are cached per key and workgroup size; cmd checks buffers and grid', async (t) => {
  const k = new VulkanKernels(dev, bundle);
  const key = 'mmvq.q4_0.nc1.r1.sg';
  const p1 = await k.pipeline(key);
  t.is(await k.pipeline(key), p1);
  t.is(await k.pipeline(key, 128), p1); // 128 is the record's default
  t.not(await k.pipeline(key, 64), p1);
  const b = dev.createBuffer(64);
  const params = Object.fromEntries(k.record(key).params.map((p) => [p.name, 1]));
  await t.throwsAsync(k.cmd(key, [b, b], params, [1, 1, 1]), { message: /binds 3 buffers \(w, x, y\), got 2/ });
  await t.throwsAsync(k.cmd(key, [b, b, b], params, [0, 1, 1]), { instanceOf: RangeError, message: /dimension 0 must be 1\.\./ });
  const cmd = await k.cmd(key, [b, b, b], params, [1, 1, 1]);
  t.is(cmd.pipeline, p1);
  t.is(cmd.push!.byteLength, k.record(key).targets.spirv!.params.bytes);
  b.destroy();
  k.destroy();
  t.true(p1.destroyed);
});

const fakeBundle = (keys: string[]) => {
  const records = new Map<string, ManifestKernel>();
  for (const key of keys) {
    const real = bundle.kernel(key)?.record;
    if (real) records.set(key, real);
  }
  return (key: string) => records.get(key);
};

test('chooseVulkanVariant mirrors chooseVariant: best supported, else the baseline, and says what was missing', (t) => {
  const all: VulkanSupport = { subgroups: true, dot4i8: true, storage8: true, storage16: true, timestamps: true };
  const lookup = (key: string) => bundle.kernel(key)?.record;
  t.deepEqual(chooseVulkanVariant(all, { format: 'q6_k' }, lookup), { matvec: 'mmvq.q6_k.nc1.r1.sg', quantize: 'quantize_q8_1', missing: [] });
  const noSg = chooseVulkanVariant({ ...all, subgroups: false }, { format: 'q6_k', ncols: 5 }, lookup);
  t.is(noSg.matvec, 'mmvq.q6_k.nc5.r1.wg');
  t.is(noSg.missing.length, 1);
  t.regex(noSg.missing[0], /subgroup/);
  const noDot = chooseVulkanVariant({ ...all, dot4i8: false }, { format: 'q4_k', ncols: 3 }, lookup);
  t.deepEqual(noDot.matvec, 'matvec_f32.q4_k.nc4.r1.wg'); // the default bundle's float path has ncols 1, 2, 4, 8
  t.is(noDot.quantize, undefined);
  t.regex(noDot.missing.join('\n'), /shaderIntegerDotProduct/);
  // A format whose mmvq needs 8-bit storage loads, on a device without them.
  const needs8 = ['q4_0', 'q4_k', 'q6_k', 'mxfp4', 'iq4_xs'].find((f) => lookup(`mmvq.${f}.nc1.r1.sg`)!.capabilities.includes('storage8'));
  if (needs8) {
    const v = chooseVulkanVariant({ ...all, storage8: false }, { format: needs8 }, lookup);
    t.regex(v.matvec, /^matvec_f32\./);
    t.regex(v.missing.join('\n'), /storageBuffer8BitAccess/);
  }
  t.throws(() => chooseVulkanVariant({ ...all, subgroups: false }, { format: 'q4_k', reduce: 'sg' }, lookup), { message: /no q4_k mat-vec kernel for path 'auto', reduce 'sg'.*\n.*subgroup/s });
  t.throws(() => chooseVulkanVariant({ ...all, dot4i8: false }, { format: 'q4_k', path: 'mmvq' }, lookup), { message: /shaderIntegerDotProduct/ });
  t.throws(() => chooseVulkanVariant(all, { format: 'q4_k', ncols: 9 }, lookup), { instanceOf: RangeError, message: /ncols = 9/ });
  t.throws(() => chooseVulkanVariant(all, { format: 'q4_k', path: 'float', reduce: 'sg' }, lookup), { message: /not in the bundle: matvec_f32\.q4_k\.nc1\.r1\.sg/ });
  t.throws(() => chooseVulkanVariant(all, { format: 'q4_k', path: 'fast' as never }, lookup), { message: /path 'fast'/ });
  // Explicit wg on a subgroup device; a bundle that only has the baseline.
  t.is(chooseVulkanVariant(all, { format: 'q4_k', reduce: 'wg' }, lookup).matvec, 'mmvq.q4_k.nc1.r1.wg');
  t.is(chooseVulkanVariant(all, { format: 'q4_k', ncols: 2 }, fakeBundle(['matvec_f32.q4_k.nc2.r1.wg'])).matvec, 'matvec_f32.q4_k.nc2.r1.wg');
});
