// CPU reference math of format q1_0 (ggml type 41), from dsl/formats/q1_0.ts
// kgen 0.1.0; generated, do not edit; content hash 99c5ab4c58deb117
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];

/** The 8 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = ((b + ((Math.imul(g, 4)) >>> 0)) >>> 0);
  const t1 = ld8(W, ((t0 + 2) >>> 0), false);
  const t2 = (((Math.imul((t1 & 15), 0x00204081)) >>> 0) & 0x01010101);
  const t3 = (((Math.imul(((t1 >>> 4) & 15), 0x00204081)) >>> 0) & 0x01010101);
  const t4 = ld8(W, ((t0 + 3) >>> 0), false);
  const t5 = (((Math.imul((t4 & 15), 0x00204081)) >>> 0) & 0x01010101);
  const t6 = (((Math.imul(((t4 >>> 4) & 15), 0x00204081)) >>> 0) & 0x01010101);
  const t7 = ld8(W, ((t0 + 4) >>> 0), false);
  const t8 = (((Math.imul((t7 & 15), 0x00204081)) >>> 0) & 0x01010101);
  const t9 = (((Math.imul(((t7 >>> 4) & 15), 0x00204081)) >>> 0) & 0x01010101);
  const t10 = ld8(W, ((t0 + 5) >>> 0), false);
  const t11 = (((Math.imul((t10 & 15), 0x00204081)) >>> 0) & 0x01010101);
  const t12 = (((Math.imul(((t10 >>> 4) & 15), 0x00204081)) >>> 0) & 0x01010101);
  q[0] = ((t2 | ((Math.imul(((t2 ^ 0x01010101) >>> 0), 255)) >>> 0)) >>> 0);
  q[1] = ((t3 | ((Math.imul(((t3 ^ 0x01010101) >>> 0), 255)) >>> 0)) >>> 0);
  q[2] = ((t5 | ((Math.imul(((t5 ^ 0x01010101) >>> 0), 255)) >>> 0)) >>> 0);
  q[3] = ((t6 | ((Math.imul(((t6 ^ 0x01010101) >>> 0), 255)) >>> 0)) >>> 0);
  q[4] = ((t8 | ((Math.imul(((t8 ^ 0x01010101) >>> 0), 255)) >>> 0)) >>> 0);
  q[5] = ((t9 | ((Math.imul(((t9 ^ 0x01010101) >>> 0), 255)) >>> 0)) >>> 0);
  q[6] = ((t11 | ((Math.imul(((t11 ^ 0x01010101) >>> 0), 255)) >>> 0)) >>> 0);
  q[7] = ((t12 | ((Math.imul(((t12 ^ 0x01010101) >>> 0), 255)) >>> 0)) >>> 0);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  return f16tof32(ld16(W, b, false));
}

export const q1_0: CpuFormat = {
  name: 'q1_0',
  ggmlType: 41,
  blockElems: 128,
  blockBytes: 18,
  groupElems: 32,
  groupsPerBlock: 4,
  groupQuants,
  groupScale,
  groupMin: undefined,
  zeroPoint: 0,
};
