// CPU quantizers for ggml's 32-element formats (q4_0, q4_1, q5_0, q5_1, q8_0, mxfp4, iq4_nl) and
// iq4_xs (256-element super-blocks). Each one reproduces ggml's `quantize_row_<type>_ref`
// (ggml-quants.c, ggml commit d99724f2b141fed9e1a9f402213506c081433465) bit for bit:
// every float operation is a float32 operation (Math.fround) in C's evaluation order, as in
// ggml-base's baseline x86-64 build (no FMA contraction).
//
// Each function takes one row, or several rows laid end to end (x.length a multiple of the
// block size), and returns the packed blocks, contiguous. Blocks are quantized independently,
// so this is the same as quantizing row by row (see iq4_nl for the one caveat).

import { ggmlTypeByName } from '../../common/ggml.js';
import { e8m0HalfToF32, f32ToF16, nearestInt, roundf } from '../../common/numeric.js';
import {
  FLT_MAX,
  GROUP_MAX_EPS,
  KVALUES_IQ4NL,
  KVALUES_MXFP4,
  bestIndexInt8,
  blockOutput,
  cmax,
  floatToI8,
  floatToU8,
  floorLog2f,
  putU16,
  putU32,
} from './common.js';

const fr = Math.fround;

const LEGACY = ['q4_0', 'q4_1', 'q5_0', 'q5_1', 'q8_0', 'mxfp4', 'iq4_nl', 'iq4_xs'] as const;

/** Block sizes (elements) and type sizes (bytes) of the formats in this file, from ggml's type table. */
export const LEGACY_LAYOUT = Object.fromEntries(
  LEGACY.map((n) => [n, { blockSize: ggmlTypeByName(n)!.blockElems, typeSize: ggmlTypeByName(n)!.blockBytes }]),
) as Record<(typeof LEGACY)[number], { blockSize: number; typeSize: number }>;

/** `amax`/`max` scan of q4_0/q5_0: the signed value with the largest magnitude (first one wins). */
function signedAbsMax(x: Float32Array, base: number, n: number): number {
  let amax = 0;
  let max = 0;
  for (let j = 0; j < n; j++) {
    const v = x[base + j];
    const av = Math.abs(v);
    if (amax < av) {
      amax = av;
      max = v;
    }
  }
  return max;
}

/** quantize_row_q4_0_ref: d = max/-8, q = MIN(15, (int8_t)(x*id + 8.5f)). */
export function quantize_q4_0(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('q4_0', x, out);
  for (let i = 0; i < nb; i++) {
    const base = i * 32;
    const o = i * 18;
    const max = signedAbsMax(x, base, 32);
    const d = fr(max / -8);
    const id = d !== 0 ? fr(1 / d) : 0;
    putU16(y, o, f32ToF16(d));
    for (let j = 0; j < 16; j++) {
      const x0 = fr(x[base + j] * id);
      const x1 = fr(x[base + 16 + j] * id);
      const xi0 = Math.min(15, floatToI8(fr(x0 + 8.5))) & 0xff;
      const xi1 = Math.min(15, floatToI8(fr(x1 + 8.5))) & 0xff;
      y[o + 2 + j] = (xi0 | (xi1 << 4)) & 0xff;
    }
  }
  return y;
}

