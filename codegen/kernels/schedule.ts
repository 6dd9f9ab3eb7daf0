// A schedule: how an mmvq kernel walks the blocks of a format, separate from what the blocks mean.
// Kernel = (format, op, schedule). The default schedule is the kernel kgen has always built, and its
// key strings stay as they were (`mmvq.q4_k.nc1.r1.sg`); every other axis value adds a suffix.
//
// Axes:
//  rows    weight rows per workgroup; the activation words are read once per step and kept in
//          registers for all of them.
//  reduce  cross-thread reduction: subgroup operations ('sg') or workgroup memory only ('wg').
//  unroll  32-element chunks one thread takes per step (1, 2, 4, 8): more loads in flight, and with
//          walk 'contig' the scale words of one block or super-block are loaded once for all of them.
//  walk    how a step's chunks lie: 'strided' (chunk u of thread t is t + u * WG_SIZE: each load
//          coalesced across the workgroup as today) or 'contig' (a thread takes unroll adjacent chunks
//          of the same block: shared header and scale loads, 4-byte-aligned pairs of 2-byte blocks).
//  lut     how a lookup-table format (iq4_nl, iq4_xs, mxfp4) reads its 16-entry byte table: 'vec'
//          (dynamic index of a vec4 constant, as today) or 'sel' (three selects between constant
//          words and a shift: no indexed access at all).
// The workgroup size is a specialization constant (override in WGSL), not part of the key: the
// tuning table stores it beside the key.

export type Reduction = 'sg' | 'wg';
export type Walk = 'strided' | 'contig';
export type LutAccess = 'vec' | 'sel';

export interface Schedule {
  rows: number;
  reduce: Reduction;
  unroll: number;
  walk: Walk;
  lut: LutAccess;
}

export const DEFAULT_SCHEDULE: Readonly<Omit<Schedule, 'rows' | 'reduce'>> = { unroll: 1, walk: 'strided', lut: 'vec' };

export const AXES = {
  rows: [1, 2, 4],
  reduce: ['sg', 'wg'],
  unroll: [1, 2, 4, 8],
  walk: ['strided', 'contig'],
  lut: ['vec', 'sel'],
} as const;

/** The key suffix of the non-default axes: '' | '.u2' | '.u4c' | '.lsel' | '.u2c.lsel'. */
export function scheduleSuffix(s: Partial<Schedule>): string {
  const unroll = s.unroll ?? 1;
  let out = '';
  if (unroll !== 1) out += `.u${unroll}${s.walk === 'contig' ? 'c' : ''}`;
  if ((s.lut ?? 'vec') !== 'vec') out += `.l${s.lut}`;
  return out;
}

/** Parses a suffix written by scheduleSuffix (without the leading rows/reduce part). */
export function parseScheduleSuffix(suffix: string, where: string): Pick<Schedule, 'unroll' | 'walk' | 'lut'> {
  const m = /^(?:\.u([248])(c?))?(?:\.l(sel))?$/.exec(suffix);
  if (!m) throw new Error(`kgen: '${where}': schedule suffix '${suffix}' is not .uN[c] and/or .lsel (N = 2, 4, 8)`);
  return { unroll: m[1] ? +m[1] : 1, walk: m[2] ? 'contig' : 'strided', lut: (m[3] as LutAccess | undefined) ?? 'vec' };
}

/** Checks a schedule's values (a clear error naming the axis). */
export function checkSchedule(s: Schedule, where: string): void {
  if (!(AXES.rows as readonly number[]).includes(s.rows)) throw new Error(`kgen: ${where}: rows per workgroup must be 1, 2 or 4, got ${s.rows}`);
  if (!(AXES.unroll as readonly number[]).includes(s.unroll)) throw new Error(`kgen: ${where}: unroll must be 1, 2, 4 or 8, got ${s.unroll}`);
  if (s.unroll === 1 && s.walk !== 'strided') throw new Error(`kgen: ${where}: walk 'contig' needs unroll > 1`);
}

/** The candidate schedules for a format (what kgen tune searches): lut only where the format has a table. */
export function scheduleSpace(hasTable: boolean): Schedule[] {
  const out: Schedule[] = [];
  for (const rows of AXES.rows)
    for (const reduce of AXES.reduce)
      for (const unroll of AXES.unroll)
        for (const walk of unroll === 1 ? (['strided'] as const) : AXES.walk)
          for (const lut of hasTable ? AXES.lut : (['vec'] as const)) out.push({ rows, reduce, unroll, walk, lut });
  return out;
}

/** Schedules every default build carries (ncols, schedule): each axis value at least once, so the
 *  equivalence suite covers the schedule code on every target whatever the tuning tables choose. */
export function scheduleProbes(hasTable: boolean): [number, Schedule][] {
  const s = (rows: number, unroll: number, walk: Walk, lut: LutAccess = 'vec'): Schedule => ({ rows, reduce: 'sg', unroll, walk, lut });
  // Small ones (one column): the default build is committed and travels to the GPU machine; rows > 1
  // with unroll comes in through the H200 tables' choices (r2.sg.u2c).
  const out: [number, Schedule][] = [[1, s(1, 2, 'strided')], [1, { ...s(1, 4, 'contig'), reduce: 'wg' }]];
  if (hasTable) out.push([1, s(1, 2, 'contig', 'sel')]);
  return out;
}
