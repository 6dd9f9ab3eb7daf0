// build(): the one driver of the pipeline. DSL files -> FormatIR (frontend) -> kernels (IR) ->
// emitted sources per target -> a bundle (path -> bytes) with a manifest. The CLI is a shell over it.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileFormats } from './frontend.js';
import { KGEN_VERSION, contentHash } from './hash.js';
import type { FormatIR } from './ir/format.js';
import { dslFormatsDir } from './paths.js';
import { emitCpuFormat } from '../targets/js/emit.js';

/** The DSL files of the built-in formats (every .ts in dsl/formats), sorted. */
export function formatFiles(dir = dslFormatsDir): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => join(dir, f));
}

let cache: { key: string; irs: FormatIR[] } | undefined;

/** Compiles the built-in (or given) format files to IR, cached per file list within a process. */
export function loadFormats(files = formatFiles()): FormatIR[] {
  const key = files.join('\n');
  if (cache?.key !== key) cache = { key, irs: compileFormats(files) };
  return cache.irs;
}

/** The header every generated file starts with. */
export function generatedHeader(lines: string[], body: string, comment = '//'): string {
  const hash = contentHash(body);
  return [...lines, `kgen ${KGEN_VERSION}; generated, do not edit; content hash ${hash}`].map((l) => `${comment} ${l}`).join('\n');
}

/** generated/cpu/<format>.ts: the CPU format math emitted from IR. */
export function emitCpuFiles(irs: FormatIR[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of irs) {
    const body = emitCpuFormat(f, '', '../../targets/js/runtime.js', '../../targets/js/reference.js');
    const header = generatedHeader([`CPU reference math of format ${f.name} (ggml type ${f.ggmlType}), from ${f.source.file}`], body);
    out.set(`cpu/${f.name}.ts`, header + body);
  }
  const names = irs.map((f) => f.name);
  const idx = [
    ...names.map((n) => `import { ${n} } from './${n}.js';`),
    `import type { CpuFormat } from '../../targets/js/reference.js';`,
    '',
    '/** The CPU math of every built-in format, by name. */',
    `export const cpuFormats: Record<string, CpuFormat> = { ${names.join(', ')} };`,
    '',
  ].join('\n');
  out.set('cpu/index.ts', generatedHeader(['CPU reference math of every built-in format'], idx) + '\n' + idx);
  const defs = [
    `import type { FormatDef } from '../dsl/define.js';`,
    ...irs.map((f) => `import ${f.name} from '../dsl/formats/${basename(f.source.file, '.ts')}.js';`),
    '',
    '/** The definition of every built-in format (layout, quantizer), by name. */',
    `export const formatDefs: Record<string, FormatDef> = { ${names.map((n) => `${n}: ${n} as unknown as FormatDef`).join(', ')} };`,
    '',
  ].join('\n');
  out.set('formats.ts', generatedHeader(['The built-in format definitions'], defs) + '\n' + defs);
  return out;
}
