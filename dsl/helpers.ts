// Math shared by several formats, written in the same DSL subset (the compiler inlines these).
import type { Field } from './define.js';

/** The nibbles of word w (0..7) of 16 bytes split as ggml's 32-element formats do: elements 0..15 are the
 *  low nibbles of bytes 0..15, elements 16..31 the high nibbles. `word` is bytes 4(w%4)..4(w%4)+3. */
export function nibbles(word: number, w: number): number {
  return w < 4 ? word & 0x0f0f0f0f : (word >>> 4) & 0x0f0f0f0f;
}

/** Bits 0..3 of `bits4` moved to bit 4 of bytes 0..3 (the 5th bit of q5 quants). */
export function spreadBit4(bits4: number): number {
  return ((bits4 & 0xf) * 0x02040810) & 0x10101010;
}

/** q4_k / q5_k: the 6-bit scale and min of sub-block g (0..7) from the 12 packed scale bytes. */
export function scaleMin6(scales: Field, g: number) {
  const lo = scales.u8(g);
  const hi = scales.u8(g + 4);
  const top = scales.u8(g & 3) >>> 6;
  return {
    scale: g < 4 ? lo & 63 : (hi & 0xf) | (top << 4),
    min: g < 4 ? hi & 63 : (hi >>> 4) | ((lo >>> 6) << 4),
  };
}
