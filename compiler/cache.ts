// kgen's version (from package.json) and the content-addressed cache of compiled shader modules:
// SPIR-V by the hash of everything that determines it (the GLSL text, which carries kgen's version in
// its header, the SPIR-V environment and the identity of the glslang and spirv-val binaries). A hit
// gives the bytes a cold build would make; a corrupt or unreadable entry is a miss.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { contentHash } from '../codegen/hash.js';
import { packageRoot } from '../codegen/paths.js';
import { SPIRV_ENV, toolPath } from '../targets/glsl/compile.js';

/** kgen's version, as package.json gives it. */
export const KGEN_VERSION: string = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version;

/** The default cache folder: node_modules/.cache/kgen in the package, else ~/.cache/kgen. */
export function defaultCacheDir(): string {
  if (process.env.KGEN_CACHE_DIR) return process.env.KGEN_CACHE_DIR;
  const nm = join(packageRoot, 'node_modules');
  return existsSync(nm) ? join(nm, '.cache', 'kgen') : join(homedir(), '.cache', 'kgen');
}

/** path:size:mtime of a tool found on PATH (or given by its environment variable). */
function toolIdentity(tool: string): string {
  const p = toolPath(tool);
  const candidates = p.includes('/') ? [p] : (process.env.PATH ?? '').split(delimiter).map((d) => join(d, p));
  for (const c of candidates) {
    try {
      const s = statSync(c);
      if (s.isFile()) return `${c}:${s.size}:${s.mtimeMs}`;
    } catch { /* not here */ }
  }
  return `${p}:missing`;
}

export class ModuleCache {
  readonly dir: string;
  private salt: string;
  constructor(dir = defaultCacheDir()) {
    this.dir = join(dir, 'spirv');
    this.salt = [KGEN_VERSION, SPIRV_ENV, toolIdentity('glslangValidator'), toolIdentity('spirv-val')].join('\n');
  }
  /** The key of the module compiled from `source`. */
  key(source: string): string {
    return contentHash(`${this.salt}\n${source}`);
  }
  get(key: string): Uint8Array | undefined {
    try {
      const b = readFileSync(join(this.dir, `${key}.spv`));
      // SPIR-V magic number, little-endian; anything else is a damaged entry.
      if (b.length < 20 || b.length % 4 !== 0 || b.readUInt32LE(0) !== 0x07230203) return undefined;
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    } catch {
      return undefined;
    }
  }
  put(key: string, bytes: Uint8Array): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      // Write then rename, so a concurrent build never reads half a file.
      const tmp = join(this.dir, `${key}.${process.pid}.tmp`);
      writeFileSync(tmp, bytes);
      renameSync(tmp, join(this.dir, `${key}.spv`));
    } catch {
      // A read-only or full cache folder only costs speed.
    }
  }
}

/** Every file the build's output depends on besides its options: the DSL, the IR and its passes, the
 *  emitters, the driver, the tuning tables and package.json (so any edit is a different hash). */
const SOURCE_DIRS = ['dsl', 'common', 'codegen', 'compiler', 'targets/wgsl', 'targets/glsl', 'targets/js', 'tuning'];

function listTree(dir: string, out: string[]): void {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) listTree(p, out);
    else if (/\.(ts|json|mjs)$/.test(e.name)) out.push(p);
  }
}

/** The stage hash of a whole build: its sources (SOURCE_DIRS, extra format files), the tools and the options hash. */
export function buildInputHash(optionsHash: string, extraFiles: string[] = []): string {
  const files: string[] = [];
  for (const d of SOURCE_DIRS) listTree(join(packageRoot, d), files);
  files.sort();
  const h = createHash('sha256');
  h.update(`${optionsHash}\n${toolIdentity('glslangValidator')}\n${toolIdentity('spirv-val')}\n`);
  for (const f of [join(packageRoot, 'package.json'), ...files, ...extraFiles]) h.update(`${f}\n`).update(readFileSync(f)).update('\n');
  return h.digest('hex').slice(0, 32);
}

/**
 * Whole bundles by their input hash: an index (path -> content hash) per build, the files stored once
 * each by content hash. A no-change rebuild reads them back instead of running any stage.
 */
export class BundleCache {
  private dir: string;
  constructor(dir = defaultCacheDir()) {
    this.dir = dir;
  }
  get(inputHash: string): Map<string, string | Uint8Array> | undefined {
    try {
      const index = JSON.parse(readFileSync(join(this.dir, 'builds', `${inputHash}.json`), 'utf8')) as [string, string, 'text' | 'bytes'][];
      const files = new Map<string, string | Uint8Array>();
      for (const [path, hash, kind] of index) {
        const b = readFileSync(join(this.dir, 'objects', hash.slice(0, 2), hash));
        if (contentHash(b) !== hash) return undefined; // damaged: rebuild
        files.set(path, kind === 'text' ? b.toString('utf8') : new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
      }
      return files;
    } catch {
      return undefined;
    }
  }
  put(inputHash: string, files: Map<string, string | Uint8Array>): void {
    try {
      const index: [string, string, 'text' | 'bytes'][] = [];
      for (const [path, c] of files) {
        const hash = contentHash(c);
        const f = join(this.dir, 'objects', hash.slice(0, 2), hash);
        if (!existsSync(f)) {
          mkdirSync(dirname(f), { recursive: true });
          const tmp = `${f}.${process.pid}.tmp`;
          writeFileSync(tmp, c);
          renameSync(tmp, f);
        }
        index.push([path, hash, typeof c === 'string' ? 'text' : 'bytes']);
      }
      mkdirSync(join(this.dir, 'builds'), { recursive: true });
      const tmp = join(this.dir, 'builds', `${inputHash}.${process.pid}.tmp`);
      writeFileSync(tmp, JSON.stringify(index));
      renameSync(tmp, join(this.dir, 'builds', `${inputHash}.json`));
    } catch {
      // A read-only or full cache folder only costs speed.
    }
  }
}
