// Seeded property tests of the CPU reference (targets/js, emitted from the DSL's IR) on RANDOM BLOCK BYTES,
// not quantizer output, so that every bit pattern a file may hold is exercised: f16 scale fields (d, dmin,
// m) and mxfp4's E8M0 byte are forced to edge values (±0, subnormals, ±max, ±Inf, NaNs) with good
// probability, and quant bytes to 0x00 / 0xff / nibble patterns.
//
//  (a) dequantize == the independent decoder (test/support/decoders.ts), bit for bit (Object.is: NaN equals
//      NaN, -0 differs from +0), with exactly two documented exceptions, both in q4_0/q5_0 only (see
//      ZERO_POINT_FORMATS below).
//  (b) mmvq (float32 integer-dot path) vs mmvqF64 (float64 over dequantized weights), with a precise rule
//      for every non-finite case (see classify() and the comment above it).
//  (c) shapes: K not a multiple of 256 for the 32-element formats, rows 1 and 37, ncols 1..4, against an
//      independent float64 product of the independent decoders.
//  (d) API errors name the problem.
import test, { type ExecutionContext } from 'ava';
import fc from 'fast-check';
import { dequantize, formats, mmvqReference, quantize, quantizeQ8_1 } from '../../../index.js';
import { cpuFormats } from '../../../generated/cpu/index.js';
import { quantize_q8_1 } from '../../../dsl/quantizers/activations.js';
import { dequantize as dequantizeCpu, dequantizeQ8_1, mmvq, mmvqF64, type CpuFormat } from '../../../targets/js/reference.js';
import { decodeQ4_0, decodeQ5_0, decodeQ8_1, decoders, halfToF32, type DecoderFormat } from '../../support/decoders.js';

// ---------------------------------------------------------------- formats and their scale fields

/** Byte offsets of the f16 scale fields (d, m, dmin) per format, from ggml's structs (shared/golden/README.md). */
const F16_SCALES: Record<string, number[]> = {
  q4_0: [0], q4_1: [0, 2], q5_0: [0], q5_1: [0, 2], q8_0: [0], iq4_nl: [0], iq4_xs: [0],
  q2_k: [80, 82], q3_k: [108], q4_k: [0, 2], q5_k: [0, 2], q6_k: [208], mxfp4: [],
  iq2_xxs: [0], iq2_xs: [0], iq2_s: [0], iq3_xxs: [0], iq3_s: [0],
  nvfp4: [], q1_0: [0], q2_0: [0],
};
/** mxfp4's E8M0 exponent byte. */
const E8M0_AT: Record<string, number | undefined> = { mxfp4: 0 };

const NAMES = Object.keys(F16_SCALES);
const SEED = 0x6b67656e; // 'kgen'
const seedOf = (name: string, salt: number) => SEED + 97 * NAMES.indexOf(name) + salt;

const cpuOf = (name: string): CpuFormat => {
  const f = cpuFormats[name];
  if (!f) throw new Error(`no CPU format ${name}`);
  return f;
};

test('every built-in format has a scale-field entry and an independent decoder', (t) => {
  t.deepEqual(Object.keys(formats).sort(), [...NAMES].sort());
  for (const n of NAMES) {
    t.truthy(decoders[n as DecoderFormat], n);
    t.is(decoders[n as DecoderFormat].blockBytes, cpuOf(n).blockBytes, n);
    t.is(decoders[n as DecoderFormat].blockElems, cpuOf(n).blockElems, n);
  }
});

// ---------------------------------------------------------------- random blocks with forced edge values

const EDGE_F16 = [
  0x0000, 0x8000, // +0, -0
  0x0001, 0x03ff, 0x8001, 0x83ff, // smallest / largest subnormal, both signs
  0x0400, 0x3c00, 0xbc00, // smallest normal, ±1
  0x7bff, 0xfbff, // ±max (65504)
  0x7c00, 0xfc00, // ±Inf
  0x7e00, 0x7c01, 0xfe00, // NaNs (quiet, signalling payload, negative)
];
const isNonFiniteHalf = (h: number) => (h & 0x7c00) === 0x7c00;
const EDGE_E8M0 = [0, 1, 2, 126, 127, 128, 129, 200, 251, 252, 253, 254, 255];
const SPECIAL_BYTES = [0x00, 0xff, 0x0f, 0xf0, 0x88, 0x80, 0x7f, 0x01];

