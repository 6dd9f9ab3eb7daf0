// Tuning tables: per device and runtime, the measured best mmvq variant (rows per workgroup, reduction)
// and workgroup size for each format and ncols. `kgen tune` writes them; the runtimes and `kgen bench`
// read the one shipped for the present device, else the vendor default below.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TuningEntry { key: string; wg: number; us?: number }
export interface TuningTable {
  name: string;
  runtime: string;
  vendor: string;
  device: string;
  /** The shape measured (rows x K). */
  shape: string;
  /** format -> ncols -> best variant. */
  entries: Record<string, Record<string, TuningEntry>>;
}

const here = dirname(fileURLToPath(import.meta.url));
const tablesDir = existsSync(join(here, 'tables')) ? join(here, 'tables') : join(here, '..', '..', 'tuning', 'tables');

/** The shipped tables (tuning/tables/*.json). */
export function shippedTables(): TuningTable[] {
  if (!existsSync(tablesDir)) return [];
  return readdirSync(tablesDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(tablesDir, f), 'utf8')) as TuningTable);
}

/** A table from a file, or the shipped one whose runtime matches and whose device name is contained in `device`. */
export function loadTuning(file?: string, runtime?: string, vendor?: string, device?: string): TuningTable | undefined {
  if (file) return JSON.parse(readFileSync(file, 'utf8')) as TuningTable;
  const tables = shippedTables().filter((t) => t.runtime === runtime);
  return tables.find((t) => device && device.toLowerCase().includes(t.device.toLowerCase())) ?? tables.find((t) => t.vendor === vendor && t.device === '*');
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
