// 100 devices created and destroyed in one process, per runtime (every 25th runs a mat-vec against the
// CPU reference, the others write an activation): no crash or hang, no instance left alive, RSS bounded.
import test from 'ava';
import { runSoak } from '../../support/spawn-soak.js';

for (const name of ['webgpu', 'vulkan']) {
  test(`${name}: 100 devices opened and destroyed in one process`, (t) => {
    const r = runSoak(['churn', name, '100'], 240_000);
    t.is(r.status, 0, `exit ${r.status} ${r.signal ?? ''}\n${r.out}`);
    const s = r.result as { devices: number; mvRuns: number; stillOpen: number; rss: number[]; seconds: number };
    t.truthy(s, 'no figures printed');
    t.is(s.devices, 100);
    t.is(s.mvRuns, 4);
    t.is(s.stillOpen, 0, 'Dawn instances still held after every device was destroyed');
    t.true(s.rss[s.rss.length - 1] - s.rss[0] < 64, `RSS every 10 devices: ${s.rss.join(', ')} MB`);
    t.log(`${s.devices} devices in ${s.seconds.toFixed(1)} s; RSS every 10 devices: ${s.rss.join(', ')} MB`);
  });
}