/** min/max scan of q4_1/q5_1 (min starts at FLT_MAX, max at -FLT_MAX). */
function minMax(x: Float32Array, base: number, n: number): [number, number] {
  let min = FLT_MAX;
  let max = -FLT_MAX;
  for (let j = 0; j < n; j++) {
    const v = x[base + j];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/** quantize_row_q4_1_ref: d = (max-min)/15, m = min, q = MIN(15, (int8_t)((x-min)*id + 0.5f)). */
export function quantize_q4_1(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('q4_1', x, out);
  for (let i = 0; i < nb; i++) {
    const base = i * 32;
    const o = i * 20;
    const [min, max] = minMax(x, base, 32);
    const d = fr(fr(max - min) / 15);
    const id = d !== 0 ? fr(1 / d) : 0;
    putU16(y, o, f32ToF16(d));
    putU16(y, o + 2, f32ToF16(min));
    for (let j = 0; j < 16; j++) {
      const x0 = fr(fr(x[base + j] - min) * id);
      const x1 = fr(fr(x[base + 16 + j] - min) * id);
      const xi0 = Math.min(15, floatToI8(fr(x0 + 0.5))) & 0xff;
      const xi1 = Math.min(15, floatToI8(fr(x1 + 0.5))) & 0xff;
      y[o + 4 + j] = (xi0 | (xi1 << 4)) & 0xff;
    }
  }
  return y;
}

/** quantize_row_q5_0_ref: d = max/-16, q = MIN(31, (int8_t)(x*id + 16.5f)); 5th bits in qh. */
export function quantize_q5_0(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('q5_0', x, out);
  for (let i = 0; i < nb; i++) {
    const base = i * 32;
    const o = i * 22;
    const max = signedAbsMax(x, base, 32);
    const d = fr(max / -16);
    const id = d !== 0 ? fr(1 / d) : 0;
    putU16(y, o, f32ToF16(d));
    let qh = 0;
    for (let j = 0; j < 16; j++) {
      const x0 = fr(x[base + j] * id);
      const x1 = fr(x[base + 16 + j] * id);
      const xi0 = Math.min(31, floatToI8(fr(x0 + 16.5))) & 0xff;
      const xi1 = Math.min(31, floatToI8(fr(x1 + 16.5))) & 0xff;
      y[o + 6 + j] = (xi0 & 0x0f) | ((xi1 & 0x0f) << 4);
      qh |= ((xi0 & 0x10) >>> 4) << j;
      qh |= ((xi1 & 0x10) >>> 4) << (j + 16);
    }
    putU32(y, o + 2, qh >>> 0);
  }
  return y;
}

/** quantize_row_q5_1_ref: d = (max-min)/31, m = min, q = (uint8_t)((x-min)*id + 0.5f); 5th bits in qh. */
export function quantize_q5_1(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('q5_1', x, out);
  for (let i = 0; i < nb; i++) {
    const base = i * 32;
    const o = i * 24;
    const [min, max] = minMax(x, base, 32);
    const d = fr(fr(max - min) / 31);
    const id = d !== 0 ? fr(1 / d) : 0;
    putU16(y, o, f32ToF16(d));
    putU16(y, o + 2, f32ToF16(min));
    let qh = 0;
    for (let j = 0; j < 16; j++) {
      const x0 = fr(fr(x[base + j] - min) * id);
      const x1 = fr(fr(x[base + 16 + j] - min) * id);
      const xi0 = floatToU8(fr(x0 + 0.5));
      const xi1 = floatToU8(fr(x1 + 0.5));
      y[o + 8 + j] = (xi0 & 0x0f) | ((xi1 & 0x0f) << 4);
      qh |= ((xi0 & 0x10) >>> 4) << j;
      qh |= ((xi1 & 0x10) >>> 4) << (j + 16);
    }
    putU32(y, o + 4, qh >>> 0);
  }
  return y;
}

/** quantize_row_q8_0_ref: d = amax/127, q = roundf(x*id) (round half away from zero). */
export function quantize_q8_0(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('q8_0', x, out);
  for (let i = 0; i < nb; i++) {
    const base = i * 32;
    const o = i * 34;
    let amax = 0;
    for (let j = 0; j < 32; j++) amax = cmax(amax, Math.abs(x[base + j]));
    const d = fr(amax / 127);
    const id = d !== 0 ? fr(1 / d) : 0;
    putU16(y, o, f32ToF16(d));
    for (let j = 0; j < 32; j++) {
      y[o + 2 + j] = floatToI8(roundf(fr(x[base + j] * id))) & 0xff;
    }
  }
  return y;
}

/** best_index_mxfp4: first index minimising |kvalues_mxfp4[i]*e - x| (float32). */
export function bestIndexMxfp4(x: number, e: number): number {
  let best = 0;
  let bestErr = Math.abs(fr(fr(KVALUES_MXFP4[0] * e) - x));
  for (let i = 1; i < 16; i++) {
    const err = Math.abs(fr(fr(KVALUES_MXFP4[i] * e) - x));
    if (err < bestErr) {
      best = i;
      bestErr = err;
    }
  }
  return best;
}

/** quantize_row_mxfp4_ref: e = floor(log2(amax)) - 2 + 127 (E8M0), nearest doubled-E2M1 value. */
export function quantize_mxfp4(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('mxfp4', x, out);
  for (let i = 0; i < nb; i++) {
    const base = i * 32;
    const o = i * 17;
    let amax = 0;
    for (let j = 0; j < 32; j++) {
      const av = Math.abs(x[base + j]);
      if (amax < av) amax = av;
    }
    // (uint8_t)(floorf(log2f(amax)) - 2 + 127): float arithmetic, then float -> uint8.
    const e = amax > 0 ? floatToU8(fr(fr(floorLog2f(amax) - 2) + 127)) : 0;
    const d = e8m0HalfToF32(e);
    y[o] = e;
    for (let j = 0; j < 16; j++) {
      const x0 = bestIndexMxfp4(x[base + j], d);
      const x1 = bestIndexMxfp4(x[base + 16 + j], d);
      y[o + 1 + j] = (x0 | (x1 << 4)) & 0xff;
    }
  }
  return y;
}

/** Scratch state of quantize_row_iq4_nl_impl; `L` outlives a call like ggml's stack array does within a row. */
interface Iq4Scratch {
  L: Uint8Array;
  scales: Float32Array;
  weight: Float32Array;
}

/**
 * ggml's quantize_row_iq4_nl_impl(super_block_size, block_size=32, x, ..., values=kvalues_iq4nl,
 * quant_weights=NULL, ntry) for one super-block starting at x[xOff]. Writes d (f16) at y[dOff],
 * the nibbles at y[qOff..], and (super_block_size > 32) scales_h (u16) at y[shOff], scales_l[] at y[slOff..].
 */
function iq4nlImpl(
  superBlockSize: number,
  x: Float32Array,
  xOff: number,
  y: Uint8Array,
  dOff: number,
  qOff: number,
  shOff: number,
  slOff: number,
  s: Iq4Scratch,
  ntry: number,
): void {
  const blockSize = 32;
  const values = KVALUES_IQ4NL;
  const { L, scales, weight } = s;
  // sigma2 only feeds the quant_weights branch, which the _ref quantizers never take.
  let maxScale = 0;
  let amaxScale = 0;
  const nblk = superBlockSize / blockSize;
  for (let ib = 0; ib < nblk; ++ib) {
    const xb = xOff + ib * blockSize;
    const lb = ib * blockSize;
    for (let j = 0; j < blockSize; ++j) weight[j] = fr(x[xb + j] * x[xb + j]);
    let amax = 0;
    let max = 0;
    for (let j = 0; j < blockSize; ++j) {
      const ax = Math.abs(x[xb + j]);
      if (ax > amax) {
        amax = ax;
        max = x[xb + j];
      }
    }
    if (amax < GROUP_MAX_EPS) {
      // ggml leaves L[] of this block untouched here (stale values from the previous block).
      scales[ib] = 0;
      continue;
    }
    let d = ntry > 0 ? fr(-max / values[0]) : fr(max / values[0]);
    let id = fr(1 / d);
    let sumqx = 0;
    let sumq2 = 0;
    for (let j = 0; j < blockSize; ++j) {
      const xv = x[xb + j];
      const al = fr(id * xv);
      const l = bestIndexInt8(16, values, al);
      L[lb + j] = l;
      const q = values[l];
      const w = weight[j];
      sumqx = fr(sumqx + fr(fr(w * q) * xv));
      sumq2 = fr(sumq2 + fr(fr(w * q) * q));
    }
    d = sumq2 > 0 ? fr(sumqx / sumq2) : 0;
    let best = fr(d * sumqx);
    for (let itry = -ntry; itry <= ntry; ++itry) {
      id = fr((itry + values[0]) / max);
      sumqx = 0;
      sumq2 = 0;
      for (let j = 0; j < blockSize; ++j) {
        const xv = x[xb + j];
        const al = fr(id * xv);
        const l = bestIndexInt8(16, values, al);
        const q = values[l];
        const w = weight[j];
        sumqx = fr(sumqx + fr(fr(w * q) * xv));
        sumq2 = fr(sumq2 + fr(fr(w * q) * q));
      }
      if (sumq2 > 0 && fr(sumqx * sumqx) > fr(best * sumq2)) {
        d = fr(sumqx / sumq2);
        best = fr(d * sumqx);
      }
    }
    scales[ib] = d;
    const absD = Math.abs(d);
    if (absD > amaxScale) {
      amaxScale = absD;
      maxScale = d;
    }
  }

  if (nblk > 1) {
    let scalesH = 0;
    const d = fr(-maxScale / 32);
    putU16(y, dOff, f32ToF16(d));
    const id = d !== 0 ? fr(1 / d) : 0;
    for (let ib = 0; ib < nblk; ++ib) {
      let l = nearestInt(fr(id * scales[ib]));
      l = Math.max(-32, Math.min(31, l));
      const dl = fr(d * l);
      const idl = dl !== 0 ? fr(1 / dl) : 0;
      const xb = xOff + ib * blockSize;
      const lb = ib * blockSize;
      for (let j = 0; j < blockSize; ++j) L[lb + j] = bestIndexInt8(16, values, fr(idl * x[xb + j]));
      l += 32;
      const lL = l & 0xf;
      const lH = l >> 4;
      if (ib % 2 === 0) y[slOff + (ib >> 1)] = lL;
      else y[slOff + (ib >> 1)] |= lL << 4;
      scalesH |= lH << (2 * (ib % 8));
    }
    putU16(y, shOff, scalesH);
  } else {
    putU16(y, dOff, f32ToF16(scales[0]));
    if (ntry > 0) {
      const id = scales[0] !== 0 ? fr(1 / scales[0]) : 0;
      for (let j = 0; j < superBlockSize; ++j) L[j] = bestIndexInt8(16, values, fr(id * x[xOff + j]));
    }
  }

  for (let i = 0; i < superBlockSize / 32; ++i) {
    for (let j = 0; j < 16; ++j) {
      y[qOff + 16 * i + j] = (L[32 * i + j] | (L[32 * i + 16 + j] << 4)) & 0xff;
    }
  }
}

/**
 * quantize_row_iq4_nl_ref: per 32-element block, d = max/-127, nearest kvalues_iq4nl entry, then the
 * weighted least-squares scale d = Σw·q·x / Σw·q² (w = x²); no scale search (ntry = -1).
 *
 * Caveat (faithful to ggml): for a block with max |x| < 1e-15, ggml writes d = 0 and re-packs the
 * nibble buffer left over from the previous block of the same call. This function keeps that buffer
 * across all blocks of `x`, starting from zeros; ggml's buffer is uninitialised stack memory at the
 * start of each row, so only an all-zero FIRST block of a row can differ (in its nibbles; d is 0
 * either way, so the decoded values are identical).
 */
export function quantize_iq4_nl(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('iq4_nl', x, out);
  const s: Iq4Scratch = { L: new Uint8Array(32), scales: new Float32Array(1), weight: new Float32Array(32) };
  for (let i = 0; i < nb; i++) {
    const o = i * 18;
    iq4nlImpl(32, x, i * 32, y, o, o + 2, -1, -1, s, -1);
  }
  return y;
}

/**
 * quantize_row_iq4_xs_ref (= quantize_iq4_xs with quant_weights = NULL): per 256-element super-block,
 * per-32 scales found with a 15-step search (ntry = 7), then 6-bit sub-scales relative to
 * d = -max_scale/32 and a final nearest-value pass with the quantized sub-scales.
 */
export function quantize_iq4_xs(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('iq4_xs', x, out);
  const s: Iq4Scratch = { L: new Uint8Array(256), scales: new Float32Array(8), weight: new Float32Array(32) };
  for (let i = 0; i < nb; i++) {
    const o = i * 136;
    iq4nlImpl(256, x, i * 256, y, o, o + 8, o + 2, o + 4, s, 7);
  }
  return y;
}
