// kgen bench and kgen tune: time generated kernels on the present GPU through both runtimes.
//
// Per format x shape x ncols: the median GPU time (timestamps) of the mat-vec dispatch and of the
// activation quantization, effective GB/s (weights + q8_1x4 activations + outputs), and beside each
// row the size-matched ceiling: a streaming read of the same byte count (weights + activations) in the
// same regime, through the same runtime, timed the same way (`ceilingUs`; `pctOfRead` = ceilingUs / us).
// Two regimes: "l2" (one buffer reused) and "cold" (rotating among copies that together exceed the L2).
// Floors per runtime: an empty dispatch of one workgroup and of a full streaming grid.
// The "anchor" regime repeats llama.cpp's test-backend-ops measurement: one quantize, then 400
// back-to-back mat-vecs on one W in one submission (ggml-vulkan reuses the quantized src1 between
// nodes); the old pairing (quantize + mat-vec each time) stays as a second column.
import { keyString } from '../codegen/kernels/key.js';
import { activationColumnBytes, quantizeGrid } from '../codegen/manifest.js';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { generatedDir, packageRoot } from '../codegen/paths.js';
import { BundleDir, median, vulkanTimer, webgpuTimer, type Dispatch, type Timer } from './harness.js';
import { streamRecord, streamWgsl, STREAM_WG } from './stream.js';
import { loadTuning, pickVariant, type TuningTable } from '../tuning/index.js';
import { llamaBest, llamaId } from './llama.js';

type Flags = Record<string, string | boolean>;
export function parse(argv: string[]): Flags {
  const f: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`kgen bench: unexpected argument '${a}'`);
    const [k, v] = a.slice(2).split('=', 2);
    if (v !== undefined) f[k] = v;
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) f[k] = argv[++i];
    else f[k] = true;
  }
  return f;
}
export const list = (v: string | boolean | undefined, d: string[]): string[] => (typeof v === 'string' ? v.split(',').filter(Boolean) : d);

const BENCH_HELP = `kgen bench [--bundle DIR] [--runtimes spirv,wgsl] [--formats ...] [--shapes 4096x4096,...] [--ncols 1,2,4,8]
           [--gguf model.gguf --tensor NAME]  (time the mat-vec on a real tensor)
           [--regimes l2,cold] [--anchor] [--llama FILE,...] [--reps N] [--l2-mb 60] [--json FILE] [--md FILE] [--svg FILE] [--small]
  --llama F,...  test-backend-ops perf outputs (setting=path or path) whose best figure per format and n
                 gives ratioToLlama (default: the H200 figures of ../shared/anchors, 2026-11-28)
  --bundle DIR   kernels to time (default generated/); build others with kgen build --out DIR --variants ...
  --small        a smoke run (small shapes, 2 formats, few reps), e.g. on lavapipe in CI
  --tuning FILE  a tuning table (default: the table shipped for this device, if any)`;

export interface BenchRow {
  runtime: string; format: string; rows: number; K: number; ncols: number; regime: string;
  key: string; wg: number; us: number; quantUs: number; bytes: number; gbs: number; pctCeiling: number;
  /** The size-matched streaming read (weights + activations, same regime, runtime and timing), us. */
  ceilingUs: number;
  /** 100 * ceilingUs / us: how close the mat-vec is to reading its bytes. */
  pctOfRead: number;
}
/** Anchor regime, W = 4096 x 14336: one quantize then 400 mat-vecs (usPerOp, gpuUsPerOp; ratioToLlama
 *  uses gpuUsPerOp), and the old pairing of a quantize with every mat-vec (paired*). */
export interface AnchorRow {
  runtime: string; format: string; ncols: number; key: string; usPerOp: number; gpuUsPerOp: number;
  shape?: string; ops?: number; pairedUsPerOp: number; pairedGpuUsPerOp: number;
  /** quantize_q8_1 alone, back to back, GPU us per dispatch. */
  quantGpuUsPerOp?: number; ratioToLlama?: number; llamaUs?: number; llamaSource?: string;
}
/** Fixed costs of a dispatch through this runtime, timed like the kernels (us). */
export interface Floors { emptyOneWgUs: number; emptyGridUs: number }

