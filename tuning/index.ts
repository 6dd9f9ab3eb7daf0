// Tuning tables: per device and runtime, the measured best mmvq variant (rows per workgroup, reduction)
// and workgroup size for each format and ncols. `kgen tune` writes them; `kgen build` adds their
// variants to the default bundle; the runtimes and `kgen bench` use the table of the present device.
import { readFileSync } from 'node:fs';
import { keyString } from '../codegen/kernels/key.js';
import { findTuning, pickVariant, shippedTables, type TuningTable } from './shipped.js';

export * from './shipped.js';

/** A table from a file, or the shipped one for this runtime and device. */
export function loadTuning(file?: string, runtime?: string, vendor?: string, device?: string): TuningTable | undefined {
  if (file) return JSON.parse(readFileSync(file, 'utf8')) as TuningTable;
  return runtime ? findTuning(runtime, vendor ?? '', device ?? '') : undefined;
}

/** Every kernel key the shipped tables choose (for ncols 1..8), for the default build. */
export function tunedKeys(tables: readonly TuningTable[] = shippedTables): string[] {
  const keys = new Set<string>();
  for (const t of tables) {
    for (const format of Object.keys(t.entries)) {
      for (let n = 1; n <= 8; n++) {
        const v = pickVariant(t, format, n);
        if (v) keys.add(keyString(v.key));
      }
    }
  }
  return [...keys].sort();
}
