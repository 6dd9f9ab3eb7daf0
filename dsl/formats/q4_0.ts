import { defineFormat, f16, u8 } from '../define.js';
import { nibbles } from '../helpers.js';
import { quantize_q4_0 } from '../quantizers/legacy.js';

// 32 weights: w = d * (q - 8), q a nibble.
export default defineFormat({
  name: 'q4_0',
  ggmlType: 2,
  blockElems: 32,
  groupElems: 32,
  layout: { d: f16, qs: u8.array(16) },
  quants: (b, g, w) => nibbles(b.qs.u32(w & 3), w),
  scale: (b) => b.d,
  zeroPoint: 8,
  quantize: quantize_q4_0,
  description: '4-bit, one f16 scale per 32, zero point 8',
});
