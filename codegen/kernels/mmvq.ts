// mmvq / mmvq_id: y = W . X with W in a quantized format and X in q8_1x4, through packed int8 dots.
//
// A workgroup computes `rows` consecutive weight rows for `ncols` columns. Its threads stride over
// the 32-element blocks of K; for each block a thread reads the activations of every column once,
// then for each row the format's quants, scale and min, and accumulates
//   d_x * sum over groups (S_g * (dot(q, x) - z * sum(x)) + M_g * sum(x))    dot and sum exact in integers
// in float32. The partial sums are reduced over the workgroup (subgroup ops or workgroup memory).
import * as ir from '../ir/expr.js';
import type { Expr } from '../ir/expr.js';
import { instantiate, wordsPerGroup, type FormatIR } from '../ir/format.js';
import type { BufferDecl, Kernel } from '../ir/kernel.js';
import { Body } from './builder.js';
import { builtins, MATVEC_PARAMS, P, readActivationBlock, reduce, WG_SIZE } from './common.js';
import { keyString, scheduleOf, type KernelKey } from './key.js';
import { lowerLookups } from './lut.js';
import { checkSchedule, type LutAccess } from './schedule.js';

const U = ir.u;
const ONES = U(0x01010101);

export interface BatchAddressing { wBase: Expr; xBase: Expr; yBase: Expr }

/** Batch/expert offsets for mat-vec kernels: bytes of W, activation units of X, floats of Y. */
export function batchAddressing(b: Body, op: KernelKey['op']): BatchAddressing {
  const batch = builtins.wgY;
  if (op === 'mmvq_id') {
    // wg_y enumerates (used slot u, token t); the expert comes from ids[t * ids_stride + u].
    const u = b.let('slot', ir.bin('rem', batch, P('ne12')));
    const t = b.let('token', ir.bin('div', batch, P('ne12')));
    const expert = b.let('expert', ir.cast('u32', ir.elem('ids', 'i32', 'i32', ir.add(ir.mul(t, P('ids_stride')), u))));
    return {
      wBase: b.let('w_base', ir.mul(expert, P('w_stride2')), 4),
      xBase: b.let('x_base', ir.add(ir.mul(ir.bin('rem', u, P('ne11')), P('x_col_stride')), ir.mul(t, P('x_stride2')))),
      yBase: b.let('y_base', ir.add(ir.mul(u, P('y_col_stride')), ir.mul(t, P('y_stride2')))),
    };
  }
  const i12 = b.let('i12', ir.bin('rem', batch, P('ne12')));
  const i13 = b.let('i13', ir.bin('div', batch, P('ne12')));
  return {
    wBase: b.let('w_base', ir.add(ir.mul(ir.bin('div', i13, P('r3')), P('w_stride3')), ir.mul(ir.bin('div', i12, P('r2')), P('w_stride2'))), 4),
    xBase: b.let('x_base', ir.add(ir.mul(i13, P('x_stride3')), ir.mul(i12, P('x_stride2')))),
    yBase: b.let('y_base', ir.add(ir.mul(i13, P('y_stride3')), ir.mul(i12, P('y_stride2')))),
  };
}

/** The quants words, scale and min of group h (of gpc) of chunk `slice` of the block at `base`, bound as lets
 *  (names prefixed by `pre`; lookups lowered for the schedule's lut access). */
export function loadGroup(b: Body, f: FormatIR, base: Expr, slice: Expr, r: number, h: number, lut: LutAccess = 'vec', pre = ''): { q: Expr[]; S: Expr; M?: Expr } {
  const gpc = 32 / f.groupElems;
  const wpg = wordsPerGroup(f);
  const g = gpc === 1 ? slice : ir.add(ir.mul(slice, U(gpc)), U(h));
  const items: [string, Expr][] = [];
  for (let w = 0; w < wpg; w++) items.push([`${pre}q${r}_${h}_${w}`, lowerLookups(instantiate(f, base, g, w).quants, f.tables, lut)]);
  const m = instantiate(f, base, g);
  items.push([`${pre}s${r}_${h}`, lowerLookups(m.scale, f.tables, lut)]);
  if (m.min) items.push([`${pre}m${r}_${h}`, lowerLookups(m.min, f.tables, lut)]);
  const vals = b.lets(items);
  return { q: vals.slice(0, wpg), S: vals[wpg], M: m.min ? vals[wpg + 1] : undefined };
}

