import { defineFormat, f16, u8 } from '../define.js';
import { nibble, signedLanes } from '../iquant-helpers.js';
import { quantize_iq2_s } from '../quantizers/iquants.js';
import { iq2s_grid } from '../tables/iq2.js';

// 256 weights in 16 groups of 16; per 8 weights a 10-bit grid row (low byte in qs[0..31], 2 bits in qh)
// and an explicit sign byte (qs[32..63]); a 4-bit scale s per 16: w = d * (0.5 + s) / 4 * ±grid.
export default defineFormat({
  name: 'iq2_s',
  ggmlType: 22,
  blockElems: 256,
  groupElems: 16,
  layout: { d: f16, qs: u8.array(64), qh: u8.array(8), scales: u8.array(8) },
  quants: (b, g, w) => {
    const i = 2 * g + (w >>> 1); // the 8-weight row: 4 per 32 weights
    const row = b.qs.u8(i) | (((b.qh.u8(g >>> 1) >>> (2 * (i & 3))) & 3) << 8);
    return signedLanes(iq2s_grid.u32(2 * row + (w & 1)), b.qs.u8(32 + i) >>> (4 * (w & 1)));
  },
  scale: (b, g) => b.d * (0.5 + nibble(b.scales.u8(g >>> 1), g & 1)) * 0.25,
  quantize: quantize_iq2_s,
  description: '2.56 bpw i-quant: 8-element grid rows (1024), sign bytes, 4-bit scales per 16',
});
