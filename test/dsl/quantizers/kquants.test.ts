// K-quant CPU quantizers (q2_k ... q6_k) against ggml's reference quantizers, bit for bit.
import test from 'ava';
import fc from 'fast-check';
import {
  quantize_q2_k, quantize_q3_k, quantize_q4_k, quantize_q5_k, quantize_q6_k,
} from '../../../dsl/quantizers/kquants.js';
import { goldenAvailable, goldenCases, warnGoldenMissing } from '../../support/golden.js';
import { decodeQ2_k, decodeQ3_k, decodeQ4_k, decodeQ5_k, decodeQ6_k, type Decoder } from '../../support/decoders.js';

type Quantizer = (x: Float32Array, out?: Uint8Array) => Uint8Array;

// ---------------------------------------------------------------- decoders (spec §2.3)
// Float32 evaluation in the order of ggml's dequantize_row_*, shared in test/support/decoders.ts.

interface Fmt {
  name: string;
  golden: string; // ggml's name in the golden index
  bytes: number;
  quantize: Quantizer;
  decode: Decoder;
  /** Loose bound on |decoded - x| as a fraction of the super-block's max |x|. */
  errFrac: number;
}

const FORMATS: Fmt[] = [
  { name: 'q2_k', golden: 'q2_K', bytes: 84, quantize: quantize_q2_k, decode: decodeQ2_k, errFrac: 0.75 },
  { name: 'q3_k', golden: 'q3_K', bytes: 110, quantize: quantize_q3_k, decode: decodeQ3_k, errFrac: 0.5 },
  { name: 'q4_k', golden: 'q4_K', bytes: 144, quantize: quantize_q4_k, decode: decodeQ4_k, errFrac: 0.25 },
  { name: 'q5_k', golden: 'q5_K', bytes: 176, quantize: quantize_q5_k, decode: decodeQ5_k, errFrac: 0.15 },
  { name: 'q6_k', golden: 'q6_K', bytes: 210, quantize: quantize_q6_k, decode: decodeQ6_k, errFrac: 0.1 },
];

function decode(fmt: Fmt, blocks: Uint8Array): Float32Array {
  return fmt.decode(blocks, (blocks.length / fmt.bytes) * 256);
}

/** First differing byte, described by block and offset inside the block; undefined if equal. */
function firstDiff(got: Uint8Array, want: Uint8Array, blockBytes: number): string | undefined {
  if (got.length !== want.length) return `length ${got.length} !== ${want.length}`;
  for (let i = 0; i < want.length; i++) {
    if (got[i] !== want[i]) {
      const blk = Math.floor(i / blockBytes);
      return `block ${blk} (row-major block index), byte offset ${i % blockBytes} (absolute ${i}): ours 0x${got[i].toString(16)} (${got[i]}), ggml 0x${want[i].toString(16)} (${want[i]})`;
    }
  }
  return undefined;
}

// 4 golden cases (r16_k256, r37_k512, r5_k768, r8_k4096) per format.
const EXPECTED_GOLDEN_CASES_PER_FORMAT = 4;

// ---------------------------------------------------------------- golden: bit-exact blocks

for (const fmt of FORMATS) {
  test(`${fmt.name}: blocks are bit-identical to ggml's quantize_row_${fmt.golden}_ref`, (t) => {
    if (!goldenAvailable) {
      warnGoldenMissing(`${fmt.name} quantizer`, EXPECTED_GOLDEN_CASES_PER_FORMAT);
      t.pass();
      return;
    }
    const cases = goldenCases((e) => e.format === fmt.golden);
    let checks = 0;
    for (const c of cases) {
      t.is(c.entry.type_size, fmt.bytes);
      const got = fmt.quantize(c.f32('weights_f32'));
      const diff = firstDiff(got, c.u8('blocks'), fmt.bytes);
      t.is(diff, undefined, `${c.entry.file}: ${diff}`);
      checks++;
    }
    t.true(checks > 0, `no golden ${fmt.golden} case was checked`);
  });

  test(`${fmt.name}: test decoder reproduces ggml's dequant_f32 (validates the property tests)`, (t) => {
    if (!goldenAvailable) {
      warnGoldenMissing(`${fmt.name} decoder`, EXPECTED_GOLDEN_CASES_PER_FORMAT);
      t.pass();
      return;
    }
    let checks = 0;
    for (const c of goldenCases((e) => e.format === fmt.golden)) {
      const dec = decode(fmt, c.u8('blocks'));
      const want = c.f32('dequant_f32');
      let bad = -1;
      for (let i = 0; i < want.length; i++) if (dec[i] !== want[i]) { bad = i; break; }
      t.is(bad, -1, `${c.entry.file}: element ${bad}: ${dec[bad]} !== ${want[bad]}`);
      checks++;
    }
    t.true(checks > 0);
  });
}