type Pattern = 'random' | 'zeros' | 'ones' | 'specials';
const patternArb = fc.constantFrom<Pattern>('random', 'random', 'zeros', 'ones', 'specials');

/** f16 bits: an edge value 60% of the time, else any 16 bits. With `finite`, Inf/NaN become finite (exponent 15). */
const f16Arb = (finite: boolean) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...EDGE_F16) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }) })
    .map((h) => (finite && isNonFiniteHalf(h) ? h & ~0x4000 : h));
const e8m0Arb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...EDGE_E8M0) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 255 }) });

/** `nBlocks` blocks of `name`: quant bytes by pattern, scale fields forced as above. */
function blocksArb(name: string, nBlocks: number, finite: boolean) {
  const { blockBytes } = cpuOf(name);
  const nScales = F16_SCALES[name].length;
  return fc.tuple(
    fc.uint8Array({ minLength: nBlocks * blockBytes, maxLength: nBlocks * blockBytes }),
    fc.array(patternArb, { minLength: nBlocks, maxLength: nBlocks }),
    fc.array(f16Arb(finite), { minLength: nBlocks * nScales, maxLength: nBlocks * nScales }),
    fc.array(e8m0Arb, { minLength: nBlocks, maxLength: nBlocks }),
  ).map(([bytes, patterns, halves, exps]) => {
    const W = Uint8Array.from(bytes);
    for (let b = 0; b < nBlocks; b++) {
      const o = b * blockBytes;
      for (let i = 0; i < blockBytes; i++) {
        const p = patterns[b];
        if (p === 'zeros') W[o + i] = 0;
        else if (p === 'ones') W[o + i] = 0xff;
        else if (p === 'specials') W[o + i] = SPECIAL_BYTES[W[o + i] & 7];
      }
      F16_SCALES[name].forEach((at, j) => {
        const h = halves[b * nScales + j];
        W[o + at] = h & 0xff;
        W[o + at + 1] = h >> 8;
      });
      const e = E8M0_AT[name];
      if (e !== undefined) W[o + e] = exps[b];
    }
    return W;
  });
}

// ---------------------------------------------------------------- (a) dequantize vs the independent decoders

/**
 * Every format must match ggml's to_float bit for bit, including -0, Inf and NaN. (q4_0 and q5_0 subtract
 * their zero point in the int8 lanes, as ggml does, so even an Inf scale gives ggml's ±Inf.)
 */
const ZERO_POINT_FORMATS = new Set<string>();

interface DeqCounts { compared: number; nan: number; inf: number; negZero: number; zeroSign: number; infAsNaN: number }

