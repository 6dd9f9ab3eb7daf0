// Frontend: reads a format file (dsl/formats/*.ts) with ts-morph and lowers it to FormatIR.
// The math functions are compiled from their TypeScript syntax trees; a small, explicit subset of
// TypeScript is accepted, and anything else is a DslError naming the file, line and what to do.
import { relative } from 'node:path';
import { packageRoot } from './paths.js';
import { Node, Project, SyntaxKind, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
import { deriveLayout, u64Words, gcd, ggmlTypeSizes, scalarBytes, type FieldType, type LayoutField, type ScalarKind, type TableKind } from '../dsl/define.js';
import * as ir from './ir/expr.js';
import type { Expr, SrcLoc } from './ir/expr.js';
import { P_BLOCK, P_GROUP, P_WORD, type FormatIR, type TableIR } from './ir/format.js';

export class DslError extends Error {
  constructor(readonly loc: SrcLoc, readonly problem: string) {
    super(`${loc.file}:${loc.line}: ${problem}${loc.text ? `\n    ${loc.text}` : ''}`);
    this.name = 'DslError';
  }
}

const projectRoot = packageRoot;
const rel = (p: string) => relative(projectRoot, p) || p;

function locOf(node: Node): SrcLoc {
  const text = node.getText().split('\n')[0].slice(0, 120);
  return { file: rel(node.getSourceFile().getFilePath()), line: node.getStartLineNumber(), text };
}

const fail = (node: Node, problem: string): never => {
  throw new DslError(locOf(node), problem);
};

const KNOWN_PROPS = ['name', 'ggmlType', 'blockElems', 'groupElems', 'layout', 'quants', 'scale', 'min', 'zeroPoint', 'quantize', 'description'];
const SCALARS = Object.keys(scalarBytes) as ScalarKind[];
const INTRINSICS = ['lut8x4', 'e8m0Half', 'halfToFloat', 'float', 'sub8x4'] as const;
type IntrinsicName = (typeof INTRINSICS)[number];

type FnNode = Node & { getParameters(): { getName(): string }[]; getBody(): Node | undefined };

/** A compile-time value: a number, an IR expression, or one of the DSL's objects. */
type Val =
  | { t: 'lit'; v: number }
  | { t: 'expr'; e: Expr }
  | { t: 'block' }
  | { t: 'field'; f: LayoutField }
  | { t: 'method'; f: LayoutField; name: string }
  | { t: 'record'; props: Map<string, Val> }
  | { t: 'table'; table: TableIR; declared: TableKind }
  | { t: 'tableWords'; table: TableIR }
  | { t: 'func'; fn: FnNode }
  | { t: 'intrinsic'; name: IntrinsicName };

interface Ctx {
  layout: Map<string, LayoutField>;
  blockAlign: number;
  tables: Map<string, { table: TableIR; declared: TableKind }>;
  depth: number;
}

/** Compiles format files. One ts-morph project serves all of them. */
export function compileFormats(paths: string[]): FormatIR[] {
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: false,
    compilerOptions: { allowJs: false, strict: true, noLib: true, types: [] },
  });
  const files = paths.map((p) => project.addSourceFileAtPath(p));
  project.resolveSourceFileDependencies();
  return files.map(compileFormatFile);
}

export function compileFormatSource(fileName: string, text: string, extraFiles: Record<string, string> = {}): FormatIR {
  const project = new Project({ useInMemoryFileSystem: false, skipAddingFilesFromTsConfig: true, compilerOptions: { noLib: true, types: [] } });
  for (const [n, t] of Object.entries(extraFiles)) project.createSourceFile(n, t, { overwrite: true });
  const sf = project.createSourceFile(fileName, text, { overwrite: true });
  project.resolveSourceFileDependencies();
  return compileFormatFile(sf);
}

