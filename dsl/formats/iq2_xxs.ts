import { defineFormat, f16, u16 } from '../define.js';
import { signedLanes } from '../iquant-helpers.js';
import { quantize_iq2_xxs } from '../quantizers/iquants.js';
import { iq2xxs_grid } from '../tables/iq2.js';
import { ksigns_iq2xs } from '../tables/signs.js';

// 256 weights in 8 groups of 32, each 8 bytes: u32 a = four 8-bit grid rows (8 magnitudes each),
// u32 b = four 7-bit sign indices and a 4-bit scale s on top: w = d * (0.5 + s) / 4 * ±grid.
export default defineFormat({
  name: 'iq2_xxs',
  ggmlType: 16,
  blockElems: 256,
  groupElems: 32,
  layout: { d: f16, qs: u16.array(32) },
  quants: (b, g, w) => {
    const row = b.qs.u8(8 * g + (w >>> 1));
    const signs = ksigns_iq2xs[(b.qs.u32(2 * g + 1) >>> (7 * (w >>> 1))) & 127];
    return signedLanes(iq2xxs_grid.u32(2 * row + (w & 1)), signs >>> (4 * (w & 1)));
  },
  scale: (b, g) => b.d * (0.5 + (b.qs.u32(2 * g + 1) >>> 28)) * 0.25,
  quantize: quantize_iq2_xxs,
  description: '2.06 bpw i-quant: 8-element grid rows (256), 7-bit signs, 4-bit scales per 32',
});
