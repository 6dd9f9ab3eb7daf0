// build(): the one driver of the pipeline, above codegen/ and targets/ (it runs both). DSL files -> FormatIR (frontend) -> kernels (IR) ->
// emitted sources per target -> a bundle (path -> bytes) with a manifest. The CLI is a shell over it.
import { basename } from 'node:path';
import { contentHash } from '../codegen/hash.js';
import type { FormatIR } from '../codegen/ir/format.js';
import type { Kernel } from '../codegen/ir/kernel.js';
import { printFormat, printKernel } from '../codegen/ir/print.js';
import { shareSubexpressions } from '../codegen/passes/cse.js';
import { capabilitiesOf, isLargeTable, MAX_TABLE_ENTRIES, prepareKernel, tableDecls, type TargetCaps } from '../codegen/passes/legalize.js';
import { emitCpuFormat } from '../targets/js/emit.js';
import { emitWgsl, wgslLoadCaps } from '../targets/wgsl/emit.js';
import { emitGlsl, glslLoadCaps } from '../targets/glsl/emit.js';
import { compileGlsl, disassemble, pool, SPIRV_ENV } from '../targets/glsl/compile.js';
import { BundleCache, buildInputHash, KGEN_VERSION, ModuleCache } from './cache.js';

// The frontend (ts-morph, TypeScript) loads only when a stage needs it: a cached rebuild never does.
const frontend = () => import('./formats.js');
import { ACT } from '../codegen/kernels/common.js';
import { buildKernel } from '../codegen/kernels/index.js';
import { defaultKeys, keyString, OPS, parseKey, type KernelKey } from '../codegen/kernels/key.js';
import type { Bundle, Manifest, ManifestKernel } from '../codegen/manifest.js';
import { tunedKeys } from '../tuning/index.js';
import type { WgslBundle } from '../targets/webgpu/runtime.js';

export type { Bundle };

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
    '/** Formats without GPU kernels yet (CPU reference and quantizer only), and why. */',
    `export const cpuOnlyFormats: Record<string, string> = { ${irs.filter((f) => gpuUnsupported(f)).map((f) => `${f.name}: ${JSON.stringify(gpuUnsupported(f))}`).join(', ')} };`,
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
  /** Reuse compiled modules from the content-addressed cache (default true). */
  cache?: boolean;
  /** Where the cache lives (default: node_modules/.cache/kgen, else ~/.cache/kgen; env KGEN_CACHE_DIR). */
  cacheDir?: string;
}

/** Why the GPU targets cannot build format `f` (undefined: they can): a table larger than they hold. */
export function gpuUnsupported(f: FormatIR): string | undefined {
  const large = f.tables.filter((t) => t.values.length > MAX_TABLE_ENTRIES);
  if (!large.length) return undefined;
  return `lookup tables larger than the GPU targets hold (${large.map((t) => `${t.name}: ${t.values.length} x ${t.kind}`).join(', ')}; at most ${MAX_TABLE_ENTRIES} entries)`;
}