function compileFormatFile(sf: SourceFile): FormatIR {
  const exp = sf.getExportAssignment((d) => !d.isExportEquals());
  const call = exp?.getExpression();
  if (!exp || !call || !Node.isCallExpression(call) || call.getExpression().getText() !== 'defineFormat') {
    throw new DslError({ file: rel(sf.getFilePath()), line: 1 }, 'a format file must end with `export default defineFormat({ ... })`');
  }
  const obj = call.getArguments()[0];
  if (!obj || !Node.isObjectLiteralExpression(obj)) return fail(call, 'defineFormat takes one object literal');

  const props = new Map<string, Node>();
  for (const p of obj.getProperties()) {
    const name = Node.isPropertyAssignment(p) || Node.isMethodDeclaration(p) || Node.isShorthandPropertyAssignment(p) ? p.getName() : undefined;
    if (!name) fail(p, 'unsupported property form in a format definition (use `name: value` or a method)');
    if (!KNOWN_PROPS.includes(name!)) fail(p, `unknown property '${name}' in format definition; known: ${KNOWN_PROPS.join(', ')}`);
    props.set(name!, p);
  }
  const need = (n: string): Node => props.get(n) ?? fail(obj, `format definition lacks '${n}'`);
  const init = (n: string): Node => {
    const p = need(n);
    return Node.isPropertyAssignment(p) ? p.getInitializerOrThrow() : p;
  };
  const num = (n: string): number => {
    const e = init(n);
    if (!Node.isNumericLiteral(e)) return fail(e, `'${n}' must be a number literal`);
    return e.getLiteralValue();
  };
  const str = (n: string): string => {
    const e = init(n);
    if (!Node.isStringLiteral(e) && !Node.isNoSubstitutionTemplateLiteral(e)) return fail(e, `'${n}' must be a string literal`);
    return e.getLiteralValue();
  };

  const name = str('name');
  const ggmlType = num('ggmlType');
  const blockElems = num('blockElems');
  const groupElems = num('groupElems');
  if (blockElems % 32 !== 0 || blockElems <= 0) fail(init('blockElems'), `blockElems must be a positive multiple of 32 (q8_1 blocks are 32 wide), got ${blockElems}`);
  if (![4, 8, 16, 32].includes(groupElems)) fail(init('groupElems'), `groupElems must be 4, 8, 16 or 32, got ${groupElems}`);

  const layoutNode = init('layout');
  if (!Node.isObjectLiteralExpression(layoutNode)) fail(layoutNode, "'layout' must be an object literal of fields");
  const fieldTypes = readLayout(layoutNode as ObjectLiteralExpression);
  const layout = deriveLayout(fieldTypes);
  const known = ggmlTypeSizes[ggmlType];
  if (!known) fail(init('ggmlType'), `ggmlType ${ggmlType} is not a ggml block type kgen knows (see ggmlTypeSizes in dsl/define.ts)`);
  if (known.blockBytes !== layout.blockBytes || known.blockElems !== blockElems) {
    const fields = layout.fields.map((f) => `${f.name} ${f.kind}${f.count > 1 ? `[${f.count}]` : ''} @${f.offset}`).join(', ');
    fail(layoutNode, `layout gives ${layout.blockBytes} bytes per ${blockElems} elements, but ggml's ${known.name} (type ${ggmlType}) has ${known.blockBytes} bytes per ${known.blockElems}; fields: ${fields}`);
  }

  const ctx: Ctx = { layout: new Map(layout.fields.map((f) => [f.name, f])), blockAlign: layout.blockAlign, tables: new Map(), depth: 0 };
  const quantsNode = need('quants');
  const scaleNode = need('scale');
  const minNode = props.get('min');

  const result = (n: Node, args: Expr[]) => deref(compileFn(fnOf(n), args, ctx), n, ctx);
  const quants = toInt(result(quantsNode, [P_BLOCK, P_GROUP, P_WORD]), quantsNode, 'quants must return an integer (four packed int8 lanes)');
  const scale = toFloat(result(scaleNode, [P_BLOCK, P_GROUP]), scaleNode);
  const min = minNode ? toFloat(result(minNode, [P_BLOCK, P_GROUP]), minNode) : undefined;

  checkLoadBounds(quants, scale, min, layout.blockBytes, blockElems / groupElems, groupElems / 4, quantsNode, scaleNode, minNode);

  const description = props.has('description') ? str('description') : undefined;
  const zeroPoint = props.has('zeroPoint') ? num('zeroPoint') : 0;
  if (!Number.isInteger(zeroPoint) || zeroPoint < 0 || zeroPoint > 127) fail(init('zeroPoint'), `zeroPoint must be an integer in 0..127, got ${zeroPoint}`);
  return {
    name, ggmlType, blockElems, blockBytes: layout.blockBytes, blockAlign: layout.blockAlign, groupElems,
    layout: { fields: layout.fields.map((f) => ({ ...f })), blockBytes: layout.blockBytes, blockAlign: layout.blockAlign },
    quants, scale, min, zeroPoint, tables: [...ctx.tables.values()].map((t) => t.table), description,
    source: { file: rel(sf.getFilePath()), quants: locOf(quantsNode), scale: locOf(scaleNode), min: minNode ? locOf(minNode) : undefined },
  };
}

