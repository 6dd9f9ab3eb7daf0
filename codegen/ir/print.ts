// A readable text form of the IR, for `kgen build --dump STAGE` (target-neutral, types explicit).
import type { Expr } from './expr.js';
import type { FormatIR } from './format.js';
import type { Kernel, Stmt } from './kernel.js';

const INFIX: Record<string, string> = {
  add: '+', sub: '-', mul: '*', div: '/', rem: '%', and: '&', or: '|', xor: '^', shl: '<<', shr: '>>',
  lt: '<', le: '<=', gt: '>', ge: '>=', eq: '==', ne: '!=', land: '&&', lor: '||',
};

export function printExpr(e: Expr): string {
  const p = printExpr;
  switch (e.k) {
    case 'const': return e.ty === 'u32' ? `${e.v}u` : e.ty === 'i32' ? `${e.v}i` : e.ty === 'bool' ? String(!!e.v) : `${e.v}f`;
    case 'param': return `$${e.name}`;
    case 'var': return e.name;
    case 'builtin': return `@${e.name}`;
    case 'bin': return INFIX[e.op] ? `(${p(e.a)} ${INFIX[e.op]} ${p(e.b)})` : `${e.op}(${p(e.a)}, ${p(e.b)})`;
    case 'un': return `${e.op === 'neg' ? '-' : e.op === 'bnot' ? '~' : '!'}${p(e.a)}`;
    case 'sel': return `(${p(e.c)} ? ${p(e.a)} : ${p(e.b)})`;
    case 'cast': return `${e.ty}(${p(e.a)})`;
    case 'bitcast': return `bitcast<${e.ty}>(${p(e.a)})`;
    case 'call': return `${e.fn}(${e.args.map(p).join(', ')})`;
    case 'load': return `load${e.width}${e.signed ? 's' : 'u'}(${e.buf}, ${p(e.addr)}, align ${e.align})`;
    case 'table': return `${e.table}[${p(e.index)}]`;
    case 'tword': return `${e.table}.word[${p(e.index)}]`;
    case 'elem': return `${e.buf}.${e.view}[${p(e.index)}]`;
    case 'shload': return `${e.arr}[${p(e.index)}]`;
    case 'comp': return `${p(e.a)}[${p(e.i)}]`;
  }
}

function stmts(list: Stmt[], ind: string, out: string[]): void {
  for (const s of list) {
    switch (s.s) {
      case 'comment': out.push(`${ind}// ${s.text}`); break;
      case 'let': out.push(`${ind}let ${s.name}: ${s.e.ty} = ${printExpr(s.e)}`); break;
      case 'lets': for (const i of s.items) out.push(`${ind}let ${i.name}: ${i.e.ty} = ${printExpr(i.e)}`); break;
      case 'var': out.push(`${ind}var ${s.name}: ${s.ty} = ${printExpr(s.init)}`); break;
      case 'assign': out.push(`${ind}${s.name} = ${printExpr(s.e)}`); break;
      case 'store': out.push(`${ind}${s.buf}.${s.view}[${printExpr(s.index)}] = ${printExpr(s.e)}`); break;
      case 'shstore': out.push(`${ind}${s.arr}[${printExpr(s.index)}] = ${printExpr(s.e)}`); break;
      case 'barrier': out.push(`${ind}barrier`); break;
      case 'if':
        out.push(`${ind}if ${printExpr(s.c)} {`);
        stmts(s.then, ind + '  ', out);
        if (s.else) { out.push(`${ind}} else {`); stmts(s.else, ind + '  ', out); }
        out.push(`${ind}}`);
        break;
      case 'for':
        out.push(`${ind}for ${s.v} = ${printExpr(s.from)}; ${printExpr(s.cond)}; ${s.v} = ${printExpr(s.update)} {`);
        stmts(s.body, ind + '  ', out);
        out.push(`${ind}}`);
        break;
    }
  }
}

export function printKernel(k: Kernel): string {
  const out = [`kernel ${k.key} (entry ${k.entryPoint}, workgroup size ${k.workgroupSize.constant})`];
  for (const b of k.buffers) out.push(`  buffer ${b.binding} ${b.name}: ${b.access} ${b.views.join('|')} // ${b.role}`);
  for (const p of k.params) out.push(`  param $${p.name}: ${p.ty} // ${p.doc}`);
  for (const c of k.constants) out.push(`  const ${c.name}: u32 = ${c.default} (id ${c.id})`);
  for (const s of k.shared) out.push(`  shared ${s.name}: ${s.ty} x ${s.length !== undefined ? `${s.length}` : `${s.perThread} per thread`}`);
  for (const t of k.tables) out.push(`  table ${t.name}: ${t.kind} x ${t.values.length} = [${t.values.join(', ')}]`);
  out.push('body:');
  stmts(k.body, '  ', out);
  return out.join('\n') + '\n';
}

export function printFormat(f: FormatIR): string {
  const out = [`format ${f.name} (ggml type ${f.ggmlType}): ${f.blockElems} elements, ${f.blockBytes} bytes per block, groups of ${f.groupElems}; from ${f.source.file}`];
  for (const l of f.layout.fields) out.push(`  field ${l.name}: ${l.kind}${l.count > 1 ? `[${l.count}]` : ''} @ ${l.offset}`);
  for (const t of f.tables) out.push(`  table ${t.name}: ${t.kind} x ${t.values.length}`);
  out.push(`  quants($b, $g, $w) = ${printExpr(f.quants)}   // ${f.source.file}:${f.source.quants.line}`);
  out.push(`  scale($b, $g) = ${printExpr(f.scale)}   // ${f.source.file}:${f.source.scale.line}`);
  if (f.min) out.push(`  min($b, $g) = ${printExpr(f.min)}   // ${f.source.file}:${f.source.min?.line}`);
  if (f.zeroPoint) out.push(`  zero point ${f.zeroPoint}`);
  return out.join('\n') + '\n';
}
