// CPU quantizers for ggml's K-quant formats (q2_k ... q6_k): float32 -> block bytes.
//
// These reproduce ggml's reference quantizers (quantize_row_qN_K_ref in src/ggml-quants.c at
// ggml commit d99724f2b141fed9e1a9f402213506c081433465) bit for bit. Every float operation is
// rounded to IEEE float32 with Math.fround (`f` below), in the C evaluation order, with no fused
// multiply-add (ggml-base is built for baseline x86-64). Integer conversions mirror the C
// truncations (uint8_t / int8_t stores).

import { ggmlTypeByName } from '../../common/ggml.js';
import { f16ToF32, f32ToF16, nearestInt } from '../../common/numeric.js';

const f = Math.fround;

/** QK_K: elements per super-block. */
export const QK_K = 256;

/** GROUP_MAX_EPS = 1e-15f. */
const GROUP_MAX_EPS = f(1e-15);

type KFormat = 'q2_k' | 'q3_k' | 'q4_k' | 'q5_k' | 'q6_k';

function prepare(fmt: KFormat, x: Float32Array, out: Uint8Array | undefined): { nb: number; y: Uint8Array } {
  if (x.length % QK_K !== 0) {
    throw new Error(`quantize_${fmt}: input length ${x.length} is not a multiple of ${QK_K}`);
  }
  const nb = x.length / QK_K;
  const bytes = nb * ggmlTypeByName(fmt)!.blockBytes;
  if (out && out.length < bytes) {
    throw new Error(`quantize_${fmt}: output buffer of ${out.length} bytes is smaller than ${bytes}`);
  }
  const y = out ? out.subarray(0, bytes) : new Uint8Array(bytes);
  y.fill(0);
  return { nb, y };
}

/** Store a float32 value as fp16 (round to nearest even) at byte offset `o`, little-endian. */
function putF16(y: Uint8Array, o: number, v: number): void {
  const h = f32ToF16(v);
  y[o] = h & 0xff;
  y[o + 1] = h >>> 8;
}

/** C `(int8_t)v`. */
const toI8 = (v: number): number => (v << 24) >> 24;

// ============================================================ helpers (ggml-quants.c)

/**
 * make_qx_quants with qw = NULL. Writes L[0..n) (values in [0, 2*nmax)) and returns the scale.
 * Only rmse_type 1 (weights x^2) is needed by the reference K-quant quantizers.
 */
export function makeQxQuants(n: number, nmax: number, x: Float32Array, L: Int8Array | Uint8Array, rmseType: number): number {
  let max = 0;
  let amax = 0;
  for (let i = 0; i < n; ++i) {
    const ax = Math.abs(x[i]);
    if (ax > amax) { amax = ax; max = x[i]; }
  }
  if (amax < GROUP_MAX_EPS) {
    for (let i = 0; i < n; ++i) L[i] = 0;
    return 0;
  }
  let iscale = f(-nmax / max);
  if (rmseType === 0) {
    for (let i = 0; i < n; ++i) {
      const l = nearestInt(f(iscale * x[i]));
      L[i] = nmax + Math.max(-nmax, Math.min(nmax - 1, l));
    }
    return f(1 / iscale);
  }
  let returnEarly = false;
  if (rmseType < 0) { rmseType = -rmseType; returnEarly = true; }
  const weight = (xi: number): number =>
    rmseType === 1 ? f(xi * xi) : rmseType === 2 ? 1 : rmseType === 3 ? Math.abs(xi) : f(Math.sqrt(Math.abs(xi)));
  let sumlx = 0;
  let suml2 = 0;
  for (let i = 0; i < n; ++i) {
    let l = nearestInt(f(iscale * x[i]));
    l = Math.max(-nmax, Math.min(nmax - 1, l));
    L[i] = l + nmax;
    const w = weight(x[i]);
    sumlx = f(sumlx + f(f(w * x[i]) * l));
    suml2 = f(suml2 + f(f(w * l) * l));
  }
  let scale = suml2 !== 0 ? f(sumlx / suml2) : 0;
  if (returnEarly) return suml2 > 0 ? f(0.5 * f(scale + f(1 / iscale))) : f(1 / iscale);
  let best = f(scale * sumlx);
  const tenth = f(0.1);
  for (let is = -9; is <= 9; ++is) {
    if (is === 0) continue;
    iscale = f(-f(nmax + f(tenth * is)) / max);
    sumlx = 0;
    suml2 = 0;
    for (let i = 0; i < n; ++i) {
      let l = nearestInt(f(iscale * x[i]));
      l = Math.max(-nmax, Math.min(nmax - 1, l));
      const w = weight(x[i]);
      sumlx = f(sumlx + f(f(w * x[i]) * l));
      suml2 = f(suml2 + f(f(w * l) * l));
    }
    if (suml2 > 0 && f(sumlx * sumlx) > f(best * suml2)) {
      for (let i = 0; i < n; ++i) {
        const l = nearestInt(f(iscale * x[i]));
        L[i] = nmax + Math.max(-nmax, Math.min(nmax - 1, l));
      }
      scale = f(sumlx / suml2);
      best = f(scale * sumlx);
    }
  }
  return scale;
}

