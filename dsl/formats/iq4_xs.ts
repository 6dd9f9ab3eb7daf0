import { defineFormat, f16, u16, u8 } from '../define.js';
import { nibbles } from '../helpers.js';
import { lut8x4 } from '../intrinsics.js';
import { quantize_iq4_xs } from '../quantizers/legacy.js';
import { kvalues_iq4nl } from '../tables.js';

// 256 weights in 8 sub-blocks of 32: w = d * (ls - 32) * kvalues_iq4nl[nibble], ls a 6-bit scale.
export default defineFormat({
  name: 'iq4_xs',
  ggmlType: 23,
  blockElems: 256,
  groupElems: 32,
  layout: { d: f16, scales_h: u16, scales_l: u8.array(4), qs: u8.array(128) },
  quants: (b, g, w) => lut8x4(kvalues_iq4nl, nibbles(b.qs.u32(4 * g + (w & 3)), w)),
  scale: (b, g) => {
    const lo = (b.scales_l.u8(g >>> 1) >>> (4 * (g & 1))) & 0xf;
    const hi = (b.scales_h >>> (2 * g)) & 3;
    return b.d * ((lo | (hi << 4)) - 32);
  },
  quantize: quantize_iq4_xs,
  description: 'non-linear 4-bit, 6-bit scales per 32, f16 scale per 256',
});
