// CPU reference math of format nvfp4 (ggml type 40), from dsl/formats/nvfp4.ts
// kgen 0.1.0; generated, do not edit; content hash 156a7cdb24d5c3f0
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];
const kvalues_mxfp4 = new Uint32Array([0, 1, 2, 3, 4, 6, 8, 12, 0, 4294967295, 4294967294, 4294967293, 4294967292, 4294967290, 4294967288, 4294967284]); // i8, sign-extended to 32 bits

/** The 4 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = ((b + ((Math.imul(g, 8)) >>> 0)) >>> 0);
  const t1 = ld32(W, ((t0 + 4) >>> 0));
  const t2 = (t1 & 0x0f0f0f0f);
  const t3 = ld32(W, ((t0 + 8) >>> 0));
  const t4 = (t3 & 0x0f0f0f0f);
  const t5 = ((t1 >>> 4) & 0x0f0f0f0f);
  const t6 = ((t3 >>> 4) & 0x0f0f0f0f);
  q[0] = (((((((kvalues_mxfp4[(t2 & 255)] & 255) | (((kvalues_mxfp4[((t2 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t2 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t2 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[1] = (((((((kvalues_mxfp4[(t4 & 255)] & 255) | (((kvalues_mxfp4[((t4 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t4 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t4 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[2] = (((((((kvalues_mxfp4[(t5 & 255)] & 255) | (((kvalues_mxfp4[((t5 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t5 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t5 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
  q[3] = (((((((kvalues_mxfp4[(t6 & 255)] & 255) | (((kvalues_mxfp4[((t6 >>> 8) & 255)] & 255) << 8) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t6 >>> 16) & 255)] & 255) << 16) >>> 0)) >>> 0) | (((kvalues_mxfp4[((t6 >>> 24) & 255)] & 255) << 24) >>> 0)) >>> 0);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  const t0 = ld8(W, ((b + g) >>> 0), false);
  const t1 = ((t0) | 0);
  const t2 = ((t0 >>> 3) & 15);
  const t3 = (t0 & 7);
  return (((t1 === 0) || (t1 === 127)) ? 0 : ((((t2) | 0) === 0) ? fround(fround(((t3) | 0)) * 0.0009765625) : f16tof32((((((((t2 + 7) >>> 0) << 10) >>> 0) | ((t3 << 7) >>> 0)) >>> 0) & 0x0000ffff))));
}

export const nvfp4: CpuFormat = {
  name: 'nvfp4',
  ggmlType: 40,
  blockElems: 64,
  blockBytes: 36,
  groupElems: 16,
  groupsPerBlock: 4,
  groupQuants,
  groupScale,
  groupMin: undefined,
  zeroPoint: 0,
};