// ---------------------------------------------------------------- argument checks

test('K-quants reject lengths that are not a multiple of 256, naming format and length', (t) => {
  for (const fmt of FORMATS) {
    const err = t.throws(() => fmt.quantize(new Float32Array(300)));
    t.regex(err?.message ?? '', new RegExp(`${fmt.name}.*300`));
  }
});

test('K-quants write into a caller-provided buffer and return contiguous blocks', (t) => {
  const x = new Float32Array(512).map((_, i) => Math.sin(i * 0.37) * (1 + (i % 7)));
  for (const fmt of FORMATS) {
    const fresh = fmt.quantize(x);
    t.is(fresh.length, 2 * fmt.bytes);
    const out = new Uint8Array(2 * fmt.bytes + 5).fill(0xaa);
    const r = fmt.quantize(x, out);
    t.deepEqual(Array.from(r), Array.from(fresh));
    t.is(r.buffer, out.buffer);
    // blocks are independent: quantizing each 256-chunk alone gives the same bytes
    t.deepEqual(Array.from(fmt.quantize(x.subarray(256))), Array.from(fresh.subarray(fmt.bytes)));
  }
});

// ---------------------------------------------------------------- properties

const blocksArb = (maxBlocks: number) =>
  fc.tuple(
    fc.integer({ min: 1, max: maxBlocks }),
    fc.double({ min: -3, max: 3, noNaN: true }), // log10 of the scale
    fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  ).map(([nb, logScale, seed]) => {
    // deterministic pseudo-random data from the seed (fast-check shrinks the seed and scale)
    let s = seed >>> 0;
    const rnd = (): number => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s / 2 ** 32; };
    const scale = 10 ** logScale;
    const x = new Float32Array(nb * 256);
    for (let i = 0; i < x.length; i++) {
      const u = rnd();
      x[i] = u < 0.02 ? (rnd() * 2 - 1) * 8 * scale : u < 0.05 ? 0 : (rnd() * 2 - 1) * scale;
    }
    return x;
  });

for (const fmt of FORMATS) {
  test(`${fmt.name}: all-zero input gives all-zero blocks`, (t) => {
    for (const nb of [1, 3]) {
      const y = fmt.quantize(new Float32Array(nb * 256));
      t.is(y.length, nb * fmt.bytes);
      t.true(y.every((b) => b === 0));
    }
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), (nb) => fmt.quantize(new Float32Array(nb * 256)).every((b) => b === 0)));
  });

  test(`${fmt.name}: decoded values are close to the input and never NaN`, (t) => {
    fc.assert(
      fc.property(blocksArb(3), (x) => {
        const y = fmt.quantize(x);
        if (y.length !== (x.length / 256) * fmt.bytes) return false;
        const dec = decode(fmt, y);
        for (let b = 0; b < x.length / 256; b++) {
          let maxAbs = 0;
          for (let i = 0; i < 256; i++) maxAbs = Math.max(maxAbs, Math.abs(x[b * 256 + i]));
          for (let i = 0; i < 256; i++) {
            const k = b * 256 + i;
            if (Number.isNaN(dec[k])) return false;
            if (Math.abs(dec[k] - x[k]) > fmt.errFrac * maxAbs + 1e-30) return false;
          }
        }
        return true;
      }),
      { numRuns: 150 },
    );
    t.pass();
  });

  test(`${fmt.name}: arbitrary finite float32 input never yields NaN after decoding`, (t) => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 256, maxLength: 256 }),
        (arr) => decode(fmt, fmt.quantize(Float32Array.from(arr))).every((v) => !Number.isNaN(v)),
      ),
      { numRuns: 100 },
    );
    t.pass();
  });
}
