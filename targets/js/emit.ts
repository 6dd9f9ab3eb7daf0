// JS target: emits a format's IR as TypeScript functions (the CPU reference's format math).
// Integer semantics follow the IR: u32 values are kept in [0, 2^32) with `>>> 0`, i32 with `| 0`,
// f32 values are rounded with Math.fround after every operation.
import { scheduleShared } from '../../codegen/ir/cse.js';
import { exprKey, type Expr } from '../../codegen/ir/expr.js';
import { groupsPerBlock, instantiate, P_BLOCK, P_GROUP, wordsPerGroup, type FormatIR, type TableIR } from '../../codegen/ir/format.js';

const hex = (v: number) => (v > 255 ? `0x${v.toString(16).padStart(8, '0')}` : String(v));

function lit(e: Expr & { k: 'const' }): string {
  if (e.ty === 'f32') return Object.is(e.v, -0) ? '-0' : Number.isFinite(e.v) ? String(e.v) : e.v > 0 ? 'Infinity' : e.v < 0 ? '-Infinity' : 'NaN';
  if (e.ty === 'bool') return e.v ? 'true' : 'false';
  return e.ty === 'u32' ? hex(e.v) : String(e.v);
}

/** A JS expression for `e`; shared nodes are referenced by name. */
export function jsExpr(e: Expr, names: Map<string, string>, top = true): string {
  if (!top) {
    const n = names.get(exprKey(e));
    if (n) return n;
  }
  const r = (x: Expr) => jsExpr(x, names, false);
  const wrapInt = (s: string, ty: string) => (ty === 'u32' ? `((${s}) >>> 0)` : ty === 'i32' ? `((${s}) | 0)` : s);
  switch (e.k) {
    case 'const': return lit(e);
    case 'param': case 'var': case 'builtin': return e.name;
    case 'bin': {
      const a = r(e.a), b = r(e.b);
      const ty = e.a.ty;
      switch (e.op) {
        case 'add': case 'sub': {
          const o = e.op === 'add' ? '+' : '-';
          return ty === 'f32' ? `fround(${a} ${o} ${b})` : wrapInt(`${a} ${o} ${b}`, ty);
        }
        case 'mul': return ty === 'f32' ? `fround(${a} * ${b})` : wrapInt(`Math.imul(${a}, ${b})`, ty);
        case 'div': return ty === 'f32' ? `fround(${a} / ${b})` : wrapInt(`Math.trunc(${a} / ${b})`, ty);
        case 'rem': return wrapInt(`${a} % ${b}`, ty);
        case 'and': // a mask below 2^31 leaves a non-negative result: no normalisation needed
          return (e.b.k === 'const' && e.b.v < 0x80000000) || (e.a.k === 'const' && e.a.v < 0x80000000) ? `(${a} & ${b})` : wrapInt(`${a} & ${b}`, ty);
        case 'or': return wrapInt(`${a} | ${b}`, ty);
        case 'xor': return wrapInt(`${a} ^ ${b}`, ty);
        case 'shl': return wrapInt(`${a} << ${b}`, ty);
        case 'shr': return ty === 'u32' ? `(${a} >>> ${b})` : `(${a} >> ${b})`;
        case 'min': return `Math.min(${a}, ${b})`;
        case 'max': return `Math.max(${a}, ${b})`;
        case 'lt': return `(${a} < ${b})`;
        case 'le': return `(${a} <= ${b})`;
        case 'gt': return `(${a} > ${b})`;
        case 'ge': return `(${a} >= ${b})`;
        case 'eq': return `(${a} === ${b})`;
        case 'ne': return `(${a} !== ${b})`;
        case 'land': return `(${a} && ${b})`;
        case 'lor': return `(${a} || ${b})`;
      }
      break;
    }
    case 'un': {
      const a = r(e.a);
      if (e.op === 'lnot') return `!${a}`;
      if (e.op === 'bnot') return wrapInt(`~${a}`, e.ty);
      return e.ty === 'f32' ? `(-${a})` : wrapInt(`-${a}`, e.ty);
    }
    case 'sel': return `(${r(e.c)} ? ${r(e.a)} : ${r(e.b)})`;
    case 'cast': {
      const a = r(e.a);
      if (e.ty === 'f32') return `fround(${a})`;
      if (e.a.ty === 'f32') return wrapInt(`Math.trunc(${a})`, e.ty);
      return wrapInt(a, e.ty);
    }
    case 'bitcast': return e.ty === 'f32' ? `bitsf32(${r(e.a)})` : wrapInt(`f32bits(${r(e.a)})`, e.ty);
    case 'call': {
      const args = e.args.map(r);
      switch (e.fn) {
        case 'f16tof32': return `f16tof32(${args[0]})`;
        case 'e8m0half': return `e8m0half(${args[0]})`;
        case 'dot4i8': return `dot4i8(${args[0]}, ${args[1]})`;
        default: throw new Error(`the CPU target has no ${e.fn}`);
      }
    }
    case 'load':
      if (e.width === 32) return `ld32(W, ${r(e.addr)})`;
      return `ld${e.width}(W, ${r(e.addr)}, ${e.signed})`;
    case 'table': return `${e.table}[${r(e.index)}]`;
  }
  throw new Error(`cannot emit ${(e as Expr).k}`);
}

