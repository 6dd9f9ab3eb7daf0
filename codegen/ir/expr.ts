// The expression IR: typed, target-neutral, with explicit integer semantics.
//
// Types: u32, i32 (two's complement), f32, bool. Integer add/sub/mul/shl WRAP modulo 2^32 on every
// target (WGSL, GLSL and the JS emitter all guarantee it). Shift amounts are in 0..31 (the builder
// rejects constant shifts outside that). `shr` is logical on u32 and arithmetic on i32. Comparisons
// are signed on i32 and unsigned on u32. Loads are little-endian; 8/16-bit loads zero- or
// sign-extend to 32 bits. f16 -> f32 conversion is exact (subnormals, Inf, NaN kept).

export type Ty = 'u32' | 'i32' | 'f32' | 'bool' | 'vec4u' | 'vec4f';

export type BinOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'rem'
  | 'and' | 'or' | 'xor' | 'shl' | 'shr'
  | 'min' | 'max'
  | 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne'
  | 'land' | 'lor';

export type UnOp = 'neg' | 'bnot' | 'lnot';

/**
 * Intrinsic calls. f16tof32: low 16 bits of a u32 as binary16 -> f32. e8m0half: 2^(x-128) for a byte
 * (x < 2 gives the f32 subnormals ggml gives). dot4i8: signed 4x int8 dot product of two packed u32
 * words -> i32 (exact). sgAdd: subgroup sum (f32).
 */
export type Intrinsic = 'f16tof32' | 'e8m0half' | 'dot4i8' | 'sgAdd' | 'sgAddI';

export interface SrcLoc { file: string; line: number; text?: string }

interface Base { ty: Ty; loc?: SrcLoc }
export interface Const extends Base { k: 'const'; v: number }
export interface Param extends Base { k: 'param'; name: string }
export interface Var extends Base { k: 'var'; name: string }
export interface Bin extends Base { k: 'bin'; op: BinOp; a: Expr; b: Expr }
export interface Un extends Base { k: 'un'; op: UnOp; a: Expr }
export interface Select extends Base { k: 'sel'; c: Expr; a: Expr; b: Expr }
/** Value conversion: int <-> float (f32 -> int truncates), u32 <-> i32 keeps the bits. */
export interface Cast extends Base { k: 'cast'; a: Expr }
/** Reinterpret the 32 bits (f32 <-> u32/i32). */
export interface Bitcast extends Base { k: 'bitcast'; a: Expr }
export interface Call extends Base { k: 'call'; fn: Intrinsic; args: Expr[] }
/** A little-endian load of `width` bits at byte address `addr` of buffer `buf`; `align` is guaranteed. */
export interface Load extends Base { k: 'load'; buf: string; width: 8 | 16 | 32; signed: boolean; addr: Expr; align: number }
/** Element `index` of a constant table (defined once per module). */
export interface TableRef extends Base { k: 'table'; table: string; index: Expr }
/** Word `index` of a module-level constant array of u32 (a lookup table after legalization). */
export interface TableWord extends Base { k: 'tword'; table: string; index: Expr }
/** A value the kernel template provides (thread ids, workgroup ids, push constants ...). */
export interface Builtin extends Base { k: 'builtin'; name: string }
/** Element `index` of a buffer viewed as an array of `view` (u32, u16, u8 (zero-extended), f32, vec4u ...). */
export interface Elem extends Base { k: 'elem'; buf: string; view: string; index: Expr }
/** Element `index` of a workgroup-memory array. */
export interface SharedLoad extends Base { k: 'shload'; arr: string; index: Expr }
/** Component `i` of a vector. */
export interface Comp extends Base { k: 'comp'; a: Expr; i: Expr }

export type Expr = Const | Param | Var | Bin | Un | Select | Cast | Bitcast | Call | Load | TableRef | TableWord | Builtin | Elem | SharedLoad | Comp;

const isInt = (t: Ty) => t === 'u32' || t === 'i32';

/** Normalises a JS number to the value set of `ty`. */
export function norm(ty: Ty, v: number): number {
  switch (ty) {
    case 'u32': return v >>> 0;
    case 'i32': return v | 0;
    case 'f32': return Math.fround(v);
    case 'bool': return v ? 1 : 0;
    default: throw new IRTypeError(`no constants of type ${ty}`);
  }
}

export const c = (ty: Ty, v: number): Const => ({ k: 'const', ty, v: norm(ty, v) });
export const u = (v: number): Const => c('u32', v);
export const i = (v: number): Const => c('i32', v);
export const f = (v: number): Const => c('f32', v);
export const param = (name: string, ty: Ty): Param => ({ k: 'param', ty, name });
export const v = (name: string, ty: Ty): Var => ({ k: 'var', ty, name });
export const builtin = (name: string, ty: Ty): Builtin => ({ k: 'builtin', ty, name });

