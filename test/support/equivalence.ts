// The GPU equivalence suite's harness: the case matrix, the CPU expectations, the comparison with a
// derived error bound, and the two GPU backends (WGSL on Dawn through the `webgpu` package, SPIR-V on
// the native Vulkan runtime). test/targets/webgpu/equivalence.test.ts and test/targets/vulkan/equivalence.test.ts
// instantiate it once per target; every kernel comes from the committed bundle in generated/ (what
// users get), so the suite also proves that bundle.
//
// What one case checks (format x target x variant x shape):
//  1. mmvq / mmvq_id: the GPU's quantize_q8_1 output equals the CPU twin (targets/js/activation.ts,
//     quantizeQ8_1x4) byte for byte, padding blocks and untouched gaps included. The rounding rule is
//     the one in codegen/kernels/quantize_q8_1.ts: q = round-half-away-from-zero of the EXACT quotient
//     127 x / amax (integer arithmetic, no division or reciprocal precision enters), d = f16(amax * f32(1/127)).
//  2. Every output against the CPU reference (mmvq(): f32, exact integer dots; matvec_f32: the float64
//     product of the CPU-dequantized weights and the f32 activations): within the bound below, with NaN
//     exactly where the reference has NaN and the same ±Inf where it has ±Inf; NMSE <= 1e-10 per case.
//  3. Outputs (and the q8_1x4 buffer) are poisoned before every run, with a NaN payload no kernel can
//     produce (0x7fbadbad: its low 13 bits are not zero, so it is no f16 NaN widened to f32), so an
//     unwritten output fails; elements the kernel must not write (column/batch gaps, a guard tail) must
//     still hold the poison afterwards.
//
// THE BOUND. Write u = 2^-24 and gamma(n) = n u / (1 - n u) (Higham, Accuracy and Stability of Numerical
// Algorithms, 3.1). Per output, mmvq computes y = sum over 32-blocks j of d_j * t_j with
// t_j = sum over the block's groups h of (S_h * dot_h + M_h * sum_h); dot and sum are exact integers
// (|dot| < 2^24, so the int -> float conversion is exact too), S, M, d are float32 values that CPU and GPU
// compute with the same correctly rounded operations. Every term passes through at most gpc + 2 roundings
// before the accumulation (S*dot, M*sum, their add, gpc - 1 adds of the group terms, d*t; a fused
// multiply-add only removes roundings), then through the additions of the accumulation: a term's path in
// ANY summation tree of n terms has at most n - 1 non-trivial additions (adding the 0 an accumulator starts
// with is exact). The CPU accumulates sequentially over nb = K/32 blocks; a GPU thread sums
// ceil(nb / WG) blocks, then the workgroup reduction adds log2(WG) levels (wg) or, for subgroups whose
// reduction order is not specified, at most (s - 1) + (WG/s - 1) for subgroup size s (sg). With
// A = sum_j |d_j| sum_h (|S_h dot_h| + |M_h sum_h|):
//     |y_cpu - y| <= gamma(nb + gpc + 1) A,  |y_gpu - y| <= gamma(ceil(nb/WG) + R + gpc + 2) A,
// and the test requires |y_gpu - y_cpu| <= (gamma(nb + gpc + 1) + gamma(ceil(nb/WG) + R + gpc + 2)) A
// (+ the underflow terms below). It also checks the CPU reference itself against the exact value
// (computed in float64, exact up to 2^-53 relative) within its half of the bound, so the bound's model is
// tested too. For K = 4096 and WG = 128 this is about 8.5e-6 A: a worst case; the observed ratios
// (reported) are far below 1, and the NMSE limit 1e-10 is 10^6 times tighter than llama.cpp's 5e-4.
// The float path (matvec_f32) is bounded the same way against the float64 sum of (CPU-dequantized weight)
// x (activation): its path per product is the dequantization (2 roundings, which the reference's f32
// weights also carry: 2 more), the product, the G - 1 adds inside a group, then gpc adds per block into
// the thread's accumulator and the reduction, with B = sum_k |x_k| (|S q_k| + |M|) in place of A.
// Underflow: GPUs may flush subnormals to zero (Vulkan and WebGPU allow it). A flushed result is off by
// less than 2^-126 per operation, which is added per operation; a flushed INPUT (a subnormal float32 scale,
// only mxfp4's E8M0 0 and 1 give one, or a subnormal activation on the float path) can drop its whole
// term, so those terms' magnitudes are added in full.
// Overflow: where A (or a single product) reaches 2^126, partial sums may overflow in one order and not in
// another; those elements are counted as 'overflow-ambiguous' and reported, not compared.
import type { TestFn } from 'ava';
import { writeFileSync } from 'node:fs';
import { keyString, parseKey, type KernelOp, type Reduction } from '../../codegen/kernels/key.js';
import { quantizeGrid, type ManifestKernel } from '../../codegen/manifest.js';
import { cpuFormats, formatDefs, kernels as generatedKernels, manifest } from '../../generated/index.js';
import { quantize } from '../../api/formats.js';
import { q8_1x4ColumnBytes, q8_1x4ToQ8_1, quantizeQ8_1x4 } from '../../targets/js/activation.js';
import { dequantize, mmvq, type CpuFormat } from '../../targets/js/reference.js';
import { f16tof32 } from '../../targets/js/runtime.js';

// ============================================================================================ the matrix

export type Target = 'wgsl' | 'spirv';
export type MatOp = Exclude<KernelOp, 'quantize_q8_1'>;
export type DataKind = 'quantized' | 'random-bytes';

/** Batches of a 3-D mat-vec: x and y have ne12 x ne13 batches; W has ne02 x ne03 matrices (broadcast r2 = ne12/ne02, r3 = ne13/ne03). */
export interface Batch { ne12: number; ne13: number; ne02: number; ne03: number }
/** mmvq_id: `experts` weight matrices, `tokens` tokens each using `ids[t]` (n_used slots), ne11 activation columns per token. */
export interface Moe { experts: number; tokens: number; ids: number[][]; ne11: number }

export interface Case {
  format: string;
  op: MatOp;
  ncols: number;
  reduce: Reduction;
  rows: number;
  K: number;
  batch: Batch;
  moe?: Moe;
  /** Weights from the CPU quantizer, or random block bytes with forced edge scales. */
  data: DataKind;
  /** Activations with edge blocks (ties, zeros, subnormals, large values). */
  edgeActivations: boolean;
  /** Workgroup size (default: the manifest's, 128). */
  wgSize?: number;
  /** Weight rows per workgroup (the variant's R; default 1). */
  rowsPerWg?: number;
  /** The full variant key where it carries a schedule beyond rows and reduction (e.g. `.u4c.lsel`). */
  variantKey?: string;
  /** Padded strides between columns / batches: the gaps must stay poisoned. */
  pad: boolean;
  seed: number;
}

const ONE: Batch = { ne12: 1, ne13: 1, ne02: 1, ne03: 1 };
const BCAST3: Batch = { ne12: 3, ne13: 1, ne02: 1, ne03: 1 };
const GRID2X2: Batch = { ne12: 2, ne13: 2, ne02: 2, ne03: 2 };
const BCAST_R2: Batch = { ne12: 4, ne13: 1, ne02: 2, ne03: 1 };
const BCAST_R3: Batch = { ne12: 2, ne13: 3, ne02: 2, ne03: 1 };
/** 4 experts, 2 tokens with 2 used each, repeats within and across tokens; experts 1 and 2 are unused (trap weights). */
const MOE = (ne11: number): Moe => ({ experts: 4, tokens: 2, ids: [[3, 3], [0, 3]], ne11 });
const MOE_FULL = (ne11: number): Moe => ({ experts: 5, tokens: 3, ids: [[4, 0, 4], [1, 1, 1], [0, 4, 1]], ne11 });

export const caseKey = (c: Pick<Case, 'op' | 'format' | 'ncols' | 'reduce' | 'rowsPerWg' | 'variantKey'>): string =>
  c.variantKey ?? keyString({ op: c.op, format: c.format, ncols: c.ncols, rows: c.rowsPerWg ?? 1, reduce: c.reduce });

export function shapeLabel(c: Case): string {
  const parts = [`rows ${c.rows}`, `K ${c.K}`];
  const b = c.batch;
  if (b.ne12 * b.ne13 > 1) parts.push(`batch ${b.ne12}x${b.ne13} over W ${b.ne02}x${b.ne03}`);
  if (c.moe) parts.push(`experts ${c.moe.experts} tokens ${c.moe.tokens} n_used ${c.moe.ids[0].length} ne11 ${c.moe.ne11}`);
  if (c.data === 'random-bytes') parts.push('random bytes');
  if (c.edgeActivations) parts.push('edge x');
  if (c.wgSize) parts.push(`WG ${c.wgSize}`);
  if (c.rowsPerWg && c.rowsPerWg > 1) parts.push(`${c.rowsPerWg} rows per workgroup`);
  if (c.variantKey) parts.push(`schedule ${c.variantKey.split('.').slice(5).join('.')}`);
  if (c.pad) parts.push('padded');
  return parts.join(', ');
}

