// The built-in format files and their IR (the frontend stage), cached per file list within a process.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileFormats } from '../codegen/frontend.js';
import type { FormatIR } from '../codegen/ir/format.js';
import { dslFormatsDir } from '../codegen/paths.js';

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

/** The format files a build of `formats` needs: dsl/formats/<name>.ts where each exists, else all. */
export function formatFilesFor(formats?: string[]): string[] {
  const files = formatFiles();
  if (!formats?.length) return files;
  const picked = formats.map((n) => files.find((f) => basename(f, '.ts') === n));
  return picked.every(Boolean) ? (picked as string[]) : files;
}