/** llama.cpp's best Vulkan MUL_MAT time on the H200 (us per op), W = 4096 x 14336 (../shared/anchors). */
export const LLAMA_H200: Record<string, [number, number]> = {
  q4_0: [14.29, 62.53], q4_1: [14.09, 64.68], q5_0: [17.69, 67.58], q5_1: [18.18, 68.31], q8_0: [23.0, 64.0],
  mxfp4: [24.52, 170.03], q2_k: [12.7, 105.76], q3_k: [26.69, 132.84], q4_k: [18.52, 125.73], q5_k: [21.56, 125.35],
  q6_k: [29.57, 118.56], iq4_nl: [25.7, 175.04], iq4_xs: [40.81, 208.09],
};

function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed >>> 0 || 1;
  const u32 = new Uint32Array(out.buffer, 0, n >> 2);
  for (let i = 0; i < u32.length; i++) { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; u32[i] = s >>> 0; }
  return out;
}
export function randomF32(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; out[i] = ((s >>> 8) / 16777216 - 0.5) * 4; }
  return out;
}
/** Weight bytes of random blocks whose f16 scales are finite (so timing never meets NaN paths). */
const weightCache = new Map<string, Uint8Array>();
export function weightBytes(n: number, seed: number): Uint8Array {
  const id = `${n}/${seed}`;
  const hit = weightCache.get(id);
  if (hit) return hit;
  if (weightCache.size > 4) weightCache.clear();
  const b = randomBytes(n, seed);
  weightCache.set(id, b);
  for (let i = 1; i < n; i += 2) b[i] &= 0x3b; // high byte of every u16: small exponents, positive
  return b;
}

/** Runs `ds` until at least `ms` of GPU time has passed, so clocks have ramped up before timing. */
export async function warm<B>(timer: Timer<B>, ds: Dispatch<B>[], ms = 10): Promise<void> {
  let t = 0;
  for (let i = 0; i < 200 && t < ms * 1e6; i++) t += (await timer.timeEach(ds)).reduce((a, b) => a + b, 0);
}

const actBytes = activationColumnBytes;

interface Ctx<B> { timer: Timer<B>; bundle: BundleDir; reps: number; l2: number; tuning?: TuningTable; noCeiling?: boolean; anchor: { rows: number; K: number; ops: number; repeats: number }; llama?: Map<string, { us: number; setting: string }> }

async function streamCeiling<B>(timer: Timer<B>, bytes: number, reps: number): Promise<number> {
  const n = Math.floor(bytes / 16);
  const src = await timer.buffer(n * 16);
  const wgs = 132 * 16;
  const total = wgs * STREAM_WG;
  const dst = await timer.buffer(total * 4);
  const d: Dispatch<B> = { key: 'stream_read', buffers: [src, dst], params: { n, total }, grid: [wgs, 1, 1] };
  await warm(timer, Array(reps).fill(d));
  const t = median(await timer.timeEach(Array(reps).fill(d)));
  timer.free(src); timer.free(dst);
  return (n * 16) / t; // GB/s (bytes per ns)
}

const STREAM_GRID = 132 * 16;

/** A streaming read of `bytes` (rounded up to 16), cold (rotating copies beyond 3 x L2) or l2 (one
 *  buffer), median GPU time in ns: the size-matched ceiling of a kernel that reads as many bytes. */
