import { defineFormat, f16, u8 } from '../define.js';
import { nibbles } from '../helpers.js';
import { lut8x4 } from '../intrinsics.js';
import { quantize_iq4_nl } from '../quantizers/legacy.js';
import { kvalues_iq4nl } from '../tables.js';

// 32 weights: w = d * kvalues_iq4nl[nibble].
export default defineFormat({
  name: 'iq4_nl',
  ggmlType: 20,
  blockElems: 32,
  groupElems: 32,
  layout: { d: f16, qs: u8.array(16) },
  quants: (b, g, w) => lut8x4(kvalues_iq4nl, nibbles(b.qs.u32(w & 3), w)),
  scale: (b) => b.d,
  quantize: quantize_iq4_nl,
  description: 'non-linear 4-bit, one f16 scale per 32',
});
