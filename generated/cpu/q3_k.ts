// CPU reference math of format q3_k (ggml type 11), from dsl/formats/q3_k.ts
// kgen 0.1.0; generated, do not edit; content hash 75ed599b36379bb1
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];

/** The 4 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = (g >>> 3);
  const t1 = (g & 1);
  const t2 = ((b + ((Math.imul(((((Math.imul(t0, 8)) >>> 0) + ((Math.imul(t1, 4)) >>> 0)) >>> 0), 4)) >>> 0)) >>> 0);
  const t3 = ((g >>> 1) & 3);
  const t4 = ((Math.imul(t3, 2)) >>> 0);
  const t5 = ((b + ((Math.imul(t1, 16)) >>> 0)) >>> 0);
  const t6 = ((((Math.imul(t0, 4)) >>> 0) + t3) >>> 0);
  q[0] = ((((ld32(W, ((t2 + 32) >>> 0)) >>> t4) & 0x03030303) | ((((ld32(W, t5) >>> t6) & 0x01010101) << 2) >>> 0)) >>> 0);
  q[1] = ((((ld32(W, ((t2 + 36) >>> 0)) >>> t4) & 0x03030303) | ((((ld32(W, ((t5 + 4) >>> 0)) >>> t6) & 0x01010101) << 2) >>> 0)) >>> 0);
  q[2] = ((((ld32(W, ((t2 + 40) >>> 0)) >>> t4) & 0x03030303) | ((((ld32(W, ((t5 + 8) >>> 0)) >>> t6) & 0x01010101) << 2) >>> 0)) >>> 0);
  q[3] = ((((ld32(W, ((t2 + 44) >>> 0)) >>> t4) & 0x03030303) | ((((ld32(W, ((t5 + 12) >>> 0)) >>> t6) & 0x01010101) << 2) >>> 0)) >>> 0);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  return fround(f16tof32(ld16(W, ((b + 108) >>> 0), false)) * fround(((((((((ld8(W, ((((b + (g & 7)) >>> 0) + 96) >>> 0), false) >>> ((Math.imul((g >>> 3), 4)) >>> 0)) & 15) | ((((ld8(W, ((((b + (g & 3)) >>> 0) + 104) >>> 0), false) >>> ((Math.imul((g >>> 2), 2)) >>> 0)) & 3) << 4) >>> 0)) >>> 0) + 0xffffffe0) >>> 0)) | 0)));
}

export const q3_k: CpuFormat = {
  name: 'q3_k',
  ggmlType: 11,
  blockElems: 256,
  blockBytes: 110,
  groupElems: 16,
  groupsPerBlock: 16,
  groupQuants,
  groupScale,
  groupMin: undefined,
  zeroPoint: 4,
};