async function streamMatched<B>(timer: Timer<B>, bytes: number, regime: string, l2: number, reps: number): Promise<number> {
  const n = Math.ceil(bytes / 16);
  const copies = regime === 'l2' ? 1 : Math.min(256, Math.max(2, Math.ceil((3 * l2) / (n * 16))));
  const srcs: B[] = [];
  for (let i = 0; i < copies; i++) srcs.push(await timer.buffer(n * 16));
  // The bench's streaming grid (2112 workgroups, the figures of ../shared/device), fewer where the
  // bytes give each thread less than 4 loads.
  const groups = Math.max(1, Math.min(STREAM_GRID, Math.ceil(n / (4 * STREAM_WG))));
  const total = groups * STREAM_WG;
  const dst = await timer.buffer(total * 4);
  const ds = Array.from({ length: Math.max(reps, 2 * copies) }, (_, i): Dispatch<B> => ({ key: 'stream_read', buffers: [srcs[i % copies], dst], params: { n, total }, grid: [groups, 1, 1] }));
  await warm(timer, ds);
  const t = median(await timer.timeEach(ds));
  srcs.forEach((b) => timer.free(b));
  timer.free(dst);
  return t;
}

/** The dispatch floors: the streaming kernel with nothing to read, on one workgroup and on its full grid. */
async function floors<B>(timer: Timer<B>, reps: number): Promise<Floors> {
  const dst = await timer.buffer(STREAM_GRID * STREAM_WG * 4);
  const src = await timer.buffer(16);
  const at = (groups: number): Dispatch<B> => ({ key: 'stream_read', buffers: [src, dst], params: { n: 0, total: groups * STREAM_WG }, grid: [groups, 1, 1] });
  const one = Array(reps).fill(at(1)), grid = Array(reps).fill(at(STREAM_GRID));
  await warm(timer, one);
  const r = { emptyOneWgUs: median(await timer.timeEach(one)) / 1e3, emptyGridUs: median(await timer.timeEach(grid)) / 1e3 };
  timer.free(dst); timer.free(src);
  return r;
}

export function matvecDispatch<B>(bundle: BundleDir, key: string, wg: number | undefined, w: B, q: B, y: B, rows: number, K: number, rowBytes: number, nrows: number): Dispatch<B> {
  const groups = Math.ceil(rows / nrows);
  const x = Math.min(groups, 65535);
  return {
    key, wg, buffers: [w, q, y],
    params: { K, rows, w_row_stride: rowBytes, x_col_stride: actBytes(K) / 16, y_col_stride: rows, ne12: 1, r2: 1, r3: 1 },
    grid: [x, 1, Math.ceil(groups / x)],
  };
}

async function benchOne<B>(ctx: Ctx<B>, format: string, rows: number, K: number, ncols: number, regimes: string[], chosen: { key: string; wg?: number }, weights?: Uint8Array): Promise<BenchRow[]> {
  const { timer, bundle, reps } = ctx;
  const f = bundle.format(format);
  const rowBytes = (K / f.blockElems) * f.blockBytes;
  const wBytes = rows * rowBytes;
  const rec = bundle.record(chosen.key);
  const x = await timer.buffer(ncols * K * 4, new Uint8Array(randomF32(ncols * K, 7).buffer));
  const q = await timer.buffer(ncols * actBytes(K));
  const y = await timer.buffer(ncols * rows * 4);
  const quant: Dispatch<B> = { key: 'quantize_q8_1', buffers: [x, q], params: { K, x_col_stride: K, out_col_stride: actBytes(K) / 4 }, grid: quantizeGrid(K, ncols, bundle.record('quantize_q8_1').workgroupSize.default) };
  await warm(timer, Array(reps).fill(quant));
  const quantNs = median(await timer.timeEach(Array(reps).fill(quant)));
  const out: BenchRow[] = [];
  if (weights && weights.length !== wBytes) throw new Error(`kgen bench: the tensor holds ${weights.length} bytes; ${format} ${rows} x ${K} needs ${wBytes}`);
  const data = weights ?? weightBytes(wBytes, 11);
  for (const regime of regimes) {
    const copies = regime === 'l2' ? 1 : Math.min(256, Math.max(2, Math.ceil((3 * ctx.l2) / wBytes)));
    const ws: B[] = [];
    for (let i = 0; i < copies; i++) ws.push(await timer.buffer(wBytes, data));
    const ds = Array.from({ length: Math.max(reps, 2 * copies) }, (_, i) => matvecDispatch(bundle, chosen.key, chosen.wg, ws[i % copies], q, y, rows, K, rowBytes, rec.variant.rows));
    await warm(timer, ds);
    const ns = median(await timer.timeEach(ds));
    const bytes = wBytes + ncols * actBytes(K) + ncols * rows * 4;
    ws.forEach((b) => timer.free(b));
    const ceilNs = ctx.noCeiling ? 0 : await streamMatched(timer, wBytes + ncols * actBytes(K), regime, ctx.l2, reps);
    out.push({ runtime: timer.name, format, rows, K, ncols, regime, key: chosen.key, wg: chosen.wg ?? rec.workgroupSize.default, us: ns / 1e3, quantUs: quantNs / 1e3, bytes, gbs: bytes / ns, pctCeiling: 0, ceilingUs: ceilNs / 1e3, pctOfRead: (100 * ceilNs) / ns });
  }
  [x, q, y].forEach((b) => timer.free(b));
  return out;
}

