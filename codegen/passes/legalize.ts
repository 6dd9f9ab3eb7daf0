// Legalization: rewrites the ops a target cannot express directly into ops it can.
//  - Byte-address loads of the weight buffer become element reads of the views the target has:
//    32-bit words only (WGSL: funnel shifts across words), or 16/8-bit storage views (GLSL).
//  - E8M0 -> f32 becomes an exact bit expression (ggml's subnormal special cases). f16 -> f32 stays the
//    target's native conversion (one instruction; exact for subnormals, Inf and NaN on the drivers the
//    equivalence suite runs).
import type { TableIR } from '../ir/format.js';
import * as ir from '../ir/expr.js';
import { children, rewrite, type Expr } from '../ir/expr.js';
import { BUILTINS, type Capability, type Kernel, type SharedDecl, type Stmt, type TableDecl } from '../ir/kernel.js';

export interface LoadCaps {
  storage16: boolean;
  storage8: boolean;
}

/** What legalization needs to know of a target. */
export interface TargetCaps extends LoadCaps {
  /** The target's name, for messages. */
  target?: string;
  /** Workgroup memory every device of the target offers (WebGPU's default limit, Vulkan's minimum; default 16384). */
  workgroupBytes?: number;
}

/** Alignment (1, 2 or 4) that an integer expression is known to have. */
export function alignOf(e: Expr, vars: ReadonlyMap<string, number>): number {
  const low = (v: number) => (v === 0 ? 4 : Math.min(4, v & -v));
  switch (e.k) {
    case 'const': return low(e.v >>> 0);
    case 'var': case 'param': return vars.get(e.name) ?? 1;
    case 'bin':
      if (e.op === 'add' || e.op === 'sub') return Math.min(alignOf(e.a, vars), alignOf(e.b, vars));
      if (e.op === 'mul') return Math.min(4, alignOf(e.a, vars) * alignOf(e.b, vars));
      if (e.op === 'shl' && e.b.k === 'const') return Math.min(4, alignOf(e.a, vars) << e.b.v);
      if (e.op === 'and') return Math.max(alignOf(e.a, vars), alignOf(e.b, vars));
      return 1;
    default: return 1;
  }
}

/** Splits an address into a dynamic part and a constant byte offset. */
function splitAddr(addr: Expr): [Expr, number] {
  if (addr.k === 'bin' && addr.op === 'add' && addr.b.k === 'const') return [addr.a, addr.b.v];
  if (addr.k === 'const') return [ir.u(0), addr.v];
  return [addr, 0];
}

const U = ir.u;
const signExtend = (v: Expr, width: number): Expr =>
  width === 32 ? v : ir.cast('u32', ir.bin('shr', ir.cast('i32', ir.bin('shl', v, U(32 - width))), U(32 - width)));
const mask = (v: Expr, width: number): Expr => (width === 32 ? v : ir.bin('and', v, U(width === 16 ? 0xffff : 0xff)));

/** (lo >> s) | (hi << (32 - s)) for a dynamic s in 0..31 (the double shift keeps s = 0 defined). */
function funnel(lo: Expr, hi: Expr, s: Expr): Expr {
  if (s.k === 'const') return s.v === 0 ? lo : ir.bin('or', ir.bin('shr', lo, s), ir.bin('shl', hi, U(32 - s.v)));
  return ir.bin('or', ir.bin('shr', lo, s), ir.bin('shl', ir.bin('shl', hi, U(1)), ir.bin('sub', U(31), s)));
}

function legalizeLoad(e: Expr & { k: 'load' }, caps: LoadCaps, vars: ReadonlyMap<string, number>): Expr {
  const { width, signed, buf } = e;
  const [X, off] = splitAddr(e.addr);
  const alignX = alignOf(X, vars);
  const word = (i: Expr) => ir.elem(buf, 'u32', 'u32', i);
  const half = (i: Expr) => ir.elem(buf, 'u16', 'u32', i);
  const byte = (i: Expr) => ir.elem(buf, 'u8', 'u32', i);
  const addrAlign = Math.min(alignX, off === 0 ? 4 : off & -off);

  if (width === 32 && addrAlign === 4) return word(ir.add(ir.shr(X, U(2)), U(off >> 2)));
  if (caps.storage16 && addrAlign >= 2 && width >= 16) {
    const hi = ir.add(ir.shr(X, U(1)), U(off >> 1));
    if (width === 16) return signed ? signExtend(half(hi), 16) : half(hi);
    return ir.or(half(hi), ir.shl(half(ir.add(hi, U(1))), U(16)));
  }
  if (caps.storage8 && (width === 8 || addrAlign === 1)) {
    const b0 = ir.add(X, U(off));
    if (width === 8) return signed ? signExtend(byte(b0), 8) : byte(b0);
    let v: Expr = byte(b0);
    for (let j = 1; j < width / 8; j++) v = ir.or(v, ir.shl(byte(ir.add(X, U(off + j))), U(8 * j)));
    return signed ? signExtend(v, width) : v;
  }
  // 32-bit words only: read the words that cover the bytes and funnel-shift.
  const wi = ir.add(ir.shr(X, U(2)), U(off >> 2));
  const w = (j: number) => word(ir.add(wi, U(j)));
  let v: Expr;
  if (alignX >= 4) {
    const s = (off & 3) * 8;
    v = s + width <= 32 ? ir.shr(w(0), U(s)) : funnel(w(0), w(1), U(s));
  } else {
    const sh = ir.mul(ir.add(ir.and(X, U(3)), U(off & 3)), U(8));
    const maxBytes = 4 - alignX + (off & 3); // largest byte shift
    if (maxBytes * 8 + width <= 32) v = ir.shr(w(0), sh);
    else if (maxBytes < 4) v = funnel(w(0), w(1), sh);
    else {
      const low = ir.lt(sh, U(32));
      v = funnel(ir.select(low, w(0), w(1)), ir.select(low, w(1), w(2)), ir.and(sh, U(31)));
    }
  }
  return signed ? signExtend(mask(v, width), width) : mask(v, width);
}

