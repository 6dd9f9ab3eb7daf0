// Copies the generated bundle's non-TypeScript assets next to the compiled modules, so that
// dist/generated/kernels/*.js finds its sources at new URL('../wgsl/<key>.wgsl', import.meta.url)
// (and '../spirv/<key>.spv'), as generated/kernels/*.ts does in the source tree. Run after tsc.
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'generated');
const dst = join(root, 'dist', 'generated');
mkdirSync(dst, { recursive: true });
const copied = [];
for (const name of ['wgsl', 'spirv', 'manifest.json']) {
  const from = join(src, name);
  if (!existsSync(from)) {
    console.error(`copy-assets: ${from} is missing (run kgen build first)`);
    process.exit(1);
  }
  cpSync(from, join(dst, name), { recursive: true, force: true });
  copied.push(name.includes('.') ? name : `${name}/ (${readdirSync(from).length} files)`);
}
console.log(`copy-assets: generated/{${copied.join(', ')}} -> dist/generated/`);

// The benchmark's streaming-read SPIR-V, for machines without a shader compiler.
cpSync(join(root, 'bench', 'stream_read.spv'), join(root, 'dist', 'bench', 'stream_read.spv'));
