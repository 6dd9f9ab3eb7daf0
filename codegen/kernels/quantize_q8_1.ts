// quantize_q8_1: f32 activations -> q8_1x4 (see ACT in common.ts), one thread per 32-element block.
//
// The rounding rule (kgen's, identical on every target and in targets/js/activation.ts):
//   amax = max |x| (compared as bits), q = round-half-away-from-zero of the EXACT quotient 127 x / amax,
//   computed with integer mantissas and one u32 division, so no GPU division or reciprocal precision
//   enters; d = f16(amax * f32(1/127)) (float multiply, round to nearest even; f16 conversion exact in
//   integers); the header holds d and the exact integer sum of q. ggml's quantize_row_q8_1_ref rounds
//   x * (1 / d) instead, which differs from the exact quotient in rare double-rounding cases.
import * as ir from '../ir/expr.js';
import type { Expr } from '../ir/expr.js';
import type { Kernel } from '../ir/kernel.js';
import { Body } from './builder.js';
import { ACT, builtins, P, WG_SIZE } from './common.js';

const U = ir.u;

/** float32 bits -> binary16 bits, round to nearest even, overflow to Inf, NaN -> 0x7e00 (ggml's rule). */
export function f32BitsToF16(bits: Expr): Expr {
  const sign = ir.and(ir.shr(bits, U(16)), U(0x8000));
  const e = ir.and(ir.shr(bits, U(23)), U(0xff));
  const m = ir.and(bits, U(0x7fffff));
  // Normal half (exponent 1..30), rounding may carry into the exponent (and to Inf).
  const hn = ir.or(ir.shl(ir.sub(e, U(112)), U(10)), ir.shr(m, U(13)));
  const rn = ir.and(m, U(0x1fff));
  const upN = ir.bin('lor', ir.bin('gt', rn, U(0x1000)), ir.bin('land', ir.bin('eq', rn, U(0x1000)), ir.bin('ne', ir.and(hn, U(1)), U(0))));
  const normal = ir.add(hn, ir.select(upN, U(1), U(0)));
  // Subnormal half (e in 103..112): the full mantissa shifted right by 126 - e, rounded to even.
  const full = ir.or(m, U(0x800000));
  const sh = ir.sub(U(126), e);
  const shc = ir.bin('min', sh, U(31));
  const hs = ir.shr(full, shc);
  const rs = ir.and(full, ir.sub(ir.shl(U(1), shc), U(1)));
  const half = ir.shl(U(1), ir.sub(shc, U(1)));
  const upS = ir.bin('lor', ir.bin('gt', rs, half), ir.bin('land', ir.bin('eq', rs, half), ir.bin('ne', ir.and(hs, U(1)), U(0))));
  const subnormal = ir.add(hs, ir.select(upS, U(1), U(0)));
  const mag = ir.select(
    ir.bin('eq', e, U(255)),
    ir.select(ir.bin('ne', m, U(0)), U(0x7e00), U(0x7c00)),
    ir.select(ir.bin('ge', e, U(143)), U(0x7c00), ir.select(ir.bin('ge', e, U(113)), normal, ir.select(ir.bin('ge', e, U(102)), subnormal, U(0)))),
  );
  return ir.select(ir.bin('land', ir.bin('eq', e, U(255)), ir.bin('ne', m, U(0))), U(0x7e00), ir.or(sign, mag));
}

/** round-half-away(127 * |x| / amax) for float32 bit patterns, in integers; 0 when amax is 0. */
function quantMagnitude(xbits: Expr, ma: Expr, ea: Expr, amaxZero: Expr): Expr {
  const ax = ir.and(xbits, U(0x7fffffff));
  const e = ir.shr(ax, U(23));
  const mx = ir.or(ir.and(ax, U(0x7fffff)), ir.select(ir.bin('ne', e, U(0)), U(0x800000), U(0)));
  const ex = ir.bin('max', e, U(1));
  const k = ir.sub(ea, ex);
  const tooSmall = ir.bin('lor', amaxZero, ir.bin('gt', k, U(8)));
  const D = ir.select(tooSmall, U(1), ir.shl(ma, ir.bin('min', k, U(8))));
  const N = ir.mul(mx, U(127));
  const q0 = ir.bin('div', N, D);
  const r = ir.sub(N, ir.mul(q0, D));
  const q = ir.add(q0, ir.select(ir.bin('ge', r, ir.sub(D, r)), U(1), U(0)));
  return ir.select(tooSmall, U(0), q);
}

