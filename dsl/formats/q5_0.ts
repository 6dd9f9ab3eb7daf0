import { defineFormat, f16, u8 } from '../define.js';
import { nibbles, spreadBit4 } from '../helpers.js';
import { quantize_q5_0 } from '../quantizers/legacy.js';

// 32 weights: w = d * (q - 16); bit 4 of element i is bit i of qh.
export default defineFormat({
  name: 'q5_0',
  ggmlType: 6,
  blockElems: 32,
  groupElems: 32,
  layout: { d: f16, qh: u8.array(4), qs: u8.array(16) },
  quants: (b, g, w) => nibbles(b.qs.u32(w & 3), w) | spreadBit4(b.qh.u32(0) >>> (4 * w)),
  scale: (b) => b.d,
  zeroPoint: 16,
  quantize: quantize_q5_0,
  description: '5-bit, one f16 scale per 32, zero point 16',
});
