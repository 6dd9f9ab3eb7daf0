import { defineFormat, f16, u8 } from '../define.js';
import { quantize_q2_k } from '../quantizers/kquants.js';

// 256 weights in 16 groups of 16: w = d * (sc & 15) * q - dmin * (sc >> 4), q 2-bit.
// Group g: bytes 32n + 16(g & 1) .. of qs (n = g / 8), bit pair j = (g / 2) % 4.
export default defineFormat({
  name: 'q2_k',
  ggmlType: 10,
  blockElems: 256,
  groupElems: 16,
  layout: { scales: u8.array(16), qs: u8.array(64), d: f16, dmin: f16 },
  quants: (b, g, w) => (b.qs.u32(8 * (g >>> 3) + 4 * (g & 1) + w) >>> (2 * ((g >>> 1) & 3))) & 0x03030303,
  scale: (b, g) => b.d * (b.scales.u8(g) & 0xf),
  min: (b, g) => -(b.dmin * (b.scales.u8(g) >>> 4)),
  quantize: quantize_q2_k,
  description: '2-bit K-quant, 4-bit scales and mins per 16',
});
