// Both runtimes through the same API shape (targets/runtime/core.ts): results against the CPU
// reference, the float path's ncols padding, the engine API (one activation, several mat-vecs, one
// submission), concurrent runs, no buffer allocation in steady state, and the errors.
import test from 'ava';
import { mismatch, reference, values, weights } from '../../support/matvec-cases.js';
import { openRuntime, type Runtime } from '../../support/runtimes.js';

for (const name of ['webgpu', 'vulkan'] as const) {
  let rt: Runtime;
  test.before(async () => {
    rt = await openRuntime(name);
  });
  test.after.always(() => rt?.destroy());

  for (const [format, K] of [['q4_0', 352], ['q4_k', 768], ['q6_k', 512], ['iq4_nl', 256]] as const) {
    for (const ncols of [1, 3]) {
      for (const path of ['mmvq', 'float'] as const) {
        test.serial(`${name}: ${format} ncols ${ncols} ${path} equals the CPU reference`, async (t) => {
          const rows = 37;
          const mv = await rt.matvec({ format, rows, K, ncols, path });
          try {
            // ncols 3 on the float path: both runtimes pad to the nc4 kernel.
            if (path === 'float') t.regex(mv.variant.matvec, new RegExp(`^matvec_f32\\.${format}\\.nc${ncols === 3 ? 4 : 1}\\.`));
            else t.regex(mv.variant.matvec, new RegExp(`^mmvq\\.${format}\\.nc${ncols}\\.`));
            const W = weights(format, rows, K, 1);
            const x = values(ncols * K, 2);
            mv.upload(W);
            const { ref, scale } = reference(format, W, x, rows, K, ncols, path);
            t.is(mismatch(await mv.run(x), ref, scale), undefined);
          } finally {
            mv.destroy();
          }
        });
      }
    }
  }

  test.serial(`${name}: one activation quantized once feeds three mat-vecs in one submission; read back only when asked`, async (t) => {
    const K = 512;
    const shapes = [['q4_k', 40], ['q8_0', 24], ['q6_k', 24]] as const; // Q, K, V
    const mvs = await Promise.all(shapes.map(([format, rows]) => rt.matvec({ format, rows, K })));
    const Ws = shapes.map(([format, rows], i) => weights(format, rows, K, 10 + i));
    mvs.forEach((m, i) => m.upload(Ws[i]));
    const act = await rt.activation({ K });
    const before = rt.liveBuffers();
    for (let step = 0; step < 3; step++) {
      const x = values(K, 50 + step);
      act.write(x);
      const rec = rt.recorder();
      act.encode(rec);
      for (const m of mvs) m.encode(rec, act);
      await rt.submit(rec);
      for (const [i, m] of mvs.entries()) {
        const [format, rows] = shapes[i];
        const { ref, scale } = reference(format, Ws[i], x, rows, K, 1, 'mmvq');
        t.is(mismatch(await m.read(), ref, scale), undefined, `step ${step}, ${format}`);
      }
    }
    t.true(rt.liveBuffers() <= before + mvs.length, `buffers: ${before} before, ${rt.liveBuffers()} after (read-back buffers are pooled)`);
    act.destroy();
    mvs.forEach((m) => m.destroy());
  });

  test.serial(`${name}: concurrent runs each get their own result; steady state allocates no buffers`, async (t) => {
    const format = 'q5_k', rows = 33, K = 512, ncols = 2;
    const mv = await rt.matvec({ format, rows, K, ncols });
    const W = weights(format, rows, K, 3);
    mv.upload(W);
    const xs = Array.from({ length: 8 }, (_, i) => values(ncols * K, 100 + i));
    const warm = await Promise.all(xs.map((x) => mv.run(x)));
    const live = rt.liveBuffers();
    for (let round = 0; round < 5; round++) {
      const ys = await Promise.all(xs.map((x) => mv.run(x)));
      ys.forEach((y, i) => t.deepEqual(y, warm[i], `round ${round}, run ${i}`));
    }
    t.is(rt.liveBuffers(), live, 'no buffer made or lost after the first round');
    const { ref, scale } = reference(format, W, xs[5], rows, K, ncols, 'mmvq');
    t.is(mismatch(warm[5], ref, scale), undefined);
    mv.destroy();
  });

  test.serial(`${name}: clear errors for run before upload, wrong sizes, a foreign activation and use after destroy`, async (t) => {
    const K = 256;
    const mv = await rt.matvec({ format: 'q4_k', rows: 4, K, ncols: 2 });
    const n = name === 'webgpu' ? 'webgpu' : 'vulkan';
    await t.throwsAsync(mv.run(new Float32Array(2 * K)), { message: `kgen ${n}: run: upload the weights first` });
    t.throws(() => mv.upload(new Uint8Array(10)), { instanceOf: RangeError, message: `kgen ${n}: upload: q4_k weights of 4 x 256 must hold 576 bytes, got 10` });
    mv.upload(new Uint8Array(576));
    await t.throwsAsync(mv.run(new Float32Array(K)), { instanceOf: RangeError, message: `kgen ${n}: run: x (ncols x K = 2 x 256) must hold 512 values, got 256` });
    const other = await rt.activation({ K: 512, ncols: 2 });
    t.throws(() => mv.encode(rt.recorder(), other), { instanceOf: RangeError, message: `kgen ${n}: encode: the activation is 2 x 512, this mat-vec takes 2 x 256` });
    other.destroy();
    const fl = await rt.activation({ K, ncols: 2, quantized: false });
    t.throws(() => mv.encode(rt.recorder(), fl), { message: /reads q8_1x4 activations; create the activation with quantized: true/ });
    fl.destroy();
    mv.destroy();
    await t.throwsAsync(mv.run(new Float32Array(2 * K)), { message: `kgen ${n}: run: this mat-vec has been destroyed` });
    await t.throwsAsync(rt.matvec({ format: 'q4_k', rows: 4, K: 100 }), { instanceOf: RangeError, message: /createV?u?l?k?a?n?MatVec: K = 100 must be a positive multiple of q4_k's block size 256/ });
  });
}

test.serial('webgpu: a validation error during a run rejects with the driver message; device loss rejects pending and later runs', async (t) => {
  const rt = await openRuntime('webgpu');
  const K = 256;
  const mv = await rt.matvec({ format: 'q4_0', rows: 8, K });
  mv.upload(new Uint8Array(8 * 8 * 18));
  await mv.run(new Float32Array(K));
  const broken = await rt.matvec({ format: 'q4_0', rows: 8, K });
  broken.upload(new Uint8Array(8 * 8 * 18));
  (broken as unknown as { output: GPUBuffer }).output.destroy(); // the kernel's output is gone: submit fails validation
  const e = await t.throwsAsync(broken.run(new Float32Array(K)));
  t.regex(e!.message, /^kgen webgpu: run: WebGPU error: validation: .*destroyed/is);
  // Device loss while runs are pending: they reject, and so do later calls.
  const pending = [mv.run(new Float32Array(K)), mv.run(new Float32Array(K))];
  rt.lose();
  const results = await Promise.allSettled(pending);
  for (const r of results) if (r.status === 'rejected') t.regex(String((r.reason as Error).message), /kgen webgpu: run: /);
  await t.throwsAsync(mv.run(new Float32Array(K)), { message: /kgen webgpu: run: the device has been destroyed/ });
  rt.destroy();
});

test.serial('vulkan: GPU work that does not finish rejects with the driver message (never a hang), and so does every later call', async (t) => {
  const vk = await import('../../../targets/vulkan/index.js');
  const { kernels, manifest } = await import('../../../generated/index.js');
  // A 1 ms fence timeout: the weights' fill or the mat-vec (8192 x 4096 q8_0 on lavapipe) cannot finish in time.
  const dev = vk.openVulkanDevice({ deviceIndex: vk.listVulkanDevices().find((d) => d.driverName === 'llvmpipe')?.index, timeoutMs: 1 });
  const rows = 8192, K = 4096;
  let first: Error | undefined;
  let mv: Awaited<ReturnType<typeof vk.createVulkanMatVec>> | undefined;
  try {
    mv = await vk.createVulkanMatVec(dev, { format: 'q8_0', rows, K, kernels: vk.spirvBundleFromGenerated(kernels, manifest), tuning: null });
    mv.upload(new Uint8Array((rows * K * 34) / 32));
    await mv.run(new Float32Array(K));
  } catch (e) {
    first = e as Error;
  }
  t.truthy(first, 'a 1 ms timeout passed');
  t.regex(first!.message, /^kgen vulkan: vkWaitForFences\(\w+\) failed: VK_TIMEOUT .*the device cannot be used any more/);
  if (mv) await t.throwsAsync(mv.run(new Float32Array(K)), { message: /unusable|cannot be used/ });
  else await t.throwsAsync(vk.createVulkanActivation(dev, { K, kernels: vk.spirvBundleFromGenerated(kernels, manifest) }), { message: /unusable|cannot be used/ });
  dev.destroy();
});