/** 2^(x-128) for an E8M0 byte, ggml's bits: x < 2 gives the subnormals 0x00200000 << x. */
export function e8m0HalfExact(x: Expr): Expr {
  const b = ir.and(x, U(0xff));
  return ir.bitcast('f32', ir.select(ir.lt(b, U(2)), ir.shl(U(0x00200000), b), ir.shl(ir.sub(b, U(1)), U(23))));
}

/** Legalizes one expression tree for a target. */
export function legalize(e: Expr, caps: LoadCaps, vars: ReadonlyMap<string, number>): Expr {
  const memo = new Map<Expr, Expr>();
  const fn = (n: Expr): Expr | undefined => {
    if (n.k === 'load') return legalizeLoad({ ...n, addr: rewrite(n.addr, fn, memo) }, caps, vars);
    if (n.k === 'call' && n.fn === 'e8m0half') return e8m0HalfExact(rewrite(n.args[0], fn, memo));
    return undefined;
  };
  return rewrite(e, fn, memo);
}

/** Small byte tables (<= 16 entries of i8/u8) become one vec4<u32> constant indexed by word and byte. */
export function packSmallTable(t: TableIR): number[] | undefined {
  if (t.kind === 'u32' || t.values.length > 16) return undefined;
  const words = [0, 0, 0, 0];
  t.values.forEach((v, i) => (words[i >> 2] |= (v & 0xff) << (8 * (i & 3))));
  return words.map((w) => w >>> 0);
}

/** Tables of u32 entries or of more than 16 bytes: held in the kernel's large-table form. */
export const isLargeTable = (t: TableIR): boolean => !packSmallTable(t);

/** Most entries a large table may have (iq1s_grid_gpu, the largest ggml grid, has 2048). */
export const MAX_TABLE_ENTRIES = 2048;

/** The declaration of each of a kernel's tables for its table form: small byte tables as one vec4, the
 *  others as u32 words (bytes packed 4 per word) in a constant array or workgroup memory. */
export function tableDecls(k: Kernel): TableDecl[] {
  return k.tables.map((t) => {
    const small = packSmallTable(t);
    if (small) return { name: t.name, form: 'vec4', kind: t.kind, entries: t.values.length, words: small };
    if (t.values.length > MAX_TABLE_ENTRIES) throw new Error(`kgen: ${k.key}: table ${t.name} has ${t.values.length} entries; the GPU targets hold at most ${MAX_TABLE_ENTRIES}`);
    const words = t.kind === 'u32' ? t.values.map((v) => v >>> 0) : Array.from({ length: Math.ceil(t.values.length / 4) }, () => 0);
    if (t.kind !== 'u32') t.values.forEach((v, i) => (words[i >> 2] = (words[i >> 2] | ((v & 0xff) << (8 * (i & 3)))) >>> 0));
    const form = k.tableForm ?? 'const';
    const d: TableDecl = { name: t.name, form, kind: t.kind, entries: t.values.length, words };
    if (form === 'workgroup') d.shared = `${t.name}_wg`;
    return d;
  });
}

function lowerTableRef(e: Expr & { k: 'table' }, decls: ReadonlyMap<string, TableDecl>): Expr {
  const t = decls.get(e.table);
  if (!t) throw new Error(`kgen: table ${e.table} is not declared by the kernel`);
  if (t.kind === 'u32') return t.shared ? ir.shload(t.shared, 'u32', e.index) : ir.tword(t.name, e.index);
  const wi = ir.shr(e.index, U(2));
  const word = t.form === 'vec4' ? ir.comp(ir.param(t.name, 'vec4u'), wi) : t.shared ? ir.shload(t.shared, 'u32', wi) : ir.tword(t.name, wi);
  const byte = ir.and(ir.shr(word, ir.mul(ir.and(e.index, U(3)), U(8))), U(0xff));
  return t.kind === 'i8' ? signExtend(byte, 8) : byte;
}

