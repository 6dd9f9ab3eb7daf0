// npm's install step: builds the optional Vulkan addon (build/Release/kgen_vulkan.node) with
// node-gyp, and never fails the install. kgen's CPU reference, GGUF tools, codegen and WebGPU
// runtime do not need the addon; only kgen/vulkan does, and it reports what this script wrote to
// build/kgen-addon-status.json when the addon is missing. The build needs a C++17 compiler, python3
// and make (on Windows: Visual Studio's C++ build tools), but no Vulkan SDK: the Khronos headers are
// vendored and the Vulkan loader is opened at run time.
//
// KGEN_SKIP_NATIVE=1 skips the build. `npm rebuild kgen` runs this again.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(root, 'build');
const addon = join(buildDir, 'Release', 'kgen_vulkan.node');
const statusFile = join(buildDir, 'kgen-addon-status.json');
const logFile = join(buildDir, 'kgen-addon-build.log');

/** The first of `names` that is an executable file on PATH (or the path itself when absolute). */
function onPath(names) {
  const exts = process.platform === 'win32' ? (process.env.PATHEXT || '.EXE;.CMD;.BAT').split(';') : [''];
  for (const name of names) {
    if (isAbsolute(name)) {
      if (existsSync(name)) return name;
      continue;
    }
    for (const dir of (process.env.PATH || '').split(delimiter)) {
      for (const ext of exts) {
        const p = join(dir, name + ext);
        if (dir && existsSync(p)) return p;
      }
    }
  }
  return undefined;
}

/** Why a POSIX build cannot work, found before node-gyp runs (it would say the same, less clearly). */
function missingTools() {
  if (process.platform === 'win32') return undefined; // node-gyp finds Visual Studio itself
  const cxxEnv = process.env.CXX?.trim();
  const cxxName = cxxEnv ? cxxEnv.split(/\s+/)[0] : undefined;
  const cxx = onPath(cxxName ? [cxxName] : ['c++', 'g++', 'clang++']);
  if (!cxx) {
    return cxxName
      ? `the C++ compiler CXX=${cxxEnv} is not on PATH`
      : 'no C++ compiler found (CXX is not set and none of c++, g++, clang++ is on PATH)';
  }
  const probe = spawnSync(cxx, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.error || probe.status !== 0) {
    const why = probe.error ? probe.error.message : `exited with ${probe.status ?? probe.signal}`;
    return `the C++ compiler ${cxxName ? `CXX=${cxxEnv}` : cxx} does not run (\`${cxx} --version\` ${why})`;
  }
  if (!onPath(['make'])) return 'make is not on PATH';
  return undefined;
}

/** node-gyp: the one npm runs scripts with, else this package's (a checkout), else PATH's. */
function nodeGypCommand() {
  const fromNpm = process.env.npm_config_node_gyp;
  if (fromNpm && existsSync(fromNpm)) return [process.execPath, [fromNpm]];
  try {
    return [process.execPath, [createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js')]];
  } catch {
    return ['node-gyp', []];
  }
}

/** The most telling line of a failed build's output: the first compiler or make error, else
 * node-gyp's own error message. */
function keyLine(log) {
  const lines = log.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const compiler = lines.find((l) => !/^gyp /.test(l) && /\berror\b/i.test(l));
  if (compiler) return compiler;
  const message = [];
  for (const l of lines) {
    const m = /^gyp ERR! stack (.*)/.exec(l);
    if (!m || m[1].startsWith('at ')) {
      if (message.length) break;
      continue;
    }
    message.push(m[1]);
  }
  return message.length ? message.join(' ') : (lines.find((l) => l.startsWith('gyp ERR!')) ?? lines.at(-1));
}

/** node-gyp downloads the Node.js headers unless told where they are: use the running node's own
 * (distribution packages and the official archives ship them in <prefix>/include/node). */
function nodedirArgs() {
  if (process.env.npm_config_nodedir) return [];
  const prefix = dirname(dirname(process.execPath));
  return existsSync(join(prefix, 'include', 'node', 'node_api.h')) ? [`--nodedir=${prefix}`] : [];
}

function writeStatus(status) {
  mkdirSync(buildDir, { recursive: true });
  const full = {
    ...status,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
  };
  writeFileSync(statusFile, JSON.stringify(full, null, 2) + '\n');
}

function notBuilt(reason, detail, log) {
  if (log !== undefined) {
    mkdirSync(buildDir, { recursive: true });
    writeFileSync(logFile, log);
  }
  // node-gyp rebuild removes an earlier addon first; a check that fails before it leaves it in place.
  const kept = existsSync(addon);
  writeStatus({
    built: false,
    reason,
    ...(detail ? { detail } : {}),
    ...(log !== undefined ? { log: logFile } : {}),
    ...(kept ? { kept: addon } : {}),
  });
  console.warn(
    `kgen: the optional Vulkan addon was not built: ${reason}${detail ? ` (${detail})` : ''}.\n` +
      (kept
        ? `kgen: the addon built earlier stays in place (${addon}).`
        : 'kgen: everything else works; kgen/vulkan will report this. Build it later with `npm rebuild kgen`.'),
  );
}

function main() {
  if (process.env.KGEN_SKIP_NATIVE === '1') return notBuilt('skipped (KGEN_SKIP_NATIVE=1)');
  const missing = missingTools();
  if (missing) return notBuilt(missing);

  const [cmd, args] = nodeGypCommand();
  const argv = [...args, 'rebuild', ...nodedirArgs()];
  const r = spawnSync(cmd, argv, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    shell: process.platform === 'win32' && cmd === 'node-gyp',
  });
  const log = `$ ${[cmd, ...argv].join(' ')}\n${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.error) return notBuilt(`node-gyp could not be started (${r.error.message})`, undefined, log);
  if (r.status !== 0) {
    return notBuilt(`node-gyp rebuild failed (exit ${r.status ?? r.signal})`, keyLine(log), log);
  }
  if (!existsSync(addon)) return notBuilt(`node-gyp rebuild succeeded but ${addon} is missing`, undefined, log);

  // The addon must load here (it links no Vulkan library, so this needs no driver).
  const load = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(addon)})`], { encoding: 'utf8' });
  if (load.status !== 0) {
    return notBuilt('the addon was built but does not load', keyLine(load.stderr ?? ''), log + (load.stderr ?? ''));
  }
  writeFileSync(logFile, log);
  writeStatus({ built: true, addon, log: logFile });
}

try {
  main();
} catch (e) {
  // Whatever went wrong, the install goes on: the addon is optional.
  try {
    notBuilt(`the build script failed (${e instanceof Error ? e.message : String(e)})`);
  } catch {
    console.warn(`kgen: the optional Vulkan addon was not built (${e instanceof Error ? e.message : String(e)})`);
  }
}
process.exitCode = 0;