async function anchorOne<B>(ctx: Ctx<B>, format: string, ncols: number, chosen: { key: string; wg?: number }): Promise<AnchorRow> {
  const { timer, bundle } = ctx;
  const { rows, K, ops } = ctx.anchor;
  const f = bundle.format(format);
  const rowBytes = (K / f.blockElems) * f.blockBytes;
  const rec = bundle.record(chosen.key);
  const w = await timer.buffer(rows * rowBytes, weightBytes(rows * rowBytes, 5));
  const x = await timer.buffer(ncols * K * 4, new Uint8Array(randomF32(ncols * K, 3).buffer));
  const q = await timer.buffer(ncols * actBytes(K));
  const y = await timer.buffer(ncols * rows * 4);
  const quant: Dispatch<B> = { key: 'quantize_q8_1', buffers: [x, q], params: { K, x_col_stride: K, out_col_stride: actBytes(K) / 4 }, grid: quantizeGrid(K, ncols, bundle.record('quantize_q8_1').workgroupSize.default) };
  const mv = matvecDispatch(bundle, chosen.key, chosen.wg, w, q, y, rows, K, rowBytes, rec.variant.rows);
  // llama.cpp's regime: one quantize, then the mat-vecs (ggml-vulkan reuses the quantized src1).
  const seq: Dispatch<B>[] = [quant, ...Array(ops).fill(mv)];
  // The old pairing: a quantize before every mat-vec.
  const paired: Dispatch<B>[] = [];
  for (let i = 0; i < ops; i++) paired.push(quant, mv);
  await warm(timer, seq.slice(0, 40));
  const timeSeq = async (ds: Dispatch<B>[]) => {
    const walls: number[] = [], spans: number[] = [];
    for (let i = 0; i < ctx.anchor.repeats; i++) walls.push(await timer.wall(ds));
    for (let i = 0; i < ctx.anchor.repeats; i++) spans.push(await timer.span(ds));
    return { wall: median(walls) / ops / 1e3, gpu: median(spans) / ops / 1e3 };
  };
  const alone = await timeSeq(seq);
  const pair = await timeSeq(paired);
  // The quantize alone, back to back (its cost once the per-dispatch floor is amortized).
  const quantOnly = await timeSeq(Array(ops).fill(quant));
  [w, x, q, y].forEach((b) => timer.free(b));
  const measured = ctx.llama?.get(llamaId(format, rows, K, ncols));
  const onPage = !ctx.llama && rows === 4096 && K === 14336 && (ncols === 1 || ncols === 8);
  const llama = measured?.us ?? (onPage ? LLAMA_H200[format]?.[ncols === 1 ? 0 : 1] : undefined);
  return {
    runtime: timer.name, format, ncols, key: chosen.key, shape: `${rows}x${K}`, ops, usPerOp: alone.wall, gpuUsPerOp: alone.gpu, pairedUsPerOp: pair.wall, pairedGpuUsPerOp: pair.gpu, quantGpuUsPerOp: quantOnly.gpu,
    llamaUs: llama, llamaSource: measured ? `test-backend-ops (${measured.setting}), same run` : llama ? 'anchors page, 2026-11-28' : undefined,
    ratioToLlama: llama ? llama / alone.gpu : undefined,
  };
}