/** The kernel keys a build makes. */
export function selectKeys(irs: FormatIR[], variants?: string[]): KernelKey[] {
  // The default set, plus the variants the shipped tuning tables choose (so they are used by default).
  const tuned = tunedKeys().map(parseKey).filter((k) => irs.some((f) => f.name === k.format));
  const all = dedupe([{ op: 'quantize_q8_1', ncols: 1, rows: 1, reduce: 'wg' } as KernelKey, ...irs.flatMap((f) => defaultKeys(f.name, f.tables.some(isLargeTable), f.tables.length > 0 && !f.tables.some(isLargeTable))), ...tuned]);
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

/** The stages of build(), in order. Each can be printed for one kernel with `kgen build --dump STAGE`. */
export const STAGES = ['frontend', 'kernel', 'legalize', 'optimise', 'emit', 'compile'] as const;
export type Stage = (typeof STAGES)[number];

/** A shader language target: how its kernels are legalized and emitted. */
interface ShaderTarget {
  loadCaps(k: Kernel): TargetCaps;
  emit(k: Kernel, header: string[]): { code: string; capabilities: string[]; requires: string[] };
}
const SHADER: Record<'wgsl' | 'glsl', ShaderTarget> = {
  wgsl: { loadCaps: wgslLoadCaps, emit: emitWgsl },
  glsl: { loadCaps: glslLoadCaps, emit: emitGlsl },
};

/** Wall time per stage (ms, summed over kernels; compile also split into its two tools). */
export type Timings = Record<Stage | 'glslang' | 'spirv-val' | 'cache-read' | 'total', number> & { cacheHits: number; cacheMisses: number; bundleCached?: boolean };

const now = () => performance.now();

/** Runs one kernel through legalize -> optimise -> emit for a shader target. */
function lowerKernel(kernel: Kernel, target: 'wgsl' | 'glsl', header: string[], t?: Timings) {
  const sh = SHADER[target];
  const t0 = now();
  const legal = prepareKernel(kernel, sh.loadCaps(kernel));
  const t1 = now();
  const opt = shareSubexpressions(legal);
  const t2 = now();
  const out = sh.emit(opt, [...header, `capabilities: ${capabilitiesOf(opt).size ? [...capabilitiesOf(opt)].sort().join(', ') : 'none (baseline)'}`]);
  const t3 = now();
  if (t) { t.legalize += t1 - t0; t.optimise += t2 - t1; t.emit += t3 - t2; }
  return { legal, opt, out: { ...out, code: withHash(out.code) } };
}

/** The hash of what shapes a build's output besides the sources: kgen's version and the options. */
export function optionsHash(opts: BuildOptions): string {
  const shape = { kgen: KGEN_VERSION, formats: opts.formats ?? null, targets: opts.targets ?? null, variants: opts.variants ?? null, typescript: !!opts.typescript, spirvEnv: SPIRV_ENV };
  return contentHash(JSON.stringify(shape));
}

export async function build(opts: BuildOptions = {}): Promise<Bundle & { timings: Timings }> {
  const timings = Object.fromEntries([...STAGES, 'glslang', 'spirv-val', 'cache-read', 'total', 'cacheHits', 'cacheMisses'].map((k) => [k, 0])) as unknown as Timings;
  const tStart = now();
  const memo = opts.cache === false ? undefined : new BundleCache(opts.cacheDir);
  const inputHash = memo && buildInputHash(optionsHash(opts), opts.formatFiles);
  const hit = memo && inputHash ? memo.get(inputHash) : undefined;
  if (hit) {
    timings.total = timings['cache-read'] = now() - tStart;
    timings.cacheHits = hit.size;
    timings.bundleCached = true;
    return { files: hit, manifest: JSON.parse(hit.get('manifest.json') as string) as Manifest, timings };
  }
  const { loadFormats, formatFilesFor } = await frontend();
  const all = loadFormats(opts.formatFiles ?? formatFilesFor(opts.formats));
  timings.frontend = now() - tStart;
  const irs = opts.formats?.length ? opts.formats.map((n) => all.find((f) => f.name === n) ?? fail(`kgen: unknown format '${n}'; known: ${all.map((f) => f.name).join(', ')}`)) : all;
  const targets = new Set(opts.targets ?? TARGETS);
  for (const t of targets) if (!TARGETS.includes(t)) throw new Error(`kgen: unknown target '${t}'; targets are ${TARGETS.join(', ')}`);
  // Formats the GPU targets cannot hold yet get their CPU modules only; asking for their kernels is an error.
  for (const f of all) {
    const why = gpuUnsupported(f);
    const named = opts.formats?.includes(f.name) || opts.variants?.some((v) => v.split('.')[1] === f.name);
    if (why && named) throw new Error(`kgen: format ${f.name} has no GPU kernels yet: ${why} (its CPU reference and quantizer are built with --ts)`);
  }
  const cpuOnly = irs.filter((f) => gpuUnsupported(f)).map((f) => ({ name: f.name, ggmlType: f.ggmlType, reason: gpuUnsupported(f)! }));
  const gpuIrs = irs.filter((f) => !cpuOnly.some((c) => c.name === f.name));
  const keys = selectKeys(gpuIrs, opts.variants);
  const files = new Map<string, string | Uint8Array>();
  const records: ManifestKernel[] = [];
  const spirvJobs: (() => Promise<void>)[] = [];
  const cache = opts.cache === false ? undefined : new ModuleCache(opts.cacheDir);
  let done = 0;
  const total = keys.length;
  const progress = (what: string) => opts.onProgress?.(++done, total, what);

  for (const key of keys) {
    const ks = keyString(key);
    const t0 = now();
    const kernel = buildKernel(key, irs);
    timings.kernel += now() - t0;
    const fmt = irs.find((f) => f.name === key.format);
    const header = kernelHeader(ks, kernel, fmt);
    const rec: ManifestKernel = {
      key: ks, op: key.op, format: key.format,
      variant: { ncols: key.ncols, rows: key.rows, reduce: key.reduce },
      entryPoint: kernel.entryPoint,
      workgroupSize: { constant: kernel.workgroupSize.constant, default: kernel.constants.find((c) => c.name === kernel.workgroupSize.constant)!.default },
      bindings: kernel.buffers.map((b) => ({ binding: b.binding, name: b.name, access: b.access, element: b.views[0], role: b.role })),
      params: kernel.params.map((p, i) => ({ name: p.name, offset: 4 * i, type: p.ty, doc: p.doc })),
      constants: kernel.constants.map((c) => ({ name: c.name, id: c.id, type: c.ty, default: c.default, doc: c.doc })),
      ...manifestTables(kernel),
      capabilities: [],
      source: fmt?.source.file,
      doc: kernel.doc,
      targets: {},
    };
    const caps = new Set<string>();
    if (targets.has('wgsl')) {
      const m = lowerKernel(kernel, 'wgsl', header, timings).out as ReturnType<typeof emitWgsl>;
      const file = `wgsl/${ks}.wgsl`;
      files.set(file, m.code);
      m.capabilities.forEach((c) => caps.add(c));
      rec.targets.wgsl = { file, hash: contentHash(m.code), requires: m.requires, params: { kind: 'uniform', binding: m.uniformBinding, bytes: m.uniformBytes } };
    }
    if (targets.has('glsl') || targets.has('spirv')) {
      const g = lowerKernel(kernel, 'glsl', header, timings).out as ReturnType<typeof emitGlsl>;
      const code = g.code;
      g.capabilities.forEach((c) => caps.add(c));
      if (targets.has('glsl')) {
        const file = `glsl/${ks}.glsl`;
        files.set(file, code);
        rec.targets.glsl = { file, hash: contentHash(code), requires: g.requires, params: { kind: 'push_constant', bytes: g.pushConstantBytes } };
      }
      if (targets.has('spirv')) {
        spirvJobs.push(async () => {
          const bytes = await compileCached(code, ks, fmt?.source.file, cache, timings);
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
  const tc = now();
  await pool(spirvJobs, opts.jobs);
  timings.compile = now() - tc;

  const manifest: Manifest = {
    kgen: KGEN_VERSION,
    optionsHash: optionsHash(opts),
    activationLayout: {
      name: ACT.name,
      description: 'per column, ceil(K/128) super-blocks of 144 bytes: 4 header u32 (bits 0..15 f16 scale d, bits 16..31 int16 exact sum of the block\'s quants) then 4 x 32 int8 quants; blocks past K are zero',
      superBlockElems: ACT.superBlockElems,
      superBlockBytes: ACT.superBlockBytes,
    },
    formats: gpuIrs.map((f) => ({ name: f.name, ggmlType: f.ggmlType, blockElems: f.blockElems, blockBytes: f.blockBytes, groupElems: f.groupElems, source: f.source.file })),
    ...(cpuOnly.length ? { cpuOnly } : {}),
    kernels: records.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
  files.set('manifest.json', JSON.stringify(manifest, null, 1) + '\n');
  if (opts.typescript) {
    const t0 = now();
    for (const [p, s] of emitCpuFiles(irs)) files.set(p, s);
    for (const [p, s] of emitIndexFiles(manifest)) files.set(p, s);
    timings.emit += now() - t0;
  }
  const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  if (memo && inputHash) memo.put(inputHash, sorted);
  timings.total = now() - tStart;
  return { files: sorted, manifest, timings };
}

/** The header lines of a kernel's generated module. */
function kernelHeader(ks: string, kernel: Kernel, fmt: FormatIR | undefined): string[] {
  return [`kgen ${KGEN_VERSION}: ${ks}`, ...kernel.doc, ...(fmt ? [`format ${fmt.name} (ggml type ${fmt.ggmlType}) from ${fmt.source.file}`] : [])];
}

/** SPIR-V of a GLSL module: from the content-addressed cache, else glslang + spirv-val (then cached). */
async function compileCached(code: string, label: string, where: string | undefined, cache: ModuleCache | undefined, t: Timings): Promise<Uint8Array> {
  const key = cache?.key(code);
  if (cache && key) {
    const t0 = now();
    const hit = cache.get(key);
    t['cache-read'] += now() - t0;
    if (hit) { t.cacheHits++; return hit; }
  }
  t.cacheMisses++;
  const words = await compileGlsl(code, label, where, t);
  const bytes = new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
  if (cache && key) cache.put(key, bytes);
  return bytes;
}

/**
 * Prints one stage of one kernel: the format IR (frontend), the kernel IR as built (kernel), legalized
 * for the target (legalize), with shared subexpressions bound (optimise), the emitted source (emit)
 * or the SPIR-V disassembly (compile). `target` is wgsl or glsl (spirv for compile).
 */
export async function dumpStage(stage: string, variant: string, target: Target = 'wgsl'): Promise<string> {
  if (!(STAGES as readonly string[]).includes(stage)) throw new Error(`kgen build --dump: unknown stage '${stage}'; stages are ${STAGES.join(', ')}`);
  const key = parseKey(variant);
  const { loadFormats, formatFilesFor } = await frontend();
  const irs = loadFormats(formatFilesFor(key.format ? [key.format] : undefined));
  const fmt = irs.find((f) => f.name === key.format);
  if (key.format && !fmt) throw new Error(`kgen build --dump: unknown format '${key.format}' in ${variant}`);
  if (stage === 'frontend') {
    if (!fmt) throw new Error(`kgen build --dump frontend: ${variant} reads no format`);
    return printFormat(fmt);
  }
  const kernel = buildKernel(key, irs);
  if (stage === 'kernel') return printKernel(kernel);
  const lang = stage === 'compile' || target === 'spirv' ? 'glsl' : target;
  const { legal, opt, out } = lowerKernel(kernel, lang, kernelHeader(keyString(key), kernel, fmt));
  if (stage === 'legalize') return printKernel(legal);
  if (stage === 'optimise') return printKernel(opt);
  if (stage === 'emit') return out.code;
  const words = await compileGlsl(out.code, keyString(key), fmt?.source.file);
  return disassemble(words);
}

/** The manifest's description of a kernel's tables (the same for every target). */
export function manifestTables(kernel: Kernel): Pick<ManifestKernel, 'tables'> {
  const decls = tableDecls(kernel);
  if (!decls.length) return {};
  return { tables: decls.map((d) => ({ name: d.name, kind: d.kind, entries: d.entries, form: d.form, bytes: 4 * d.words.length, workgroupBytes: d.shared ? 4 * d.words.length : 0 })) };
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
