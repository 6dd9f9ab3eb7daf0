// The README's code blocks that claim to run (info string `ts runs`) are executed as written: each is
// saved to a temporary module whose `kgen...` imports point at this checkout's sources (through the
// package's own exports map), then run in a child Node process (WebGPU and Vulkan on lavapipe in CI).
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../codegen/paths.js';

const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { name: string; exports: Record<string, { default: string }> };

/** `kgen/webgpu` -> the source file behind the exports map entry (dist/x.js -> x.ts). */
function sourceOf(specifier: string): string {
  const sub = specifier === pkg.name ? '.' : `.${specifier.slice(pkg.name.length)}`;
  const entry = pkg.exports[sub];
  if (entry) return join(packageRoot, entry.default.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts'));
  const star = pkg.exports['./generated/*'];
  if (sub.startsWith('./generated/')) return join(packageRoot, star.default.replace(/^\.\/dist\//, '').replace('*', sub.slice('./generated/'.length)).replace(/\.js$/, '.ts'));
  throw new Error(`README imports '${specifier}', which package.json does not export`);
}

const blocks = [...readme.matchAll(/^```ts runs\n([\s\S]*?)^```$/gm)].map((m) => ({ code: m[1], line: readme.slice(0, m.index).split('\n').length + 1 }));

test('the README has runnable blocks', (t) => {
  t.true(blocks.length >= 3, `found ${blocks.length} blocks marked \`ts runs\``);
});

const dir = mkdtempSync(join(tmpdir(), 'kgen-readme-'));
for (const [i, b] of blocks.entries()) {
  test(`README block at line ${b.line} runs as written`, (t) => {
    const code = b.code.replace(/from '(kgen(?:\/[^']*)?)'/g, (_, spec: string) => `from '${pathToFileURL(sourceOf(spec)).href}'`);
    const file = join(dir, `block${i}.mts`);
    writeFileSync(file, code);
    const r = spawnSync(process.execPath, ['--import=tsx', file], {
      encoding: 'utf8', timeout: 240_000, cwd: packageRoot,
      env: { ...process.env, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR ?? '/tmp' },
    });
    t.is(r.status, 0, `README line ${b.line}: exit ${r.status} ${r.signal ?? ''}\n${r.stdout}\n${r.stderr}`);
    t.notRegex(r.stdout, /NaN/, r.stdout);
    t.log(r.stdout.trim().split('\n').slice(-3).join('\n'));
  });
}
