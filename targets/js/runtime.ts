// Helpers the emitted CPU reference calls: exact little-endian loads, f16/e8m0 conversion, packed dot.
import { e8m0HalfToF32, f16ToF32 } from '../../common/numeric.js';

const F16 = new Float32Array(65536);
for (let h = 0; h < 65536; h++) F16[h] = f16ToF32(h);

export const fround = Math.fround;
export const f16tof32 = (h: number): number => F16[h & 0xffff];
export const e8m0half = (x: number): number => e8m0HalfToF32(x & 0xff);

export function ld8(W: Uint8Array, a: number, signed: boolean): number {
  const v = W[a];
  return signed ? ((v << 24) >> 24) >>> 0 : v;
}
export function ld16(W: Uint8Array, a: number, signed: boolean): number {
  const v = W[a] | (W[a + 1] << 8);
  return signed ? ((v << 16) >> 16) >>> 0 : v;
}
export function ld32(W: Uint8Array, a: number): number {
  return (W[a] | (W[a + 1] << 8) | (W[a + 2] << 16) | (W[a + 3] << 24)) >>> 0;
}

/** Signed 4 x int8 dot product of two packed words, exact. */
export function dot4i8(a: number, b: number): number {
  return (
    ((a << 24) >> 24) * ((b << 24) >> 24) +
    ((a << 16) >> 24) * ((b << 16) >> 24) +
    ((a << 8) >> 24) * ((b << 8) >> 24) +
    (a >> 24) * (b >> 24)
  );
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
export function f32bits(v: number): number { f32[0] = v; return u32[0]; }
export function bitsf32(b: number): number { u32[0] = b; return f32[0]; }
