// CPU quantizers for ggml's grid i-quants (iq2_xxs, iq2_xs, iq2_s, iq3_xxs, iq3_s): float32 -> block bytes.
//
// They follow ggml's quantizers (src/ggml-quants.c at ggml commit d99724f2b141fed9e1a9f402213506c081433465):
// per group of 16 or 32 weights, take |x| and the signs apart (iq2_xxs/iq2_xs/iq3_xxs keep an even number of
// minus signs by flipping the least important one), try a range of scales, round each run of 8 (iq2) or 4
// (iq3) magnitudes to lattice levels l (value 2l+1), and where that point is not a grid row pick the
// nearest rows' best fit; then quantize the group scales to 4 bits against a block scale d.
// Every float operation is rounded to IEEE float32 (Math.fround, `f`) in C's evaluation order, with no
// fused multiply-add (ggml-base is built for baseline x86-64). The lattice (level rows, the index map and
// the neighbour lists ggml builds in iq2xs_init_impl / iq3xs_init_impl) is derived here from the shipped
// grid tables, so no table is written twice.
import type { QuantizeOptions, Table } from '../define.js';
import { f32ToF16, nearestInt } from '../../common/numeric.js';
import { iq2s_grid, iq2xs_grid, iq2xxs_grid } from '../tables/iq2.js';
import { iq3s_grid, iq3xxs_grid } from '../tables/iq3.js';
import { FLT_MAX, GROUP_MAX_EPS, cmax, cmin, outputBuffer, putU16, putU32 } from './common.js';

const f = Math.fround;
const QK_K = 256;
const GROUP_MAX_EPS_IQ3_XXS = f(1e-8);
const GROUP_MAX_EPS_IQ2_S = f(1e-8);
const F01 = f(0.1);
const F02 = f(0.2);

// ------------------------------------------------------------------------------------------------
// The lattice behind a grid table.

interface Lattice {
  name: string;
  /** Elements per grid row (8 for the iq2 grids, 4 for the iq3 grids). */
  dim: number;
  /** Bits per level in a point index (2 or 3). */
  bits: number;
  rows: number;
  /** Row r, element i: the level value 2l+1 (what ggml's init stores as its grid). */
  value: Int8Array;
  /** Point index (levels l_i << bits*i) -> grid row, or -1. */
  map: Int32Array;
  /** How many distinct nearest distances a neighbour list spans (ggml's nwant). */
  nwant: number;
  neighbours: Map<number, Uint16Array>;
}

const lattices = new Map<string, Lattice>();

/** The lattice of `table`: magnitudes[l] is the byte value of level l in the shipped grid. */
function lattice(table: Table, dim: number, magnitudes: readonly number[], nwant: number): Lattice {
  const cached = lattices.get(table.name);
  if (cached) return cached;
  const bits = magnitudes.length > 4 ? 3 : 2;
  const wordsPerRow = dim / 4;
  const rows = table.values.length / wordsPerRow;
  const value = new Int8Array(rows * dim);
  const map = new Int32Array(1 << (bits * dim)).fill(-1);
  for (let r = 0; r < rows; r++) {
    let index = 0;
    for (let i = 0; i < dim; i++) {
      const byte = (table.values[r * wordsPerRow + (i >> 2)] >>> (8 * (i & 3))) & 0xff;
      const l = magnitudes.indexOf(byte);
      if (l < 0) throw new Error(`kgen: ${table.name} row ${r} holds byte ${byte}, not one of its levels ${magnitudes.join(', ')}`);
      value[r * dim + i] = 2 * l + 1;
      index |= l << (bits * i);
    }
    map[index] = r;
  }
  const lat: Lattice = { name: table.name, dim, bits, rows, value, map, nwant, neighbours: new Map() };
  lattices.set(table.name, lat);
  return lat;
}

const iq2xxsLattice = () => lattice(iq2xxs_grid, 8, [8, 25, 43], 2);
const iq2xsLattice = () => lattice(iq2xs_grid, 8, [8, 25, 43], 2);
const iq2sLattice = () => lattice(iq2s_grid, 8, [8, 25, 43], 1);
const iq3xxsLattice = () => lattice(iq3xxs_grid, 4, [4, 12, 20, 28, 36, 44, 52, 62], 2);
const iq3sLattice = () => lattice(iq3s_grid, 4, [1, 3, 5, 7, 9, 11, 13, 15], 3);