/** Every byte the math reads, for every group and word, must lie inside the block. */
function checkLoadBounds(quants: Expr, scale: Expr, min: Expr | undefined, blockBytes: number, groups: number, words: number, qn: Node, sn: Node, mn?: Node): void {
  const check = (e: Expr, g: number, w: number, node: Node, what: string) => {
    const seen = new Set<Expr>();
    const visit = (x: Expr) => {
      if (seen.has(x)) return;
      seen.add(x);
      if (x.k === 'load' && x.addr.k === 'const' && (x.addr.v < 0 || x.addr.v + x.width / 8 > blockBytes))
        fail(node, `${what} reads bytes ${x.addr.v}..${x.addr.v + x.width / 8 - 1} for group ${g}${what === 'quants' ? `, word ${w}` : ''}, outside the ${blockBytes}-byte block`);
      ir.children(x).forEach(visit);
    };
    visit(ir.bindParams(e, { b: ir.u(0), g: ir.u(g), w: ir.u(w) }));
  };
  for (let g = 0; g < groups; g++) {
    for (let w = 0; w < words; w++) check(quants, g, w, qn, 'quants');
    check(scale, g, 0, sn, 'scale');
    if (min && mn) check(min, g, 0, mn, 'min');
  }
}

function readLayout(obj: ObjectLiteralExpression): Record<string, FieldType> {
  const out: Record<string, FieldType> = {};
  for (const p of obj.getProperties()) {
    if (!Node.isPropertyAssignment(p)) fail(p, 'layout fields are written `name: type` (e.g. `d: f16`, `qs: u8.array(16)`)');
    const pa = p as import('ts-morph').PropertyAssignment;
    const e = pa.getInitializerOrThrow();
    let kind: string | undefined;
    let count = 1;
    if (Node.isIdentifier(e)) kind = e.getText();
    else if (Node.isCallExpression(e) && Node.isPropertyAccessExpression(e.getExpression()) && e.getExpression().getText().endsWith('.array')) {
      kind = (e.getExpression() as import('ts-morph').PropertyAccessExpression).getExpression().getText();
      const a = e.getArguments()[0];
      if (!a || !Node.isNumericLiteral(a) || a.getLiteralValue() < 1 || !Number.isInteger(a.getLiteralValue())) fail(e, 'array length must be a positive integer literal');
      count = (a as import('ts-morph').NumericLiteral).getLiteralValue();
    }
    if (!kind || !SCALARS.includes(kind as ScalarKind)) fail(e, `unknown field type '${e.getText()}' for field '${pa.getName()}'; use one of ${SCALARS.join(', ')} or X.array(n)`);
    out[pa.getName()] = { kind: kind as ScalarKind, count };
  }
  return out;
}

function fnOf(prop: Node): FnNode {
  if (Node.isMethodDeclaration(prop)) return prop as unknown as FnNode;
  const e = Node.isPropertyAssignment(prop) ? prop.getInitializerOrThrow() : prop;
  if (Node.isArrowFunction(e) || Node.isFunctionExpression(e)) return e as unknown as FnNode;
  return fail(e, 'expected a function: `(b, g, w) => ...`');
}

function compileFn(fn: FnNode, args: (Val | Expr)[], ctx: Ctx): Val {
  const env = new Map<string, Val>();
  const params = fn.getParameters();
  if (params.length > args.length) fail(fn, `this function takes ${params.length} parameters; at most ${args.length} are given`);
  params.forEach((p, j) => {
    const a = args[j];
    env.set(p.getName(), 'k' in a ? asVal(a, j === 0) : a);
  });
  const body = fn.getBody();
  if (!body) return fail(fn, 'function has no body');
  if (!Node.isBlock(body)) return compileExpr(body, env, ctx);
  const stmts = body.getStatements();
  for (const [j, s] of stmts.entries()) {
    if (Node.isVariableStatement(s)) {
      if (s.getDeclarationKind() !== 'const') fail(s, 'only `const` declarations are allowed in format math (values never change)');
      for (const d of s.getDeclarations()) {
        const ini = d.getInitializer();
        if (!ini) fail(d, 'a const needs an initializer');
        const nameNode = d.getNameNode();
        if (Node.isObjectBindingPattern(nameNode)) {
          const rec = compileExpr(ini!, env, ctx);
          if (rec.t !== 'record') fail(d, 'destructuring needs an object value');
          for (const el of nameNode.getElements()) {
            const key = el.getPropertyNameNode()?.getText() ?? el.getName();
            const v = (rec as Extract<Val, { t: 'record' }>).props.get(key);
            if (!v) fail(el, `no property '${key}' in this object`);
            env.set(el.getName(), v!);
          }
        } else env.set(d.getName(), compileExpr(ini!, env, ctx));
      }
    } else if (Node.isReturnStatement(s)) {
      if (j !== stmts.length - 1) fail(s, 'return must be the last statement');
      const e = s.getExpression();
      if (!e) fail(s, 'return needs a value');
      return compileExpr(e!, env, ctx);
    } else fail(s, `unsupported statement (${s.getKindName()}): format math is const declarations and one return; use ?: instead of if`);
  }
  return fail(fn, 'function does not return a value');
}

