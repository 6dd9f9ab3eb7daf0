// `kgen bench` as a smoke test on the present device (lavapipe in CI): it runs, measures the read ceiling,
// times the kernels and writes the JSON report. No performance assertion here (see BENCHMARKS.md).
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../codegen/paths.js';

test('kgen bench --small runs through the Vulkan runtime and reports every case', (t) => {
  const out = join(mkdtempSync(join(tmpdir(), 'kgen-bench-test-')), 'bench.json');
  const r = spawnSync(process.execPath, [join(packageRoot, 'bin', 'kgen.js'), 'bench', '--small', '--runtimes', 'spirv', '--formats', 'q4_0,q6_k', '--json', out], {
    encoding: 'utf8', env: { ...process.env, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR ?? '/tmp' }, timeout: 300_000,
  });
  t.is(r.status, 0, r.stderr);
  t.regex(r.stdout, /\| q6_k \| 64x256 \| 2 \| mmvq\.q6_k\.nc2\./);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { ceilingsGBs: Record<string, number>; floors: Record<string, { emptyOneWgUs: number; emptyGridUs: number }>; rows: { format: string; us: number; gbs: number; ceilingUs: number; pctOfRead: number }[] };
  t.true(report.ceilingsGBs.spirv > 0);
  t.true(report.floors.spirv.emptyOneWgUs > 0 && report.floors.spirv.emptyGridUs > 0);
  t.is(report.rows.length, 2 * 2 * 2); // formats x ncols x regimes
  for (const row of report.rows) {
    t.true(row.us > 0 && Number.isFinite(row.gbs), JSON.stringify(row));
    // The size-matched streaming read of the row's bytes, and the row's share of it.
    t.true(row.ceilingUs > 0 && Math.abs(row.pctOfRead - (100 * row.ceilingUs) / row.us) < 1e-6 * row.pctOfRead, JSON.stringify(row));
  }
});

test('kgen bench --small --runtimes spirv,wgsl times both runtimes in one run (WGSL on Dawn keeps its instance alive)', (t) => {
  const out = join(mkdtempSync(join(tmpdir(), 'kgen-bench-test-')), 'bench.json');
  const r = spawnSync(process.execPath, [join(packageRoot, 'bin', 'kgen.js'), 'bench', '--small', '--runtimes', 'spirv,wgsl', '--formats', 'q4_0,q6_k', '--json', out], {
    encoding: 'utf8', env: { ...process.env, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR ?? '/tmp' }, timeout: 300_000,
  });
  t.is(r.status, 0, `exit ${r.status} ${r.signal ?? ''}\n${r.stderr}`);
  t.regex(r.stdout, /### WGSL on Dawn/);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { ceilingsGBs: Record<string, number>; rows: { runtime: string; format: string; us: number; quantUs: number; gbs: number }[] };
  t.true(report.ceilingsGBs.spirv > 0 && report.ceilingsGBs.wgsl > 0, JSON.stringify(report.ceilingsGBs));
  for (const rt of ['spirv', 'wgsl']) {
    const rows = report.rows.filter((row) => row.runtime === rt);
    t.is(rows.length, 2 * 2 * 2, `${rt}: formats x ncols x regimes`);
    for (const row of rows) t.true(row.us > 0 && row.quantUs > 0 && Number.isFinite(row.gbs), JSON.stringify(row));
  }
});

test('kgen bench --gguf --tensor times a real tensor of a GGUF file', async (t) => {
  const { writeGguf, quantizedTensor } = await import('../../gguf/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'kgen-bench-gguf-'));
  const file = join(dir, 'm.gguf');
  const rows = 32, K = 256;
  await writeGguf(file, [quantizedTensor('blk.0.ffn_up.weight', 'q4_k', Float32Array.from({ length: rows * K }, (_, i) => Math.sin(i)), [K, rows])]);
  const run = (args: string[]) => spawnSync(process.execPath, [join(packageRoot, 'bin', 'kgen.js'), 'bench', '--small', '--runtimes', 'spirv', '--gguf', file, ...args], {
    encoding: 'utf8', env: { ...process.env, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR ?? '/tmp' }, timeout: 300_000,
  });
  const ok = run(['--tensor', 'blk.0.ffn_up.weight']);
  t.is(ok.status, 0, ok.stderr);
  t.regex(ok.stdout, /\| q4_k \| 32x256 \| 1 \|/);
  const missing = run(['--tensor', 'nope']);
  t.not(missing.status, 0);
  t.regex(missing.stderr, /has no tensor 'nope'/);
});

test('kgen tune --small searches the schedules of the bundle and writes a table with the spread', (t) => {
  const out = join(mkdtempSync(join(tmpdir(), 'kgen-tune-test-')), 'table.json');
  const r = spawnSync(process.execPath, [join(packageRoot, 'bin', 'kgen.js'), 'tune', '--small', '--runtimes', 'spirv', '--formats', 'iq4_nl', '--ncols', '1', '--wg', '32', '--budget-s', '2', '--out', out], {
    encoding: 'utf8', env: { ...process.env, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR ?? '/tmp' }, timeout: 300_000,
  });
  t.is(r.status, 0, r.stderr);
  const table = JSON.parse(readFileSync(out, 'utf8')) as { runtime: string; entries: Record<string, Record<string, { key: string; wg: number; us: number; worst: { us: number }; measured: number }>> };
  t.is(table.runtime, 'spirv');
  const e = table.entries.iq4_nl['1'];
  t.regex(e.key, /^mmvq\.iq4_nl\.nc1\./);
  t.is(e.wg, 32);
  t.true(e.measured >= 2 && e.us > 0 && e.worst.us >= e.us, JSON.stringify(e));
});
