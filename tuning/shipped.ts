// The tuning tables shipped with kgen (tuning/tables/*.json), usable in browsers too (no fs).
import h200Spirv from './tables/h200.spirv.json' with { type: 'json' };
import h200Wgsl from './tables/h200.wgsl.json' with { type: 'json' };
import lavapipeSpirv from './tables/lavapipe.spirv.json' with { type: 'json' };
import lavapipeWgsl from './tables/lavapipe.wgsl.json' with { type: 'json' };
import nvidiaSpirv from './tables/nvidia-default.spirv.json' with { type: 'json' };
import nvidiaWgsl from './tables/nvidia-default.wgsl.json' with { type: 'json' };

/** The best measured variant: kernel key, workgroup size (threads) and its time in microseconds. */
export interface TuningEntry { key: string; wg: number; us?: number }
/** Measured best variants for one runtime on one device (a tuning/tables/*.json file). */
export interface TuningTable {
  /** Name of the table. */
  name: string;
  /** The kernel target it was measured with: 'wgsl' (WebGPU) or 'spirv' (Vulkan). */
  runtime: string;
  /** Device vendor, lowercase (e.g. 'nvidia', 'mesa'). */
  vendor: string;
  /** Matched as a substring of the device name the runtime reports ('*': any device of the vendor). */
  device: string;
  /** The shape measured (rows x K). */
  shape: string;
  /** format -> ncols -> best variant. */
  entries: Record<string, Record<string, TuningEntry>>;
}

/** Measured tables (H200, lavapipe) and vendor defaults (device '*'); without a match the runtimes use
 *  mmvq with one row per workgroup, subgroup reduction where present, and 128 threads. */
export const shippedTables: readonly TuningTable[] = [h200Spirv, h200Wgsl, lavapipeSpirv, lavapipeWgsl, nvidiaSpirv, nvidiaWgsl] as TuningTable[];

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