/** The variant to time for (format, ncols): the tuning table's choice, else mmvq r1 with subgroups. */
function choose(bundle: BundleDir, tuning: TuningTable | undefined, runtime: string, format: string, ncols: number, hasSubgroups: boolean): { key: string; wg?: number } {
  const t = tuning ? pickVariant(tuning, format, ncols) : undefined;
  if (t && bundle.has(keyString(t.key))) return { key: keyString(t.key), wg: t.wg };
  const key = keyString({ op: 'mmvq', format, ncols, rows: 1, reduce: hasSubgroups ? 'sg' : 'wg' });
  if (!bundle.has(key)) throw new Error(`kgen bench: ${runtime}: no kernel ${key} in ${bundle.dir}`);
  return { key };
}

export interface Runtime<B> { timer: Timer<B>; subgroups: boolean; deviceName: string; vendor: string }

export async function openRuntimes(names: string[], bundle: BundleDir): Promise<Runtime<unknown>[]> {
  const out: Runtime<unknown>[] = [];
  for (const n of names) {
    if (n === 'spirv') {
      const { compileStreamSpirv } = await import('./stream-spirv.js');
      const spv = await compileStreamSpirv();
      const t = await vulkanTimer(bundle, { stream_read: { spirv: spv, record: streamRecord } });
      out.push({ timer: t as Timer<unknown>, subgroups: t.device.info.subgroupArithmetic, deviceName: t.device.info.name, vendor: vendorName(t.device.info.vendorId) });
    } else if (n === 'wgsl') {
      const t = await webgpuTimer(bundle, { stream_read: { wgsl: streamWgsl, record: streamRecord } });
      out.push({ timer: t as Timer<unknown>, subgroups: t.features.includes('subgroups'), deviceName: t.adapterInfo.description || t.adapterInfo.device || t.adapterInfo.architecture, vendor: t.adapterInfo.vendor });
    } else throw new Error(`kgen bench: unknown runtime '${n}' (spirv, wgsl)`);
  }
  return out;
}

function vendorName(id: number): string {
  return ({ 0x10de: 'nvidia', 0x1002: 'amd', 0x8086: 'intel', 0x10005: 'mesa' } as Record<number, string>)[id] ?? `0x${id.toString(16)}`;
}

