// kgen's activation format q8_1x4 on the CPU: the twin of codegen/kernels/quantize_q8_1.ts (same
// integer rounding rule, so GPU and CPU bytes are identical), and a converter to ggml q8_1 blocks.
import { f32ToF16, fmul } from '../../common/numeric.js';
import { activationColumnBytes } from '../../codegen/manifest.js';
import { f16tof32 } from './runtime.js';

export const Q8_1X4_SUPERBLOCK_BYTES = 144;

/** Bytes of one q8_1x4 column of K values. */
export const q8_1x4ColumnBytes = activationColumnBytes;

const INV127 = Math.fround(1 / 127);

/** round-half-away(127 |x| / amax) from float32 bits, exactly (see the kernel for the derivation). */
function quantMagnitude(xbits: number, ma: number, ea: number): number {
  const ax = xbits & 0x7fffffff;
  const e = ax >>> 23;
  const mx = (ax & 0x7fffff) | (e !== 0 ? 0x800000 : 0);
  const k = ea - Math.max(e, 1);
  if (k > 8) return 0;
  const D = ma * 2 ** k;
  const N = mx * 127;
  const q0 = Math.floor(N / D);
  const r = N - q0 * D;
  return q0 + (r >= D - r ? 1 : 0);
}

/** f32 columns (ncols x K, column c at c * K) -> q8_1x4 bytes (ncols x q8_1x4ColumnBytes(K)). */
export function quantizeQ8_1x4(x: Float32Array, K: number, ncols: number): Uint8Array {
  if (K % 32 !== 0 || K <= 0) throw new RangeError(`kgen: q8_1x4 needs K to be a positive multiple of 32, got ${K}`);
  if (x.length < K * ncols) throw new RangeError(`kgen: x holds ${x.length} values; K x ncols = ${K * ncols}`);
  const colBytes = q8_1x4ColumnBytes(K);
  const out = new Uint8Array(colBytes * ncols);
  const dv = new DataView(out.buffer);
  // The raw bits, as the GPU reads them (reading numbers would quiet signalling NaNs).
  const bitsOf = new Uint32Array(x.buffer, x.byteOffset, x.length);
  for (let c = 0; c < ncols; c++) {
    for (let jb = 0; jb < K / 32; jb++) {
      const base = c * K + jb * 32;
      let amax = 0;
      for (let i = 0; i < 32; i++) amax = Math.max(amax, bitsOf[base + i] & 0x7fffffff);
      const ea0 = amax >>> 23;
      const ma = (amax & 0x7fffff) | (ea0 !== 0 ? 0x800000 : 0);
      const ea = Math.max(ea0, 1);
      const sbOff = c * colBytes + (jb >> 2) * Q8_1X4_SUPERBLOCK_BYTES;
      let sum = 0;
      for (let i = 0; i < 32; i++) {
        const bits = bitsOf[base + i];
        const mag = amax === 0 ? 0 : quantMagnitude(bits, ma, ea);
        const q = bits >>> 31 ? -mag : mag;
        sum += q;
        out[sbOff + 16 + (jb & 3) * 32 + i] = q & 0xff;
      }
      const amaxF = new Float32Array(new Uint32Array([amax]).buffer)[0];
      const d = fmul(amaxF, INV127);
      dv.setUint32(sbOff + 4 * (jb & 3), (f32ToF16(d) | ((sum & 0xffff) << 16)) >>> 0, true);
    }
  }
  return out;
}

/** q8_1x4 -> ggml's 36-byte q8_1 blocks (d, s = f16(d * sum), qs), for the CPU reference. */
export function q8_1x4ToQ8_1(xq: Uint8Array, K: number, ncols: number): Uint8Array {
  const colBytes = q8_1x4ColumnBytes(K);
  const nb = K / 32;
  const out = new Uint8Array(ncols * nb * 36);
  const src = new DataView(xq.buffer, xq.byteOffset, xq.byteLength);
  const dst = new DataView(out.buffer);
  for (let c = 0; c < ncols; c++) {
    for (let j = 0; j < nb; j++) {
      const sb = c * colBytes + (j >> 2) * Q8_1X4_SUPERBLOCK_BYTES;
      const hdr = src.getUint32(sb + 4 * (j & 3), true);
      const o = (c * nb + j) * 36;
      const sum = (hdr >> 16);
      dst.setUint16(o, hdr & 0xffff, true);
      dst.setUint16(o + 2, f32ToF16(fmul(f16tof32(hdr & 0xffff), sum)), true);
      out.set(xq.subarray(sb + 16 + (j & 3) * 32, sb + 16 + (j & 3) * 32 + 32), o + 4);
    }
  }
  return out;
}
