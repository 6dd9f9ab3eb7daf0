import { defineFormat, u8 } from '../define.js';
import { nibbles } from '../helpers.js';
import { e8m0Half, lut8x4 } from '../intrinsics.js';
import { quantize_mxfp4 } from '../quantizers/legacy.js';
import { kvalues_mxfp4 } from '../tables.js';

// 32 weights: w = E2M1(nibble) * 2^(e-127), computed as doubled E2M1 values times 2^(e-128).
export default defineFormat({
  name: 'mxfp4',
  ggmlType: 39,
  blockElems: 32,
  groupElems: 32,
  layout: { e: u8, qs: u8.array(16) },
  quants: (b, g, w) => lut8x4(kvalues_mxfp4, nibbles(b.qs.u32(w & 3), w)),
  scale: (b) => e8m0Half(b.e),
  quantize: quantize_mxfp4,
  description: 'OCP MX FP4 (E2M1) with an E8M0 scale per 32',
});
