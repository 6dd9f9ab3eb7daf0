// The packed package installs where the Vulkan addon cannot be built: `npm pack`, then an install of
// the tarball into an empty project with every C++ compiler hidden from PATH. The install must
// succeed and record why the addon is missing; the library, `kgen list`, `kgen build` and the WebGPU
// runtime (Dawn on lavapipe) must work there, and kgen/vulkan must say what is missing. Then
// `npm rebuild kgen` with CXX=false records that reason, and with the compiler back it builds an
// addon that opens a device, from the vendored headers only.
//
// Takes about a minute (npm pack runs tsc; the install reuses the npm cache, and the registry when
// the cache lacks a package).
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHECK = fileURLToPath(new URL('./support/install/check.mjs', import.meta.url));
const WORK = mkdtempSync(join(tmpdir(), 'kgen-install-test-'));
const COMPILERS = /^(cc|c\+\+|gcc|g\+\+|clang|clang\+\+|cpp|c89|c99)(-[0-9.]+)?$|-(gcc|g\+\+|cc|c\+\+)(-[0-9.]+)?$/;

test.after.always(() => rmSync(WORK, { recursive: true, force: true }));

/** A PATH of one directory that links every executable of the current PATH but the C/C++ compilers. */
function pathWithoutCompilers(): string {
  const bin = join(WORK, 'bin');
  mkdirSync(bin);
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || !existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (COMPILERS.test(name) || existsSync(join(bin, name))) continue;
      try {
        if (statSync(join(dir, name)).isFile()) symlinkSync(join(dir, name), join(bin, name));
      } catch {
        // a dangling link: skip it
      }
    }
  }
  return bin;
}

/** The environment without what the npm running the tests put there (npm_config_node_gyp, ...). */
function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'CXX' && k !== 'CC') env[k] = v;
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete env[k]; else env[k] = v;
  env.XDG_RUNTIME_DIR ??= tmpdir();
  return env;
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  try {
    return execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: 'pipe', timeout: 300_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

interface Check {
  formats: string[];
  webgpu: { variant: string; rows: number; relDiff: number; adapter: string };
  vulkanStatus: { available: boolean; reason?: string; message?: string };
  vulkanOpen: 'opened' | { error: string; message: string };
}

function check(project: string, env: NodeJS.ProcessEnv): Check {
  const lines = run(process.execPath, ['check.mjs'], project, env).trim().split('\n');
  return JSON.parse(lines.find((l) => l.startsWith('{'))!) as Check;
}

function addonStatus(project: string): { built: boolean; reason?: string; detail?: string } {
  return JSON.parse(readFileSync(join(project, 'node_modules', 'kgen', 'build', 'kgen-addon-status.json'), 'utf8'));
}

test('the packed tarball installs without a C++ compiler; everything but kgen/vulkan works, and kgen/vulkan says why', (t) => {
  const packed = run('npm', ['pack', '--silent', '--pack-destination', WORK], ROOT, cleanEnv({})).trim().split('\n').at(-1)!;
  const tarball = join(WORK, packed);
  t.true(existsSync(tarball), `npm pack made ${tarball}`);

  const project = join(WORK, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'kgen-install-check', private: true, type: 'module' }));
  copyFileSync(CHECK, join(project, 'check.mjs'));
  const bare = cleanEnv({ PATH: pathWithoutCompilers() });
  t.throws(() => execFileSync('c++', ['--version'], { env: bare, stdio: 'pipe' }), undefined, 'c++ is hidden');
  t.throws(() => execFileSync('g++', ['--version'], { env: bare, stdio: 'pipe' }), undefined, 'g++ is hidden');

  // The install succeeds and says why the addon is missing.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project, bare);
  const kgenDir = join(project, 'node_modules', 'kgen');
  t.false(existsSync(join(kgenDir, 'build', 'Release', 'kgen_vulkan.node')));
  t.like(addonStatus(project), { built: false, reason: 'no C++ compiler found (CXX is not set and none of c++, g++, clang++ is on PATH)' });

  // The library, the WebGPU runtime and kgen/vulkan's explanation.
  const c = check(project, bare);
  t.true(c.formats.includes('q8_0') && c.formats.includes('q4_k'), c.formats.join(','));
  t.is(c.webgpu.rows, 64);
  t.true(c.webgpu.relDiff < 1e-3, `WebGPU vs CPU reference: max |diff| / max |y| = ${c.webgpu.relDiff} (${c.webgpu.variant} on ${c.webgpu.adapter})`);
  t.like(c.vulkanStatus, { available: false, reason: 'addon-not-built' });
  t.like(c.vulkanOpen, { error: 'addon-not-built' });
  const message = (c.vulkanOpen as { message: string }).message;
  t.regex(message, /kgen_vulkan\.node is not built: the install on \S+ could not build it: no C\+\+ compiler found/);
  t.regex(message, /npm rebuild kgen/);

  // The command line: list, and a one-kernel build (WGSL, GLSL and SPIR-V through glslangValidator).
  const list = run('npx', ['kgen', 'list'], project, bare);
  t.regex(list, /^q4_k\s+12\s+256\s+144\b/m);
  run('npx', ['kgen', 'build', '--formats', 'q4_0', '--variants', 'mmvq.q4_0.nc1.r1.wg', '--out', 'out'], project, bare);
  const manifest = JSON.parse(readFileSync(join(project, 'out', 'manifest.json'), 'utf8')) as { kernels: Array<{ key: string }> };
  t.deepEqual(manifest.kernels.map((k) => k.key), ['mmvq.q4_0.nc1.r1.wg']);
  for (const f of ['wgsl/mmvq.q4_0.nc1.r1.wg.wgsl', 'spirv/mmvq.q4_0.nc1.r1.wg.spv']) {
    t.true(statSync(join(project, 'out', f)).size > 0, f);
  }

  // A compiler that does not run is named as such.
  run('npm', ['rebuild', 'kgen'], project, { ...bare, CXX: 'false' });
  t.like(addonStatus(project), { built: false });
  t.regex(addonStatus(project).reason!, /^the C\+\+ compiler CXX=false does not run/);

  // With the compiler back, the same package builds the addon (against its vendored Vulkan headers
  // only) and kgen/vulkan opens a device.
  run('npm', ['rebuild', 'kgen'], project, cleanEnv({}));
  t.like(addonStatus(project), { built: true });
  const deps = join(kgenDir, 'build', 'Release', '.deps');
  const headers = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else for (const m of readFileSync(join(dir, e.name), 'utf8').matchAll(/\S*vulkan_core\.h/g)) headers.add(m[0]);
    }
  };
  walk(deps);
  t.deepEqual([...headers], ['../targets/vulkan/native/include/vulkan/vulkan_core.h']);
  const built = check(project, cleanEnv({}));
  t.is(built.vulkanOpen, 'opened');
  t.like(built.vulkanStatus, { available: true });
});
