// CPU reference math of format iq4_nl (ggml type 20), from dsl/formats/iq4_nl.ts
// kgen 0.1.0; generated, do not edit; content hash d13bb4b564b71bb0
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];
const kvalues_iq4nl = new Uint32Array([4294967169, 4294967192, 4294967213, 4294967231, 4294967247, 4294967261, 4294967274, 4294967286, 1, 13, 25, 38, 53, 69, 89, 113]); // i8, sign-extended to 32 bits

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
  q[0] = (((((((kvalues_iq4nl[(t1 & 255)] & 255) | (((kvalues_iq4nl[((t1 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t1 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t1 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[1] = (((((((kvalues_iq4nl[(t3 & 255)] & 255) | (((kvalues_iq4nl[((t3 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t3 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t3 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[2] = (((((((kvalues_iq4nl[(t5 & 255)] & 255) | (((kvalues_iq4nl[((t5 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t5 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t5 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[3] = (((((((kvalues_iq4nl[(t7 & 255)] & 255) | (((kvalues_iq4nl[((t7 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t7 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t7 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[4] = (((((((kvalues_iq4nl[(t8 & 255)] & 255) | (((kvalues_iq4nl[((t8 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t8 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t8 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[5] = (((((((kvalues_iq4nl[(t9 & 255)] & 255) | (((kvalues_iq4nl[((t9 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t9 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t9 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[6] = (((((((kvalues_iq4nl[(t10 & 255)] & 255) | (((kvalues_iq4nl[((t10 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t10 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t10 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[7] = (((((((kvalues_iq4nl[(t11 & 255)] & 255) | (((kvalues_iq4nl[((t11 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t11 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_iq4nl[((t11 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  return f16tof32(ld16(W, b, false));
}

export const iq4_nl: CpuFormat = {
  name: 'iq4_nl',
  ggmlType: 20,
  blockElems: 32,
  blockBytes: 18,
  groupElems: 32,
  groupsPerBlock: 1,
  groupQuants,
  groupScale,
  groupMin: undefined,
  zeroPoint: 0,
};