/**
 * The grid rows nearest to point `u` (not itself a row): every row whose squared distance is one of the
 * `nwant` smallest distances, ordered by (distance, row), as ggml's init sorts them. Built on first use.
 */
function neighboursOf(lat: Lattice, u: number): Uint16Array {
  const have = lat.neighbours.get(u);
  if (have) return have;
  const { dim, bits, rows, value } = lat;
  const pos = new Int32Array(dim);
  const mask = (1 << bits) - 1;
  for (let k = 0; k < dim; k++) pos[k] = 2 * ((u >> (bits * k)) & mask) + 1;
  const d2 = new Int32Array(rows);
  const order: number[] = [];
  for (let j = 0; j < rows; j++) {
    let s = 0;
    for (let k = 0; k < dim; k++) {
      const e = value[j * dim + k] - pos[k];
      s += e * e;
    }
    d2[j] = s;
    order.push(j);
  }
  order.sort((a, b) => d2[a] - d2[b] || a - b);
  const out: number[] = [];
  let dist = d2[order[0]];
  let nhave = 1;
  for (const j of order) {
    if (d2[j] > dist) {
      if (nhave === lat.nwant) break;
      dist = d2[j];
      nhave++;
    }
    out.push(j);
  }
  const list = Uint16Array.from(out);
  lat.neighbours.set(u, list);
  return list;
}

/**
 * iq2/iq3_find_best_neighbour: of the neighbours of `u`, the row minimising sum w*(scale*q - x)^2
 * (the first one on ties); writes its levels to L[lo..lo+dim) and returns it.
 */
function bestNeighbour(lat: Lattice, u: number, xval: Float32Array, waux: Float32Array, o: number, scale: number, L: Int8Array, lo: number): number {
  const { dim, value } = lat;
  let best = FLT_MAX;
  let row = -1;
  for (const j of neighboursOf(lat, u)) {
    let d2 = 0;
    for (let i = 0; i < dim; i++) {
      const diff = f(f(scale * value[j * dim + i]) - xval[o + i]);
      d2 = f(d2 + f(f(waux[o + i] * diff) * diff));
    }
    if (d2 < best) {
      best = d2;
      row = j;
    }
  }
  if (row < 0) throw new Error(`kgen: ${lat.name}: no neighbour found for lattice point ${u}`);
  for (let i = 0; i < dim; i++) L[lo + i] = (value[row * dim + i] - 1) >> 1;
  return row;
}

/** The lattice point of levels L[lo..lo+dim). */
function pointIndex(lat: Lattice, L: Int8Array, lo: number): number {
  let u = 0;
  for (let i = 0; i < lat.dim; i++) u |= L[lo + i] << (lat.bits * i);
  return u;
}

/** The grid row of levels L[lo..), which must be one (ggml aborts otherwise). */
function rowOf(lat: Lattice, L: Int8Array, lo: number): number {
  const r = lat.map[pointIndex(lat, L, lo)];
  if (r < 0) throw new Error(`kgen: ${lat.name}: quantized point ${Array.from(L.subarray(lo, lo + lat.dim)).join(' ')} is not on the grid`);
  return r;
}

/** Levels of x * id for one run: l = nearest_int(0.5 * (id * x - 1)), clamped to 0..kMaxQ-1. */
function levels(xval: Float32Array, o: number, n: number, id: number, kMaxQ: number, L: Int8Array, lo: number): void {
  for (let i = 0; i < n; i++) {
    const l = nearestInt(f(0.5 * f(f(id * xval[o + i]) - 1)));
    L[lo + i] = cmax(0, cmin(kMaxQ - 1, l));
  }
}

/** sum w*x*q and sum w*q*q with q = 2l+1, in element order. */
function sums(weight: Float32Array, xval: Float32Array, L: Int8Array, n: number): [number, number] {
  let sumqx = 0;
  let sumq2 = 0;
  for (let i = 0; i < n; i++) {
    const w = weight[i];
    const q = 2 * L[i] + 1;
    sumqx = f(sumqx + f(f(w * xval[i]) * q));
    sumq2 = f(sumq2 + f(f(w * q) * q));
  }
  return [sumqx, sumq2];
}

