import { defineFormat, f16, u8 } from '../define.js';
import { quantize_q3_k } from '../quantizers/kquants.js';

// 256 weights in 16 groups of 16: w = d * (s6 - 32) * (q2 + 4 * hbit - 4), s6 a 6-bit scale.
export default defineFormat({
  name: 'q3_k',
  ggmlType: 11,
  blockElems: 256,
  groupElems: 16,
  layout: { hmask: u8.array(32), qs: u8.array(64), scales: u8.array(12), d: f16 },
  quants: (b, g, w) => {
    const n = g >>> 3;
    const j = (g >>> 1) & 3;
    const low = (b.qs.u32(8 * n + 4 * (g & 1) + w) >>> (2 * j)) & 0x03030303;
    const high = (b.hmask.u32(4 * (g & 1) + w) >>> (4 * n + j)) & 0x01010101;
    return low | (high << 2);
  },
  scale: (b, g) => {
    const lo = (b.scales.u8(g & 7) >>> (4 * (g >>> 3))) & 0xf;
    const hi = (b.scales.u8(8 + (g & 3)) >>> (2 * (g >>> 2))) & 3;
    return b.d * ((lo | (hi << 4)) - 32);
  },
  zeroPoint: 4,
  quantize: quantize_q3_k,
  description: '3-bit K-quant, 6-bit scales per 16',
});
