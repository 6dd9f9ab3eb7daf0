// GGUF v3 reader: header and tensor table, with each tensor's bytes read from its own byte range.
//
// Two passes over the header:
//   1. kgen's own bounded walk (`scanGguf`): fixed fields read with a DataView, every count bounded by
//      the file's size before anything is allocated or looped over, every read checked against the
//      end of the file, the tensor table checked (types, dims, sizes, alignment, bounds, overlaps).
//   2. @huggingface/gguf's `gguf()` parses the (now known good) header for the metadata, through a
//      fetch shim that serves its range requests from the same byte source, and its tensor table is
//      cross-checked against pass 1.
// Pass 1 exists because `gguf()` on its own is not safe on corrupt local input: past the end of a
// file it reads zeros (its buffer grows in zero-filled 2 MB chunks), so a truncated file parses
// "successfully", and offsets past the end fail later, or as a bare RangeError.
//
// Data: `readTensor` reads exactly one tensor's byte range, in Node with one positioned fs read into a
// Uint8Array (yours, e.g. a mapped GPU upload buffer, or a fresh one), in a browser from a Blob/File
// slice. The whole file is never loaded.
import { gguf as hfGguf, GGUFValueType, type GGUFTypedMetadata, type MetadataValue } from '@huggingface/gguf';
import { ggmlTypeById, ggmlTensorBytes, kgenReadable, kgenSupports, type GgmlTypeInfo } from './types.js';

/** A GGUF file is corrupt, truncated or unsupported, or a tensor can't be read. */
export class GgufError extends Error {
  override name = 'GgufError';
  constructor(
    message: string,
    /** The file (path or name) the error is about. */
    readonly file?: string,
    /** The tensor the error is about, if any. */
    readonly tensor?: string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Byte sources

/** Random access to a file's bytes. Reads outside [0, size) are refused. */
export interface ByteSource {
  /** Used in error messages: a path or a File's name. */
  readonly name: string;
  /** Total size in bytes. */
  readonly size: number;
  /** Bytes [offset, offset + length), into `into` (from its start) when given, else a new array. */
  read(offset: number, length: number, into?: Uint8Array): Promise<Uint8Array>;
  /** A Blob of [start, end) without reading it, where the source is a Blob. */
  slice?(start: number, end: number): Blob;
  /** Releases the underlying file, if any. */
  close(): Promise<void>;
}

function checkRange(src: { name: string; size: number }, offset: number, length: number, into?: Uint8Array): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > src.size) {
    throw new GgufError(`${src.name}: read of ${length} bytes at ${offset} is outside the file (${src.size} bytes)`, src.name);
  }
  if (into && into.byteLength < length) throw new GgufError(`${src.name}: target buffer holds ${into.byteLength} bytes; ${length} needed`, src.name);
}

/** Largest single fs read (Node caps one read at 2 GiB). */
const MAX_FS_READ = 1 << 30;

/** A local file, opened read-only (Node). */
export async function fileSource(path: string): Promise<ByteSource> {
  const fs = await import('node:fs/promises');
  let handle;
  try {
    handle = await fs.open(path, 'r');
  } catch (e) {
    throw new GgufError(`${path}: cannot open: ${(e as Error).message}`, path);
  }
  const st = await handle.stat();
  if (!st.isFile()) {
    await handle.close();
    throw new GgufError(`${path}: not a regular file`, path);
  }
  const h = handle;
  const size = st.size;
  let closed = false;
  return {
    name: path,
    size,
    async read(offset, length, into) {
      checkRange({ name: path, size }, offset, length, into);
      if (closed) throw new GgufError(`${path}: file is closed`, path);
      const out = into ?? new Uint8Array(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await h.read(out, done, Math.min(length - done, MAX_FS_READ), offset + done);
        if (bytesRead === 0) throw new GgufError(`${path}: file ended at ${offset + done} while reading ${length} bytes at ${offset} (was it truncated while open?)`, path);
        done += bytesRead;
      }
      return into ? out.subarray(0, length) : out;
    },
    async close() {
      if (!closed) {
        closed = true;
        await h.close();
      }
    },
  };
}

