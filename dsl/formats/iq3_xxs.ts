import { defineFormat, f16, u8 } from '../define.js';
import { signedLanes } from '../iquant-helpers.js';
import { quantize_iq3_xxs } from '../quantizers/iquants.js';
import { iq3xxs_grid } from '../tables/iq3.js';
import { ksigns_iq2xs } from '../tables/signs.js';

// 256 weights in 8 groups of 32: 8 grid bytes per group (a row of 4 magnitudes each) in qs[0..63], then a
// u32 per group: four 7-bit sign indices and a 4-bit scale s on top: w = d * (0.5 + s) / 2 * ±grid.
export default defineFormat({
  name: 'iq3_xxs',
  ggmlType: 18,
  blockElems: 256,
  groupElems: 32,
  layout: { d: f16, qs: u8.array(96) },
  quants: (b, g, w) => {
    const signs = ksigns_iq2xs[(b.qs.u32(16 + g) >>> (7 * (w >>> 1))) & 127];
    return signedLanes(iq3xxs_grid[b.qs.u8(8 * g + w)], signs >>> (4 * (w & 1)));
  },
  scale: (b, g) => b.d * (0.5 + (b.qs.u32(16 + g) >>> 28)) * 0.5,
  quantize: quantize_iq3_xxs,
  description: '3.06 bpw i-quant: 4-element grid rows (256), 7-bit signs, 4-bit scales per 32',
});
