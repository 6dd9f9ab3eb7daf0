// Independent decoders of ggml's block formats: one function per format, (blocks, nElems) -> Float32Array.
//
// Written by hand from ggml's dequantize_row_* (ggml-quants.c; the formulas are in
// shared/reference/ggml-mmvq.md §2), NOT from kgen's DSL, IR, numeric helpers or quantizers, so that a
// bug shared by kgen's pipeline cannot hide behind them. Every float operation is float32
// (Math.fround after each step) in the order ggml's C evaluates it (ggml-base is built without FMA
// contraction), so these reproduce ggml's `to_float` bit for bit, including the sign of zero, Inf and
// NaN. The golden tests in test/dsl/quantizers/legacy.test.ts and test/dsl/quantizers/kquants.test.ts check them against
// ggml's own `dequant_f32`.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Decoder = (blocks: Uint8Array, nElems: number) => Float32Array;

const fr = Math.fround;

// ---------------------------------------------------------------- scalar helpers (independent of dsl/numeric)

const bitsBuf = new DataView(new ArrayBuffer(4));

/** float32 whose bits are `bits`. */
function f32FromBits(bits: number): number {
  bitsBuf.setUint32(0, bits >>> 0, true);
  return bitsBuf.getFloat32(0, true);
}

/**
 * ggml_fp16_to_fp32 (exact), built from the bit pattern: normals and Inf/NaN by moving the fields into
 * float32 position; subnormals as mantissa * 2^-24 (exact in float32).
 */
export function halfToF32(h: number): number {
  const sign = (h & 0x8000) << 16;
  const exp = (h >> 10) & 0x1f;
  const man = h & 0x3ff;
  if (exp === 0x1f) return f32FromBits(sign | 0x7f800000 | (man << 13));
  if (exp !== 0) return f32FromBits(sign | ((exp + 112) << 23) | (man << 13));
  const v = man * 2 ** -24;
  return sign ? -v : v; // man = 0 gives +0 or -0
}

/** ggml_e8m0_to_fp32_half: 2^(e-128) (e = 0, 1 give float32 subnormals; all exact). */
export function e8m0HalfToF32(e: number): number {
  return 2 ** ((e & 0xff) - 128);
}

const rd16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const rd32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const half = (b: Uint8Array, o: number): number => halfToF32(rd16(b, o));
const s8 = (v: number): number => (v << 24) >> 24;

/** ggml-common.h kvalues_iq4nl. */
export const KVALUES_IQ4NL: readonly number[] = [-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113];
/** ggml-common.h kvalues_mxfp4 (E2M1 values doubled). */
export const KVALUES_MXFP4: readonly number[] = [0, 1, 2, 3, 4, 6, 8, 12, 0, -1, -2, -3, -4, -6, -8, -12];

/** Checks the arguments and runs `block(o, out, p)` for each block (o: byte offset, p: element offset). */
function each(name: string, blockElems: number, blockBytes: number, blocks: Uint8Array, nElems: number,
  block: (o: number, y: Float32Array, p: number) => void): Float32Array {
  if (!Number.isInteger(nElems) || nElems < 0 || nElems % blockElems !== 0)
    throw new RangeError(`decode ${name}: ${nElems} elements is not a multiple of the block size ${blockElems}`);
  const nb = nElems / blockElems;
  if (blocks.length < nb * blockBytes)
    throw new RangeError(`decode ${name}: ${blocks.length} bytes hold fewer than ${nb} blocks of ${blockBytes}`);
  const y = new Float32Array(nElems);
  for (let i = 0; i < nb; i++) block(i * blockBytes, y, i * blockElems);
  return y;
}

// ---------------------------------------------------------------- 32-element formats

/** dequantize_row_q4_0: y = ((nibble) - 8) * d, the int (q - 8) converted to float then multiplied. */
export const decodeQ4_0: Decoder = (b, n) => each('q4_0', 32, 18, b, n, (o, y, p) => {
  const d = half(b, o);
  for (let j = 0; j < 16; j++) {
    y[p + j] = fr(((b[o + 2 + j] & 0x0f) - 8) * d);
    y[p + j + 16] = fr(((b[o + 2 + j] >> 4) - 8) * d);
  }
});