export function buildQuantizeQ8_1(): Kernel {
  // 8 threads per 32-value block, one vec4 each (coalesced 16-byte loads); amax and the exact sum are
  // combined over the 8 threads in workgroup memory.
  const b = new Body();
  const tid = builtins.tid;
  const blocksPerCol = b.let('blocks_per_col', ir.mul(ir.shr(ir.add(P('K'), U(127)), U(7)), U(4)));
  const jb = b.let('jb', ir.add(ir.mul(builtins.wgX, ir.shr(WG_SIZE, U(3))), ir.shr(tid, U(3))));
  const lane = b.let('lane8', ir.and(tid, U(7)));
  const first = b.let('first', ir.and(tid, U(0xfffffff8)));
  const col = b.let('col', builtins.wgY);
  const inBlock = b.let('in_block', ir.lt(jb, blocksPerCol));
  const valid = b.let('valid', ir.bin('land', inBlock, ir.lt(ir.mul(jb, U(32)), P('K'))));
  const at = b.let('at', ir.add(ir.shr(ir.mul(col, P('x_col_stride')), U(2)), ir.add(ir.mul(jb, U(8)), lane)));
  const v = b.let('v', ir.elem('x', 'vec4u', 'vec4u', ir.select(valid, at, U(0))));
  const xs = [0, 1, 2, 3].map((i) => b.let(`x${i}`, ir.select(valid, ir.comp(v, i), U(0))));
  const amax4 = xs.map((x) => ir.and(x, U(0x7fffffff))).reduce((m, x) => ir.bin('max', m, x));
  b.shstore('red', tid, amax4);
  b.barrier();
  let amaxE: Expr = ir.shload('red', 'u32', first);
  for (let i = 1; i < 8; i++) amaxE = ir.bin('max', amaxE, ir.shload('red', 'u32', ir.add(first, U(i))));
  const amax = b.let('amax', amaxE);
  const ea0 = b.let('amax_exp', ir.shr(amax, U(23)));
  const ma = b.let('amax_man', ir.or(ir.and(amax, U(0x7fffff)), ir.select(ir.bin('ne', ea0, U(0)), U(0x800000), U(0))));
  const ea = b.let('amax_e', ir.bin('max', ea0, U(1)));
  const zero = b.let('all_zero', ir.bin('eq', amax, U(0)));
  const items: [string, Expr][] = xs.map((x, l) => {
    const mag = quantMagnitude(x, ma, ea, zero);
    return [`q${l}`, ir.select(ir.bin('ne', ir.shr(x, U(31)), U(0)), ir.sub(U(0), mag), mag)];
  });
  const qs = b.lets(items);
  let word: Expr = U(0);
  qs.forEach((q, l) => (word = ir.or(word, ir.shl(ir.and(q, U(0xff)), U(8 * l)))));
  const outBase = b.let('out_base', ir.add(ir.mul(col, P('out_col_stride')), ir.mul(ir.shr(jb, U(2)), U(ACT.superBlockBytes / 4))));
  const sub = b.let('sub', ir.and(jb, U(3)));
  b.if(inBlock, () => b.store('y', 'u32', ir.add(ir.add(outBase, U(4)), ir.add(ir.mul(sub, U(8)), lane)), word));
  b.barrier(); // everyone has read `red` before it is reused for the sums
  b.shstore('red', tid, qs.reduce((a, q) => ir.add(a, q)));
  b.barrier();
  b.if(ir.bin('land', inBlock, ir.bin('eq', lane, U(0))), () => {
    let sumE: Expr = ir.shload('red', 'u32', first);
    for (let i = 1; i < 8; i++) sumE = ir.add(sumE, ir.shload('red', 'u32', ir.add(first, U(i))));
    const d = b.let('d', ir.bin('mul', ir.bitcast('f32', amax), ir.f(Math.fround(1 / 127))));
    const dh = b.let('d_f16', f32BitsToF16(ir.bitcast('u32', d)));
    b.store('y', 'u32', ir.add(outBase, sub), ir.or(dh, ir.shl(sumE, U(16))));
  });
  return {
    key: 'quantize_q8_1',
    op: 'quantize_q8_1',
    entryPoint: 'main',
    workgroupSize: { constant: 'WG_SIZE' },
    buffers: [
      { name: 'x', binding: 0, access: 'read', views: ['vec4u'], role: 'activations, f32 (read as bits, 4 per load)' },
      { name: 'y', binding: 1, access: 'read_write', views: ['u32'], role: 'q8_1x4 output (144 bytes per 128 values per column)' },
    ],
    params: [
      { name: 'K', ty: 'u32', doc: 'values per column (a multiple of 32)' },
      { name: 'x_col_stride', ty: 'u32', doc: 'f32 between input columns (a multiple of 4)' },
      { name: 'out_col_stride', ty: 'u32', doc: 'u32 words between output columns (36 * ceil(K / 128))' },
    ],
    constants: [{ name: 'WG_SIZE', id: 0, ty: 'u32', default: 256, doc: 'threads per workgroup (8 per 32-value block; a multiple of 8)' }],
    shared: [{ name: 'red', ty: 'u32', perThread: 1 }],
    tables: [],
    tableForm: 'const',
    body: b.stmts,
    doc: [
      'quantize_q8_1: f32 activations -> q8_1x4 (header per block: f16 d | int16 exact sum << 16; int8 quants)',
      'rounding: round half away from zero of the exact quotient 127 x / amax (integer arithmetic)',
      'grid: x = ceil(4 * ceil(K / 128) * 8 / WG_SIZE), y = columns',
    ],
    aligns: b.aligns,
  };
}