for (const name of NAMES) {
  test(`(a) ${name}: dequantize equals the independent ggml decoder bit for bit on random blocks with edge scales`, (t) => {
    const cpu = cpuOf(name);
    const dec = decoders[name as DecoderFormat].decode;
    const c: DeqCounts = { compared: 0, nan: 0, inf: 0, negZero: 0, zeroSign: 0, infAsNaN: 0 };
    const arb = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
      .chain(([rows, bpr]) => blocksArb(name, rows * bpr, false).map((W) => ({ rows, K: bpr * cpu.blockElems, W })));
    fc.assert(
      fc.property(arb, ({ rows, K, W }) => {
        const ours = dequantize(name, W, rows, K);
        const ggml = dec(W, rows * K);
        if (ours.length !== ggml.length) throw new Error(`length ${ours.length} vs ${ggml.length}`);
        for (let i = 0; i < ours.length; i++) {
          const a = ours[i], b = ggml[i];
          c.compared++;
          if (Object.is(a, b)) {
            if (Number.isNaN(a)) c.nan++;
            else if (!Number.isFinite(a)) c.inf++;
            else if (Object.is(a, -0)) c.negZero++;
            continue;
          }
          const blockAt = Math.floor(i / cpu.blockElems) * cpu.blockBytes;
          const d = halfToF32(W[blockAt] | (W[blockAt + 1] << 8));
          if (ZERO_POINT_FORMATS.has(name) && Object.is(a, 0) && Object.is(b, -0)) { c.zeroSign++; continue; }
          if (ZERO_POINT_FORMATS.has(name) && Number.isNaN(a) && !Number.isFinite(b) && !Number.isFinite(d) && !Number.isNaN(d)) { c.infAsNaN++; continue; }
          const hex = Buffer.from(W.subarray(blockAt, blockAt + cpu.blockBytes)).toString('hex');
          throw new Error(`element ${i}: kgen ${Object.is(a, -0) ? '-0' : a} vs ggml ${Object.is(b, -0) ? '-0' : b}; block ${hex}`);
        }
        return true;
      }),
      { seed: seedOf(name, 1), numRuns: 200 },
    );
    t.log(`${name}: ${c.compared} elements; exact NaN ${c.nan}, ±Inf ${c.inf}, -0 ${c.negZero}; admitted: +0 for -0 ${c.zeroSign}, NaN for ±Inf ${c.infAsNaN}`);
    // The edge values were really exercised (else this test could not fail on them).
    if (name === 'mxfp4') {
      t.true(c.inf > 0, 'mxfp4: E8M0 254/255 times |E2M1| >= 2 overflows float32 to ±Inf in both');
    } else if (name === 'nvfp4') {
      t.is(c.nan + c.inf, 0, 'nvfp4: UE4M3 scales are finite (0x7f, the E4M3 NaN code, decodes to 0)');
    } else {
      t.true(c.nan > 0, 'NaN scales were exercised');
      t.true(ZERO_POINT_FORMATS.has(name) ? c.infAsNaN > 0 : c.inf > 0, 'Inf scales were exercised');
      t.true(ZERO_POINT_FORMATS.has(name) ? c.zeroSign > 0 : c.negZero > 0, 'signed zeros were exercised');
    }
    if (!ZERO_POINT_FORMATS.has(name)) t.is(c.zeroSign + c.infAsNaN, 0);
  });
}

// An Inf scale gives ggml's ±Inf (the zero point is subtracted in the lanes, not through a min).
for (const [name, decode, bytes] of [['q4_0', decodeQ4_0, 18], ['q5_0', decodeQ5_0, 22]] as const) {
  test(`${name} dequantize of a block with d = +Inf gives ggml's ±Inf, not NaN`, (t) => {
    const W = new Uint8Array(bytes).fill(0x0f); // nibbles: low 15, high 0 (q5_0: and some high bits)
    W[0] = 0x00; W[1] = 0x7c; // d = +Inf
    const ours = dequantize(name, W, 1, 32);
    const ggml = decode(W, 32);
    t.true(ggml.some((v) => v === Infinity) && ggml.some((v) => v === -Infinity), 'ggml gives ±Inf here');
    const bad = Array.from(ours).findIndex((v, i) => !Object.is(v, ggml[i]));
    t.is(bad, -1, `element ${bad}: kgen ${ours[bad]} vs ggml ${ggml[bad]}`);
  });
}

// ---------------------------------------------------------------- (b) mmvq (f32 integer dot) vs mmvqF64

/** Activations: per 32-element chunk a kind, so that zero q8_1 blocks (d = 0), tiny and huge d occur. */
const CHUNK_SCALES = [0, 0, 1e-6, 1e-3, 1, 100, 1e4, 8e6]; // 0: an all-zero chunk; 8e6/127 is near f16 max
function activationsArb(n: number) {
  return fc.tuple(
    fc.array(fc.constantFrom(...CHUNK_SCALES.keys()), { minLength: n / 32, maxLength: n / 32 }),
    fc.float32Array({ minLength: n, maxLength: n, min: -1, max: 1, noNaN: true, noDefaultInfinity: true }),
  ).map(([kinds, v]) => Float32Array.from(v, (x, i) => Math.fround(x * CHUNK_SCALES[kinds[i >> 5]])));
}

const FLT_HALF_MAX = 2 ** 127; // below this no float32 operation on these values can round to Inf

