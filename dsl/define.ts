// The format DSL: the types a format file uses to describe its block layout and its dequant-dot math.
// A format file calls defineFormat() once. The math functions (quants, scale, min) are read by the
// compiler (codegen/frontend) through ts-morph and lowered to IR; they are never run as JavaScript.
// Their TypeScript types exist so that the editor and tsc check them like any other code.
import { GGML_TYPES } from '../common/ggml.js';

/** Scalar storage types a block field may have. */
export type ScalarKind = 'u8' | 'i8' | 'u16' | 'i16' | 'u32' | 'i32' | 'f16' | 'f32';

/** Bytes of one element of each scalar kind. */
export const scalarBytes: Record<ScalarKind, number> = { u8: 1, i8: 1, u16: 2, i16: 2, u32: 4, i32: 4, f16: 2, f32: 4 };

/** The type of a block field: a scalar kind and an element count. */
export interface FieldType {
  /** Storage type of each element. */
  readonly kind: ScalarKind;
  /** Number of elements (1 for a plain scalar). */
  readonly count: number;
}

/** A single-element field type; `.array(n)` makes an array of it. */
export interface ScalarFieldType extends FieldType {
  /** An array of `n` elements of this scalar type. */
  array(n: number): FieldType;
}

function scalar(kind: ScalarKind): ScalarFieldType {
  return { kind, count: 1, array: (n: number) => ({ kind, count: n }) };
}

/** Unsigned 8-bit field (`u8.array(n)` for n of them). */
export const u8 = scalar('u8');
/** Signed 8-bit field. */
export const i8 = scalar('i8');
/** Unsigned 16-bit field, little-endian. */
export const u16 = scalar('u16');
/** Signed 16-bit field, little-endian. */
export const i16 = scalar('i16');
/** Unsigned 32-bit field, little-endian. */
export const u32 = scalar('u32');
/** Signed 32-bit field, little-endian. */
export const i32 = scalar('i32');
/** IEEE half-precision float field (ggml_half), read as a float. */
export const f16 = scalar('f16');
/** IEEE single-precision float field. */
export const f32 = scalar('f32');

/**
 * A field as the math functions see it. Reading the field itself gives its value (scalar fields:
 * f16 -> float, integers -> int); the methods read element `i` of the field's bytes at a given width,
 * little-endian, wherever the field lies in the block (the compiler handles alignment).
 */
export type Field = number & {
  u8(i: number): number;
  i8(i: number): number;
  u16(i: number): number;
  i16(i: number): number;
  u32(i: number): number;
  f16(i: number): number;
};

/** A block as the math functions see it: every field of layout L as a Field. */
export type Block<L> = { readonly [K in keyof L]: Field };

/** One field of a derived layout, placed in the block. */
export interface LayoutField {
  /** Field name, as in the format's `layout`. */
  name: string;
  /** Storage type of each element. */
  kind: ScalarKind;
  /** Number of elements. */
  count: number;
  /** Byte offset of the field from the start of the block. */
  offset: number;
  /** Size of the field in bytes (count x element size). */
  bytes: number;
}

/** A block layout: its fields at their byte offsets, and the block size. */
export interface Layout {
  /** Fields in declaration order. */
  fields: LayoutField[];
  /** Bytes per block (the sum of the field sizes, no padding). */
  blockBytes: number;
  /** Guaranteed alignment of a block's first byte in a row of blocks (buffers are 4-byte aligned). */
  blockAlign: number;
}

/** Derives byte offsets and the block size from the field list, packed with no padding (as ggml's structs). */
export function deriveLayout(fields: Record<string, FieldType>): Layout {
  const out: LayoutField[] = [];
  let offset = 0;
  for (const [name, t] of Object.entries(fields)) {
    const bytes = scalarBytes[t.kind] * t.count;
    out.push({ name, kind: t.kind, count: t.count, offset, bytes });
    offset += bytes;
  }
  return { fields: out, blockBytes: offset, blockAlign: gcd(offset, 4) };
}

/** Greatest common divisor of two integers (non-negative result). */
export function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return Math.abs(a);
}

/** ggml's block types by type id (from the one table, common/ggml.ts): the check every layout must pass. */
export const ggmlTypeSizes: Readonly<Record<number, { name: string; blockElems: number; blockBytes: number }>> = Object.fromEntries(
  GGML_TYPES.filter((t) => t.quantized && !t.removed).map((t) => [t.id, { name: t.name, blockElems: t.blockElems, blockBytes: t.blockBytes }]),
);

/**
 * The math of a format. Split a block into groups of `groupElems` elements; for group g the format
 * gives small integers q (four int8 lanes per 32-bit word), a float scale S_g and optionally a float
 * min M_g, so that each weight is w = S_g * q + M_g. With a q8_1 activation block (scale d_x, int8
 * quants x) a kernel accumulates d_x * (S_g * dot(q, x) + M_g * sum(x)), dot and sum exact in integers.
 */
