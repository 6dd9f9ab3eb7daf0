import { defineFormat, f16, u8 } from '../define.js';
import { scaleMin6 } from '../helpers.js';
import { quantize_q4_k } from '../quantizers/kquants.js';

// 256 weights in 8 groups of 32: w = d * sc * q - dmin * m; groups 2j and 2j+1 share bytes 32j..32j+31.
export default defineFormat({
  name: 'q4_k',
  ggmlType: 12,
  blockElems: 256,
  groupElems: 32,
  layout: { d: f16, dmin: f16, scales: u8.array(12), qs: u8.array(128) },
  quants: (b, g, w) => (b.qs.u32(8 * (g >>> 1) + w) >>> (4 * (g & 1))) & 0x0f0f0f0f,
  scale: (b, g) => b.d * scaleMin6(b.scales, g).scale,
  min: (b, g) => -(b.dmin * scaleMin6(b.scales, g).min),
  quantize: quantize_q4_k,
  description: '4-bit K-quant, 6-bit scales and mins per 32',
});
