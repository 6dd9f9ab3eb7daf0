// Kernel variant keys: a typed value with one deterministic string form (never built by hand).
import type { LargeTableForm } from '../ir/kernel.js';
// A key is (op, format, ncols) plus a schedule (codegen/kernels/schedule.ts); the default schedule's
// keys are `op.format.ncN.rR.sg|wg`, other schedules add a suffix (`mmvq.q4_0.nc1.r1.sg.u2c.lsel`).
import { DEFAULT_SCHEDULE, parseScheduleSuffix, scheduleProbes, scheduleSuffix, type Reduction, type Schedule } from './schedule.js';

export type { Reduction } from './schedule.js';
export type KernelOp = 'mmvq' | 'mmvq_id' | 'matvec_f32' | 'quantize_q8_1';

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
  /** Chunks per thread per step (schedule axis; default 1). mmvq only. */
  unroll?: number;
  /** Layout of a step's chunks (schedule axis; default 'strided'). mmvq only. */
  walk?: Schedule['walk'];
  /** Lookup-table access (schedule axis; default 'vec'). mmvq only. */
  lut?: Schedule['lut'];
}

export const OPS: readonly KernelOp[] = ['mmvq', 'mmvq_id', 'matvec_f32', 'quantize_q8_1'];

/** The full schedule of a key (defaults filled in). */
export function scheduleOf(k: KernelKey): Schedule {
  return { rows: k.rows, reduce: k.reduce, unroll: k.unroll ?? DEFAULT_SCHEDULE.unroll, walk: k.walk ?? DEFAULT_SCHEDULE.walk, lut: k.lut ?? DEFAULT_SCHEDULE.lut };
}

/** A key from (op, format, ncols) and a schedule; default axes are left out so keys compare equal. */
export function keyOf(op: KernelOp, format: string, ncols: number, s: Schedule): KernelKey {
  const k: KernelKey = { op, format, ncols, rows: s.rows, reduce: s.reduce };
  if (s.unroll !== 1) { k.unroll = s.unroll; k.walk = s.walk; }
  if (s.lut !== 'vec') k.lut = s.lut;
  return k;
}

/** `mmvq.q4_k.nc2.r1.sg`; `mmvq.iq4_nl.nc1.r1.sg.u2c.lsel`; `quantize_q8_1`. */
export function keyString(k: KernelKey): string {
  if (k.op === 'quantize_q8_1') return 'quantize_q8_1';
  return `${k.op}.${k.format}.nc${k.ncols}.r${k.rows}.${k.reduce}${k.tables === 'workgroup' ? '.tw' : ''}${scheduleSuffix(k)}`;
}

export function parseKey(s: string): KernelKey {
  if (s === 'quantize_q8_1') return { op: 'quantize_q8_1', ncols: 1, rows: 1, reduce: 'wg' };
  const m = /^(mmvq|mmvq_id|matvec_f32)\.([a-z0-9_]+)\.nc([1-8])\.r([0-9]+)\.(sg|wg)(\.tw)?((?:\.[a-z0-9]+)*)$/.exec(s);
  if (!m) throw new Error(`kgen: '${s}' is not a kernel key (expected op.format.ncN.rN.sg|wg[.tw][.uN[c]][.lsel], e.g. mmvq.q4_k.nc1.r1.sg, or quantize_q8_1)`);
  let k: KernelKey = { op: m[1] as KernelOp, format: m[2], ncols: +m[3], rows: +m[4], reduce: m[5] as Reduction };
  if (m[7]) {
    if (k.op !== 'mmvq') throw new Error(`kgen: '${s}': only mmvq takes schedule suffixes`);
    const sched = parseScheduleSuffix(m[7], s);
    k = keyOf(k.op, k.format!, k.ncols, { rows: k.rows, reduce: k.reduce, ...sched });
  }
  if (m[6]) k.tables = 'workgroup';
  return k;
}

/**
 * The default variant set built into generated/ for one format: mmvq for every ncols with either
 * reduction, mmvq_id with either, and the float path (the baseline: workgroup-memory reduction, no
 * optional feature) for ncols 1, 2, 4, 8. Other variants (rows per workgroup 2 or 4, other schedules)
 * are built on demand (`kgen build --variants`, build()) or when a shipped tuning table chooses them,
 * except a few probes of the schedule space (scheduleProbes) that every build carries and the
 * equivalence suite checks on every target.
 */
export function defaultKeys(format: string, largeTables = false, smallTable = false): KernelKey[] {
  const keys: KernelKey[] = [];
  for (const reduce of ['sg', 'wg'] as const) {
    for (const ncols of [1, 2, 3, 4, 5, 6, 7, 8]) keys.push({ op: 'mmvq', format, ncols, rows: 1, reduce });
    keys.push({ op: 'mmvq_id', format, ncols: 1, rows: 1, reduce });
    // Formats with large tables also get the workgroup-memory table form for one and eight columns.
    if (largeTables) for (const ncols of [1, 8]) keys.push({ op: 'mmvq', format, ncols, rows: 1, reduce, tables: 'workgroup' });
  }
  for (const ncols of [1, 2, 4, 8]) keys.push({ op: 'matvec_f32', format, ncols, rows: 1, reduce: 'wg' });
  // No unrolled probes for large-table formats: unrolling a kernel that indexes a constant grid array costs
  // lavapipe ~40 s per case (117 s for mmvq.iq2_s.nc1.r1.wg.u4c's three), and on the H200 the table form
  // (.tw), not the unroll, is what moves these formats (docs/benchmarks/h200-tw-probe-5f7040c.md).
  if (!largeTables) for (const [ncols, s] of scheduleProbes(smallTable)) keys.push(keyOf('mmvq', format, ncols, s));
  return keys;
}
