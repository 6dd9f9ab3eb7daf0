// A small statement builder so kernel templates read top to bottom.
import * as ir from '../ir/expr.js';
import type { Expr, Ty } from '../ir/expr.js';
import type { ElemTy, Stmt } from '../ir/kernel.js';

export class Body {
  readonly stmts: Stmt[] = [];
  private stack: Stmt[][] = [this.stmts];
  /** Byte alignment known for address-valued locals (used by load legalization). */
  readonly aligns = new Map<string, number>();

  private get cur(): Stmt[] {
    return this.stack[this.stack.length - 1];
  }
  comment(text: string): void {
    this.cur.push({ s: 'comment', text });
  }
  let(name: string, e: Expr, align?: number): Expr {
    this.cur.push({ s: 'let', name, e });
    if (align) this.aligns.set(name, align);
    return ir.v(name, e.ty);
  }
  lets(items: [string, Expr][]): Expr[] {
    this.cur.push({ s: 'lets', items: items.map(([name, e]) => ({ name, e })) });
    return items.map(([name, e]) => ir.v(name, e.ty));
  }
  var(name: string, ty: Ty, init: Expr): Expr {
    this.cur.push({ s: 'var', name, ty, init });
    return ir.v(name, ty);
  }
  assign(target: Expr, e: Expr): void {
    if (target.k !== 'var') throw new Error('assign needs a var');
    this.cur.push({ s: 'assign', name: target.name, e });
  }
  store(buf: string, view: ElemTy, index: Expr, e: Expr): void {
    this.cur.push({ s: 'store', buf, view, index: ir.cast('u32', index), e });
  }
  shstore(arr: string, index: Expr, e: Expr): void {
    this.cur.push({ s: 'shstore', arr, index: ir.cast('u32', index), e });
  }
  barrier(): void {
    this.cur.push({ s: 'barrier' });
  }
  private block(fn: () => void): Stmt[] {
    const inner: Stmt[] = [];
    this.stack.push(inner);
    try {
      fn();
    } finally {
      this.stack.pop();
    }
    return inner;
  }
  if(c: Expr, then: () => void, otherwise?: () => void): void {
    this.cur.push({ s: 'if', c, then: this.block(then), else: otherwise ? this.block(otherwise) : undefined });
  }
  /** for (var v = from; v < to; v += step) */
  for(v: string, from: Expr, to: Expr, step: Expr, body: (i: Expr) => void): void {
    const iv = ir.v(v, 'u32');
    this.cur.push({ s: 'for', v, from, cond: ir.lt(iv, to), update: ir.add(iv, step), body: this.block(() => body(iv)) });
  }
  /** for (var v = from; v > 0; v >>= 1) */
  forHalving(v: string, from: Expr, body: (i: Expr) => void): void {
    const iv = ir.v(v, 'u32');
    this.cur.push({ s: 'for', v, from, cond: ir.bin('gt', iv, ir.u(0)), update: ir.shr(iv, ir.u(1)), body: this.block(() => body(iv)) });
  }
}
