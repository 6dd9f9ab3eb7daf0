// What the generated index modules hold per kernel, and how they load sources (no Node.js dependency
// at import time: sources are fetched, or read from disk under Node, only when a kernel is used).
import type { ManifestKernel } from '../codegen/manifest.js';

export interface GeneratedKernel {
  record: ManifestKernel;
  /** The WGSL source. */
  wgsl?: () => Promise<string>;
  /** The SPIR-V words. */
  spirv?: () => Promise<Uint32Array>;
}

async function loadBytes(url: URL): Promise<Uint8Array> {
  if (url.protocol === 'file:') {
    // A computed specifier, so browser bundlers do not try to resolve a Node module they never run.
    const fsModule = 'node:fs/promises';
    const { readFile } = (await import(/* webpackIgnore: true */ /* @vite-ignore */ fsModule)) as typeof import('node:fs/promises');
    return new Uint8Array(await readFile(url));
  }
  const res = await fetch(url);
  if (!res.ok) throw new Error(`kgen: cannot load ${url.href}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

const cache = new Map<string, Promise<Uint8Array>>();
function cached(url: URL): Promise<Uint8Array> {
  let p = cache.get(url.href);
  if (!p) cache.set(url.href, (p = loadBytes(url)));
  return p;
}

/** Loader of a bundle file's text, relative to the module that calls it. */
export const textFile = (url: URL) => async (): Promise<string> => new TextDecoder().decode(await cached(url));

/** Loader of a .spv file's words. */
export const spirvFile = (url: URL) => async (): Promise<Uint32Array> => {
  const b = await cached(url);
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};
