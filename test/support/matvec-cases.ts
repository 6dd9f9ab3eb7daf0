// Mat-vec cases with their CPU references, shared by the runtime, engine and soak tests.
import { dequantize, mmvqReference, quantize } from '../../index.js';
import { q8_1x4ToQ8_1, quantizeQ8_1x4 } from '../../targets/js/activation.js';
import { dequantizeQ8_1 } from '../../targets/js/reference.js';

/** Deterministic values in [-1, 1) (xorshift32), with some larger outliers as real weights have. */
export function values(n: number, seed: number): Float32Array {
  let s = seed >>> 0 || 1;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    const u = s / 2 ** 32 - 0.5;
    out[i] = i % 97 === 5 ? 8 * u : 2 * u;
  }
  return out;
}

/** sum over k of |w[r, k] x[c, k]|, [c * rows + r]. */
function absScale(w: Float32Array, x: ArrayLike<number>, rows: number, K: number, ncols: number): Float64Array {
  const out = new Float64Array(rows * ncols);
  for (let c = 0; c < ncols; c++) {
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += Math.abs(w[r * K + k] * x[c * K + k]);
      out[c * rows + r] = s || Number.MIN_VALUE;
    }
  }
  return out;
}

/** The reference of x against already quantized weights, for one path. */
export function reference(format: string, W: Uint8Array, x: Float32Array, rows: number, K: number, ncols: number, path: 'mmvq' | 'float'): { ref: ArrayLike<number>; scale: Float64Array } {
  const wd = dequantize(format, W, rows, K);
  if (path === 'mmvq') {
    const q8_1 = q8_1x4ToQ8_1(quantizeQ8_1x4(x, K, ncols), K, ncols);
    return { ref: mmvqReference(format, W, { q8_1 }, { rows, K, ncols }), scale: absScale(wd, dequantizeQ8_1(q8_1, ncols * K), rows, K, ncols) };
  }
  const ref = new Float64Array(rows * ncols);
  for (let c = 0; c < ncols; c++) {
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += wd[r * K + k] * x[c * K + k];
      ref[c * rows + r] = s;
    }
  }
  return { ref, scale: absScale(wd, x, rows, K, ncols) };
}

/** Weights (GGUF blocks) and x of one case. */
export function weights(format: string, rows: number, K: number, seed: number): Uint8Array {
  return quantize(format, values(rows * K, 1000 + seed));
}

/** undefined when y matches ref (NMSE <= 1e-10 and every element within 1e-5 * sum |w x|), else why not. */
export function mismatch(y: Float32Array, ref: ArrayLike<number>, scale: Float64Array): string | undefined {
  if (y.length !== ref.length) return `length ${y.length}, expected ${ref.length}`;
  let num = 0;
  let den = 0;
  for (let i = 0; i < y.length; i++) {
    const d = y[i] - ref[i];
    if (!(Math.abs(d) <= 1e-5 * scale[i])) return `element ${i}: ${y[i]} vs ${ref[i]} (|diff| / sum|w x| = ${Math.abs(d) / scale[i]})`;
    num += d * d;
    den += ref[i] * ref[i];
  }
  if (den > 0 && !(num / den <= 1e-10)) return `NMSE ${num / den}`;
  return undefined;
}
