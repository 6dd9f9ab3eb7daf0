// kgen tune: searches the schedule space (codegen/kernels/schedule.ts) on the present device and writes
// the tuning table that kgen build, kgen bench and both runtimes use.
//
// Per (format, ncols) on the primary shape (the table's `shape`, default 4096 x 14336), cold weights:
//  stage 1  every schedule of the bundle at one workgroup size (the previous table's, else 64), few
//           repetitions, in the order of a simple cost prior (below) until the slot's share of the
//           budget is spent;
//  stage 2  the best 4 of stage 1 at every workgroup size, full repetitions;
//  other shapes (e.g. 14336 x 4096): the best 3 of stage 2 at every workgroup size, and the table keeps
//           each shape's best under `shapes`.
// The prior that orders stage 1 (what runs first when the budget is short): the default schedule,
// then lookup by selects for table formats, then unroll 2 and 4 before 8, then the previous table's
// rows per workgroup. Pruned before timing: schedules whose step (unroll x WG_SIZE chunks) exceeds the
// row's chunks (their main loop never runs: the same work as unroll 1).
// Every slot keeps its best and worst measured candidate and the count; --log writes every measurement.
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generatedDir, packageRoot } from '../codegen/paths.js';
import { keyOf, parseKey } from '../codegen/kernels/key.js';
import { AXES, type Schedule } from '../codegen/kernels/schedule.js';
import { activationColumnBytes, quantizeGrid } from '../codegen/manifest.js';
import { loadTuning, type TuningEntry, type TuningTable } from '../tuning/index.js';
import { list, matvecDispatch, openRuntimes, parse, randomF32, warm, weightBytes, write } from './bench.js';
import { BundleDir, median, type Dispatch, type Timer } from './harness.js';

const TUNE_HELP = `kgen tune [--bundle DIR] [--runtimes spirv,wgsl] [--formats ...] [--shapes 4096x14336,14336x4096] [--ncols 1,8]
          [--wg 32,64,128,256] [--budget-s 240] [--reps 20] [--prior TABLE] [--out FILE] [--name NAME] [--log FILE] [--small]
kgen tune --print-space [--formats ...] [--ncols 1,8]     the variant keys to build for a search:
          kgen build --out DIR --variants quantize_q8_1,$(kgen tune --print-space --formats q4_0)
  Searches the mmvq schedules in the bundle per format and ncols (cold weights, GPU timestamps) within
  --budget-s seconds per runtime, and writes a tuning table (default tuning/tables/<device>.<runtime>.json;
  {runtime} in --out is replaced). --prior: a table whose choices order the search (default: the shipped one).`;

/** The schedules a search builds, per ncols: rows 1, 2 (and 4 at ncols > 1), subgroup reduction, every
 *  unroll and walk (unroll 8 only at ncols <= 2: eight columns of activations would not stay in registers),
 *  lookup access where the format has a table. */
export function searchSpace(ncols: number, hasTable: boolean): Schedule[] {
  const out: Schedule[] = [];
  for (const rows of ncols > 1 ? [1, 2, 4] : [1, 2])
    for (const unroll of AXES.unroll.filter((u) => u < 8 || ncols <= 2))
      for (const walk of unroll === 1 ? (['strided'] as const) : AXES.walk)
        for (const lut of hasTable ? AXES.lut : (['vec'] as const)) out.push({ rows, reduce: 'sg', unroll, walk, lut });
  return out;
}

const TABLE_FORMATS = new Set(['mxfp4', 'iq4_nl', 'iq4_xs']);

/** A table entry with the spread of the search beside the choice. */
type TunedEntry = TuningEntry & { worst: { key: string; wg: number; us: number }; measured: number; ofSpace?: number };

interface Measured { key: string; wg: number; us: number; shape: string; stage: number }

/** Prior rank of a schedule (lower runs first). */
function prior(key: string, hasTable: boolean, prevRows: number): number {
  const k = parseKey(key);
  const u = k.unroll ?? 1;
  if (u === 1 && (k.lut ?? 'vec') === 'vec' && k.rows === prevRows) return -1;
  return (hasTable && k.lut !== 'sel' ? 4 : 0) + (u === 1 ? 1 : u === 8 ? 2 : 0) + (k.rows === prevRows ? 0 : 1) + (k.walk === 'contig' ? 0 : 0.5);
}