/** dequantize_row_q4_1: y = nibble * d + m. */
export const decodeQ4_1: Decoder = (b, n) => each('q4_1', 32, 20, b, n, (o, y, p) => {
  const d = half(b, o);
  const m = half(b, o + 2);
  for (let j = 0; j < 16; j++) {
    y[p + j] = fr(fr((b[o + 4 + j] & 0x0f) * d) + m);
    y[p + j + 16] = fr(fr((b[o + 4 + j] >> 4) * d) + m);
  }
});

/** dequantize_row_q5_0: y = ((nibble | hbit << 4) - 16) * d; hbit of element i is bit i of qh (u32 at 2). */
export const decodeQ5_0: Decoder = (b, n) => each('q5_0', 32, 22, b, n, (o, y, p) => {
  const d = half(b, o);
  const qh = rd32(b, o + 2);
  for (let j = 0; j < 16; j++) {
    const xh0 = ((qh >>> j) << 4) & 0x10;
    const xh1 = (qh >>> (j + 12)) & 0x10;
    y[p + j] = fr((((b[o + 6 + j] & 0x0f) | xh0) - 16) * d);
    y[p + j + 16] = fr((((b[o + 6 + j] >> 4) | xh1) - 16) * d);
  }
});

/** dequantize_row_q5_1: y = (nibble | hbit << 4) * d + m; qh is the u32 at 4. */
export const decodeQ5_1: Decoder = (b, n) => each('q5_1', 32, 24, b, n, (o, y, p) => {
  const d = half(b, o);
  const m = half(b, o + 2);
  const qh = rd32(b, o + 4);
  for (let j = 0; j < 16; j++) {
    const xh0 = ((qh >>> j) << 4) & 0x10;
    const xh1 = (qh >>> (j + 12)) & 0x10;
    y[p + j] = fr(fr(((b[o + 8 + j] & 0x0f) | xh0) * d) + m);
    y[p + j + 16] = fr(fr(((b[o + 8 + j] >> 4) | xh1) * d) + m);
  }
});

/** dequantize_row_q8_0: y = qs * d, qs int8 at 2. */
export const decodeQ8_0: Decoder = (b, n) => each('q8_0', 32, 34, b, n, (o, y, p) => {
  const d = half(b, o);
  for (let j = 0; j < 32; j++) y[p + j] = fr(s8(b[o + 2 + j]) * d);
});

/** q8_1 activations (d f16 at 0, s f16 at 2, qs int8 at 4): y = qs * d (the `s` field is not used). */
export const decodeQ8_1: Decoder = (b, n) => each('q8_1', 32, 36, b, n, (o, y, p) => {
  const d = half(b, o);
  for (let j = 0; j < 32; j++) y[p + j] = fr(s8(b[o + 4 + j]) * d);
});

/** dequantize_row_mxfp4: y = kvalues_mxfp4[nibble] * e8m0_half(e), e the byte at 0. */
export const decodeMxfp4: Decoder = (b, n) => each('mxfp4', 32, 17, b, n, (o, y, p) => {
  const d = e8m0HalfToF32(b[o]);
  for (let j = 0; j < 16; j++) {
    y[p + j] = fr(KVALUES_MXFP4[b[o + 1 + j] & 0x0f] * d);
    y[p + j + 16] = fr(KVALUES_MXFP4[b[o + 1 + j] >> 4] * d);
  }
});

/** ggml_ue4m3_to_fp32 (half of the UE4M3 value): 0x00 and 0x7f give 0; exponent 0 is subnormal. */
export function ue4m3HalfToF32(x: number): number {
  if (x === 0 || x === 0x7f) return 0;
  const e = (x >> 3) & 15, m = x & 7;
  const raw = e === 0 ? m / 512 : (1 + m / 8) * Math.pow(2, e - 7);
  return fr(raw * 0.5);
}

