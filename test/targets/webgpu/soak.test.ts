// Soak: 20,000 runs through the webgpu runtime on one device (lavapipe in CI): four mat-vecs of mixed
// formats, shapes and paths in bursts of concurrent runs, gc() every 100 runs, a mat-vec re-created
// every 1,000, every 50th result against the CPU reference. At the end: no crash or hang, and the live
// GPU buffers and the process RSS bounded (both printed). The RSS bound (24 MB over 19,000 runs; 5-11 MB measured)
// is there for leaks like one found by this test:
// a reaction added to device.lost per run (+21 MB per 20,000 runs, and half the speed).
import test from 'ava';
import { runSoak } from '../../support/spawn-soak.js';

const RUNS = 20_000;

test(`webgpu: ${RUNS} runs with gc() pressure: right results, live buffers and RSS bounded`, (t) => {
  const r = runSoak(['soak', 'webgpu', String(RUNS)], 300_000);
  t.is(r.status, 0, `exit ${r.status} ${r.signal ?? ''}\n${r.out}`);
  const s = r.result as { runs: number; checked: number; failures: string[]; warm: { buffers: number; rss: number }; end: { buffers: number; rss: number }; afterDestroy: number; msPerRun: number };
  t.truthy(s, `no figures printed:\n${r.out}`);
  t.is(s.runs, RUNS);
  t.is(s.checked, RUNS / 50);
  t.deepEqual(s.failures, []);
  // The same mat-vecs are alive at run 1,000 and at the end (20 were re-created meanwhile).
  t.is(s.end.buffers, s.warm.buffers, 'live GPU buffers after warm-up vs at the end');
  t.is(s.afterDestroy, 0, 'GPU buffers left after destroying every mat-vec');
  t.true(s.end.rss - s.warm.rss < 24, `RSS grew from ${s.warm.rss} MB (run 1,000) to ${s.end.rss} MB`);
  t.log(`${s.runs} runs, ${s.checked} checked against the CPU reference, ${s.msPerRun.toFixed(2)} ms per run; live GPU buffers ${s.warm.buffers} at run 1,000, ${s.end.buffers} at the end, ${s.afterDestroy} after destroy; RSS ${s.warm.rss} MB at run 1,000, ${s.end.rss} MB at the end`);
});
