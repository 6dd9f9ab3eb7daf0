// CPU reference math of format q4_1 (ggml type 3), from dsl/formats/q4_1.ts
// kgen 0.1.0; generated, do not edit; content hash 357a1e1aa125be12
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];

/** The 8 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = ld32(W, ((b + 4) >>> 0));
  const t1 = ld32(W, ((b + 8) >>> 0));
  const t2 = ld32(W, ((b + 12) >>> 0));
  const t3 = ld32(W, ((b + 16) >>> 0));
  q[0] = (t0 & 0x0f0f0f0f);
  q[1] = (t1 & 0x0f0f0f0f);
  q[2] = (t2 & 0x0f0f0f0f);
  q[3] = (t3 & 0x0f0f0f0f);
  q[4] = ((t0 >>> 4) & 0x0f0f0f0f);
  q[5] = ((t1 >>> 4) & 0x0f0f0f0f);
  q[6] = ((t2 >>> 4) & 0x0f0f0f0f);
  q[7] = ((t3 >>> 4) & 0x0f0f0f0f);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  return f16tof32(ld16(W, b, false));
}

/** Float min of group g. */
function groupMin(W: Uint8Array, b: number, g: number): number {
  return f16tof32(ld16(W, ((b + 2) >>> 0), false));
}

export const q4_1: CpuFormat = {
  name: 'q4_1',
  ggmlType: 3,
  blockElems: 32,
  blockBytes: 20,
  groupElems: 32,
  groupsPerBlock: 1,
  groupQuants,
  groupScale,
  groupMin: groupMin,
  zeroPoint: 0,
};
