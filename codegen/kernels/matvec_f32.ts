// matvec_f32: the float path. y = W . x with W dequantized on the fly (w = S_g * (q - z) + M_g), x in f32,
// for devices without packed integer dot products. Same thread layout as mmvq.
import * as ir from '../ir/expr.js';
import type { Expr } from '../ir/expr.js';
import { wordsPerGroup, type FormatIR } from '../ir/format.js';
import type { Kernel } from '../ir/kernel.js';
import { Body } from './builder.js';
import { builtins, P, WG_SIZE } from './common.js';
import type { KernelKey } from './key.js';
import { batchAddressing, firstRow, loadGroup, matvecKernel, storeOutputs } from './mmvq.js';

const U = ir.u;

/** Lane l (0..3) of a packed int8x4 word minus the zero point, as a float. */
const laneF32 = (word: Expr, l: number, zeroPoint: number): Expr =>
  ir.cast('f32', ir.sub(ir.bin('shr', ir.cast('i32', ir.shl(word, U(24 - 8 * l))), ir.i(24)), ir.i(zeroPoint)));

export function buildMatvecF32(f: FormatIR, key: KernelKey): Kernel {
  const { ncols: NC, rows: R } = key;
  const b = new Body();
  const wpg = wordsPerGroup(f);
  const gpc = 32 / f.groupElems;
  const cpb = f.blockElems / 32;

  const { wBase, xBase, yBase } = batchAddressing(b, key.op);
  const row0 = firstRow(b, R);
  const lastRow = b.let('last_row', ir.sub(P('rows'), U(1)));
  const rowBase = Array.from({ length: R }, (_, r) =>
    b.let(`row_base${r}`, ir.add(wBase, ir.mul(ir.bin('min', ir.add(row0, U(r)), lastRow), P('w_row_stride'))), f.blockAlign),
  );
  const acc = Array.from({ length: R * NC }, (_, i) => b.var(`acc${i}`, 'f32', ir.f(0)));
  const nchunks = b.let('n_chunks', ir.shr(P('K'), U(5)));

  b.for('j', builtins.tid, nchunks, WG_SIZE, (j) => {
    // 8 x vec4<f32> of each column for this 32-element chunk.
    const xv = Array.from({ length: NC }, (_, c) => {
      const at = b.let(`x${c}_at`, ir.add(ir.add(xBase, ir.mul(U(c), P('x_col_stride'))), ir.mul(j, U(8))));
      return Array.from({ length: 8 }, (_, i) => b.let(`x${c}_${i}`, ir.elem('x', 'vec4f', 'vec4f', ir.add(at, U(i)))));
    });
    const blk = b.let('blk', ir.shr(j, U(Math.log2(cpb))));
    const slice = b.let('slice', ir.and(j, U(cpb - 1)));
    for (let r = 0; r < R; r++) {
      const base = b.let(`b${r}`, ir.add(rowBase[r], ir.mul(blk, U(f.blockBytes))), f.blockAlign);
      for (let h = 0; h < gpc; h++) {
        const { q: vals, S, M } = loadGroup(b, f, base, slice, r, h);
        for (let c = 0; c < NC; c++) {
          let t: Expr | undefined;
          for (let w = 0; w < wpg; w++) {
            const xw = xv[c][(h * wpg + w) >> 0];
            for (let l = 0; l < 4; l++) {
              let wv = ir.bin('mul', S, laneF32(vals[w], l, f.zeroPoint));
              if (M) wv = ir.bin('add', wv, M);
              const prod = ir.bin('mul', wv, ir.comp(xw, l));
              t = t ? ir.bin('add', t, prod) : prod;
            }
          }
          const a = acc[r * NC + c];
          b.assign(a, ir.bin('add', a, t!));
        }
      }
    }
  });

  storeOutputs(b, key.reduce, acc, NC, row0, yBase);

  return matvecKernel(f, key, b, { name: 'x', binding: 1, access: 'read', views: ['vec4f'], role: 'activations, f32 (strides in units of 4 floats)' }, [
    `matvec_f32: y = W . x, W in ${f.name} dequantized on the fly (w = S * q + M), x and y in f32; needs no optional feature with wg reduction`,
    'grid: x * z = ceil(rows / rows per workgroup), y = batches (ne12 * ne13)',
  ]);
}
