// Common-subexpression scheduling shared by every emitter: finds the nodes (by structural key) that
// are used more than once, in dependency order, so a target can bind each to one local.
import { children, exprKey, type Expr } from './expr.js';

export interface Schedule {
  /** Shared nodes in an order where each comes after the nodes it uses. */
  shared: Expr[];
  /** Key -> local name for the shared nodes. */
  names: Map<string, string>;
}

const trivial = (e: Expr) => e.k === 'const' || e.k === 'param' || e.k === 'var' || e.k === 'builtin';

export function scheduleShared(roots: Expr[], prefix = 't', startIndex = 0, bindAlso?: (e: Expr) => boolean): Schedule {
  const uses = new Map<string, number>();
  const visit = (e: Expr) => {
    const k = exprKey(e);
    const n = (uses.get(k) ?? 0) + 1;
    uses.set(k, n);
    if (n === 1) children(e).forEach(visit);
  };
  roots.forEach(visit);
  const shared: Expr[] = [];
  const names = new Map<string, string>();
  const seen = new Set<string>();
  let idx = startIndex;
  const order = (e: Expr) => {
    const k = exprKey(e);
    if (seen.has(k)) return;
    seen.add(k);
    children(e).forEach(order);
    if (!trivial(e) && ((uses.get(k) ?? 0) > 1 || bindAlso?.(e))) {
      shared.push(e);
      names.set(k, `${prefix}${idx++}`);
    }
  };
  roots.forEach(order);
  return { shared, names };
}
