import { defineFormat, f16, i8 } from '../define.js';
import { quantize_q8_0 } from '../quantizers/legacy.js';

// 32 weights: w = d * q, q an int8.
export default defineFormat({
  name: 'q8_0',
  ggmlType: 8,
  blockElems: 32,
  groupElems: 32,
  layout: { d: f16, qs: i8.array(32) },
  quants: (b, g, w) => b.qs.u32(w),
  scale: (b) => b.d,
  quantize: quantize_q8_0,
  description: '8-bit, one f16 scale per 32',
});