type Regime = 'nanField' | 'infField' | 'finite' | 'finiteF32Overflow' | 'weightOverflow';

/**
 * The two computations, for one (row, column), with S_g, M_g the group's float32 scale and min:
 *   mmvq:    y32 = sum over q8_1 blocks of f32(d_x * sum over groups of (f32(S_g*dot_g) + f32(M_g*sum_g)))
 *            with dot_g = sum q_k x_k and sum_g = sum x_k exact integers;
 *   mmvqF64: y64 = sum over k of w_k * (d_x * x_k) in float64, w_k = f32(f32(S_g*q_k) + M_g) (dequantize).
 * The integer path never forms a per-element weight, so it differs from the f64 path on non-finite values:
 *   nanField  some S_g or M_g is NaN (NaN d/dmin/m field, or Inf*0: an Inf d with a 0 sub-scale):
 *             both NaN (NaN times anything, including dot = 0, is NaN).
 *   infField  no NaN, some S_g or M_g is ±Inf: both are non-finite. Where both are infinite they are equal.
 *             y32 NaN implies y64 NaN. But y64 may be NaN while y32 is ±Inf: the f64 path forms Inf*0 for a
 *             weight with q_k = 0 (w_k = NaN) or for x_k = 0, and Inf - Inf when products of mixed sign
 *             meet, while the integer path multiplies S_g by the exact net dot_g once (dot_g = 0 gives NaN).
 *   weightOverflow  S_g, M_g finite, but some dequantized f32 weight overflows to ±Inf (mxfp4 with
 *             E8M0 >= 252 and |E2M1| large): y64 is non-finite; y32 is whatever the integer path gives:
 *             when none of its intermediates can overflow it is finite and equals the f64 evaluation of
 *             the integer formula (shadow) within the tolerance (e.g. dot = 0 gives 0, not NaN).
 *   finiteF32Overflow  all finite, but an intermediate of the integer path can exceed float32's range
 *             (|S_g*dot_g| etc. >= 2^127, again only mxfp4): y64 finite; y32 may be ±Inf/NaN, and if it is
 *             finite it must be within the tolerance.
 *   finite    everything else: both finite, |y32 - y64| <= 1e-5 * (sum|w x| + sum d_x (|S dot| + |M sum|)).
 *             The second term is needed because the integer path rounds S*dot and M*sum separately before
 *             they cancel (q4_0: d*dot - 8d*sum; q4_1 with m ~ -d*q), so its error scales with those
 *             magnitudes, which can exceed sum|w x| (= 0 for a q4_0 block of 8s, where y32 may be a few ulps
 *             of 8d*|sum x| while y64 = 0).
 */
function classify(cpu: CpuFormat, W: Uint8Array, X: Uint8Array, r: number, c: number, K: number) {
  const rb = (K / cpu.blockElems) * cpu.blockBytes;
  const xb = (K / 32) * 36;
  const wpg = cpu.groupElems / 4;
  const q = new Uint32Array(wpg);
  const lane = (word: number, l: number) => (word << (24 - 8 * l)) >> 24;
  let nanField = false, infField = false, maxMag = 0, shadow = 0, normInt = 0;
  let chunkMag = 0, chunkVal = 0;
  const groups = K / cpu.groupElems;
  for (let G = 0; G < groups; G++) {
    const base = r * rb + Math.floor(G / cpu.groupsPerBlock) * cpu.blockBytes;
    const g = G % cpu.groupsPerBlock;
    const S = cpu.groupScale(W, base, g);
    const M = cpu.groupMin ? cpu.groupMin(W, base, g) : 0;
    if (Number.isNaN(S) || Number.isNaN(M)) nanField = true;
    else if (!Number.isFinite(S) || !Number.isFinite(M)) infField = true;
    cpu.groupQuants(W, base, g, q);
    const e0 = G * cpu.groupElems;
    const xo = c * xb + (e0 >> 5) * 36;
    let dot = 0, sum = 0;
    for (let k = 0; k < cpu.groupElems; k++) {
      const x = (X[xo + 4 + (e0 & 31) + k] << 24) >> 24;
      dot += lane(q[k >> 2], k & 3) * x;
      sum += x;
    }
    const a = Math.abs(S * dot), m = Math.abs(M * sum);
    if (Number.isFinite(a) && Number.isFinite(m)) {
      maxMag = Math.max(maxMag, a, m);
      chunkMag += a + m;
      chunkVal += S * dot + M * sum;
    }
    if ((e0 + cpu.groupElems) % 32 === 0) { // end of a q8_1 block
      const dx = halfToF32(X[xo] | (X[xo + 1] << 8));
      maxMag = Math.max(maxMag, chunkMag, dx * chunkMag);
      normInt += dx * chunkMag;
      shadow += dx * chunkVal;
      chunkMag = 0;
      chunkVal = 0;
    }
  }
  maxMag = Math.max(maxMag, normInt);
  return { nanField, infField, overflow: maxMag >= FLT_HALF_MAX, shadow, normInt };
}