const ROWS = [1, 37, 64, 256];
/** Formats whose CI cases include workgroup sizes 32 and 256: a 32-element format with 2-byte blocks,
 * one with 1-byte alignment, a 16-element-group K-quant. */
const WG_FORMATS = ['q4_0', 'mxfp4', 'q3_k'];

/**
 * The cases of one format: every default variant of the bundle that the suite covers (mmvq ncols 1, 2, 4,
 * 8 with sg and wg reduction; mmvq_id sg and wg; matvec_f32 ncols 1, 2, 4, 8) over a covering design of
 * the shapes (each variant gets two rotated (rows, K) pairs so every ncols sees every rows value and every
 * K, plus the large, batched, random-byte and workgroup-size cases spread over the variants). `full`
 * (KGEN_EQUIV_FULL=1) crosses every variant with every shape and adds larger ones.
 */
export function caseMatrix(format: string, full = false): Case[] {
  const f = manifest.formats.find((x) => x.name === format);
  if (!f) throw new Error(`no format ${format} in generated/manifest`);
  const BE = f.blockElems;
  const small = BE === 32 ? [32, 224, 768] : [256, 768];
  const big = [4096, 4352];
  const out: Case[] = [];
  let seed = 1;
  const add = (c: Partial<Case> & Pick<Case, 'op' | 'ncols' | 'reduce' | 'rows' | 'K'>) =>
    out.push({ format, batch: ONE, data: 'quantized', edgeActivations: false, pad: false, seed: seed++, ...c });

  const mm: { ncols: number; reduce: Reduction }[] = [];
  for (const ncols of [1, 2, 4, 8]) for (const reduce of ['sg', 'wg'] as const) mm.push({ ncols, reduce });

  if (full) {
    const Ks = BE === 32 ? [32, 224, 768, 4096, 4352, 11264] : [256, 768, 4096, 4352, 11264];
    for (const v of mm) {
      for (const rows of [...ROWS, 1000]) for (const K of Ks) if (rows * K * v.ncols <= 256 * 4352 * 8) add({ op: 'mmvq', ...v, rows, K, pad: (rows + K) % 2 === 1 });
      for (const batch of [BCAST3, GRID2X2, BCAST_R2, BCAST_R3]) add({ op: 'mmvq', ...v, rows: 37, K: small[1], batch, pad: true });
      add({ op: 'mmvq', ...v, rows: 37, K: 2 * BE, data: 'random-bytes', edgeActivations: true });
      add({ op: 'mmvq', ...v, rows: 64, K: 768, data: 'random-bytes', batch: BCAST3, pad: true });
      for (const wgSize of [32, 64, 256, 512]) add({ op: 'mmvq', ...v, rows: 37, K: 4096, wgSize });
    }
    // Large: 4096 rows, 8 columns of 1000 rows, grid z.
    add({ op: 'mmvq', ncols: 1, reduce: 'sg', rows: 4096, K: 4352 });
    add({ op: 'mmvq', ncols: 1, reduce: 'wg', rows: 4096, K: 4096, pad: true });
    add({ op: 'mmvq', ncols: 8, reduce: 'sg', rows: 1000, K: 4352 });
    add({ op: 'mmvq', ncols: 1, reduce: 'sg', rows: 65600, K: BE, wgSize: 32 });
    add({ op: 'mmvq', ncols: 2, reduce: 'wg', rows: 65600, K: BE, wgSize: 32 });
    add({ op: 'matvec_f32', ncols: 1, reduce: 'wg', rows: 4096, K: 4096 });
    add({ op: 'matvec_f32', ncols: 1, reduce: 'wg', rows: 65600, K: BE, wgSize: 32 });
    for (const reduce of ['sg', 'wg'] as const) {
      for (const ne11 of [1, 2]) for (const K of [BE, 768, 4096]) add({ op: 'mmvq_id', ncols: 1, reduce, rows: 37, K, moe: MOE(ne11), pad: ne11 === 1 });
      for (const ne11 of [1, 3]) add({ op: 'mmvq_id', ncols: 1, reduce, rows: 256, K: 768, moe: MOE_FULL(ne11), pad: true });
      add({ op: 'mmvq_id', ncols: 1, reduce, rows: 37, K: BE, moe: MOE(2), data: 'random-bytes', edgeActivations: true });
      add({ op: 'mmvq_id', ncols: 1, reduce, rows: 64, K: 4096, moe: MOE(1), wgSize: reduce === 'sg' ? 32 : 256 });
    }
    for (const ncols of [1, 2, 4, 8]) {
      for (const rows of ROWS) for (const K of Ks) if (rows * K * ncols <= 256 * 4352 * 8) add({ op: 'matvec_f32', ncols, reduce: 'wg', rows, K, pad: rows % 2 === 1 });
      for (const batch of [BCAST3, GRID2X2, BCAST_R2]) add({ op: 'matvec_f32', ncols, reduce: 'wg', rows: 37, K: small[1], batch, pad: true });
      add({ op: 'matvec_f32', ncols, reduce: 'wg', rows: 37, K: 2 * BE, data: 'random-bytes', edgeActivations: true });
      for (const wgSize of [32, 256]) add({ op: 'matvec_f32', ncols, reduce: 'wg', rows: 37, K: 4096, wgSize });
    }
    return out;
  }

  mm.forEach((v, i) => {
    add({ op: 'mmvq', ...v, rows: ROWS[i % 4], K: small[i % small.length] });
    add({ op: 'mmvq', ...v, rows: ROWS[(i + 2) % 4], K: small[(i + 1) % small.length], pad: true });
  });
  const at = (ncols: number, reduce: Reduction) => ({ op: 'mmvq' as const, ncols, reduce });
  // Large K (more blocks than threads, K % 512 != 0 for 4352).
  add({ ...at(1, 'sg'), rows: 64, K: big[0], pad: true });
  add({ ...at(1, 'wg'), rows: 37, K: big[1] });
  add({ ...at(8, 'sg'), rows: 37, K: big[0] });
  // Batched 3-D: broadcast of one W over 3 batches (r2 = 3); 2 x 2 batches with distinct W (r2 = r3 = 1); r2 = 2.
  add({ ...at(2, 'wg'), rows: 37, K: small[1], batch: BCAST3, pad: true });
  add({ ...at(4, 'sg'), rows: 64, K: 768, batch: GRID2X2, pad: true });
  add({ ...at(4, 'wg'), rows: 37, K: BE, batch: BCAST_R2 });
  // Random block bytes with forced edge scales (and edge activations).
  add({ ...at(1, 'sg'), rows: 37, K: BE === 32 ? 224 : 512, data: 'random-bytes', edgeActivations: true });
  add({ ...at(1, 'wg'), rows: 64, K: BE, data: 'random-bytes', edgeActivations: true, pad: true });
  add({ ...at(8, 'wg'), rows: 37, K: 768, data: 'random-bytes' });
  add({ ...at(2, 'sg'), rows: 37, K: BE, data: 'random-bytes', batch: BCAST3, pad: true });
  // The workgroup-size constant (for a few formats: each size is one more pipeline to compile).
  if (WG_FORMATS.includes(format)) {
    add({ ...at(2, 'sg'), rows: 37, K: 768, wgSize: 32 });
    add({ ...at(4, 'wg'), rows: 64, K: 768, wgSize: 256 });
    add({ op: 'matvec_f32', ncols: 1, reduce: 'wg', rows: 37, K: 768, wgSize: 32 });
  }
  // More row groups than one grid dimension holds (65535): the rows spill into grid z.
  if (format === 'q4_0') add({ ...at(1, 'sg'), rows: 65600, K: 32, wgSize: 32 });

  // mmvq_id: both reductions, ne11 = 1 (broadcast) and ne11 = n_used; unused experts hold trap weights.
  add({ op: 'mmvq_id', ncols: 1, reduce: 'sg', rows: 37, K: small[1], moe: MOE(1), pad: true });
  add({ op: 'mmvq_id', ncols: 1, reduce: 'sg', rows: 64, K: BE, moe: MOE(2) });
  add({ op: 'mmvq_id', ncols: 1, reduce: 'wg', rows: 37, K: 768, moe: MOE(2), pad: true });
  add({ op: 'mmvq_id', ncols: 1, reduce: 'wg', rows: 1, K: BE, moe: MOE(1) });
  add({ op: 'mmvq_id', ncols: 1, reduce: 'wg', rows: 37, K: BE, moe: MOE(2), data: 'random-bytes' });

  // The tuned variants (rows per workgroup 2 or 4, from the shipped tuning tables) at ncols 1 and 8:
  // 37 rows leave a partial last workgroup.
  // Variants with a schedule beyond rows and reduction (the probes every build carries, and what the
  // tables choose): with 32 threads, K = 32 x (32 x unroll + 8) gives one whole step plus a tail of 8
  // chunks (in blocks of 256 too); 5 rows leave a partial last workgroup for 2 and 4 rows per workgroup.
  for (const { record: k } of Object.values(generatedKernels)) {
    if (k.op !== 'mmvq' || k.format !== format) continue;
    const sched = parseKey(k.key);
    const scheduled = (sched.unroll ?? 1) !== 1 || (sched.lut ?? 'vec') !== 'vec';
    if (!scheduled && (k.variant.rows === 1 || (k.variant.ncols !== 1 && k.variant.ncols !== 8))) continue;
    const v = { op: 'mmvq' as const, ncols: k.variant.ncols, reduce: k.variant.reduce, rowsPerWg: k.variant.rows, variantKey: scheduled ? k.key : undefined };
    add({ ...v, rows: 37, K: small[1], pad: true });
    if (!scheduled) continue;
    add({ ...v, rows: 5, K: 32 * (32 * (sched.unroll ?? 1) + 8), wgSize: 32 });
    add({ ...v, rows: 37, K: BE === 32 ? 224 : 512, data: 'random-bytes', edgeActivations: true });
  }

  // The float path.
  [1, 2, 4, 8].forEach((ncols, i) => {
    add({ op: 'matvec_f32', ncols, reduce: 'wg', rows: ROWS[i], K: small[i % small.length] });
    add({ op: 'matvec_f32', ncols, reduce: 'wg', rows: ROWS[(i + 1) % 4], K: small[(i + 1) % small.length], pad: true });
  });
  const fp = (ncols: number) => ({ op: 'matvec_f32' as const, ncols, reduce: 'wg' as const });
  add({ ...fp(1), rows: 64, K: big[0] });
  add({ ...fp(2), rows: 37, K: small[1], batch: BCAST3, pad: true });
  add({ ...fp(4), rows: 37, K: BE, batch: GRID2X2 });
  add({ ...fp(1), rows: 64, K: BE, data: 'random-bytes', edgeActivations: true, pad: true });
  add({ ...fp(8), rows: 37, K: 2 * BE, data: 'random-bytes' });
  return out;
}

