// CPU reference math of format q2_0 (ggml type 42), from dsl/formats/q2_0.ts
// kgen 0.1.0; generated, do not edit; content hash f3e238fb4681c2b6
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];

/** The 8 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = ((b + ((Math.imul(g, 8)) >>> 0)) >>> 0);
  const t1 = ld8(W, ((t0 + 2) >>> 0), false);
  const t2 = ld8(W, ((t0 + 3) >>> 0), false);
  const t3 = ld8(W, ((t0 + 4) >>> 0), false);
  const t4 = ld8(W, ((t0 + 5) >>> 0), false);
  const t5 = ld8(W, ((t0 + 6) >>> 0), false);
  const t6 = ld8(W, ((t0 + 7) >>> 0), false);
  const t7 = ld8(W, ((t0 + 8) >>> 0), false);
  const t8 = ld8(W, ((t0 + 9) >>> 0), false);
  q[0] = (((((((t1 & 3) | (((t1 & 12) << 6) >>> 0)) >>> 0) | (((t1 & 48) << 12) >>> 0)) >>> 0) | (((t1 & 192) << 18) >>> 0)) >>> 0);
  q[1] = (((((((t2 & 3) | (((t2 & 12) << 6) >>> 0)) >>> 0) | (((t2 & 48) << 12) >>> 0)) >>> 0) | (((t2 & 192) << 18) >>> 0)) >>> 0);
  q[2] = (((((((t3 & 3) | (((t3 & 12) << 6) >>> 0)) >>> 0) | (((t3 & 48) << 12) >>> 0)) >>> 0) | (((t3 & 192) << 18) >>> 0)) >>> 0);
  q[3] = (((((((t4 & 3) | (((t4 & 12) << 6) >>> 0)) >>> 0) | (((t4 & 48) << 12) >>> 0)) >>> 0) | (((t4 & 192) << 18) >>> 0)) >>> 0);
  q[4] = (((((((t5 & 3) | (((t5 & 12) << 6) >>> 0)) >>> 0) | (((t5 & 48) << 12) >>> 0)) >>> 0) | (((t5 & 192) << 18) >>> 0)) >>> 0);
  q[5] = (((((((t6 & 3) | (((t6 & 12) << 6) >>> 0)) >>> 0) | (((t6 & 48) << 12) >>> 0)) >>> 0) | (((t6 & 192) << 18) >>> 0)) >>> 0);
  q[6] = (((((((t7 & 3) | (((t7 & 12) << 6) >>> 0)) >>> 0) | (((t7 & 48) << 12) >>> 0)) >>> 0) | (((t7 & 192) << 18) >>> 0)) >>> 0);
  q[7] = (((((((t8 & 3) | (((t8 & 12) << 6) >>> 0)) >>> 0) | (((t8 & 48) << 12) >>> 0)) >>> 0) | (((t8 & 192) << 18) >>> 0)) >>> 0);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  return f16tof32(ld16(W, b, false));
}

export const q2_0: CpuFormat = {
  name: 'q2_0',
  ggmlType: 42,
  blockElems: 64,
  blockBytes: 18,
  groupElems: 32,
  groupsPerBlock: 2,
  groupQuants,
  groupScale,
  groupMin: undefined,
  zeroPoint: 1,
};
