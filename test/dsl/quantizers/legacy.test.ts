// CPU quantizers vs ggml's own output (golden vectors), plus property tests.
//
// Golden checks (bit-exact, byte for byte):
//   * q4_0, q4_1, q5_0, q5_1, q8_0, mxfp4, iq4_nl, iq4_xs: quantize `weights_f32` -> `blocks`.
//   * q8_1: every case file's `x_f32` -> `x_q8_1` (each column), and q8_1-c6_k1024.bin.
//   * q8_k: `x_f32` -> `x_vec_dot` of every case whose CPU vec_dot_type is q8_K. That section comes
//     from the AVX2 ggml-cpu build's `quantize_row_q8_K`; at the golden commit the x86 version of that
//     function is a plain call to `quantize_row_q8_K_ref` (ggml-cpu/arch/x86/quants.c), so it is
//     compared exactly, with no tolerance (d, qs and bsums).
import test from 'ava';
import fc from 'fast-check';
import {
  LEGACY_LAYOUT,
  quantize_iq4_nl,
  quantize_iq4_xs,
  quantize_mxfp4,
  quantize_q4_0,
  quantize_q4_1,
  quantize_q5_0,
  quantize_q5_1,
  quantize_q8_0,
} from '../../../dsl/quantizers/legacy.js';
import { quantize_q8_1, quantize_q8_k } from '../../../dsl/quantizers/activations.js';
import {
  type GoldenEntry,
  goldenActivationCase,
  goldenAvailable,
  goldenCases,
  warnGoldenMissing,
} from '../../support/golden.js';
import { decodeBlocks } from '../../support/decoders.js';

type Quantizer = (x: Float32Array, out?: Uint8Array) => Uint8Array;
type Fmt = keyof typeof LEGACY_LAYOUT | 'q8_1' | 'q8_k';

const WEIGHT_QUANTIZERS: Record<keyof typeof LEGACY_LAYOUT, Quantizer> = {
  q4_0: quantize_q4_0,
  q4_1: quantize_q4_1,
  q5_0: quantize_q5_0,
  q5_1: quantize_q5_1,
  q8_0: quantize_q8_0,
  mxfp4: quantize_mxfp4,
  iq4_nl: quantize_iq4_nl,
  iq4_xs: quantize_iq4_xs,
};
const ALL: Record<Fmt, { q: Quantizer; blockSize: number; typeSize: number }> = {
  ...Object.fromEntries(
    Object.entries(WEIGHT_QUANTIZERS).map(([k, q]) => [k, { q, ...LEGACY_LAYOUT[k as keyof typeof LEGACY_LAYOUT] }]),
  ),
  q8_1: { q: quantize_q8_1, blockSize: 32, typeSize: 36 },
  q8_k: { q: quantize_q8_k, blockSize: 256, typeSize: 292 },
} as Record<Fmt, { q: Quantizer; blockSize: number; typeSize: number }>;

// Number of golden files per check, as listed in shared/golden/README.md (used only to report what was NOT run).
const EXPECTED_WEIGHT_CASES = 4;
const EXPECTED_Q8_1_FILES = 80 + 1; // 80 case files + q8_1-c6_k1024.bin
const EXPECTED_Q8_K_FILES = 13 * 4;

/** null when equal, else a description of the first differing byte. */
function firstDiff(ours: Uint8Array, ggml: Uint8Array, typeSize: number): string | null {
  if (ours.length !== ggml.length) return `length ${ours.length} (ours) vs ${ggml.length} (ggml)`;
  for (let i = 0; i < ours.length; i++) {
    if (ours[i] !== ggml[i]) {
      const blk = Math.floor(i / typeSize);
      const hex = (b: Uint8Array) => Buffer.from(b.subarray(blk * typeSize, (blk + 1) * typeSize)).toString('hex');
      return (
        `first difference in block ${blk}, byte offset ${i % typeSize} (absolute byte ${i}): ` +
        `ours 0x${ours[i].toString(16).padStart(2, '0')} vs ggml 0x${ggml[i].toString(16).padStart(2, '0')}\n` +
        `  ours: ${hex(ours)}\n  ggml: ${hex(ggml)}`
      );
    }
  }
  return null;
}