const asVal = (e: Expr, isBlock: boolean): Val => (isBlock && e === P_BLOCK ? { t: 'block' } : { t: 'expr', e });

function toExprInt(v: Val, node: Node): Expr {
  if (v.t === 'lit') {
    if (!Number.isInteger(v.v)) fail(node, `${v.v} is not an integer`);
    return ir.u(v.v);
  }
  if (v.t === 'expr') {
    if (v.e.ty === 'u32') return v.e;
    if (v.e.ty === 'i32') return ir.cast('u32', v.e);
    fail(node, `expected an integer, got a ${v.e.ty === 'f32' ? 'float' : v.e.ty}`);
  }
  return fail(node, `expected an integer value, got ${describe(v)}`);
}

function toInt(v: Val, node: Node, msg: string): Expr {
  if (v.t === 'expr' && v.e.ty !== 'u32' && v.e.ty !== 'i32') fail(node, msg);
  return toExprInt(v, node);
}

function toFloat(v: Val, node: Node): Expr {
  if (v.t === 'lit') return ir.f(v.v);
  if (v.t === 'expr') {
    if (v.e.ty === 'f32') return v.e;
    if (v.e.ty === 'u32') return ir.cast('f32', ir.cast('i32', v.e)); // DSL integers are signed when they become floats
    if (v.e.ty === 'i32') return ir.cast('f32', v.e);
  }
  return fail(node, `expected a number, got ${describe(v)}`);
}

function toBool(v: Val, node: Node): Expr {
  if (v.t === 'expr' && v.e.ty === 'bool') return v.e;
  if (v.t === 'lit') return ir.c('bool', v.v ? 1 : 0);
  return ir.bin('ne', toExprInt(v, node), ir.u(0));
}

function describe(v: Val): string {
  switch (v.t) {
    case 'block': return 'the block (read a field: b.d, b.qs.u32(i))';
    case 'field': return `field '${v.f.name}' (${v.f.kind}[${v.f.count}]; read an element with .u8(i)/.u16(i)/.u32(i))`;
    case 'method': return `method ${v.name} (call it)`;
    case 'record': return 'an object';
    case 'table': return `table ${v.table.name} (index it)`;
    case 'tableWords': return `${v.table.name}.u32 (call it with a word index)`;
    case 'func': return 'a function (call it)';
    case 'intrinsic': return `intrinsic ${v.name} (call it)`;
    default: return v.t;
  }
}

const isFloat = (v: Val) => (v.t === 'lit' && !Number.isInteger(v.v)) || (v.t === 'expr' && v.e.ty === 'f32');

