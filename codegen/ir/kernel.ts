// The kernel IR: a compute entry point as declarations (buffers, shape parameters, tuning constants,
// workgroup memory, tables) and structured statements over the expression IR.
import type { Expr, Ty } from './expr.js';
import type { TableIR } from './format.js';

/** Optional device capabilities a kernel may need. The baseline needs none of them. */
export type Capability = 'dot4i8' | 'subgroups' | 'storage8' | 'storage16';

/** Element types a buffer may be viewed as. vec4u: 16-byte loads of 4 x u32. */
export type ElemTy = 'u32' | 'f32' | 'i32' | 'vec4u' | 'vec4f' | 'u16' | 'u8';

export interface BufferDecl {
  name: string;
  binding: number;
  access: 'read' | 'read_write';
  /** The element types the kernel reads or writes it as (one view per type, same binding). */
  views: ElemTy[];
  /** What the host binds here, for the manifest. */
  role: string;
}

export interface ParamDecl { name: string; ty: 'u32' | 'i32' | 'f32'; doc: string }
export interface ConstDecl { name: string; id: number; ty: 'u32'; default: number; doc: string }
/** Workgroup memory of `perThread` elements per thread (length WG_SIZE * perThread), or of a fixed `length`. */
export interface SharedDecl { name: string; ty: 'f32' | 'u32'; perThread: number; length?: number }

/**
 * Where a kernel keeps its large lookup tables (u32 entries, or more than 16 byte entries) on the GPU:
 * 'const', a module-level constant array; 'workgroup', workgroup memory filled from that array once per
 * workgroup. The schedule chooses (KernelKey.tables, default 'const'); small byte tables are always one
 * vec4<u32> constant ('vec4').
 */
export type LargeTableForm = 'const' | 'workgroup';
export type TableForm = 'vec4' | LargeTableForm;
export const LARGE_TABLE_FORMS: readonly LargeTableForm[] = ['const', 'workgroup'];

/** A lookup table as the targets declare it after legalization: 32-bit words in one form. */
export interface TableDecl {
  name: string;
  form: TableForm;
  /** Entry type and count of the source table. */
  kind: 'i8' | 'u8' | 'u32';
  entries: number;
  /** The words: entries packed 4 per word (byte tables) or one per word (u32 tables). */
  words: number[];
  /** The workgroup array the 'workgroup' form reads (filled from the constant array `name`). */
  shared?: string;
}

export type Stmt =
  | { s: 'let'; name: string; e: Expr }
  /** Several lets emitted together, sharing their common subexpressions. */
  | { s: 'lets'; items: { name: string; e: Expr }[] }
  | { s: 'var'; name: string; ty: Ty; init: Expr }
  | { s: 'assign'; name: string; e: Expr }
  | { s: 'store'; buf: string; view: ElemTy; index: Expr; e: Expr }
  | { s: 'shstore'; arr: string; index: Expr; e: Expr }
  | { s: 'if'; c: Expr; then: Stmt[]; else?: Stmt[] }
  /** for (var v: u32 = from; cond; v = update), cond and update written over Var v. */
  | { s: 'for'; v: string; from: Expr; cond: Expr; update: Expr; body: Stmt[] }
  | { s: 'barrier' }
  | { s: 'comment'; text: string };

export interface Kernel {
  /** Variant key, e.g. `mmvq.q4_k.nc2.r1.sg` (deterministic; from KernelKey). */
  key: string;
  op: string;
  format?: string;
  entryPoint: string;
  /** Workgroup size: the value of tuning constant `name` (override / specialization constant). */
  workgroupSize: { constant: string };
  buffers: BufferDecl[];
  /** Shape parameters: push constants (GLSL) or one uniform struct (WGSL), in this order, 4 bytes each. */
  params: ParamDecl[];
  constants: ConstDecl[];
  shared: SharedDecl[];
  tables: TableIR[];
  /** How the large tables are held (the schedule's choice, default 'const'; legalization lowers them so). */
  tableForm?: LargeTableForm;
  /** The tables as declared for a target (set by legalization: prepareKernel). */
  tableDecls?: TableDecl[];
  body: Stmt[];
  /** Lines for the generated header (what the kernel computes, which variant). */
  doc: string[];
  /** Known byte alignment of address-valued locals, for load legalization. */
  aligns: ReadonlyMap<string, number>;
}

/** Extra expression kinds that only kernels use, kept in the same Expr union through builtins:
 *  builtin names understood by every target. */
export const BUILTINS = {
  localIndex: 'local_index', // u32: local invocation index
  wgX: 'wg_x', wgY: 'wg_y', wgZ: 'wg_z', // u32: workgroup id
  numWgX: 'num_wg_x', // u32
  sgLane: 'sg_lane', // u32: subgroup invocation id
  sgSize: 'sg_size', // u32
  sgId: 'sg_id', // u32: subgroup index in the workgroup (local_index / sg_size)
} as const;