export async function runBench(argv: string[]): Promise<void> {
  const f = parse(argv);
  if (f.help) { console.log(BENCH_HELP); return; }
  const small = f.small === true;
  const bundle = new BundleDir(resolve(typeof f.bundle === 'string' ? f.bundle : generatedDir));
  // --gguf FILE --tensor NAME: time the mat-vec on a real tensor's bytes.
  let tensor: { name: string; format: string; rows: number; K: number; bytes: Uint8Array } | undefined;
  if (typeof f.gguf === 'string') {
    if (typeof f.tensor !== 'string') throw new Error('kgen bench: --gguf needs --tensor NAME (kgen inspect lists the tensors)');
    const { openGguf } = await import('../gguf/index.js');
    const file = await openGguf(f.gguf);
    const t = file.tensors.find((x) => x.name === f.tensor);
    if (!t) throw new Error(`kgen bench: ${f.gguf} has no tensor '${f.tensor}'`);
    if (!t.kgen) throw new Error(`kgen bench: tensor '${t.name}' is ${t.type}, which kgen has no kernels for`);
    tensor = { name: t.name, format: t.type, rows: t.rows, K: t.K, bytes: await file.readTensor(t) };
    await file.close?.();
    console.error(`kgen bench: tensor ${t.name}: ${t.type}, ${t.rows} x ${t.K} (${t.byteLength} bytes)`);
  }
  const formats = tensor ? [tensor.format] : list(f.formats, small ? ['q4_0', 'q4_k'] : bundle.manifest.formats.map((x) => x.name));
  const shapes = (tensor ? [`${tensor.rows}x${tensor.K}`] : list(f.shapes, small ? ['64x256'] : ['4096x4096', '14336x4096', '4096x14336', '1024x4096'])).map((s) => {
    const m = /^(\d+)x(\d+)$/.exec(s);
    if (!m) throw new Error(`kgen bench: shape '${s}' is not ROWSxK`);
    return { rows: +m[1], K: +m[2] };
  });
  const ncolsList = list(f.ncols, small ? ['1', '2'] : ['1', '2', '4', '8']).map(Number);
  const regimes = list(f.regimes, ['l2', 'cold']);
  const reps = typeof f.reps === 'string' ? +f.reps : small ? 5 : 50;
  const l2 = (typeof f['l2-mb'] === 'string' ? +f['l2-mb'] : small ? 0.05 : 60) * 1e6;
  const runtimeNames = list(f.runtimes, ['spirv', 'wgsl']);
  if (runtimeNames.length > 1) {
    // One process per runtime: Dawn and the Vulkan addon each create a Vulkan instance, and some
    // drivers (lavapipe) do not survive a second instance in the same process.
    const parts = runtimeNames.map((rt) => benchChild(argv, rt, typeof f['reports-dir'] === 'string' ? f['reports-dir'] : undefined)).filter((p): p is Report => !!p);
    if (!parts.length) throw new Error('kgen bench: every runtime failed');
    const report = {
      devices: Object.assign({}, ...parts.map((p) => p.devices)),
      ceilingsGBs: Object.assign({}, ...parts.map((p) => p.ceilingsGBs)),
      rows: parts.flatMap((p) => p.rows),
      anchors: parts.flatMap((p) => p.anchors),
      floors: Object.assign({}, ...parts.map((p) => p.floors)),
    };
    return emitReport(report, f);
  }
  const runtimes = await openRuntimes(runtimeNames, bundle);
  const rows: BenchRow[] = [];
  const anchors: AnchorRow[] = [];
  const ceilings: Record<string, number> = {};
  const devices: Record<string, string> = {};
  const floorsBy: Record<string, Floors> = {};
  const llama = typeof f.llama === 'string' ? llamaBest(f.llama.split(',')) : undefined;
  for (const rt of runtimes) {
    const ctx: Ctx<unknown> = { timer: rt.timer, bundle, reps, l2, llama, anchor: small ? { rows: 64, K: 1024, ops: 20, repeats: 2 } : { rows: 4096, K: 14336, ops: 400, repeats: 5 }, tuning: typeof f.tuning === 'string' ? loadTuning(f.tuning) : undefined };
    ctx.tuning ??= loadTuning(undefined, rt.timer.name, rt.vendor, rt.deviceName);
    devices[rt.timer.name] = `${rt.deviceName} (${rt.vendor})${ctx.tuning ? `, tuning ${ctx.tuning.name}` : ''}`;
    ceilings[rt.timer.name] = await streamCeiling(rt.timer, small ? 4 << 20 : 1 << 30, small ? 5 : 30);
    floorsBy[rt.timer.name] = await floors(rt.timer, small ? 5 : 50);
    console.error(`kgen bench: ${rt.timer.name} on ${devices[rt.timer.name]}: read ceiling ${ceilings[rt.timer.name].toFixed(0)} GB/s; empty dispatch ${floorsBy[rt.timer.name].emptyOneWgUs.toFixed(2)} us (1 workgroup), ${floorsBy[rt.timer.name].emptyGridUs.toFixed(2)} us (${STREAM_GRID} workgroups)`);
    for (const format of formats) {
      for (const s of shapes) {
        for (const nc of ncolsList) {
          const c = choose(bundle, ctx.tuning, rt.timer.name, format, nc, rt.subgroups);
          for (const r of await benchOne(ctx, format, s.rows, s.K, nc, regimes, c, tensor?.bytes)) {
            r.pctCeiling = (100 * r.gbs) / ceilings[rt.timer.name];
            rows.push(r);
          }
        }
      }
      if (f.anchor) for (const nc of [1, 8]) anchors.push(await anchorOne(ctx, format, nc, choose(bundle, ctx.tuning, rt.timer.name, format, nc, rt.subgroups)));
      console.error(`kgen bench: ${rt.timer.name} ${format} done`);
    }
    rt.timer.destroy();
  }
  emitReport({ devices, ceilingsGBs: ceilings, rows, anchors, floors: floorsBy }, f);
}

