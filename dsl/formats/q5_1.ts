import { defineFormat, f16, u32, u8 } from '../define.js';
import { nibbles, spreadBit4 } from '../helpers.js';
import { quantize_q5_1 } from '../quantizers/legacy.js';

// 32 weights: w = d * q + m; bit 4 of element i is bit i of qh.
export default defineFormat({
  name: 'q5_1',
  ggmlType: 7,
  blockElems: 32,
  groupElems: 32,
  layout: { d: f16, m: f16, qh: u32, qs: u8.array(16) },
  quants: (b, g, w) => nibbles(b.qs.u32(w & 3), w) | spreadBit4(b.qh.u32(0) >>> (4 * w)),
  scale: (b) => b.d,
  min: (b) => b.m,
  quantize: quantize_q5_1,
  description: '5-bit, f16 scale and min per 32',
});
