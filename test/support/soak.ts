// The soak and device-churn runs, as a child process (node --expose-gc --import=tsx), driven by
// test/soak-*.test.ts. Prints progress lines and, last, one JSON line with the figures.
//
//   soak RUNTIME RUNS     mixed shapes, formats and paths through one device; gc() pressure; every
//                         CHECK_EVERY-th result against the CPU reference; mat-vecs re-created now and then
//   churn RUNTIME DEVICES open and destroy devices, each doing a buffer round trip (every 25th a mat-vec)
import { mismatch, reference, values, weights } from './matvec-cases.js';
import { openRuntime, type AnyMatVec, type Runtime } from './runtimes.js';

const [mode, name, countArg] = process.argv.slice(2) as ['soak' | 'churn', 'webgpu' | 'vulkan', string];
const count = Number(countArg);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const CHECK_EVERY = 50;

interface Slot { format: string; ncols: number; path: 'mmvq' | 'float'; shapes: [number, number][] }
// Formats of both block sizes, ncols 1..3, both paths (float ncols 3 pads to nc4).
const SLOTS: Slot[] = [
  { format: 'q4_0', ncols: 1, path: 'mmvq', shapes: [[16, 256], [37, 352], [64, 512]] },
  { format: 'q4_k', ncols: 2, path: 'mmvq', shapes: [[24, 256], [40, 512]] },
  { format: 'q8_0', ncols: 3, path: 'float', shapes: [[20, 256], [33, 320]] },
  { format: 'q6_k', ncols: 1, path: 'mmvq', shapes: [[32, 256], [17, 512]] },
];

interface Live { slot: Slot; rows: number; K: number; W: Uint8Array; mv: AnyMatVec }

async function make(rt: Runtime, slot: Slot, i: number): Promise<Live> {
  const [rows, K] = slot.shapes[i % slot.shapes.length];
  const mv = await rt.matvec({ format: slot.format, rows, K, ncols: slot.ncols, path: slot.path });
  const W = weights(slot.format, rows, K, i);
  mv.upload(W);
  return { slot, rows, K, W, mv };
}

async function soak(rt: Runtime, runs: number) {
  const t0 = performance.now();
  const live: Live[] = [];
  for (const [i, s] of SLOTS.entries()) live.push(await make(rt, s, i));
  const xs = new Map<string, Float32Array[]>();
  const xFor = (l: Live, i: number) => {
    const id = `${l.slot.ncols}x${l.K}`;
    if (!xs.has(id)) xs.set(id, Array.from({ length: 4 }, (_, j) => values(l.slot.ncols * l.K, 7 + j)));
    return xs.get(id)![i % 4];
  };
  console.log(`${rt.name}: ${SLOTS.length} mat-vecs ready in ${((performance.now() - t0) / 1e3).toFixed(1)} s; rss ${mb()} MB`);
  const t1 = performance.now();
  let checked = 0;
  let recreated = 0;
  const failures: string[] = [];
  let warm: { buffers: number; rss: number } | undefined;
  const rssSeen: number[] = [];
  for (let i = 0; i < runs; ) {
    // Bursts of concurrent runs on different mat-vecs, as an engine issues them.
    const burst = Math.min(4, runs - i);
    const jobs = Array.from({ length: burst }, (_, j) => {
      const n = i + j;
      const l = live[n % live.length];
      const x = xFor(l, n >> 2);
      return l.mv.run(x).then((y) => ({ n, l, x, y }));
    });
    for (const { n, l, x, y } of await Promise.all(jobs)) {
      if (n % CHECK_EVERY === 0) {
        const { ref, scale } = reference(l.slot.format, l.W, x, l.rows, l.K, l.slot.ncols, l.slot.path);
        const bad = mismatch(y, ref, scale);
        checked++;
        if (bad) failures.push(`run ${n} (${l.mv.variant.matvec} ${l.rows}x${l.K}): ${bad}`);
      }
    }
    i += burst;
    if (i % 100 === 0) gc!();
    // Now and then a mat-vec is destroyed and one of another shape made (creation and freeing under load).
    if (i % 1000 === 0) {
      const k = (i / 1000) % live.length;
      live[k].mv.destroy();
      live[k] = await make(rt, live[k].slot, i / 1000);
      recreated++;
    }
    if (i === 1000) warm = { buffers: rt.liveBuffers(), rss: mb() };
    if (i % 2000 === 0) {
      rssSeen.push(mb());
      console.log(`${rt.name}: ${i} runs, ${rt.liveBuffers()} live GPU buffers, rss ${mb()} MB, ${((performance.now() - t1) / i).toFixed(2)} ms per run`);
    }
  }
  gc!();
  const end = { buffers: rt.liveBuffers(), rss: mb() };
  for (const l of live) l.mv.destroy();
  const afterDestroy = rt.liveBuffers();
  return { runs, checked, recreated, failures, warm, end, afterDestroy, rssSeen, msPerRun: (performance.now() - t1) / runs };
}

async function churn(name: 'webgpu' | 'vulkan', devices: number) {
  const t0 = performance.now();
  const rss: number[] = [];
  let mvRuns = 0;
  for (let d = 0; d < devices; d++) {
    const rt = await openRuntime(name);
    if (d % 25 === 0) {
      const l = await make(rt, SLOTS[0], d);
      const x = values(l.K, d);
      const { ref, scale } = reference(l.slot.format, l.W, x, l.rows, l.K, 1, 'mmvq');
      const bad = mismatch(await l.mv.run(x), ref, scale);
      if (bad) throw new Error(`device ${d}: ${bad}`);
      l.mv.destroy();
      mvRuns++;
    } else {
      // A device's smallest useful life: an activation written and quantized, then freed.
      const act = await rt.activation({ K: 256, quantized: false });
      act.write(values(256, d));
      act.destroy();
    }
    rt.destroy();
    if (d % 10 === 9) {
      gc!();
      rss.push(mb());
    }
  }
  gc!();
  let open = 0;
  if (name === 'webgpu') {
    // Device loss (here: destroy) resolves asynchronously; give Dawn a moment to report it.
    const { openWebGpuCount } = await import('../../targets/webgpu/device.js');
    for (let i = 0; i < 50 && openWebGpuCount() > 0; i++) await new Promise((r) => setTimeout(r, 20));
    open = openWebGpuCount();
  }
  return { devices, mvRuns, stillOpen: open, rss, seconds: (performance.now() - t0) / 1e3 };
}

const rss0 = mb();
const result = mode === 'soak' ? { rss0, ...(await soak(await openRuntime(name), count)) } : { rss0, ...(await churn(name, count)) };
console.log(JSON.stringify({ mode, runtime: name, ...result }));
// Dawn may keep the event loop alive after its devices are gone.
process.exit(0);