/** dequantize_row_nvfp4: sub-block s (16 weights) = kvalues_mxfp4[nibble] * ue4m3(d[s]); qs[8s + j] holds j and j + 8. */
export const decodeNvfp4: Decoder = (b, n) => each('nvfp4', 64, 36, b, n, (o, y, p) => {
  for (let s = 0; s < 4; s++) {
    const d = ue4m3HalfToF32(b[o + s]);
    for (let j = 0; j < 8; j++) {
      const q = b[o + 4 + 8 * s + j];
      y[p + 16 * s + j] = fr(KVALUES_MXFP4[q & 15] * d);
      y[p + 16 * s + 8 + j] = fr(KVALUES_MXFP4[q >> 4] * d);
    }
  }
});

/** dequantize_row_q2_0: y = (q - 1) * d, q bits 2(j%4).. of qs[j/4]. */
export const decodeQ2_0: Decoder = (b, n) => each('q2_0', 64, 18, b, n, (o, y, p) => {
  const d = half(b, o);
  for (let j = 0; j < 64; j++) y[p + j] = fr((((b[o + 2 + (j >> 2)] >> (2 * (j % 4))) & 3) - 1) * d);
});

/** dequantize_row_q1_0: y = bit ? d : -d, bit j%8 of qs[j/8]. */
export const decodeQ1_0: Decoder = (b, n) => each('q1_0', 128, 18, b, n, (o, y, p) => {
  const d = half(b, o);
  for (let j = 0; j < 128; j++) y[p + j] = (b[o + 2 + (j >> 3)] >> (j % 8)) & 1 ? d : -d;
});

/** dequantize_row_iq4_nl: y = d * kvalues_iq4nl[nibble]. */
export const decodeIq4_nl: Decoder = (b, n) => each('iq4_nl', 32, 18, b, n, (o, y, p) => {
  const d = half(b, o);
  for (let j = 0; j < 16; j++) {
    y[p + j] = fr(d * KVALUES_IQ4NL[b[o + 2 + j] & 0x0f]);
    y[p + j + 16] = fr(d * KVALUES_IQ4NL[b[o + 2 + j] >> 4]);
  }
});

// ---------------------------------------------------------------- 256-element formats

/** dequantize_row_iq4_xs: dl = d * (ls - 32) per 32, y = dl * kvalues_iq4nl[nibble]. */
export const decodeIq4_xs: Decoder = (b, n) => each('iq4_xs', 256, 136, b, n, (o, y, p) => {
  const d = half(b, o);
  const scalesH = rd16(b, o + 2);
  for (let ib = 0; ib < 8; ib++) {
    const ls = ((b[o + 4 + (ib >> 1)] >> (4 * (ib & 1))) & 0x0f) | (((scalesH >> (2 * ib)) & 3) << 4);
    const dl = fr(d * (ls - 32));
    for (let j = 0; j < 16; j++) {
      const q = b[o + 8 + 16 * ib + j];
      y[p + 32 * ib + j] = fr(dl * KVALUES_IQ4NL[q & 0x0f]);
      y[p + 32 * ib + j + 16] = fr(dl * KVALUES_IQ4NL[q >> 4]);
    }
  }
});

/** dequantize_row_q2_K: dl = d * (sc & 15), ml = dmin * (sc >> 4), y = dl * q - ml. */
export const decodeQ2_k: Decoder = (b, n) => each('q2_k', 256, 84, b, n, (o, y, p) => {
  const d = half(b, o + 80);
  const dmin = half(b, o + 82);
  let out = p;
  let is = 0;
  for (let half128 = 0; half128 < 2; half128++) {
    const q = o + 16 + 32 * half128;
    for (let j = 0, shift = 0; j < 4; j++, shift += 2) {
      for (let part = 0; part < 2; part++) {
        const sc = b[o + is++];
        const dl = fr(d * (sc & 0x0f));
        const ml = fr(dmin * (sc >> 4));
        for (let l = 0; l < 16; l++) y[out++] = fr(fr(dl * ((b[q + 16 * part + l] >> shift) & 3)) - ml);
      }
    }
  }
});

