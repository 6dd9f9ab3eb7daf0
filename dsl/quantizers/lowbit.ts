// CPU quantizers for ggml's nvfp4 (64 = 4 x 16 weights, UE4M3 scales), q2_0 (64 weights, 2 bits) and
// q1_0 (128 weights, 1 bit). Each reproduces ggml's `quantize_row_<type>_ref` (ggml commit
// d99724f2b141fed9e1a9f402213506c081433465) bit for bit, in float32 (Math.fround) in C's order.
// ggml ignores an importance matrix for all three (quantize_nvfp4 / quantize_q2_0 / quantize_q1_0 run
// the reference quantizer), so these take none.
import { f32Bits, f32ToF16, roundf } from '../../common/numeric.js';
import { blockOutput, putU16 } from './common.js';
import { bestIndexMxfp4 } from './legacy.js';

const fr = Math.fround;

/** ggml_fp32_to_ue4m3: 3 mantissa bits, rounded half up on the next bit; subnormal codes below 2^-6;
 *  the top binade (and anything rounding into it) saturates to 0x7e (448). */
export function f32ToUe4m3(x: number): number {
  if (!(x > 0)) return 0;
  const b = f32Bits(x);
  let ue = ((b >>> 23) & 0xff) - 127 + 7;
  if (ue <= 0) {
    const m = Math.min(7, Math.trunc(fr(fr(x * 512) + 0.5)));
    return m < 1 ? 0 : m;
  }
  if (ue >= 15) return 0x7e;
  let m = ((b >>> 20) & 7) + ((b >>> 19) & 1);
  if (m > 7) {
    m = 0;
    if (++ue >= 15) return 0x7e;
  }
  return (ue << 3) | m;
}

/** ggml_ue4m3_to_fp32: half of the UE4M3 value (it pairs with the doubled E2M1 table); 0x00 and 0x7f give 0. */
export function ue4m3Half(x: number): number {
  if (x === 0 || x === 0x7f) return 0;
  const e = (x >>> 3) & 0xf;
  const m = x & 7;
  return e === 0 ? m * 2 ** -10 : (8 + m) * 2 ** (e - 11);
}

/** quantize_row_nvfp4_ref: per 16 weights, scale byte ue4m3(amax / 6), then the nearest doubled-E2M1 value. */
export function quantize_nvfp4(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('nvfp4', x, out);
  for (let i = 0; i < nb; i++) {
    for (let s = 0; s < 4; s++) {
      const base = 64 * i + 16 * s;
      let amax = 0;
      for (let j = 0; j < 16; j++) if (amax < Math.abs(x[base + j])) amax = Math.abs(x[base + j]);
      const ue = f32ToUe4m3(fr(amax / 6));
      y[36 * i + s] = ue;
      const d = ue4m3Half(ue);
      for (let j = 0; j < 8; j++) y[36 * i + 4 + 8 * s + j] = bestIndexMxfp4(x[base + j], d) | (bestIndexMxfp4(x[base + 8 + j], d) << 4);
    }
  }
  return y;
}

/** quantize_row_q2_0_ref: d = amax, q = clamp(roundf(x / d) + 1, 0, 3) with the unrounded f32 1/d. */
export function quantize_q2_0(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('q2_0', x, out);
  for (let i = 0; i < nb; i++) {
    const base = 64 * i;
    let amax = 0;
    for (let j = 0; j < 64; j++) if (amax < Math.abs(x[base + j])) amax = Math.abs(x[base + j]);
    const d = amax;
    const id = d !== 0 ? fr(1 / d) : 0;
    putU16(y, 18 * i, f32ToF16(d));
    for (let j = 0; j < 16; j++) y[18 * i + 2 + j] = 0;
    for (let j = 0; j < 64; j++) {
      const q = Math.max(0, Math.min(3, roundf(fr(x[base + j] * id)) + 1));
      y[18 * i + 2 + (j >> 2)] |= q << (2 * (j & 3));
    }
  }
  return y;
}

/** quantize_row_q1_0_ref: d = (sum |x|) / 128 (float32, in order), bit = x >= 0 (so zeros decode to +d). */
export function quantize_q1_0(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = blockOutput('q1_0', x, out);
  for (let i = 0; i < nb; i++) {
    const base = 128 * i;
    let sum = 0;
    for (let j = 0; j < 128; j++) sum = fr(sum + Math.abs(x[base + j]));
    putU16(y, 18 * i, f32ToF16(fr(sum / 128)));
    for (let j = 0; j < 16; j++) y[18 * i + 2 + j] = 0;
    for (let j = 0; j < 128; j++) if (x[base + j] >= 0) y[18 * i + 2 + (j >> 3)] |= 1 << (j & 7);
  }
  return y;
}