export async function runTune(argv: string[]): Promise<void> {
  const f = parse(argv);
  if (f.help) { console.log(TUNE_HELP); return; }
  const ncolsList = list(f.ncols, ['1', '8']).map(Number);
  if (f['print-space']) {
    const formats = list(f.formats, []);
    if (!formats.length) throw new Error('kgen tune --print-space: name the formats (--formats q4_0,...)');
    const keys = formats.flatMap((fmt) => ncolsList.flatMap((nc) => searchSpace(nc, TABLE_FORMATS.has(fmt)).map((s) => keyOf('mmvq', fmt, nc, s))));
    const { keyString } = await import('../codegen/kernels/key.js');
    console.log(keys.map(keyString).join(','));
    return;
  }
  const small = f.small === true;
  const bundle = new BundleDir(resolve(typeof f.bundle === 'string' ? f.bundle : generatedDir));
  const formats = list(f.formats, small ? ['q4_0', 'iq4_nl'] : bundle.manifest.formats.map((x) => x.name)).filter((n) => bundle.manifest.formats.some((x) => x.name === n));
  const shapes = list(f.shapes ?? f.shape, small ? ['64x1024'] : ['4096x14336', '14336x4096']).map((s) => {
    const m = /^(\d+)x(\d+)$/.exec(s);
    if (!m) throw new Error(`kgen tune: shape '${s}' is not ROWSxK`);
    return { rows: +m[1], K: +m[2], id: s };
  });
  const wgs = list(f.wg, small ? ['32', '64'] : ['32', '64', '128', '256']).map(Number);
  const reps = typeof f.reps === 'string' ? +f.reps : small ? 3 : 20;
  const budgetS = typeof f['budget-s'] === 'string' ? +f['budget-s'] : small ? 20 : 240;
  const l2 = (typeof f['l2-mb'] === 'string' ? +f['l2-mb'] : small ? 0.05 : 60) * 1e6;
  const runtimeNames = list(f.runtimes, ['spirv', 'wgsl']);
  if (runtimeNames.length > 1) {
    // One process per runtime (see kgen bench).
    for (const rt of runtimeNames) {
      const args = [...argv.filter((a, i) => a !== '--runtimes' && argv[i - 1] !== '--runtimes' && !a.startsWith('--runtimes=')), '--runtimes', rt];
      const r = spawnSync(process.execPath, [join(packageRoot, 'bin', 'kgen.js'), 'tune', ...args], { stdio: 'inherit' });
      if (r.status !== 0) { console.error(`kgen tune: the ${rt} run failed (exit ${r.status ?? r.signal})`); process.exitCode = 1; }
    }
    return;
  }
  const [rt] = await openRuntimes(runtimeNames, bundle);
  const timer = rt.timer;
  const prev = typeof f.prior === 'string' ? loadTuning(f.prior) : loadTuning(undefined, timer.name, rt.vendor, rt.deviceName);
  const table: TuningTable & { shapes?: Record<string, TuningTable['entries']>; budgetS?: number; measuredCount?: number } = {
    name: typeof f.name === 'string' ? f.name : rt.deviceName, runtime: timer.name, vendor: rt.vendor, device: rt.deviceName, shape: shapes[0].id, entries: {}, shapes: {}, budgetS,
  };
  const log: Measured[] = [];
  const t0 = performance.now();
  const slots = formats.length * ncolsList.length;
  let slotIndex = 0;
  for (const format of formats) {
    const fm = bundle.format(format);
    const hasTable = TABLE_FORMATS.has(format);
    // One set of cold weight copies per shape, shared by every candidate.
    const sets: { rows: number; K: number; id: string; rowBytes: number; ws: unknown[] }[] = [];
    for (const s of shapes) {
      const rowBytes = (s.K / fm.blockElems) * fm.blockBytes;
      const wBytes = s.rows * rowBytes;
      const copies = Math.min(64, Math.max(2, Math.ceil((3 * l2) / wBytes)));
      const data = weightBytes(wBytes, 11);
      const ws: unknown[] = [];
      for (let i = 0; i < copies; i++) ws.push(await timer.buffer(wBytes, data));
      sets.push({ ...s, rowBytes, ws });
    }
    for (const nc of ncolsList) {
      const slotEnd = t0 + ((budgetS * 1e3) * ++slotIndex) / slots;
      const prevEntry = prev?.entries[format]?.[nc];
      const prevRows = prevEntry ? parseKey(prevEntry.key).rows : 1;
      const wg1 = prevEntry?.wg ?? 64;
      const cands = bundle.manifest.kernels
        .filter((k) => k.op === 'mmvq' && k.format === format && k.variant.ncols === nc && (rt.subgroups ? k.variant.reduce === 'sg' : k.variant.reduce === 'wg'))
        .map((k) => k.key)
        .sort((a, b) => prior(a, hasTable, prevRows) - prior(b, hasTable, prevRows) || a.localeCompare(b));
      if (!cands.length) { console.error(`kgen tune: ${format} n=${nc}: no candidates in ${bundle.dir}`); continue; }
      const maxRows = Math.max(...shapes.map((x) => x.rows));
      const bufs = await columnBuffers(timer, bundle, sets[0].K, nc, maxRows);
      const time = async (set: (typeof sets)[number], key: string, wg: number, r: number, stage: number) => {
        const b = set.K === sets[0].K ? bufs : await columnBuffers(timer, bundle, set.K, nc, maxRows);
        const rec = bundle.record(key);
        const ds = Array.from({ length: Math.max(r, 2 * set.ws.length) }, (_, i) => matvecDispatch(bundle, key, wg, set.ws[i % set.ws.length], b.q, b.y, set.rows, set.K, set.rowBytes, rec.variant.rows));
        await warm(timer, ds, 10); // 10 ms of GPU time: the H200 idles at 345 MHz between short runs
        const us = median(await timer.timeEach(ds)) / 1e3;
        if (b !== bufs) b.free();
        const m = { key, wg, us, shape: set.id, stage };
        log.push(m);
        return m;
      };
      // Stage 1: every schedule at one workgroup size, in prior order, within the slot's budget.
      const nchunks = sets[0].K / 32;
      const s1: Measured[] = [];
      for (const key of cands) {
        const u = parseKey(key).unroll ?? 1;
        if (u > 1 && u * wg1 > nchunks) continue;
        if (s1.length >= 2 && performance.now() > slotEnd) break;
        s1.push(await time(sets[0], key, wg1, Math.max(5, reps >> 1), 1));
      }
      s1.sort((a, b) => a.us - b.us);
      // Stage 2: the best 4 at every workgroup size.
      const s2: Measured[] = [];
      for (const c of s1.slice(0, performance.now() > slotEnd ? 2 : 4)) {
        for (const wg of wgs) {
          const u = parseKey(c.key).unroll ?? 1;
          if (u > 1 && u * wg > nchunks) continue;
          s2.push(await time(sets[0], c.key, wg, reps, 2));
        }
      }
      s2.sort((a, b) => a.us - b.us);
      const best = s2[0] ?? s1[0];
      const worst = [...s1, ...s2].reduce((a, b) => (b.us > a.us ? b : a));
      table.entries[format] ??= {};
      const entry: TunedEntry = { key: best.key, wg: best.wg, us: round(best.us), worst: { key: worst.key, wg: worst.wg, us: round(worst.us) }, measured: s1.length + s2.length, ofSpace: cands.length };
      table.entries[format][nc] = entry;
      console.error(`kgen tune: ${timer.name} ${format} n=${nc} ${sets[0].id}: best ${best.key}@${best.wg} ${best.us.toFixed(2)} us, worst ${worst.key}@${worst.wg} ${worst.us.toFixed(2)} us (${s1.length}/${cands.length} schedules, ${s2.length} at every WG)`);
      // Other shapes: the best 3 at every workgroup size.
      for (const set of sets.slice(1)) {
        const top = [...new Set(s2.map((m) => m.key))].slice(0, 3);
        const ms: Measured[] = [];
        for (const key of top) for (const wg of wgs) {
          const u = parseKey(key).unroll ?? 1;
          if (u > 1 && u * wg > set.K / 32) continue;
          ms.push(await time(set, key, wg, reps, 3));
        }
        ms.sort((a, b) => a.us - b.us);
        if (!ms.length) continue;
        const w = ms[ms.length - 1];
        const e: TunedEntry = { key: ms[0].key, wg: ms[0].wg, us: round(ms[0].us), worst: { key: w.key, wg: w.wg, us: round(w.us) }, measured: ms.length };
        ((table.shapes![set.id] ??= {})[format] ??= {})[nc] = e;
        console.error(`kgen tune: ${timer.name} ${format} n=${nc} ${set.id}: best ${ms[0].key}@${ms[0].wg} ${ms[0].us.toFixed(2)} us`);
      }
      bufs.free();
    }
    for (const s of sets) s.ws.forEach((b) => timer.free(b));
  }
  table.measuredCount = log.length;
  if (!table.shapes || !Object.keys(table.shapes).length) delete table.shapes;
  const out = typeof f.out === 'string' ? f.out.replace('{runtime}', timer.name) : join('tuning', 'tables', `${table.name.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase()}.${timer.name}.json`);
  write(out, JSON.stringify(table, null, 1) + '\n');
  if (typeof f.log === 'string') write(f.log.replace('{runtime}', timer.name), JSON.stringify({ device: rt.deviceName, runtime: timer.name, measured: log }, null, 0) + '\n');
  console.log(`kgen tune: wrote ${out} (${log.length} measurements in ${((performance.now() - t0) / 1e3).toFixed(0)} s)`);
  timer.destroy();
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Activations (quantized once) and outputs for one K and ncols. */
async function columnBuffers<B>(timer: Timer<B>, bundle: BundleDir, K: number, nc: number, rows: number) {
  const x = await timer.buffer(nc * K * 4, new Uint8Array(randomF32(nc * K, 7).buffer));
  const q = await timer.buffer(nc * activationColumnBytes(K));
  const y = await timer.buffer(nc * rows * 4);
  const quant: Dispatch<B> = { key: 'quantize_q8_1', buffers: [x, q], params: { K, x_col_stride: K, out_col_stride: activationColumnBytes(K) / 4 }, grid: quantizeGrid(K, nc, bundle.record('quantize_q8_1').workgroupSize.default) };
  await timer.timeEach([quant]);
  return { q, y, free: () => [x, q, y].forEach((b) => timer.free(b)) };
}
