// The kgen command line: a thin shell over the library (build(), the runtimes, gguf/).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Target } from '../compiler/build.js';
import { keyString, parseKey } from '../codegen/kernels/key.js';
import { generatedDir } from '../codegen/paths.js';

// The compiler (ts-morph, glslang) loads only for the commands that need it, so `kgen bench` runs
// on machines that carry just the runtime dependencies.
const compiler = () => import('../compiler/build.js');

const USAGE = `kgen: quantized mat-vec kernels for ggml formats, from one DSL to WGSL, GLSL/SPIR-V and a CPU reference

usage:
  kgen build [--formats a,b] [--targets wgsl,glsl,spirv] [--variants key|op,...] [--out DIR] [--ts] [--jobs N]
             [--timings] [--no-cache]
        write a bundle (one file per kernel, manifest.json). Default: every format, every target,
        the default variants, into generated/ (WGSL + SPIR-V, with its TypeScript index modules).
        --timings prints where the time went; --no-cache compiles every module afresh (the cache of
        compiled SPIR-V lives in node_modules/.cache/kgen, or $KGEN_CACHE_DIR).
  kgen build --dump STAGE --variants KEY [--targets wgsl|glsl]
        print one stage of one kernel: frontend (format IR), kernel (kernel IR), legalize, optimise,
        emit (WGSL/GLSL source) or compile (SPIR-V disassembly).
  kgen list [formats|kernels]        the formats, and the kernel variants of the default build
  kgen show <kernel-key> [--target wgsl|glsl|spirv-asm]
                                     print one generated kernel (e.g. mmvq.q4_k.nc1.r1.sg)
  kgen inspect <model.gguf>          tensors of a GGUF file: type, shape, size, kgen support
  kgen bench [options]               time kernels on this machine's GPU (kgen bench --help)
  kgen tune [options]                measure variants and write a tuning table (kgen tune --help)
`;

type Flags = Record<string, string | boolean>;

function parseArgs(argv: string[]): { pos: string[]; flags: Flags } {
  const pos: string[] = [];
  const flags: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      if (v !== undefined) flags[k] = v;
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags[k] = argv[++i];
      else flags[k] = true;
    } else pos.push(a);
  }
  return { pos, flags };
}

const list = (v: string | boolean | undefined): string[] | undefined => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