/** Cases grouped by kernel key, in matrix order. */
export function byKey(cases: Case[]): Map<string, Case[]> {
  const m = new Map<string, Case[]>();
  for (const c of cases) {
    const k = caseKey(c);
    m.set(k, [...(m.get(k) ?? []), c]);
  }
  return m;
}

/** Every format of the bundle (KGEN_EQUIV_FORMATS=a,b narrows it, for debugging). */
export const FORMATS: string[] = manifest.formats.map((f) => f.name).filter((n) => !process.env.KGEN_EQUIV_FORMATS || process.env.KGEN_EQUIV_FORMATS.split(',').includes(n));

// ============================================================================================ data

/** mulberry32: a small seeded generator (deterministic across runs and machines). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedOf = (format: string, salt: number) => (0x6b67656e ^ Math.imul(FORMATS.indexOf(format) + 1, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b)) >>> 0;

/** Activation-like floats: per 32-block a magnitude 2^[-6, 6], values roughly normal. */
function floats(n: number, next: () => number): Float32Array {
  const x = new Float32Array(n);
  let scale = 1;
  for (let i = 0; i < n; i++) {
    if (i % 32 === 0) scale = 2 ** Math.round(12 * next() - 6);
    x[i] = scale * (next() + next() + next() - 1.5);
  }
  return x;
}

/**
 * Activations with edge blocks, cycling through: exact ties of 127 x / amax (amax 127, values n + 0.5),
 * all +0, a -0 / +0 mix with one nonzero, only subnormals, a normal amax with subnormal neighbours,
 * amax 1e6 (large f16 d), amax whose d rounds to the smallest f16 subnormals, one value per block, random.
 */
function edgeFloats(n: number, next: () => number): Float32Array {
  const x = floats(n, next);
  for (let b = 0; b * 32 < n; b++) {
    const o = b * 32;
    const kind = b % 9;
    for (let i = 0; i < 32; i++) {
      const s = next() < 0.5 ? -1 : 1;
      switch (kind) {
        case 0: x[o + i] = i === 0 ? 127 * s : s * (Math.floor(next() * 126) + 0.5); break;
        case 1: x[o + i] = 0; break;
        case 2: x[o + i] = i === 5 ? 3.25 : i % 2 ? -0 : 0; break;
        case 3: x[o + i] = s * Math.fround(next() * 2 ** -127); break;
        case 4: x[o + i] = i === 7 ? s * 1.5 : s * Math.fround(next() * 2 ** -130); break;
        case 5: x[o + i] = i === 3 ? 1e6 * s : x[o + i] * 1000; break;
        case 6: x[o + i] = s * 3e-6 * next(); break;
        case 7: x[o + i] = i === 31 ? s * 2.5 : 0; break;
        default: break;
      }
    }
  }
  return x;
}

/** f16 edge values (finite): ±0, subnormals (smallest, largest), smallest normal, ±1, ±max. */
const EDGE_F16_FINITE = [0x0000, 0x8000, 0x0001, 0x03ff, 0x8001, 0x83ff, 0x0400, 0x3c00, 0xbc00, 0x7bff, 0xfbff];
const NONFINITE_F16 = [0x7c00, 0xfc00, 0x7e00, 0x7c01, 0xfe00];
const EDGE_E8M0_FINITE = [0, 1, 2, 100, 126, 127, 128, 129, 150];
const EDGE_E8M0_HUGE = [250, 253, 254, 255];
const SPECIAL_BYTES = [0x00, 0xff, 0x0f, 0xf0, 0x88, 0x80, 0x7f, 0x01];

/** Scale fields to force: every single f16 field of the layout, and mxfp4's E8M0 exponent byte. */
function scaleFields(format: string): { f16: number[]; e8m0: number[] } {
  const def = formatDefs[format];
  const fields = def.derived.fields;
  return {
    f16: fields.filter((x) => x.kind === 'f16' && x.count === 1).map((x) => x.offset),
    e8m0: format === 'mxfp4' ? fields.filter((x) => x.name === 'e').map((x) => x.offset) : [],
  };
}

/**
 * `rows` rows of `bpr` random blocks: quant bytes random (half the blocks), all zero, all 0xff or drawn from
 * special bytes; scale fields an edge value 60% of the time, else random finite. Every fourth row gets one
 * non-finite scale (f16 ±Inf or a NaN; mxfp4: E8M0 250..255, whose products overflow).
 */
function randomBlocks(format: string, rows: number, bpr: number, next: () => number): Uint8Array {
  const bb = cpuFormats[format].blockBytes;
  const W = new Uint8Array(rows * bpr * bb);
  const { f16, e8m0 } = scaleFields(format);
  const pick = <T>(a: T[]) => a[Math.floor(next() * a.length)];
  for (let r = 0; r < rows; r++) {
    const special = r % 4 === 3 ? Math.floor(next() * bpr) : -1;
    for (let b = 0; b < bpr; b++) {
      const o = (r * bpr + b) * bb;
      const p = next();
      for (let i = 0; i < bb; i++) {
        const v = Math.floor(next() * 256);
        W[o + i] = p < 0.5 ? v : p < 0.625 ? 0 : p < 0.75 ? 0xff : SPECIAL_BYTES[v & 7];
      }
      const which = f16.length ? Math.floor(next() * f16.length) : 0;
      f16.forEach((at, j) => {
        let h = next() < 0.6 ? pick(EDGE_F16_FINITE) : Math.floor(next() * 0x10000);
        if ((h & 0x7c00) === 0x7c00) h &= ~0x4000; // finite
        if (b === special && j === which) h = pick(NONFINITE_F16);
        W[o + at] = h & 0xff;
        W[o + at + 1] = h >> 8;
      });
      for (const at of e8m0) W[o + at] = b === special ? pick(EDGE_E8M0_HUGE) : next() < 0.6 ? pick(EDGE_E8M0_FINITE) : Math.floor(next() * 200);
    }
  }
  return W;
}

/** Trap weights for experts no token uses: random quants with NaN (mxfp4: the largest) scales. */
function trapBlocks(format: string, rows: number, bpr: number, next: () => number): Uint8Array {
  const bb = cpuFormats[format].blockBytes;
  const W = new Uint8Array(rows * bpr * bb).map(() => Math.floor(next() * 256));
  const { f16, e8m0 } = scaleFields(format);
  for (let o = 0; o < W.length; o += bb) {
    for (const at of f16) { W[o + at] = 0x00; W[o + at + 1] = 0x7e; }
    for (const at of e8m0) W[o + at] = 255;
  }
  return W;
}

