// ggml tensor types for GGUF files: lookups over the one table of ggml's type sizes (common/ggml.ts),
// what kgen supports of them, and tensor sizes.
import { formats } from '../api/formats.js';
import { ggmlTypeById, ggmlTypeByName, type GgmlTypeInfo } from '../common/ggml.js';

export { GGML_TYPES, ggmlTypeById, ggmlTypeByName, type GgmlTypeInfo } from '../common/ggml.js';

/** A type's lowercase name, or `unknown(<id>)`. */
export function ggmlTypeName(id: number): string {
  return ggmlTypeById(id)?.name ?? `unknown(${id})`;
}

/** Resolve a type given by name or id; throws on an unknown one. */
export function resolveGgmlType(type: string | number): GgmlTypeInfo {
  const info = typeof type === 'number' ? ggmlTypeById(type) : ggmlTypeByName(type);
  if (!info) throw new RangeError(`gguf: unknown ggml type ${typeof type === 'number' ? `id ${type}` : `'${type}'`}`);
  return info;
}

/** The kgen format of this type, if it is one of `formats`. */
function kgenFormat(type: string | number) {
  const info = typeof type === 'number' ? ggmlTypeById(type) : ggmlTypeByName(type);
  if (!info) return undefined;
  const f = formats[info.name];
  return f !== undefined && f.ggmlType === info.id ? f : undefined;
}

/** kgen has GPU mat-vec kernels for this type (one of `formats` with `gpu`). */
export function kgenSupports(type: string | number): boolean {
  return kgenFormat(type)?.gpu === true;
}

/** Types kgen can read as tensor data: every type in `formats` (CPU-only ones too), plus f32 and f16 as plain data. */
export function kgenReadable(type: string | number): boolean {
  const info = typeof type === 'number' ? ggmlTypeById(type) : ggmlTypeByName(type);
  if (!info) return false;
  return info.id === 0 || info.id === 1 || kgenFormat(info.id) !== undefined;
}

/**
 * Bytes of a tensor of this type and ggml shape (ne0 first, the fastest-varying; ne0 must be a whole
 * number of blocks), exactly as ggml_nbytes for a contiguous tensor. BigInt: the caller decides what
 * is too large.
 */
export function ggmlTensorBytes(type: GgmlTypeInfo, shape: readonly (number | bigint)[]): bigint {
  if (shape.length === 0) return BigInt(type.blockBytes);
  const ne0 = BigInt(shape[0]);
  const blk = BigInt(type.blockElems);
  if (ne0 % blk !== 0n) throw new RangeError(`gguf: ${type.name} needs ne0 (K) to be a multiple of ${type.blockElems}; got ${ne0}`);
  let n = (ne0 / blk) * BigInt(type.blockBytes);
  for (let i = 1; i < shape.length; i++) n *= BigInt(shape[i]);
  return n;
}
