// GGUF v3 writer for kgen-quantized (and plain f32/f16/...) tensors, for llama.cpp and friends.
//
// Layout (ggml docs/gguf.md): magic "GGUF", u32 version 3, u64 n_tensors, u64 n_kv, the KV pairs,
// the tensor infos (name, u32 n_dims, u64 ne[n_dims] with ne0 the fastest-varying dimension (K of a
// weight matrix), u32 ggml type, u64 offset relative to the start of the data section), zero padding
// to `general.alignment` (default 32), then each tensor's bytes, each padded to the alignment (as
// ggml's gguf writer does). The header and KV pairs are serialized by @huggingface/gguf's
// `serializeGgufMetadata`; the tensor infos and data by this file.
import { GGUFValueType, serializeGgufMetadata, type GGUFTypedMetadata, type MetadataValue } from '@huggingface/gguf';
import { formats, quantize, type QuantizeOptions } from '../api/formats.js';
import { GgufError, GGUF_LIMITS } from './read.js';
import { ggmlTensorBytes, resolveGgmlType, type GgmlTypeInfo } from './types.js';

/** A metadata value with its GGUF type, when inference (below) would pick the wrong one. */
export interface TypedValue {
  /** The GGUF value type to write. */
  type: GGUFValueType;
  /** The value (an array for type ARRAY). */
  value: MetadataValue;
  /** Element type, for type ARRAY. */
  subType?: GGUFValueType;
}

/**
 * A metadata value. Plain values get a type by inference: string -> STRING, boolean -> BOOL,
 * bigint -> UINT64 (INT64 if negative), number -> UINT32 for integers in [0, 2^32), INT32 for other
 * integers in i32 range, else FLOAT32; arrays take the type that fits all their elements (one level
 * only; an empty array needs a TypedValue). Give a TypedValue for anything else (e.g. f32 scores that
 * happen to be integers, u64 counts).
 */
export type MetadataInput = MetadataValue | TypedValue;

/** A tensor to write: name, ggml type, ggml-order shape and its bytes. */
export interface GgufTensorInput {
  /** Tensor name (at most 63 bytes of UTF-8), unique in the file. */
  name: string;
  /** ggml type name ("q4_k", "f32") or id. */
  type: string | number;
  /** ggml order: shape[0] = ne0 = K (the fastest-varying dimension), then rows, ... 1 to 4 dims. */
  shape: readonly number[];
  /** The tensor's bytes, exactly the type's size for this shape. */
  data: Uint8Array;
}

/** Options of encodeGguf, ggufBytes, ggufBlob and writeGguf. */
export interface GgufWriteOptions {
  /** Metadata, written in insertion order (e.g. general.architecture, general.name, ...). */
  metadata?: Record<string, MetadataInput>;
  /** general.alignment: a power of two; default 32 (written to the file only when not 32). */
  alignment?: number;
  /**
   * Add general.quantization_version = 2 (u32), as llama.cpp's writers do, when a tensor is quantized
   * and the metadata has none. Default true.
   */
  quantizationVersion?: boolean;
}

/** Where a tensor's data went. */
export interface GgufTensorPlacement {
  /** Tensor name. */
  name: string;
  /** ggml type name, lowercase. */
  type: string;
  /** ggml type id. */
  ggmlType: number;
  /** ggml order, ne0 (K) first. */
  shape: number[];
  /** Offset from the start of the data section. */
  offset: number;
  /** Absolute offset in the file. */
  fileOffset: number;
  /** Size of the tensor's data in bytes (without padding). */
  byteLength: number;
}

/** A GGUF file as parts to write in order (no big concatenation). */
export interface GgufEncoded {
  /** Header, then each tensor's bytes and padding: write them in order. */
  parts: Uint8Array[];
  /** Total file size in bytes. */
  byteLength: number;
  /** Data alignment in bytes. */
  alignment: number;
  /** Byte offset of the data section. */
  dataOffset: number;
  /** Where each tensor landed, in input order. */
  tensors: GgufTensorPlacement[];
}

const RESERVED = new Set(['version', 'tensor_count', 'kv_count']);
const INT_RANGE: Partial<Record<GGUFValueType, [number, number]>> = {
  [GGUFValueType.UINT8]: [0, 0xff], [GGUFValueType.INT8]: [-0x80, 0x7f],
  [GGUFValueType.UINT16]: [0, 0xffff], [GGUFValueType.INT16]: [-0x8000, 0x7fff],
  [GGUFValueType.UINT32]: [0, 0xffffffff], [GGUFValueType.INT32]: [-0x80000000, 0x7fffffff],
};

function fail(msg: string, tensor?: string): never {
  throw new GgufError(`gguf write: ${msg}`, undefined, tensor);
}

