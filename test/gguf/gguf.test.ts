// GGUF v3 in and out (gguf/).
//
//   * types.ts agrees with kgen's `formats` (id, block size, block bytes) and sizes every ggml type.
//   * Round trip: kgen quantizes every format and writes a GGUF file; @huggingface/gguf parses it back
//     (metadata with types, tensor infos, data offset) and the bytes at its offsets are kgen's bytes;
//     kgen's reader (path, Blob, fs.openAsBlob, bytes) gets the same tensors, reading only each
//     tensor's byte range.
//   * Writer refuses what ggml would not load (bad K, sizes, names, dims, alignment, metadata).
//   * Corrupt input: bad magic, versions, big-endian, absurd counts and dims, overflowing sizes,
//     offsets past the end, misaligned or overlapping data, bad K, unknown and unsupported types,
//     every truncation of a file, and random byte corruption: each a GgufError naming the file (and
//     tensor) and the problem, never an out-of-bounds read or a hang.
//   * inspect / formatInspectTable / inspectCommand.
//   * Optional: llama.cpp's gguf-py (python package `gguf`) reads kgen's file and dequantizes it to
//     kgen's values, and kgen reads a file gguf-py wrote. Runs when $KGEN_GGUF_PYTHON (or python3)
//     can import gguf; skipped otherwise.
import test from 'ava';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { openAsBlob, readFileSync, statSync } from 'node:fs';
import { gguf as hfGguf, GGUFValueType } from '@huggingface/gguf';
import { dequantize, formats } from '../../index.js';
import {
  GGML_TYPES, GgufError, bytesSource, encodeGguf, f32Tensor, fileSource, formatInspectTable, ggmlTypeById, ggmlTypeByName,
  ggufBlob, ggufBytes, inspect, resolveGgmlType, inspectCommand, kgenReadable, kgenSupports, openGguf, quantizedTensor, writeGguf,
  type ByteSource, type GgufTensorInput,
} from '../../gguf/index.js';
import { T, kvRaw, kvString, kvStringArray, kvU32, kvU64, randomF32, rawGguf, tempDir, u32Bytes, u64Bytes } from '../support/gguf-fixtures.js';

const tmp = tempDir();
test.after.always(() => tmp.remove());

/**
 * Every kgen format, quantized: shape [K, rows] with K a multiple of 256 (fits every block size). The importance
 * matrix is all ones (what ggml's golden vectors use; iq2_xxs and iq2_xs need one, the others ignore it or
 * weigh uniformly).
 */
function kgenTensors(K = 512, rows = 3): { input: GgufTensorInput; values: Float32Array; format: string }[] {
  return Object.keys(formats).sort().map((format, i) => {
    const values = randomF32(K * rows, 1000 + i);
    return { format, values, input: quantizedTensor(`blk.${i}.${format}.weight`, format, values, [K, rows], { importance: new Float32Array(K).fill(1) }) };
  });
}

function f16Tensor(name: string, n: number): GgufTensorInput {
  const data = new Uint8Array(n * 2);
  for (let i = 0; i < n; i++) new DataView(data.buffer).setUint16(i * 2, 0x3c00 + i, true);
  return { name, type: 'f16', shape: [n], data };
}

async function rejects(t: import('ava').ExecutionContext, input: Parameters<typeof openGguf>[0], re: RegExp): Promise<GgufError> {
  const err = await t.throwsAsync(openGguf(input), { instanceOf: GgufError, message: re });
  return err as GgufError;
}

// ---------------------------------------------------------------------------------------------
// types

test('types: every kgen format has the same ggml id, block size and block bytes in the type table', (t) => {
  for (const f of Object.values(formats)) {
    const info = ggmlTypeByName(f.name);
    t.truthy(info, f.name);
    t.is(info!.id, f.ggmlType, f.name);
    t.is(info!.blockElems, f.blockElems, f.name);
    t.is(info!.blockBytes, f.blockBytes, f.name);
    t.true(kgenSupports(f.name) === f.gpu && kgenSupports(f.ggmlType) === f.gpu && kgenReadable(f.ggmlType), f.name);
  }
  t.is(new Set(GGML_TYPES.map((x) => x.id)).size, GGML_TYPES.length);
  t.is(new Set(GGML_TYPES.map((x) => x.name)).size, GGML_TYPES.length);
  t.is(ggmlTypeByName('Q4_K')?.id, 12);
  t.is(ggmlTypeById(16)?.name, 'iq2_xxs');
  t.is(ggmlTypeById(4), undefined);
  t.false(kgenSupports('f32'));
  t.true(kgenReadable('f32') && kgenReadable('f16'));
  t.false(kgenReadable('tq1_0') || kgenSupports('tq1_0'));
  // A few sizes from ggml-common.h.
  const sizes: Record<string, [number, number]> = { q8_k: [256, 292], iq2_xxs: [256, 66], iq1_s: [256, 50], iq1_m: [256, 56], tq1_0: [256, 54], tq2_0: [256, 66], nvfp4: [64, 36], q1_0: [128, 18], bf16: [1, 2] };
  for (const [n, [be, bb]] of Object.entries(sizes)) t.deepEqual([ggmlTypeByName(n)!.blockElems, ggmlTypeByName(n)!.blockBytes], [be, bb], n);
});