/** The 16 six-bit scales of q3_K (ggml's kmask1/kmask2 unpacking, written per index). */
function q3kScale(b: Uint8Array, o: number, is: number): number {
  const lo = (b[o + 96 + (is & 7)] >> (4 * (is >> 3))) & 0x0f;
  const hi = (b[o + 104 + (is & 3)] >> (2 * (is >> 2))) & 3;
  return lo | (hi << 4);
}

/** dequantize_row_q3_K: dl = d * (scale - 32), y = dl * (q2 - (hmask bit ? 0 : 4)). */
export const decodeQ3_k: Decoder = (b, n) => each('q3_k', 256, 110, b, n, (o, y, p) => {
  const d = half(b, o + 108);
  let out = p;
  let is = 0;
  let m = 1;
  for (let half128 = 0; half128 < 2; half128++) {
    const q = o + 32 + 32 * half128;
    for (let j = 0, shift = 0; j < 4; j++, shift += 2, m <<= 1) {
      for (let part = 0; part < 2; part++) {
        const dl = fr(d * (q3kScale(b, o, is++) - 32));
        for (let l = 0; l < 16; l++) {
          const k = 16 * part + l;
          y[out++] = fr(dl * (((b[q + k] >> shift) & 3) - (b[o + k] & m ? 0 : 4)));
        }
      }
    }
  }
});

/** get_scale_min_k4: the 6-bit scale and min of sub-block j from the 12 bytes at s. */
function scaleMinK4(b: Uint8Array, s: number, j: number): [number, number] {
  if (j < 4) return [b[s + j] & 63, b[s + j + 4] & 63];
  return [(b[s + j + 4] & 0x0f) | ((b[s + j - 4] >> 6) << 4), (b[s + j + 4] >> 4) | ((b[s + j] >> 6) << 4)];
}

/** dequantize_row_q4_K / q5_K: d1 = d * sc, m1 = dmin * m, y = d1 * q - m1 (q5: q += 16 * qh bit). */
function decodeQ45k(name: string, five: boolean): Decoder {
  return (b, n) => each(name, 256, five ? 176 : 144, b, n, (o, y, p) => {
    const d = half(b, o);
    const dmin = half(b, o + 2);
    const qs = o + (five ? 48 : 16);
    for (let g = 0; g < 8; g++) {
      const [sc, m] = scaleMinK4(b, o + 4, g);
      const d1 = fr(d * sc);
      const m1 = fr(dmin * m);
      for (let l = 0; l < 32; l++) {
        const byte = b[qs + 32 * (g >> 1) + l];
        let q = g & 1 ? byte >> 4 : byte & 0x0f;
        if (five && b[o + 16 + l] & (1 << g)) q += 16;
        y[p + 32 * g + l] = fr(fr(d1 * q) - m1);
      }
    }
  });
}
export const decodeQ4_k: Decoder = decodeQ45k('q4_k', false);
export const decodeQ5_k: Decoder = decodeQ45k('q5_k', true);

/** dequantize_row_q6_K: y = d * scales[is] * q, q = (ql nibble | qh pair << 4) - 32, left to right. */
export const decodeQ6_k: Decoder = (b, n) => each('q6_k', 256, 210, b, n, (o, y, p) => {
  const d = half(b, o + 208);
  for (let half128 = 0; half128 < 2; half128++) {
    const ql = o + 64 * half128;
    const qh = o + 128 + 32 * half128;
    const sc = o + 192 + 8 * half128;
    const yo = p + 128 * half128;
    for (let l = 0; l < 32; l++) {
      const is = l >> 4;
      const q1 = ((b[ql + l] & 0x0f) | (((b[qh + l] >> 0) & 3) << 4)) - 32;
      const q2 = ((b[ql + l + 32] & 0x0f) | (((b[qh + l] >> 2) & 3) << 4)) - 32;
      const q3 = ((b[ql + l] >> 4) | (((b[qh + l] >> 4) & 3) << 4)) - 32;
      const q4 = ((b[ql + l + 32] >> 4) | (((b[qh + l] >> 6) & 3) << 4)) - 32;
      y[yo + l] = fr(fr(d * s8(b[sc + is])) * q1);
      y[yo + l + 32] = fr(fr(d * s8(b[sc + is + 2])) * q2);
      y[yo + l + 64] = fr(fr(d * s8(b[sc + is + 4])) * q3);
      y[yo + l + 96] = fr(fr(d * s8(b[sc + is + 6])) * q4);
    }
  }
});

