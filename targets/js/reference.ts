// The CPU reference: row loops around a format's emitted math (generated/cpu/<format>.ts).
// mmvq() computes exactly what an integer-dot GPU kernel computes: per 32-element q8_1 block, exact
// integer dots and sums, then the float combination in float32. mmvqF64() is the float64 reference.
import { f16tof32, fround } from './runtime.js';

/** A format's math as emitted for the CPU. */
export interface CpuFormat {
  name: string;
  ggmlType: number;
  blockElems: number;
  blockBytes: number;
  groupElems: number;
  groupsPerBlock: number;
  groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void;
  groupScale(W: Uint8Array, b: number, g: number): number;
  groupMin?: (W: Uint8Array, b: number, g: number) => number;
  /** Subtracted from every lane: w = S * (q - zeroPoint) + M. */
  zeroPoint: number;
}

export const Q8_1_BLOCK_BYTES = 36;

/** Shape of a mat-vec: W is rows x K, X is ncols columns of K. */
export interface MatVecShape { rows: number; K: number; ncols: number }

export function rowBytes(f: Pick<CpuFormat, 'blockElems' | 'blockBytes' | 'name'>, K: number): number {
  if (!Number.isInteger(K) || K <= 0 || K % f.blockElems !== 0)
    throw new RangeError(`${f.name}: K = ${K} is not a positive multiple of the block size ${f.blockElems}`);
  return (K / f.blockElems) * f.blockBytes;
}

const lane = (word: number, l: number) => (word << (24 - 8 * l)) >> 24;

/**
 * Dequantizes `rows` rows of K weights (float32, bit-identical to ggml's to_float, with two exceptions in
 * q4_0/q5_0, whose zero point is a min M = -8d / -16d: S*q + M gives +0 where ggml's (q - 8) * d gives -0,
 * and NaN where ggml gives ±Inf for an Inf d; test/targets/js/properties.test.ts pins both down).
 */
export function dequantize(f: CpuFormat, W: Uint8Array, rows: number, K: number, out?: Float32Array): Float32Array {
  const rb = rowBytes(f, K);
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`${f.name}: rows = ${rows} must be a non-negative integer`);
  out ??= new Float32Array(rows * K);
  checkBytes(f, W, rows * rb, 'weights');
  const q = new Uint32Array(f.groupElems / 4);
  let o = 0;
  for (let r = 0; r < rows; r++) {
    for (let b = r * rb, end = (r + 1) * rb; b < end; b += f.blockBytes) {
      for (let g = 0; g < f.groupsPerBlock; g++) {
        f.groupQuants(W, b, g, q);
        const S = f.groupScale(W, b, g);
        const M = f.groupMin?.(W, b, g);
        for (const word of q) {
          for (let l = 0; l < 4; l++) {
            const sq = fround(S * (lane(word, l) - f.zeroPoint));
            out[o++] = M === undefined ? sq : fround(sq + M);
          }
        }
      }
    }
  }
  return out;
}

/**
 * The integer-dot mat-vec: y[c*rows + r] = sum over q8_1 blocks of d_x * sum over groups in the block of
 * (S_g * (dot(q, x) - z * sum(x)) + M_g * sum(x)), dot and sum exact integers, the rest float32 in this order.
 * X holds ncols columns of ggml q8_1 blocks (36 bytes per 32 values).
 */
export function mmvq(f: CpuFormat, W: Uint8Array, X: Uint8Array, shape: MatVecShape, out = new Float32Array(shape.rows * shape.ncols)): Float32Array {
  const { rows, K, ncols } = shape;
  const rb = rowBytes(f, K);
  checkBytes(f, W, rows * rb, 'weights');
  const xb = (K / 32) * Q8_1_BLOCK_BYTES;
  checkBytes(f, X, ncols * xb, 'q8_1 activations');
  const wordsPerGroup = f.groupElems / 4;
  const groupsPer32 = 32 / f.groupElems;
  const q = new Uint32Array(wordsPerGroup);
  const xw = new Int32Array(8);
  for (let c = 0; c < ncols; c++) {
    for (let r = 0; r < rows; r++) {
      let acc = 0;
      let g = 0;
      let blockStart = r * rb;
      for (let xi = 0; xi < K / 32; xi++) {
        const xo = c * xb + xi * Q8_1_BLOCK_BYTES;
        const dx = f16tof32(X[xo] | (X[xo + 1] << 8));
        for (let w = 0; w < 8; w++) {
          const p = xo + 4 + 4 * w;
          xw[w] = X[p] | (X[p + 1] << 8) | (X[p + 2] << 16) | (X[p + 3] << 24);
        }
        let part = 0;
        for (let h = 0; h < groupsPer32; h++, g++) {
          if (g === f.groupsPerBlock) { g = 0; blockStart += f.blockBytes; }
          f.groupQuants(W, blockStart, g, q);
          let dot = 0;
          let sum = 0;
          for (let w = 0; w < wordsPerGroup; w++) {
            const a = q[w], x = xw[h * wordsPerGroup + w];
            for (let l = 0; l < 4; l++) {
              dot += lane(a, l) * lane(x, l);
              sum += lane(x, l);
            }
          }
          const S = f.groupScale(W, blockStart, g);
          dot -= f.zeroPoint * sum; // exact: dot(q - z, x) = dot(q, x) - z * sum(x)
          let t = fround(S * dot);
          if (f.groupMin) t = fround(t + fround(f.groupMin(W, blockStart, g) * sum));
          part = h === 0 ? t : fround(part + t);
        }
        acc = fround(acc + fround(dx * part));
      }
      out[c * rows + r] = acc;
    }
  }
  return out;
}

/**
 * The float64 reference of the same product: ggml's dequantized float32 weights times the q8_1
 * activation values d_x * q, summed in k order in float64 (the definition of the golden `ref_f64`).
 */
export function mmvqF64(f: CpuFormat, W: Uint8Array, X: Uint8Array, shape: MatVecShape): Float64Array {
  const { rows, K, ncols } = shape;
  const Wd = dequantize(f, W, rows, K);
  checkBytes(f, X, ncols * (K / 32) * Q8_1_BLOCK_BYTES, 'q8_1 activations');
  const xd = dequantizeQ8_1(X, ncols * K);
  const out = new Float64Array(rows * ncols);
  for (let c = 0; c < ncols; c++) {
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += Wd[r * K + k] * xd[c * K + k];
      out[c * rows + r] = s;
    }
  }
  return out;
}

/** q8_1 blocks -> d * q per element as float64 (d is the f16 scale, exact). */
export function dequantizeQ8_1(X: Uint8Array, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = (i >> 5) * Q8_1_BLOCK_BYTES;
    out[i] = f16tof32(X[o] | (X[o + 1] << 8)) * ((X[o + 4 + (i & 31)] << 24) >> 24);
  }
  return out;
}

function checkBytes(f: { name: string }, a: Uint8Array, need: number, what: string): void {
  if (a.length < need) throw new RangeError(`${f.name}: ${what} hold ${a.length} bytes, the shape needs ${need}`);
}
