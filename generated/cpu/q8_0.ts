// CPU reference math of format q8_0 (ggml type 8), from dsl/formats/q8_0.ts
// kgen 0.1.0; generated, do not edit; content hash ef7fedf770f00935
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];

/** The 8 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  q[0] = ld32(W, ((b + 2) >>> 0));
  q[1] = ld32(W, ((b + 6) >>> 0));
  q[2] = ld32(W, ((b + 10) >>> 0));
  q[3] = ld32(W, ((b + 14) >>> 0));
  q[4] = ld32(W, ((b + 18) >>> 0));
  q[5] = ld32(W, ((b + 22) >>> 0));
  q[6] = ld32(W, ((b + 26) >>> 0));
  q[7] = ld32(W, ((b + 30) >>> 0));
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  return f16tof32(ld16(W, b, false));
}

export const q8_0: CpuFormat = {
  name: 'q8_0',
  ggmlType: 8,
  blockElems: 32,
  blockBytes: 34,
  groupElems: 32,
  groupsPerBlock: 1,
  groupQuants,
  groupScale,
  groupMin: undefined,
  zeroPoint: 0,
};