interface MmvqCounts { [k: string]: number }

for (const name of NAMES) {
  test(`(b) ${name}: mmvq (f32 integer dot) vs mmvqF64 on random blocks and q8_1 activations; precise non-finite rules`, (t) => {
    const cpu = cpuOf(name);
    const counts: MmvqCounts = {};
    const bump = (k: string) => { counts[k] = (counts[k] ?? 0) + 1; };
    const maxBlocks = cpu.blockElems === 32 ? 4 : 2;
    const arb = fc.record({
      rows: fc.integer({ min: 1, max: 3 }),
      bpr: fc.integer({ min: 1, max: maxBlocks }),
      ncols: fc.integer({ min: 1, max: 2 }),
      finite: fc.boolean(),
    }).chain(({ rows, bpr, ncols, finite }) => {
      const K = bpr * cpu.blockElems;
      return fc.tuple(blocksArb(name, rows * bpr, finite), activationsArb(ncols * K)).map(([W, x]) => ({ rows, K, ncols, W, x }));
    });
    fc.assert(
      fc.property(arb, ({ rows, K, ncols, W, x }) => {
        const X = quantize_q8_1(x);
        const shape = { rows, K, ncols };
        const y32 = mmvq(cpu, W, X, shape);
        const y64 = mmvqF64(cpu, W, X, shape);
        const Wd = dequantizeCpu(cpu, W, rows, K);
        const xd = dequantizeQ8_1(X, ncols * K);
        for (let c = 0; c < ncols; c++) {
          for (let r = 0; r < rows; r++) {
            const a = y32[c * rows + r], b = y64[c * rows + r];
            const where = () => `row ${r} col ${c} (rows ${rows}, K ${K}, ncols ${ncols}): y32 ${a}, y64 ${b}`;
            const cl = classify(cpu, W, X, r, c, K);
            let norm = 0, wFinite = true;
            for (let k = 0; k < K; k++) {
              const w = Wd[r * K + k];
              if (!Number.isFinite(w)) wFinite = false;
              norm += Math.abs(w * xd[c * K + k]);
            }
            const tol = 1e-5 * (norm + cl.normInt) + 1e-30;
            let regime: Regime;
            if (cl.nanField) {
              regime = 'nanField';
              if (!(Number.isNaN(a) && Number.isNaN(b))) throw new Error(`NaN scale/min must give NaN in both: ${where()}`);
            } else if (cl.infField) {
              regime = 'infField';
              if (cl.overflow) throw new Error(`generator produced a float32 overflow next to an Inf scale (the rule assumes none): ${where()}`);
              if (Number.isFinite(a) || Number.isFinite(b)) throw new Error(`an Inf scale/min must give non-finite results in both: ${where()}`);
              if (Number.isNaN(a) && !Number.isNaN(b)) throw new Error(`y32 NaN must imply y64 NaN: ${where()}`);
              if (!Number.isNaN(a) && !Number.isNaN(b) && a !== b) throw new Error(`infinities differ: ${where()}`);
              bump(Number.isNaN(b) && !Number.isNaN(a) ? 'infField: y64 NaN, y32 ±Inf' : Number.isNaN(a) ? 'infField: both NaN' : 'infField: equal ±Inf');
            } else if (!wFinite) {
              regime = 'weightOverflow';
              if (Number.isFinite(b)) throw new Error(`an overflowed weight must make y64 non-finite: ${where()}`);
              if (!cl.overflow) {
                if (!Number.isFinite(a) || Math.abs(a - cl.shadow) > tol) throw new Error(`y32 must equal the integer formula ${cl.shadow} within ${tol}: ${where()}`);
                bump('weightOverflow: y32 finite, y64 non-finite');
              }
            } else if (cl.overflow) {
              regime = 'finiteF32Overflow';
              if (!Number.isFinite(b)) throw new Error(`finite weights must give a finite y64: ${where()}`);
              if (Number.isFinite(a) && Math.abs(a - b) > tol) throw new Error(`|y32 - y64| = ${Math.abs(a - b)} > ${tol}: ${where()}`);
              bump(Number.isFinite(a) ? 'finiteF32Overflow: y32 finite' : 'finiteF32Overflow: y32 overflowed');
            } else {
              regime = 'finite';
              if (!Number.isFinite(a) || !Number.isFinite(b)) throw new Error(`finite inputs must give finite results: ${where()}`);
              if (Math.abs(a - b) > tol) throw new Error(`|y32 - y64| = ${Math.abs(a - b)} > ${tol}: ${where()}`);
              if (a !== b) bump('finite: differ by rounding');
            }
            bump(regime);
          }
        }
        return true;
      }),
      { seed: seedOf(name, 2), numRuns: 200 },
    );
    t.log(`${name}: ${JSON.stringify(counts)}`);
    t.true((counts.finite ?? 0) > 50, 'the finite regime was exercised');
    t.true((counts['finite: differ by rounding'] ?? 0) > 0, 'the tolerance was needed at least once (the two paths really differ)');
    if (name === 'mxfp4') {
      t.true((counts.weightOverflow ?? 0) > 0, 'mxfp4: overflowed weights were exercised');
      t.true((counts.finiteF32Overflow ?? 0) > 0, 'mxfp4: float32 overflow of the integer path was exercised');
    } else if (name === 'nvfp4') {
      t.is(counts.nanField ?? 0, 0, 'nvfp4: UE4M3 scales are finite');
    } else {
      t.true((counts.nanField ?? 0) > 0, 'NaN scales were exercised');
      t.true((counts.infField ?? 0) > 0, 'Inf scales were exercised');
    }
  });
}