export class IRTypeError extends Error {}

function check(cond: boolean, msg: string): void {
  if (!cond) throw new IRTypeError(msg);
}

const isConst = (e: Expr): e is Const => e.k === 'const';

function foldBin(op: BinOp, ty: Ty, a: number, b: number): number | undefined {
  const int = isInt(ty);
  switch (op) {
    case 'add': return a + b;
    case 'sub': return a - b;
    case 'mul': return int ? Math.imul(a, b) : a * b;
    case 'div': return int ? (b === 0 ? undefined : Math.trunc(a / b)) : a / b;
    case 'rem': return int ? (b === 0 ? undefined : a % b) : undefined;
    case 'and': return a & b;
    case 'or': return a | b;
    case 'xor': return a ^ b;
    case 'shl': return a << b;
    case 'shr': return ty === 'u32' ? a >>> b : a >> b;
    case 'min': return Math.min(a, b);
    case 'max': return Math.max(a, b);
    case 'lt': return +(a < b);
    case 'le': return +(a <= b);
    case 'gt': return +(a > b);
    case 'ge': return +(a >= b);
    case 'eq': return +(a === b);
    case 'ne': return +(a !== b);
    case 'land': return +(a !== 0 && b !== 0);
    case 'lor': return +(a !== 0 || b !== 0);
  }
}

const CMP = new Set<BinOp>(['lt', 'le', 'gt', 'ge', 'eq', 'ne']);
const BITS = new Set<BinOp>(['and', 'or', 'xor', 'shl', 'shr', 'rem']);

export function bin(op: BinOp, a: Expr, b: Expr, loc?: SrcLoc): Expr {
  if (op === 'shl' || op === 'shr') {
    check(isInt(a.ty) && isInt(b.ty), `shift needs integers, got ${a.ty} and ${b.ty}`);
    if (isConst(b)) check(b.v >= 0 && b.v < 32, `shift amount ${b.v} is outside 0..31`);
    b = b.ty === a.ty ? b : cast(a.ty, b);
  } else if (op === 'land' || op === 'lor') {
    check(a.ty === 'bool' && b.ty === 'bool', `${op} needs bools`);
  } else {
    check(a.ty === b.ty, `operands of ${op} have different types: ${a.ty} and ${b.ty}`);
    if (BITS.has(op)) check(isInt(a.ty), `${op} needs integers, got ${a.ty}`);
  }
  const ty: Ty = CMP.has(op) || op === 'land' || op === 'lor' ? 'bool' : a.ty;
  if (isConst(a) && isConst(b)) {
    const r = foldBin(op, a.ty, a.v, b.v);
    if (r !== undefined) return c(ty, r);
  }
  // Reassociation of wrapping integer add/mul with constants (exact in the ring Z/2^32): keeps
  // address arithmetic as `base + index*stride + offset`, so equal addresses share one node.
  if (isInt(ty) && (op === 'add' || op === 'mul')) {
    if (isConst(a) && !isConst(b)) return bin(op, b, a, loc);
    if (isConst(b) && a.k === 'bin' && a.op === op && isConst(a.b)) return bin(op, a.a, bin(op, a.b, b), loc);
    if (op === 'mul' && isConst(b) && a.k === 'bin' && a.op === 'add' && isConst(a.b)) return bin('add', bin('mul', a.a, b), bin('mul', a.b, b), loc);
    if (op === 'add' && !isConst(b) && b.k === 'bin' && b.op === 'add' && isConst(b.b)) return bin('add', bin('add', a, b.a), b.b, loc);
    if (op === 'add' && isConst(b) && a.k === 'bin' && a.op === 'sub' && isConst(a.b)) return bin('add', a.a, bin('sub', b, a.b), loc);
  }
  if (isInt(ty) && op === 'sub' && isConst(b) && !isConst(a)) return bin('add', a, c(ty, -b.v), loc);
  // Identities that keep generated code readable.
  if (isConst(b)) {
    if ((op === 'add' || op === 'sub' || op === 'or' || op === 'xor' || op === 'shl' || op === 'shr') && b.v === 0 && isInt(ty)) return a;
    if (op === 'mul' && b.v === 1) return a;
    if (op === 'and' && ty === 'u32' && b.v === 0xffffffff) return a;
    if (op === 'and' && b.v === 0) return b;
    if (op === 'mul' && isInt(ty) && b.v === 0) return b;
  }
  if (isConst(a)) {
    if ((op === 'add' || op === 'or' || op === 'xor') && a.v === 0 && isInt(ty)) return b;
    if (op === 'mul' && a.v === 1) return b;
    if ((op === 'and' || op === 'mul') && isInt(ty) && a.v === 0) return a;
  }
  return { k: 'bin', ty, op, a, b, loc };
}