function compileExpr(node: Node, env: Map<string, Val>, ctx: Ctx): Val {
  const loc = () => locOf(node);
  const sub = (n: Node) => compileExpr(n, env, ctx);
  const val = (n: Node) => deref(sub(n), n, ctx);

  if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isNonNullExpression(node)) return sub(node.getExpression());
  if (Node.isNumericLiteral(node)) return { t: 'lit', v: node.getLiteralValue() };
  if (Node.isTrueLiteral(node) || Node.isFalseLiteral(node)) return { t: 'expr', e: ir.c('bool', Node.isTrueLiteral(node) ? 1 : 0) };

  if (Node.isIdentifier(node)) {
    const local = env.get(node.getText());
    if (local) return local;
    return resolveGlobal(node, ctx);
  }

  if (Node.isPropertyAccessExpression(node)) {
    const obj = sub(node.getExpression());
    const name = node.getName();
    if (obj.t === 'block') {
      const f = ctx.layout.get(name);
      if (!f) return fail(node, `unknown field '${name}'; this format's fields are ${[...ctx.layout.keys()].join(', ')}`);
      return { t: 'field', f };
    }
    if (obj.t === 'field') {
      if (!['u8', 'i8', 'u16', 'i16', 'u32', 'f16'].includes(name)) fail(node, `fields have the readers u8, i8, u16, i16, u32, f16; not '${name}'`);
      return { t: 'method', f: obj.f, name };
    }
    if (obj.t === 'record') return obj.props.get(name) ?? fail(node, `no property '${name}' in this object`);
    if (obj.t === 'table') {
      if (name !== 'u32') fail(node, `tables have one reader, u32(k) (32-bit word k of the table's bytes); not '${name}'`);
      if (obj.declared !== 'u32' && obj.declared !== 'u64') fail(node, `${obj.table.name} is a ${obj.declared} table; index it with [i] (u32(k) reads u32 and u64 tables)`);
      return { t: 'tableWords', table: obj.table };
    }
    return fail(node, `cannot read '.${name}' of ${describe(obj)}`);
  }

  if (Node.isElementAccessExpression(node)) {
    const obj = sub(node.getExpression());
    if (obj.t !== 'table') return fail(node, `only tables can be indexed with [], not ${describe(obj)}`);
    if (obj.declared === 'u64')
      fail(node, `${obj.table.name} holds 64-bit entries, wider than format math's integers; read a 32-bit half of entry i with ${obj.table.name}.u32(2 * i) (bytes 0..3) or ${obj.table.name}.u32(2 * i + 1) (bytes 4..7)`);
    const idx = toExprInt(val(node.getArgumentExpressionOrThrow()), node);
    return { t: 'expr', e: ir.tableRef(obj.table.name, idx, loc()) };
  }

  if (Node.isCallExpression(node)) {
    const callee = sub(node.getExpression());
    const args = node.getArguments();
    if (callee.t === 'method') {
      if (args.length !== 1) fail(node, `${callee.name}(i) takes one index`);
      return { t: 'expr', e: fieldRead(callee.f, callee.name, val(args[0]), args[0], ctx, loc()) };
    }
    if (callee.t === 'tableWords') {
      if (args.length !== 1) fail(node, `${callee.table.name}.u32(k) takes one word index`);
      const k = val(args[0]);
      if (k.t === 'lit' && (!Number.isInteger(k.v) || k.v < 0 || k.v >= callee.table.values.length))
        fail(args[0], `word ${k.v} is outside table ${callee.table.name} (${callee.table.values.length} words)`);
      return { t: 'expr', e: ir.tableRef(callee.table.name, toExprInt(k, args[0]), loc()) };
    }
    if (callee.t === 'intrinsic') return intrinsicCall(callee.name, args.map(sub), args, node, ctx);
    if (callee.t === 'func') {
      if (ctx.depth > 16) fail(node, 'helper calls nest too deeply (recursion is not supported)');
      ctx.depth++;
      try {
        return compileFn(callee.fn, args.map(sub).map((a) => a), ctx);
      } finally {
        ctx.depth--;
      }
    }
    return fail(node, `cannot call ${describe(callee)}`);
  }

  if (Node.isObjectLiteralExpression(node)) {
    const props = new Map<string, Val>();
    for (const p of node.getProperties()) {
      if (Node.isPropertyAssignment(p)) props.set(p.getName(), sub(p.getInitializerOrThrow()));
      else if (Node.isShorthandPropertyAssignment(p)) props.set(p.getName(), sub(p.getNameNode()));
      else fail(p, 'object literals in format math hold `key: value` pairs only');
    }
    return { t: 'record', props };
  }

  if (Node.isConditionalExpression(node)) {
    const cond = toBool(val(node.getCondition()), node.getCondition());
    const a = val(node.getWhenTrue());
    const b = val(node.getWhenFalse());
    if (cond.k === 'const') return cond.v ? a : b;
    const [ea, eb] = unify(a, b, node);
    return { t: 'expr', e: ir.select(cond, ea, eb, loc()) };
  }

  if (Node.isPrefixUnaryExpression(node)) {
    const a = val(node.getOperand());
    switch (node.getOperatorToken()) {
      case SyntaxKind.MinusToken:
        if (a.t === 'lit') return { t: 'lit', v: -a.v };
        return isFloat(a) ? { t: 'expr', e: ir.un('neg', toFloat(a, node), loc()) } : { t: 'expr', e: ir.bin('sub', ir.u(0), toExprInt(a, node), loc()) };
      case SyntaxKind.PlusToken:
        return a;
      case SyntaxKind.TildeToken:
        if (a.t === 'lit') return { t: 'lit', v: ~a.v };
        return { t: 'expr', e: ir.un('bnot', toExprInt(a, node), loc()) };
      case SyntaxKind.ExclamationToken:
        return { t: 'expr', e: ir.un('lnot', toBool(a, node), loc()) };
    }
    return fail(node, `unsupported unary operator '${node.getText()[0]}'`);
  }

  if (Node.isBinaryExpression(node)) {
    const op = node.getOperatorToken().getKind();
    const a = val(node.getLeft());
    const b = val(node.getRight());
    return binary(op, a, b, node);
  }

  return fail(node, `unsupported syntax in format math (${node.getKindName()})`);
}