// ---------------------------------------------------------------- (c) shapes

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Random blocks with finite, moderate scales (|d| in 2^-12 .. 2^2, either sign; e8m0 in 110..140). */
function finiteBlocks(name: string, nBlocks: number, rnd: () => number): Uint8Array {
  const { blockBytes } = cpuOf(name);
  const W = new Uint8Array(nBlocks * blockBytes);
  for (let i = 0; i < W.length; i++) W[i] = Math.floor(rnd() * 256);
  for (let b = 0; b < nBlocks; b++) {
    for (const at of F16_SCALES[name]) {
      const h = ((3 + Math.floor(rnd() * 14)) << 10) | Math.floor(rnd() * 1024) | (rnd() < 0.5 ? 0x8000 : 0);
      W[b * blockBytes + at] = h & 0xff;
      W[b * blockBytes + at + 1] = h >> 8;
    }
    const e = E8M0_AT[name];
    if (e !== undefined) W[b * blockBytes + e] = 110 + Math.floor(rnd() * 31);
  }
  return W;
}

for (const name of NAMES) {
  const cpu = cpuOf(name);
  const Ks = cpu.blockElems === 32 ? [32, 96, 224, 288] : [256, 512, 768];
  test(`(c) ${name}: shapes K ∈ {${Ks.join(', ')}}, rows 1 and 37, ncols 1..4 against independent decoders`, (t) => {
    const rnd = prng(seedOf(name, 3));
    const dec = decoders[name as DecoderFormat].decode;
    let shapes = 0;
    for (const K of Ks) {
      for (const rows of [1, 37]) {
        for (let ncols = 1; ncols <= 4; ncols++) {
          const W = finiteBlocks(name, (rows * K) / cpu.blockElems, rnd);
          const x = Float32Array.from({ length: ncols * K }, (_, i) => Math.fround((rnd() * 2 - 1) * (i % 32 === 5 ? 20 : 1)));
          const X = quantizeQ8_1(x);
          const shape = { rows, K, ncols };
          const y32 = mmvqReference(name, W, { q8_1: X }, shape);
          const y64 = mmvqReference(name, W, { q8_1: X }, shape, { precision: 'f64' });
          t.is(y32.length, rows * ncols);
          t.is(y64.length, rows * ncols);
          t.true(y32 instanceof Float32Array && y64 instanceof Float64Array);
          // f32 activations are quantized per column exactly like the given q8_1 blocks
          t.deepEqual(Array.from(mmvqReference(name, W, x, shape)), Array.from(y32), `K ${K} rows ${rows} ncols ${ncols}: f32 x path`);
          const wd = dec(W, rows * K); // independent
          const xd = decodeQ8_1(X, ncols * K); // independent (float32 d*q, exact)
          const dq = dequantize(name, W, rows, K);
          t.true(dq.every((v, i) => v === wd[i]), `K ${K} rows ${rows}: dequantize == decoder`);
          let worst = 0;
          for (let c = 0; c < ncols; c++) {
            // one column alone gives the same numbers (column offsets into X and y)
            const yc = mmvq(cpu, W, X.subarray((c * K / 32) * 36, ((c + 1) * K / 32) * 36), { rows, K, ncols: 1 });
            for (let r = 0; r < rows; r++) {
              const i = c * rows + r;
              let ref = 0, norm = 0;
              for (let k = 0; k < K; k++) {
                ref += wd[r * K + k] * xd[c * K + k];
                norm += Math.abs(wd[r * K + k] * xd[c * K + k]);
              }
              if (y64[i] !== ref) t.fail(`K ${K} rows ${rows} ncols ${ncols} r ${r} c ${c}: y64 ${y64[i]} vs independent ${ref}`);
              const cl = classify(cpu, W, X, r, c, K);
              const err = Math.abs(y32[i] - ref);
              worst = Math.max(worst, err / (norm + cl.normInt || 1));
              if (!(err <= 1e-5 * (norm + cl.normInt) + 1e-30)) t.fail(`K ${K} rows ${rows} ncols ${ncols} r ${r} c ${c}: y32 ${y32[i]} vs ${ref}`);
              if (!Object.is(yc[r], y32[i])) t.fail(`column ${c} alone gives ${yc[r]}, in the batch ${y32[i]}`);
            }
          }
          // one row alone gives the same numbers (row offsets into W)
          const rb = (K / cpu.blockElems) * cpu.blockBytes;
          const last = rows - 1;
          const yr = mmvq(cpu, W.subarray(last * rb, (last + 1) * rb), X, { rows: 1, K, ncols });
          for (let c = 0; c < ncols; c++) t.true(Object.is(yr[c], y32[c * rows + last]), `row ${last} alone, column ${c}`);
          shapes++;
          t.true(worst < 1e-5);
        }
      }
    }
    t.is(shapes, Ks.length * 2 * 4);
  });
}