export function un(op: UnOp, a: Expr, loc?: SrcLoc): Expr {
  if (op === 'lnot') check(a.ty === 'bool', 'logical not needs a bool');
  if (op === 'bnot') check(isInt(a.ty), 'bitwise not needs an integer');
  if (isConst(a)) return c(a.ty, op === 'neg' ? -a.v : op === 'bnot' ? ~a.v : +!a.v);
  return { k: 'un', ty: a.ty, op, a, loc };
}

export function select(cond: Expr, a: Expr, b: Expr, loc?: SrcLoc): Expr {
  check(cond.ty === 'bool', `select condition must be bool, got ${cond.ty}`);
  check(a.ty === b.ty, `select arms have different types: ${a.ty} and ${b.ty}`);
  if (isConst(cond)) return cond.v ? a : b;
  return { k: 'sel', ty: a.ty, c: cond, a, b, loc };
}

export function cast(ty: Ty, a: Expr, loc?: SrcLoc): Expr {
  if (a.ty === ty) return a;
  check(ty !== 'bool' && a.ty !== 'bool', `no cast between ${a.ty} and ${ty}`);
  if (isConst(a)) return c(ty, ty === 'f32' ? a.v : Math.trunc(a.v));
  return { k: 'cast', ty, a, loc };
}

export function bitcast(ty: Ty, a: Expr): Expr {
  if (a.ty === ty) return a;
  if (isInt(ty) && isInt(a.ty)) return cast(ty, a);
  return { k: 'bitcast', ty, a };
}

export function call(fn: Intrinsic, args: Expr[], loc?: SrcLoc): Expr {
  const sig: Record<Intrinsic, [Ty[], Ty]> = {
    f16tof32: [['u32'], 'f32'],
    e8m0half: [['u32'], 'f32'],
    dot4i8: [['u32', 'u32'], 'i32'],
    sgAdd: [['f32'], 'f32'],
    sgAddI: [['i32'], 'i32'],
  };
  const [params, ret] = sig[fn];
  check(params.length === args.length, `${fn} takes ${params.length} arguments`);
  params.forEach((p, j) => check(args[j].ty === p, `${fn} argument ${j + 1} must be ${p}, got ${args[j].ty}`));
  return { k: 'call', ty: ret, fn, args, loc };
}

export function load(buf: string, width: 8 | 16 | 32, signed: boolean, addr: Expr, align: number, loc?: SrcLoc): Expr {
  check(addr.ty === 'u32', 'load address must be u32');
  return { k: 'load', ty: 'u32', buf, width, signed, addr, align: Math.min(align, width / 8), loc };
}

export function tableRef(table: string, index: Expr, loc?: SrcLoc): Expr {
  check(isInt(index.ty), 'table index must be an integer');
  return { k: 'table', ty: 'u32', table, index: cast('u32', index), loc };
}

export function tword(table: string, index: Expr): Expr {
  check(isInt(index.ty), 'table word index must be an integer');
  return { k: 'tword', ty: 'u32', table, index: cast('u32', index) };
}

export function elem(buf: string, view: string, ty: Ty, index: Expr): Expr {
  check(isInt(index.ty), 'buffer index must be an integer');
  return { k: 'elem', ty, buf, view, index: cast('u32', index) };
}

export function shload(arr: string, ty: Ty, index: Expr): Expr {
  return { k: 'shload', ty, arr, index: cast('u32', index) };
}

export function comp(a: Expr, i: Expr | number): Expr {
  check(a.ty === 'vec4u' || a.ty === 'vec4f', 'component of a non-vector');
  return { k: 'comp', ty: a.ty === 'vec4u' ? 'u32' : 'f32', a, i: typeof i === 'number' ? u(i) : cast('u32', i) };
}

// Short builders used by kernel templates.
export const add = (a: Expr, b: Expr) => bin('add', a, b);
export const sub = (a: Expr, b: Expr) => bin('sub', a, b);
export const mul = (a: Expr, b: Expr) => bin('mul', a, b);
export const and = (a: Expr, b: Expr) => bin('and', a, b);
export const or = (a: Expr, b: Expr) => bin('or', a, b);
export const shl = (a: Expr, b: Expr) => bin('shl', a, b);
export const shr = (a: Expr, b: Expr) => bin('shr', a, b);
export const lt = (a: Expr, b: Expr) => bin('lt', a, b);

/** A structural key: equal keys mean equal values (used for sharing common subexpressions). Keys are
 *  interned (`#n`), so a node's key costs O(children) however deep the tree is. */
