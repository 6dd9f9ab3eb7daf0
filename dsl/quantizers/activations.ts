// CPU activation quantizers: q8_1 (ggml's quantize_row_q8_1_ref, 36-byte blocks of 32) and
// q8_K (quantize_row_q8_K_ref, 292-byte blocks of 256). Bit-exact float32 emulation of
// ggml-quants.c at ggml commit d99724f2b141fed9e1a9f402213506c081433465.

import { f32ToF16, nearestInt, roundf } from '../../common/numeric.js';
import { blockOutput, cmax, floatToI8, putF32, putU16 } from './common.js';

const fr = Math.fround;

export const Q8_1_LAYOUT = { blockSize: 32, typeSize: 36 } as const;
export const Q8_K_LAYOUT = { blockSize: 256, typeSize: 292 } as const;

/**
 * quantize_row_q8_1_ref, per 32-element block:
 * d = amax/127 (f32), id = d ? 1/d : 0, qs = roundf(x*id) (half away from zero),
 * block = { d: fp16(d), s: fp16((float)Σqs * d), qs: int8[32] }. `s` uses the unrounded f32 d.
 */
export function quantize_q8_1(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('q8_1', x, out);
  for (let i = 0; i < nb; i++) {
    const base = i * 32;
    const o = i * 36;
    let amax = 0;
    for (let j = 0; j < 32; j++) amax = cmax(amax, Math.abs(x[base + j]));
    const d = fr(amax / 127);
    const id = d !== 0 ? fr(1 / d) : 0;
    putU16(y, o, f32ToF16(d));
    let sum = 0;
    for (let j = 0; j < 32; j++) {
      const q = floatToI8(roundf(fr(x[base + j] * id)));
      y[o + 4 + j] = q & 0xff;
      sum += q;
    }
    putU16(y, o + 2, f32ToF16(fr(sum * d)));
  }
  return y;
}

/**
 * quantize_row_q8_K_ref, per 256-element block: max = the signed value of largest |x| (first wins);
 * amax = 0 gives d = 0 and qs = 0; otherwise iscale = -127/max, qs = MIN(127, nearest_int(iscale*x))
 * (round half to even), bsums[k] = Σ qs[16k..16k+15], d = 1/iscale stored as f32.
 *
 * For an all-zero block ggml leaves bsums unwritten (whatever the buffer held); this writes zeros,
 * which is also what Σqs gives.
 */
export function quantize_q8_k(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('q8_k', x, out);
  for (let i = 0; i < nb; i++) {
    const base = i * 256;
    const o = i * 292;
    let max = 0;
    let amax = 0;
    for (let j = 0; j < 256; j++) {
      const ax = Math.abs(x[base + j]);
      if (ax > amax) {
        amax = ax;
        max = x[base + j];
      }
    }
    if (amax === 0) {
      y.fill(0, o, o + 292);
      continue;
    }
    const iscale = fr(-127 / max);
    for (let j = 0; j < 256; j++) {
      const v = nearestInt(fr(iscale * x[base + j]));
      y[o + 4 + j] = Math.min(127, v) & 0xff;
    }
    for (let g = 0; g < 16; g++) {
      let sum = 0;
      for (let ii = 0; ii < 16; ii++) sum += (y[o + 4 + g * 16 + ii] << 24) >> 24;
      putU16(y, o + 260 + 2 * g, sum & 0xffff);
    }
    putF32(y, o, fr(1 / iscale));
  }
  return y;
}