/** Reduces the R x NC accumulators over the workgroup and stores the rows that exist. */
export function storeOutputs(b: Body, mode: KernelKey['reduce'], acc: Expr[], NC: number, row0: Expr, yBase: Expr): void {
  reduce(b, mode, acc, (i, total) => {
    const r = Math.floor(i / NC), c = i % NC;
    const row = ir.add(row0, U(r));
    b.if(ir.lt(row, P('rows')), () => b.store('y', 'f32', ir.add(ir.add(yBase, ir.mul(U(c), P('y_col_stride'))), row), total));
  });
}

/** First row of this workgroup (the grid may be split over x and z when rows exceed one dimension). */
export function firstRow(b: Body, rows: number): Expr {
  return b.let('row0', ir.mul(ir.add(builtins.wgX, ir.mul(builtins.numWgX, builtins.wgZ)), U(rows)));
}

/** Where chunk u of a step lies: its block, its 32-element slice in the block, and its activation
 *  block as [super-block of 4, block within it]. */
interface ChunkAt { blk: Expr; slice: Expr; act: [Expr, Expr] }

export function buildMmvq(f: FormatIR, key: KernelKey): Kernel {
  const { ncols: NC, rows: R } = key;
  const sched = scheduleOf(key);
  const isId = key.op === 'mmvq_id';
  if (isId && NC !== 1) throw new Error(`kgen: ${keyString(key)}: mmvq_id computes one column per workgroup (ncols 1)`);
  checkSchedule(sched, keyString(key));
  const b = new Body();
  const G = f.groupElems;
  const wpg = wordsPerGroup(f);
  const gpc = 32 / G; // groups per 32-element chunk
  const cpb = f.blockElems / 32; // chunks per block
  const log2cpb = Math.log2(cpb);
  const UN = sched.unroll;

  const { wBase, xBase, yBase } = batchAddressing(b, key.op);
  const row0 = firstRow(b, R);
  const lastRow = b.let('last_row', ir.sub(P('rows'), U(1)));
  // Rows past the end are clamped for loading (always in bounds) and skipped when storing.
  const rowBase = Array.from({ length: R }, (_, r) =>
    b.let(`row_base${r}`, ir.add(wBase, ir.mul(ir.bin('min', ir.add(row0, U(r)), lastRow), P('w_row_stride'))), f.blockAlign),
  );
  const acc = Array.from({ length: R * NC }, (_, i) => b.var(`acc${i}`, 'f32', ir.f(0)));
  const nchunks = b.let('n_chunks', ir.shr(P('K'), U(5)));

  /** One 32-element chunk for every row and column, accumulated (names prefixed by `pre`). */
  const chunk = (at: ChunkAt, pre: string) => {
    const xs = Array.from({ length: NC }, (_, c) =>
      readActivationBlock(b, `${pre}x${c}`, ir.add(xBase, ir.mul(U(c), P('x_col_stride'))), at.act),
    );
    const blk = b.let(`${pre}blk`, at.blk);
    // A constant slice stays a constant so the format's field offsets fold (the contig walk).
    const slice = at.slice.k === 'const' && UN > 1 ? at.slice : b.let(`${pre}slice`, at.slice);
    for (let r = 0; r < R; r++) {
      const base = b.let(`${pre}b${r}`, ir.add(rowBase[r], ir.mul(blk, U(f.blockBytes))), f.blockAlign);
      const t: Expr[] = [];
      for (let h = 0; h < gpc; h++) {
        const { q, S, M } = loadGroup(b, f, base, slice, r, h, sched.lut, pre);
        for (let c = 0; c < NC; c++) {
          const xw = xs[c].words.slice(h * wpg, (h + 1) * wpg);
          let dot: Expr = ir.i(0);
          q.forEach((qw, w) => (dot = ir.add(dot, ir.call('dot4i8', [qw, xw[w]]))));
          // The exact integer sum of this group's activations (the block header has it for 32).
          let sumI: Expr | undefined;
          if (M || f.zeroPoint) {
            if (gpc === 1) sumI = xs[c].sumI;
            else {
              let s: Expr = ir.i(0);
              xw.forEach((x) => (s = ir.add(s, ir.call('dot4i8', [x, ONES]))));
              sumI = s;
            }
          }
          if (f.zeroPoint) dot = ir.sub(dot, ir.mul(sumI!, ir.i(f.zeroPoint))); // dot(q - z, x), exact
          let term = ir.bin('mul', S, ir.cast('f32', dot));
          if (M) term = ir.bin('add', term, ir.bin('mul', M, ir.cast('f32', sumI!)));
          t[c] = h === 0 ? term : ir.bin('add', t[c], term);
        }
      }
      for (let c = 0; c < NC; c++) {
        const a = acc[r * NC + c];
        b.assign(a, ir.bin('add', a, ir.bin('mul', xs[c].d, t[c])));
      }
    }
  };
  /** Chunk j, any j (what the default schedule and every tail loop take). */
  const anyChunk = (j: Expr): ChunkAt => ({ blk: ir.shr(j, U(log2cpb)), slice: ir.and(j, U(cpb - 1)), act: [ir.shr(j, U(2)), ir.and(j, U(3))] });

  if (UN === 1) {
    b.for('j', builtins.tid, nchunks, WG_SIZE, (j) => chunk(anyChunk(j), ''));
  } else {
    // Steps of WG_SIZE * unroll chunks while a whole step fits, then the rest one chunk per thread.
    const step = ir.mul(WG_SIZE, U(UN));
    const full = b.let('n_full', ir.mul(ir.bin('div', nchunks, step), step));
    if (sched.walk === 'strided') {
      b.for('j0', builtins.tid, full, step, (j0) => {
        for (let u = 0; u < UN; u++) chunk(anyChunk(b.let(`u${u}_j`, ir.add(j0, ir.mul(WG_SIZE, U(u))))), `u${u}_`);
      });
    } else {
      // Thread t takes chunks unroll * t + u: the block, slice and activation block of each chunk are
      // split with constant parts (j0 is a multiple of unroll), so shared words load once.
      b.for('j0', ir.mul(builtins.tid, U(UN)), full, step, (j0) => {
        for (let u = 0; u < UN; u++) {
          const blk = UN >= cpb ? ir.add(ir.shr(j0, U(log2cpb)), U(u >> log2cpb)) : ir.shr(j0, U(log2cpb));
          const slice = UN >= cpb ? U(u & (cpb - 1)) : ir.add(ir.and(j0, U(cpb - 1)), U(u));
          const act: [Expr, Expr] = UN >= 4 ? [ir.add(ir.shr(j0, U(2)), U(u >> 2)), U(u & 3)] : [ir.shr(j0, U(2)), ir.add(ir.and(j0, U(3)), U(u))];
          chunk({ blk, slice, act }, `u${u}_`);
        }
      });
    }
    b.for('j', ir.add(full, builtins.tid), nchunks, WG_SIZE, (j) => chunk(anyChunk(j), ''));
  }

  storeOutputs(b, key.reduce, acc, NC, row0, yBase);

  const tables = sched.lut === 'vec' ? f.tables : [];
  return matvecKernel(f, key, b, { name: 'x', binding: 1, access: 'read', views: ['vec4u'], role: 'activations in q8_1x4 (from quantize_q8_1)' }, [
    `${isId ? 'mmvq_id' : 'mmvq'}: y = W . x, W in ${f.name} (${f.blockElems} per ${f.blockBytes}-byte block), x in q8_1x4, y in f32`,
    `grid: x * z = ceil(rows / ${R}) row groups, y = ${isId ? 'n_used * tokens' : 'batches (ne12 * ne13)'}`,
    ...(UN > 1 || sched.lut !== 'vec' ? [`schedule: ${UN} chunk(s) per thread per step (${sched.walk}), lookup tables ${sched.lut}`] : []),
  ], isId ? [{ name: 'ids', binding: 3, access: 'read', views: ['i32'], role: 'expert ids, i32 [tokens][ids_stride]' }] : [], tables);
}

