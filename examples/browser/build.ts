// Builds the browser example into examples/browser/dist/ (git-ignored):
//
//   dist/index.html        the page (copied from examples/browser/index.html)
//   dist/app/main.js       main.ts and the library, bundled by esbuild (format esm, platform browser)
//   dist/wgsl/<key>.wgsl   the generated WGSL files the page can use, copied from generated/wgsl
//
// How the WGSL is found: the generated kernel modules load their source lazily with
// `fetch(new URL('../wgsl/<key>.wgsl', import.meta.url))`. esbuild leaves `new URL(..., import.meta.url)`
// alone, and in the bundle import.meta.url is the bundle's own URL, so the bundle is written one folder
// down (dist/app/) and the WGSL files go to dist/wgsl/: '../wgsl/' from dist/app/main.js is dist/wgsl/,
// the same relative layout as generated/kernels/*.ts and generated/wgsl/. The list of files comes from
// the generated bundle's kernel records (`record.targets.wgsl.file`): nothing is written by hand.
//
//   npx tsx examples/browser/build.ts            build
//   npx tsx examples/browser/build.ts --serve    build, then serve dist/ on http://127.0.0.1:<port>/
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

import { kernels } from '../../generated/index.js';

export const EXAMPLE_DIR = dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = join(EXAMPLE_DIR, 'dist');
const GENERATED_DIR = fileURLToPath(new URL('../../generated/', import.meta.url));

/** The ops the page runs: activation quantization, integer-dot mat-vec and the float mat-vec. */
const PAGE_OPS = new Set(['quantize_q8_1', 'mmvq', 'matvec_f32']);

export interface BuildResult { dist: string; bundleBytes: number; wgslFiles: number; wgslBytes: number }

/** Bundles the page and copies its WGSL files; returns what it wrote. */
export async function buildPage(opts: { minify?: boolean } = {}): Promise<BuildResult> {
  rmSync(DIST_DIR, { recursive: true, force: true });
  mkdirSync(join(DIST_DIR, 'app'), { recursive: true });
  mkdirSync(join(DIST_DIR, 'wgsl'), { recursive: true });
  await build({
    entryPoints: [join(EXAMPLE_DIR, 'main.ts')],
    outfile: join(DIST_DIR, 'app', 'main.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: opts.minify ?? false,
    sourcemap: true,
    // targets/bundle.ts reads file: URLs through a dynamic import('node:fs/promises') (Node only; in the
    // browser every URL is http(s) and goes through fetch). Keep it an unresolved import, never bundled.
    logLevel: 'warning',
  });
  copyFileSync(join(EXAMPLE_DIR, 'index.html'), join(DIST_DIR, 'index.html'));
  let wgslFiles = 0;
  let wgslBytes = 0;
  for (const k of Object.values(kernels)) {
    const file = k.record.targets.wgsl?.file;
    if (!file || !PAGE_OPS.has(k.record.op)) continue;
    const src = join(GENERATED_DIR, file);
    copyFileSync(src, join(DIST_DIR, file));
    wgslFiles++;
    wgslBytes += statSync(src).size;
  }
  return { dist: DIST_DIR, bundleBytes: statSync(join(DIST_DIR, 'app', 'main.js')).size, wgslFiles, wgslBytes };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.wgsl': 'text/plain; charset=utf-8',
  '.spv': 'application/octet-stream',
};

/** Serves a folder's files on 127.0.0.1 (a free port unless one is given). GET/HEAD only, no listing. */
export function serveDir(root: string, port = 0): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const base = normalize(root + sep);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, path.endsWith('/') ? path + 'index.html' : path));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !file.startsWith(base)) {
      res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 403 : 405).end();
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${p}/`, close: () => new Promise<void>((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await buildPage({ minify: process.argv.includes('--minify') });
  console.log(`built ${r.dist}: app/main.js ${r.bundleBytes} bytes, ${r.wgslFiles} WGSL files (${r.wgslBytes} bytes)`);
  if (process.argv.includes('--serve')) {
    const portArg = process.argv[process.argv.indexOf('--serve') + 1];
    const s = await serveDir(DIST_DIR, portArg && /^\d+$/.test(portArg) ? Number(portArg) : 0);
    console.log(`serving ${s.url}index.html (Ctrl-C to stop); try ${s.url}index.html?formats=q4_k,q8_0`);
  }
}
