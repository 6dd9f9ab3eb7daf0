// What one format costs in a browser bundle: esbuild bundles examples/browser/one-format.ts (q4_k's
// kernels, the WebGPU runtime, q4_k's CPU quantizer) minified for the browser, and prints its size raw
// and gzipped, what it is made of, and the WGSL bytes the app fetches at run time for one variant.
// For comparison: the same app through the root API's quantize() (every format's CPU code), and
// everything (the generated index with all formats plus the CPU API).
//
//   npx tsx examples/browser/size.ts [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

import { kernels as q4kKernels } from '../../generated/kernels/q4_k.js';
import { kernels as commonKernels } from '../../generated/kernels/common.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '..', '..');

export interface Size { raw: number; gzip: number; brotli: number }
const sizes = (b: Uint8Array): Size => ({
  raw: b.length,
  gzip: gzipSync(b, { level: 9 }).length,
  brotli: brotliCompressSync(b, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

interface Bundled extends Size { text: string; inputs: [string, number][] }

async function bundle(entry: { file: string } | { source: string }): Promise<Bundled> {
  const r = await build({
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.source, resolveDir: HERE, loader: 'ts', sourcefile: 'entry.ts' } }),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    // targets/bundle.ts's import('node:fs/promises') runs under Node only (file: URLs); never bundled.
    logLevel: 'warning',
  });
  const out = r.outputFiles[0];
  const meta = r.metafile as Metafile;
  const inputs = Object.entries(Object.values(meta.outputs)[0].inputs).map(([k, v]) => [k, v.bytesInOutput] as [string, number]);
  inputs.sort((a, b) => b[1] - a[1]);
  return { ...sizes(out.contents), text: out.text, inputs };
}

/** The WGSL files (and their sizes) the one-format app fetches for one variant. */
function variantWgsl(keys: string[]): { files: string[] } & Size {
  const all = { ...commonKernels, ...q4kKernels };
  const files = keys.map((k) => {
    const f = all[k]?.record.targets.wgsl?.file;
    if (!f) throw new Error(`no WGSL for ${k}`);
    return f;
  });
  const bytes = files.map((f) => readFileSync(join(ROOT, 'generated', f)));
  // Fetched one by one: sum the sizes of each file compressed on its own.
  const each = bytes.map(sizes);
  return { files, raw: each.reduce((s, x) => s + x.raw, 0), gzip: each.reduce((s, x) => s + x.gzip, 0), brotli: each.reduce((s, x) => s + x.brotli, 0) };
}

export async function measure() {
  const one = await bundle({ file: join(HERE, 'one-format.ts') });
  const viaRoot = await bundle({
    source: `import { quantize } from '../../index.js';
import { kernels as c } from '../../generated/kernels/common.js';
import { kernels as k } from '../../generated/kernels/q4_k.js';
import { bundleFromGenerated, createMatVec } from '../../targets/webgpu/runtime.js';
export { quantize, c, k, bundleFromGenerated, createMatVec };`,
  });
  const everything = await bundle({
    source: `export * from '../../index.js';
export { kernels, manifest } from '../../generated/index.js';
export * from '../../targets/webgpu/runtime.js';`,
  });
  const otherFormats = Object.keys(JSON.parse(readFileSync(join(ROOT, 'generated', 'manifest.json'), 'utf8')).formats.reduce((o: Record<string, 1>, f: { name: string }) => ((o[f.name] = 1), o), {}))
    .filter((n) => n !== 'q4_k' && one.text.includes(`.${n}.`));
  return {
    oneFormat: { ...one, otherFormatsInBundle: otherFormats },
    viaRootQuantize: viaRoot,
    everything,
    wgsl: {
      'mmvq sg (subgroups + dot4I8Packed)': variantWgsl(['quantize_q8_1', 'mmvq.q4_k.nc1.r1.sg']),
      'mmvq wg (dot4I8Packed, no subgroups)': variantWgsl(['quantize_q8_1', 'mmvq.q4_k.nc1.r1.wg']),
      'float (no dot4I8Packed)': variantWgsl(['matvec_f32.q4_k.nc1.r1.wg']),
    },
  };
}

const kb = (n: number) => `${n} B (${(n / 1024).toFixed(1)} KiB)`;
const line = (label: string, s: Size) => `${label.padEnd(58)} raw ${kb(s.raw).padEnd(22)} gzip ${kb(s.gzip).padEnd(20)} brotli ${kb(s.brotli)}`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const m = await measure();
  if (process.argv.includes('--json')) {
    const strip = ({ text: _t, inputs, ...rest }: Bundled) => ({ ...rest, inputs: Object.fromEntries(inputs) });
    console.log(JSON.stringify({ ...m, oneFormat: { ...strip(m.oneFormat), otherFormatsInBundle: m.oneFormat.otherFormatsInBundle }, viaRootQuantize: strip(m.viaRootQuantize), everything: strip(m.everything) }, null, 2));
  } else {
    console.log('Browser bundles (esbuild, format esm, platform browser, minified):');
    console.log(line('one format: q4_k kernels + runtime + q4_k quantizer', m.oneFormat));
    console.log(line("  same, but quantize() from 'kgen' (all formats' CPU)", m.viaRootQuantize));
    console.log(line('everything: all formats + CPU API + runtime', m.everything));
    console.log(`  other formats' kernel keys in the one-format bundle: ${m.oneFormat.otherFormatsInBundle.join(', ') || 'none'}`);
    console.log('  one-format bundle by input (bytes in output):');
    for (const [f, n] of m.oneFormat.inputs.slice(0, 8)) console.log(`    ${String(n).padStart(7)}  ${f}`);
    console.log('WGSL fetched at run time for one variant (ncols 1; each file compressed on its own):');
    for (const [label, s] of Object.entries(m.wgsl)) console.log(line(`  ${label}`, s) + `  [${s.files.map((f) => f.replace('wgsl/', '')).join(', ')}]`);
  }
}