/** A Blob or File (browser, or Node's Blob / fs.openAsBlob): reads are `blob.slice(...).arrayBuffer()`. */
export function blobSource(blob: Blob, name?: string): ByteSource {
  const label = name ?? ((blob as { name?: unknown }).name as string | undefined) ?? 'blob';
  return {
    name: label,
    size: blob.size,
    async read(offset, length, into) {
      checkRange({ name: label, size: blob.size }, offset, length, into);
      const bytes = new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer());
      if (bytes.byteLength !== length) throw new GgufError(`${label}: blob slice gave ${bytes.byteLength} bytes; ${length} expected`, label);
      if (!into) return bytes;
      into.set(bytes);
      return into.subarray(0, length);
    },
    slice: (start, end) => blob.slice(start, end),
    async close() {},
  };
}

/** Bytes already in memory: reads without `into` are views (no copy). */
export function bytesSource(bytes: Uint8Array, name = 'buffer'): ByteSource {
  return {
    name,
    size: bytes.byteLength,
    async read(offset, length, into) {
      checkRange({ name, size: bytes.byteLength }, offset, length, into);
      const view = bytes.subarray(offset, offset + length);
      if (!into) return view;
      into.set(view);
      return into.subarray(0, length);
    },
    async close() {},
  };
}

/** What openGguf accepts: a path or file: URL (Node), a Blob/File, bytes in memory, or a ByteSource. */
export type GgufInput = string | URL | Blob | Uint8Array | ByteSource;

function isBlob(x: unknown): x is Blob {
  return typeof Blob !== 'undefined' && x instanceof Blob;
}

async function toSource(input: GgufInput): Promise<{ src: ByteSource; owned: boolean }> {
  if (typeof input === 'string') return { src: await fileSource(input), owned: true };
  if (input instanceof URL) {
    const { fileURLToPath } = await import('node:url');
    return { src: await fileSource(fileURLToPath(input)), owned: true };
  }
  if (input instanceof Uint8Array) return { src: bytesSource(input), owned: true };
  if (isBlob(input)) return { src: blobSource(input), owned: true };
  return { src: input, owned: false };
}

// ---------------------------------------------------------------------------------------------
// Bounded header walk

/** Limits (the same as @huggingface/gguf's, so that whatever passes here also passes there). */
export const GGUF_LIMITS = Object.freeze({
  /** Most tensors in one file. */
  maxTensors: 10_000_000,
  /** Most metadata key/value pairs. */
  maxKv: 100_000,
  /** Longest string, in bytes. */
  maxString: 10_000_000,
  /** Most elements in one metadata array. */
  maxArray: 1_000_000,
  /** Deepest nesting of metadata arrays. */
  maxArrayDepth: 4,
  /** ggml's GGML_MAX_DIMS. */
  maxDims: 4,
  /** Largest single dimension accepted. */
  maxDim: 2 ** 40,
  /** ggml's GGML_MAX_NAME is 64, including the terminating NUL. */
  maxTensorName: 63,
});

const MAGIC = [0x47, 0x47, 0x55, 0x46]; // "GGUF"
/** Smallest possible tensor-info entry: name length, n_dims, one dim, type, offset. */
const MIN_TENSOR_INFO = 8 + 4 + 8 + 4 + 8;
/** Smallest possible KV entry: key length, value type, one byte of value. */
const MIN_KV = 8 + 4 + 1;
const CHUNK = 1 << 20;
const FIXED_SIZE: Partial<Record<number, number>> = {
  [GGUFValueType.UINT8]: 1, [GGUFValueType.INT8]: 1, [GGUFValueType.UINT16]: 2, [GGUFValueType.INT16]: 2,
  [GGUFValueType.UINT32]: 4, [GGUFValueType.INT32]: 4, [GGUFValueType.FLOAT32]: 4, [GGUFValueType.BOOL]: 1,
  [GGUFValueType.UINT64]: 8, [GGUFValueType.INT64]: 8, [GGUFValueType.FLOAT64]: 8,
};
const TYPE_NAMES = ['u8', 'i8', 'u16', 'i16', 'u32', 'i32', 'f32', 'bool', 'string', 'array', 'u64', 'i64', 'f64'];

