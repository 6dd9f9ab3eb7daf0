// A format lowered to IR: its layout facts plus three expressions over the parameters
//   b (u32 byte address of the block in buffer "w"), g (u32 group index), w (u32 word index in the group).
// The IR's own types: the frontend translates the DSL's values into them, so nothing below the
// frontend imports the DSL.
import { bindParams, param, u, type Expr, type SrcLoc } from './expr.js';

/** Scalar kinds of block fields. */
export type FieldKind = 'u8' | 'i8' | 'u16' | 'i16' | 'u32' | 'i32' | 'f16' | 'f32';

/** One field of a block: name, kind, element count, byte offset and size. */
export interface LayoutFieldIR { name: string; kind: FieldKind; count: number; offset: number; bytes: number }

/** A block's fields with their byte offsets, its size and the alignment of every block start. */
export interface LayoutIR { fields: LayoutFieldIR[]; blockBytes: number; blockAlign: number }

/** A constant lookup table (int8 lane values, grid words, sign masks), emitted once per target. */
export interface TableIR {
  /** Identifier in generated code. */
  readonly name: string;
  /** Element type the table is emitted as. */
  readonly kind: 'i8' | 'u8' | 'u32';
  readonly values: readonly number[];
}

export interface FormatIR {
  name: string;
  ggmlType: number;
  blockElems: number;
  blockBytes: number;
  blockAlign: number;
  groupElems: number;
  layout: LayoutIR;
  /** Packed int8x4 quants of word w of group g (u32). */
  quants: Expr;
  /** Float scale of group g (f32). */
  scale: Expr;
  /** Float min of group g (f32), absent when the format has none. */
  min?: Expr;
  /** Integer zero point subtracted from every lane (0: none). */
  zeroPoint: number;
  /** Constant tables the expressions reference. */
  tables: TableIR[];
  /** Where the definition lives, for messages and generated headers. */
  source: { file: string; quants: SrcLoc; scale: SrcLoc; min?: SrcLoc };
  description?: string;
}

export const P_BLOCK = param('b', 'u32');
export const P_GROUP = param('g', 'u32');
export const P_WORD = param('w', 'u32');

/** Words per group (4 int8 lanes each). */
export const wordsPerGroup = (f: FormatIR): number => f.groupElems / 4;
export const groupsPerBlock = (f: FormatIR): number => f.blockElems / f.groupElems;

/** The format's expressions for one block base address and group (and word), folded. */
export function instantiate(f: FormatIR, block: Expr, group: Expr | number, word?: number) {
  const g = typeof group === 'number' ? u(group) : group;
  const bind = { b: block, g, w: u(word ?? 0) };
  return {
    quants: bindParams(f.quants, bind),
    scale: bindParams(f.scale, bind),
    min: f.min ? bindParams(f.min, bind) : undefined,
  };
}