// ---------------------------------------------------------------- (d) API errors

test('(d) K not a multiple of the block size: RangeError naming format, K and block size', (t) => {
  const W = new Uint8Array(10_000);
  for (const [name, K, bs] of [['q4_0', 48, 32], ['mxfp4', 16, 32], ['q4_k', 128, 256], ['iq4_xs', 288, 256]] as const) {
    const re = new RegExp(`${name}: K = ${K} is not a positive multiple of the block size ${bs}`);
    t.throws(() => dequantize(name, W, 1, K), { instanceOf: RangeError, message: re });
    t.throws(() => mmvqReference(name, W, { q8_1: new Uint8Array(10_000) }, { rows: 1, K, ncols: 1 }), { instanceOf: RangeError, message: re });
    t.throws(() => mmvqReference(name, W, new Float32Array(K), { rows: 1, K, ncols: 1 }), { instanceOf: RangeError, message: re });
  }
  t.throws(() => dequantize('q8_0', W, 1, 0), { message: /K = 0 is not a positive multiple/ });
  t.throws(() => quantize('q4_k', new Float32Array(300)), { instanceOf: RangeError, message: /q4_k quantizes whole blocks of 256; got 300 values/ });
  t.throws(() => quantizeQ8_1(new Float32Array(33)), { instanceOf: RangeError, message: /q8_1 quantizes whole blocks of 32; got 33 values/ });
});

