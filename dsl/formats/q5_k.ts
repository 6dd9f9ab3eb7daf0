import { defineFormat, f16, u8 } from '../define.js';
import { scaleMin6 } from '../helpers.js';
import { quantize_q5_k } from '../quantizers/kquants.js';

// As q4_k, plus bit 4 of every element of group g in bit g of qh[l].
export default defineFormat({
  name: 'q5_k',
  ggmlType: 13,
  blockElems: 256,
  groupElems: 32,
  layout: { d: f16, dmin: f16, scales: u8.array(12), qh: u8.array(32), qs: u8.array(128) },
  quants: (b, g, w) => {
    const low = (b.qs.u32(8 * (g >>> 1) + w) >>> (4 * (g & 1))) & 0x0f0f0f0f;
    const high = (b.qh.u32(w) >>> g) & 0x01010101;
    return low | (high << 4);
  },
  scale: (b, g) => b.d * scaleMin6(b.scales, g).scale,
  min: (b, g) => -(b.dmin * scaleMin6(b.scales, g).min),
  quantize: quantize_q5_k,
  description: '5-bit K-quant, 6-bit scales and mins per 32',
});