/**
 * Splits x[xo..xo+n) into magnitudes (xval) and sign bytes, one per 8 elements. With `evenSigns`, an odd
 * count of minus signs is made even by flipping the element of least w*x*x (its xval turns negative), as
 * the 7-bit ksigns index requires; the stored byte is then 7 bits.
 */
function splitSigns(x: Float32Array, xo: number, n: number, weight: Float32Array, xval: Float32Array, signs: Uint8Array, evenSigns: boolean): void {
  for (let k = 0; k < n / 8; k++) {
    let nflip = 0;
    let s = 0;
    for (let i = 0; i < 8; i++) {
      const v = x[xo + 8 * k + i];
      if (v >= 0) xval[8 * k + i] = v;
      else {
        xval[8 * k + i] = -v;
        nflip++;
        s |= 1 << i;
      }
    }
    if (evenSigns && nflip % 2) {
      let imin = 0;
      let min = f(f(weight[8 * k] * x[xo + 8 * k]) * x[xo + 8 * k]);
      for (let i = 1; i < 8; i++) {
        const ax = f(f(weight[8 * k + i] * x[xo + 8 * k + i]) * x[xo + 8 * k + i]);
        if (ax < min) {
          min = ax;
          imin = i;
        }
      }
      xval[8 * k + imin] = -xval[8 * k + imin];
      s ^= 1 << imin;
    }
    signs[k] = evenSigns ? s & 127 : s;
  }
}

/** sum of x^2 over the super-block at xo, and sigma2 = factor * sum / 256. */
function sigma2Of(x: Float32Array, xo: number, factor: number): number {
  let sumx2 = 0;
  for (let i = 0; i < QK_K; i++) sumx2 = f(sumx2 + f(x[xo + i] * x[xo + i]));
  return factor === 1 ? f(sumx2 / QK_K) : f(f(factor * sumx2) / QK_K);
}

/** make_qp_quants(n, nmax, x, L, w): a scale for non-negative x with levels 0..nmax (L bytes as uint8_t). */
function makeQpQuants(n: number, nmax: number, x: Float32Array, L: Uint8Array, w: Float32Array): number {
  let max = 0;
  for (let i = 0; i < n; i++) max = cmax(max, x[i]);
  if (max < GROUP_MAX_EPS) {
    L.fill(0, 0, n);
    return 0;
  }
  let iscale = f(nmax / max);
  for (let i = 0; i < n; i++) L[i] = nearestInt(f(iscale * x[i]));
  const scale = f(1 / iscale);
  let bestMse = 0;
  for (let i = 0; i < n; i++) {
    const diff = f(x[i] - f(scale * L[i]));
    bestMse = f(bestMse + f(f(w[i] * diff) * diff));
  }
  for (let is = -4; is <= 4; is++) {
    if (is === 0) continue;
    const iscaleIs = f(f(f(F01 * is) + nmax) / max);
    const scaleIs = f(1 / iscaleIs);
    let mse = 0;
    for (let i = 0; i < n; i++) {
      const l = cmin(nmax, nearestInt(f(iscaleIs * x[i])));
      const diff = f(x[i] - f(scaleIs * l));
      mse = f(mse + f(f(w[i] * diff) * diff));
    }
    if (mse < bestMse) {
      bestMse = mse;
      iscale = iscaleIs;
    }
  }
  let sumlx = 0;
  let suml2 = 0;
  for (let i = 0; i < n; i++) {
    const l = cmin(nmax, nearestInt(f(iscale * x[i])));
    L[i] = l;
    sumlx = f(sumlx + f(f(w[i] * x[i]) * l));
    suml2 = f(suml2 + f(f(w[i] * l) * l));
  }
  for (let itry = 0; itry < 5; itry++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const wi = w[i];
      let slx = f(sumlx - f(f(wi * x[i]) * L[i]));
      let sl2 = f(suml2 - f(f(wi * L[i]) * L[i]));
      if (slx > 0 && sl2 > 0) {
        const newL = cmin(nmax, nearestInt(f(f(x[i] * sl2) / slx)));
        if (newL !== L[i]) {
          slx = f(slx + f(f(wi * x[i]) * newL));
          sl2 = f(sl2 + f(f(wi * newL) * newL));
          if (f(f(slx * slx) * suml2) > f(f(sumlx * sumlx) * sl2)) {
            L[i] = newL;
            sumlx = slx;
            suml2 = sl2;
            changed++;
          }
        }
      }
    }
    if (!changed) break;
  }
  return suml2 > 0 ? f(sumlx / suml2) : 0;
}

