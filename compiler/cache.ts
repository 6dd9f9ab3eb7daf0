// kgen's version (from package.json) and the content-addressed cache of compiled shader modules:
// SPIR-V by the hash of everything that determines it (the GLSL text, which carries kgen's version in
// its header, the SPIR-V environment and the identity of the glslang and spirv-val binaries). A hit
// gives the bytes a cold build would make; a corrupt or unreadable entry is a miss.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
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
