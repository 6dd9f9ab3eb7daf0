// Pieces every mat-vec kernel shares: the activation layout, thread/batch addressing and reductions.
import * as ir from '../ir/expr.js';
import type { Expr } from '../ir/expr.js';
import { BUILTINS, type ParamDecl } from '../ir/kernel.js';
import type { Body } from './builder.js';
import type { Reduction } from './key.js';

const U = ir.u;

/**
 * kgen's activation layout, "q8_1x4": per column, ceil(K/128) super-blocks of 144 bytes (9 x 16 bytes):
 * 4 header words, one per 32-element block (bits 0..15: f16 scale d; bits 16..31: int16 exact sum of
 * its quants), then the 4 blocks' 32 int8 quants each. Blocks past K are zero. Reading it needs only
 * 16-byte loads, and the exact sum replaces ggml's fp16 `s` at no extra bytes.
 */
export const ACT = {
  name: 'q8_1x4',
  superBlockElems: 128,
  superBlockBytes: 144,
  vec4PerSuperBlock: 9,
} as const;


/** Reads q8_1x4 block j of a column starting at vec4 `colBase`: scale, exact sum, 8 quant words.
 *  `j` is the block index, or [super-block, block within it] where a schedule knows them apart. */
export function readActivationBlock(b: Body, prefix: string, colBase: Expr, j: Expr | [Expr, Expr]): { d: Expr; sum: Expr; sumI: Expr; words: Expr[] } {
  const [sb, sub] = Array.isArray(j) ? j : [ir.shr(j, U(2)), ir.and(j, U(3))];
  const base = b.let(`${prefix}_at`, ir.add(colBase, ir.mul(sb, U(ACT.vec4PerSuperBlock))));
  const hdr = b.let(`${prefix}_hdr`, ir.comp(ir.elem('x', 'vec4u', 'vec4u', base), sub));
  const lo = b.let(`${prefix}_lo`, ir.elem('x', 'vec4u', 'vec4u', ir.add(ir.add(base, U(1)), ir.mul(sub, U(2)))));
  const hi = b.let(`${prefix}_hi`, ir.elem('x', 'vec4u', 'vec4u', ir.add(ir.add(base, U(2)), ir.mul(sub, U(2)))));
  const d = b.let(`${prefix}_d`, ir.call('f16tof32', [ir.and(hdr, U(0xffff))]));
  const sumI = ir.bin('shr', ir.cast('i32', hdr), U(16));
  const sum = ir.cast('f32', sumI);
  const words = [0, 1, 2, 3].map((i) => ir.comp(lo, i)).concat([0, 1, 2, 3].map((i) => ir.comp(hi, i)));
  return { d, sum, sumI, words };
}

export const builtins = {
  tid: ir.builtin(BUILTINS.localIndex, 'u32'),
  wgX: ir.builtin(BUILTINS.wgX, 'u32'),
  wgY: ir.builtin(BUILTINS.wgY, 'u32'),
  wgZ: ir.builtin(BUILTINS.wgZ, 'u32'),
  numWgX: ir.builtin(BUILTINS.numWgX, 'u32'),
  sgLane: ir.builtin(BUILTINS.sgLane, 'u32'),
  sgSize: ir.builtin(BUILTINS.sgSize, 'u32'),
};

export const P = (name: string) => ir.param(name, 'u32');
export const WG_SIZE = P('WG_SIZE');

/**
 * Sums `values` (one per output) over the workgroup and calls `write(i, total)` on one thread per output.
 * sg: subgroupAdd, then one partial per subgroup in workgroup memory; wg: a tree in workgroup memory.
 * Needs workgroup array `red` of WG_SIZE * values.length floats (wg) or values.length * (WG_SIZE / 4) (sg).
 */