/** make_q3_quants. Writes L[0..n) (values in [0, 2*nmax)) and returns the scale. */
export function makeQ3Quants(n: number, nmax: number, x: Float32Array, L: Int8Array, doRmse: boolean): number {
  let max = 0;
  let amax = 0;
  for (let i = 0; i < n; ++i) {
    const ax = Math.abs(x[i]);
    if (ax > amax) { amax = ax; max = x[i]; }
  }
  if (amax < GROUP_MAX_EPS) {
    for (let i = 0; i < n; ++i) L[i] = 0;
    return 0;
  }
  const iscale = f(-nmax / max);
  if (doRmse) {
    let sumlx = 0;
    let suml2 = 0;
    for (let i = 0; i < n; ++i) {
      let l = nearestInt(f(iscale * x[i]));
      l = Math.max(-nmax, Math.min(nmax - 1, l));
      L[i] = l;
      const w = f(x[i] * x[i]);
      sumlx = f(sumlx + f(f(w * x[i]) * l));
      suml2 = f(suml2 + f(f(w * l) * l));
    }
    for (let itry = 0; itry < 5; ++itry) {
      let nChanged = 0;
      for (let i = 0; i < n; ++i) {
        const w = f(x[i] * x[i]);
        let slx = f(sumlx - f(f(w * x[i]) * L[i]));
        if (slx > 0) {
          let sl2 = f(suml2 - f(f(w * L[i]) * L[i]));
          let newL = nearestInt(f(f(x[i] * sl2) / slx));
          newL = Math.max(-nmax, Math.min(nmax - 1, newL));
          if (newL !== L[i]) {
            slx = f(slx + f(f(w * x[i]) * newL));
            sl2 = f(sl2 + f(f(w * newL) * newL));
            if (sl2 > 0 && f(f(slx * slx) * suml2) > f(f(sumlx * sumlx) * sl2)) {
              L[i] = newL;
              sumlx = slx;
              suml2 = sl2;
              ++nChanged;
            }
          }
        }
      }
      if (!nChanged) break;
    }
    for (let i = 0; i < n; ++i) L[i] += nmax;
    return suml2 > 0 ? f(sumlx / suml2) : 0;
  }
  for (let i = 0; i < n; ++i) {
    let l = nearestInt(f(iscale * x[i]));
    l = Math.max(-nmax, Math.min(nmax - 1, l));
    L[i] = l + nmax;
  }
  return f(1 / iscale);
}

/**
 * make_qkx2_quants: asymmetric (scale, min) search. Writes L[0..n) in [0, nmax] and returns
 * [scale, the_min] where the_min = -min >= 0.
 */