const weightCache = new Map<string, Uint8Array>();

/** Weights of one matrix (rows x K), cached per (format, kind, shape, seed) so both targets and all variants share them. */
function matrix(format: string, kind: DataKind | 'trap', rows: number, K: number, seed: number): Uint8Array {
  const id = `${format}/${kind}/${rows}/${K}/${seed}`;
  let W = weightCache.get(id);
  if (!W) {
    const next = rng(seedOf(format, seed));
    const bpr = K / cpuFormats[format].blockElems;
    if (kind === 'quantized') {
      // Rows of varied magnitude, some with an outlier.
      const x = floats(rows * K, next);
      for (let r = 0; r < rows; r++) {
        const s = 2 ** Math.round(8 * next() - 4);
        for (let k = 0; k < K; k++) x[r * K + k] *= s;
        if (r % 5 === 2) x[r * K + Math.floor(next() * K)] *= 50;
      }
      // An all-ones importance matrix, as ggml's golden vectors (iq2_xxs and iq2_xs need one; the rest ignore it).
      W = quantize(format, x, { importance: new Float32Array(K).fill(1) });
    } else if (kind === 'random-bytes') W = randomBlocks(format, rows, bpr, next);
    else W = trapBlocks(format, rows, bpr, next);
    if (weightCache.size > 64) weightCache.clear();
    weightCache.set(id, W);
  }
  return W;
}

// ============================================================================================ backends

/** A backend's buffer (opaque to the harness). */
export type GpuBuffer = object;

export interface Dispatch {
  key: string;
  buffers: GpuBuffer[];
  params: Record<string, number>;
  grid: [number, number, number];
  wgSize?: number;
}

/** One GPU target as the suite drives it. */
export interface Backend {
  readonly target: Target;
  /** Adapter / device, driver. */
  readonly description: string;
  /** Subgroup sizes the device may use (for the bound on subgroup reductions). */
  readonly subgroupSizes: [number, number];
  createBuffer(byteLength: number, label: string): GpuBuffer;
  write(buf: GpuBuffer, data: Uint8Array): void;
  read(buf: GpuBuffer): Promise<Uint8Array>;
  destroyBuffer(buf: GpuBuffer): void;
  /** Runs the dispatches in order (each sees the previous one's writes) and waits. */
  run(dispatches: Dispatch[]): Promise<void>;
  /** Validation / device error messages since the last call. */
  takeMessages(): Promise<string[]>;
  destroy(): void;
}

const record = (key: string): ManifestKernel => {
  const k = generatedKernels[key];
  if (!k) throw new Error(`generated/ has no kernel ${key}`);
  return k.record;
};