function inferScalar(v: MetadataValue, key: string): GGUFValueType {
  if (typeof v === 'string') return GGUFValueType.STRING;
  if (typeof v === 'boolean') return GGUFValueType.BOOL;
  if (typeof v === 'bigint') return v < 0n ? GGUFValueType.INT64 : GGUFValueType.UINT64;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 0 && v <= 0xffffffff) return GGUFValueType.UINT32;
    if (Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff) return GGUFValueType.INT32;
    return GGUFValueType.FLOAT32;
  }
  return fail(`metadata '${key}': nested arrays need an explicit type`);
}

function inferArray(vs: MetadataValue[], key: string): GGUFValueType {
  if (vs.length === 0) fail(`metadata '${key}': an empty array needs an explicit { type: ARRAY, subType, value }`);
  const types = new Set(vs.map((v) => inferScalar(v, key)));
  if (types.size === 1) return [...types][0];
  if ([...types].every((t) => t === GGUFValueType.UINT32 || t === GGUFValueType.INT32 || t === GGUFValueType.FLOAT32)) {
    return types.has(GGUFValueType.FLOAT32) ? GGUFValueType.FLOAT32 : GGUFValueType.INT32;
  }
  if ([...types].every((t) => t === GGUFValueType.UINT64 || t === GGUFValueType.INT64)) return GGUFValueType.INT64;
  return fail(`metadata '${key}': array mixes value types (${[...types].map((t) => GGUFValueType[t]).join(', ')})`);
}

/** Check (and normalize: numbers to bigint for 64-bit ints) one scalar of a given type. */
function checkScalar(v: MetadataValue, type: GGUFValueType, key: string): MetadataValue {
  const bad = (): never => fail(`metadata '${key}': ${typeof v === 'bigint' ? `${v}n` : JSON.stringify(v)} is not a valid ${GGUFValueType[type] ?? type}`);
  switch (type) {
    case GGUFValueType.STRING:
      return typeof v === 'string' ? v : bad();
    case GGUFValueType.BOOL:
      return typeof v === 'boolean' ? v : bad();
    case GGUFValueType.FLOAT32:
    case GGUFValueType.FLOAT64:
      return typeof v === 'number' ? v : bad();
    case GGUFValueType.UINT64:
    case GGUFValueType.INT64: {
      const b = typeof v === 'bigint' ? v : typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : bad();
      const [lo, hi] = type === GGUFValueType.UINT64 ? [0n, (1n << 64n) - 1n] : [-(1n << 63n), (1n << 63n) - 1n];
      return b >= lo && b <= hi ? b : bad();
    }
    default: {
      const range = INT_RANGE[type];
      if (!range) return fail(`metadata '${key}': unknown value type ${type}`);
      return typeof v === 'number' && Number.isInteger(v) && v >= range[0] && v <= range[1] ? v : bad();
    }
  }
}

function typedEntry(key: string, input: MetadataInput): { type: GGUFValueType; value: MetadataValue; subType?: GGUFValueType } {
  const isTyped = typeof input === 'object' && input !== null && !Array.isArray(input) && 'type' in input && 'value' in input;
  if (isTyped) {
    const { type, value, subType } = input as TypedValue;
    if (type === GGUFValueType.ARRAY) {
      if (!Array.isArray(value)) fail(`metadata '${key}': type ARRAY needs an array value`);
      const st = subType ?? inferArray(value as MetadataValue[], key);
      if (st === GGUFValueType.ARRAY) fail(`metadata '${key}': nested arrays are not written`);
      return { type, subType: st, value: (value as MetadataValue[]).map((x) => checkScalar(x, st, key)) };
    }
    if (Array.isArray(value)) fail(`metadata '${key}': an array value needs type ARRAY`);
    return { type, value: checkScalar(value, type, key) };
  }
  const value = input as MetadataValue;
  if (Array.isArray(value)) {
    const st = inferArray(value, key);
    return { type: GGUFValueType.ARRAY, subType: st, value: value.map((x) => checkScalar(x, st, key)) };
  }
  const type = inferScalar(value, key);
  return { type, value: checkScalar(value, type, key) };
}

const pad = (n: number, a: number) => Math.ceil(n / a) * a;