// ---------------------------------------------------------------------------------------------
// round trip

test('round trip: kgen writes every format, @huggingface/gguf parses it back, kgen reads the same tensors', async (t) => {
  const q = kgenTensors();
  const extra: GgufTensorInput[] = [
    f32Tensor('output_norm.weight', randomF32(7, 1)),
    f16Tensor('f16.weight', 9),
    quantizedTensor('blk.3d.weight', 'q8_0', randomF32(64 * 2 * 3, 2), [64, 2, 3]),
  ];
  const tensors = [...q.map((x) => x.input), ...extra];
  const metadata = {
    'general.architecture': 'llama',
    'general.name': 'kgen round trip',
    'llama.block_count': 2,
    'llama.rope.freq_base': 10000.5,
    'kgen.signed': -3,
    'kgen.flag': true,
    'kgen.big': 1n << 40n,
    'tokenizer.ggml.tokens': ['<s>', '</s>', 'héllo'],
    'kgen.scores': { type: GGUFValueType.ARRAY, subType: GGUFValueType.FLOAT32, value: [1, 2, 3.5] },
    'kgen.i16s': { type: GGUFValueType.ARRAY, subType: GGUFValueType.INT16, value: [-2, 7] },
    'kgen.f64': { type: GGUFValueType.FLOAT64, value: Math.PI },
    'kgen.u8': { type: GGUFValueType.UINT8, value: 255 },
  };
  const path = tmp.file('roundtrip.gguf');
  const enc = await writeGguf(path, tensors, { metadata });
  t.is(statSync(path).size, enc.byteLength);
  t.is(enc.dataOffset % 32, 0);
  const fileBytes = new Uint8Array(readFileSync(path));
  t.deepEqual(fileBytes, ggufBytes(tensors, { metadata }));
  t.deepEqual(new Uint8Array(await ggufBlob(tensors, { metadata }).arrayBuffer()), fileBytes);

  // @huggingface/gguf parses it.
  const hf = await hfGguf(path, { allowLocalFile: true, typedMetadata: true });
  t.is(hf.metadata.version, 3);
  t.is(hf.metadata.tensor_count, BigInt(tensors.length));
  t.is(Number(hf.tensorDataOffset), enc.dataOffset);
  const md = hf.metadata as unknown as Record<string, unknown>;
  t.is(md['general.architecture'], 'llama');
  t.is(md['llama.block_count'], 2);
  t.is(hf.typedMetadata['llama.block_count']?.type, GGUFValueType.UINT32);
  t.is(hf.typedMetadata['llama.rope.freq_base']?.type, GGUFValueType.FLOAT32);
  t.is(md['kgen.signed'], -3);
  t.is(hf.typedMetadata['kgen.signed']?.type, GGUFValueType.INT32);
  t.is(md['kgen.flag'], true);
  t.is(md['kgen.big'], 1n << 40n);
  t.is(hf.typedMetadata['kgen.big']?.type, GGUFValueType.UINT64);
  t.deepEqual(md['tokenizer.ggml.tokens'], ['<s>', '</s>', 'héllo']);
  t.deepEqual(md['kgen.scores'], [1, 2, 3.5]);
  t.is(hf.typedMetadata['kgen.scores']?.subType, GGUFValueType.FLOAT32);
  t.deepEqual(md['kgen.i16s'], [-2, 7]);
  t.is(hf.typedMetadata['kgen.i16s']?.subType, GGUFValueType.INT16);
  t.is(md['kgen.f64'], Math.PI);
  t.is(md['kgen.u8'], 255);
  t.is(md['general.quantization_version'], 2);
  t.is(hf.tensorInfos.length, tensors.length);
  hf.tensorInfos.forEach((ti, i) => {
    const src = tensors[i];
    t.is(ti.name, src.name);
    t.is(ti.dtype as number, resolveGgmlType(src.type).id);
    t.deepEqual(ti.shape.map(Number), [...src.shape]);
    t.is(Number(ti.offset) % 32, 0, `${src.name} offset aligned`);
    const start = Number(hf.tensorDataOffset + ti.offset);
    t.deepEqual(fileBytes.subarray(start, start + src.data.byteLength), src.data, `${src.name} bytes at @huggingface/gguf's offset`);
  });

  // kgen's reader: path, Blob, fs.openAsBlob, in-memory bytes.
  const inputs: [string, Parameters<typeof openGguf>[0]][] = [
    ['path', path],
    ['Blob', new Blob([fileBytes])],
    ['fs.openAsBlob', await openAsBlob(path)],
    ['bytes', fileBytes],
  ];
  for (const [label, input] of inputs) {
    const f = await openGguf(input);
    t.is(f.version, 3, label);
    t.is(f.alignment, 32, label);
    t.is(f.dataOffset, enc.dataOffset, label);
    t.is(f.metadata['general.name'], 'kgen round trip', label);
    t.deepEqual(f.tensors.map((x) => x.name), tensors.map((x) => x.name), label);
    for (const [i, ti] of f.tensors.entries()) {
      const placed = enc.tensors[i];
      t.deepEqual([ti.type, ti.ggmlType, ti.shape, ti.offset, ti.fileOffset, ti.byteLength], [placed.type, placed.ggmlType, placed.shape, placed.offset, placed.fileOffset, placed.byteLength], `${label} ${ti.name}`);
      t.deepEqual(await f.readTensor(ti), tensors[i].data, `${label} ${ti.name} bytes`);
    }
    if (label !== 'path' && label !== 'bytes') t.deepEqual(new Uint8Array(await f.tensorBlob(q[0].input.name).arrayBuffer()), q[0].input.data);
    await f.close();
  }

  // The weights dequantize to the same values as the ones kgen quantized.
  const f = await openGguf(path);
  for (const { format, input } of q) {
    const ti = f.tensor(input.name);
    t.is(ti.kgen, formats[format].gpu, `${format}: kgen (GPU kernels) column`);
    t.true(ti.readable);
    t.deepEqual([ti.K, ti.rows], [512, 3]);
    const got = dequantize(format, await f.readTensor(ti), ti.rows, ti.K);
    t.deepEqual(got, dequantize(format, input.data, 3, 512), format);
  }
  const t3 = f.tensor('blk.3d.weight');
  t.deepEqual([t3.K, t3.rows, t3.nElements], [64, 6, 384]);
  // Into a caller's buffer (e.g. a mapped GPU upload range): lands there, view returned.
  const target = new Uint8Array(t3.byteLength + 100);
  const view = await f.readTensor(t3, target);
  t.is(view.buffer, target.buffer);
  t.deepEqual(view, extra[2].data);
  await t.throwsAsync(f.readTensor(t3, new Uint8Array(3)), { instanceOf: GgufError, message: /target buffer holds 3 bytes/ });
  t.throws(() => f.tensor('nope'), { instanceOf: GgufError, message: /no tensor named 'nope'/ });
  await f.close();
});