/** The 4-bit code of a group scale against d: nearest_int(0.5 * (scale / d - 1)) in 0..15. */
function scaleCode(id: number, scale: number): number {
  return cmax(0, cmin(15, nearestInt(f(0.5 * f(f(id * scale) - 1)))));
}

function putF16(y: Uint8Array, o: number, v: number): void {
  putU16(y, o, f32ToF16(v));
}

// ------------------------------------------------------------------------------------------------
// Row handling shared by all five.

interface Rows {
  nb: number;
  y: Uint8Array;
  /** Offset of super-block b's importance values, or -1 without an importance matrix. */
  qwOffset(b: number): number;
}

function rows(fmt: string, blockBytes: number, x: Float32Array, out: Uint8Array | undefined, opts: QuantizeOptions | undefined, required: boolean): Rows {
  const qw = opts?.importance;
  if (!qw && required) {
    throw new Error(
      `kgen: ggml has no reference quantizer for ${fmt} without an importance matrix (ggml_quantize_requires_imatrix); ` +
        `pass { importance }: one float per column of a row (ggml's golden vectors use all ones)`,
    );
  }
  if (x.length % QK_K !== 0) throw new Error(`quantize_${fmt}: input length ${x.length} is not a multiple of the ${fmt} block size ${QK_K}`);
  if (qw) {
    if (qw.length === 0 || qw.length % QK_K !== 0) throw new Error(`quantize_${fmt}: importance has ${qw.length} values; it needs one per column, a multiple of ${QK_K}`);
    if (x.length % qw.length !== 0) throw new Error(`quantize_${fmt}: input length ${x.length} is not a whole number of rows of ${qw.length} (the importance length)`);
  }
  const nb = x.length / QK_K;
  const y = outputBuffer(fmt, nb * blockBytes, out);
  y.fill(0);
  const perRow = qw ? qw.length / QK_K : 1;
  return { nb, y, qwOffset: (b) => (qw ? (b % perRow) * QK_K : -1) };
}

/** weight[i] = qw[i] * sqrt(sigma2 + x^2), or the fallback without an importance matrix. */
function weights(x: Float32Array, xo: number, n: number, qw: Float32Array | undefined, qo: number, sigma2: number, weight: Float32Array, waux: Float32Array, noImportance: (v: number) => number): void {
  for (let i = 0; i < n; i++) {
    const v = x[xo + i];
    weight[i] = qw ? f(qw[qo + i] * f(Math.sqrt(f(sigma2 + f(v * v))))) : noImportance(v);
  }
  for (let i = 0; i < n; i++) waux[i] = f(Math.sqrt(weight[i]));
}

// ------------------------------------------------------------------------------------------------
// iq2_xxs: groups of 32, scales from make_qp_quants then 13 trials.