type Report = { devices: Record<string, string>; ceilingsGBs: Record<string, number>; rows: BenchRow[]; anchors: AnchorRow[]; floors?: Record<string, Floors> };

function emitReport(report: Report, f: Flags): void {
  if (typeof f['report-to'] === 'string') return write(f['report-to'], JSON.stringify(report));
  console.log(formatTables(report));
  if (typeof f.json === 'string') write(f.json, JSON.stringify(report, null, 1));
  if (typeof f.md === 'string') write(f.md, formatTables(report));
  if (typeof f.svg === 'string') write(f.svg, chart(report));
}

/** Runs this benchmark for one runtime in a child process and returns its report. */
function benchChild(argv: string[], runtime: string, keepDir?: string): Report | undefined {
  const dir = keepDir ?? mkdtempSync(join(tmpdir(), 'kgen-bench-'));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `report.${runtime}.json`);
  const args = [...argv.filter((a, i) => a !== '--runtimes' && argv[i - 1] !== '--runtimes' && !a.startsWith('--runtimes=')), '--runtimes', runtime, '--report-to', file];
  const r = spawnSync(process.execPath, [join(packageRoot, 'bin', 'kgen.js'), 'bench', ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`kgen bench: the ${runtime} run failed (exit ${r.status ?? r.signal}); its figures are missing below`);
    process.exitCode = 1;
    return undefined;
  }
  const rep = JSON.parse(readFileSync(file, 'utf8')) as Report;
  if (!keepDir) rmSync(dir, { recursive: true, force: true });
  return rep;
}

export function write(file: string, text: string): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, text);
}

const fx = (v: number, d = 1) => v.toFixed(d);

export function formatTables(r: Report): string {
  const out: string[] = [];
  for (const [rt, dev] of Object.entries(r.devices)) {
    const fl = r.floors?.[rt];
    out.push(`\n### ${rt === 'spirv' ? 'SPIR-V on Vulkan' : 'WGSL on Dawn'}: ${dev}; read ceiling ${fx(r.ceilingsGBs[rt], 0)} GB/s (1 GiB)${fl ? `; empty dispatch ${fx(fl.emptyOneWgUs, 2)} us (1 workgroup), ${fx(fl.emptyGridUs, 2)} us (${STREAM_GRID} workgroups)` : ''}\n`);
    for (const regime of ['cold', 'l2']) {
      const rs = r.rows.filter((x) => x.runtime === rt && x.regime === regime);
      if (!rs.length) continue;
      out.push(`\n${regime === 'cold' ? 'Cold (weights rotated beyond L2)' : 'L2-resident (one weight buffer)'}: mat-vec us (median of GPU timestamps); read us = a streaming read of the same bytes (weights + activations) in the same regime and runtime; % of read = read us / mat-vec us; quantize_q8_1 us separately\n`);
      out.push('| format | rows x K | n | variant | mat-vec us | read us | % of read | quantize us | GB/s | % of 1 GiB ceiling |');
      out.push('|---|---|---|---|---|---|---|---|---|---|');
      for (const x of rs) out.push(`| ${x.format} | ${x.rows}x${x.K} | ${x.ncols} | ${x.key}@${x.wg} | ${fx(x.us, 2)} | ${fx(x.ceilingUs, 2)} | ${fx(x.pctOfRead)}% | ${fx(x.quantUs, 2)} | ${fx(x.gbs, x.gbs < 10 ? 2 : 0)} | ${fx(x.pctCeiling)}% |`);
    }
    const as = r.anchors.filter((x) => x.runtime === rt);
    if (as.length) {
      out.push(`\nAnchor regime (W = ${as[0].shape ?? '4096x14336'}, one submission: one quantize then ${as[0].ops ?? 400} back-to-back mat-vecs on one W, as ggml-vulkan reuses`);
      out.push('the quantized src1; paired = the old regime, a quantize before every mat-vec; us per op, GPU = first to last timestamp; speed-up = llama.cpp / kgen GPU):\n');
      out.push('| format | n | variant | kgen us/op (GPU) | host wall | paired us/op (GPU) | quantize alone us/op | llama.cpp best us | speed-up | llama.cpp source |');
      out.push('|---|---|---|---|---|---|---|---|---|---|');
      for (const a of as) out.push(`| ${a.format} | ${a.ncols} | ${a.key} | ${fx(a.gpuUsPerOp, 2)} | ${fx(a.usPerOp, 2)} | ${fx(a.pairedGpuUsPerOp, 2)} | ${a.quantGpuUsPerOp !== undefined ? fx(a.quantGpuUsPerOp, 2) : '-'} | ${a.llamaUs ?? '-'} | ${a.ratioToLlama ? fx(a.ratioToLlama, 2) + 'x' : '-'} | ${a.llamaSource ?? '-'} |`);
      for (const nc of [1, 8]) {
        const rs2 = as.filter((a) => a.ncols === nc && a.ratioToLlama);
        if (rs2.length) out.push(`\ngeometric mean speed-up at n = ${nc}: ${fx(Math.exp(rs2.reduce((s, a) => s + Math.log(a.ratioToLlama!), 0) / rs2.length), 2)}x over ${rs2.length} formats`);
      }
    }
  }
  return out.join('\n') + '\n';
}