export function makeQkx2Quants(
  n: number, nmax: number, x: Float32Array, weights: Float32Array, L: Uint8Array, Laux: Uint8Array,
  rmin: number, rdelta: number, nstep: number, useMad: boolean,
): [number, number] {
  let min = x[0];
  let max = x[0];
  let sumW = weights[0];
  let sumX = f(sumW * x[0]);
  for (let i = 1; i < n; ++i) {
    if (x[i] < min) min = x[i];
    if (x[i] > max) max = x[i];
    const w = weights[i];
    sumW = f(sumW + w);
    sumX = f(sumX + f(w * x[i]));
  }
  if (min > 0) min = 0;
  if (max === min) {
    for (let i = 0; i < n; ++i) L[i] = 0;
    return [0, -min];
  }
  let iscale = f(nmax / f(max - min));
  let scale = f(1 / iscale);
  let bestError = 0;
  for (let i = 0; i < n; ++i) {
    const l = nearestInt(f(iscale * f(x[i] - min)));
    L[i] = Math.max(0, Math.min(nmax, l));
    let diff = f(f(f(scale * L[i]) + min) - x[i]);
    diff = useMad ? Math.abs(diff) : f(diff * diff);
    bestError = f(bestError + f(weights[i] * diff));
  }
  if (nstep < 1) return [scale, -min];
  for (let is = 0; is <= nstep; ++is) {
    // `min` moves when a better candidate is found, so the range is recomputed every step.
    iscale = f(f(f(rmin + f(rdelta * is)) + nmax) / f(max - min));
    let sumL = 0;
    let sumL2 = 0;
    let sumXL = 0;
    for (let i = 0; i < n; ++i) {
      let l = nearestInt(f(iscale * f(x[i] - min)));
      l = Math.max(0, Math.min(nmax, l));
      Laux[i] = l;
      const w = weights[i];
      const wl = f(w * l);
      sumL = f(sumL + wl);
      sumL2 = f(sumL2 + f(wl * l));
      sumXL = f(sumXL + f(wl * x[i]));
    }
    const D = f(f(sumW * sumL2) - f(sumL * sumL));
    if (D > 0) {
      let thisScale = f(f(f(sumW * sumXL) - f(sumX * sumL)) / D);
      let thisMin = f(f(f(sumL2 * sumX) - f(sumL * sumXL)) / D);
      if (thisMin > 0) {
        thisMin = 0;
        thisScale = f(sumXL / sumL2);
      }
      let curError = 0;
      for (let i = 0; i < n; ++i) {
        let diff = f(f(f(thisScale * Laux[i]) + thisMin) - x[i]);
        diff = useMad ? Math.abs(diff) : f(diff * diff);
        curError = f(curError + f(weights[i] * diff));
      }
      if (curError < bestError) {
        for (let i = 0; i < n; ++i) L[i] = Laux[i];
        bestError = curError;
        scale = thisScale;
        min = thisMin;
      }
    }
  }
  return [scale, -min];
}

/** get_scale_min_k4: 6-bit scale and min of sub-block j from the 12 packed bytes at q[o..o+12). */
export function getScaleMinK4(j: number, q: Uint8Array, o: number): [number, number] {
  if (j < 4) return [q[o + j] & 63, q[o + j + 4] & 63];
  return [
    (q[o + j + 4] & 0xf) | ((q[o + j - 4] >> 6) << 4),
    (q[o + j + 4] >> 4) | ((q[o + j] >> 6) << 4),
  ];
}

/** Pack the 6-bit scales/mins of 8 sub-blocks as q4_K/q5_K do (12 bytes at y[o..o+12)). */
function packScalesK4(y: Uint8Array, o: number, j: number, ls: number, lm: number): void {
  if (j < 4) {
    y[o + j] = ls;
    y[o + j + 4] = lm;
  } else {
    y[o + j + 4] = (ls & 0xf) | ((lm & 0xf) << 4);
    y[o + j - 4] |= (ls >> 4) << 6;
    y[o + j] |= (lm >> 4) << 6;
  }
}

// ============================================================ q2_K (84 bytes)
// scales[16] @0 (low nibble scale, high nibble min), qs[64] @16, d f16 @80, dmin f16 @82

