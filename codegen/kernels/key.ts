// Kernel variant keys: a typed value with one deterministic string form (never built by hand).
import type { LargeTableForm } from '../ir/kernel.js';

export type KernelOp = 'mmvq' | 'mmvq_id' | 'matvec_f32' | 'quantize_q8_1';
export type Reduction = 'sg' | 'wg';

export interface KernelKey {
  op: KernelOp;
  /** Weight format (absent for quantize_q8_1). */
  format?: string;
  /** Activation columns per dispatch (1..8). */
  ncols: number;
  /** Weight rows per workgroup. */
  rows: number;
  /** Cross-thread reduction: subgroup operations, or workgroup memory only. */
  reduce: Reduction;
  /** Where large lookup tables live (formats with grids): 'const' (default, no key suffix) or 'workgroup' (`.tw`). */
  tables?: LargeTableForm;
}

export const OPS: readonly KernelOp[] = ['mmvq', 'mmvq_id', 'matvec_f32', 'quantize_q8_1'];

/** `mmvq.q4_k.nc2.r1.sg`; `quantize_q8_1`. */
export function keyString(k: KernelKey): string {
  if (k.op === 'quantize_q8_1') return 'quantize_q8_1';
  return `${k.op}.${k.format}.nc${k.ncols}.r${k.rows}.${k.reduce}${k.tables === 'workgroup' ? '.tw' : ''}`;
}

export function parseKey(s: string): KernelKey {
  if (s === 'quantize_q8_1') return { op: 'quantize_q8_1', ncols: 1, rows: 1, reduce: 'wg' };
  const m = /^(mmvq|mmvq_id|matvec_f32)\.([a-z0-9_]+)\.nc([1-8])\.r([0-9]+)\.(sg|wg)(\.tw)?$/.exec(s);
  if (!m) throw new Error(`kgen: '${s}' is not a kernel key (expected op.format.ncN.rN.sg|wg[.tw], e.g. mmvq.q4_k.nc1.r1.sg, or quantize_q8_1)`);
  const key: KernelKey = { op: m[1] as KernelOp, format: m[2], ncols: +m[3], rows: +m[4], reduce: m[5] as Reduction };
  if (m[6]) key.tables = 'workgroup';
  return key;
}

/**
 * The default variant set built into generated/ for one format: mmvq for every ncols with either
 * reduction, mmvq_id with either, and the float path (the baseline: workgroup-memory reduction, no
 * optional feature) for ncols 1, 2, 4, 8. Other variants (rows per workgroup 2 or 4, ...) are built
 * on demand (`kgen build --variants`, build()).
 */
export function defaultKeys(format: string, largeTables = false): KernelKey[] {
  const keys: KernelKey[] = [];
  for (const reduce of ['sg', 'wg'] as const) {
    for (const ncols of [1, 2, 3, 4, 5, 6, 7, 8]) keys.push({ op: 'mmvq', format, ncols, rows: 1, reduce });
    keys.push({ op: 'mmvq_id', format, ncols: 1, rows: 1, reduce });
    // Formats with large tables also get the workgroup-memory table form for one and eight columns.
    if (largeTables) for (const ncols of [1, 8]) keys.push({ op: 'mmvq', format, ncols, rows: 1, reduce, tables: 'workgroup' });
  }
  for (const ncols of [1, 2, 4, 8]) keys.push({ op: 'matvec_f32', format, ncols, rows: 1, reduce: 'wg' });
  return keys;
}