/** ggml's quantize_iq2_xxs (quantize_row_iq2_xxs_impl); needs an importance matrix, as ggml does. */
export function quantize_iq2_xxs(x: Float32Array, out?: Uint8Array, opts?: QuantizeOptions): Uint8Array {
  const lat = iq2xxsLattice();
  const { nb, y, qwOffset } = rows('iq2_xxs', 66, x, out, opts, true);
  const qw = opts!.importance!;
  const kMaxQ = 3;
  const scales = new Float32Array(8);
  const weight = new Float32Array(32);
  const xval = new Float32Array(32);
  const lbuf = new ArrayBuffer(32);
  const L = new Int8Array(lbuf);
  const Lu = new Uint8Array(lbuf); // make_qp_quants writes L as uint8_t
  const Laux = new Int8Array(32);
  const waux = new Float32Array(32);
  const signs = new Uint8Array(4);
  const q2 = new Uint32Array(16);
  for (let ibl = 0; ibl < nb; ibl++) {
    const xo = ibl * QK_K;
    q2.fill(0);
    let maxScale = 0;
    const sigma2 = sigma2Of(x, xo, 1);
    for (let ib = 0; ib < 8; ib++) {
      const xb = xo + 32 * ib;
      weights(x, xb, 32, qw, qwOffset(ibl) + 32 * ib, sigma2, weight, waux, () => 0);
      splitSigns(x, xb, 32, weight, xval, signs, true);
      let max = xval[0];
      for (let i = 1; i < 32; i++) max = cmax(max, xval[i]);
      if (max < GROUP_MAX_EPS) {
        scales[ib] = 0;
        L.fill(0);
        continue;
      }
      let scale = makeQpQuants(32, kMaxQ + 1, xval, Lu, weight);
      const effMax = f(scale * kMaxQ);
      if (effMax <= 0) {
        scales[ib] = 0;
        L.fill(0);
        continue;
      }
      let best = 0;
      for (let is = -6; is <= 6; is++) {
        const id = f(f(2 * kMaxQ - 1 + f(is * F01)) / effMax);
        const thisScale = f(1 / id);
        for (let k = 0; k < 4; k++) {
          levels(xval, 8 * k, 8, id, kMaxQ, Laux, 8 * k);
          const u = pointIndex(lat, Laux, 8 * k);
          if (lat.map[u] < 0) bestNeighbour(lat, u, xval, waux, 8 * k, thisScale, Laux, 8 * k);
        }
        const [sumqx, sumq2] = sums(weight, xval, Laux, 32);
        if (sumq2 > 0 && f(sumqx * sumqx) > f(best * sumq2)) {
          scale = f(sumqx / sumq2);
          best = f(scale * sumqx);
          L.set(Laux);
        }
      }
      if (scale > 0) {
        const id = f(1 / scale);
        for (let k = 0; k < 4; k++) {
          levels(xval, 8 * k, 8, id, kMaxQ, L, 8 * k);
          const u = pointIndex(lat, L, 8 * k);
          const row = lat.map[u] >= 0 ? lat.map[u] : bestNeighbour(lat, u, xval, waux, 8 * k, scale, L, 8 * k);
          for (let i = 0; i < 8; i++) L[8 * k + i] = (lat.value[row * 8 + i] - 1) >> 1;
        }
        const [sumqx, sumq2] = sums(weight, xval, L, 32);
        if (sumq2 > 0) scale = f(sumqx / sumq2);
      }
      if (scale < 0) {
        scale = -scale;
        for (let k = 0; k < 4; k++) signs[k] = ~signs[k] & 127;
      }
      for (let k = 0; k < 4; k++) {
        q2[2 * ib] |= rowOf(lat, L, 8 * k) << (8 * k);
        q2[2 * ib + 1] |= signs[k] << (7 * k);
      }
      scales[ib] = scale;
      maxScale = cmax(maxScale, scale);
    }
    const o = ibl * 66;
    if (!maxScale) continue; // d = 0 and qs = 0 (y is zeroed)
    const d = f(maxScale / 31);
    putF16(y, o, d);
    const id = f(1 / d);
    for (let ib = 0; ib < 8; ib++) q2[2 * ib + 1] |= scaleCode(id, scales[ib]) << 28;
    for (let j = 0; j < 16; j++) putU32(y, o + 2 + 4 * j, q2[j]);
  }
  return y;
}

// ------------------------------------------------------------------------------------------------
// iq2_xs and iq2_s: groups of 16 (two runs of 8), 19 trial scales around max/5.

interface Iq2x16 {
  lat: Lattice;
  eps: number;
  /** Keep an even count of minus signs (iq2_xs: 7-bit ksigns index) or store sign bytes (iq2_s). */
  evenSigns: boolean;
  /** sigma2 = factor * sum x^2 / 256. */
  sigmaFactor: number;
  /** Weight without an importance matrix (given x and sigma2). */
  plainWeight?: (v: number, sigma2: number) => number;
  /** Scale of the stored d relative to max_scale / 31. */
  dFactor: number;
  /** With every group scale 0, clear the quants already stored (iq2_xs does; iq2_s keeps them). */
  clearIfNoScale: boolean;
  /** Stores run k of group ib: grid row and sign byte. */
  store(y: Uint8Array, o: number, ib: number, k: number, row: number, sign: number): void;
  /** Stores the 4-bit scale code of group ib. */
  storeScale(y: Uint8Array, o: number, ib: number, code: number): void;
}