export function quantize_q2_k(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = prepare('q2_k', x, out);
  const L = new Uint8Array(QK_K);
  const Laux = new Uint8Array(16);
  const weights = new Float32Array(16);
  const mins = new Float32Array(QK_K / 16);
  const scales = new Float32Array(QK_K / 16);
  const q4scale = 15;
  const rmin = f(-0.5);
  const rdelta = f(0.1);

  for (let i = 0; i < nb; i++) {
    const xb = x.subarray(i * QK_K, (i + 1) * QK_K);
    const yo = i * 84;
    let maxScale = 0;
    let maxMin = 0;
    for (let j = 0; j < QK_K / 16; ++j) {
      const xs = xb.subarray(16 * j, 16 * j + 16);
      for (let l = 0; l < 16; ++l) weights[l] = Math.abs(xs[l]);
      const [sc, mn] = makeQkx2Quants(16, 3, xs, weights, L.subarray(16 * j, 16 * j + 16), Laux, rmin, rdelta, 15, true);
      scales[j] = sc;
      mins[j] = mn;
      if (scales[j] > maxScale) maxScale = scales[j];
      if (mins[j] > maxMin) maxMin = mins[j];
    }

    if (maxScale > 0) {
      const iscale = f(q4scale / maxScale);
      for (let j = 0; j < QK_K / 16; ++j) y[yo + j] = nearestInt(f(iscale * scales[j])) & 0xff;
      putF16(y, yo + 80, f(maxScale / q4scale));
    } else {
      for (let j = 0; j < QK_K / 16; ++j) y[yo + j] = 0;
      putF16(y, yo + 80, 0);
    }
    if (maxMin > 0) {
      const iscale = f(q4scale / maxMin);
      for (let j = 0; j < QK_K / 16; ++j) y[yo + j] |= (nearestInt(f(iscale * mins[j])) << 4) & 0xff;
      putF16(y, yo + 82, f(maxMin / q4scale));
    } else {
      putF16(y, yo + 82, 0);
    }
    const dAll = f16ToF32(y[yo + 80] | (y[yo + 81] << 8));
    const mAll = f16ToF32(y[yo + 82] | (y[yo + 83] << 8));
    for (let j = 0; j < QK_K / 16; ++j) {
      const d = f(dAll * (y[yo + j] & 0xf));
      if (d === 0) continue; // C `!d`: NaN is truthy there
      const dm = f(mAll * (y[yo + j] >> 4));
      for (let ii = 0; ii < 16; ++ii) {
        let l = nearestInt(f(f(xb[16 * j + ii] + dm) / d));
        l = Math.max(0, Math.min(3, l));
        L[16 * j + ii] = l;
      }
    }

    for (let j = 0; j < QK_K; j += 128) {
      for (let l = 0; l < 32; ++l) {
        y[yo + 16 + j / 4 + l] = L[j + l] | (L[j + l + 32] << 2) | (L[j + l + 64] << 4) | (L[j + l + 96] << 6);
      }
    }
  }
  return y;
}

// ============================================================ q3_K (110 bytes)
// hmask[32] @0, qs[64] @32, scales[12] @96 (packed 6-bit), d f16 @108

export function quantize_q3_k(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = prepare('q3_k', x, out);
  const L = new Int8Array(QK_K);
  const scales = new Float32Array(QK_K / 16);

  for (let i = 0; i < nb; i++) {
    const xb = x.subarray(i * QK_K, (i + 1) * QK_K);
    const yo = i * 110;
    const so = yo + 96; // scales
    let maxScale = 0;
    let amax = 0;
    for (let j = 0; j < QK_K / 16; ++j) {
      scales[j] = makeQ3Quants(16, 4, xb.subarray(16 * j, 16 * j + 16), L.subarray(16 * j, 16 * j + 16), true);
      const scale = Math.abs(scales[j]);
      if (scale > amax) { amax = scale; maxScale = scales[j]; }
    }

    for (let k = 0; k < 12; ++k) y[so + k] = 0;
    if (maxScale !== 0) {
      const iscale = f(-32 / maxScale);
      for (let j = 0; j < QK_K / 16; ++j) {
        let l = toI8(nearestInt(f(iscale * scales[j])));
        l = Math.max(-32, Math.min(31, l)) + 32;
        if (j < 8) y[so + j] = l & 0xf;
        else y[so + j - 8] |= (l & 0xf) << 4;
        l >>= 4;
        y[so + (j % 4) + 8] |= l << (2 * (j >> 2));
      }
      putF16(y, yo + 108, f(1 / iscale));
    } else {
      putF16(y, yo + 108, 0);
    }

    const dAll = f16ToF32(y[yo + 108] | (y[yo + 109] << 8));
    for (let j = 0; j < QK_K / 16; ++j) {
      let sc = j < 8 ? y[so + j] & 0xf : y[so + j - 8] >> 4;
      sc = toI8((sc | (((y[so + 8 + (j % 4)] >> (2 * (j >> 2))) & 3) << 4)) - 32);
      const d = f(dAll * sc);
      if (d === 0) continue; // C `!d`: NaN is truthy there
      for (let ii = 0; ii < 16; ++ii) {
        let l = nearestInt(f(xb[16 * j + ii] / d));
        l = Math.max(-4, Math.min(3, l));
        L[16 * j + ii] = l + 4;
      }
    }

    // hmask: the high bit of the first 32 quants goes to bit 0, the next 32 to bit 1, ...
    let m = 0;
    let hm = 1;
    for (let j = 0; j < QK_K; ++j) {
      if (L[j] > 3) {
        y[yo + m] |= hm;
        L[j] -= 4;
      }
      if (++m === QK_K / 8) { m = 0; hm <<= 1; }
    }
    for (let j = 0; j < QK_K; j += 128) {
      for (let l = 0; l < 32; ++l) {
        y[yo + 32 + j / 4 + l] = (L[j + l] | (L[j + l + 32] << 2) | (L[j + l + 64] << 4) | (L[j + l + 96] << 6)) & 0xff;
      }
    }
  }
  return y;
}