function checkTensor(t: GgufTensorInput, seen: Set<string>): { info: GgmlTypeInfo; bytes: number } {
  const name = t.name;
  if (typeof name !== 'string' || name.length === 0) fail('a tensor has an empty name');
  const nameBytes = new TextEncoder().encode(name).byteLength;
  if (nameBytes > GGUF_LIMITS.maxTensorName) fail(`tensor '${name}': name is ${nameBytes} bytes; ggml allows ${GGUF_LIMITS.maxTensorName}`, name);
  if (seen.has(name)) fail(`tensor '${name}': duplicate name`, name);
  seen.add(name);
  let info: GgmlTypeInfo;
  try {
    info = resolveGgmlType(t.type);
  } catch {
    return fail(`tensor '${name}': unknown ggml type ${JSON.stringify(t.type)}`, name);
  }
  if (info.removed) fail(`tensor '${name}': ggml type ${info.name} was removed from ggml; llama.cpp cannot load it`, name);
  const shape = t.shape;
  if (shape.length < 1 || shape.length > GGUF_LIMITS.maxDims) fail(`tensor '${name}': ${shape.length} dimensions; ggml allows 1..${GGUF_LIMITS.maxDims}`, name);
  shape.forEach((d, i) => {
    if (!Number.isSafeInteger(d) || d < 1 || d > GGUF_LIMITS.maxDim) fail(`tensor '${name}': dimension ne${i} = ${d} must be an integer in 1..2^40`, name);
  });
  if (shape[0] % info.blockElems !== 0) fail(`tensor '${name}': K = ne0 = ${shape[0]} is not a multiple of ${info.name}'s block size ${info.blockElems}`, name);
  const bytes = ggmlTensorBytes(info, shape);
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) fail(`tensor '${name}': ${bytes} bytes is too large`, name);
  if (!(t.data instanceof Uint8Array)) fail(`tensor '${name}': data must be a Uint8Array`, name);
  if (t.data.byteLength !== Number(bytes)) {
    fail(`tensor '${name}': ${info.name} [${shape.join(', ')}] is ${bytes} bytes; data has ${t.data.byteLength}`, name);
  }
  return { info, bytes: Number(bytes) };
}

/** Lay out a GGUF v3 file: the parts to write, in order, and where each tensor lands. */
export function encodeGguf(tensors: readonly GgufTensorInput[], opts: GgufWriteOptions = {}): GgufEncoded {
  const meta = opts.metadata ?? {};
  // Alignment: from the option and/or metadata general.alignment; they must agree.
  let alignment = opts.alignment;
  if ('general.alignment' in meta) {
    const e = typedEntry('general.alignment', meta['general.alignment']);
    if (e.type !== GGUFValueType.UINT32) fail(`metadata 'general.alignment' must be a u32`);
    if (alignment !== undefined && alignment !== e.value) fail(`alignment option ${alignment} and metadata general.alignment ${String(e.value)} differ`);
    alignment = e.value as number;
  }
  alignment ??= 32;
  if (!Number.isInteger(alignment) || alignment < 1 || alignment > 0x80000000 || (alignment & (alignment - 1)) !== 0) {
    fail(`alignment ${alignment} must be a power of two`);
  }

  const seen = new Set<string>();
  const checked = tensors.map((t) => ({ t, ...checkTensor(t, seen) }));

  const entries: [string, { type: GGUFValueType; value: MetadataValue; subType?: GGUFValueType }][] = [];
  for (const [key, v] of Object.entries(meta)) {
    if (key.length === 0) fail('a metadata key is empty');
    if (RESERVED.has(key)) fail(`metadata key '${key}' is reserved (GGUF header field)`);
    if (new TextEncoder().encode(key).byteLength > 65535) fail(`metadata key '${key.slice(0, 40)}...' is longer than 65535 bytes`);
    entries.push([key, typedEntry(key, v)]);
  }
  if (alignment !== 32 && !('general.alignment' in meta)) entries.push(['general.alignment', { type: GGUFValueType.UINT32, value: alignment }]);
  if ((opts.quantizationVersion ?? true) && !('general.quantization_version' in meta) && checked.some((c) => c.info.quantized)) {
    entries.push(['general.quantization_version', { type: GGUFValueType.UINT32, value: 2 }]);
  }

  const typed = {
    version: { value: 3, type: GGUFValueType.UINT32 },
    tensor_count: { value: BigInt(tensors.length), type: GGUFValueType.UINT64 },
    kv_count: { value: BigInt(entries.length), type: GGUFValueType.UINT64 },
    ...Object.fromEntries(entries),
  } as GGUFTypedMetadata;
  // Alignment 1: @huggingface/gguf pads the KV section; the padding belongs after the tensor infos.
  let kv: Uint8Array;
  try {
    kv = serializeGgufMetadata(typed, { littleEndian: true, alignment: 1 });
  } catch (e) {
    return fail(`serializing metadata: ${(e as Error).message}`);
  }

  // Tensor infos.
  const enc = new TextEncoder();
  const placements: GgufTensorPlacement[] = [];
  let infoBytes = 0;
  let off = 0;
  for (const c of checked) {
    infoBytes += 8 + enc.encode(c.t.name).byteLength + 4 + 8 * c.t.shape.length + 4 + 8;
    placements.push({ name: c.t.name, type: c.info.name, ggmlType: c.info.id, shape: [...c.t.shape], offset: off, fileOffset: 0, byteLength: c.bytes });
    off += pad(c.bytes, alignment);
  }
  const dataOffset = pad(kv.byteLength + infoBytes, alignment);
  const header = new Uint8Array(dataOffset);
  header.set(kv, 0);
  const dv = new DataView(header.buffer);
  let p = kv.byteLength;
  checked.forEach((c, i) => {
    const nameBytes = enc.encode(c.t.name);
    dv.setBigUint64(p, BigInt(nameBytes.byteLength), true);
    header.set(nameBytes, p + 8);
    p += 8 + nameBytes.byteLength;
    dv.setUint32(p, c.t.shape.length, true);
    p += 4;
    for (const d of c.t.shape) {
      dv.setBigUint64(p, BigInt(d), true);
      p += 8;
    }
    dv.setUint32(p, c.info.id, true);
    p += 4;
    dv.setBigUint64(p, BigInt(placements[i].offset), true);
    p += 8;
    placements[i].fileOffset = dataOffset + placements[i].offset;
  });

  const parts: Uint8Array[] = [header];
  const zeros = new Uint8Array(alignment);
  for (const c of checked) {
    if (c.bytes > 0) parts.push(c.t.data);
    const padBytes = pad(c.bytes, alignment) - c.bytes;
    if (padBytes > 0) parts.push(zeros.subarray(0, padBytes));
  }
  return { parts, byteLength: dataOffset + off, alignment, dataOffset, tensors: placements };
}