function quantizeIq2x16(fmt: string, blockBytes: number, p: Iq2x16, x: Float32Array, out: Uint8Array | undefined, opts: QuantizeOptions | undefined): Uint8Array {
  const { lat } = p;
  const { nb, y, qwOffset } = rows(fmt, blockBytes, x, out, opts, !p.plainWeight);
  const qw = opts?.importance;
  const kMaxQ = 3;
  const scales = new Float32Array(16);
  const weight = new Float32Array(16);
  const xval = new Float32Array(16);
  const L = new Int8Array(16);
  const Laux = new Int8Array(16);
  const waux = new Float32Array(16);
  const onGrid = [true, true];
  const onGridAux = [true, true];
  const signs = new Uint8Array(2);
  for (let ibl = 0; ibl < nb; ibl++) {
    const xo = ibl * QK_K;
    const o = ibl * blockBytes;
    let maxScale = 0;
    const sigma2 = sigma2Of(x, xo, p.sigmaFactor);
    for (let ib = 0; ib < 16; ib++) {
      const xb = xo + 16 * ib;
      weights(x, xb, 16, qw, qwOffset(ibl) + 16 * ib, sigma2, weight, waux, (v) => p.plainWeight!(v, sigma2));
      splitSigns(x, xb, 16, weight, xval, signs, p.evenSigns);
      let max = xval[0];
      for (let i = 1; i < 16; i++) max = cmax(max, xval[i]);
      L.fill(0);
      if (max < p.eps) {
        scales[ib] = 0;
        continue;
      }
      let best = 0;
      let scale = f(max / (2 * kMaxQ - 1));
      onGrid[0] = onGrid[1] = true;
      for (let is = -9; is <= 9; is++) {
        const id = f(f(2 * kMaxQ - 1 + f(is * F01)) / max);
        const thisScale = f(1 / id);
        for (let k = 0; k < 2; k++) {
          levels(xval, 8 * k, 8, id, kMaxQ, Laux, 8 * k);
          const u = pointIndex(lat, Laux, 8 * k);
          onGridAux[k] = lat.map[u] >= 0;
          if (!onGridAux[k]) bestNeighbour(lat, u, xval, waux, 8 * k, thisScale, Laux, 8 * k);
        }
        const [sumqx, sumq2] = sums(weight, xval, Laux, 16);
        if (sumq2 > 0 && f(sumqx * sumqx) > f(best * sumq2)) {
          scale = f(sumqx / sumq2);
          best = f(scale * sumqx);
          L.set(Laux);
          onGrid[0] = onGridAux[0];
          onGrid[1] = onGridAux[1];
        }
      }
      if ((!onGrid[0] || !onGrid[1]) && scale > 0) {
        const id = f(1 / scale);
        for (let k = 0; k < 2; k++) {
          if (onGrid[k]) continue;
          levels(xval, 8 * k, 8, id, kMaxQ, L, 8 * k);
          const u = pointIndex(lat, L, 8 * k);
          if (lat.map[u] < 0) bestNeighbour(lat, u, xval, waux, 8 * k, scale, L, 8 * k);
        }
        const [sumqx, sumq2] = sums(weight, xval, L, 16);
        if (sumq2 > 0) scale = f(sumqx / sumq2);
      }
      if (scale < 0) {
        scale = -scale;
        for (let k = 0; k < 2; k++) signs[k] = ~signs[k] & (p.evenSigns ? 127 : 255);
      }
      for (let k = 0; k < 2; k++) p.store(y, o, ib, k, rowOf(lat, L, 8 * k), signs[k]);
      scales[ib] = scale;
      maxScale = cmax(maxScale, scale);
    }
    if (!maxScale) {
      if (p.clearIfNoScale) y.fill(0, o, o + blockBytes);
      continue;
    }
    const d = f(maxScale / 31);
    putF16(y, o, p.dFactor === 1 ? d : f(d * p.dFactor));
    const id = f(1 / d);
    for (let ib = 0; ib < 16; ib++) p.storeScale(y, o, ib, scaleCode(id, scales[ib]));
  }
  return y;
}

