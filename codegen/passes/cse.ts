// The optimise stage: common subexpressions become explicit locals. Per statement, every non-trivial
// node used more than once (by structural key) is bound once, before the statement, to t<N>_<i>
// (N counts the statements that bound something, in program order), so emitters only print.
import { scheduleShared } from '../ir/cse.js';
import { exprKey, rewrite, v, type Expr } from '../ir/expr.js';
import type { Kernel, Stmt } from '../ir/kernel.js';

export function shareSubexpressions(k: Kernel): Kernel {
  let tmp = 0;
  /** Lets for the shared subexpressions of `roots`, and the roots over them. */
  const bind = (roots: Expr[], out: Stmt[]): Expr[] => {
    const { shared, names } = scheduleShared(roots, `t${tmp}_`);
    if (!shared.length) return roots;
    tmp++;
    const memo = new Map<Expr, Expr>();
    const ref = (n: Expr) => {
      const name = names.get(exprKey(n));
      return name ? v(name, n.ty) : undefined;
    };
    // A shared node is printed itself, over references to the shared nodes below it.
    for (const s of shared) out.push({ s: 'let', name: names.get(exprKey(s))!, e: rewrite(s, (n) => (n === s ? undefined : ref(n)), new Map()) });
    return roots.map((r) => rewrite(r, ref, memo));
  };
  const stmts = (list: Stmt[]): Stmt[] => {
    const out: Stmt[] = [];
    for (const s of list) {
      switch (s.s) {
        case 'let': { const [e] = bind([s.e], out); out.push({ ...s, e }); break; }
        case 'lets': { const es = bind(s.items.map((i) => i.e), out); out.push({ ...s, items: s.items.map((i, j) => ({ name: i.name, e: es[j] })) }); break; }
        case 'var': { const [init] = bind([s.init], out); out.push({ ...s, init }); break; }
        case 'assign': { const [e] = bind([s.e], out); out.push({ ...s, e }); break; }
        case 'store': case 'shstore': { const [index, e] = bind([s.index, s.e], out); out.push({ ...s, index, e }); break; }
        case 'if': { const [c] = bind([s.c], out); out.push({ ...s, c, then: stmts(s.then), else: s.else && stmts(s.else) }); break; }
        case 'for': out.push({ ...s, body: stmts(s.body) }); break;
        default: out.push(s);
      }
    }
    return out;
  };
  return { ...k, body: stmts(k.body) };
}