export function reduce(b: Body, mode: Reduction, values: Expr[], write: (i: number, total: Expr) => void): void {
  const n = values.length;
  const tid = builtins.tid;
  if (mode === 'sg') {
    const sums = values.map((v, i) => b.let(`sg_sum${i}`, ir.call('sgAdd', [v])));
    const sgId = b.let('sg_id', ir.bin('div', tid, builtins.sgSize));
    b.if(ir.bin('eq', builtins.sgLane, U(0)), () => {
      sums.forEach((s, i) => b.shstore('red', ir.add(ir.mul(sgId, U(n)), U(i)), s));
    });
    b.barrier();
    const nsg = b.let('n_sg', ir.bin('div', WG_SIZE, builtins.sgSize));
    b.if(ir.bin('eq', tid, U(0)), () => {
      values.forEach((_, i) => {
        const tot = b.var(`total${i}`, 'f32', ir.f(0));
        b.for(`s${i}`, U(0), nsg, U(1), (s) => b.assign(tot, ir.bin('add', tot, ir.shload('red', 'f32', ir.add(ir.mul(s, U(n)), U(i))))));
        write(i, tot);
      });
    });
  } else {
    values.forEach((v, i) => b.shstore('red', ir.add(ir.mul(tid, U(n)), U(i)), v));
    b.barrier();
    b.forHalving('stride', ir.shr(WG_SIZE, U(1)), (stride) => {
      b.if(ir.lt(tid, stride), () => {
        values.forEach((_, i) => {
          const mine = ir.add(ir.mul(tid, U(n)), U(i));
          const other = ir.add(ir.mul(ir.add(tid, stride), U(n)), U(i));
          b.shstore('red', mine, ir.bin('add', ir.shload('red', 'f32', mine), ir.shload('red', 'f32', other)));
        });
      });
      b.barrier();
    });
    b.if(ir.bin('eq', tid, U(0)), () => values.forEach((_, i) => write(i, ir.shload('red', 'f32', U(i)))));
  }
}

/** Shape parameters shared by the mat-vec kernels (all u32; strides in elements of the named unit). */
export const MATVEC_PARAMS: ParamDecl[] = [
  { name: 'K', ty: 'u32', doc: 'elements per weight row (a multiple of the block size)' },
  { name: 'rows', ty: 'u32', doc: 'weight rows (outputs per column)' },
  { name: 'w_row_stride', ty: 'u32', doc: 'bytes between weight rows' },
  { name: 'w_stride2', ty: 'u32', doc: 'bytes between weight matrices along dim 2 (experts for mmvq_id)' },
  { name: 'w_stride3', ty: 'u32', doc: 'bytes between weight matrices along dim 3' },
  { name: 'x_col_stride', ty: 'u32', doc: '16-byte units between activation columns (q8_1x4 for mmvq: 9 per 128 values; 4 floats for matvec_f32)' },
  { name: 'x_stride2', ty: 'u32', doc: '16-byte activation units between batches along dim 2 (tokens for mmvq_id)' },
  { name: 'x_stride3', ty: 'u32', doc: '16-byte activation units between batches along dim 3' },
  { name: 'y_col_stride', ty: 'u32', doc: 'f32 between output columns' },
  { name: 'y_stride2', ty: 'u32', doc: 'f32 between outputs along dim 2 (tokens for mmvq_id)' },
  { name: 'y_stride3', ty: 'u32', doc: 'f32 between outputs along dim 3' },
  { name: 'ne12', ty: 'u32', doc: 'batches along dim 2 of x and y (ids per token for mmvq_id: n_used)' },
  { name: 'r2', ty: 'u32', doc: 'broadcast ratio ne12 / ne02 (W reused across dim 2)' },
  { name: 'r3', ty: 'u32', doc: 'broadcast ratio ne13 / ne03' },
  { name: 'ne11', ty: 'u32', doc: 'mmvq_id: activation columns per token (1 = broadcast to every used expert)' },
  { name: 'ids_stride', ty: 'u32', doc: 'mmvq_id: i32 elements between the ids of consecutive tokens' },
];
