// CPU reference math of format q4_0 (ggml type 2), from dsl/formats/q4_0.ts
// kgen 0.1.0; generated, do not edit; content hash 175d3d8c0745a528
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];

/** The 8 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = ld32(W, ((b + 2) >>> 0));
  const t1 = (t0 & 0x0f0f0f0f);
  const t2 = ld32(W, ((b + 6) >>> 0));
  const t3 = (t2 & 0x0f0f0f0f);
  const t4 = ld32(W, ((b + 10) >>> 0));
  const t5 = (t4 & 0x0f0f0f0f);
  const t6 = ld32(W, ((b + 14) >>> 0));
  const t7 = (t6 & 0x0f0f0f0f);
  const t8 = ((t0 >>> 4) & 0x0f0f0f0f);
  const t9 = ((t2 >>> 4) & 0x0f0f0f0f);
  const t10 = ((t4 >>> 4) & 0x0f0f0f0f);
  const t11 = ((t6 >>> 4) & 0x0f0f0f0f);
  q[0] = ((((((t1 | 0x80808080) >>> 0) + 0xf7f7f7f8) >>> 0) ^ ((((t1 ^ 0xf7f7f7f7) >>> 0) & 0x80808080) >>> 0)) >>> 0);
  q[1] = ((((((t3 | 0x80808080) >>> 0) + 0xf7f7f7f8) >>> 0) ^ ((((t3 ^ 0xf7f7f7f7) >>> 0) & 0x80808080) >>> 0)) >>> 0);
  q[2] = ((((((t5 | 0x80808080) >>> 0) + 0xf7f7f7f8) >>> 0) ^ ((((t5 ^ 0xf7f7f7f7) >>> 0) & 0x80808080) >>> 0)) >>> 0);
  q[3] = ((((((t7 | 0x80808080) >>> 0) + 0xf7f7f7f8) >>> 0) ^ ((((t7 ^ 0xf7f7f7f7) >>> 0) & 0x80808080) >>> 0)) >>> 0);
  q[4] = ((((((t8 | 0x80808080) >>> 0) + 0xf7f7f7f8) >>> 0) ^ ((((t8 ^ 0xf7f7f7f7) >>> 0) & 0x80808080) >>> 0)) >>> 0);
  q[5] = ((((((t9 | 0x80808080) >>> 0) + 0xf7f7f7f8) >>> 0) ^ ((((t9 ^ 0xf7f7f7f7) >>> 0) & 0x80808080) >>> 0)) >>> 0);
  q[6] = ((((((t10 | 0x80808080) >>> 0) + 0xf7f7f7f8) >>> 0) ^ ((((t10 ^ 0xf7f7f7f7) >>> 0) & 0x80808080) >>> 0)) >>> 0);
  q[7] = ((((((t11 | 0x80808080) >>> 0) + 0xf7f7f7f8) >>> 0) ^ ((((t11 ^ 0xf7f7f7f7) >>> 0) & 0x80808080) >>> 0)) >>> 0);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  return f16tof32(ld16(W, b, false));
}

export const q4_0: CpuFormat = {
  name: 'q4_0',
  ggmlType: 2,
  blockElems: 32,
  blockBytes: 18,
  groupElems: 32,
  groupsPerBlock: 1,
  groupQuants,
  groupScale,
  groupMin: undefined,
};
