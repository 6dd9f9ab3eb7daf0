import { defineFormat, f16, u8 } from '../define.js';
import { quantize_q1_0 } from '../quantizers/lowbit.js';

// 128 weights: w = +d where the bit is 1, -d where it is 0; element j is bit j % 8 of qs[j / 8].
export default defineFormat({
  name: 'q1_0',
  ggmlType: 41,
  blockElems: 128,
  groupElems: 32,
  layout: { d: f16, qs: u8.array(16) },
  quants: (b, g, w) => {
    const bits = (b.qs.u8(4 * g + (w >>> 1)) >>> (4 * (w & 1))) & 0xf;
    const ones = (bits * 0x00204081) & 0x01010101; // bit i -> byte i
    return ones | ((ones ^ 0x01010101) * 0xff); // 1 -> +1, 0 -> -1 (0xff)
  },
  scale: (b) => b.d,
  quantize: quantize_q1_0,
  description: '1 bit: ±d per weight, f16 scale per 128',
});