// ----------------------------------------------------------------------------------------------
// Golden: weight formats

for (const fmt of Object.keys(WEIGHT_QUANTIZERS) as (keyof typeof LEGACY_LAYOUT)[]) {
  test(`golden: ${fmt} quantizer is bit-exact with ggml quantize_row_${fmt}_ref`, (t) => {
    if (!goldenAvailable) {
      t.log(`golden vectors missing: ${EXPECTED_WEIGHT_CASES} ${fmt} cases not checked`);
      warnGoldenMissing(`${fmt} quantizer`, EXPECTED_WEIGHT_CASES);
      t.pass();
      return;
    }
    const { typeSize } = LEGACY_LAYOUT[fmt];
    let checked = 0;
    for (const c of goldenCases((e) => e.format.toLowerCase() === fmt)) {
      const w = c.f32('weights_f32');
      const ggml = c.u8('blocks');
      // Whole matrix in one call (rows laid end to end) ...
      const ours = WEIGHT_QUANTIZERS[fmt](w);
      const d = firstDiff(ours, ggml, typeSize);
      t.is(d, null, `${c.entry.file}: ${d}`);
      // ... and row by row into a caller-provided buffer, as ggml's generator called it.
      const { rows, K } = c.entry;
      const rowBytes = (K / LEGACY_LAYOUT[fmt].blockSize) * typeSize;
      const buf = new Uint8Array(rows * rowBytes).fill(0xa5);
      for (let r = 0; r < rows; r++) {
        const got = WEIGHT_QUANTIZERS[fmt](w.subarray(r * K, (r + 1) * K), buf.subarray(r * rowBytes, (r + 1) * rowBytes));
        t.is(got.length, rowBytes);
      }
      const d2 = firstDiff(buf, ggml, typeSize);
      t.is(d2, null, `${c.entry.file} (row by row): ${d2}`);
      checked++;
    }
    t.log(`${fmt}: ${checked} golden cases bit-exact`);
    t.true(checked > 0, `no golden case found for ${fmt}`);
  });
}

// ----------------------------------------------------------------------------------------------
// Golden: activation quantizers

test('golden: q8_1 quantizer is bit-exact with ggml quantize_row_q8_1_ref (all case files + activation file)', (t) => {
  if (!goldenAvailable) {
    t.log(`golden vectors missing: ${EXPECTED_Q8_1_FILES} q8_1 files not checked`);
    warnGoldenMissing('q8_1 quantizer', EXPECTED_Q8_1_FILES);
    t.pass();
    return;
  }
  let checked = 0;
  let columns = 0;
  for (const c of goldenCases()) {
    const x = c.f32('x_f32');
    const ggml = c.u8('x_q8_1');
    const { K, ncols } = c.entry;
    const colBytes = (K / 32) * 36;
    for (let col = 0; col < ncols; col++) {
      const ours = quantize_q8_1(x.subarray(col * K, (col + 1) * K));
      const d = firstDiff(ours, ggml.subarray(col * colBytes, (col + 1) * colBytes), 36);
      t.is(d, null, `${c.entry.file} column ${col}: ${d}`);
      columns++;
    }
    checked++;
  }
  const a = goldenActivationCase();
  t.truthy(a, 'activation-quantizer file q8_1-c6_k1024.bin missing from index.json');
  if (a) {
    const ours = quantize_q8_1(a.f32('x_f32'));
    const d = firstDiff(ours, a.u8('x_q8_1'), 36);
    t.is(d, null, `${a.entry.file}: ${d}`);
    // and the stored dequantization: fp16_to_f32(d) * qs
    const deq = a.f32('x_q8_1_dequant');
    const dec = decode('q8_1', ours);
    let bad = -1;
    for (let i = 0; i < dec.length; i++) if (dec[i] !== deq[i]) { bad = i; break; }
    t.is(bad, -1, `x_q8_1_dequant differs at element ${bad}`);
    checked++;
  }
  t.log(`q8_1: ${checked} golden files (${columns} case columns + activation file) bit-exact`);
  t.true(checked > 0);
});