/** Statements that copy the workgroup-form tables from their constant arrays, then a barrier. */
function fillWorkgroupTables(decls: TableDecl[]): Stmt[] {
  const wg = decls.filter((d) => d.shared);
  if (!wg.length) return [];
  const lid = ir.builtin(BUILTINS.localIndex, 'u32');
  const fills: Stmt[] = wg.map((d) => {
    const i = ir.v('ti', 'u32');
    return {
      s: 'for', v: 'ti', from: lid, cond: ir.lt(i, U(d.words.length)), update: ir.add(i, ir.param('WG_SIZE', 'u32')),
      body: [{ s: 'shstore', arr: d.shared!, index: i, e: ir.tword(d.name, i) }],
    };
  });
  return [{ s: 'comment', text: 'lookup tables into workgroup memory, once per workgroup' }, ...fills, { s: 'barrier' }];
}

/** Bytes of workgroup memory a kernel declares at workgroup size `wg`. */
export const workgroupBytes = (shared: readonly SharedDecl[], wg: number): number =>
  shared.reduce((n, s) => n + 4 * (s.length ?? s.perThread * wg), 0);

/** Rewrites every expression of a kernel for a target and lowers its tables to the kernel's table form. */
export function prepareKernel(k: Kernel, caps: TargetCaps): Kernel {
  const decls = tableDecls(k);
  const byName = new Map(decls.map((d) => [d.name, d]));
  const shared: SharedDecl[] = [...k.shared, ...decls.filter((d) => d.shared).map((d) => ({ name: d.shared!, ty: 'u32' as const, perThread: 0, length: d.words.length }))];
  const wgDefault = k.constants.find((c) => c.name === k.workgroupSize.constant)?.default ?? 1;
  const bytes = workgroupBytes(shared, wgDefault);
  const limit = caps.workgroupBytes ?? 16384;
  if (bytes > limit)
    throw new Error(`kgen: ${k.key}: ${caps.target ?? 'gpu'}: ${bytes} bytes of workgroup memory at ${k.workgroupSize.constant} = ${wgDefault} exceed the ${limit} every device offers (tables in workgroup memory: ${decls.filter((d) => d.shared).map((d) => `${d.name} ${4 * d.words.length} bytes`).join(', ') || 'none'}); use the const table form`);
  const memo = new Map<Expr, Expr>();
  const fn = (n: Expr): Expr | undefined => {
    if (n.k === 'table') return lowerTableRef({ ...n, index: rewrite(n.index, fn, memo) }, byName);
    return undefined;
  };
  const ex = (e: Expr) => rewrite(legalize(e, caps, k.aligns), fn, memo);
  const st = (s: Stmt): Stmt => {
    switch (s.s) {
      case 'let': return { ...s, e: ex(s.e) };
      case 'lets': return { ...s, items: s.items.map((i) => ({ name: i.name, e: ex(i.e) })) };
      case 'var': return { ...s, init: ex(s.init) };
      case 'assign': return { ...s, e: ex(s.e) };
      case 'store': return { ...s, index: ex(s.index), e: ex(s.e) };
      case 'shstore': return { ...s, index: ex(s.index), e: ex(s.e) };
      case 'if': return { ...s, c: ex(s.c), then: s.then.map(st), else: s.else?.map(st) };
      case 'for': return { ...s, from: ex(s.from), cond: ex(s.cond), update: ex(s.update), body: s.body.map(st) };
      default: return s;
    }
  };
  return { ...k, shared, tableDecls: decls, body: [...fillWorkgroupTables(decls), ...k.body.map(st)] };
}

/** Every expression node of a kernel, for capability derivation. */
export function kernelExprs(k: Kernel): Expr[] {
  const out: Expr[] = [];
  const st = (s: Stmt) => {
    switch (s.s) {
      case 'let': out.push(s.e); break;
      case 'lets': s.items.forEach((i) => out.push(i.e)); break;
      case 'var': out.push(s.init); break;
      case 'assign': out.push(s.e); break;
      case 'store': case 'shstore': out.push(s.index, s.e); break;
      case 'if': out.push(s.c); s.then.forEach(st); s.else?.forEach(st); break;
      case 'for': out.push(s.from, s.cond, s.update); s.body.forEach(st); break;
    }
  };
  k.body.forEach(st);
  return out;
}

/** The optional capabilities a (prepared) kernel uses, derived from its ops. */
export function capabilitiesOf(k: Kernel): Set<Capability> {
  const caps = new Set<Capability>();
  const seen = new Set<Expr>();
  const visit = (e: Expr) => {
    if (seen.has(e)) return;
    seen.add(e);
    if (e.k === 'call' && e.fn === 'dot4i8') caps.add('dot4i8');
    if (e.k === 'call' && (e.fn === 'sgAdd' || e.fn === 'sgAddI')) caps.add('subgroups');
    if (e.k === 'builtin' && (e.name === 'sg_lane' || e.name === 'sg_size')) caps.add('subgroups');
    if (e.k === 'elem' && e.view === 'u16') caps.add('storage16');
    if (e.k === 'elem' && e.view === 'u8') caps.add('storage8');
    children(e).forEach(visit);
  };
  kernelExprs(k).forEach(visit);
  return caps;
}