/** q8_K activations (d f32 at 0, qs int8 at 4, bsums not used): y = d * qs. */
export const decodeQ8_k: Decoder = (b, n) => each('q8_k', 256, 292, b, n, (o, y, p) => {
  const d = f32FromBits(rd32(b, o));
  for (let j = 0; j < 256; j++) y[p + j] = fr(d * s8(b[o + 4 + j]));
});

// ---------------------------------------------------------------- grid i-quants (iq2_*, iq3_*)
// Their grids and sign table come straight from ggml's ggml-common.h tables as exported to
// ../shared/reference/ggml-tables.json (or $KGEN_GGML_TABLES), not from kgen's dsl/tables/.

let ggmlJson: Record<string, { ctype: string; values: (number | string)[] }> | undefined;
const here = dirname(fileURLToPath(import.meta.url));
/** Table `name` of ggml-tables.json as bytes: 8 per uint64_t entry, 4 per uint32_t, 1 per uint8_t. */
function ggmlTableBytes(name: string): Uint8Array {
  if (!ggmlJson) {
    const path = resolve(process.env.KGEN_GGML_TABLES ?? join(here, '../../../shared/reference/ggml-tables.json'));
    if (!existsSync(path)) throw new Error(`independent i-quant decoders need ggml's tables: ${path} not found (set KGEN_GGML_TABLES)`);
    ggmlJson = JSON.parse(readFileSync(path, 'utf8'));
  }
  const t = ggmlJson![name];
  if (!t) throw new Error(`ggml-tables.json has no ${name}`);
  const width = t.ctype === 'uint64_t' ? 8 : t.ctype === 'uint32_t' ? 4 : 1;
  const out = new Uint8Array(t.values.length * width);
  t.values.forEach((v, i) => {
    let x = BigInt(v);
    for (let k = 0; k < width; k++, x >>= 8n) out[i * width + k] = Number(x & 0xffn);
  });
  return out;
}
const tables = new Map<string, Uint8Array>();
const tbl = (name: string): Uint8Array => tables.get(name) ?? (tables.set(name, ggmlTableBytes(name)), tables.get(name)!);
/** y = db * grid[j] * (sign bit j ? -1 : 1), as ggml writes it (the product by ±1 last). */
const signedGrid = (db: number, g: number, signBit: number): number => fr(fr(db * g) * (signBit ? -1 : 1));

/** dequantize_row_iq2_xxs: per 32, u32 a (4 grid bytes), u32 b (4 x 7-bit ksigns index, scale in bits 28..31). */
export const decodeIq2_xxs: Decoder = (b, n) => each('iq2_xxs', 256, 66, b, n, (o, y, p) => {
  const grid = tbl('iq2xxs_grid'), ks = tbl('ksigns_iq2xs');
  const d = half(b, o);
  for (let ib = 0; ib < 8; ib++) {
    const a = rd32(b, o + 2 + 8 * ib), s = rd32(b, o + 6 + 8 * ib);
    const db = fr(fr(d * fr(0.5 + (s >>> 28))) * 0.25);
    for (let l = 0; l < 4; l++) {
      const g = 8 * ((a >>> (8 * l)) & 255), signs = ks[(s >>> (7 * l)) & 127];
      for (let j = 0; j < 8; j++) y[p + 32 * ib + 8 * l + j] = signedGrid(db, grid[g + j], signs & (1 << j));
    }
  }
});