/** The whole file in one Uint8Array. */
export function ggufBytes(tensors: readonly GgufTensorInput[], opts: GgufWriteOptions = {}): Uint8Array {
  const e = encodeGguf(tensors, opts);
  const out = new Uint8Array(e.byteLength);
  let p = 0;
  for (const part of e.parts) {
    out.set(part, p);
    p += part.byteLength;
  }
  return out;
}

/** The file as a Blob (browser: download it or hand it on without concatenating). */
export function ggufBlob(tensors: readonly GgufTensorInput[], opts: GgufWriteOptions = {}): Blob {
  return new Blob(encodeGguf(tensors, opts).parts as BlobPart[], { type: 'application/octet-stream' });
}

/** Write a GGUF v3 file (Node). Parts are written in order; nothing is concatenated. */
export async function writeGguf(path: string, tensors: readonly GgufTensorInput[], opts: GgufWriteOptions = {}): Promise<GgufEncoded> {
  const e = encodeGguf(tensors, opts);
  const fs = await import('node:fs/promises');
  const h = await fs.open(path, 'w');
  try {
    for (const part of e.parts) {
      let done = 0;
      while (done < part.byteLength) {
        const { bytesWritten } = await h.write(part, done, part.byteLength - done);
        done += bytesWritten;
      }
    }
  } finally {
    await h.close();
  }
  return e;
}

/**
 * A tensor quantized with kgen: `values` holds rows x K floats, row-major (K fastest); `shape` is ggml
 * order [K, rows] (or [K, ne1, ne2, ...]). `format` is one of `formats` (e.g. "q4_k"). `opts.importance` is the
 * quantizer's importance matrix (K floats; iq2_xxs and iq2_xs need one, as in ggml).
 */
export function quantizedTensor(name: string, format: string, values: Float32Array, shape: readonly number[], opts: QuantizeOptions = {}): GgufTensorInput {
  const f = formats[format];
  if (!f) fail(`tensor '${name}': unknown kgen format '${format}'; known: ${Object.keys(formats).sort().join(', ')}`, name);
  const n = shape.reduce((a, b) => a * b, 1);
  if (values.length !== n) fail(`tensor '${name}': shape [${shape.join(', ')}] has ${n} elements; values has ${values.length}`, name);
  if (shape[0] % f.blockElems !== 0) fail(`tensor '${name}': K = ne0 = ${shape[0]} is not a multiple of ${format}'s block size ${f.blockElems}`, name);
  return { name, type: f.ggmlType, shape, data: quantize(format, values, opts) };
}

/** An f32 tensor (e.g. norms, biases): `values` row-major, `shape` ggml order (default [values.length]). */
export function f32Tensor(name: string, values: Float32Array, shape: readonly number[] = [values.length]): GgufTensorInput {
  const bytes = new Uint8Array(values.length * 4);
  const dv = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) dv.setFloat32(i * 4, values[i], true);
  return { name, type: 'f32', shape, data: bytes };
}
