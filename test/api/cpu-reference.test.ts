// The CPU reference (emitted from the DSL's IR) against ggml's golden vectors, every format and case.
import test from 'ava';
import { dequantize, formats, mmvqReference, quantize } from '../../index.js';
import { goldenAvailable, goldenCases, warnGoldenMissing, type GoldenCase } from '../support/golden.js';

const supported = new Set(Object.keys(formats));
const cases = goldenCases((e) => supported.has(e.format.toLowerCase()));
const worst = new Map<string, { f32: number; f64: number; cases: number }>();

/** Worst |a - ref| / sum_k |w_k x_k| over (row, column). */
function worstRelative(gc: GoldenCase, a: ArrayLike<number>): number {
  const { rows, K, ncols } = gc.entry;
  const wd = gc.f32('dequant_f32');
  const x = gc.f32('x_f32');
  const ref = gc.f64('ref_f64');
  let w = 0;
  for (let c = 0; c < ncols; c++) {
    for (let r = 0; r < rows; r++) {
      let norm = 0;
      for (let k = 0; k < K; k++) norm += Math.abs(wd[r * K + k] * x[c * K + k]);
      const i = c * rows + r;
      const err = Math.abs(a[i] - ref[i]);
      w = Math.max(w, norm > 0 ? err / norm : err);
    }
  }
  return w;
}

if (!goldenAvailable) {
  test('golden vectors present', (t) => {
    warnGoldenMissing('CPU reference (quantize, dequantize, mmvq f32/f64)', supported.size * 4 * 4);
    t.pass();
  });
}

for (const gc of cases) {
  const { rows, K, ncols } = gc.entry;
  test(`${gc.format} ${gc.entry.case}: quantize, dequantize, mmvq against ggml`, (t) => {
    const blocks = gc.u8('blocks');
    // 1. our quantizer's bytes equal ggml's
    const mine = quantize(gc.format, gc.f32('weights_f32'), gc.quantizeOptions);
    t.is(mine.length, blocks.length);
    const firstDiff = mine.findIndex((b, i) => b !== blocks[i]);
    t.is(firstDiff, -1, `first differing byte at ${firstDiff} (block ${Math.floor(firstDiff / formats[gc.format].blockBytes)})`);
    // 2. dequantized floats equal ggml's (== so that -0 equals 0)
    const deq = dequantize(gc.format, blocks, rows, K);
    const gd = gc.f32('dequant_f32');
    const bad = deq.findIndex((v, i) => v !== gd[i] && !(Number.isNaN(v) && Number.isNaN(gd[i])));
    t.is(bad, -1, bad >= 0 ? `element ${bad}: ${deq[bad]} vs ggml ${gd[bad]}` : '');
    // 3. the mat-vec against ref_f64
    const xq = { q8_1: gc.u8('x_q8_1') };
    const y32 = mmvqReference(gc.format, blocks, xq, { rows, K, ncols });
    const y64 = mmvqReference(gc.format, blocks, xq, { rows, K, ncols }, { precision: 'f64' });
    const e32 = worstRelative(gc, y32);
    const e64 = worstRelative(gc, y64);
    t.true(e32 <= 1e-5, `f32 integer-dot reference deviates ${e32.toExponential(2)} > 1e-5`);
    t.true(e64 <= 1e-12, `f64 reference deviates ${e64.toExponential(2)} > 1e-12`);
    const w = worst.get(gc.format) ?? { f32: 0, f64: 0, cases: 0 };
    worst.set(gc.format, { f32: Math.max(w.f32, e32), f64: Math.max(w.f64, e64), cases: w.cases + 1 });
  });
}

test.after.always('worst deviation of the MMVQ reference from ref_f64, per format', () => {
  if (!worst.size) return;
  const lines = [...worst].sort().map(([f, w]) => `  ${f.padEnd(7)} cases ${w.cases}  f32 ${w.f32.toExponential(2)}  f64 ${w.f64.toExponential(2)}`);
  console.log(`\nMMVQ reference vs ggml ref_f64 (worst |y - ref| / sum|w x|):\n${lines.join('\n')}`);
});

test('every built-in format has golden cases', (t) => {
  if (!goldenAvailable) return t.pass();
  for (const f of supported) t.true(cases.some((c) => c.format === f), `no golden case for ${f}`);
});