/** dequantize_row_iq2_xs: u16 qs (9-bit grid index | 7-bit ksigns index), 4-bit scales per 16 in scales[8] at 66. */
export const decodeIq2_xs: Decoder = (b, n) => each('iq2_xs', 256, 74, b, n, (o, y, p) => {
  const grid = tbl('iq2xs_grid'), ks = tbl('ksigns_iq2xs');
  const d = half(b, o);
  for (let ib = 0; ib < 8; ib++) {
    const db = [fr(fr(d * fr(0.5 + (b[o + 66 + ib] & 0xf))) * 0.25), fr(fr(d * fr(0.5 + (b[o + 66 + ib] >> 4))) * 0.25)];
    for (let l = 0; l < 4; l++) {
      const q = rd16(b, o + 2 + 2 * (4 * ib + l));
      const g = 8 * (q & 511), signs = ks[q >> 9];
      for (let j = 0; j < 8; j++) y[p + 32 * ib + 8 * l + j] = signedGrid(db[l >> 1], grid[g + j], signs & (1 << j));
    }
  }
});

/** dequantize_row_iq2_s: grid index qs[l] | 2 bits of qh[ib], sign bytes at qs + 32, scales[8] at 74. */
export const decodeIq2_s: Decoder = (b, n) => each('iq2_s', 256, 82, b, n, (o, y, p) => {
  const grid = tbl('iq2s_grid');
  const d = half(b, o);
  for (let ib = 0; ib < 8; ib++) {
    const db = [fr(fr(d * fr(0.5 + (b[o + 74 + ib] & 0xf))) * 0.25), fr(fr(d * fr(0.5 + (b[o + 74 + ib] >> 4))) * 0.25)];
    for (let l = 0; l < 4; l++) {
      const g = 8 * (b[o + 2 + 4 * ib + l] | ((b[o + 66 + ib] << (8 - 2 * l)) & 0x300));
      const signs = b[o + 2 + 32 + 4 * ib + l];
      for (let j = 0; j < 8; j++) y[p + 32 * ib + 8 * l + j] = signedGrid(db[l >> 1], grid[g + j], signs & (1 << j));
    }
  }
});

/** dequantize_row_iq3_xxs: 64 grid bytes, then a u32 per 32 (4 x 7-bit ksigns index, scale in bits 28..31). */
export const decodeIq3_xxs: Decoder = (b, n) => each('iq3_xxs', 256, 98, b, n, (o, y, p) => {
  const grid = tbl('iq3xxs_grid'), ks = tbl('ksigns_iq2xs');
  const d = half(b, o);
  for (let ib = 0; ib < 8; ib++) {
    const s = rd32(b, o + 2 + 64 + 4 * ib);
    const db = fr(fr(d * fr(0.5 + (s >>> 28))) * 0.5);
    for (let l = 0; l < 4; l++) {
      const signs = ks[(s >>> (7 * l)) & 127];
      const g1 = 4 * b[o + 2 + 8 * ib + 2 * l], g2 = 4 * b[o + 2 + 8 * ib + 2 * l + 1];
      for (let j = 0; j < 4; j++) {
        y[p + 32 * ib + 8 * l + j] = signedGrid(db, grid[g1 + j], signs & (1 << j));
        y[p + 32 * ib + 8 * l + j + 4] = signedGrid(db, grid[g2 + j], signs & (1 << (j + 4)));
      }
    }
  }
});