const nibbleStore = (scalesAt: number) => (y: Uint8Array, o: number, ib: number, code: number) => {
  y[o + scalesAt + (ib >> 1)] |= code << (4 * (ib & 1));
};

/** ggml's quantize_iq2_xs (quantize_row_iq2_xs_impl); needs an importance matrix, as ggml does. */
export function quantize_iq2_xs(x: Float32Array, out?: Uint8Array, opts?: QuantizeOptions): Uint8Array {
  return quantizeIq2x16('iq2_xs', 74, {
    lat: iq2xsLattice(), eps: GROUP_MAX_EPS, evenSigns: true, sigmaFactor: 1, dFactor: 1, clearIfNoScale: true,
    store: (y, o, ib, k, row, sign) => putU16(y, o + 2 + 2 * (2 * ib + k), row | (sign << 9)),
    storeScale: nibbleStore(66),
  }, x, out, opts);
}

/** ggml's quantize_iq2_s (without importance: quantize_row_iq2_s_ref); weights 0.25*sigma2 + x^2. */
export function quantize_iq2_s(x: Float32Array, out?: Uint8Array, opts?: QuantizeOptions): Uint8Array {
  return quantizeIq2x16('iq2_s', 82, {
    lat: iq2sLattice(), eps: GROUP_MAX_EPS_IQ2_S, evenSigns: false, sigmaFactor: 2, dFactor: f(0.9875), clearIfNoScale: false,
    plainWeight: (v, sigma2) => f(f(0.25 * sigma2) + f(v * v)),
    store: (y, o, ib, k, row, sign) => {
      const i8 = 2 * ib + k;
      y[o + 2 + i8] = row & 255;
      y[o + 66 + (i8 >> 2)] |= (row >> 8) << (2 * (i8 & 3));
      y[o + 2 + 32 + i8] = sign;
    },
    storeScale: nibbleStore(74),
  }, x, out, opts);
}

// ------------------------------------------------------------------------------------------------
// iq3_xxs and iq3_s: groups of 32 (eight runs of 4), levels 0..7.

interface Iq3 {
  lat: Lattice;
  blockBytes: number;
  /** iq3_xxs: 31 trials of 0.2 steps, even sign counts, eps 1e-8; iq3_s: 19 trials, sign bytes, max != 0. */
  xxs: boolean;
  dFactor: number;
}

