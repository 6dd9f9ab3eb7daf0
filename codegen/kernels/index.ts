// The kernel templates, by op.
import type { FormatIR } from '../ir/format.js';
import type { Kernel } from '../ir/kernel.js';
import { isLargeTable } from '../passes/legalize.js';
import { keyString, type KernelKey } from './key.js';
import { buildMatvecF32 } from './matvec_f32.js';
import { buildMmvq } from './mmvq.js';
import { buildQuantizeQ8_1 } from './quantize_q8_1.js';

export function buildKernel(key: KernelKey, formats: readonly FormatIR[]): Kernel {
  if (key.op === 'quantize_q8_1') return buildQuantizeQ8_1();
  const f = formats.find((x) => x.name === key.format);
  if (!f) throw new Error(`kgen: ${keyString(key)}: unknown format '${key.format}'; known: ${formats.map((x) => x.name).join(', ')}`);
  if (key.ncols < 1 || key.ncols > 8) throw new Error(`kgen: ${keyString(key)}: ncols must be 1..8`);
  if (key.op !== 'mmvq' && ((key.unroll ?? 1) !== 1 || (key.lut ?? 'vec') !== 'vec')) throw new Error(`kgen: ${keyString(key)}: only mmvq takes a schedule beyond rows and reduction`);
  if (![1, 2, 4].includes(key.rows)) throw new Error(`kgen: ${keyString(key)}: rows per workgroup must be 1, 2 or 4`);
  if (key.tables === 'workgroup' && !f.tables.some(isLargeTable))
    throw new Error(`kgen: ${keyString(key)}: format ${f.name} has no large lookup table, so the .tw (workgroup table) form does not apply`);
  return key.op === 'matvec_f32' ? buildMatvecF32(f, key) : buildMmvq(f, key);
}
