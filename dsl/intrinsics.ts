// Intrinsics a format's math may call. The compiler maps each one to an IR op; the JavaScript
// bodies here give the same meaning, so DSL code reads (and type-checks) as ordinary TypeScript.
import { e8m0HalfToF32, f16ToF32 } from '../common/numeric.js';
import type { TableDef } from './define.js';

/** Replaces each byte lane of `indices` (lane i = bits 8i..8i+7) by `table[lane]` as an int8, repacked. */
export function lut8x4(table: TableDef | readonly number[], indices: number): number {
  const t = 'values' in table ? (table as TableDef).values : (table as readonly number[]);
  let r = 0;
  for (let i = 0; i < 4; i++) r |= (t[(indices >>> (8 * i)) & 0xff] & 0xff) << (8 * i);
  return r >>> 0;
}

/** 2^(x-128) for an E8M0 byte: the MXFP4 scale, halved to undo the doubled E2M1 table. */
export function e8m0Half(x: number): number {
  return e8m0HalfToF32(x);
}

/** float value of binary16 bits (the low 16 bits of `bits`). */
export function halfToFloat(bits: number): number {
  return f16ToF32(bits & 0xffff);
}

/** Signed integer -> float. */
export function float(x: number): number {
  return Math.fround(x | 0);
}

/** Byte-wise wrapping subtraction of packed int8 lanes (no borrow between lanes). */
export function sub8x4(a: number, b: number): number {
  let r = 0;
  for (let i = 0; i < 4; i++) r |= (((a >>> (8 * i)) - (b >>> (8 * i))) & 0xff) << (8 * i);
  return r >>> 0;
}
