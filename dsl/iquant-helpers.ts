// Math shared by the i-quant formats (iq2_*, iq3_*), in the DSL subset (the compiler inlines these).
import { sub8x4 } from './intrinsics.js';

/**
 * Four magnitude lanes (bytes below 128) with sign bit i of `signs` (bits 0..3) negating lane i:
 * each bit is spread to a 0x00 / 0xff byte mask m, and -a = (a ^ 0xff) - 0xff per byte.
 */
export function signedLanes(magnitudes: number, signs: number): number {
  const m = (((signs & 0xf) * 0x00204081) & 0x01010101) * 0xff;
  return sub8x4(magnitudes ^ m, m);
}

/** The 4-bit sub-block scale nibble s of `byte` (s = 0: low nibble, 1: high nibble). */
export function nibble(byte: number, s: number): number {
  return (byte >>> (4 * s)) & 0xf;
}
