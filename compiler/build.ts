// build(): the one driver of the pipeline, above codegen/ and targets/ (it runs both). DSL files -> FormatIR (frontend) -> kernels (IR) ->
// emitted sources per target -> a bundle (path -> bytes) with a manifest. The CLI is a shell over it.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileFormats } from '../codegen/frontend.js';
import { KGEN_VERSION, contentHash } from '../codegen/hash.js';
import type { FormatIR } from '../codegen/ir/format.js';
import { dslFormatsDir } from '../codegen/paths.js';
import { emitCpuFormat } from '../targets/js/emit.js';
import { emitWgsl } from '../targets/wgsl/emit.js';
import { emitGlsl } from '../targets/glsl/emit.js';
import { compileGlsl, pool } from '../targets/glsl/compile.js';
import { ACT } from '../codegen/kernels/common.js';
import { buildKernel } from '../codegen/kernels/index.js';
import { defaultKeys, keyString, OPS, parseKey, type KernelKey } from '../codegen/kernels/key.js';
import type { Bundle, Manifest, ManifestKernel } from '../codegen/manifest.js';
import { tunedKeys } from '../tuning/index.js';
import type { WgslBundle } from '../targets/webgpu/runtime.js';

export type { Bundle };

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

// ---------------------------------------------------------------------------------------------
// Kernels and the bundle.

export type Target = 'wgsl' | 'glsl' | 'spirv';
export const TARGETS: readonly Target[] = ['wgsl', 'glsl', 'spirv'];

export interface BuildOptions {
  /** Formats to build (default: all built-in). */
  formats?: string[];
  /** Targets (default: wgsl, glsl, spirv). spirv implies compiling the GLSL. */
  targets?: Target[];
  /** Kernel keys (`mmvq.q4_k.nc3.r2.wg`) or ops (`mmvq`, `matvec_f32` ...) to build (default: the default set). */
  variants?: string[];
  /** Also emit the CPU reference and the TypeScript index modules (what generated/ holds). */
  typescript?: boolean;
  /** Called as kernels finish (done, total). */
  onProgress?: (done: number, total: number, what: string) => void;
  /** Parallel shader compiles (default: CPU count). */
  jobs?: number;
  /** Format DSL files (default: dsl/formats/*.ts). */
  formatFiles?: string[];
}

/** The kernel keys a build makes. */
export function selectKeys(irs: FormatIR[], variants?: string[]): KernelKey[] {
  // The default set, plus the variants the shipped tuning tables choose (so they are used by default).
  const tuned = tunedKeys().map(parseKey).filter((k) => irs.some((f) => f.name === k.format));
  const all = dedupe([{ op: 'quantize_q8_1', ncols: 1, rows: 1, reduce: 'wg' } as KernelKey, ...irs.flatMap((f) => defaultKeys(f.name)), ...tuned]);
  if (!variants?.length) return all;
  const out: KernelKey[] = [];
  for (const v of variants) {
    if ((OPS as readonly string[]).includes(v)) out.push(...all.filter((k) => k.op === v));
    else {
      const k = parseKey(v);
      if (k.format && !irs.some((f) => f.name === k.format)) throw new Error(`kgen: variant ${v}: format '${k.format}' is not being built`);
      out.push(k);
    }
  }
  return dedupe(out);
}

function dedupe(keys: KernelKey[]): KernelKey[] {
  const seen = new Set<string>();
  return keys.filter((k) => !seen.has(keyString(k)) && seen.add(keyString(k)));
}