test('(d) too-short buffers: RangeError naming which buffer, its size and the size needed', (t) => {
  const shape = { rows: 2, K: 64, ncols: 1 }; // q8_0: 2 blocks per row, 34 bytes each
  const W = new Uint8Array(2 * 2 * 34);
  const X = new Uint8Array(2 * 36);
  t.throws(() => dequantize('q8_0', W.subarray(1), 2, 64), { instanceOf: RangeError, message: /q8_0: weights hold 135 bytes, the shape needs 136/ });
  for (const precision of ['f32', 'f64'] as const) {
    t.throws(() => mmvqReference('q8_0', W.subarray(1), { q8_1: X }, shape, { precision }), { instanceOf: RangeError, message: /q8_0: weights hold 135 bytes, the shape needs 136/ }, precision);
    t.throws(() => mmvqReference('q8_0', W, { q8_1: X.subarray(1) }, shape, { precision }), { instanceOf: RangeError, message: /q8_0: q8_1 activations hold 71 bytes, the shape needs 72/ }, precision);
  }
  t.throws(() => mmvqReference('q8_0', W, new Float32Array(63), shape), { instanceOf: RangeError, message: /x has 63 values; ncols x K = 64/ });
  // and the full sizes are accepted
  t.is(mmvqReference('q8_0', W, { q8_1: X }, shape).length, 2);
});

test('(d) unknown format name: Error naming it and listing the known ones', (t) => {
  const known = Object.keys(formats).sort().join(', ');
  for (const bad of ['q4_2', 'Q4_0', 'q4_K', '']) {
    const msg = `kgen: unknown format '${bad}'; known: ${known}`;
    t.throws(() => dequantize(bad, new Uint8Array(18), 1, 32), { message: msg });
    t.throws(() => quantize(bad, new Float32Array(32)), { message: msg });
    t.throws(() => mmvqReference(bad, new Uint8Array(18), new Float32Array(32), { rows: 1, K: 32, ncols: 1 }), { message: msg });
  }
});

test('(d) bad shapes: RangeError naming the field', (t) => {
  const W = new Uint8Array(1000);
  for (const [k, v] of [['rows', 0], ['ncols', 1.5], ['K', -32], ['rows', Number.NaN]] as const) {
    const shape = { rows: 1, K: 32, ncols: 1, [k]: v };
    t.throws(() => mmvqReference('q4_0', W, { q8_1: new Uint8Array(1000) }, shape), { instanceOf: RangeError, message: new RegExp(`shape\\.${k} = ${v} must be a positive integer`) });
  }
  for (const rows of [-1, 1.5, Number.NaN]) {
    t.throws(() => dequantize('q4_0', W, rows, 32), { instanceOf: RangeError, message: new RegExp(`q4_0: rows = ${rows} must be a non-negative integer`) });
  }
  t.is(dequantize('q4_0', W, 0, 32).length, 0);
});

test('(d) the f64 reference checks the activation buffer too (it used to read past its end as zeros)', (t) => {
  // mmvqF64 dequantized X without checking its length: bytes past the end read as `undefined`, i.e. 0.
  const W = quantize('q4_0', Float32Array.from({ length: 64 }, (_, i) => Math.sin(i)));
  const X = quantizeQ8_1(Float32Array.from({ length: 64 }, (_, i) => Math.cos(i)));
  const ok = mmvqReference('q4_0', W, { q8_1: X }, { rows: 1, K: 64, ncols: 1 }, { precision: 'f64' });
  t.not(ok[0], 0);
  t.throws(() => mmvqReference('q4_0', W, { q8_1: X.subarray(0, 36) }, { rows: 1, K: 64, ncols: 1 }, { precision: 'f64' }), { message: /q8_1 activations hold 36 bytes, the shape needs 72/ });
});
