// Exact scalar conversions shared by the DSL, the CPU target and the quantizers.
// Every function here reproduces ggml's C behaviour bit for bit (float32 emulated with Math.fround).

const f32buf = new Float32Array(1);
const u32buf = new Uint32Array(f32buf.buffer);

/** Bits of a float32 value. */
export function f32Bits(v: number): number {
  f32buf[0] = v;
  return u32buf[0];
}

/** float32 value of 32 bits. */
export function bitsF32(bits: number): number {
  u32buf[0] = bits >>> 0;
  return f32buf[0];
}

/** IEEE binary16 bits -> float32 value, exact (subnormals, Inf, NaN kept). */
export function f16ToF32(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const man = h & 0x3ff;
  if (exp === 0) return sign * man * 2 ** -24;
  if (exp === 31) return man ? NaN : sign * Infinity;
  return sign * (1024 + man) * 2 ** (exp - 25);
}

/** float32 value -> binary16 bits, round-to-nearest-even, overflow to Inf, NaN -> 0x7e00 (ggml's rule). */
export function f32ToF16(v: number): number {
  const bits = f32Bits(v);
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff;
  const man = bits & 0x7fffff;
  if (exp === 0xff) return man ? 0x7e00 : sign | 0x7c00;
  const a = Math.abs(Math.fround(v));
  if (a >= 65520) return sign | 0x7c00; // rounds past the largest finite half
  if (a < 2 ** -14) {
    // subnormal half: units of 2^-24, round half to even
    const q = a / 2 ** -24;
    let r = Math.floor(q);
    const frac = q - r;
    if (frac > 0.5 || (frac === 0.5 && (r & 1))) r++;
    return sign | r;
  }
  const e = exp - 127 + 15;
  let m = man >>> 13;
  const rest = man & 0x1fff;
  let h = (e << 10) | m;
  if (rest > 0x1000 || (rest === 0x1000 && (m & 1))) h++;
  return sign | h;
}

/** Round a double to the nearest binary16 value and return it as a number. */
export function f16Round(v: number): number {
  return f16ToF32(f32ToF16(v));
}

/** C roundf on a float32 value: round half away from zero. Exact for float32 inputs. */
export function roundf(v: number): number {
  return v < 0 ? -Math.floor(-v + 0.5) : Math.floor(v + 0.5);
}

/** ggml's nearest_int: round half to even through the 1.5*2^23 trick (float32 add). */
export function nearestInt(v: number): number {
  const t = Math.fround(v + 12582912);
  return (f32Bits(t) & 0x7fffff) - 0x400000;
}

/** ggml_e8m0_to_fp32: 2^(x-127); x = 0 gives 2^-127 (a float32 subnormal). */
export function e8m0ToF32(x: number): number {
  return bitsF32(x === 0 ? 0x00400000 : (x & 0xff) << 23);
}

/** ggml_e8m0_to_fp32_half: 2^(x-128), the scale MXFP4 uses with its doubled E2M1 table. */
export function e8m0HalfToF32(x: number): number {
  x &= 0xff;
  return bitsF32(x < 2 ? 0x00200000 << x : (x - 1) << 23);
}

/** float32 multiply, add, subtract, divide. */
export const fmul = (a: number, b: number): number => Math.fround(a * b);
export const fadd = (a: number, b: number): number => Math.fround(a + b);
export const fsub = (a: number, b: number): number => Math.fround(a - b);
export const fdiv = (a: number, b: number): number => Math.fround(a / b);