function unify(a: Val, b: Val, node: Node): [Expr, Expr] {
  if (isFloat(a) || isFloat(b)) return [toFloat(a, node), toFloat(b, node)];
  if ((a.t === 'expr' && a.e.ty === 'bool') || (b.t === 'expr' && b.e.ty === 'bool')) return [toBool(a, node), toBool(b, node)];
  return [toExprInt(a, node), toExprInt(b, node)];
}

function binary(op: SyntaxKind, a: Val, b: Val, node: Node): Val {
  const loc = locOf(node);
  const S = SyntaxKind;
  // Compile-time arithmetic on literals, with JavaScript's meaning.
  if (a.t === 'lit' && b.t === 'lit') {
    const x = a.v, y = b.v;
    const r: Record<number, () => number> = {
      [S.PlusToken]: () => x + y, [S.MinusToken]: () => x - y, [S.AsteriskToken]: () => x * y, [S.SlashToken]: () => x / y,
      [S.PercentToken]: () => x % y, [S.AmpersandToken]: () => x & y, [S.BarToken]: () => x | y, [S.CaretToken]: () => x ^ y,
      [S.LessThanLessThanToken]: () => x << y, [S.GreaterThanGreaterThanToken]: () => x >> y, [S.GreaterThanGreaterThanGreaterThanToken]: () => x >>> y,
    };
    if (r[op]) return { t: 'lit', v: r[op]() };
  }
  const int = (v: Val) => toExprInt(v, node);
  const e = (x: Expr): Val => ({ t: 'expr', e: x });
  switch (op) {
    case S.PlusToken: case S.MinusToken: case S.AsteriskToken: {
      const irop = op === S.PlusToken ? 'add' : op === S.MinusToken ? 'sub' : 'mul';
      if (isFloat(a) || isFloat(b)) return e(ir.bin(irop, toFloat(a, node), toFloat(b, node), loc));
      return e(ir.bin(irop, int(a), int(b), loc));
    }
    case S.SlashToken:
      if (!isFloat(a) && !isFloat(b)) fail(node, 'integer division is not supported in format math; use >> for powers of two, or float(x) / y for a float quotient');
      return e(ir.bin('div', toFloat(a, node), toFloat(b, node), loc));
    case S.PercentToken:
      if (b.t !== 'lit' || b.v <= 0 || !Number.isInteger(b.v)) fail(node, '% needs a positive integer literal on the right');
      if (isFloat(a)) fail(node, '% applies to integers only');
      return e(((b as { v: number }).v & ((b as { v: number }).v - 1)) === 0 ? ir.bin('and', int(a), ir.u((b as { v: number }).v - 1), loc) : ir.bin('rem', int(a), int(b), loc));
    case S.AmpersandToken: return e(ir.bin('and', int(a), int(b), loc));
    case S.BarToken: return e(ir.bin('or', int(a), int(b), loc));
    case S.CaretToken: return e(ir.bin('xor', int(a), int(b), loc));
    case S.LessThanLessThanToken: return e(ir.bin('shl', int(a), shiftAmount(b, node), loc));
    case S.GreaterThanGreaterThanGreaterThanToken: return e(ir.bin('shr', int(a), shiftAmount(b, node), loc));
    case S.GreaterThanGreaterThanToken: // arithmetic shift, as in JavaScript
      return e(ir.cast('u32', ir.bin('shr', ir.cast('i32', int(a)), shiftAmount(b, node), loc)));
    case S.LessThanToken: case S.LessThanEqualsToken: case S.GreaterThanToken: case S.GreaterThanEqualsToken:
    case S.EqualsEqualsEqualsToken: case S.ExclamationEqualsEqualsToken: case S.EqualsEqualsToken: case S.ExclamationEqualsToken: {
      const irop = ({ [S.LessThanToken]: 'lt', [S.LessThanEqualsToken]: 'le', [S.GreaterThanToken]: 'gt', [S.GreaterThanEqualsToken]: 'ge',
        [S.EqualsEqualsEqualsToken]: 'eq', [S.ExclamationEqualsEqualsToken]: 'ne', [S.EqualsEqualsToken]: 'eq', [S.ExclamationEqualsToken]: 'ne' } as Record<number, ir.BinOp>)[op];
      if (isFloat(a) || isFloat(b)) return e(ir.bin(irop, toFloat(a, node), toFloat(b, node), loc));
      return e(ir.bin(irop, ir.cast('i32', int(a)), ir.cast('i32', int(b)), loc)); // signed, as in JavaScript
    }
    case S.AmpersandAmpersandToken: return e(ir.bin('land', toBool(a, node), toBool(b, node), loc));
    case S.BarBarToken: return e(ir.bin('lor', toBool(a, node), toBool(b, node), loc));
  }
  return fail(node, `unsupported operator '${(node as import('ts-morph').BinaryExpression).getOperatorToken().getText()}' in format math`);
}