test('readTensor reads exactly the tensor\'s byte range and nothing else', async (t) => {
  const q = kgenTensors(256, 2);
  const path = tmp.file('ranges.gguf');
  await writeGguf(path, q.map((x) => x.input));
  const inner = await fileSource(path);
  const reads: [number, number][] = [];
  const spy: ByteSource = { name: inner.name, size: inner.size, read: (o, l, into) => (reads.push([o, l]), inner.read(o, l, into)), close: () => inner.close() };
  const f = await openGguf(spy);
  const headerEnd = f.dataOffset;
  t.true(reads.every(([o, l]) => o + l <= Math.max(headerEnd, 1 << 21)), 'header parse reads the header only (plus @huggingface/gguf\'s first 2 MB chunk)');
  for (const ti of f.tensors) {
    reads.length = 0;
    await f.readTensor(ti.name);
    t.deepEqual(reads, [[ti.fileOffset, ti.byteLength]], ti.name);
  }
  await f.close();
  await inner.close();
});

test('alignment: general.alignment 64 and 1 are written, honoured by both parsers; data offsets aligned', async (t) => {
  for (const alignment of [64, 1, 256]) {
    const tensors = [quantizedTensor('a', 'q4_0', randomF32(32 * 3, 5), [32, 3]), f32Tensor('b', randomF32(5, 6)), quantizedTensor('c', 'q6_k', randomF32(256, 7), [256, 1])];
    const bytes = ggufBytes(tensors, { alignment });
    const f = await openGguf(bytes);
    t.is(f.alignment, alignment);
    t.is(f.dataOffset % alignment, 0);
    for (const ti of f.tensors) t.is(ti.offset % alignment, 0);
    t.is(f.metadata['general.alignment'] as number | undefined, alignment === 32 ? undefined : alignment);
    for (const [i, ti] of f.tensors.entries()) t.deepEqual(await f.readTensor(ti), tensors[i].data);
    const path = tmp.file(`align${alignment}.gguf`, bytes);
    const hf = await hfGguf(path, { allowLocalFile: true });
    t.is(Number(hf.tensorDataOffset), f.dataOffset);
  }
  const e = encodeGguf([f32Tensor('x', new Float32Array(3))], { metadata: { 'general.alignment': 128 } });
  t.is(e.alignment, 128);
  t.is(e.tensors[0].fileOffset % 128, 0);
});

test('an empty file (no tensors, no metadata) round trips', async (t) => {
  const bytes = ggufBytes([]);
  const f = await openGguf(bytes);
  t.is(f.tensors.length, 0);
  t.deepEqual(f.metadata, {});
  t.deepEqual(await inspect(bytes), []);
});

// ---------------------------------------------------------------------------------------------
// writer refusals

