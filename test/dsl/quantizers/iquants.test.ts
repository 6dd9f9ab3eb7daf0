// The grid i-quant quantizers (dsl/quantizers/iquants.ts) and the independent decoders the property tests
// use (test/support/decoders.ts), against ggml's golden vectors; the importance-matrix argument and errors.
import test from 'ava';
import { quantize as apiQuantize } from '../../../index.js';
import type { QuantizeOptions } from '../../../dsl/define.js';
import { quantize_iq2_s, quantize_iq2_xs, quantize_iq2_xxs, quantize_iq3_s, quantize_iq3_xxs } from '../../../dsl/quantizers/iquants.js';
import { decodeIq2_s, decodeIq2_xs, decodeIq2_xxs, decodeIq3_s, decodeIq3_xxs, type Decoder } from '../../support/decoders.js';
import { goldenAvailable, goldenCases, warnGoldenMissing } from '../../support/golden.js';

interface Fmt {
  name: string;
  bytes: number;
  quantize: (x: Float32Array, out?: Uint8Array, opts?: QuantizeOptions) => Uint8Array;
  decode: Decoder;
  /** ggml refuses to quantize it without an importance matrix (ggml_quantize_requires_imatrix). */
  needsImportance: boolean;
}

const FORMATS: Fmt[] = [
  { name: 'iq2_xxs', bytes: 66, quantize: quantize_iq2_xxs, decode: decodeIq2_xxs, needsImportance: true },
  { name: 'iq2_xs', bytes: 74, quantize: quantize_iq2_xs, decode: decodeIq2_xs, needsImportance: true },
  { name: 'iq2_s', bytes: 82, quantize: quantize_iq2_s, decode: decodeIq2_s, needsImportance: false },
  { name: 'iq3_xxs', bytes: 98, quantize: quantize_iq3_xxs, decode: decodeIq3_xxs, needsImportance: false },
  { name: 'iq3_s', bytes: 110, quantize: quantize_iq3_s, decode: decodeIq3_s, needsImportance: false },
];

/** Deterministic normal-ish values (mulberry32, sum of 4 uniforms), scaled. */
function values(n: number, seed: number, scale = 0.02): Float32Array {
  let s = seed >>> 0;
  const u = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let z = Math.imul(s ^ (s >>> 15), s | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 2 ** 32;
  };
  return Float32Array.from({ length: n }, () => scale * (u() + u() + u() + u() - 2));
}

for (const fmt of FORMATS) {
  test(`${fmt.name}: quantizer bytes equal ggml's and the independent decoder equals ggml's dequant_f32, every golden case`, (t) => {
    const cases = goldenCases((e) => e.format === fmt.name);
    if (!goldenAvailable) {
      warnGoldenMissing(`${fmt.name} quantizer and decoder`, 8);
      return t.pass();
    }
    t.is(cases.length, 4, 'r16_k256, r37_k512, r5_k768, r8_k4096');
    for (const c of cases) {
      const { rows, K } = c.entry;
      t.is(c.entry.imatrix ?? null, fmt.needsImportance ? 'ones' : null, `${c.entry.file}: the golden README's setting`);
      const blocks = c.u8('blocks');
      const got = fmt.quantize(c.f32('weights_f32'), undefined, c.quantizeOptions);
      const bad = got.findIndex((v, i) => v !== blocks[i]);
      t.is(bad, -1, `${c.entry.file}: first differing byte ${bad} (block ${Math.floor(bad / fmt.bytes)}, offset ${bad % fmt.bytes})`);
      const deq = fmt.decode(blocks, rows * K);
      const gd = c.f32('dequant_f32');
      const wrong = deq.findIndex((v, i) => v !== gd[i]);
      t.is(wrong, -1, `${c.entry.file}: decoder element ${wrong}: ${deq[wrong]} vs ggml ${gd[wrong]}`);
    }
  });

  test(`${fmt.name}: an all-zero input gives all-zero blocks (d = 0)`, (t) => {
    const x = new Float32Array(512);
    const y = fmt.quantize(x, undefined, { importance: new Float32Array(256).fill(1) });
    t.is(y.length, 2 * fmt.bytes);
    t.true(y.every((b) => b === 0));
    t.true(fmt.decode(y, 512).every((v) => v === 0));
  });

  test(`${fmt.name}: the importance matrix steers the error (weighted error falls where the weights are high)`, (t) => {
    const K = 512;
    const x = values(4 * K, 7 + fmt.bytes);
    const flat = fmt.quantize(x, undefined, { importance: new Float32Array(K).fill(1) });
    // Every 4th column weighs 1000 times more than the rest (inside each group: a weight uniform over a
    // group would not change that group's choice).
    const heavy = (k: number) => k % 4 === 0;
    const qw = Float32Array.from({ length: K }, (_, k) => (heavy(k) ? 1000 : 1));
    const steered = fmt.quantize(x, undefined, { importance: qw });
    t.notDeepEqual(steered, flat, 'the importance changes the blocks');
    const err = (y: Uint8Array) => {
      const d = fmt.decode(y, x.length);
      let e = 0;
      for (let i = 0; i < x.length; i++) if (heavy(i % K)) e += (d[i] - x[i]) ** 2;
      return e;
    };
    t.true(err(steered) < err(flat), `error on the weighted columns: ${err(steered)} (steered) vs ${err(flat)} (flat)`);
  });
}

test('iq2_xxs and iq2_xs without an importance matrix: the error says ggml has no reference quantizer for them', (t) => {
  for (const name of ['iq2_xxs', 'iq2_xs']) {
    const e = t.throws(() => apiQuantize(name, new Float32Array(256)));
    t.regex(e?.message ?? '', new RegExp(`ggml has no reference quantizer for ${name} without an importance matrix \\(ggml_quantize_requires_imatrix\\); pass \\{ importance \\}`));
  }
  // the formats with a _ref quantizer need none
  for (const name of ['iq2_s', 'iq3_xxs', 'iq3_s']) t.notThrows(() => apiQuantize(name, new Float32Array(256)));
});

test('importance of the wrong shape is a clear error naming the lengths', (t) => {
  const x = new Float32Array(512);
  t.throws(() => apiQuantize('iq2_xxs', x, { importance: new Float32Array(384) }), { message: /importance must be a Float32Array of K values.*got 384 for 512 values/ });
  t.throws(() => quantize_iq3_s(new Float32Array(768), undefined, { importance: new Float32Array(512) }), { message: /quantize_iq3_s: input length 768 is not a whole number of rows of 512/ });
  t.throws(() => quantize_iq2_s(x, undefined, { importance: new Float32Array(100) }), { message: /quantize_iq2_s: importance has 100 values; it needs one per column, a multiple of 256/ });
  t.throws(() => apiQuantize('iq3_xxs', x, { importance: [1, 2] as unknown as Float32Array }), { message: /importance must be a Float32Array/ });
});

test('rows share one importance vector: quantizing two rows equals quantizing each alone', (t) => {
  const K = 512;
  const x = values(2 * K, 99);
  const qw = values(K, 5, 1).map((v) => Math.abs(v) + 0.1);
  for (const fmt of FORMATS) {
    const both = fmt.quantize(x, undefined, { importance: qw });
    const r0 = fmt.quantize(x.subarray(0, K), undefined, { importance: qw });
    const r1 = fmt.quantize(x.subarray(K), undefined, { importance: qw });
    t.deepEqual(both, Uint8Array.from([...r0, ...r1]), fmt.name);
  }
});