/** Sequential reader over a ByteSource with a bounded window; every read is checked against the file's end. */
class Cursor {
  pos = 0;
  private win = new Uint8Array(0);
  private dv = new DataView(this.win.buffer);
  private winStart = 0;
  constructor(readonly src: ByteSource) {}

  get remaining(): number {
    return this.src.size - this.pos;
  }
  fail(msg: string, tensor?: string): never {
    throw new GgufError(`${this.src.name}: ${msg}`, this.src.name, tensor);
  }
  /** Make [pos, pos + n) readable, or fail naming what was being read. */
  async need(n: number, what: string): Promise<void> {
    if (this.pos >= this.winStart && this.pos + n <= this.winStart + this.win.byteLength) return;
    if (n > this.remaining) this.fail(`truncated: ${what} at byte ${this.pos} needs ${n} bytes, but the file ends at ${this.src.size}`);
    const len = Math.min(this.remaining, Math.max(n, CHUNK));
    // Copy: a window must not alias the source's memory for longer than a read (sources may reuse it).
    this.win = (await this.src.read(this.pos, len)).slice();
    this.dv = new DataView(this.win.buffer, this.win.byteOffset, this.win.byteLength);
    this.winStart = this.pos;
  }
  skip(n: number, what: string): void {
    if (n > this.remaining) this.fail(`truncated: ${what} at byte ${this.pos} needs ${n} bytes, but the file ends at ${this.src.size}`);
    this.pos += n;
  }
  async u32(what: string): Promise<number> {
    await this.need(4, what);
    const v = this.dv.getUint32(this.pos - this.winStart, true);
    this.pos += 4;
    return v;
  }
  async u64(what: string): Promise<bigint> {
    await this.need(8, what);
    const v = this.dv.getBigUint64(this.pos - this.winStart, true);
    this.pos += 8;
    return v;
  }
  async bytes(n: number, what: string): Promise<Uint8Array> {
    await this.need(n, what);
    const out = this.win.subarray(this.pos - this.winStart, this.pos - this.winStart + n);
    this.pos += n;
    return out;
  }
  /** A GGUF string: u64 length, then UTF-8 bytes. */
  async string(what: string, max: number): Promise<string> {
    const len = await this.u64(`${what} length`);
    if (len > BigInt(max)) this.fail(`${what} length ${len} exceeds the limit of ${max} bytes`);
    const n = Number(len);
    if (n > this.remaining) this.fail(`truncated: ${what} at byte ${this.pos} needs ${n} bytes, but the file ends at ${this.src.size}`);
    return new TextDecoder().decode(await this.bytes(n, what));
  }
  async skipString(what: string): Promise<void> {
    const len = await this.u64(`${what} length`);
    if (len > BigInt(GGUF_LIMITS.maxString)) this.fail(`${what} length ${len} exceeds the limit of ${GGUF_LIMITS.maxString} bytes`);
    this.skip(Number(len), what);
  }
}

/** One tensor-table entry, checked. */
export interface GgufTensor {
  /** Tensor name, e.g. "blk.0.attn_q.weight". */
  name: string;
  /** ggml type name, lowercase ("q4_k"). */
  type: string;
  /** ggml type id. */
  ggmlType: number;
  /** ggml order: shape[0] = ne0 = K, the fastest-varying dimension. */
  shape: number[];
  /** Total elements (product of shape). */
  nElements: number;
  /** ne0: the length of a row. */
  K: number;
  /** ne1 * ne2 * ...: the number of rows. */
  rows: number;
  /** Offset from the start of the data section, as stored. */
  offset: number;
  /** Absolute offset in the file. */
  fileOffset: number;
  /** Size of the tensor's data in bytes. */
  byteLength: number;
  /** kgen has kernels for this type (it is in `formats`). */
  kgen: boolean;
  /** kgen can read this tensor's data (a kgen format, f32 or f16). */
  readable: boolean;
}

