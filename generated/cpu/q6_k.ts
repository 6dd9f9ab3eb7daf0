// CPU reference math of format q6_k (ggml type 14), from dsl/formats/q6_k.ts
// kgen 0.1.0; generated, do not edit; content hash 77c267eb2556b562
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];

/** The 4 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = (g >>> 3);
  const t1 = ((g >>> 1) & 3);
  const t2 = ((Math.imul((g & 1), 4)) >>> 0);
  const t3 = ((b + ((Math.imul(((((((Math.imul(t0, 16)) >>> 0) + ((Math.imul((t1 & 1), 8)) >>> 0)) >>> 0) + t2) >>> 0), 4)) >>> 0)) >>> 0);
  const t4 = ((Math.imul((t1 >>> 1), 4)) >>> 0);
  const t5 = ((b + ((Math.imul(((((Math.imul(t0, 8)) >>> 0) + t2) >>> 0), 4)) >>> 0)) >>> 0);
  const t6 = ((Math.imul(t1, 2)) >>> 0);
  q[0] = ((((ld32(W, t3) >>> t4) & 0x0f0f0f0f) | ((((ld32(W, ((t5 + 128) >>> 0)) >>> t6) & 0x03030303) << 4) >>> 0)) >>> 0);
  q[1] = ((((ld32(W, ((t3 + 4) >>> 0)) >>> t4) & 0x0f0f0f0f) | ((((ld32(W, ((t5 + 132) >>> 0)) >>> t6) & 0x03030303) << 4) >>> 0)) >>> 0);
  q[2] = ((((ld32(W, ((t3 + 8) >>> 0)) >>> t4) & 0x0f0f0f0f) | ((((ld32(W, ((t5 + 136) >>> 0)) >>> t6) & 0x03030303) << 4) >>> 0)) >>> 0);
  q[3] = ((((ld32(W, ((t3 + 12) >>> 0)) >>> t4) & 0x0f0f0f0f) | ((((ld32(W, ((t5 + 140) >>> 0)) >>> t6) & 0x03030303) << 4) >>> 0)) >>> 0);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  return fround(f16tof32(ld16(W, ((b + 208) >>> 0), false)) * fround(((ld8(W, ((((b + g) >>> 0) + 192) >>> 0), true)) | 0)));
}

export const q6_k: CpuFormat = {
  name: 'q6_k',
  ggmlType: 14,
  blockElems: 256,
  blockBytes: 210,
  groupElems: 16,
  groupsPerBlock: 16,
  groupQuants,
  groupScale,
  groupMin: undefined,
  zeroPoint: 32,
};
