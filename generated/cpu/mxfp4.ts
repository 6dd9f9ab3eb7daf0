// CPU reference math of format mxfp4 (ggml type 39), from dsl/formats/mxfp4.ts
// kgen 0.1.0; generated, do not edit; content hash c35e4885af5fc2a0
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];
const kvalues_mxfp4 = new Uint32Array([0, 1, 2, 3, 4, 6, 8, 12, 0, 4294967295, 4294967294, 4294967293, 4294967292, 4294967290, 4294967288, 4294967284]); // i8, sign-extended to 32 bits

/** The 8 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = ld32(W, ((b + 1) >>> 0));
  const t1 = (t0 & 0x0f0f0f0f);
  const t2 = ld32(W, ((b + 5) >>> 0));
  const t3 = (t2 & 0x0f0f0f0f);
  const t4 = ld32(W, ((b + 9) >>> 0));
  const t5 = (t4 & 0x0f0f0f0f);
  const t6 = ld32(W, ((b + 13) >>> 0));
  const t7 = (t6 & 0x0f0f0f0f);
  const t8 = ((t0 >>> 4) & 0x0f0f0f0f);
  const t9 = ((t2 >>> 4) & 0x0f0f0f0f);
  const t10 = ((t4 >>> 4) & 0x0f0f0f0f);
  const t11 = ((t6 >>> 4) & 0x0f0f0f0f);
  q[0] = (((((((kvalues_mxfp4[(t1 & 255)] & 255) | (((kvalues_mxfp4[((t1 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t1 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t1 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[1] = (((((((kvalues_mxfp4[(t3 & 255)] & 255) | (((kvalues_mxfp4[((t3 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t3 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t3 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[2] = (((((((kvalues_mxfp4[(t5 & 255)] & 255) | (((kvalues_mxfp4[((t5 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t5 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t5 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[3] = (((((((kvalues_mxfp4[(t7 & 255)] & 255) | (((kvalues_mxfp4[((t7 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t7 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t7 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[4] = (((((((kvalues_mxfp4[(t8 & 255)] & 255) | (((kvalues_mxfp4[((t8 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t8 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t8 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[5] = (((((((kvalues_mxfp4[(t9 & 255)] & 255) | (((kvalues_mxfp4[((t9 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t9 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t9 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[6] = (((((((kvalues_mxfp4[(t10 & 255)] & 255) | (((kvalues_mxfp4[((t10 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t10 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t10 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[7] = (((((((kvalues_mxfp4[(t11 & 255)] & 255) | (((kvalues_mxfp4[((t11 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t11 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t11 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  return e8m0half(ld8(W, b, false));
}

export const mxfp4: CpuFormat = {
  name: 'mxfp4',
  ggmlType: 39,
  blockElems: 32,
  blockBytes: 17,
  groupElems: 32,
  groupsPerBlock: 1,
  groupQuants,
  groupScale,
  groupMin: undefined,
  zeroPoint: 0,
};
