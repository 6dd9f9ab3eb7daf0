// llama.cpp's figures to compare with: a parser for `test-backend-ops perf -o MUL_MAT` output, so the
// anchor binary can run in the same device command as kgen's bench and its numbers feed ratioToLlama.
//
// A result line looks like (ggml d99724f):
//   MUL_MAT(type_a=q4_0,type_b=f32,m=4096,n=1,k=14336,bs=[1,1],nr=[1,1],per=[0,1,2,3],k_v=0,o=1):  7130 runs -    14.29 us/run - 117.44 MFLOP/run -   8.22 TFLOPS
import { readFileSync } from 'node:fs';

export interface LlamaCase { format: string; m: number; n: number; k: number; usPerRun: number; runs: number; setting: string }

const LINE = /MUL_MAT\(([^)]*)\):\s+(\d+) runs -\s+([0-9.]+) us\/run/;

/** Every MUL_MAT result of one test-backend-ops perf output (`setting` names the host settings used). */
export function parseTestBackendOps(text: string, setting = 'default'): LlamaCase[] {
  const out: LlamaCase[] = [];
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const kv = new Map<string, string>();
    // Split on commas outside brackets (bs=[1,1] holds commas).
    let depth = 0, cur = '';
    for (const ch of m[1] + ',') {
      if (ch === '[') depth++;
      if (ch === ']') depth--;
      if (ch === ',' && depth === 0) {
        const i = cur.indexOf('=');
        if (i > 0) kv.set(cur.slice(0, i), cur.slice(i + 1));
        cur = '';
      } else cur += ch;
    }
    const need = (k: string) => {
      const v = kv.get(k);
      if (v === undefined) throw new Error(`kgen bench: test-backend-ops line without '${k}': ${line.trim()}`);
      return v;
    };
    if (need('type_b') !== 'f32') continue;
    out.push({ format: need('type_a').toLowerCase(), m: +need('m'), n: +need('n'), k: +need('k'), usPerRun: +m[3], runs: +m[2], setting });
  }
  return out;
}

/** Best (smallest) us per op over every file and setting, keyed `format|m x k|n`. Files are
 *  `path` or `setting=path` (e.g. force=tbo-force.txt). */
export function llamaBest(files: string[]): Map<string, { us: number; setting: string }> {
  const best = new Map<string, { us: number; setting: string }>();
  for (const spec of files) {
    const eq = spec.indexOf('=');
    const [setting, path] = eq > 0 ? [spec.slice(0, eq), spec.slice(eq + 1)] : ['default', spec];
    for (const c of parseTestBackendOps(readFileSync(path, 'utf8'), setting)) {
      const id = llamaId(c.format, c.m, c.k, c.n);
      const cur = best.get(id);
      if (!cur || c.usPerRun < cur.us) best.set(id, { us: c.usPerRun, setting: c.setting });
    }
  }
  return best;
}

export const llamaId = (format: string, rows: number, K: number, n: number) => `${format}|${rows}x${K}|${n}`;
