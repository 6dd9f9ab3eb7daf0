import { defineFormat, f16, u8 } from '../define.js';
import { quantize_q2_0 } from '../quantizers/lowbit.js';

// 64 weights: w = d * (q - 1), q a 2-bit code; element j is bits 2(j % 4), 2(j % 4) + 1 of qs[j / 4].
export default defineFormat({
  name: 'q2_0',
  ggmlType: 42,
  blockElems: 64,
  groupElems: 32,
  layout: { d: f16, qs: u8.array(16) },
  quants: (b, g, w) => {
    const q = b.qs.u8(8 * g + w);
    return (q & 3) | ((q & 0xc) << 6) | ((q & 0x30) << 12) | ((q & 0xc0) << 18);
  },
  zeroPoint: 1,
  scale: (b) => b.d,
  quantize: quantize_q2_0,
  description: '2 bits: d * (q - 1), f16 scale per 64',
});
