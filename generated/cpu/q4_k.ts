// CPU reference math of format q4_k (ggml type 12), from dsl/formats/q4_k.ts
// kgen 0.1.0; generated, do not edit; content hash 30d8aacde3a5ed6a
import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '../../targets/js/runtime.js';
import type { CpuFormat } from '../../targets/js/reference.js';

void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];

/** The 8 packed int8x4 words of group g of the block at byte b of W. */
function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {
  const t0 = ((b + ((Math.imul((g >>> 1), 32)) >>> 0)) >>> 0);
  const t1 = ((Math.imul((g & 1), 4)) >>> 0);
  q[0] = ((ld32(W, ((t0 + 16) >>> 0)) >>> t1) & 0x0f0f0f0f);
  q[1] = ((ld32(W, ((t0 + 20) >>> 0)) >>> t1) & 0x0f0f0f0f);
  q[2] = ((ld32(W, ((t0 + 24) >>> 0)) >>> t1) & 0x0f0f0f0f);
  q[3] = ((ld32(W, ((t0 + 28) >>> 0)) >>> t1) & 0x0f0f0f0f);
  q[4] = ((ld32(W, ((t0 + 32) >>> 0)) >>> t1) & 0x0f0f0f0f);
  q[5] = ((ld32(W, ((t0 + 36) >>> 0)) >>> t1) & 0x0f0f0f0f);
  q[6] = ((ld32(W, ((t0 + 40) >>> 0)) >>> t1) & 0x0f0f0f0f);
  q[7] = ((ld32(W, ((t0 + 44) >>> 0)) >>> t1) & 0x0f0f0f0f);
}

/** Float scale of group g. */
function groupScale(W: Uint8Array, b: number, g: number): number {
  const t0 = ((b + g) >>> 0);
  return fround(f16tof32(ld16(W, b, false)) * fround(((((((g) | 0) < 4) ? (ld8(W, ((t0 + 4) >>> 0), false) & 63) : (((ld8(W, ((t0 + 8) >>> 0), false) & 15) | (((ld8(W, ((((b + (g & 3)) >>> 0) + 4) >>> 0), false) >>> 6) << 4) >>> 0)) >>> 0))) | 0)));
}

/** Float min of group g. */
function groupMin(W: Uint8Array, b: number, g: number): number {
  const t0 = ((b + g) >>> 0);
  const t1 = ld8(W, ((t0 + 8) >>> 0), false);
  return (-fround(f16tof32(ld16(W, ((b + 2) >>> 0), false)) * fround(((((((g) | 0) < 4) ? (t1 & 63) : (((t1 >>> 4) | (((ld8(W, ((t0 + 4) >>> 0), false) >>> 6) << 4) >>> 0)) >>> 0))) | 0))));
}

export const q4_k: CpuFormat = {
  name: 'q4_k',
  ggmlType: 12,
  blockElems: 256,
  blockBytes: 144,
  groupElems: 32,
  groupsPerBlock: 8,
  groupQuants,
  groupScale,
  groupMin: groupMin,
  zeroPoint: 0,
};