/** dequantize_row_iq3_s: grid index qs | qh bit << 8, sign bytes at 74, db = d * (1 + 2 * nibble) from scales at 106. */
export const decodeIq3_s: Decoder = (b, n) => each('iq3_s', 256, 110, b, n, (o, y, p) => {
  const grid = tbl('iq3s_grid');
  const d = half(b, o);
  for (let ib = 0; ib < 8; ib++) {
    const db = fr(d * (1 + 2 * ((b[o + 106 + (ib >> 1)] >> (4 * (ib & 1))) & 0xf)));
    const qh = b[o + 66 + ib];
    for (let l = 0; l < 4; l++) {
      const signs = b[o + 74 + 4 * ib + l];
      const g1 = 4 * (b[o + 2 + 8 * ib + 2 * l] | ((qh << (8 - 2 * l)) & 256));
      const g2 = 4 * (b[o + 2 + 8 * ib + 2 * l + 1] | ((qh << (7 - 2 * l)) & 256));
      for (let j = 0; j < 4; j++) {
        y[p + 32 * ib + 8 * l + j] = signedGrid(db, grid[g1 + j], signs & (1 << j));
        y[p + 32 * ib + 8 * l + j + 4] = signedGrid(db, grid[g2 + j], signs & (1 << (j + 4)));
      }
    }
  }
});

/** Block facts of every decoder's format, written from ggml-common.h (not read from kgen). */
export interface DecoderInfo { decode: Decoder; blockElems: number; blockBytes: number }

const table = {
  q4_0: { decode: decodeQ4_0, blockElems: 32, blockBytes: 18 },
  q4_1: { decode: decodeQ4_1, blockElems: 32, blockBytes: 20 },
  q5_0: { decode: decodeQ5_0, blockElems: 32, blockBytes: 22 },
  q5_1: { decode: decodeQ5_1, blockElems: 32, blockBytes: 24 },
  q8_0: { decode: decodeQ8_0, blockElems: 32, blockBytes: 34 },
  q8_1: { decode: decodeQ8_1, blockElems: 32, blockBytes: 36 },
  mxfp4: { decode: decodeMxfp4, blockElems: 32, blockBytes: 17 },
  iq4_nl: { decode: decodeIq4_nl, blockElems: 32, blockBytes: 18 },
  iq4_xs: { decode: decodeIq4_xs, blockElems: 256, blockBytes: 136 },
  q2_k: { decode: decodeQ2_k, blockElems: 256, blockBytes: 84 },
  q3_k: { decode: decodeQ3_k, blockElems: 256, blockBytes: 110 },
  q4_k: { decode: decodeQ4_k, blockElems: 256, blockBytes: 144 },
  q5_k: { decode: decodeQ5_k, blockElems: 256, blockBytes: 176 },
  q6_k: { decode: decodeQ6_k, blockElems: 256, blockBytes: 210 },
  q8_k: { decode: decodeQ8_k, blockElems: 256, blockBytes: 292 },
  iq2_xxs: { decode: decodeIq2_xxs, blockElems: 256, blockBytes: 66 },
  iq2_xs: { decode: decodeIq2_xs, blockElems: 256, blockBytes: 74 },
  iq2_s: { decode: decodeIq2_s, blockElems: 256, blockBytes: 82 },
  iq3_xxs: { decode: decodeIq3_xxs, blockElems: 256, blockBytes: 98 },
  iq3_s: { decode: decodeIq3_s, blockElems: 256, blockBytes: 110 },
  nvfp4: { decode: decodeNvfp4, blockElems: 64, blockBytes: 36 },
  q1_0: { decode: decodeQ1_0, blockElems: 128, blockBytes: 18 },
  q2_0: { decode: decodeQ2_0, blockElems: 64, blockBytes: 18 },
} satisfies Record<string, DecoderInfo>;

export type DecoderFormat = keyof typeof table;
export const decoders: Readonly<Record<DecoderFormat, DecoderInfo>> = table;

/** Decodes whole blocks: the element count follows from the byte length. */
export function decodeBlocks(format: DecoderFormat, blocks: Uint8Array): Float32Array {
  const { decode, blockElems, blockBytes } = decoders[format];
  if (blocks.length % blockBytes !== 0) throw new RangeError(`decode ${format}: ${blocks.length} bytes is not a whole number of ${blockBytes}-byte blocks`);
  return decode(blocks, (blocks.length / blockBytes) * blockElems);
}