test('golden: q8_k quantizer is bit-exact with x_vec_dot (ggml-cpu quantize_row_q8_K = quantize_row_q8_K_ref on x86)', (t) => {
  if (!goldenAvailable) {
    t.log(`golden vectors missing: ${EXPECTED_Q8_K_FILES} q8_K files not checked`);
    warnGoldenMissing('q8_k quantizer', EXPECTED_Q8_K_FILES);
    t.pass();
    return;
  }
  let checked = 0;
  for (const c of goldenCases((e) => (e as GoldenEntry & { vec_dot_type?: string }).vec_dot_type === 'q8_K')) {
    const x = c.f32('x_f32');
    const ggml = c.u8('x_vec_dot');
    const { K, ncols } = c.entry;
    const colBytes = (K / 256) * 292;
    for (let col = 0; col < ncols; col++) {
      const ours = quantize_q8_k(x.subarray(col * K, (col + 1) * K));
      const d = firstDiff(ours, ggml.subarray(col * colBytes, (col + 1) * colBytes), 292);
      t.is(d, null, `${c.entry.file} column ${col}: ${d}`);
    }
    checked++;
  }
  t.log(`q8_k: ${checked} golden files bit-exact (d, qs and bsums)`);
  t.true(checked > 0);
});

// ----------------------------------------------------------------------------------------------
// Decoders (ggml's dequantize_row_*, float32), shared in test/support/decoders.ts and validated against
// golden dequant_f32 below.

function decode(fmt: Fmt, b: Uint8Array): Float32Array {
  return decodeBlocks(fmt, b);
}

test('golden: test decoders reproduce ggml dequant_f32 (validates the property-test decoders)', (t) => {
  if (!goldenAvailable) {
    warnGoldenMissing('decoder', 8 * EXPECTED_WEIGHT_CASES);
    t.pass();
    return;
  }
  let checked = 0;
  for (const fmt of Object.keys(WEIGHT_QUANTIZERS) as (keyof typeof LEGACY_LAYOUT)[]) {
    for (const c of goldenCases((e) => e.format.toLowerCase() === fmt)) {
      const dec = decode(fmt, c.u8('blocks'));
      const ref = c.f32('dequant_f32');
      let bad = -1;
      for (let i = 0; i < ref.length; i++) if (dec[i] !== ref[i]) { bad = i; break; }
      t.is(bad, -1, `${c.entry.file}: decoded element ${bad}: ${dec[bad]} vs ggml ${ref[bad]}`);
      checked++;
    }
  }
  t.true(checked > 0);
});

// ----------------------------------------------------------------------------------------------
// Property tests

/** Largest allowed |decode(quantize(x)) - x| for one block (loose but meaningful bounds). */
function errorBound(fmt: Fmt, xb: Float32Array): number {
  let amax = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of xb) {
    amax = Math.max(amax, Math.abs(v));
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const range = max - min;
  // fp16 scale: absolute error up to 2^-25 (subnormal half-ulp, or underflow to 0), times the largest
  // integer multiplier of d in the decode formula; doubled for margin.
  const h = (m: number) => m * 2 ** -24;
  switch (fmt) {
    case 'q4_0': return (amax / 8) * (1 + 2 ** -7) + h(8); // q=+8 clamps to 7: error up to one step
    case 'q5_0': return (amax / 16) * (1 + 2 ** -6) + h(16);
    case 'q4_1': return 0.52 * (range / 15) + Math.abs(min) / 2048 + h(16);
    case 'q5_1': return 0.52 * (range / 31) + Math.abs(min) / 2048 + h(32);
    case 'q8_0':
    case 'q8_1': return 0.57 * (amax / 127) + h(127);
    case 'q8_k': return 0.51 * (amax / 127) + 1e-30; // f32 scale
    case 'mxfp4': return amax < 2 ** -120 ? amax : 0.26 * amax; // E2M1 grid: worst gap 4 -> 6
    case 'iq4_nl': return 0.2 * amax + h(127); // asymmetric table: -amax may map to 113/127; LS rescale (worst seen ~0.15)
    case 'iq4_xs': return 0.2 * amax + h(32 * 127);
  }
}