/** What the bounded walk finds: the fixed header, alignment and the checked tensor table. */
export interface GgufScan {
  /** GGUF version (3, or 2 which has the same layout). */
  version: number;
  /** Number of tensors in the header. */
  tensorCount: number;
  /** Number of metadata key/value pairs in the header. */
  kvCount: number;
  /** general.alignment in bytes (default 32). */
  alignment: number;
  /** End of the tensor-info table (before padding). */
  tensorInfoEnd: number;
  /** Start of the data section (tensorInfoEnd padded to alignment). */
  dataOffset: number;
  /** Size of the file in bytes. */
  fileSize: number;
  /** The checked tensor table, in file order. */
  tensors: GgufTensor[];
}

const TWO64 = 1n << 64n;

/**
 * Walk a GGUF header with every count and size bounded by the file, checking the tensor table.
 * Throws GgufError naming the file (and tensor) and the problem. Never reads outside the file, and
 * allocates at most a 1 MiB window plus the tensor table (itself bounded by the file's size).
 */
export async function scanGguf(src: ByteSource): Promise<GgufScan> {
  const c = new Cursor(src);
  const size = src.size;
  // Fixed header: magic, version, n_tensors, n_kv. Read as a DataView over the first bytes.
  if (size < 4) c.fail(`truncated: ${size} bytes is too short for a GGUF file (the fixed header is 24 bytes)`);
  const head = await c.bytes(Math.min(size, 24), 'header');
  if (!MAGIC.every((b, i) => head[i] === b)) {
    const shown = Array.from(head.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    c.fail(`not a GGUF file: bad magic ${shown} (expected 47 47 55 46, "GGUF")`);
  }
  c.pos = 4;
  const version = await c.u32('version');
  const swapped = ((version & 0xff) << 24) | ((version & 0xff00) << 8) | ((version >>> 8) & 0xff00) | (version >>> 24);
  if (version !== 2 && version !== 3) {
    if (swapped >>> 0 >= 1 && swapped >>> 0 <= 3) c.fail(`unsupported GGUF: big-endian file (version ${swapped >>> 0}); only little-endian GGUF v3 (and v2) is read`);
    c.fail(`unsupported GGUF version ${version} (kgen reads version 3, and version 2 which has the same layout)`);
  }
  const nTensorsBig = await c.u64('n_tensors');
  const nKvBig = await c.u64('n_kv');
  const room = BigInt(size - 24);
  if (nTensorsBig > BigInt(GGUF_LIMITS.maxTensors) || nTensorsBig * BigInt(MIN_TENSOR_INFO) > room) {
    c.fail(`corrupt or truncated header: n_tensors = ${nTensorsBig} is impossible for a ${size}-byte file (limit ${GGUF_LIMITS.maxTensors}, and each entry takes at least ${MIN_TENSOR_INFO} bytes)`);
  }
  if (nKvBig > BigInt(GGUF_LIMITS.maxKv) || nKvBig * BigInt(MIN_KV) > room) {
    c.fail(`corrupt or truncated header: n_kv = ${nKvBig} is impossible for a ${size}-byte file (limit ${GGUF_LIMITS.maxKv}, and each entry takes at least ${MIN_KV} bytes)`);
  }
  if (nTensorsBig * BigInt(MIN_TENSOR_INFO) + nKvBig * BigInt(MIN_KV) > room) {
    c.fail(`corrupt or truncated header: ${nTensorsBig} tensors and ${nKvBig} metadata entries cannot fit in a ${size}-byte file`);
  }
  const nTensors = Number(nTensorsBig);
  const nKv = Number(nKvBig);

  // Metadata: walk every value without keeping it (the metadata itself comes from @huggingface/gguf),
  // except general.alignment.
  let alignment = 32;
  const keys = new Set<string>();
  const skipValue = async (type: number, where: string, depth: number): Promise<void> => {
    const fixed = FIXED_SIZE[type];
    if (fixed !== undefined) return c.skip(fixed, where);
    if (type === GGUFValueType.STRING) return c.skipString(where);
    if (type !== GGUFValueType.ARRAY) c.fail(`${where}: unknown value type ${type}`);
    if (depth >= GGUF_LIMITS.maxArrayDepth) c.fail(`${where}: arrays nested deeper than ${GGUF_LIMITS.maxArrayDepth}`);
    const elemType = await c.u32(`${where} array type`);
    const count = await c.u64(`${where} array length`);
    if (count > BigInt(GGUF_LIMITS.maxArray)) c.fail(`${where}: array length ${count} exceeds the limit of ${GGUF_LIMITS.maxArray}`);
    const n = Number(count);
    const elemFixed = FIXED_SIZE[elemType];
    if (elemFixed !== undefined) return c.skip(n * elemFixed, `${where} (${n} x ${TYPE_NAMES[elemType]})`);
    if (elemType !== GGUFValueType.STRING && elemType !== GGUFValueType.ARRAY) c.fail(`${where}: unknown array element type ${elemType}`);
    // Every element takes at least 8 bytes, so this loop ends within remaining / 8 steps.
    if (n * 8 > c.remaining) c.fail(`truncated: ${where} has ${n} elements, which cannot fit in the ${c.remaining} bytes left`);
    for (let i = 0; i < n; i++) await skipValue(elemType, `${where}[${i}]`, depth + 1);
  };
  for (let i = 0; i < nKv; i++) {
    const key = await c.string(`metadata key #${i}`, GGUF_LIMITS.maxString);
    if (keys.has(key)) c.fail(`corrupt metadata: duplicate key '${key}'`);
    keys.add(key);
    const type = await c.u32(`type of metadata '${key}'`);
    if (TYPE_NAMES[type] === undefined) c.fail(`corrupt metadata: '${key}' has unknown value type ${type}`);
    if (key === 'general.alignment') {
      if (type !== GGUFValueType.UINT32) c.fail(`corrupt metadata: general.alignment must be a u32; it is a ${TYPE_NAMES[type]}`);
      const a = await c.u32('general.alignment');
      if (a === 0 || (a & (a - 1)) !== 0) c.fail(`corrupt metadata: general.alignment = ${a} is not a power of two`);
      alignment = a;
    } else {
      await skipValue(type, `metadata '${key}'`, 0);
    }
  }

  // Tensor table.
  type Raw = { name: string; dims: bigint[]; type: number; offset: bigint };
  const raws: Raw[] = [];
  const names = new Set<string>();
  for (let i = 0; i < nTensors; i++) {
    const name = await c.string(`name of tensor #${i}`, 1 << 16);
    const t = (msg: string): never => c.fail(`tensor '${name}': ${msg}`, name);
    if (name.length === 0) c.fail(`tensor #${i} has an empty name`);
    if (new TextEncoder().encode(name).byteLength > GGUF_LIMITS.maxTensorName) t(`name is longer than ${GGUF_LIMITS.maxTensorName} bytes`);
    if (names.has(name)) t('duplicate tensor name');
    names.add(name);
    const nDims = await c.u32(`n_dims of tensor '${name}'`);
    if (nDims < 1 || nDims > GGUF_LIMITS.maxDims) t(`n_dims = ${nDims}; must be 1..${GGUF_LIMITS.maxDims}`);
    const dims: bigint[] = [];
    for (let d = 0; d < nDims; d++) {
      const ne = await c.u64(`ne${d} of tensor '${name}'`);
      if (ne === 0n) t(`dimension ne${d} is 0`);
      if (ne > BigInt(GGUF_LIMITS.maxDim)) t(`dimension ne${d} = ${ne} is absurd (limit 2^40)`);
      dims.push(ne);
    }
    const type = await c.u32(`type of tensor '${name}'`);
    const offset = await c.u64(`offset of tensor '${name}'`);
    raws.push({ name, dims, type, offset });
  }
  const tensorInfoEnd = c.pos;
  const dataOffset = Math.ceil(tensorInfoEnd / alignment) * alignment;

  const tensors: GgufTensor[] = raws.map(({ name, dims, type, offset }) => {
    const t = (msg: string): never => c.fail(`tensor '${name}': ${msg}`, name);
    const info: GgmlTypeInfo | undefined = ggmlTypeById(type);
    if (!info) t(`unknown ggml type id ${type}`);
    const ti = info as GgmlTypeInfo;
    const shape = dims.map(Number);
    if (dims[0] % BigInt(ti.blockElems) !== 0n) t(`K = ne0 = ${dims[0]} is not a multiple of ${ti.name}'s block size ${ti.blockElems}`);
    const nElements = dims.reduce((a, b) => a * b, 1n);
    const bytes = ggmlTensorBytes(ti, dims);
    if (bytes >= TWO64 || nElements >= TWO64 / 2n) t(`byte size overflows: [${dims.join(', ')}] of ${ti.name} is ${bytes} bytes (more than 2^64)`);
    if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) t(`byte size ${bytes} of [${dims.join(', ')}] ${ti.name} is beyond 2^53`);
    if (offset % BigInt(alignment) !== 0n) t(`data offset ${offset} is not a multiple of the alignment ${alignment}`);
    const end = BigInt(dataOffset) + offset + bytes;
    if (end > BigInt(size)) t(`data [${BigInt(dataOffset) + offset}, ${end}) runs past the end of the file (${size} bytes; ${ti.name} [${dims.join(', ')}] is ${bytes} bytes at data offset ${offset})`);
    const K = shape[0];
    return {
      name, type: ti.name, ggmlType: ti.id, shape, nElements: Number(nElements), K, rows: Number(nElements) / K,
      offset: Number(offset), fileOffset: dataOffset + Number(offset), byteLength: Number(bytes),
      kgen: kgenSupports(ti.id), readable: kgenReadable(ti.id),
    };
  });
  const byOffset = [...tensors].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < byOffset.length; i++) {
    const p = byOffset[i - 1];
    const q = byOffset[i];
    if (p.offset + p.byteLength > q.offset) c.fail(`tensor '${q.name}': data at offset ${q.offset} overlaps tensor '${p.name}' [${p.offset}, ${p.offset + p.byteLength})`, q.name);
  }
  return { version, tensorCount: nTensors, kvCount: nKv, alignment, tensorInfoEnd, dataOffset, fileSize: size, tensors };
}

