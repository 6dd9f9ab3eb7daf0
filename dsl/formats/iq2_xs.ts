import { defineFormat, f16, u16, u8 } from '../define.js';
import { nibble, signedLanes } from '../iquant-helpers.js';
import { quantize_iq2_xs } from '../quantizers/iquants.js';
import { iq2xs_grid } from '../tables/iq2.js';
import { ksigns_iq2xs } from '../tables/signs.js';

// 256 weights in 16 groups of 16; per 8 weights a u16: 9-bit grid row | 7-bit sign index << 9;
// a 4-bit scale s per 16: w = d * (0.5 + s) / 4 * ±grid.
export default defineFormat({
  name: 'iq2_xs',
  ggmlType: 17,
  blockElems: 256,
  groupElems: 16,
  layout: { d: f16, qs: u16.array(32), scales: u8.array(8) },
  quants: (b, g, w) => {
    const q = b.qs.u16(2 * g + (w >>> 1));
    return signedLanes(iq2xs_grid.u32(2 * (q & 511) + (w & 1)), ksigns_iq2xs[q >>> 9] >>> (4 * (w & 1)));
  },
  scale: (b, g) => b.d * (0.5 + nibble(b.scales.u8(g >>> 1), g & 1)) * 0.25,
  quantize: quantize_iq2_xs,
  description: '2.31 bpw i-quant: 8-element grid rows (512), 7-bit signs, 4-bit scales per 16',
});