const FORMATS = Object.keys(ALL) as Fmt[];

const blockInput = (bs: number, maxBlocks: number) =>
  fc.integer({ min: 1, max: maxBlocks }).chain((n) =>
    fc.tuple(
      fc.float32Array({ minLength: n * bs, maxLength: n * bs, noNaN: true, noDefaultInfinity: true, min: -1, max: 1 }),
      fc.constantFrom(1, 1e-3, 0.02, 37.5, 1000),
    ).map(([a, s]) => Float32Array.from(a, (v) => v * s)),
  );

for (const fmt of FORMATS) {
  const { q, blockSize, typeSize } = ALL[fmt];

  test(`property: ${fmt} output length, finite decode, error bound`, (t) => {
    fc.assert(
      fc.property(blockInput(blockSize, fmt === 'iq4_xs' || fmt === 'q8_k' ? 3 : 8), (x) => {
        const y = q(x);
        if (y.length !== (x.length / blockSize) * typeSize) return false;
        const dec = decode(fmt, y);
        for (let i = 0; i < x.length; i += blockSize) {
          const xb = x.subarray(i, i + blockSize);
          const bound = errorBound(fmt, xb);
          for (let j = 0; j < blockSize; j++) {
            const v = dec[i + j];
            if (!Number.isFinite(v)) throw new Error(`${fmt}: non-finite decoded value ${v} at ${i + j}`);
            const err = Math.abs(v - xb[j]);
            if (err > bound) throw new Error(`${fmt}: |${v} - ${xb[j]}| = ${err} > bound ${bound} at element ${i + j}`);
          }
        }
        return true;
      }),
      { numRuns: 200 },
    );
    t.pass();
  });

  test(`property: ${fmt} all-zero input gives ggml's zero block, decoding to 0`, (t) => {
    const nb = 3;
    const y = q(new Float32Array(nb * blockSize));
    t.is(y.length, nb * typeSize);
    // Zero blocks as ggml writes them: d = max/-8 etc. is -0.0 for q4_0/q5_0/iq4_xs (fp16 0x8000).
    const expected = new Uint8Array(typeSize);
    if (fmt === 'q4_0') { expected.set([0x00, 0x80]); expected.fill(0x88, 2); }
    if (fmt === 'q5_0') { expected.set([0x00, 0x80, 0xff, 0xff, 0xff, 0xff]); }
    if (fmt === 'iq4_xs') { expected.set([0x00, 0x80, 0xaa, 0xaa]); expected.fill(0x88, 8); }
    for (let i = 0; i < nb; i++) {
      const d = firstDiff(y.subarray(i * typeSize, (i + 1) * typeSize), expected, typeSize);
      t.is(d, null, `${fmt} zero block ${i}: ${d}`);
    }
    t.true(decode(fmt, y).every((v) => v === 0));
  });

  test(`property: ${fmt} rejects lengths that are not a multiple of ${blockSize}; honours out`, (t) => {
    const err = t.throws(() => q(new Float32Array(blockSize + 1)));
    t.regex(err!.message, new RegExp(`${fmt}.*${blockSize + 1}`));
    const x = Float32Array.from({ length: 2 * blockSize }, (_, i) => Math.sin(i) * 0.1);
    const out = new Uint8Array(2 * typeSize + 5).fill(0xee);
    const got = q(x, out);
    t.is(got.buffer, out.buffer);
    t.is(got.length, 2 * typeSize);
    t.deepEqual(Array.from(got), Array.from(q(x)));
    t.is(out[2 * typeSize], 0xee);
    t.throws(() => q(x, new Uint8Array(2 * typeSize - 1)));
  });
}

test('property: a zero block after a non-zero one still decodes to 0 (iq4_nl keeps ggml\'s stale nibbles)', (t) => {
  for (const fmt of FORMATS) {
    const { q, blockSize } = ALL[fmt];
    const x = new Float32Array(2 * blockSize);
    for (let i = 0; i < blockSize; i++) x[i] = Math.cos(i * 0.7) * 3;
    const dec = decode(fmt, q(x));
    t.true(dec.subarray(blockSize).every((v) => v === 0), fmt);
  }
});
