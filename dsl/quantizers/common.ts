// Shared helpers for the CPU quantizers (float32 -> ggml block bytes).
// Only ADD exported functions here; never change existing ones (several quantizer files import them).
// All float arithmetic is emulated as IEEE float32 (Math.fround after every operation),
// mirroring ggml-base's non-FMA x86-64 build.
import { ggmlTypeByName } from '../../common/ggml.js';
import { kvalues_iq4nl, kvalues_mxfp4 } from '../tables.js';

/** `kvalues_iq4nl` from ggml-common.h (IQ4_NL, IQ4_XS): the DSL's table (dsl/tables.ts), as int8. */
export const KVALUES_IQ4NL: Int8Array = Int8Array.from(kvalues_iq4nl.values);

/** `kvalues_mxfp4` from ggml-common.h: doubled E2M1 values (the DSL's table, dsl/tables.ts). */
export const KVALUES_MXFP4: Int8Array = Int8Array.from(kvalues_mxfp4.values);

/** C's FLT_MAX. */
export const FLT_MAX = 3.4028234663852886e38;

/** ggml's GROUP_MAX_EPS (1e-15f) as a float32 value. */
export const GROUP_MAX_EPS = Math.fround(1e-15);

/** Number of blocks of `x`, throwing a clear error when x.length is not a multiple of the block size. */
export function blockCount(format: string, x: ArrayLike<number>, blockSize: number): number {
  if (x.length % blockSize !== 0) {
    throw new Error(`quantize_${format}: input length ${x.length} is not a multiple of the ${format} block size ${blockSize}`);
  }
  return x.length / blockSize;
}

/** The output buffer: `out` (at least `bytes` long; its first `bytes` bytes are returned) or a new one. */
export function outputBuffer(format: string, bytes: number, out?: Uint8Array): Uint8Array {
  if (!out) return new Uint8Array(bytes);
  if (out.length < bytes) {
    throw new Error(`quantize_${format}: output buffer has ${out.length} bytes, ${bytes} are needed`);
  }
  return out.length === bytes ? out : out.subarray(0, bytes);
}

/**
 * C float -> 32-bit int conversion as gcc emits it on x86-64 (cvttss2si): truncation toward zero;
 * NaN and out-of-range values give the "integer indefinite" 0x80000000.
 */
export function truncToI32(v: number): number {
  if (!(v > -2147483649 && v < 2147483648)) return -2147483648;
  return Math.trunc(v) | 0;
}

/** `(int8_t)v` for a float v (x86-64 gcc: cvttss2si then keep the low byte, sign-extended). */
export function floatToI8(v: number): number {
  return (truncToI32(v) << 24) >> 24;
}

/** `(uint8_t)v` for a float v (x86-64 gcc: cvttss2si then keep the low byte). */
export function floatToU8(v: number): number {
  return truncToI32(v) & 0xff;
}

/** C's `fabsf(a)`. */
export const fabsf = (a: number): number => Math.abs(a);

/** ggml's MAX(a, b) macro: `a > b ? a : b` (NaN handling follows the macro). */
export const cmax = (a: number, b: number): number => (a > b ? a : b);

/** ggml's MIN(a, b) macro: `a < b ? a : b`. */
export const cmin = (a: number, b: number): number => (a < b ? a : b);

/**
 * ggml's `best_index_int8(n, val, x)`: index of the table value nearest to float x
 * (binary search; ties go to the upper index). Differences are float32 subtractions.
 */
export function bestIndexInt8(n: number, val: ArrayLike<number>, x: number): number {
  if (x <= val[0]) return 0;
  if (x >= val[n - 1]) return n - 1;
  let ml = 0;
  let mu = n - 1;
  while (mu - ml > 1) {
    const mav = (ml + mu) >> 1;
    if (x < val[mav]) mu = mav;
    else ml = mav;
  }
  return Math.fround(x - val[mu - 1]) < Math.fround(val[mu] - x) ? mu - 1 : mu;
}

/** C's `floorf(log2f(a))` for a positive finite float32 a (log2f assumed correctly rounded). */
export function floorLog2f(a: number): number {
  return Math.floor(Math.fround(Math.log2(a)));
}

/** Little-endian stores into a byte array. */
export function putU16(b: Uint8Array, off: number, v: number): void {
  b[off] = v & 0xff;
  b[off + 1] = (v >>> 8) & 0xff;
}
export function putU32(b: Uint8Array, off: number, v: number): void {
  b[off] = v & 0xff;
  b[off + 1] = (v >>> 8) & 0xff;
  b[off + 2] = (v >>> 16) & 0xff;
  b[off + 3] = (v >>> 24) & 0xff;
}

const f32Scratch = new Float32Array(1);
const u32Scratch = new Uint32Array(f32Scratch.buffer);
/** Little-endian store of a float32 value (rounded to float32 first). */
export function putF32(b: Uint8Array, off: number, v: number): void {
  f32Scratch[0] = v;
  putU32(b, off, u32Scratch[0]);
}

/** The block count of `x` and the output bytes of `format`, sized from ggml's type table (common/ggml.ts). */
export function blockOutput(format: string, x: ArrayLike<number>, out?: Uint8Array): { nb: number; y: Uint8Array } {
  const t = ggmlTypeByName(format);
  if (!t || !t.quantized) throw new Error(`quantize_${format}: '${format}' is not a ggml block type`);
  const nb = blockCount(format, x, t.blockElems);
  return { nb, y: outputBuffer(format, nb * t.blockBytes, out) };
}
