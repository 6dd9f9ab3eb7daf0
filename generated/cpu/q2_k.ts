// CPU reference math of format q2_k (ggml type 10), from dsl/formats/q2_k.ts
// kgen 0.1.0; generated, do not edit; content hash 3d6c9b88b4a701d6
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];

/** The 4 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = ((b + ((Math.imul(((((Math.imul((g >>> 3), 8)) >>> 0) + ((Math.imul((g & 1), 4)) >>> 0)) >>> 0), 4)) >>> 0)) >>> 0);
  const t1 = ((Math.imul(((g >>> 1) & 3), 2)) >>> 0);
  q[0] = ((ld32(W, ((t0 + 16) >>> 0)) >>> t1) & 0x03030303);
  q[1] = ((ld32(W, ((t0 + 20) >>> 0)) >>> t1) & 0x03030303);
  q[2] = ((ld32(W, ((t0 + 24) >>> 0)) >>> t1) & 0x03030303);
  q[3] = ((ld32(W, ((t0 + 28) >>> 0)) >>> t1) & 0x03030303);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  return fround(f16tof32(ld16(W, ((b + 80) >>> 0), false)) * fround((((ld8(W, ((b + g) >>> 0), false) & 15)) | 0)));
}

/** Float min of group g. */
function groupMin(W: Uint8Array, b: number, g: number): number {
  return (-fround(f16tof32(ld16(W, ((b + 82) >>> 0), false)) * fround((((ld8(W, ((b + g) >>> 0), false) >>> 4)) | 0))));
}

export const q2_k: CpuFormat = {
  name: 'q2_k',
  ggmlType: 10,
  blockElems: 256,
  blockBytes: 84,
  groupElems: 16,
  groupsPerBlock: 16,
  groupQuants,
  groupScale,
  groupMin: groupMin,
  zeroPoint: 0,
};
