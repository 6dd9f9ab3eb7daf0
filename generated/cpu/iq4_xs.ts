// CPU reference math of format iq4_xs (ggml type 23), from dsl/formats/iq4_xs.ts
// kgen 0.1.0; generated, do not edit; content hash b3334a9551ecfbe0
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];
const kvalues_iq4nl = new Uint32Array([4294967169, 4294967192, 4294967213, 4294967231, 4294967247, 4294967261, 4294967274, 4294967286, 1, 13, 25, 38, 53, 69, 89, 113]); // i8, sign-extended to 32 bits

/** The 8 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = ((b + ((Math.imul(g, 16)) >>> 0)) >>> 0);
  const t1 = ld32(W, ((t0 + 8) >>> 0));
  const t2 = (t1 & 0x0f0f0f0f);
  const t3 = ld32(W, ((t0 + 12) >>> 0));
  const t4 = (t3 & 0x0f0f0f0f);
  const t5 = ld32(W, ((t0 + 16) >>> 0));
  const t6 = (t5 & 0x0f0f0f0f);
  const t7 = ld32(W, ((t0 + 20) >>> 0));
  const t8 = (t7 & 0x0f0f0f0f);
  const t9 = ((t1 >>> 4) & 0x0f0f0f0f);
  const t10 = ((t3 >>> 4) & 0x0f0f0f0f);
  const t11 = ((t5 >>> 4) & 0x0f0f0f0f);
  const t12 = ((t7 >>> 4) & 0x0f0f0f0f);
  q[0] = (((((((kvalues_iq4nl[(t2 & 255)] & 255) | (((kvalues_iq4nl[((t2 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t2 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t2 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[1] = (((((((kvalues_iq4nl[(t4 & 255)] & 255) | (((kvalues_iq4nl[((t4 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t4 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t4 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[2] = (((((((kvalues_iq4nl[(t6 & 255)] & 255) | (((kvalues_iq4nl[((t6 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t6 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t6 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[3] = (((((((kvalues_iq4nl[(t8 & 255)] & 255) | (((kvalues_iq4nl[((t8 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t8 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t8 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[4] = (((((((kvalues_iq4nl[(t9 & 255)] & 255) | (((kvalues_iq4nl[((t9 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t9 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t9 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[5] = (((((((kvalues_iq4nl[(t10 & 255)] & 255) | (((kvalues_iq4nl[((t10 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t10 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t10 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[6] = (((((((kvalues_iq4nl[(t11 & 255)] & 255) | (((kvalues_iq4nl[((t11 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t11 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t11 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[7] = (((((((kvalues_iq4nl[(t12 & 255)] & 255) | (((kvalues_iq4nl[((t12 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t12 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t12 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  return fround(f16tof32(ld16(W, b, false)) * fround(((((((((ld8(W, ((((b + (g >>> 1)) >>> 0) + 4) >>> 0), false) >>> ((Math.imul((g & 1), 4)) >>> 0)) & 15) | ((((ld16(W, ((b + 2) >>> 0), false) >>> ((Math.imul(g, 2)) >>> 0)) & 3) << 4) >>> 0)) >>> 0) + 0xffffffe0) >>> 0)) | 0)));
}

export const iq4_xs: CpuFormat = {
  name: 'iq4_xs',
  ggmlType: 23,
  blockElems: 256,
  blockBytes: 136,
  groupElems: 32,
  groupsPerBlock: 8,
  groupQuants,
  groupScale,
  groupMin: undefined,
  zeroPoint: 0,
};