test('writer refuses tensors and metadata that ggml would not load', (t) => {
  const ok = quantizedTensor('w', 'q4_k', randomF32(512, 1), [256, 2]);
  const bad = (tensors: GgufTensorInput[], re: RegExp, opts = {}) => t.throws(() => encodeGguf(tensors, opts), { instanceOf: GgufError, message: re });
  bad([{ ...ok, shape: [128, 4] }], /tensor 'w': K = ne0 = 128 is not a multiple of q4_k's block size 256/);
  t.throws(() => quantizedTensor('w', 'q4_k', randomF32(200, 1), [100, 2]), { message: /K = ne0 = 100 is not a multiple of q4_k's block size 256/ });
  bad([{ ...ok, data: ok.data.subarray(1) }], /tensor 'w': q4_k \[256, 2\] is 288 bytes; data has 287/);
  bad([ok, ok], /tensor 'w': duplicate name/);
  bad([{ ...ok, name: 'x'.repeat(64) }], /name is 64 bytes; ggml allows 63/);
  bad([{ ...ok, name: '' }], /empty name/);
  bad([{ ...ok, shape: [] }], /0 dimensions/);
  bad([{ ...ok, shape: [256, 1, 1, 1, 2] }], /5 dimensions/);
  bad([{ ...ok, shape: [256, 0] }], /dimension ne1 = 0/);
  bad([{ ...ok, shape: [256, 2.5] }], /dimension ne1 = 2.5/);
  bad([{ ...ok, type: 'q9_9' }], /unknown ggml type "q9_9"/);
  bad([{ ...ok, type: 99 }], /unknown ggml type 99/);
  bad([{ name: 'r', type: 'q4_0_4x4', shape: [32], data: new Uint8Array(18) }], /removed from ggml/);
  bad([ok], /alignment 48 must be a power of two/, { alignment: 48 });
  bad([ok], /alignment 0 must be a power of two/, { alignment: 0 });
  bad([ok], /alignment option 64 and metadata general.alignment 32 differ/, { alignment: 64, metadata: { 'general.alignment': 32 } });
  bad([ok], /'general.alignment' must be a u32/, { metadata: { 'general.alignment': 32.5 } });
  bad([ok], /metadata key 'version' is reserved/, { metadata: { version: 3 } });
  bad([ok], /empty array needs an explicit/, { metadata: { 'a.b': [] } });
  bad([ok], /array mixes value types/, { metadata: { 'a.b': ['x', 1] } });
  bad([ok], /'a.b': 256 is not a valid UINT8/, { metadata: { 'a.b': { type: GGUFValueType.UINT8, value: 256 } } });
  bad([ok], /'a.b': -1n is not a valid UINT64/, { metadata: { 'a.b': { type: GGUFValueType.UINT64, value: -1n } } });
  bad([ok], /type ARRAY needs an array value/, { metadata: { 'a.b': { type: GGUFValueType.ARRAY, value: 1 } } });
  t.throws(() => quantizedTensor('w', 'q9', new Float32Array(32), [32]), { message: /unknown kgen format 'q9'/ });
  t.throws(() => quantizedTensor('w', 'q8_0', new Float32Array(32), [32, 2]), { message: /has 64 elements; values has 32/ });
});

// ---------------------------------------------------------------------------------------------
// corrupt input

/** A small valid file: one q8_0 [64, 2] tensor, one f32 [4], metadata incl. a string array. */
function validRaw(over: Partial<Parameters<typeof rawGguf>[0]> = {}): Uint8Array {
  return rawGguf({
    kv: [kvString('general.architecture', 'llama'), kvU32('llama.block_count', 1), kvStringArray('tokenizer.ggml.tokens', ['a', 'bc'])],
    tensors: [
      { name: 'w', dims: [64, 2], type: 8, offset: 0 },
      { name: 'n', dims: [4], type: 0, offset: 160 },
    ],
    data: new Uint8Array(176).map((_, i) => i),
    ...over,
  });
}

test('corrupt: the hand-built valid fixture opens (sanity)', async (t) => {
  const f = await openGguf(validRaw());
  t.deepEqual(f.tensors.map((x) => [x.name, x.type, x.byteLength, x.offset]), [['w', 'q8_0', 136, 0], ['n', 'f32', 16, 160]]);
  t.deepEqual(f.metadata['tokenizer.ggml.tokens'], ['a', 'bc']);
});

test('corrupt: bad magic, unsupported versions, big-endian, too short', async (t) => {
  await rejects(t, validRaw({ magic: new TextEncoder().encode('GGUG') }), /buffer: not a GGUF file: bad magic 47 47 55 47/);
  await rejects(t, new TextEncoder().encode('PK\x03\x04 zip file, not gguf at all........'), /not a GGUF file: bad magic 50 4b 03 04/);
  await rejects(t, validRaw({ version: 1 }), /unsupported GGUF version 1/);
  await rejects(t, validRaw({ version: 4 }), /unsupported GGUF version 4/);
  await rejects(t, validRaw({ version: 0xffffffff }), /unsupported GGUF version 4294967295/);
  await rejects(t, validRaw({ bigEndianVersion: true }), /big-endian/);
  await rejects(t, new Uint8Array(0), /truncated: 0 bytes is too short/);
  await rejects(t, new TextEncoder().encode('GGUF'), /truncated: version at byte 4 needs 4 bytes, but the file ends at 4/);
  // Version 2 has the v3 layout; it is read.
  t.is((await openGguf(validRaw({ version: 2 }))).version, 2);
});

test('corrupt: absurd counts are refused before anything is allocated or looped over', async (t) => {
  await rejects(t, validRaw({ nTensors: 1n << 40n }), /n_tensors = 1099511627776 is impossible for a \d+-byte file/);
  await rejects(t, validRaw({ nTensors: (1n << 64n) - 1n }), /n_tensors = 18446744073709551615 is impossible/);
  await rejects(t, validRaw({ nKv: 1n << 40n }), /n_kv = 1099511627776 is impossible/);
  await rejects(t, validRaw({ nKv: 99_999n }), /n_kv = 99999 is impossible for a \d+-byte file/);
  // Counts that fit the file's size but not its contents: a truncation error, not a giant loop.
  await rejects(t, validRaw({ nTensors: 5n }), /truncated|tensor/);
  await rejects(t, validRaw({ kv: [kvRaw('k', T.STRING, u64Bytes(1n << 62n))] }), /metadata 'k' length 4611686018427387904 exceeds the limit/);
  await rejects(t, validRaw({ kv: [kvRaw('k', T.STRING, u64Bytes(5000))] }), /truncated: metadata 'k' at byte \d+ needs 5000 bytes/);
  await rejects(t, validRaw({ kv: [kvRaw('k', T.ARRAY, new Uint8Array([...u32Bytes(T.UINT32), ...u64Bytes(1n << 40n)]))] }), /array length 1099511627776 exceeds the limit/);
  await rejects(t, validRaw({ kv: [kvRaw('k', T.ARRAY, new Uint8Array([...u32Bytes(T.UINT32), ...u64Bytes(100_000)]))] }), /truncated: metadata 'k' \(100000 x u32\)/);
  await rejects(t, validRaw({ kv: [kvRaw('k', T.ARRAY, new Uint8Array([...u32Bytes(T.STRING), ...u64Bytes(900_000)]))] }), /metadata 'k' has 900000 elements, which cannot fit/);
  await rejects(t, validRaw({ kv: [kvRaw('k', 13, u32Bytes(0))] }), /'k' has unknown value type 13/);
  await rejects(t, validRaw({ kv: [kvRaw('k', T.ARRAY, new Uint8Array([...u32Bytes(77), ...u64Bytes(1)]))] }), /unknown array element type 77/);
  await rejects(t, validRaw({ kv: [kvU32('a', 1), kvU32('a', 2)] }), /duplicate key 'a'/);
  // Nested arrays 5 deep.
  let nested = new Uint8Array([...u32Bytes(T.UINT8), ...u64Bytes(0)]);
  for (let i = 0; i < 4; i++) nested = new Uint8Array([...u32Bytes(T.ARRAY), ...u64Bytes(1), ...nested]);
  await rejects(t, validRaw({ kv: [kvRaw('deep', T.ARRAY, nested)] }), /arrays nested deeper than 4/);
});

test('corrupt: tensor table (dims, sizes, types, offsets, alignment, overlaps)', async (t) => {
  const one = (tensor: Parameters<typeof rawGguf>[0]['tensors'] extends (infer U)[] | undefined ? Partial<U> : never, extra: Partial<Parameters<typeof rawGguf>[0]> = {}) =>
    validRaw({ tensors: [{ name: 'w', dims: [64, 2], type: 8, offset: 0, ...tensor }], ...extra });
  await rejects(t, one({ dims: [64, 0] }), /tensor 'w': dimension ne1 is 0/);
  await rejects(t, one({ dims: [0] }), /tensor 'w': dimension ne0 is 0/);
  await rejects(t, one({ dims: [64, (1n << 40n) + 1n] }), /tensor 'w': dimension ne1 = 1099511627777 is absurd \(limit 2\^40\)/);
  await rejects(t, one({ dims: [64, (1n << 64n) - 1n] }), /is absurd/);
  await rejects(t, one({ type: 0, dims: [1n << 40n, 1n << 40n, 1n << 40n, 1n << 40n] }), /tensor 'w': byte size overflows/);
  await rejects(t, one({ type: 0, dims: [1n << 40n, 1n << 12n] }), /tensor 'w': byte size \d+ of .* is beyond 2\^53/);
  await rejects(t, one({ type: 0, dims: [1n << 30n] }), /tensor 'w': data \[\d+, \d+\) runs past the end of the file/);
  await rejects(t, one({ offset: 1n << 62n }), /tensor 'w': data offset 4611686018427387904 is not a multiple|runs past the end/);
  await rejects(t, one({ offset: 1n << 40n }), /tensor 'w': data \[\d+, \d+\) runs past the end of the file \(\d+ bytes; q8_0 \[64, 2\] is 136 bytes at data offset 1099511627776\)/);
  await rejects(t, one({ offset: 16 }), /tensor 'w': data offset 16 is not a multiple of the alignment 32/);
  await rejects(t, one({ offset: 64 }), /runs past the end of the file/); // 64 + 136 > 176
  await rejects(t, one({ type: 2, dims: [48, 2] }), /tensor 'w': K = ne0 = 48 is not a multiple of q4_0's block size 32/);
  await rejects(t, one({ type: 99 }), /tensor 'w': unknown ggml type id 99/);
  await rejects(t, one({ type: 4 }), /tensor 'w': unknown ggml type id 4/);
  await rejects(t, one({ nDims: 0, dims: [] }), /tensor 'w': n_dims = 0; must be 1..4/);
  await rejects(t, one({ nDims: 5, dims: [64, 1, 1, 1, 1] }), /tensor 'w': n_dims = 5/);
  await rejects(t, one({ nDims: 4000000000, dims: [] }), /tensor 'w': n_dims = 4000000000/);
  await rejects(t, one({ name: 'x'.repeat(64) }), /name is longer than 63 bytes/);
  await rejects(t, one({ name: '' }), /tensor #0 has an empty name/);
  await rejects(t, validRaw({ tensors: [{ name: 'w', dims: [64, 2], type: 8, offset: 0 }, { name: 'w', dims: [4], type: 0, offset: 160 }] }), /tensor 'w': duplicate tensor name/);
  await rejects(t, validRaw({ tensors: [{ name: 'w', dims: [64, 2], type: 8, offset: 0 }, { name: 'n', dims: [4], type: 0, offset: 128 }] }), /tensor 'n': data at offset 128 overlaps tensor 'w' \[0, 136\)/);
  // general.alignment: not a power of two, zero, wrong type; honoured when valid.
  await rejects(t, validRaw({ kv: [kvU32('general.alignment', 48)] }), /general.alignment = 48 is not a power of two/);
  await rejects(t, validRaw({ kv: [kvU32('general.alignment', 0)] }), /general.alignment = 0 is not a power of two/);
  await rejects(t, validRaw({ kv: [kvU64('general.alignment', 32n)] }), /general.alignment must be a u32; it is a u64/);
  await rejects(t, validRaw({ kv: [kvU32('general.alignment', 64)], alignment: 64 }), /tensor 'n': data offset 160 is not a multiple of the alignment 64/);
  // The error carries the tensor's name.
  const err = await rejects(t, one({ type: 99 }), /unknown ggml type/);
  t.is(err.tensor, 'w');
  t.is(err.file, 'buffer');
});

test('corrupt: errors name the file path', async (t) => {
  const path = tmp.file('bad-offset.gguf', validRaw({ tensors: [{ name: 'blk.0.w', dims: [64, 2], type: 8, offset: 1n << 40n }] }));
  const err = await rejects(t, path, /runs past the end/);
  t.true(err.message.startsWith(`${path}: tensor 'blk.0.w': `), err.message);
  t.is(err.file, path);
  await t.throwsAsync(inspectCommand(path), { instanceOf: GgufError, message: new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: tensor 'blk.0.w'`) });
  await t.throwsAsync(openGguf(tmp.file('missing.gguf')), { instanceOf: GgufError, message: /missing.gguf: cannot open/ });
  await t.throwsAsync(openGguf(tmp.dir), { instanceOf: GgufError, message: /not a regular file|cannot open/ });
});

test('corrupt: every truncation of a valid file is an error (and the whole file is not)', async (t) => {
  const tensors = [quantizedTensor('a', 'q4_k', randomF32(256 * 2, 9), [256, 2]), f32Tensor('b', randomF32(3, 10))];
  const full = ggufBytes(tensors, { metadata: { 'general.architecture': 'llama', 'tokenizer.ggml.tokens': ['x', 'yy', 'zzz'], 'f.v': 1.25 } });
  const f = await openGguf(full);
  const lastEnd = Math.max(...f.tensors.map((x) => x.fileOffset + x.byteLength));
  let errors = 0;
  for (let len = 0; len < full.byteLength; len++) {
    const cut = full.subarray(0, len);
    if (len >= lastEnd) {
      // Only trailing padding is missing: still a valid file.
      t.is((await openGguf(cut)).tensors.length, 2);
      continue;
    }
    const e = await t.throwsAsync(openGguf(cut), { instanceOf: GgufError }, `length ${len}`);
    if (e && /truncated|impossible|cannot fit|past the end|bad magic|too short/.test(e.message)) errors++;
  }
  t.is(errors, lastEnd, 'every cut says the file is truncated or data runs past the end');
});

test('corrupt: random byte corruption gives a GgufError or a file whose tensors lie inside it', async (t) => {
  const base = ggufBytes(
    [quantizedTensor('a', 'q4_0', randomF32(64 * 2, 11), [64, 2]), f32Tensor('b', randomF32(4, 12)), { name: 'c', type: 'iq2_xxs', shape: [256], data: new Uint8Array(66) }],
    { metadata: { 'general.architecture': 'llama', 'tokenizer.ggml.tokens': ['x', 'yy'], 'g.n': 7 } },
  );
  const headerEnd = (await openGguf(base)).dataOffset;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.nat(headerEnd - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
      fc.nat(base.byteLength),
      async (edits, cutAt) => {
        const bytes = base.slice(0, Math.max(cutAt, base.byteLength - 64));
        for (const [pos, v] of edits) if (pos < bytes.length) bytes[pos] = v;
        let f;
        try {
          f = await openGguf(bytes);
        } catch (e) {
          if (!(e instanceof GgufError)) throw new Error(`not a GgufError: ${(e as Error)?.stack ?? e}`);
          return;
        }
        for (const ti of f.tensors) {
          if (ti.fileOffset < f.dataOffset || ti.fileOffset + ti.byteLength > bytes.length) throw new Error(`tensor ${ti.name} outside the file`);
          if (ti.readable) (await f.readTensor(ti)).byteLength === ti.byteLength || (() => { throw new Error('short read'); })();
        }
      },
    ),
    { numRuns: 400, seed: 42 },
  );
  t.pass();
});

test('unsupported types: listed (kgen: false), but reading one names the tensor and its type', async (t) => {
  const tensors: GgufTensorInput[] = [
    quantizedTensor('blk.0.attn_q.weight', 'q4_k', randomF32(256 * 2, 13), [256, 2]),
    { name: 'blk.0.attn_k.weight', type: 'tq2_0', shape: [256, 2], data: new Uint8Array(132) },
    { name: 'blk.0.bf', type: 'bf16', shape: [8], data: new Uint8Array(16) },
    f16Tensor('blk.0.f16', 4),
  ];
  const f = await openGguf(ggufBytes(tensors));
  t.deepEqual(f.tensors.map((x) => [x.name, x.kgen, x.readable]), [
    ['blk.0.attn_q.weight', true, true], ['blk.0.attn_k.weight', false, false], ['blk.0.bf', false, false], ['blk.0.f16', false, true],
  ]);
  const err = await t.throwsAsync(f.readTensor('blk.0.attn_k.weight'), { instanceOf: GgufError, message: /tensor 'blk.0.attn_k.weight' has type tq2_0 \(ggml type 35\), which kgen does not support/ });
  t.is(err?.tensor, 'blk.0.attn_k.weight');
  await t.throwsAsync(f.readTensor('blk.0.bf'), { message: /type bf16 \(ggml type 30\)/ });
  t.deepEqual(await f.readTensor('blk.0.f16'), tensors[3].data);
});

// ---------------------------------------------------------------------------------------------
// inspect

test('inspect, formatInspectTable and inspectCommand', async (t) => {
  const tensors: GgufTensorInput[] = [
    quantizedTensor('blk.0.attn_q.weight', 'q4_k', randomF32(256 * 4, 14), [256, 4]),
    quantizedTensor('blk.0.ffn_down.weight', 'q6_k', randomF32(512 * 2, 15), [512, 2]),
    { name: 'token_embd.weight', type: 'tq2_0', shape: [256, 3], data: new Uint8Array(198) },
    f32Tensor('output_norm.weight', randomF32(256, 16)),
  ];
  const path = tmp.file('inspect.gguf');
  await writeGguf(path, tensors, { metadata: { 'general.architecture': 'llama', 'general.name': 'tiny' } });
  const rows = await inspect(path);
  t.deepEqual(rows, [
    { name: 'blk.0.attn_q.weight', type: 'q4_k', ggmlType: 12, shape: [256, 4], bytes: 576, kgen: true },
    { name: 'blk.0.ffn_down.weight', type: 'q6_k', ggmlType: 14, shape: [512, 2], bytes: 840, kgen: true },
    { name: 'token_embd.weight', type: 'tq2_0', ggmlType: 35, shape: [256, 3], bytes: 198, kgen: false },
    { name: 'output_norm.weight', type: 'f32', ggmlType: 0, shape: [256], bytes: 1024, kgen: false },
  ]);
  const table = formatInspectTable(rows);
  const lines = table.split('\n');
  t.regex(lines[0], /^name\s+type\s+shape \(ne0 first\)\s+bytes\s+kgen$/);
  t.regex(table, /blk\.0\.attn_q\.weight\s+q4_k\s+256 x 4\s+576 B\s+yes/);
  t.regex(table, /token_embd\.weight\s+tq2_0\s+256 x 3\s+198 B\s+no/);
  t.regex(table, /output_norm\.weight\s+f32\s+256\s+1\.00 KiB\s+no/);
  t.regex(lines[lines.length - 1], /^4 tensors, 2\.58 KiB \(q4_k: 1, q6_k: 1, tq2_0: 1, f32: 1\); kgen kernels for 2 \(1\.38 KiB\)$/);
  const out = await inspectCommand(path);
  t.true(out.startsWith(`${path}: GGUF v3, `));
  t.regex(out, /4 tensors, 3 metadata keys, alignment 32, data at byte \d+/);
  t.regex(out, /architecture: llama \(tiny\)/);
  t.true(out.endsWith(table));
  t.is(formatInspectTable([]).split('\n').at(-1), '0 tensors, 0 B; kgen kernels for 0 (0 B)');
});

// ---------------------------------------------------------------------------------------------
// llama.cpp's gguf-py, when present

function findGgufPy(): string | undefined {
  for (const py of [process.env.KGEN_GGUF_PYTHON, 'python3'].filter((x): x is string => !!x)) {
    const r = spawnSync(py, ['-c', 'import gguf.gguf_reader, gguf.quants'], { cwd: tmp.dir, encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return undefined;
}

test('gguf-py (llama.cpp\'s Python reader/writer) agrees with kgen, when installed', async (t) => {
  const py = findGgufPy();
  if (!py) {
    t.log('skipped: no python with the `gguf` package (set KGEN_GGUF_PYTHON)');
    t.pass();
    return;
  }
  // 1. gguf-py reads kgen's file and dequantizes each tensor to kgen's values.
  const q = kgenTensors(256, 2).filter(({ format }) => ['q4_0', 'q4_1', 'q5_0', 'q5_1', 'q8_0', 'q2_k', 'q3_k', 'q4_k', 'q5_k', 'q6_k', 'iq4_nl', 'iq4_xs', 'mxfp4', 'iq2_xxs', 'iq2_xs', 'iq2_s', 'iq3_xxs', 'iq3_s'].includes(format));
  const path = tmp.file('for-gguf-py.gguf');
  await writeGguf(path, [...q.map((x) => x.input), f32Tensor('norm', randomF32(8, 3))], { metadata: { 'general.architecture': 'llama', 'llama.block_count': 1 } });
  const script = `
import sys, json, numpy as np
from gguf.gguf_reader import GGUFReader
from gguf.quants import dequantize
r = GGUFReader(sys.argv[1])
out = {"alignment": int(r.alignment), "arch": r.fields["general.architecture"].contents(), "tensors": []}
for t in r.tensors:
    v = dequantize(t.data, t.tensor_type).astype(np.float32).reshape(-1)
    out["tensors"].append({"name": t.name, "type": t.tensor_type.name.lower(), "shape": [int(x) for x in t.shape], "offset": int(t.data_offset), "bytes": int(t.n_bytes), "values": v.tolist()})
print(json.dumps(out))
`;
  const r = spawnSync(py, ['-c', script, path], { cwd: tmp.dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  t.is(r.status, 0, r.stderr);
  const got = JSON.parse(r.stdout) as { alignment: number; arch: string; tensors: { name: string; type: string; shape: number[]; offset: number; bytes: number; values: number[] }[] };
  t.is(got.alignment, 32);
  t.is(got.arch, 'llama');
  const f = await openGguf(path);
  for (const pt of got.tensors) {
    const kt = f.tensor(pt.name);
    t.deepEqual([pt.type, pt.shape, pt.offset, pt.bytes], [kt.type, kt.shape, kt.fileOffset, kt.byteLength], pt.name);
    if (!kt.kgen) continue;
    const mine = dequantize(kt.type, await f.readTensor(kt), kt.rows, kt.K);
    let maxErr = 0;
    for (let i = 0; i < mine.length; i++) maxErr = Math.max(maxErr, Math.abs(mine[i] - pt.values[i]) / Math.max(1, Math.abs(mine[i])));
    t.true(maxErr <= 1e-6, `${pt.name}: gguf-py's dequantized values differ from kgen's by ${maxErr}`);
  }
  await f.close();

  // 2. kgen reads a file gguf-py's GGUFWriter wrote (q8_0 via gguf-py's own quantizer, f32, f16).
  const written = tmp.file('from-gguf-py.gguf');
  const wscript = `
import sys, numpy as np
from gguf import GGUFWriter, GGMLQuantizationType
from gguf.quants import quantize
rng = np.random.default_rng(1)
w = GGUFWriter(sys.argv[1], "llama")
w.add_block_count(1)
x = rng.standard_normal((3, 64), dtype=np.float32)
qb = quantize(x, GGMLQuantizationType.Q8_0)
w.add_tensor("blk.0.w", qb, raw_dtype=GGMLQuantizationType.Q8_0)
w.add_tensor("norm", rng.standard_normal(5, dtype=np.float32))
w.add_tensor("h", np.arange(6, dtype=np.float16).reshape(2, 3))
w.write_header_to_file(); w.write_kv_data_to_file(); w.write_tensors_to_file(); w.close()
sys.stdout.write(qb.tobytes().hex())
`;
  const w = spawnSync(py, ['-c', wscript, written], { cwd: tmp.dir, encoding: 'utf8' });
  t.is(w.status, 0, w.stderr);
  const g = await openGguf(written);
  t.is(g.metadata['general.architecture'], 'llama');
  t.deepEqual(g.tensors.map((x) => [x.name, x.type, x.shape]), [['blk.0.w', 'q8_0', [64, 3]], ['norm', 'f32', [5]], ['h', 'f16', [3, 2]]]);
  t.is(Buffer.from(await g.readTensor('blk.0.w')).toString('hex'), w.stdout.trim());
  await g.close();
});