/** Statements binding the shared nodes of `roots`, then the root expressions. */
function body(roots: Expr[], indent: string): { lets: string[]; exprs: string[] } {
  const { shared, names } = scheduleShared(roots);
  const lets = shared.map((s) => {
    const n = names.get(exprKey(s))!;
    return `${indent}const ${n} = ${jsExpr(s, names)};`;
  });
  return { lets, exprs: roots.map((x) => jsExpr(x, names, false)) };
}

function tableDecl(t: TableIR): string {
  const vals = t.values.map((v) => (t.kind === 'u32' ? v >>> 0 : v >>> 0));
  return `const ${t.name} = new Uint32Array([${vals.join(', ')}]); // ${t.kind}, sign-extended to 32 bits`;
}

/**
 * The CPU module of one format: groupQuants/groupScale/groupMin plus its facts, as TypeScript source.
 * `runtimeImport` is the module specifier of targets/js/runtime.
 */
export function emitCpuFormat(f: FormatIR, header: string, runtimeImport: string, referenceImport: string): string {
  const words = wordsPerGroup(f);
  const quantsRoots = Array.from({ length: words }, (_, w) => instantiate(f, P_BLOCK, P_GROUP, w).quants);
  const q = body(quantsRoots, '  ');
  const { scale, min } = instantiate(f, P_BLOCK, P_GROUP);
  const s = body([scale], '  ');
  const m = min ? body([min], '  ') : undefined;
  const out: string[] = [];
  out.push(header);
  out.push(`import { bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8 } from '${runtimeImport}';`);
  out.push(`import type { CpuFormat } from '${referenceImport}';`);
  out.push('');
  out.push('void [bitsf32, dot4i8, e8m0half, f16tof32, f32bits, fround, ld16, ld32, ld8];');
  for (const t of f.tables) out.push(tableDecl(t));
  out.push('');
  out.push(`/** The ${words} packed int8x4 words of group g of the block at byte b of W. */`);
  out.push('function groupQuants(W: Uint8Array, b: number, g: number, q: Uint32Array): void {');
  out.push(...q.lets);
  q.exprs.forEach((x, w) => out.push(`  q[${w}] = ${x};`));
  out.push('}');
  out.push('');
  out.push('/** Float scale of group g. */');
  out.push('function groupScale(W: Uint8Array, b: number, g: number): number {');
  out.push(...s.lets, `  return ${s.exprs[0]};`, '}');
  if (m) {
    out.push('');
    out.push('/** Float min of group g. */');
    out.push('function groupMin(W: Uint8Array, b: number, g: number): number {');
    out.push(...m.lets, `  return ${m.exprs[0]};`, '}');
  }
  out.push('');
  out.push(`export const ${f.name}: CpuFormat = {`);
  out.push(`  name: '${f.name}',`);
  out.push(`  ggmlType: ${f.ggmlType},`);
  out.push(`  blockElems: ${f.blockElems},`);
  out.push(`  blockBytes: ${f.blockBytes},`);
  out.push(`  groupElems: ${f.groupElems},`);
  out.push(`  groupsPerBlock: ${groupsPerBlock(f)},`);
  out.push('  groupQuants,');
  out.push('  groupScale,');
  out.push(`  groupMin: ${m ? 'groupMin' : 'undefined'},`);
  out.push(`  zeroPoint: ${f.zeroPoint},`);
  out.push('};');
  out.push('');
  return out.join('\n');
}
