import { defineFormat, f16, u8 } from '../define.js';
import { nibbles } from '../helpers.js';
import { quantize_q4_1 } from '../quantizers/legacy.js';

// 32 weights: w = d * q + m.
export default defineFormat({
  name: 'q4_1',
  ggmlType: 3,
  blockElems: 32,
  groupElems: 32,
  layout: { d: f16, m: f16, qs: u8.array(16) },
  quants: (b, g, w) => nibbles(b.qs.u32(w & 3), w),
  scale: (b) => b.d,
  min: (b) => b.m,
  quantize: quantize_q4_1,
  description: '4-bit, f16 scale and min per 32',
});