// ============================================================ q4_K / q5_K (shared first half)

/**
 * The part of quantize_row_q4_K_ref / quantize_row_q5_K_ref that picks the per-sub-block scales
 * and mins, writes d @0, dmin @2, scales[12] @4, and requantizes L (values in [0, nmax]).
 */
function quantizeK4Scales(
  xb: Float32Array, y: Uint8Array, yo: number, nmax: number, rmin: number, rdelta: number, nstep: number,
  L: Uint8Array, Laux: Uint8Array, weights: Float32Array, scales: Float32Array, mins: Float32Array,
): void {
  let maxScale = 0;
  let maxMin = 0;
  for (let j = 0; j < QK_K / 32; ++j) {
    const xs = xb.subarray(32 * j, 32 * j + 32);
    let sumX2 = 0;
    for (let l = 0; l < 32; ++l) sumX2 = f(sumX2 + f(xs[l] * xs[l]));
    const avX = f(Math.sqrt(f(sumX2 / 32)));
    for (let l = 0; l < 32; ++l) weights[l] = f(avX + Math.abs(xs[l]));
    const [sc, mn] = makeQkx2Quants(32, nmax, xs, weights, L.subarray(32 * j, 32 * j + 32), Laux, rmin, rdelta, nstep, false);
    scales[j] = sc;
    mins[j] = mn;
    if (scales[j] > maxScale) maxScale = scales[j];
    if (mins[j] > maxMin) maxMin = mins[j];
  }

  const invScale = maxScale > 0 ? f(63 / maxScale) : 0;
  const invMin = maxMin > 0 ? f(63 / maxMin) : 0;
  for (let j = 0; j < QK_K / 32; ++j) {
    const ls = Math.min(63, nearestInt(f(invScale * scales[j])) & 0xff);
    const lm = Math.min(63, nearestInt(f(invMin * mins[j])) & 0xff);
    packScalesK4(y, yo + 4, j, ls, lm);
  }
  putF16(y, yo, f(maxScale / 63));
  putF16(y, yo + 2, f(maxMin / 63));

  const dAll = f16ToF32(y[yo] | (y[yo + 1] << 8));
  const mAll = f16ToF32(y[yo + 2] | (y[yo + 3] << 8));
  for (let j = 0; j < QK_K / 32; ++j) {
    const [sc, m] = getScaleMinK4(j, y, yo + 4);
    const d = f(dAll * sc);
    if (d === 0) continue; // C `!d`: NaN is truthy there
    const dm = f(mAll * m);
    for (let ii = 0; ii < 32; ++ii) {
      let l = nearestInt(f(f(xb[32 * j + ii] + dm) / d));
      l = Math.max(0, Math.min(nmax, l));
      L[32 * j + ii] = l;
    }
  }
}

// ============================================================ q4_K (144 bytes)
// d f16 @0, dmin f16 @2, scales[12] @4, qs[128] @16

export function quantize_q4_k(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = prepare('q4_k', x, out);
  const L = new Uint8Array(QK_K);
  const Laux = new Uint8Array(32);
  const weights = new Float32Array(32);
  const mins = new Float32Array(QK_K / 32);
  const scales = new Float32Array(QK_K / 32);
  const rmin = f(-1);
  const rdelta = f(0.1);

  for (let i = 0; i < nb; i++) {
    const xb = x.subarray(i * QK_K, (i + 1) * QK_K);
    const yo = i * 144;
    quantizeK4Scales(xb, y, yo, 15, rmin, rdelta, 20, L, Laux, weights, scales, mins);
    let q = yo + 16;
    for (let j = 0; j < QK_K; j += 64) {
      for (let l = 0; l < 32; ++l) y[q + l] = L[j + l] | (L[j + l + 32] << 4);
      q += 32;
    }
  }
  return y;
}