/** The kernel record every mat-vec template shares: weights, activations, output (+ extra buffers),
 *  the shape parameters, the workgroup size constant and the reduction memory. */
export function matvecKernel(f: FormatIR, key: KernelKey, b: Body, x: BufferDecl, doc: string[], extra: BufferDecl[] = [], tables = f.tables): Kernel {
  const { ncols: NC, rows: R } = key;
  return {
    key: keyString(key),
    op: key.op,
    format: f.name,
    entryPoint: 'main',
    workgroupSize: { constant: 'WG_SIZE' },
    buffers: [
      { name: 'w', binding: 0, access: 'read', views: ['u32'], role: `weights: rows of ${f.name} blocks (ggml/GGUF bytes)` },
      x,
      { name: 'y', binding: 2, access: 'read_write', views: ['f32'], role: 'output, f32' },
      ...extra,
    ],
    params: MATVEC_PARAMS,
    constants: [{ name: 'WG_SIZE', id: 0, ty: 'u32', default: 128, doc: 'threads per workgroup (a power of two, >= 4)' }],
    shared: [{ name: 'red', ty: 'f32', perThread: R * NC }],
    tables,
    tableForm: key.tables ?? 'const',
    body: b.stmts,
    doc: [doc[0], `${NC} column(s) x ${R} row(s) per workgroup; reduction through ${key.reduce === 'sg' ? 'subgroup operations' : 'workgroup memory'}`, ...doc.slice(1)],
    aligns: b.aligns,
  };
}