export async function build(opts: BuildOptions = {}): Promise<Bundle> {
  const all = loadFormats(opts.formatFiles);
  const irs = opts.formats?.length ? opts.formats.map((n) => all.find((f) => f.name === n) ?? fail(`kgen: unknown format '${n}'; known: ${all.map((f) => f.name).join(', ')}`)) : all;
  const targets = new Set(opts.targets ?? TARGETS);
  for (const t of targets) if (!TARGETS.includes(t)) throw new Error(`kgen: unknown target '${t}'; targets are ${TARGETS.join(', ')}`);
  const keys = selectKeys(irs, opts.variants);
  const files = new Map<string, string | Uint8Array>();
  const records: ManifestKernel[] = [];
  const spirvJobs: (() => Promise<void>)[] = [];
  let done = 0;
  const total = keys.length;
  const progress = (what: string) => opts.onProgress?.(++done, total, what);

  for (const key of keys) {
    const ks = keyString(key);
    const kernel = buildKernel(key, irs);
    const fmt = irs.find((f) => f.name === key.format);
    const header = [
      `kgen ${KGEN_VERSION}: ${ks}`,
      ...kernel.doc,
      ...(fmt ? [`format ${fmt.name} (ggml type ${fmt.ggmlType}) from ${fmt.source.file}`] : []),
    ];
    const rec: ManifestKernel = {
      key: ks, op: key.op, format: key.format,
      variant: { ncols: key.ncols, rows: key.rows, reduce: key.reduce },
      entryPoint: kernel.entryPoint,
      workgroupSize: { constant: kernel.workgroupSize.constant, default: kernel.constants.find((c) => c.name === kernel.workgroupSize.constant)!.default },
      bindings: kernel.buffers.map((b) => ({ binding: b.binding, name: b.name, access: b.access, element: b.views[0], role: b.role })),
      params: kernel.params.map((p, i) => ({ name: p.name, offset: 4 * i, type: p.ty, doc: p.doc })),
      constants: kernel.constants.map((c) => ({ name: c.name, id: c.id, type: c.ty, default: c.default, doc: c.doc })),
      capabilities: [],
      source: fmt?.source.file,
      doc: kernel.doc,
      targets: {},
    };
    const caps = new Set<string>();
    if (targets.has('wgsl')) {
      const m = emitWgsl(kernel, header);
      const code = withHash(m.code);
      const file = `wgsl/${ks}.wgsl`;
      files.set(file, code);
      m.capabilities.forEach((c) => caps.add(c));
      rec.targets.wgsl = {
        file, hash: contentHash(code),
        requires: m.requires,
        params: { kind: 'uniform', binding: m.uniformBinding, bytes: m.uniformBytes },
      };
    }
    if (targets.has('glsl') || targets.has('spirv')) {
      const g = emitGlsl(kernel, header);
      const code = withHash(g.code);
      g.capabilities.forEach((c) => caps.add(c));
      if (targets.has('glsl')) {
        const file = `glsl/${ks}.glsl`;
        files.set(file, code);
        rec.targets.glsl = { file, hash: contentHash(code), requires: g.requires, params: { kind: 'push_constant', bytes: g.pushConstantBytes } };
      }
      if (targets.has('spirv')) {
        spirvJobs.push(async () => {
          const words = await compileGlsl(code, ks, fmt?.source.file);
          const bytes = new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
          const file = `spirv/${ks}.spv`;
          files.set(file, bytes);
          rec.targets.spirv = { file, hash: contentHash(bytes), requires: g.requires, params: { kind: 'push_constant', bytes: g.pushConstantBytes } };
          progress(ks);
        });
      }
    }
    rec.capabilities = [...caps].sort();
    records.push(rec);
    if (!targets.has('spirv')) progress(ks);
  }
  await pool(spirvJobs, opts.jobs);

  const manifest: Manifest = {
    kgen: KGEN_VERSION,
    activationLayout: {
      name: ACT.name,
      description: 'per column, ceil(K/128) super-blocks of 144 bytes: 4 header u32 (bits 0..15 f16 scale d, bits 16..31 int16 exact sum of the block\'s quants) then 4 x 32 int8 quants; blocks past K are zero',
      superBlockElems: ACT.superBlockElems,
      superBlockBytes: ACT.superBlockBytes,
    },
    formats: irs.map((f) => ({ name: f.name, ggmlType: f.ggmlType, blockElems: f.blockElems, blockBytes: f.blockBytes, groupElems: f.groupElems, source: f.source.file })),
    kernels: records.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
  files.set('manifest.json', JSON.stringify(manifest, null, 1) + '\n');
  if (opts.typescript) {
    for (const [p, s] of emitCpuFiles(irs)) files.set(p, s);
    for (const [p, s] of emitIndexFiles(manifest)) files.set(p, s);
  }
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), manifest };
}