function shiftAmount(v: Val, node: Node): Expr {
  if (v.t === 'lit' && (v.v < 0 || v.v > 31 || !Number.isInteger(v.v))) fail(node, `shift amount ${v.v} is outside 0..31`);
  return toExprInt(v, node);
}

function fieldRead(f: LayoutField, reader: string, idxVal: Val, idxNode: Node, ctx: Ctx, loc: SrcLoc): Expr {
  const width = reader === 'u8' || reader === 'i8' ? 8 : reader === 'u32' ? 32 : 16;
  const bytes = width / 8;
  const signed = reader === 'i8' || reader === 'i16';
  if (idxVal.t === 'lit') {
    const i = idxVal.v;
    if (!Number.isInteger(i) || i < 0 || (i + 1) * bytes > f.bytes)
      fail(idxNode, `index ${i} of ${reader}() is outside field '${f.name}' (${f.bytes} bytes = ${Math.floor(f.bytes / bytes)} ${reader} elements)`);
  }
  const idx = toExprInt(idxVal, idxNode);
  const off = ir.bin('add', ir.u(f.offset), ir.bin('mul', idx, ir.u(bytes)));
  const stride = idx.k === 'const' ? 0 : bytes;
  const offAlign = off.k === 'const' ? gcd(off.v, 4) || 4 : gcd(gcd(f.offset, stride), 4);
  const align = gcd(offAlign, ctx.blockAlign);
  const ld = ir.load('w', width as 8 | 16 | 32, signed, ir.bin('add', P_BLOCK, off), align, loc);
  return reader === 'f16' ? ir.call('f16tof32', [ld], loc) : ld;
}

/** Value of a scalar field read directly (`b.d`). */
function scalarField(f: LayoutField, node: Node, ctx: Ctx): Expr {
  if (f.count !== 1) fail(node, `field '${f.name}' is an array of ${f.count}; read an element with .u8(i), .u16(i) or .u32(i)`);
  const reader = f.kind === 'f32' ? 'u32' : f.kind === 'i32' ? 'u32' : f.kind;
  const e = fieldRead(f, reader, { t: 'lit', v: 0 }, node, ctx, locOf(node));
  return f.kind === 'f32' ? ir.bitcast('f32', e) : e;
}

function intrinsicCall(name: IntrinsicName, args: Val[], nodes: Node[], node: Node, ctx: Ctx): Val {
  const loc = locOf(node);
  const arity: Record<IntrinsicName, number> = { lut8x4: 2, e8m0Half: 1, halfToFloat: 1, float: 1, sub8x4: 2 };
  if (args.length !== arity[name]) fail(node, `${name} takes ${arity[name]} argument(s)`);
  const int = (j: number) => toExprInt(deref(args[j], nodes[j], ctx), nodes[j]);
  switch (name) {
    case 'e8m0Half': return { t: 'expr', e: ir.call('e8m0half', [int(0)], loc) };
    case 'halfToFloat': return { t: 'expr', e: ir.call('f16tof32', [ir.bin('and', int(0), ir.u(0xffff))], loc) };
    case 'float': return { t: 'expr', e: toFloat(deref(args[0], nodes[0], ctx), nodes[0]) };
    case 'sub8x4': {
      // Byte-wise subtraction without borrows between lanes (SWAR).
      const a = int(0), b = int(1), H = ir.u(0x80808080);
      const diff = ir.bin('sub', ir.bin('or', a, H), ir.bin('and', b, ir.u(0x7f7f7f7f)));
      return { t: 'expr', e: ir.bin('xor', diff, ir.bin('and', ir.bin('xor', a, ir.un('bnot', b)), H), loc) };
    }
    case 'lut8x4': {
      if (args[0].t !== 'table') fail(nodes[0], 'lut8x4 needs a table as its first argument');
      const table = (args[0] as Extract<Val, { t: 'table' }>).table;
      const idx = int(1);
      let r: Expr = ir.u(0);
      for (let lane = 0; lane < 4; lane++) {
        const li = ir.bin('and', ir.bin('shr', idx, ir.u(8 * lane)), ir.u(0xff));
        const val = ir.bin('and', ir.tableRef(table.name, li, loc), ir.u(0xff));
        r = ir.bin('or', r, ir.bin('shl', val, ir.u(8 * lane)));
      }
      return { t: 'expr', e: r };
    }
  }
}

