// CPU reference math of format q4_0 (ggml type 2), from dsl/formats/q4_0.ts
// kgen 0.1.0; generated, do not edit; content hash 92aae748ffc633f1
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];

/** The 8 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = ld32(W, ((b + 2) >>> 0));
  const t1 = ld32(W, ((b + 6) >>> 0));
  const t2 = ld32(W, ((b + 10) >>> 0));
  const t3 = ld32(W, ((b + 14) >>> 0));
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
  zeroPoint: 8,
};
