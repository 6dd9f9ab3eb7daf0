// `kgen bench` as a smoke test on the present device (lavapipe in CI): it runs, measures the read ceiling,
// times the kernels and writes the JSON report. No performance assertion here (see BENCHMARKS.md).
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../codegen/paths.js';

test('kgen bench --small runs through the Vulkan runtime and reports every case', (t) => {
  const out = join(mkdtempSync(join(tmpdir(), 'kgen-bench-test-')), 'bench.json');
  const r = spawnSync(process.execPath, [join(packageRoot, 'bin', 'kgen.js'), 'bench', '--small', '--runtimes', 'spirv', '--formats', 'q4_0,q6_k', '--json', out], {
    encoding: 'utf8', env: { ...process.env, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR ?? '/tmp' }, timeout: 300_000,
  });
  t.is(r.status, 0, r.stderr);
  t.regex(r.stdout, /\| q6_k \| 64x256 \| 2 \| mmvq\.q6_k\.nc2\./);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { ceilingsGBs: Record<string, number>; rows: { format: string; us: number; gbs: number }[] };
  t.true(report.ceilingsGBs.spirv > 0);
  t.is(report.rows.length, 2 * 2 * 2); // formats x ncols x regimes
  for (const row of report.rows) t.true(row.us > 0 && Number.isFinite(row.gbs), JSON.stringify(row));
});