function fail(msg: string): never {
  throw new Error(msg);
}

/** Puts the content hash into the header's last line (computed over the text without it). */
function withHash(code: string): string {
  return code.replace(/^(\/\/ kgen [^\n]*)\n/, (line) => `${line.trimEnd()}; generated, do not edit; content hash ${contentHash(code)}\n`);
}

/** The typed index modules of generated/: one per format (tree-shakable) and one for all. */
function emitIndexFiles(manifest: Manifest): Map<string, string> {
  const out = new Map<string, string>();
  const groups = new Map<string, ManifestKernel[]>();
  for (const k of manifest.kernels) {
    const g = k.format ?? 'common';
    groups.set(g, [...(groups.get(g) ?? []), k]);
  }
  for (const [g, ks] of groups) {
    const lines = [
      `import { spirvFile, textFile, type GeneratedKernel } from '../../targets/bundle.js';`,
      '',
      `/** Generated kernels of ${g === 'common' ? 'every format (activation quantization)' : `format ${g}`}, by key. */`,
      'export const kernels: Record<string, GeneratedKernel> = {',
    ];
    for (const k of ks) {
      lines.push(`  '${k.key}': {`);
      lines.push(`    record: ${JSON.stringify(k)},`);
      if (k.targets.wgsl) lines.push(`    wgsl: textFile(new URL('../${k.targets.wgsl.file}', import.meta.url)),`);
      if (k.targets.spirv) lines.push(`    spirv: spirvFile(new URL('../${k.targets.spirv.file}', import.meta.url)),`);
      lines.push('  },');
    }
    lines.push('};', '');
    const fmt = manifest.formats.find((f) => f.name === g);
    if (fmt) lines.push(`/** The format these kernels read (block facts from the manifest). */`, `export const format = ${JSON.stringify(fmt)};`, '');
    const body = lines.join('\n');
    out.set(`kernels/${g}.ts`, generatedHeader([`kgen kernels: ${g}`], body) + '\n' + body);
  }
  const names = [...groups.keys()].sort();
  const idx = [
    `import type { Manifest } from '../codegen/manifest.js';`,
    `import type { GeneratedKernel } from '../targets/bundle.js';`,
    ...names.map((n) => `import { kernels as ${n === 'common' ? 'common' : `k_${n}`} } from './kernels/${n}.js';`),
    `export { cpuFormats } from './cpu/index.js';`,
    `export { formatDefs } from './formats.js';`,
    '',
    '/** Every generated kernel, by key (`mmvq.q4_k.nc1.r1.sg`, `quantize_q8_1`, ...). */',
    `export const kernels: Record<string, GeneratedKernel> = { ${names.map((n) => `...${n === 'common' ? 'common' : `k_${n}`}`).join(', ')} };`,
    '',
    '/** The formats the kernels cover and the activation layout (the rest of manifest.json). */',
    `export const manifest: Omit<Manifest, 'kernels'> = ${JSON.stringify({ ...manifest, kernels: undefined })};`,
    '',
  ].join('\n');
  out.set('index.ts', generatedHeader(['kgen generated bundle index'], idx) + '\n' + idx);
  return out;
}

/** A built bundle as the WebGPU runtime's kernel source. */
export function wgslBundle(b: Bundle): WgslBundle {
  return {
    formats: b.manifest.formats,
    kernel(key) {
      const record = b.manifest.kernels.find((k) => k.key === key);
      const wgsl = record?.targets.wgsl ? (b.files.get(record.targets.wgsl.file) as string) : undefined;
      return record && wgsl ? { record, wgsl } : undefined;
    },
  };
}
