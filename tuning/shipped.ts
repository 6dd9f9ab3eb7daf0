// The tuning tables shipped with kgen (tuning/tables/*.json), usable in browsers too (no fs).
import h200Spirv from './tables/h200.spirv.json' with { type: 'json' };
import h200Wgsl from './tables/h200.wgsl.json' with { type: 'json' };
import lavapipeSpirv from './tables/lavapipe.spirv.json' with { type: 'json' };
import lavapipeWgsl from './tables/lavapipe.wgsl.json' with { type: 'json' };
import nvidiaSpirv from './tables/nvidia-default.spirv.json' with { type: 'json' };
import nvidiaWgsl from './tables/nvidia-default.wgsl.json' with { type: 'json' };

import { findTable, tunedVariant, type TunedVariant, type TuningTable } from '../targets/runtime/core.js';

export type { TunedVariant, TuningEntry, TuningTable } from '../targets/runtime/core.js';

/** Measured tables (H200, lavapipe) and vendor defaults (device '*'); without a match the runtimes use
 *  mmvq with one row per workgroup, subgroup reduction where present, and 128 threads. */
export const shippedTables: readonly TuningTable[] = [h200Spirv, h200Wgsl, lavapipeSpirv, lavapipeWgsl, nvidiaSpirv, nvidiaWgsl] as TuningTable[];

/** The shipped table for a runtime and device, if any. */
export function findTuning(runtime: string, vendor: string, device: string, tables: readonly TuningTable[] = shippedTables): TuningTable | undefined {
  return findTable(tables, runtime, vendor, device);
}

/** The variant for (format, ncols) as a typed key: the measured one, or the one measured at the nearest
 *  smaller ncols with this ncols. */
export function pickVariant(t: TuningTable, format: string, ncols: number): TunedVariant | undefined {
  return tunedVariant(t, format, ncols);
}
