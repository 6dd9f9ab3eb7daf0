// The tuning tables shipped with kgen (tuning/tables/*.json), usable in browsers too (no fs).
import h200Spirv from './tables/h200.spirv.json' with { type: 'json' };
import h200Wgsl from './tables/h200.wgsl.json' with { type: 'json' };

export interface TuningEntry { key: string; wg: number; us?: number }
export interface TuningTable {
  name: string;
  runtime: string;
  vendor: string;
  /** Matched as a substring of the device name the runtime reports ('*': any device of the vendor). */
  device: string;
  /** The shape measured (rows x K). */
  shape: string;
  /** format -> ncols -> best variant. */
  entries: Record<string, Record<string, TuningEntry>>;
}

export const shippedTables: readonly TuningTable[] = [h200Spirv as TuningTable, h200Wgsl as TuningTable];

/** The shipped table for a runtime and device, if any. */
export function findTuning(runtime: string, vendor: string, device: string, tables: readonly TuningTable[] = shippedTables): TuningTable | undefined {
  const mine = tables.filter((t) => t.runtime === runtime);
  return mine.find((t) => t.device !== '*' && device.toLowerCase().includes(t.device.toLowerCase())) ?? mine.find((t) => t.device === '*' && t.vendor === vendor);
}

/** The variant for (format, ncols): the measured one, or the one measured at the nearest smaller ncols
 *  with this ncols substituted into its key. */
export function pickVariant(t: TuningTable, format: string, ncols: number): TuningEntry | undefined {
  const byN = t.entries[format];
  if (!byN) return undefined;
  if (byN[ncols]) return byN[ncols];
  const measured = Object.keys(byN).map(Number).filter((n) => n <= ncols).sort((a, b) => b - a)[0];
  if (measured === undefined) return undefined;
  const e = byN[measured];
  return { key: e.key.replace(/\.nc\d+\./, `.nc${ncols}.`), wg: e.wg };
}