function quantizeIq3(fmt: string, p: Iq3, x: Float32Array, out: Uint8Array | undefined, opts: QuantizeOptions | undefined): Uint8Array {
  const { lat, blockBytes, xxs } = p;
  const { nb, y, qwOffset } = rows(fmt, blockBytes, x, out, opts, false);
  const qw = opts?.importance;
  const kMaxQ = 8;
  const scales = new Float32Array(8);
  const weight = new Float32Array(32);
  const xval = new Float32Array(32);
  const L = new Int8Array(32);
  const Laux = new Int8Array(32);
  const waux = new Float32Array(32);
  const onGrid = new Array<boolean>(8);
  const onGridAux = new Array<boolean>(8);
  const signs = new Uint8Array(4);
  const nTrial = xxs ? 15 : 9;
  for (let ibl = 0; ibl < nb; ibl++) {
    const xo = ibl * QK_K;
    const o = ibl * blockBytes;
    let maxScale = 0;
    const sigma2 = sigma2Of(x, xo, 2);
    // iq3_s writes grid bytes and signs through cursors that a skipped (all-zero) group does not advance,
    // so the groups after it land one slot early, as in ggml; qh is indexed by the group itself.
    let slot = 0;
    for (let ib = 0; ib < 8; ib++) {
      const xb = xo + 32 * ib;
      weights(x, xb, 32, qw, qwOffset(ibl) + 32 * ib, sigma2, weight, waux, (v) => f(v * v));
      splitSigns(x, xb, 32, weight, xval, signs, xxs);
      let max = xval[0];
      for (let i = 1; i < 32; i++) max = cmax(max, xval[i]);
      L.fill(0);
      if (xxs ? max < GROUP_MAX_EPS_IQ3_XXS : !max) {
        scales[ib] = 0;
        continue;
      }
      let best = 0;
      let scale = f(max / (2 * kMaxQ - 1));
      onGrid.fill(!xxs ? false : true);
      for (let is = -nTrial; is <= nTrial; is++) {
        const id = f(f(2 * kMaxQ - 1 + f(is * F02)) / max);
        const thisScale = f(1 / id);
        for (let k = 0; k < 8; k++) {
          levels(xval, 4 * k, 4, id, kMaxQ, Laux, 4 * k);
          const u = pointIndex(lat, Laux, 4 * k);
          onGridAux[k] = lat.map[u] >= 0;
          if (!onGridAux[k]) bestNeighbour(lat, u, xval, waux, 4 * k, thisScale, Laux, 4 * k);
        }
        const [sumqx, sumq2] = sums(weight, xval, Laux, 32);
        if (sumq2 > 0 && f(sumqx * sumqx) > f(best * sumq2)) {
          scale = f(sumqx / sumq2);
          best = f(scale * sumqx);
          L.set(Laux);
          for (let k = 0; k < 8; k++) onGrid[k] = onGridAux[k];
        }
      }
      if (onGrid.some((g) => !g) && scale > 0) {
        const id = f(1 / scale);
        for (let k = 0; k < 8; k++) {
          if (xxs && onGrid[k]) continue; // iq3_s redoes every run
          levels(xval, 4 * k, 4, id, kMaxQ, L, 4 * k);
          const u = pointIndex(lat, L, 4 * k);
          const row = lat.map[u] >= 0 ? lat.map[u] : bestNeighbour(lat, u, xval, waux, 4 * k, scale, L, 4 * k);
          for (let i = 0; i < 4; i++) L[4 * k + i] = (lat.value[row * 4 + i] - 1) >> 1;
        }
        const [sumqx, sumq2] = sums(weight, xval, L, 32);
        if (sumq2 > 0) scale = f(sumqx / sumq2);
      }
      if (scale < 0) {
        scale = -scale;
        for (let k = 0; k < 4; k++) signs[k] = xxs ? ~signs[k] & 127 : ~signs[k] & 255;
      }
      const at = xxs ? ib : slot++;
      for (let k = 0; k < 8; k++) {
        const row = rowOf(lat, L, 4 * k);
        y[o + 2 + 8 * at + k] = row & 255;
        if (!xxs) y[o + 66 + ib] |= (row >> 8) << k;
      }
      if (xxs) putU32(y, o + 2 + 64 + 4 * ib, signs[0] | (signs[1] << 7) | (signs[2] << 14) | (signs[3] << 21));
      else for (let k = 0; k < 4; k++) y[o + 74 + 4 * at + k] = signs[k];
      scales[ib] = scale;
      maxScale = cmax(maxScale, scale);
    }
    if (!maxScale) {
      if (xxs) y.fill(0, o, o + blockBytes); // iq3_xxs clears its quants, iq3_s keeps them
      continue;
    }
    const d = f(maxScale / 31);
    putF16(y, o, f(d * p.dFactor));
    const id = f(1 / d);
    if (xxs) {
      for (let ib = 0; ib < 8; ib++) y[o + 2 + 64 + 4 * ib + 3] |= scaleCode(id, scales[ib]) << 4;
    } else {
      for (let ib = 0; ib < 8; ib += 2) y[o + 106 + (ib >> 1)] = scaleCode(id, scales[ib]) | (scaleCode(id, scales[ib + 1]) << 4);
    }
  }
  return y;
}

/** ggml's quantize_iq3_xxs (without importance: quantize_row_iq3_xxs_ref); weights x^2. */
export function quantize_iq3_xxs(x: Float32Array, out?: Uint8Array, opts?: QuantizeOptions): Uint8Array {
  return quantizeIq3('iq3_xxs', { lat: iq3xxsLattice(), blockBytes: 98, xxs: true, dFactor: f(1.0125) }, x, out, opts);
}

/** ggml's quantize_iq3_s (without importance: quantize_row_iq3_s_ref); weights x^2. */
export function quantize_iq3_s(x: Float32Array, out?: Uint8Array, opts?: QuantizeOptions): Uint8Array {
  return quantizeIq3('iq3_s', { lat: iq3sLattice(), blockBytes: 110, xxs: false, dFactor: f(1.033) }, x, out, opts);
}
