// Hand-built GGUF bytes for tests, valid or deliberately not: every field can be set to anything
// (bad magic, versions, counts that don't match the entries, absurd dims, odd offsets). Files are
// made in the test run, in os.tmpdir(); nothing binary is committed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RawKv {
  key: string;
  /** GGUF value type id. */
  type: number;
  /** The value's bytes, as written after the type. */
  value: Uint8Array;
}

export interface RawTensor {
  name: string;
  dims: (number | bigint)[];
  /** Written as n_dims; defaults to dims.length. */
  nDims?: number;
  type: number;
  offset: number | bigint;
}

export interface RawGguf {
  magic?: Uint8Array;
  version?: number;
  bigEndianVersion?: boolean;
  /** Written as n_tensors; defaults to tensors.length. */
  nTensors?: bigint;
  /** Written as n_kv; defaults to kv.length. */
  nKv?: bigint;
  kv?: RawKv[];
  tensors?: RawTensor[];
  /** Pad the tensor-info end to this (default 32); use the file's general.alignment. */
  alignment?: number;
  /** Bytes of the data section (after padding). */
  data?: Uint8Array;
}

class Bytes {
  private chunks: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): this {
    this.chunks.push(b);
    this.length += b.byteLength;
    return this;
  }
  u32(v: number, le = true): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, le);
    return this.push(b);
  }
  u64(v: number | bigint): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt(v), true);
    return this.push(b);
  }
  str(s: string): this {
    const e = new TextEncoder().encode(s);
    return this.u64(e.byteLength).push(e);
  }
  done(): Uint8Array {
    const out = new Uint8Array(this.length);
    let p = 0;
    for (const c of this.chunks) {
      out.set(c, p);
      p += c.byteLength;
    }
    return out;
  }
}

export const T = { UINT8: 0, INT8: 1, UINT16: 2, INT16: 3, UINT32: 4, INT32: 5, FLOAT32: 6, BOOL: 7, STRING: 8, ARRAY: 9, UINT64: 10, INT64: 11, FLOAT64: 12 } as const;

export const kvU32 = (key: string, v: number): RawKv => ({ key, type: T.UINT32, value: new Bytes().u32(v).done() });
export const kvU64 = (key: string, v: bigint): RawKv => ({ key, type: T.UINT64, value: new Bytes().u64(v).done() });
export const kvString = (key: string, v: string): RawKv => ({ key, type: T.STRING, value: new Bytes().str(v).done() });
export const kvStringArray = (key: string, vs: string[]): RawKv => {
  const b = new Bytes().u32(T.STRING).u64(vs.length);
  for (const v of vs) b.str(v);
  return { key, type: T.ARRAY, value: b.done() };
};
/** Raw bytes for a key: e.g. a string whose length field is absurd. */
export const kvRaw = (key: string, type: number, value: Uint8Array): RawKv => ({ key, type, value });
export const u64Bytes = (v: number | bigint) => new Bytes().u64(v).done();
export const u32Bytes = (v: number) => new Bytes().u32(v).done();

/** Assemble GGUF bytes from the spec, valid or not. */
export function rawGguf(spec: RawGguf): Uint8Array {
  const kv = spec.kv ?? [];
  const tensors = spec.tensors ?? [];
  const b = new Bytes();
  b.push(spec.magic ?? new TextEncoder().encode('GGUF'));
  b.u32(spec.version ?? 3, !spec.bigEndianVersion);
  b.u64(spec.nTensors ?? BigInt(tensors.length));
  b.u64(spec.nKv ?? BigInt(kv.length));
  for (const e of kv) b.str(e.key).u32(e.type).push(e.value);
  for (const t of tensors) {
    b.str(t.name).u32(t.nDims ?? t.dims.length);
    for (const d of t.dims) b.u64(d);
    b.u32(t.type).u64(t.offset);
  }
  const align = spec.alignment ?? 32;
  const padded = Math.ceil(b.length / align) * align;
  if (padded > b.length) b.push(new Uint8Array(padded - b.length));
  if (spec.data) b.push(spec.data);
  return b.done();
}

/** A temporary folder for one test file; remove() deletes it. */
export function tempDir(prefix = 'kgen-gguf-'): { dir: string; file(name: string, bytes?: Uint8Array): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, bytes) {
      const p = join(dir, name);
      if (bytes) writeFileSync(p, bytes);
      return p;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Deterministic pseudo-random floats in [-1, 1) (mulberry32). */
export function randomF32(n: number, seed: number): Float32Array {
  let a = seed >>> 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  }
  return out;
}