// ============================================================ q5_K (176 bytes)
// d f16 @0, dmin f16 @2, scales[12] @4, qh[32] @16, qs[128] @48

export function quantize_q5_k(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = prepare('q5_k', x, out);
  const L = new Uint8Array(QK_K);
  const Laux = new Uint8Array(32);
  const weights = new Float32Array(32);
  const mins = new Float32Array(QK_K / 32);
  const scales = new Float32Array(QK_K / 32);
  const rmin = f(-0.5);
  const rdelta = f(0.1);

  for (let i = 0; i < nb; i++) {
    const xb = x.subarray(i * QK_K, (i + 1) * QK_K);
    const yo = i * 176;
    quantizeK4Scales(xb, y, yo, 31, rmin, rdelta, 15, L, Laux, weights, scales, mins);
    const qh = yo + 16;
    let ql = yo + 48;
    for (let k = 0; k < 32; ++k) y[qh + k] = 0;
    let m1 = 1;
    let m2 = 2;
    for (let n = 0; n < QK_K; n += 64) {
      for (let j = 0; j < 32; ++j) {
        let l1 = L[n + j];
        if (l1 > 15) { l1 -= 16; y[qh + j] |= m1; }
        let l2 = L[n + j + 32];
        if (l2 > 15) { l2 -= 16; y[qh + j] |= m2; }
        y[ql + j] = l1 | (l2 << 4);
      }
      m1 <<= 2;
      m2 <<= 2;
      ql += 32;
    }
  }
  return y;
}

// ============================================================ q6_K (210 bytes)
// ql[128] @0, qh[64] @128, scales i8[16] @192, d f16 @208

export function quantize_q6_k(x: Float32Array, out?: Uint8Array): Uint8Array {
  const { nb, y } = prepare('q6_k', x, out);
  const L = new Int8Array(QK_K);
  const scales = new Float32Array(QK_K / 16);

  for (let i = 0; i < nb; i++) {
    const xb = x.subarray(i * QK_K, (i + 1) * QK_K);
    const yo = i * 210;
    let maxScale = 0;
    let maxAbsScale = 0;
    for (let ib = 0; ib < QK_K / 16; ++ib) {
      const scale = makeQxQuants(16, 32, xb.subarray(16 * ib, 16 * ib + 16), L.subarray(16 * ib, 16 * ib + 16), 1);
      scales[ib] = scale;
      const absScale = Math.abs(scale);
      if (absScale > maxAbsScale) { maxAbsScale = absScale; maxScale = scale; }
    }

    if (maxAbsScale < GROUP_MAX_EPS) {
      for (let k = 0; k < 210; ++k) y[yo + k] = 0;
      putF16(y, yo + 208, 0);
      continue;
    }

    const iscale = f(-128 / maxScale);
    putF16(y, yo + 208, f(1 / iscale));
    const sc = new Int8Array(y.buffer, y.byteOffset + yo + 192, 16);
    for (let ib = 0; ib < QK_K / 16; ++ib) sc[ib] = Math.min(127, nearestInt(f(iscale * scales[ib])));

    const dAll = f16ToF32(y[yo + 208] | (y[yo + 209] << 8));
    for (let j = 0; j < QK_K / 16; ++j) {
      const d = f(dAll * sc[j]);
      if (d === 0) continue; // C `!d`: NaN is truthy there
      for (let ii = 0; ii < 16; ++ii) {
        let l = nearestInt(f(xb[16 * j + ii] / d));
        l = Math.max(-32, Math.min(31, l));
        L[16 * j + ii] = l + 32;
      }
    }

    let ql = yo;
    let qh = yo + 128;
    for (let j = 0; j < QK_K; j += 128) {
      for (let l = 0; l < 32; ++l) {
        const q1 = L[j + l] & 0xf;
        const q2 = L[j + l + 32] & 0xf;
        const q3 = L[j + l + 64] & 0xf;
        const q4 = L[j + l + 96] & 0xf;
        y[ql + l] = q1 | (q3 << 4);
        y[ql + l + 32] = q2 | (q4 << 4);
        y[qh + l] = (L[j + l] >> 4) | ((L[j + l + 32] >> 4) << 2) | ((L[j + l + 64] >> 4) << 4) | ((L[j + l + 96] >> 4) << 6);
      }
      ql += 64;
      qh += 32;
    }
  }
  return y;
}
