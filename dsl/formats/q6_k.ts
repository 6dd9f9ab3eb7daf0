import { defineFormat, f16, i8, u8 } from '../define.js';
import { quantize_q6_k } from '../quantizers/kquants.js';

// 256 weights in 16 groups of 16: w = d * scales[g] * (q - 32), q = 4 low bits from ql, 2 high from qh.
export default defineFormat({
  name: 'q6_k',
  ggmlType: 14,
  blockElems: 256,
  groupElems: 16,
  layout: { ql: u8.array(128), qh: u8.array(64), scales: i8.array(16), d: f16 },
  quants: (b, g, w) => {
    const n = g >>> 3;
    const r = (g >>> 1) & 3;
    const low = (b.ql.u32(16 * n + 8 * (r & 1) + 4 * (g & 1) + w) >>> (4 * (r >>> 1))) & 0x0f0f0f0f;
    const high = (b.qh.u32(8 * n + 4 * (g & 1) + w) >>> (2 * r)) & 0x03030303;
    return low | (high << 4);
  },
  scale: (b, g) => b.d * b.scales.i8(g),
  zeroPoint: 32,
  quantize: quantize_q6_k,
  description: '6-bit K-quant, int8 scales per 16',
});