export function exprKey(e: Expr): string {
  const cached = (e as Keyed)[KEY];
  if (cached) return cached;
  let k: string;
  switch (e.k) {
    case 'const': k = `${e.ty}:${e.v}`; break;
    case 'param': k = `P${e.name}`; break;
    case 'var': k = `V${e.name}`; break;
    case 'builtin': k = `B${e.name}`; break;
    case 'bin': k = `(${e.op} ${exprKey(e.a)} ${exprKey(e.b)})`; break;
    case 'un': k = `(${e.op} ${exprKey(e.a)})`; break;
    case 'sel': k = `(sel ${exprKey(e.c)} ${exprKey(e.a)} ${exprKey(e.b)})`; break;
    case 'cast': k = `(cast ${e.ty} ${exprKey(e.a)})`; break;
    case 'bitcast': k = `(bitcast ${e.ty} ${exprKey(e.a)})`; break;
    case 'call': k = `(${e.fn} ${e.args.map(exprKey).join(' ')})`; break;
    case 'load': k = `(ld${e.width}${e.signed ? 's' : 'u'} ${e.buf} ${exprKey(e.addr)} a${e.align})`; break;
    case 'table': k = `(tbl ${e.table} ${exprKey(e.index)})`; break;
    case 'tword': k = `(tword ${e.table} ${exprKey(e.index)})`; break;
    case 'elem': k = `(elem ${e.buf}.${e.view} ${exprKey(e.index)})`; break;
    case 'shload': k = `(shload ${e.arr} ${exprKey(e.index)})`; break;
    case 'comp': k = `(comp ${exprKey(e.a)} ${exprKey(e.i)})`; break;
  }
  let id = interned.get(k);
  if (id === undefined) interned.set(k, (id = `#${interned.size}`));
  // A symbol-keyed property: invisible to JSON and structural walks, cheaper than a WeakMap.
  Object.defineProperty(e, KEY, { value: id });
  return id;
}
const KEY = Symbol('exprKey');
type Keyed = Expr & { [KEY]?: string };
const interned = new Map<string, string>();

/** Children of a node, for walks. */
export function children(e: Expr): Expr[] {
  switch (e.k) {
    case 'bin': return [e.a, e.b];
    case 'un': case 'cast': case 'bitcast': return [e.a];
    case 'sel': return [e.c, e.a, e.b];
    case 'call': return e.args;
    case 'load': return [e.addr];
    case 'table': case 'tword': case 'elem': case 'shload': return [e.index];
    case 'comp': return [e.a, e.i];
    default: return [];
  }
}

/** Rebuilds an expression bottom-up, replacing nodes for which `fn` returns a value (then folding). */
export function rewrite(e: Expr, fn: (e: Expr) => Expr | undefined, memo = new Map<Expr, Expr>()): Expr {
  const m = memo.get(e);
  if (m) return m;
  const direct = fn(e);
  if (direct) { memo.set(e, direct); return direct; }
  let out: Expr;
  // (rewrite(x, fn, memo) is spelled out: a closure here costs a function object per node.)
  switch (e.k) {
    case 'bin': out = bin(e.op, rewrite(e.a, fn, memo), rewrite(e.b, fn, memo), e.loc); break;
    case 'un': out = un(e.op, rewrite(e.a, fn, memo), e.loc); break;
    case 'sel': out = select(rewrite(e.c, fn, memo), rewrite(e.a, fn, memo), rewrite(e.b, fn, memo), e.loc); break;
    case 'cast': out = cast(e.ty, rewrite(e.a, fn, memo), e.loc); break;
    case 'bitcast': out = bitcast(e.ty, rewrite(e.a, fn, memo)); break;
    case 'call': out = call(e.fn, e.args.map((x) => rewrite(x, fn, memo)), e.loc); break;
    case 'load': out = load(e.buf, e.width, e.signed, rewrite(e.addr, fn, memo), e.align, e.loc); break;
    case 'table': out = tableRef(e.table, rewrite(e.index, fn, memo), e.loc); break;
    case 'tword': out = tword(e.table, rewrite(e.index, fn, memo)); break;
    case 'elem': out = elem(e.buf, e.view, e.ty, rewrite(e.index, fn, memo)); break;
    case 'shload': out = shload(e.arr, e.ty, rewrite(e.index, fn, memo)); break;
    case 'comp': out = comp(rewrite(e.a, fn, memo), rewrite(e.i, fn, memo)); break;
    default: out = e;
  }
  memo.set(e, out);
  return out;
}

/** Substitutes parameters by expressions (and folds what becomes constant). */
export function bindParams(e: Expr, values: Record<string, Expr>): Expr {
  return rewrite(e, (n) => (n.k === 'param' && values[n.name] ? values[n.name] : undefined));
}
