// Lookup-table access, a schedule axis (schedule.ts: lut). The format's math reads its table through
// TableRef nodes; the default ('vec') leaves them to the target passes, which pack a 16-entry byte
// table into one vec4<u32> constant read with a dynamic component index. 'sel' rewrites each lookup
// here into three selects between the four constant words and a shift: no indexed access, which a
// driver may otherwise serve from local memory.
import type { TableIR as TableDef } from '../ir/format.js';
import * as ir from '../ir/expr.js';
import type { Expr } from '../ir/expr.js';
import type { LutAccess } from './schedule.js';

const U = ir.u;

/** The table's 16 bytes packed 4 per word (entry i in byte i & 3 of word i >> 2). */
function packWords(t: TableDef): number[] {
  if (t.kind === 'u32' || t.values.length > 16) throw new Error(`kgen: lut 'sel' handles byte tables of up to 16 entries; ${t.name} has ${t.values.length} x ${t.kind}`);
  const words = [0, 0, 0, 0];
  t.values.forEach((v, i) => (words[i >> 2] |= (v & 0xff) << (8 * (i & 3))));
  return words.map((w) => w >>> 0);
}

/** Byte `index` (0..15) of the table as a zero-extended u32, through selects. */
function selByte(words: number[], index: Expr): Expr {
  const bit = (m: number) => ir.bin('ne', ir.and(index, U(m)), U(0));
  const b2 = bit(4);
  const word = ir.select(bit(8), ir.select(b2, U(words[3]), U(words[2])), ir.select(b2, U(words[1]), U(words[0])));
  return ir.and(ir.shr(word, ir.shl(ir.and(index, U(3)), U(3))), U(0xff));
}

/** Rewrites the table lookups of `e` for the schedule's lut access. */
export function lowerLookups(e: Expr, tables: readonly TableDef[], mode: LutAccess): Expr {
  if (mode === 'vec') return e;
  const byName = new Map(tables.map((t) => [t.name, t]));
  const words = (name: string) => {
    const t = byName.get(name);
    if (!t) throw new Error(`kgen: table ${name} is not declared by the format`);
    return { t, w: packWords(t) };
  };
  return ir.rewrite(e, (n) => {
    // (table[i] & 0xff), the form lut8x4 writes: the zero-extended byte directly.
    if (n.k === 'bin' && n.op === 'and' && n.a.k === 'table' && n.b.k === 'const' && n.b.v === 0xff) {
      return selByte(words(n.a.table).w, lowerLookups(n.a.index, tables, mode));
    }
    if (n.k === 'table') {
      const { t, w } = words(n.table);
      const byte = selByte(w, lowerLookups(n.index, tables, mode));
      return t.kind === 'i8' ? ir.cast('u32', ir.bin('shr', ir.cast('i32', ir.shl(byte, U(24))), U(24))) : byte;
    }
    return undefined;
  });
}
