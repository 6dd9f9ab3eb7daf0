// The statement walk every C-like shader target shares: each statement is printed through the
// target's own syntax (targets/wgsl, targets/glsl). Common subexpressions are already locals (the
// optimise stage, codegen/passes/cse.ts), so this only prints.
import type { Expr, Ty } from '../ir/expr.js';
import type { Stmt } from '../ir/kernel.js';

/** What a target spells its own way. */
export interface Syntax {
  /** An expression; shared subexpressions are referenced through `names`. */
  expr(e: Expr, names: Map<string, string>, top?: boolean): string;
  /** An immutable local. */
  let(name: string, ty: Ty, value: string): string;
  /** A mutable local. */
  var(name: string, ty: Ty, value: string): string;
  barrier: string;
  /** The head of `for (u32 v = from; cond; v = update)`. */
  forHead(v: string, from: string, cond: string, update: string): string;
}

export class StructuredEmitter {
  private names = new Map<string, string>();
  constructor(private syntax: Syntax) {}

  /** The root expressions' text (`ind` and `out` are kept for statements that need a preamble). */
  private bind(roots: Expr[], _ind: string, _out: string[]): string[] {
    return roots.map((x) => this.syntax.expr(x, this.names, false));
  }

  stmts(list: Stmt[], ind: string, out: string[]): void {
    const sx = this.syntax;
    for (const s of list) {
      switch (s.s) {
        case 'comment': out.push(`${ind}// ${s.text}`); break;
        case 'let': { const [e] = this.bind([s.e], ind, out); out.push(`${ind}${sx.let(s.name, s.e.ty, e)}`); break; }
        case 'lets': {
          const es = this.bind(s.items.map((i) => i.e), ind, out);
          s.items.forEach((i, j) => out.push(`${ind}${sx.let(i.name, i.e.ty, es[j])}`));
          break;
        }
        case 'var': { const [e] = this.bind([s.init], ind, out); out.push(`${ind}${sx.var(s.name, s.ty, e)}`); break; }
        case 'assign': { const [e] = this.bind([s.e], ind, out); out.push(`${ind}${s.name} = ${e};`); break; }
        case 'store': { const [i, e] = this.bind([s.index, s.e], ind, out); out.push(`${ind}${s.buf}[${i}] = ${e};`); break; }
        case 'shstore': { const [i, e] = this.bind([s.index, s.e], ind, out); out.push(`${ind}${s.arr}[${i}] = ${e};`); break; }
        case 'barrier': out.push(`${ind}${sx.barrier}`); break;
        case 'if': {
          const [c] = this.bind([s.c], ind, out);
          out.push(`${ind}if (${c}) {`);
          this.stmts(s.then, ind + '  ', out);
          if (s.else) { out.push(`${ind}} else {`); this.stmts(s.else, ind + '  ', out); }
          out.push(`${ind}}`);
          break;
        }
        case 'for': {
          const n = new Map<string, string>();
          out.push(`${ind}${sx.forHead(s.v, sx.expr(s.from, n), sx.expr(s.cond, n), sx.expr(s.update, n))} {`);
          this.stmts(s.body, ind + '  ', out);
          out.push(`${ind}}`);
          break;
        }
      }
    }
  }
}
