// The expression core every C-like shader target shares (WGSL, GLSL): operators, literals, tables and
// calls are printed here once; a target supplies only its spellings (the abstract members below).
import { exprKey, type Expr, type Intrinsic, type Ty } from '../ir/expr.js';
import type { Kernel } from '../ir/kernel.js';
import type { Syntax } from './structured.js';

const BINOP: Record<string, string> = {
  add: '+', sub: '-', mul: '*', div: '/', rem: '%', and: '&', or: '|', xor: '^', shl: '<<', shr: '>>',
  lt: '<', le: '<=', gt: '>', ge: '>=', eq: '==', ne: '!=', land: '&&', lor: '||',
};

export abstract class CLikeSyntax implements Syntax {
  /** The target's name, for errors. */
  abstract readonly target: string;
  /** Value types. */
  abstract readonly ty: Record<Ty, string>;
  /** IR builtin names (BUILTINS) -> target expressions. */
  abstract readonly builtins: Record<string, string>;
  /** Suffixes of i32 and non-integral f32 literals. */
  abstract readonly i32Suffix: string;
  abstract readonly f32Suffix: string;
  /** The most negative i32 (its literal does not exist in either language). */
  abstract readonly i32Min: string;
  /** Intrinsic calls, over the already printed arguments; absent: legalized earlier. */
  abstract readonly calls: Partial<Record<Intrinsic, (args: string[]) => string>>;
  /** Reinterpreting the bits of `a` (type `from`) as `to`. */
  abstract bitcast(to: Ty, from: Ty, a: string): string;
  /** `a ? x : y`. */
  abstract select(c: string, a: string, b: string): string;
  /** Element `index` of buffer `buf` read as `view`. */
  abstract elem(buf: string, view: string, index: string): string;
  /** The right operand of a shift whose left operand has type `lhs` (WGSL wants u32 amounts). */
  shiftAmount(_lhs: Ty, b: Expr, printed: string): string {
    return printed;
  }
  abstract let(name: string, ty: Ty, value: string): string;
  abstract var(name: string, ty: Ty, value: string): string;
  abstract readonly barrier: string;
  abstract forHead(v: string, from: string, cond: string, update: string): string;
  /** A module-level constant declaration. */
  abstract constDecl(name: string, ty: Ty, value: string): string;

  private paramNames: Set<string>;
  constructor(k: Kernel) {
    this.paramNames = new Set(k.params.map((p) => p.name));
  }

  literal(ty: Ty, v: number): string {
    switch (ty) {
      case 'u32': return v > 255 ? `0x${v.toString(16)}u` : `${v}u`;
      case 'i32': return v === -2147483648 ? this.i32Min : `${v}${this.i32Suffix}`;
      case 'bool': return v ? 'true' : 'false';
      case 'f32':
        if (Number.isNaN(v)) return this.bitcast('f32', 'u32', '0x7fc00000u');
        if (!Number.isFinite(v)) return this.bitcast('f32', 'u32', v > 0 ? '0x7f800000u' : '0xff800000u');
        return Number.isInteger(v) ? `${v}.0` : `${v}${this.f32Suffix}`;
      default: throw new Error(`no ${ty} literals`);
    }
  }

  expr(e: Expr, names: Map<string, string>, top = true): string {
    if (!top && names.size) {
      const n = names.get(exprKey(e));
      if (n) return n;
    }
    const r = (x: Expr) => this.expr(x, names, false);
    switch (e.k) {
      case 'const': return this.literal(e.ty, e.v);
      case 'var': return e.name;
      // Shape parameters live in one block `p`; tables and tuning constants are module-level names.
      case 'param': return this.paramNames.has(e.name) ? `p.${e.name}` : e.name;
      case 'builtin': return this.builtins[e.name] ?? e.name;
      case 'bin':
        if (e.op === 'min' || e.op === 'max') return `${e.op}(${r(e.a)}, ${r(e.b)})`;
        // x + 0xffff_fff0u reads better as x - 16u (same value modulo 2^32).
        if (e.op === 'add' && e.ty === 'u32' && e.b.k === 'const' && e.b.v >= 0x80000000) return `(${r(e.a)} - ${this.literal('u32', 2 ** 32 - e.b.v)})`;
        if (e.op === 'shl' || e.op === 'shr') return `(${r(e.a)} ${BINOP[e.op]} ${this.shiftAmount(e.a.ty, e.b, r(e.b))})`;
        return `(${r(e.a)} ${BINOP[e.op]} ${r(e.b)})`;
      case 'un':
        if (e.op === 'lnot') return `!${r(e.a)}`;
        if (e.op === 'bnot') return `~${r(e.a)}`;
        return e.ty === 'u32' ? `(0u - ${r(e.a)})` : `(-${r(e.a)})`;
      case 'sel': return this.select(r(e.c), r(e.a), r(e.b));
      case 'cast': return `${this.ty[e.ty]}(${r(e.a)})`;
      case 'bitcast': return this.bitcast(e.ty, e.a.ty, r(e.a));
      case 'call': {
        const call = this.calls[e.fn];
        if (!call) throw new Error(`${this.target}: ${e.fn} must be legalized before emission`);
        return call(e.args.map(r));
      }
      case 'elem': return this.elem(e.buf, e.view, r(e.index));
      case 'shload': return `${e.arr}[${r(e.index)}]`;
      case 'tword': return `${e.table}[${r(e.index)}]`;
      case 'comp': return e.i.k === 'const' ? `${r(e.a)}.${'xyzw'[e.i.v]}` : `${r(e.a)}[${r(e.i)}]`;
      case 'load': case 'table': throw new Error(`${this.target}: ${e.k} must be legalized before emission`);
    }
  }

  /** A module-level constant array of `n` u32, `words` already printed (one or more lines). */
  abstract arrayDecl(name: string, n: number, words: string): string;

  /**
   * Declarations of the kernel's tables in the forms legalization chose (prepareKernel): one vec4 for small
   * byte tables, otherwise a constant array of u32 (eight words a line), which the workgroup form copies
   * into workgroup memory at the start of the kernel.
   */
  tableDecls(k: Kernel): string[] {
    if (!k.tableDecls) throw new Error(`${this.target}: the tables of ${k.key} must be legalized before emission`);
    const hex = (w: number) => `0x${w.toString(16)}u`;
    const out: string[] = [];
    for (const d of k.tableDecls) {
      const what = `${d.kind} x ${d.entries}${d.kind === 'u32' ? '' : ', 4 per word'}`;
      if (d.form === 'vec4') {
        out.push(`${this.constDecl(d.name, 'vec4u', `${this.ty.vec4u}(${d.words.map(hex).join(', ')})`)} // ${what}`);
        continue;
      }
      out.push(`// ${d.name}: ${what}${d.shared ? `; copied into workgroup array ${d.shared} once per workgroup` : ''}`);
      const lines: string[] = [];
      for (let i = 0; i < d.words.length; i += 8) lines.push('  ' + d.words.slice(i, i + 8).map(hex).join(', '));
      out.push(this.arrayDecl(d.name, d.words.length, `\n${lines.join(',\n')}\n`));
    }
    return out;
  }
}

/** The leading comment of a module: one `// line` per header line. */
export const headerComment = (header: string[]): string[] => header.map((l) => `// ${l}`);