/** A bar chart (SVG) of cold GB/s per format, n = 1, the two llama-3-8B FFN shapes, both runtimes. */
export function chart(r: { ceilingsGBs: Record<string, number>; rows: BenchRow[] }): string {
  const series = [...new Set(r.rows.filter((x) => x.regime === 'cold' && x.ncols === 1).map((x) => `${x.runtime} ${x.rows}x${x.K}`))].sort();
  const formats = [...new Set(r.rows.map((x) => x.format))];
  const W = 60 + formats.length * (series.length * 14 + 16), H = 340;
  const max = Math.max(...Object.values(r.ceilingsGBs), ...r.rows.map((x) => x.gbs)) * 1.05;
  const yv = (v: number) => H - 40 - (v / max) * (H - 80);
  const colors = ['#1f77b4', '#aec7e8', '#ff7f0e', '#ffbb78', '#2ca02c', '#98df8a', '#d62728', '#ff9896'];
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="10">`,
    `<text x="10" y="16" font-size="13">kgen mat-vec, cold weights, n = 1: effective GB/s per format</text>`];
  for (const [i, [rt, c]] of Object.entries(r.ceilingsGBs).entries()) {
    parts.push(`<line x1="50" x2="${W - 10}" y1="${yv(c)}" y2="${yv(c)}" stroke="#888" stroke-dasharray="4 3"/><text x="${W - 200}" y="${yv(c) - 3 - 10 * i}">${rt} read ceiling ${c.toFixed(0)} GB/s</text>`);
  }
  formats.forEach((f, fi) => {
    const x0 = 60 + fi * (series.length * 14 + 16);
    series.forEach((s, si) => {
      const row = r.rows.find((x) => x.format === f && x.regime === 'cold' && x.ncols === 1 && `${x.runtime} ${x.rows}x${x.K}` === s);
      if (!row) return;
      parts.push(`<rect x="${x0 + si * 14}" y="${yv(row.gbs)}" width="12" height="${yv(0) - yv(row.gbs)}" fill="${colors[si % colors.length]}"><title>${s} ${f}: ${row.gbs.toFixed(0)} GB/s</title></rect>`);
    });
    parts.push(`<text x="${x0}" y="${H - 25}">${f}</text>`);
  });
  series.forEach((s, si) => parts.push(`<rect x="${60 + si * 150}" y="${H - 14}" width="10" height="10" fill="${colors[si % colors.length]}"/><text x="${74 + si * 150}" y="${H - 5}">${s}</text>`));
  parts.push(`<text x="5" y="${yv(0)}">0</text><text x="5" y="${yv(max / 2)}">${(max / 2).toFixed(0)}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}