/** WGSL on Dawn (the `webgpu` package). KGEN_DAWN_ADAPTER=<name> picks an adapter (default: Dawn's choice). */
export async function openWebGpuBackend(): Promise<Backend> {
  const { WgslKernels, bundleFromGenerated, openWebGpu } = await import('../../targets/webgpu/runtime.js');
  // openWebGpu keeps Dawn's instance alive until destroy() (else it is collected and the process hangs or aborts).
  const gpu = await openWebGpu({ dawnOptions: process.env.KGEN_DAWN_ADAPTER ? [`adapter=${process.env.KGEN_DAWN_ADAPTER}`] : [], powerPreference: 'high-performance' });
  const { adapter, device } = gpu;
  if (gpu.missing.length) {
    gpu.destroy();
    throw new Error(`webgpu: adapter ${adapter.info.description || adapter.info.device} lacks ${gpu.missing.join(', ')}; the suite covers every variant`);
  }
  const errors: string[] = [];
  device.addEventListener('uncapturederror', (e) => errors.push(`uncaptured: ${(e as GPUUncapturedErrorEvent).error.message}`));
  void device.lost.then((l) => errors.push(`device lost: ${l.reason} ${l.message}`));
  const kernels = new WgslKernels(device, bundleFromGenerated(generatedKernels, manifest));
  const info = adapter.info as GPUAdapterInfo & { subgroupMinSize?: number; subgroupMaxSize?: number; backend?: string };
  const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC;
  return {
    target: 'wgsl',
    description: `Dawn ${info.backend ?? ''} ${info.vendor} ${info.architecture} ${info.device} ${info.description}`.replace(/\s+/g, ' ').trim(),
    subgroupSizes: [info.subgroupMinSize || 4, info.subgroupMaxSize || 128],
    createBuffer: (byteLength, label) => device.createBuffer({ size: Math.ceil(byteLength / 4) * 4, usage, label }),
    write(buf, data) {
      if (data.byteLength % 4) throw new Error('webgpu: writes must be whole words');
      device.queue.writeBuffer(buf as GPUBuffer, 0, data.buffer, data.byteOffset, data.byteLength);
    },
    async read(buf) {
      const b = buf as GPUBuffer;
      const staging = device.createBuffer({ size: b.size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
      const enc = device.createCommandEncoder();
      enc.copyBufferToBuffer(b, 0, staging, 0, b.size);
      device.queue.submit([enc.finish()]);
      await staging.mapAsync(GPUMapMode.READ);
      const out = new Uint8Array(staging.getMappedRange().slice(0));
      staging.unmap();
      staging.destroy();
      return out;
    },
    destroyBuffer: (buf) => (buf as GPUBuffer).destroy(),
    async run(dispatches) {
      device.pushErrorScope('validation');
      device.pushErrorScope('internal');
      device.pushErrorScope('out-of-memory');
      const enc = device.createCommandEncoder();
      const pass = enc.beginComputePass();
      const temps: GPUBuffer[] = [];
      for (const d of dispatches) temps.push(await kernels.encode(pass, d.key, d.buffers as GPUBuffer[], d.params, d.grid, d.wgSize));
      pass.end();
      device.queue.submit([enc.finish()]);
      await device.queue.onSubmittedWorkDone();
      for (const scope of ['out-of-memory', 'internal', 'validation']) {
        const e = await device.popErrorScope();
        if (e) errors.push(`${scope}: ${e.message}`);
      }
      temps.forEach((t) => t.destroy());
    },
    async takeMessages() {
      return errors.splice(0);
    },
    destroy() {
      gpu.destroy();
    },

  };
}

/**
 * SPIR-V on the native Vulkan runtime with the Khronos validation layer (unless KGEN_VK_VALIDATION=0).
 * Device: KGEN_VK_DEVICE, else lavapipe when the loader lists it, else the runtime's default.
 */
export async function openVulkanBackend(): Promise<Backend> {
  process.env.XDG_RUNTIME_DIR ??= '/tmp';
  const { listVulkanDevices, openVulkanDevice } = await import('../../targets/vulkan/device.js');
  const { VulkanKernels, spirvBundleFromGenerated } = await import('../../targets/vulkan/kernels.js');
  type VBuf = import('../../targets/vulkan/device.js').VulkanBuffer;
  const validation = process.env.KGEN_VK_VALIDATION !== '0';
  const deviceIndex = process.env.KGEN_VK_DEVICE ? undefined : listVulkanDevices().find((d) => d.driverName === 'llvmpipe')?.index;
  const dev = openVulkanDevice({ deviceIndex, validation });
  const info = dev.info;
  const kernels = new VulkanKernels(dev, spirvBundleFromGenerated(generatedKernels, manifest));
  const missing = (['subgroups', 'dot4i8', 'storage8', 'storage16'] as const).filter((c) => !kernels.support[c]);
  if (missing.length) throw new Error(`vulkan: ${info.name} lacks ${missing.join(', ')}; the suite covers every variant`);
  return {
    target: 'spirv',
    description: `Vulkan ${info.name} | ${info.driverName} ${info.driverInfo} | API ${info.apiVersion}${validation ? ' | Khronos validation layer on' : ' | NO validation layer'}`,
    subgroupSizes: [info.minSubgroupSize, info.maxSubgroupSize],
    createBuffer: (byteLength, label) => dev.createBuffer(Math.ceil(byteLength / 4) * 4, label),
    write: (buf, data) => dev.write(buf as VBuf, data),
    read: async (buf) => new Uint8Array(dev.read(buf as VBuf)),
    destroyBuffer: (buf) => (buf as VBuf).destroy(),
    async run(dispatches) {
      const cmds = [];
      for (const d of dispatches) cmds.push(await kernels.cmd(d.key, d.buffers as VBuf[], d.params, d.grid, d.wgSize));
      dev.run(cmds);
    },
    takeMessages: async () => dev.takeValidationMessages(),
    destroy() {
      kernels.destroy();
      dev.destroy();
    },
  };
}

// ============================================================================================ expectations

const U = 2 ** -24;
const gamma = (n: number) => (n * U) / (1 - n * U);
const TINY = 2 ** -126;
/** Magnitude from which partial sums may overflow float32 in one order and not another. */
const OVERFLOW_RISK = 2 ** 126;
/**
 * A single product S * q (or S * dot) at least this large is ±Inf in float32 whatever the evaluation:
 * rounded alone it overflows, and fused into S * q + M (an FMA) the addend, |M| or |M * sum| < 2^64 for
 * every format, cannot bring it back under 2^128. Such a term makes the output non-finite on both sides
 * (NaN/Inf must then match exactly) instead of overflow-ambiguous: mxfp4's E8M0 250..255 exercise it.
 */
const CERTAIN = 2 ** 129;

/** Per-output facts for the comparison. */
interface Expect {
  /** The CPU reference (f32 mmvq, or the float64 sum for the float path). */
  ref: number;
  /** The exact value in float64 (mmvq: of the same per-block math). */
  exact: number;
  /** Allowed |gpu - ref|. */
  bound: number;
  /** Allowed |ref - exact| (mmvq: the CPU's half of the bound; the model's self-check). */
  cpuBound: number;
  /** A non-finite scale, weight or activation scale takes part: NaN / ±Inf must match exactly. */
  special: boolean;
  /** Partial sums may overflow depending on the order: not compared. */
  ambiguous: boolean;
}

/** The GPU's summation structure: blocks per thread, depth of the workgroup reduction. */
interface Depth { chunks: number; red: number }

/** Depth of the GPU's workgroup reduction for the bound (see the header). */
function reductionDepth(reduce: Reduction, wg: number, sg: [number, number]): number {
  if (reduce === 'wg') return Math.log2(wg);
  let worst = 0;
  for (let s = sg[0]; s <= sg[1]; s *= 2) if (s <= wg) worst = Math.max(worst, s - 1 + wg / s - 1);
  return worst;
}

const lane = (word: number, l: number) => (word << (24 - 8 * l)) >> 24;
/** The zero point a format subtracts from its lanes (w = S (q - z) + M), where the CPU format has one. */
const zeroPoint = (f: CpuFormat): number => (f as CpuFormat & { zeroPoint?: number }).zeroPoint ?? 0;

/** q8_1 (36-byte blocks) of one column: d per block, the 8 quant words per block. */
function q8Column(xq: Uint8Array, nb: number): { d: Float64Array; words: Int32Array } {
  const d = new Float64Array(nb);
  const words = new Int32Array(nb * 8);
  const dv = new DataView(xq.buffer, xq.byteOffset, xq.byteLength);
  for (let j = 0; j < nb; j++) {
    d[j] = f16tof32(dv.getUint16(j * 36, true));
    for (let w = 0; w < 8; w++) words[j * 8 + w] = dv.getInt32(j * 36 + 4 + 4 * w, true);
  }
  return { d, words };
}

/**
 * Expectations of mmvq for one weight matrix W (rows x K) and one q8_1 column: the CPU reference value
 * (`ref`, computed by the caller with mmvq()) and, from the same per-group math in float64, the exact
 * value, A, the underflow allowance and the flags.
 */
function mmvqExpect(f: CpuFormat, W: Uint8Array, xq: Uint8Array, ref: Float32Array, rows: number, K: number, depth: Depth): Expect[] {
  const nb = K / 32;
  const G = f.groupElems;
  const wpg = G / 4;
  const gpc = 32 / G;
  const { d, words } = q8Column(xq, nb);
  const z = zeroPoint(f);
  const rb = (K / f.blockElems) * f.blockBytes;
  const q = new Uint32Array(wpg);
  const out: Expect[] = [];
  const ops = nb * (3 * gpc + 2) + 64;
  const cpuN = nb + gpc + 1;
  const gpuN = depth.chunks + depth.red + gpc + 2;
  for (let r = 0; r < rows; r++) {
    let exact = 0, A = 0, sub = 0, big = 0;
    let special = false;
    let g = 0, blockStart = r * rb;
    for (let j = 0; j < nb; j++) {
      const dx = d[j];
      if (!Number.isFinite(dx)) special = true;
      let t = 0, a = 0;
      for (let h = 0; h < gpc; h++, g++) {
        if (g === f.groupsPerBlock) { g = 0; blockStart += f.blockBytes; }
        f.groupQuants(W, blockStart, g, q);
        let dot = 0, sum = 0;
        for (let w = 0; w < wpg; w++) {
          const x = words[j * 8 + h * wpg + w];
          for (let l = 0; l < 4; l++) { dot += lane(q[w], l) * lane(x, l); sum += lane(x, l); }
        }
        dot -= z * sum; // a zero point in the lanes: dot(q - z, x), exact
        const S = f.groupScale(W, blockStart, g);
        const M = f.groupMin ? f.groupMin(W, blockStart, g) : 0;
        if (!Number.isFinite(S) || !Number.isFinite(M)) special = true;
        t += S * dot + M * sum;
        let pS = Number.isFinite(S) ? Math.abs(S * dot) : 0;
        let pM = Number.isFinite(M) ? Math.abs(M * sum) : 0;
        // A product past 2^129 is ±Inf in float32 on both sides, whatever the order (see CERTAIN).
        if (pS >= CERTAIN) { special = true; pS = 0; }
        if (pM >= CERTAIN) { special = true; pM = 0; }
        a += pS + pM;
        big = Math.max(big, pS, pM);
        if (S !== 0 && Math.abs(S) < TINY) sub += Math.abs(dx) * pS;
        if (M !== 0 && Math.abs(M) < TINY) sub += Math.abs(dx) * pM;
      }
      exact += dx * t;
      if (Number.isFinite(dx)) {
        A += Math.abs(dx) * a;
        big = Math.max(big, Math.abs(dx) * a);
      }
    }
    const cpuBound = gamma(cpuN) * A + 2 ** -40 * A + ops * 2 ** -149;
    out.push({
      ref: ref[r], exact,
      bound: (gamma(cpuN) + gamma(gpuN)) * A + 2 * sub + 2 * ops * TINY,
      cpuBound,
      special,
      ambiguous: A >= OVERFLOW_RISK || big >= OVERFLOW_RISK,
    });
  }
  return out;
}

/** Expectations of the float path: the float64 sum of CPU-dequantized weights times x, with B and flags. */
function floatExpect(f: CpuFormat, W: Uint8Array, x: Float32Array, rows: number, K: number, depth: Depth): Expect[] {
  const Wd = dequantize(f, W, rows, K);
  const z = zeroPoint(f);
  const G = f.groupElems;
  const wpg = G / 4;
  const gpc = 32 / G;
  const rb = (K / f.blockElems) * f.blockBytes;
  const q = new Uint32Array(wpg);
  const out: Expect[] = [];
  // dequantize (2) + product (1) + adds in the group (G - 1) + into the accumulator (gpc per block) + the
  // reduction, + the 2 roundings of the reference's own f32 weights + 1 for the float64 sum.
  const n = 3 + (G - 1) + gpc * depth.chunks + depth.red + 2 + 1;
  const ops = 4 * K + 64;
  for (let r = 0; r < rows; r++) {
    let y = 0, B = 0, sub = 0, big = 0;
    let special = false;
    let k = 0;
    for (let b = r * rb; b < (r + 1) * rb; b += f.blockBytes) {
      for (let g = 0; g < f.groupsPerBlock; g++) {
        f.groupQuants(W, b, g, q);
        const S = f.groupScale(W, b, g);
        const M = f.groupMin ? f.groupMin(W, b, g) : 0;
        if (!Number.isFinite(S) || !Number.isFinite(M)) special = true;
        const subScale = (S !== 0 && Math.abs(S) < TINY) || (M !== 0 && Math.abs(M) < TINY);
        for (let w = 0; w < wpg; w++) {
          for (let l = 0; l < 4; l++, k++) {
            const xv = x[k];
            y += Wd[r * K + k] * xv;
            let sq = Number.isFinite(S) ? Math.abs(S * (lane(q[w], l) - z)) : 0;
            if (sq >= CERTAIN) { special = true; sq = 0; } // the weight is ±Inf on both sides
            const m = Number.isFinite(M) ? Math.abs(M) : 0;
            const mag = Math.abs(xv) * (sq + m);
            B += mag;
            big = Math.max(big, sq, m, mag);
            if (subScale || (xv !== 0 && Math.abs(xv) < TINY)) sub += mag;
          }
        }
      }
    }
    out.push({
      ref: y, exact: y,
      bound: gamma(n) * B + sub + ops * TINY,
      cpuBound: Infinity,
      special,
      ambiguous: B >= OVERFLOW_RISK || big >= OVERFLOW_RISK,
    });
  }
  return out;
}

// ============================================================================================ one case

/** NMSE limit (llama.cpp's test-backend-ops accepts 5e-4) and the outputs a case needs for a per-case NMSE. */
export const NMSE_LIMIT = 1e-10;
const NMSE_MIN_OUTPUTS = 32;

/** NaN with a payload no kernel produces (not a widened f16 NaN, not the canonical 0x7fc00000). */
export const POISON = 0x7fbadbad;
const POISON_BYTES = [0xad, 0xdb, 0xba, 0x7f];

export interface CaseResult {
  key: string;
  shape: string;
  wgSize: number;
  outputs: number;
  /** Outputs compared within the bound. */
  finite: number;
  /** Outputs where NaN / ±Inf matched the reference. */
  nonfinite: number;
  ambiguous: number;
  nmse: number;
  /** sum (gpu - ref)^2 and sum ref^2 over compared outputs (for pooled NMSE). */
  sqErr: number;
  sqRef: number;
  /** max |gpu - ref| / bound over compared outputs. */
  worstRatio: number;
  /** max |cpu - exact| / cpuBound (mmvq only): the bound model's self-check on the CPU. */
  cpuRatio: number;
  activationBytes: number;
  failures: string[];
  ms: number;
}

const fmtNum = (v: number) => (Object.is(v, -0) ? '-0' : Number.isFinite(v) ? v.toPrecision(9) : String(v));
const bitsOf = (v: number) => new Uint32Array(new Float32Array([v]).buffer)[0];

/** Runs one case on a backend and compares everything. Never throws for a mismatch: see `failures`. */
export async function runCase(be: Backend, c: Case): Promise<CaseResult> {
  const t0 = performance.now();
  const key = caseKey(c);
  const rec = record(key);
  const wg = c.wgSize ?? rec.workgroupSize.default;
  const cpu = cpuFormats[c.format];
  const { rows, K, ncols, batch } = c;
  const rowBytes = (K / cpu.blockElems) * cpu.blockBytes;
  const matBytes = rows * rowBytes;
  const isFloat = c.op === 'matvec_f32';
  const isId = c.op === 'mmvq_id';
  const failures: string[] = [];
  const fail = (m: string) => { if (failures.length < 8) failures.push(m); };
  const P = c.pad ? 1 : 0;

  // --- weights: W[m] at m * matBytes (m = i03 * ne02 + i02, or the expert).
  const nMats = isId ? c.moe!.experts : batch.ne02 * batch.ne03;
  const used = new Set(isId ? c.moe!.ids.flat() : Array.from({ length: nMats }, (_, m) => m));
  const W = new Uint8Array(Math.ceil((nMats * matBytes) / 4) * 4 + 16).fill(0xff);
  for (let m = 0; m < nMats; m++) W.set(matrix(c.format, used.has(m) ? c.data : 'trap', rows, K, c.seed * 16 + m), m * matBytes);

  // --- activation columns: for mmvq one per (batch, column); for mmvq_id ne11 per token.
  const nTok = isId ? c.moe!.tokens : 0;
  const nUsed = isId ? c.moe!.ids[0].length : 0;
  const colsPerBatch = isId ? c.moe!.ne11 : ncols;
  const nBatches = isId ? nTok : batch.ne12 * batch.ne13;
  const nCols = colsPerBatch * nBatches;
  const next = rng(seedOf(c.format, 1000 + c.seed));
  const xs = (c.edgeActivations ? edgeFloats : floats)(nCols * K, next);

  // --- buffers and strides.
  const bufs: GpuBuffer[] = [];
  const mk = (bytes: number, label: string) => { const b = be.createBuffer(bytes, label); bufs.push(b); return b; };
  const wBuf = mk(W.length, 'w');
  be.write(wBuf, W);
  const dispatches: Dispatch[] = [];
  let xColUnits: number; // kernel's x_col_stride
  let qBuf: GpuBuffer | undefined;
  let qExpected: Uint8Array | undefined;
  const colBytes = q8_1x4ColumnBytes(K);
  const q8: Uint8Array[] = []; // per column, ggml q8_1 blocks of the CPU twin's quantization
  let xBuf: GpuBuffer;
  if (isFloat) {
    const xcs = K + 4 * P; // floats between columns
    const xf = new Float32Array(nCols * xcs + 64).fill(NaN); // gaps are NaN: reading them would show
    for (let i = 0; i < nCols; i++) xf.set(xs.subarray(i * K, (i + 1) * K), i * xcs);
    xBuf = mk(xf.byteLength, 'x');
    be.write(xBuf, new Uint8Array(xf.buffer));
    xColUnits = xcs / 4;
  } else {
    const xcs = K + 32 * P; // floats between input columns of quantize_q8_1
    const xf = new Float32Array(nCols * xcs + 64).fill(NaN);
    for (let i = 0; i < nCols; i++) xf.set(xs.subarray(i * K, (i + 1) * K), i * xcs);
    const fBuf = mk(xf.byteLength, 'x_f32');
    be.write(fBuf, new Uint8Array(xf.buffer));
    const qcs = colBytes + 16 * P; // bytes between q8_1x4 columns
    const qBytes = nCols * qcs + 64;
    qBuf = mk(qBytes, 'x_q8_1x4');
    const poison = new Uint8Array(qBytes).map((_, i) => POISON_BYTES[i & 3]);
    be.write(qBuf, poison);
    qExpected = poison.slice();
    for (let i = 0; i < nCols; i++) {
      const col = quantizeQ8_1x4(xs.subarray(i * K, (i + 1) * K), K, 1);
      qExpected.set(col, i * qcs);
      q8.push(q8_1x4ToQ8_1(col, K, 1));
    }
    const qrec = record('quantize_q8_1');
    dispatches.push({
      key: 'quantize_q8_1', buffers: [fBuf, qBuf],
      params: { K, x_col_stride: xcs, out_col_stride: qcs / 4 },
      grid: quantizeGrid(K, nCols, qrec.workgroupSize.default),
    });
    xBuf = qBuf;
    xColUnits = qcs / 16;
  }

  // --- output layout: y_col_stride, y_stride2, y_stride3 with gaps when padded.
  const ycs = rows + P;
  const ys2 = (isId ? nUsed : ncols) * ycs + 2 * P;
  const ys3 = batch.ne12 * ys2 + 3 * P;
  const ySize = (isId ? nTok * ys2 : batch.ne13 * ys3) + 37;
  const yBuf = mk(ySize * 4, 'y');
  be.write(yBuf, new Uint8Array(new Uint32Array(ySize).fill(POISON).buffer));

  const params: Record<string, number> = { K, rows, w_row_stride: rowBytes, x_col_stride: xColUnits, y_col_stride: ycs, y_stride2: ys2 };
  const bufsFor = [wBuf, xBuf, yBuf];
  let grid: [number, number, number];
  if (isId) {
    const idsStride = nUsed + 1;
    const unused = [...Array(nMats).keys()].find((m) => !used.has(m)) ?? 0;
    const ids = new Int32Array(nTok * idsStride).fill(unused); // the padding id names a trap expert
    c.moe!.ids.forEach((row, t) => row.forEach((e, u) => (ids[t * idsStride + u] = e)));
    const idBuf = mk(ids.byteLength, 'ids');
    be.write(idBuf, new Uint8Array(ids.buffer));
    bufsFor.push(idBuf);
    Object.assign(params, { w_stride2: matBytes, x_stride2: c.moe!.ne11 * xColUnits, ne12: nUsed, ne11: c.moe!.ne11, ids_stride: idsStride });
    grid = rowGridOf(Math.ceil(rows / (c.rowsPerWg ?? 1)), nUsed * nTok);
  } else {
    Object.assign(params, {
      w_stride2: matBytes, w_stride3: batch.ne02 * matBytes,
      x_stride2: ncols * xColUnits, x_stride3: batch.ne12 * ncols * xColUnits,
      y_stride3: ys3, ne12: batch.ne12, r2: batch.ne12 / batch.ne02, r3: batch.ne13 / batch.ne03,
    });
    grid = rowGridOf(Math.ceil(rows / (c.rowsPerWg ?? 1)), batch.ne12 * batch.ne13);
  }
  for (const p of rec.params) params[p.name] ??= 0; // unused by this op (mmvq: ne11, ids_stride; ...)
  dispatches.push({ key, buffers: bufsFor, params, grid, wgSize: c.wgSize });

  // --- run.
  await be.run(dispatches);
  const messages = await be.takeMessages();
  for (const m of messages) fail(`${be.target} validation/device message: ${m}`);
  const qGot = qBuf ? await be.read(qBuf) : undefined;
  const yGot = new Float32Array((await be.read(yBuf)).buffer, 0, ySize);
  const yBits = new Uint32Array(yGot.buffer, 0, ySize);
  bufs.forEach((b) => be.destroyBuffer(b));

  // --- 1. activation bytes.
  if (qGot && qExpected) {
    for (let i = 0; i < qExpected.length; i++) {
      if (qGot[i] !== qExpected[i]) {
        const qcs = colBytes + 16 * P;
        const col = Math.floor(i / qcs), off = i % qcs;
        const sb = Math.floor(off / 144), within = off % 144;
        const blk = 4 * sb + (within < 16 ? within >> 2 : (within - 16) >> 5);
        const inputs = col < nCols && blk * 32 < K ? Array.from(xs.subarray(col * K + blk * 32, col * K + blk * 32 + 32)).map(fmtNum).join(' ') : '(padding)';
        fail(`quantize_q8_1: byte ${i} (column ${col}, offset ${off}, block ${blk}) GPU 0x${qGot[i].toString(16)} vs CPU 0x${qExpected[i].toString(16)}; block inputs: ${inputs}`);
        break;
      }
    }
  }

  // --- 2. expectations, output by output.
  const depth: Depth = { chunks: Math.ceil(K / 32 / wg), red: reductionDepth(c.reduce, wg, be.subgroupSizes) };
  const expected = new Map<number, Expect>();
  const place = (m: number, cols: number[], yBase: number) => {
    const Wm = W.subarray(m * matBytes, (m + 1) * matBytes);
    cols.forEach((col, ci) => {
      let ex: Expect[];
      if (isFloat) ex = floatExpect(cpu, Wm, xs.subarray(col * K, (col + 1) * K), rows, K, depth);
      else {
        const ref = mmvq(cpu, Wm, q8[col], { rows, K, ncols: 1 });
        ex = mmvqExpect(cpu, Wm, q8[col], ref, rows, K, depth);
      }
      ex.forEach((e, r) => expected.set(yBase + ci * ycs + r, e));
    });
  };
  if (isId) {
    c.moe!.ids.forEach((row, t) => row.forEach((e, u) => place(e, [t * c.moe!.ne11 + (u % c.moe!.ne11)], t * ys2 + u * ycs)));
  } else {
    for (let i13 = 0; i13 < batch.ne13; i13++) {
      for (let i12 = 0; i12 < batch.ne12; i12++) {
        const m = Math.floor(i13 / (batch.ne13 / batch.ne03)) * batch.ne02 + Math.floor(i12 / (batch.ne12 / batch.ne02));
        const b = i13 * batch.ne12 + i12;
        place(m, Array.from({ length: ncols }, (_, ci) => b * ncols + ci), i13 * ys3 + i12 * ys2);
      }
    }
  }

  let num = 0, den = 0, worst = 0, cpuWorst = 0, finite = 0, nonfinite = 0, ambiguous = 0;
  for (let i = 0; i < ySize; i++) {
    const e = expected.get(i);
    if (!e) {
      if (yBits[i] !== POISON) fail(`y[${i}] is outside the output but was written: 0x${yBits[i].toString(16)}`);
      continue;
    }
    const g = yGot[i];
    const where = () => describeIndex(c, i, ycs, ys2, ys3);
    if (yBits[i] === POISON) { fail(`y[${i}] (${where()}) was never written (still poison); expected ${fmtNum(e.ref)}`); continue; }
    if (e.ambiguous) { ambiguous++; continue; }
    if (!isFloat && Number.isFinite(e.ref) && !e.special) {
      const cd = Math.abs(e.ref - e.exact);
      cpuWorst = Math.max(cpuWorst, cd / e.cpuBound);
      if (!(cd <= e.cpuBound)) fail(`CPU reference outside its own bound at ${where()}: cpu ${fmtNum(e.ref)} exact ${fmtNum(e.exact)} bound ${e.cpuBound.toExponential(3)} (the bound's model is wrong)`);
    }
    if (e.special || !Number.isFinite(e.ref) || !Number.isFinite(g)) {
      const same = Number.isNaN(e.ref) ? Number.isNaN(g) : Object.is(g, e.ref) || (Number.isFinite(e.ref) && Number.isFinite(g) && Math.abs(g - e.ref) <= e.bound);
      if (!same) fail(`${where()}: GPU ${fmtNum(g)} (0x${yBits[i].toString(16)}) vs reference ${fmtNum(e.ref)}${e.special ? ' (non-finite scale involved)' : ''}`);
      if (!Number.isFinite(e.ref)) { nonfinite++; continue; }
    }
    const diff = Math.abs(g - e.ref);
    if (!(diff <= e.bound)) fail(`${where()}: GPU ${fmtNum(g)} vs reference ${fmtNum(e.ref)}: |diff| ${diff.toExponential(3)} > bound ${e.bound.toExponential(3)}`);
    if (e.bound > 0) worst = Math.max(worst, diff / e.bound);
    num += diff * diff;
    den += e.ref * e.ref;
    finite++;
  }
  const nmse = den > 0 ? num / den : num > 0 ? Infinity : 0;
  // NMSE is a statistic of a vector: checked per case from NMSE_MIN_OUTPUTS compared outputs (below
  // that it degenerates into one element's squared relative error, which cancellation can make large
  // within the bound); the suite also checks it pooled over all shapes of a kernel key (registerSuite).
  if (finite >= NMSE_MIN_OUTPUTS && !(nmse <= NMSE_LIMIT)) fail(`NMSE ${nmse.toExponential(3)} > ${NMSE_LIMIT}`);
  if (expected.size === 0) fail('no outputs expected (broken case)');
  return {
    key, shape: shapeLabel(c), wgSize: wg, outputs: expected.size, finite, nonfinite, ambiguous, nmse, sqErr: num, sqRef: den, worstRatio: worst, cpuRatio: cpuWorst,
    activationBytes: qExpected ? qExpected.length : 0, failures, ms: performance.now() - t0,
  };
}

function rowGridOf(groups: number, batches: number): [number, number, number] {
  const x = Math.min(groups, 65535);
  return [x, batches, Math.ceil(groups / x)];
}

function describeIndex(c: Case, i: number, ycs: number, ys2: number, ys3: number): string {
  if (c.moe) {
    const t = Math.floor(i / ys2), u = Math.floor((i % ys2) / ycs), r = (i % ys2) % ycs;
    return `token ${t} slot ${u} (expert ${c.moe.ids[t]?.[u]}) row ${r}`;
  }
  const i13 = Math.floor(i / ys3), i12 = Math.floor((i % ys3) / ys2), rem = (i % ys3) % ys2;
  return `batch (${i12}, ${i13}) column ${Math.floor(rem / ycs)} row ${rem % ycs}`;
}

// ============================================================================================ quantizer edge test

/**
 * Edge activations for the quantizer alone (no mat-vec): random float32 BIT PATTERNS (NaNs, ±Inf,
 * subnormals included) and crafted blocks (ties, f16 overflow of d, amax at f16 rounding boundaries),
 * K not a multiple of 128 so padding blocks are written too. Returns failures.
 */
export async function runQuantizerEdges(be: Backend, seed = 7): Promise<{ blocks: number; failures: string[] }> {
  const K = 1056; // 33 blocks: 9 super-blocks, the last with 3 padding blocks
  const nCols = 6;
  const next = rng(seed);
  const xs = new Float32Array(nCols * K);
  const xu = new Uint32Array(xs.buffer);
  for (let i = 0; i < xu.length; i++) {
    // Random bit patterns, signalling NaNs included (the CPU twin reads raw bits, as the GPU does).
    xu[i] = Math.floor(next() * 2 ** 32) >>> 0;
  }
  const special = [NaN, Infinity, -Infinity, 3.4028234663852886e38, -3.4028234663852886e38, 1e-45, -1e-45, 1.1754942e-38, 0, -0];
  for (let b = 0; b < (nCols * K) / 32; b++) {
    const o = b * 32;
    const kind = b % 8;
    for (let i = 0; i < 32; i++) {
      const s = next() < 0.5 ? -1 : 1;
      if (kind === 0) xs[o + i] = special[Math.floor(next() * special.length)];
      else if (kind === 1) xs[o + i] = i === 0 ? 127 * s : s * (Math.floor(next() * 127) + 0.5); // ties
      else if (kind === 2) xs[o + i] = s * next() * 65504 * 127 * 1.01; // d = f16(amax / 127) overflows to Inf
      else if (kind === 3) xs[o + i] = i === 9 ? s * Math.fround(f16tof32(0x3c00 + Math.floor(next() * 1024)) * 127 + 63.5 * 2 ** -10) : s * next(); // amax near f16 halfway points of d
      else if (kind === 4) xs[o + i] = s * next() * 2 ** -20; // d is an f16 subnormal
      else if (kind === 5) xs[o + i] = s * Math.fround(next() * 2 ** -140); // f32 subnormals
      // kinds 6, 7: random bits as drawn
    }
  }
  const xcs = K;
  const qcs = q8_1x4ColumnBytes(K);
  const fBuf = be.createBuffer(xs.byteLength, 'x_f32');
  be.write(fBuf, new Uint8Array(xs.buffer));
  const qBytes = nCols * qcs + 64;
  const qBuf = be.createBuffer(qBytes, 'q');
  const poison = new Uint8Array(qBytes).map((_, i) => POISON_BYTES[i & 3]);
  be.write(qBuf, poison);
  const want = poison.slice();
  want.set(quantizeQ8_1x4(xs, K, nCols), 0);
  await be.run([{ key: 'quantize_q8_1', buffers: [fBuf, qBuf], params: { K, x_col_stride: xcs, out_col_stride: qcs / 4 }, grid: quantizeGrid(K, nCols, record('quantize_q8_1').workgroupSize.default) }]);
  const failures = (await be.takeMessages()).map((m) => `validation/device message: ${m}`);
  const got = await be.read(qBuf);
  be.destroyBuffer(fBuf);
  be.destroyBuffer(qBuf);
  for (let i = 0; i < want.length && failures.length < 8; i++) {
    if (got[i] !== want[i]) {
      const col = Math.floor(i / qcs), off = i % qcs, sb = Math.floor(off / 144), within = off % 144;
      const blk = 4 * sb + (within < 16 ? within >> 2 : (within - 16) >> 5);
      const bits = blk < K / 32 ? Array.from(xu.subarray(col * K + blk * 32, col * K + blk * 32 + 32)).map((v) => '0x' + v.toString(16)).join(' ') : '(padding)';
      failures.push(`byte ${i} (column ${col}, block ${blk}, offset in super-block ${within}): GPU 0x${got[i].toString(16)} vs CPU 0x${want[i].toString(16)}; input bits ${bits}`);
    }
  }
  return { blocks: (nCols * K) / 32, failures };
}

// ============================================================================================ summary

export interface Summary {
  target: Target;
  device: string;
  full: boolean;
  perFormat: Record<string, { cases: number; outputs: number; finite: number; nonfinite: number; ambiguous: number; worstNmse: number; worstRatio: number; worstCase: string; ms: number }>;
  quantizerBlocks: number;
  failedCases: number;
}

export function newSummary(target: Target, device: string, full: boolean): Summary {
  return { target, device, full, perFormat: {}, quantizerBlocks: 0, failedCases: 0 };
}

export function addResult(s: Summary, format: string, r: CaseResult): void {
  const p = (s.perFormat[format] ??= { cases: 0, outputs: 0, finite: 0, nonfinite: 0, ambiguous: 0, worstNmse: 0, worstRatio: 0, worstCase: '', ms: 0 });
  p.cases++;
  p.outputs += r.outputs;
  p.finite += r.finite;
  p.nonfinite += r.nonfinite;
  p.ambiguous += r.ambiguous;
  p.ms += r.ms;
  if (r.nmse > p.worstNmse) p.worstNmse = r.nmse;
  if (r.worstRatio > p.worstRatio) { p.worstRatio = r.worstRatio; p.worstCase = `${r.key} [${r.shape}]`; }
  if (r.failures.length) s.failedCases++;
}

export function formatSummary(s: Summary): string {
  const lines = [
    `kgen equivalence (${s.target}) on ${s.device}${s.full ? ' [KGEN_EQUIV_FULL]' : ''}`,
    'format   cases  outputs  in-bound  NaN/Inf-matched  overflow-ambiguous  worst NMSE   worst |diff|/bound  (case)                     seconds',
  ];
  let cases = 0;
  for (const [f, p] of Object.entries(s.perFormat)) {
    cases += p.cases;
    lines.push(
      `${f.padEnd(8)} ${String(p.cases).padStart(5)} ${String(p.outputs).padStart(8)} ${String(p.finite).padStart(9)} ${String(p.nonfinite).padStart(16)} ${String(p.ambiguous).padStart(19)}  ${p.worstNmse.toExponential(2).padEnd(11)} ${p.worstRatio.toExponential(2).padEnd(19)} ${p.worstCase}  ${(p.ms / 1000).toFixed(1)}`,
    );
  }
  lines.push(`total: ${cases} (format, target, variant, shape) cases; ${s.failedCases} failed; quantizer edge blocks ${s.quantizerBlocks}`);
  return lines.join('\n');
}

export const FULL = process.env.KGEN_EQUIV_FULL === '1';
/** KGEN_EQUIV_VERBOSE=1 logs every shape, not one line per kernel key. */
const VERBOSE = process.env.KGEN_EQUIV_VERBOSE === '1';

/**
 * Registers the suite for one target: the quantizer edge test, then one serial test per (format, kernel
 * key) running that key's shapes, and a summary (printed; written as JSON to KGEN_EQUIV_REPORT if set).
 */
export function registerSuite(test: TestFn, target: Target, open: () => Promise<Backend>): void {
  let be: Backend | undefined;
  let summary: Summary | undefined;
  const started = performance.now();
  test.before(async () => {
    be = await open();
    summary = newSummary(target, be.description, FULL);
  });
  test.after.always(() => {
    if (summary) {
      const text = formatSummary(summary) + `\nwall time ${((performance.now() - started) / 1000).toFixed(1)} s`;
      console.log(text);
      const report = process.env.KGEN_EQUIV_REPORT;
      if (report) writeFileSync(`${report}.${target}.json`, JSON.stringify({ ...summary, seconds: (performance.now() - started) / 1000, text }, null, 1));
    }
    be?.destroy();
  });

  test.serial(`${target}: quantize_q8_1 equals its CPU twin byte for byte on edge activations (f32 bit patterns with NaN/Inf/subnormals, ties, d overflow)`, async (t) => {
    const r = await runQuantizerEdges(be!);
    summary!.quantizerBlocks += r.blocks;
    t.log(`${r.blocks} blocks`);
    t.deepEqual(r.failures, []);
  });

  for (const format of FORMATS) {
    for (const [key, cases] of byKey(caseMatrix(format, FULL))) {
      test.serial(`${target} ${key}: ${cases.length} shape${cases.length > 1 ? 's' : ''}`, async (t) => {
        const failures: string[] = [];
        let sqErr = 0, sqRef = 0, outputs = 0, finite = 0, nonfinite = 0, ambiguous = 0, worst = 0, worstAt = '', nmse = 0, cpu = 0;
        for (const c of cases) {
          const r = await runCase(be!, c);
          addResult(summary!, format, r);
          sqErr += r.sqErr;
          sqRef += r.sqRef;
          outputs += r.outputs;
          finite += r.finite;
          nonfinite += r.nonfinite;
          ambiguous += r.ambiguous;
          nmse = Math.max(nmse, r.nmse);
          cpu = Math.max(cpu, r.cpuRatio);
          if (r.worstRatio >= worst) { worst = r.worstRatio; worstAt = r.shape; }
          if (VERBOSE) t.log(`[${r.shape}] WG ${r.wgSize}: ${r.outputs} outputs (${r.finite} in bound, ${r.nonfinite} NaN/Inf matched, ${r.ambiguous} ambiguous), NMSE ${r.nmse.toExponential(2)}, worst |diff|/bound ${r.worstRatio.toExponential(2)}${r.cpuRatio ? `, CPU self-check ${r.cpuRatio.toExponential(2)}` : ''}, ${r.ms.toFixed(0)} ms`);
          for (const f of r.failures) failures.push(`[${r.shape}] ${f}`);
        }
        const pooled = sqRef > 0 ? sqErr / sqRef : sqErr > 0 ? Infinity : 0;
        t.log(
          `${outputs} outputs: ${finite} within the bound, ${nonfinite} NaN/Inf matched, ${ambiguous} overflow-ambiguous; worst |diff|/bound ${worst.toExponential(2)} [${worstAt}]; ` +
            `NMSE worst case ${nmse.toExponential(2)}, pooled ${pooled.toExponential(2)}${cpu ? `; CPU-reference self-check ${cpu.toExponential(2)} of its bound` : ''}`,
        );
        if (!(pooled <= NMSE_LIMIT)) failures.push(`pooled NMSE ${pooled.toExponential(3)} > ${NMSE_LIMIT}`);
        t.deepEqual(failures, []);
      });
    }
  }
}

/**
 * The same matrix without ava (for a GPU machine with only a Node.js runtime, or a benchmark run): the
 * quantizer edge test and every case of `formats`, one summary; failures are returned, not thrown.
 */
export async function runMatrix(be: Backend, formats: string[], full: boolean, log: (line: string) => void = () => {}): Promise<{ summary: Summary; failures: string[] }> {
  const summary = newSummary(be.target, be.description, full);
  const failures: string[] = [];
  const q = await runQuantizerEdges(be);
  summary.quantizerBlocks += q.blocks;
  failures.push(...q.failures.map((f) => `quantize_q8_1 edges: ${f}`));
  for (const format of formats) {
    for (const c of caseMatrix(format, full)) {
      const r = await runCase(be, c);
      addResult(summary, format, r);
      for (const f of r.failures) failures.push(`${r.key} [${r.shape}] ${f}`);
      if (r.failures.length) log(`FAIL ${r.key} [${r.shape}]: ${r.failures[0]}`);
    }
    log(`${format}: done`);
  }
  return { summary, failures };
}
