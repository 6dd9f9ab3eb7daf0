// CPU reference math of format q5_0 (ggml type 6), from dsl/formats/q5_0.ts
// kgen 0.1.0; generated, do not edit; content hash 1dc8bfcae868a485
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];

/** The 8 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = ld32(W, ((b + 6) >>> 0));
  const t1 = ld32(W, ((b + 2) >>> 0));
  const t2 = ld32(W, ((b + 10) >>> 0));
  const t3 = ld32(W, ((b + 14) >>> 0));
  const t4 = ld32(W, ((b + 18) >>> 0));
  q[0] = (((t0 & 0x0f0f0f0f) | (((Math.imul((t1 & 15), 0x02040810)) >>> 0) & 0x10101010)) >>> 0);
  q[1] = (((t2 & 0x0f0f0f0f) | (((Math.imul(((t1 >>> 4) & 15), 0x02040810)) >>> 0) & 0x10101010)) >>> 0);
  q[2] = (((t3 & 0x0f0f0f0f) | (((Math.imul(((t1 >>> 8) & 15), 0x02040810)) >>> 0) & 0x10101010)) >>> 0);
  q[3] = (((t4 & 0x0f0f0f0f) | (((Math.imul(((t1 >>> 12) & 15), 0x02040810)) >>> 0) & 0x10101010)) >>> 0);
  q[4] = ((((t0 >>> 4) & 0x0f0f0f0f) | (((Math.imul(((t1 >>> 16) & 15), 0x02040810)) >>> 0) & 0x10101010)) >>> 0);
  q[5] = ((((t2 >>> 4) & 0x0f0f0f0f) | (((Math.imul(((t1 >>> 20) & 15), 0x02040810)) >>> 0) & 0x10101010)) >>> 0);
  q[6] = ((((t3 >>> 4) & 0x0f0f0f0f) | (((Math.imul(((t1 >>> 24) & 15), 0x02040810)) >>> 0) & 0x10101010)) >>> 0);
  q[7] = ((((t4 >>> 4) & 0x0f0f0f0f) | (((Math.imul(((t1 >>> 28) & 15), 0x02040810)) >>> 0) & 0x10101010)) >>> 0);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  return f16tof32(ld16(W, b, false));
}

export const q5_0: CpuFormat = {
  name: 'q5_0',
  ggmlType: 6,
  blockElems: 32,
  blockBytes: 22,
  groupElems: 32,
  groupsPerBlock: 1,
  groupQuants,
  groupScale,
  groupMin: undefined,
  zeroPoint: 16,
};