export interface FormatSpec<L extends Record<string, FieldType>> {
  /** ggml's lowercase type name, e.g. "q4_k". */
  name: string;
  /** ggml's type id (also GGUF's). */
  ggmlType: number;
  /** Weights (elements) per block, e.g. 32 or 256. */
  blockElems: number;
  /** Elements sharing one scale and min: 16 or 32 (a divisor of 32 that is a multiple of 4). */
  groupElems: number;
  /** The block's fields in byte order, e.g. `{ d: f16, qs: u8.array(16) }`. */
  layout: L;
  /** Word `w` (elements 4w..4w+3) of group `g`, as four int8 lanes (lane 0 in the low byte). */
  quants(b: Block<L>, g: number, w: number): number;
  /** S_g, the float scale of group g. */
  scale(b: Block<L>, g: number): number;
  /** M_g, the float offset of group g (-dmin * m ...). Omit when zero. */
  min?(b: Block<L>, g: number): number;
  /**
   * An integer zero point z subtracted from every lane: w = S_g * (q - z) + M_g. Kernels apply it exactly
   * in integers, dot(q - z, x) = dot(q, x) - z * sum(x), and dequantization computes (q - z) * S as ggml.
   */
  zeroPoint?: number;
  /**
   * float32 -> block bytes, bit-exact with ggml's reference quantizer (CPU only, not compiled). `opts.importance`
   * is ggml's importance matrix (one float per column, x then holds whole rows of that length); formats whose
   * ggml quantizer ignores it ignore it too.
   */
  quantize?(x: Float32Array, out?: Uint8Array, opts?: QuantizeOptions): Uint8Array;
  /** One line for `kgen list` and the README. */
  description?: string;
}

/** Options of a format's CPU quantizer. */
export interface QuantizeOptions {
  /** ggml's importance matrix (`quant_weights`): one float per column, shared by every row (length K). */
  importance?: Float32Array;
}

/** A declared format: its spec plus the layout derived from it (what defineFormat returns). */
export interface FormatDef<L extends Record<string, FieldType> = Record<string, FieldType>> extends FormatSpec<L> {
  /** Byte offsets, block size and alignment from deriveLayout(). */
  readonly derived: Layout;
}

/** Declares a format. Returns the spec with its derived layout, checked against ggml's sizes. */
export function defineFormat<L extends Record<string, FieldType>>(spec: FormatSpec<L>): FormatDef<L> {
  const derived = deriveLayout(spec.layout);
  const known = ggmlTypeSizes[spec.ggmlType];
  if (known && (known.blockBytes !== derived.blockBytes || known.blockElems !== spec.blockElems)) {
    throw new Error(
      `format ${spec.name}: layout gives ${derived.blockBytes} bytes per ${spec.blockElems} elements, ` +
        `but ggml type ${spec.ggmlType} (${known.name}) has ${known.blockBytes} bytes per ${known.blockElems}`,
    );
  }
  return { ...spec, derived };
}

/**
 * A constant lookup table as the IR and the targets see it (int8 lane values, bytes, 32-bit words).
 * A table declared 'u64' (ggml's 8-byte grid rows) arrives here as kind 'u32' with two little-endian
 * words per entry: entry i is words 2i (bytes 0..3) and 2i+1 (bytes 4..7).
 */
export interface TableDef {
  /** Identifier of the table in generated code. */
  readonly name: string;
  /** Element type the table is emitted as. */
  readonly kind: 'i8' | 'u8' | 'u32';
  /** The table's entries, in order. */
  readonly values: readonly number[];
}

/** Element types a DSL table may be declared with. */
export type TableKind = TableDef['kind'] | 'u64';

/**
 * A table as format math sees it: `t[i]` reads entry i (i8/u8/u32 tables), `t.u32(k)` reads 32-bit word k
 * of the table's little-endian bytes (u32 and u64 tables; entry i of a u64 table is words 2i and 2i+1).
 */
export type Table = TableDef & number[] & { u32(k: number): number };

/** Declares a constant lookup table; the result is also an array, so DSL code can index it. */
export function defineTable(name: string, kind: 'i8' | 'u8' | 'u32', values: readonly number[]): Table;
/** Declares a table of 64-bit entries (bigint literals), stored as two u32 words per entry. */
export function defineTable(name: string, kind: 'u64', values: readonly bigint[]): Table;
export function defineTable(name: string, kind: TableKind, values: readonly (number | bigint)[]): Table {
  const words = kind === 'u64' ? values.flatMap((v) => u64Words(BigInt(v))) : values.map(Number);
  const def: TableDef = { name, kind: kind === 'u64' ? 'u32' : kind, values: words };
  // Typed as number[] too so that DSL code may index it (`table[i]`).
  return Object.assign([...words], def, { u32: (k: number) => words[k] >>> 0 }) as unknown as Table;
}

/** The low and high 32-bit words of a u64 value (little-endian order). */
export function u64Words(v: bigint): [number, number] {
  if (v < 0n || v >= 1n << 64n) throw new RangeError(`u64 table value ${v} is outside 0..2^64-1`);
  return [Number(v & 0xffffffffn), Number(v >> 32n)];
}
