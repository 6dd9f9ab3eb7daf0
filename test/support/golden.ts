// Reads ggml's golden vectors (../shared/golden, or $KGEN_GOLDEN). Never copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GoldenSection { offset: number; length: number; dtype: 'u8' | 'f32' | 'f64'; shape: number[] }
export interface GoldenEntry {
  file: string; case: string; format: string; ggml_type: number; block_size: number; type_size: number;
  rows: number; K: number; ncols: number; seed: number; edge_cases?: string[]; kind?: string;
  /** The importance matrix ggml's quantizer got: null (none) or "ones" (K floats of 1.0). */
  imatrix?: string | null;
  sections: Record<string, GoldenSection>;
}

const here = dirname(fileURLToPath(import.meta.url));
export const goldenDir = resolve(process.env.KGEN_GOLDEN ?? join(here, '../../../shared/golden'));
export const goldenAvailable = existsSync(join(goldenDir, 'index.json'));

export function goldenIndex(): GoldenEntry[] {
  if (!goldenAvailable) return [];
  return (JSON.parse(readFileSync(join(goldenDir, 'index.json'), 'utf8')) as { files: GoldenEntry[] }).files;
}

/** ggml's golden file names use q2_K ... q6_K; kgen uses lowercase ids. */
export const kgenName = (ggmlName: string): string => ggmlName.toLowerCase();

export class GoldenCase {
  readonly buf: ArrayBuffer;
  constructor(readonly entry: GoldenEntry) {
    const b = readFileSync(join(goldenDir, entry.file));
    this.buf = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    if (new TextDecoder().decode(new Uint8Array(this.buf, 0, 8)) !== 'GGMLGLD1') throw new Error(`${entry.file}: bad magic`);
  }
  get format(): string { return kgenName(this.entry.format); }
  /** The quantizer options that reproduce ggml's call (the importance matrix it was given). */
  get quantizeOptions(): { importance?: Float32Array } {
    const m = this.entry.imatrix;
    if (m === undefined || m === null) return {};
    if (m === 'ones') return { importance: new Float32Array(this.entry.K).fill(1) };
    throw new Error(`${this.entry.file}: unknown imatrix '${m}'`);
  }
  private sec(name: string): GoldenSection {
    const s = this.entry.sections[name];
    if (!s) throw new Error(`${this.entry.file}: no section ${name}`);
    return s;
  }
  u8(name: string): Uint8Array { const s = this.sec(name); return new Uint8Array(this.buf, s.offset, s.length); }
  f32(name: string): Float32Array { const s = this.sec(name); return new Float32Array(this.buf, s.offset, s.length / 4); }
  f64(name: string): Float64Array { const s = this.sec(name); return new Float64Array(this.buf, s.offset, s.length / 8); }
}

export function goldenCases(filter?: (e: GoldenEntry) => boolean): GoldenCase[] {
  return goldenIndex().filter((e) => e.kind !== 'activation_quant' && (!filter || filter(e))).map((e) => new GoldenCase(e));
}

export function goldenActivationCase(): GoldenCase | undefined {
  const e = goldenIndex().find((x) => x.kind === 'activation_quant');
  return e ? new GoldenCase(e) : undefined;
}

/** Where the golden folder is absent, say so loudly and count what was not checked. In CI (env CI
 *  set) it is an error instead: a CI run that cannot check against ggml must not pass. */
export function warnGoldenMissing(what: string, checksNotRun: number): void {
  const msg = `GOLDEN VECTORS NOT FOUND at ${goldenDir} (set KGEN_GOLDEN): ${checksNotRun} ${what} checks NOT RUN`;
  if (process.env.CI) throw new Error(`${msg} (CI is set, so this fails the run)`);
  console.warn(`\n*** ${msg} ***\n`);
}
