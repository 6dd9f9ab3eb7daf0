import { defineFormat, f16, u8 } from '../define.js';
import { nibble, signedLanes } from '../iquant-helpers.js';
import { quantize_iq3_s } from '../quantizers/iquants.js';
import { iq3s_grid } from '../tables/iq3.js';

// 256 weights in 8 groups of 32: per 4 weights a 9-bit grid row (low byte in qs, bit 8 in qh), explicit
// sign bytes, a 4-bit scale s per 32: w = d * (1 + 2s) * ±grid.
export default defineFormat({
  name: 'iq3_s',
  ggmlType: 21,
  blockElems: 256,
  groupElems: 32,
  layout: { d: f16, qs: u8.array(64), qh: u8.array(8), signs: u8.array(32), scales: u8.array(4) },
  quants: (b, g, w) => {
    const row = b.qs.u8(8 * g + w) | (((b.qh.u8(g) >>> w) & 1) << 8);
    return signedLanes(iq3s_grid[row], b.signs.u8(4 * g + (w >>> 1)) >>> (4 * (w & 1)));
  },
  scale: (b, g) => b.d * (1 + 2 * nibble(b.scales.u8(g >>> 1), g & 1)),
  quantize: quantize_iq3_s,
  description: '3.44 bpw i-quant: 4-element grid rows (512), sign bytes, 4-bit scales per 32',
});
