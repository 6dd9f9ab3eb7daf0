import { defineFormat, u8 } from '../define.js';
import { nibbles } from '../helpers.js';
import { float, halfToFloat, lut8x4 } from '../intrinsics.js';
import { kvalues_mxfp4 } from '../tables.js';
import { quantize_nvfp4 } from '../quantizers/lowbit.js';

// 64 weights in 4 sub-blocks of 16: w = E2M1(nibble) * UE4M3(d[s]), as doubled E2M1 values times half the
// scale. Sub-block s: element j < 8 is the low nibble of qs[8s + j], element j + 8 its high nibble.
export default defineFormat({
  name: 'nvfp4',
  ggmlType: 40,
  blockElems: 64,
  groupElems: 16,
  layout: { d: u8.array(4), qs: u8.array(32) },
  quants: (b, g, w) => lut8x4(kvalues_mxfp4, nibbles(b.qs.u32(2 * g + (w & 1)), w >>> 1 === 0 ? 0 : 4)),
  scale: (b, g) => {
    // Half of UE4M3 (4 exponent bits, bias 7; 3 mantissa bits), exact: 0x00 and 0x7f (NaN) give 0.
    const x = b.d.u8(g);
    const e = (x >>> 3) & 0xf;
    const m = x & 7;
    return x === 0 || x === 0x7f ? 0 : e === 0 ? float(m) * 0.0009765625 : halfToFloat(((e + 7) << 10) | (m << 7));
  },
  quantize: quantize_nvfp4,
  description: 'NVIDIA FP4 (E2M1) with a UE4M3 scale per 16',
});