async function cmdBuild(flags: Flags): Promise<void> {
  if (flags.dump !== undefined) {
    const variants = list(flags.variants);
    if (typeof flags.dump !== 'string' || variants?.length !== 1) throw new Error('kgen build --dump STAGE needs one kernel: --variants KEY (e.g. --dump legalize --variants mmvq.q4_k.nc1.r1.sg)');
    const { dumpStage } = await compiler();
    const t = list(flags.targets);
    process.stdout.write(await dumpStage(flags.dump, variants[0], (t?.[0] as Target | undefined) ?? 'wgsl'));
    return;
  }
  const out = resolve(typeof flags.out === 'string' ? flags.out : generatedDir);
  const isDefault = out === generatedDir;
  // generated/ holds WGSL and SPIR-V (the GLSL is one --targets glsl away).
  const targets = (list(flags.targets) as Target[] | undefined) ?? (isDefault ? ['wgsl', 'spirv'] : undefined);
  const t0 = Date.now();
  let last = 0;
  const tty = process.stderr.isTTY;
  const { build, TARGETS } = await compiler();
  const startMs = process.uptime() * 1000;
  const bundle = await build({
    formats: list(flags.formats),
    targets,
    variants: list(flags.variants),
    typescript: isDefault || flags.ts === true,
    jobs: typeof flags.jobs === 'string' ? +flags.jobs : undefined,
    cache: flags['no-cache'] !== true,
    onProgress: (done, total, what) => {
      const now = Date.now();
      if (done === total || now - last > 500) {
        last = now;
        const line = `kgen build: ${done}/${total} kernels (${what})`;
        if (tty) process.stderr.write(`\r${line.padEnd(90)}`);
        else process.stderr.write(line + '\n');
      }
    },
  });
  if (tty) process.stderr.write('\n');
  const tw = performance.now();
  writeBundle(out, bundle.files, isDefault);
  const writeMs = performance.now() - tw;
  let bytes = 0;
  const perTarget: Record<string, number> = {};
  for (const [p, c] of bundle.files) {
    bytes += typeof c === 'string' ? Buffer.byteLength(c) : c.length;
    const t = p.split('/')[0];
    if (TARGETS.includes(t as Target)) perTarget[t] = (perTarget[t] ?? 0) + 1;
  }
  console.log(
    `kgen build: ${bundle.manifest.kernels.length} kernels for ${bundle.manifest.formats.length} formats -> ${relative(process.cwd(), out) || '.'} ` +
      `(${Object.entries(perTarget).map(([t, n]) => `${t} ${n}`).join(', ')}; ${bundle.files.size} files, ${(bytes / 1048576).toFixed(1)} MiB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (flags.timings) {
    const t = bundle.timings;
    const ms = (v: number) => `${(v / 1000).toFixed(2)} s`.padStart(9);
    const rows: [string, number, string][] = [
      ['start-up', startMs, 'node, tsx and kgen modules (ts-morph, TypeScript) loading, before build()'],
      ['frontend', t.frontend, 'ts-morph parse and DSL -> format IR'],
      ['kernel', t.kernel, 'kernel construction (IR)'],
      ['legalize', t.legalize, 'legalization for each target (summed)'],
      ['optimise', t.optimise, 'common subexpressions (summed)'],
      ['emit', t.emit, 'WGSL/GLSL and TypeScript emission (summed)'],
      ['compile', t.compile, `SPIR-V: wall time of the pool (${t.cacheHits} cached, ${t.cacheMisses} compiled)`],
      ['  glslang', t.glslang, 'glslangValidator processes (summed over parallel jobs)'],
      ['  spirv-val', t['spirv-val'], 'spirv-val processes (summed over parallel jobs)'],
      ['  cache', t['cache-read'], 'cache reads (summed)'],
      ['write', writeMs, 'comparing and writing the bundle'],
      ['build()', t.total, 'all of build()'],
    ];
    console.log(`kgen build --timings:${t.bundleCached ? ' no input changed: every file came from the cache (no stage ran)' : ''}`);
    for (const [name, v, what] of rows) console.log(`  ${name.padEnd(10)} ${ms(v)}  ${what}`);
    console.log(`  ${'process'.padEnd(10)} ${ms(process.uptime() * 1000)}  from node start to here`);
  }
}

/** Writes the bundle and removes files of earlier builds that it no longer has (in kgen's folders only). */
function writeBundle(out: string, files: Map<string, string | Uint8Array>, isDefault: boolean): void {
  const managed = ['wgsl', 'glsl', 'spirv', ...(isDefault ? ['cpu', 'kernels'] : [])];
  for (const d of managed) {
    const dir = join(out, d);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (!files.has(`${d}/${f}`)) rmSync(join(dir, f));
  }
  for (const [p, c] of files) {
    const file = join(out, p);
    mkdirSync(dirname(file), { recursive: true });
    const same = existsSync(file) && Buffer.compare(readFileSync(file), Buffer.from(typeof c === 'string' ? Buffer.from(c) : c)) === 0;
    if (!same) writeFileSync(file, c);
  }
}

async function cmdList(what: string | undefined): Promise<void> {
  const { selectKeys } = await compiler();
  const { loadFormats } = await import('../compiler/formats.js');
  const irs = loadFormats();
  if (!what || what === 'formats') {
    console.log('format   ggml  block  bytes  group  min  source');
    for (const f of irs) console.log(`${f.name.padEnd(8)} ${String(f.ggmlType).padStart(4)}  ${String(f.blockElems).padStart(5)}  ${String(f.blockBytes).padStart(5)}  ${String(f.groupElems).padStart(5)}  ${f.min ? 'yes' : ' no'}  ${f.source.file}${f.description ? `  (${f.description})` : ''}`);
  }
  if (!what || what === 'kernels') {
    const keys = selectKeys(irs);
    console.log(`\n${keys.length} kernels in the default build (op.format.ncN.rN.reduction):`);
    for (const k of keys) console.log(`  ${keyString(k)}`);
  }
  if (what && what !== 'formats' && what !== 'kernels') throw new Error(`kgen list: unknown '${what}' (formats or kernels)`);
}

async function cmdShow(key: string | undefined, flags: Flags): Promise<void> {
  if (!key) throw new Error('kgen show: give a kernel key, e.g. kgen show mmvq.q4_k.nc1.r1.sg');
  const k = parseKey(key);
  const target = typeof flags.target === 'string' ? flags.target : 'wgsl';
  if (!['wgsl', 'glsl', 'spirv-asm'].includes(target)) throw new Error(`kgen show: --target must be wgsl, glsl or spirv-asm, not '${target}'`);
  const { build } = await compiler();
  const { loadFormats } = await import('../compiler/formats.js');
  const { buildKernel } = await import('../codegen/kernels/index.js');
  const irs = loadFormats();
  buildKernel(k, irs); // clear errors for unknown formats before building
  const b = await build({ formats: k.format ? [k.format] : [irs[0].name], variants: [key], targets: target === 'wgsl' ? ['wgsl'] : target === 'glsl' ? ['glsl'] : ['spirv'] });
  const rec = b.manifest.kernels.find((r) => r.key === keyString(k))!;
  if (target === 'wgsl') console.log(b.files.get(rec.targets.wgsl!.file));
  else if (target === 'glsl') console.log(b.files.get(rec.targets.glsl!.file));
  else {
    const bytes = b.files.get(rec.targets.spirv!.file) as Uint8Array;
    const { disassemble } = await import('../targets/glsl/compile.js');
    console.log(await disassemble(new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)));
  }
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  const { pos, flags } = parseArgs(rest);
  try {
    switch (cmd) {
      case 'build': await cmdBuild(flags); break;
      case 'list': await cmdList(pos[0]); break;
      case 'show': await cmdShow(pos[0], flags); break;
      case 'inspect': {
        if (!pos[0]) throw new Error('kgen inspect: give a .gguf file');
        const { inspectCommand } = await import('../gguf/index.js');
        console.log(await inspectCommand(pos[0]));
        break;
      }
      case 'bench': { const { benchCommand } = await import('./bench.js'); await benchCommand(rest); break; }
      case 'tune': { const { tuneCommand } = await import('./bench.js'); await tuneCommand(rest); break; }
      case undefined: case 'help': case '--help': case '-h': console.log(USAGE); break;
      default: console.error(`kgen: unknown command '${cmd}'\n\n${USAGE}`); return 2;
    }
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
}