/** Fields read as values where a value is needed. */
function deref(v: Val, node: Node, ctx: Ctx): Val {
  return v.t === 'field' ? { t: 'expr', e: scalarField(v.f, node, ctx) } : v;
}

function resolveGlobal(id: Node, ctx: Ctx): Val {
  const name = id.getText();
  const sym = id.getSymbol();
  let decl = sym?.getAliasedSymbol()?.getDeclarations()[0] ?? sym?.getDeclarations()[0];
  if (decl && Node.isImportSpecifier(decl)) decl = decl.getSymbol()?.getAliasedSymbol()?.getDeclarations()[0];
  // The project loads no lib .d.ts (fast), so JavaScript's globals (Math, Number ...) have no declaration here.
  if (!decl && name in globalThis) return fail(id, `'${name}' is not something format math can use (a parameter, const, helper function, table, or intrinsic)`);
  if (!decl) return fail(id, `unknown name '${name}'`);
  const file = decl.getSourceFile().getFilePath();
  if (file.endsWith('/dsl/intrinsics.ts') && (INTRINSICS as readonly string[]).includes(name)) return { t: 'intrinsic', name: name as IntrinsicName };
  if (Node.isFunctionDeclaration(decl)) return { t: 'func', fn: decl as unknown as FnNode };
  if (Node.isVariableDeclaration(decl)) {
    const ini = decl.getInitializer();
    if (ini && (Node.isArrowFunction(ini) || Node.isFunctionExpression(ini))) return { t: 'func', fn: ini as unknown as FnNode };
    if (ini && Node.isNumericLiteral(ini)) return { t: 'lit', v: ini.getLiteralValue() };
    if (ini && Node.isCallExpression(ini) && ini.getExpression().getText() === 'defineTable') return { t: 'table', ...readTable(ini, ctx) };
  }
  return fail(id, `'${name}' is not something format math can use (a parameter, const, helper function, table, or intrinsic)`);
}

function readTable(call: import('ts-morph').CallExpression, ctx: Ctx): { table: TableIR; declared: TableKind } {
  const [n, k, arr] = call.getArguments();
  if (!n || !Node.isStringLiteral(n) || !k || !Node.isStringLiteral(k) || !arr || !Node.isArrayLiteralExpression(arr))
    fail(call, "defineTable needs ('name', 'i8' | 'u8' | 'u32' | 'u64', [numbers...]) written as literals");
  const name = (n as import('ts-morph').StringLiteral).getLiteralValue();
  const declared = (k as import('ts-morph').StringLiteral).getLiteralValue() as TableKind;
  if (!['i8', 'u8', 'u32', 'u64'].includes(declared)) fail(k!, `table kind must be 'i8', 'u8', 'u32' or 'u64', got '${declared}'`);
  const existing = ctx.tables.get(name);
  if (existing) return existing;
  const range: Record<TableKind, [bigint, bigint]> = { i8: [-128n, 127n], u8: [0n, 255n], u32: [0n, 0xffffffffn], u64: [0n, (1n << 64n) - 1n] };
  const [lo, hi] = range[declared];
  const entries = (arr as import('ts-morph').ArrayLiteralExpression).getElements().map((el) => {
    const neg = Node.isPrefixUnaryExpression(el) && el.getOperatorToken() === SyntaxKind.MinusToken;
    const lit = neg ? (el as import('ts-morph').PrefixUnaryExpression).getOperand() : el;
    let v: bigint;
    if (declared === 'u64') {
      if (!Node.isBigIntLiteral(lit)) return fail(el, "u64 table values must be bigint literals (e.g. 0x0808080808080808n)");
      v = BigInt(lit.getText().slice(0, -1));
    } else {
      if (!Node.isNumericLiteral(lit)) return fail(el, 'table values must be number literals');
      const x = lit.getLiteralValue();
      if (!Number.isInteger(x)) return fail(el, `table value ${x} is not an integer`);
      v = BigInt(x);
    }
    if (neg) v = -v;
    if (v < lo || v > hi) return fail(el, `table value ${v} is outside the range of a ${declared} entry (${lo}..${hi})`);
    return v;
  });
  const values = declared === 'u64' ? entries.flatMap((v) => u64Words(v)) : entries.map(Number);
  const t = { table: { name, kind: declared === 'u64' ? 'u32' : declared, values } as TableIR, declared };
  ctx.tables.set(name, t);
  return t;
}