// ---------------------------------------------------------------------------------------------
// @huggingface/gguf over a ByteSource

/** A fetch that answers @huggingface/gguf's `Range: bytes=a-b` requests from a ByteSource. */
function sourceFetch(src: ByteSource): typeof fetch {
  return (async (_input: unknown, init?: { headers?: unknown }) => {
    const range = new Headers(init?.headers as Record<string, string> | undefined).get('range') ?? '';
    const m = /^bytes=(\d+)-(\d+)$/.exec(range);
    if (!m) throw new GgufError(`${src.name}: unexpected request from @huggingface/gguf (range '${range}')`, src.name);
    const a = Math.min(Number(m[1]), src.size);
    const b = Math.min(Number(m[2]) + 1, src.size);
    const body = b > a ? (await src.read(a, b - a)).slice() : new Uint8Array(0);
    return new Response(body, { status: 206, headers: { 'content-range': `bytes ${a}-${Math.max(a, b - 1)}/${src.size}` } });
  }) as typeof fetch;
}

async function parseWithHf(src: ByteSource, scan: GgufScan) {
  let out;
  try {
    out = await hfGguf(`https://kgen.invalid/${encodeURIComponent(src.name)}`, { fetch: sourceFetch(src), typedMetadata: true });
  } catch (e) {
    if (e instanceof GgufError) throw e;
    throw new GgufError(`${src.name}: @huggingface/gguf could not parse the header: ${(e as Error).message}`, src.name);
  }
  // Cross-check the two parses of the tensor table.
  const bad = (what: string): never => {
    throw new GgufError(`${src.name}: @huggingface/gguf and kgen's own header walk disagree on ${what}`, src.name);
  };
  if (out.tensorInfos.length !== scan.tensors.length) bad('the tensor count');
  if (Number(out.tensorDataOffset) !== scan.dataOffset) bad('the data offset');
  out.tensorInfos.forEach((ti, i) => {
    const t = scan.tensors[i];
    if (ti.name !== t.name || ti.dtype !== t.ggmlType || Number(ti.offset) !== t.offset || ti.shape.length !== t.shape.length || ti.shape.some((d, j) => Number(d) !== t.shape[j])) bad(`tensor #${i} ('${t.name}')`);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The file

/** An open GGUF file: header, metadata and tensor table; tensor bytes are read on demand. */
export class GgufFile {
  /** Tensors in file order. */
  readonly tensors: readonly GgufTensor[];
  private readonly byName: Map<string, GgufTensor>;

  constructor(
    /** Where the bytes come from. */
    readonly source: ByteSource,
    /** The bounded header walk's result. */
    readonly scan: GgufScan,
    /** Metadata key/value pairs (from @huggingface/gguf), without its version/tensor_count/kv_count entries. */
    readonly metadata: Record<string, MetadataValue>,
    /** @huggingface/gguf's typed metadata (with value types), e.g. for `serializeGgufMetadata`. */
    readonly typedMetadata: GGUFTypedMetadata,
    private readonly owned: boolean,
  ) {
    this.tensors = scan.tensors;
    this.byName = new Map(scan.tensors.map((t) => [t.name, t]));
  }

  /** The source's name (path or File name). */
  get name(): string {
    return this.source.name;
  }
  /** GGUF version. */
  get version(): number {
    return this.scan.version;
  }
  /** Data alignment in bytes. */
  get alignment(): number {
    return this.scan.alignment;
  }
  /** Byte offset of the data section in the file. */
  get dataOffset(): number {
    return this.scan.dataOffset;
  }
  /** Size of the file in bytes. */
  get fileSize(): number {
    return this.scan.fileSize;
  }

  /** A tensor by name; throws naming the file when it has none. */
  tensor(name: string): GgufTensor {
    const t = this.byName.get(name);
    if (!t) throw new GgufError(`${this.name}: no tensor named '${name}'`, this.name, name);
    return t;
  }

  private readableTensor(which: string | GgufTensor): GgufTensor {
    const t = typeof which === 'string' ? this.tensor(which) : this.tensor(which.name);
    if (!t.readable) {
      throw new GgufError(`${this.name}: tensor '${t.name}' has type ${t.type} (ggml type ${t.ggmlType}), which kgen does not support (kgen reads its formats, f32 and f16)`, this.name, t.name);
    }
    return t;
  }

  /**
   * The tensor's bytes: one read of exactly its byte range. With `into` (e.g. a mapped GPU upload
   * buffer's range), the bytes land there and a view of it is returned; otherwise a new Uint8Array.
   * Throws for a type kgen does not support.
   */
  async readTensor(which: string | GgufTensor, into?: Uint8Array): Promise<Uint8Array> {
    const t = this.readableTensor(which);
    return this.source.read(t.fileOffset, t.byteLength, into);
  }

  /** The tensor's bytes as a Blob slice, not read (Blob/File sources only). */
  tensorBlob(which: string | GgufTensor): Blob {
    const t = this.readableTensor(which);
    if (!this.source.slice) throw new GgufError(`${this.name}: tensorBlob needs a Blob/File source`, this.name, t.name);
    return this.source.slice(t.fileOffset, t.fileOffset + t.byteLength);
  }

  /** Close the underlying file (when openGguf opened it). */
  async close(): Promise<void> {
    if (this.owned) await this.source.close();
  }
}

/**
 * Open a GGUF file: a path or file: URL (Node), a Blob/File (browser or Node), bytes in memory, or any
 * ByteSource. Reads the header only. Throws GgufError for corrupt, truncated or unsupported files.
 */
export async function openGguf(input: GgufInput): Promise<GgufFile> {
  const { src, owned } = await toSource(input);
  try {
    const scan = await scanGguf(src);
    const out = await parseWithHf(src, scan);
    const metadata: Record<string, MetadataValue> = {};
    for (const [k, v] of Object.entries(out.metadata as Record<string, MetadataValue>)) {
      if (k !== 'version' && k !== 'tensor_count' && k !== 'kv_count') metadata[k] = v;
    }
    return new GgufFile(src, scan, metadata, out.typedMetadata, owned);
  } catch (e) {
    if (owned) await src.close();
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// inspect

/** One tensor as `kgen inspect` lists it. */
export interface InspectRow {
  /** Tensor name. */
  name: string;
  /** ggml type name, lowercase. */
  type: string;
  /** ggml type id. */
  ggmlType: number;
  /** ggml order, ne0 (K) first. */
  shape: number[];
  /** Size of the tensor's data in bytes. */
  bytes: number;
  /** kgen has kernels for this type. */
  kgen: boolean;
}

function rowsOf(f: GgufFile): InspectRow[] {
  return f.tensors.map((t) => ({ name: t.name, type: t.type, ggmlType: t.ggmlType, shape: [...t.shape], bytes: t.byteLength, kgen: t.kgen }));
}

/** The tensor table of a GGUF file, one row per tensor. */
export async function inspect(input: GgufInput): Promise<InspectRow[]> {
  const f = await openGguf(input);
  try {
    return rowsOf(f);
  } finally {
    await f.close();
  }
}

function humanBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = -1;
  do {
    v /= 1024;
    u++;
  } while (v >= 1024 && u < units.length - 1);
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}

/** A plain-text table of inspect rows, with a totals line. */
export function formatInspectTable(rows: readonly InspectRow[]): string {
  const head = ['name', 'type', 'shape (ne0 first)', 'bytes', 'kgen'];
  const body = rows.map((r) => [r.name, r.type, r.shape.join(' x '), humanBytes(r.bytes), r.kgen ? 'yes' : 'no']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const right = [false, false, false, true, false];
  const line = (cells: string[]) => cells.map((s, i) => (right[i] ? s.padStart(widths[i]) : s.padEnd(widths[i]))).join('  ').trimEnd();
  const total = rows.reduce((a, r) => a + r.bytes, 0);
  const k = rows.filter((r) => r.kgen);
  const kBytes = k.reduce((a, r) => a + r.bytes, 0);
  const byType = new Map<string, number>();
  for (const r of rows) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  const types = [...byType].map(([t, n]) => `${t}: ${n}`).join(', ');
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    `${rows.length} tensors, ${humanBytes(total)}${types ? ` (${types})` : ''}; kgen kernels for ${k.length} (${humanBytes(kBytes)})`,
  ].join('\n');
}

/** `kgen inspect model.gguf`: a short file summary and the tensor table. */
export async function inspectCommand(path: string): Promise<string> {
  const f = await openGguf(path);
  try {
    const arch = f.metadata['general.architecture'];
    const name = f.metadata['general.name'];
    const summary = [
      `${path}: GGUF v${f.version}, ${humanBytes(f.fileSize)}, ${f.tensors.length} tensors, ${Object.keys(f.metadata).length} metadata keys, alignment ${f.alignment}, data at byte ${f.dataOffset}`,
      ...(typeof arch === 'string' ? [`architecture: ${arch}${typeof name === 'string' ? ` (${name})` : ''}`] : []),
    ];
    return [...summary, '', formatInspectTable(rowsOf(f))].join('\n');
  } finally {
    await f.close();
  }
}
