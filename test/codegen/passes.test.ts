// Unit tests of the IR passes: constant folding (the smart constructors), load legalization for each
// storage capability (checked by evaluating both sides over random bytes) and the optimise stage's
// common-subexpression binding.
import test from 'ava';
import * as ir from '../../codegen/ir/expr.js';
import type { Expr } from '../../codegen/ir/expr.js';
import type { Kernel, Stmt } from '../../codegen/ir/kernel.js';
import { shareSubexpressions } from '../../codegen/passes/cse.js';
import { legalize, prepareKernel } from '../../codegen/passes/legalize.js';

/** A reference evaluator of the integer IR over one byte buffer `w` (u32 results as unsigned). */
function evaluate(e: Expr, bytes: Uint8Array, env: Record<string, number>): number {
  const r = (x: Expr) => evaluate(x, bytes, env);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = (v: number) => (e.ty === 'u32' ? v >>> 0 : e.ty === 'i32' ? v | 0 : v);
  switch (e.k) {
    case 'const': return e.v;
    case 'param': case 'var': return env[e.name];
    case 'cast': return out(r(e.a));
    case 'sel': return r(e.c) ? r(e.a) : r(e.b);
    case 'load': {
      const a = r(e.addr);
      const v = e.width === 8 ? dv.getUint8(a) : e.width === 16 ? dv.getUint16(a, true) : dv.getUint32(a, true);
      const s = 32 - e.width;
      return e.signed ? out(((v << s) >> s) >>> 0) : v;
    }
    case 'elem': {
      const i = r(e.index);
      return e.view === 'u8' ? dv.getUint8(i) : e.view === 'u16' ? dv.getUint16(2 * i, true) : dv.getUint32(4 * i, true);
    }
    case 'bin': {
      const a = r(e.a), b = r(e.b);
      switch (e.op) {
        case 'add': return out(a + b);
        case 'sub': return out(a - b);
        case 'mul': return out(Math.imul(a, b));
        case 'and': return out(a & b);
        case 'or': return out(a | b);
        case 'xor': return out(a ^ b);
        case 'shl': return out(a << b);
        case 'shr': return e.a.ty === 'u32' ? a >>> b : out(a >> b);
        case 'lt': return +(a < b);
        default: throw new Error(`evaluate: ${e.op}`);
      }
    }
    default: throw new Error(`evaluate: ${e.k}`);
  }
}

const U = ir.u;
const b = ir.param('b', 'u32');

test('folding: constants fold with 32-bit wrap-around, signed and unsigned as the IR defines', (t) => {
  t.deepEqual(ir.add(U(2), U(3)), U(5));
  t.deepEqual(ir.add(U(0xffffffff), U(1)), U(0), 'u32 add wraps');
  t.deepEqual(ir.bin('mul', ir.i(0x10000), ir.i(0x10000)), ir.i(0), 'i32 mul wraps');
  t.deepEqual(ir.shr(U(0x80000000), U(31)), U(1), 'u32 shr is logical');
  t.deepEqual(ir.bin('shr', ir.i(-8), ir.i(1)), ir.i(-4), 'i32 shr is arithmetic');
  t.deepEqual(ir.bin('lt', ir.i(-1), ir.i(0)), ir.c('bool', 1), 'i32 compares signed');
  t.deepEqual(ir.bin('lt', U(0xffffffff), U(0)), ir.c('bool', 0), 'u32 compares unsigned');
  t.is(ir.bin('div', U(1), U(0)).k, 'bin', 'division by a constant zero is left to the target, not folded');
});

test('folding: identities and reassociation keep addresses as base + offset', (t) => {
  t.is(ir.add(b, U(0)), b);
  t.is(ir.bin('mul', b, U(1)), b);
  t.deepEqual(ir.bin('and', b, U(0)), U(0));
  // (b + 4) + 8 -> b + 12; (b + 4) * 2 -> b*2 + 8; equal addresses become one node key.
  t.deepEqual(ir.add(ir.add(b, U(4)), U(8)), ir.add(b, U(12)));
  t.deepEqual(ir.bin('mul', ir.add(b, U(4)), U(2)), ir.add(ir.bin('mul', b, U(2)), U(8)));
  t.is(ir.exprKey(ir.add(U(3), b)), ir.exprKey(ir.add(b, U(3))));
  t.throws(() => ir.shl(b, U(32)), { message: /shift amount 32 is outside 0\.\.31/ });
});

const CAPS = [
  { storage16: false, storage8: false },
  { storage16: true, storage8: false },
  { storage16: false, storage8: true },
  { storage16: true, storage8: true },
];

test('legalize: every load becomes element reads that give the same little-endian value, for each storage capability', (t) => {
  const bytes = new Uint8Array(64).map((_, i) => (i * 167 + 13) & 0xff);
  let checked = 0;
  for (const caps of CAPS) {
    for (const align of [1, 2, 4]) {
      const vars = new Map([['b', align]]);
      for (const width of [8, 16, 32] as const) {
        for (const signed of [false, true]) {
          for (const off of [0, 1, 2, 3, 5, 6]) {
            const e = ir.load('w', width, signed, ir.add(b, U(off)), 1);
            const l = legalize(e, caps, vars);
            const kinds = JSON.stringify(l);
            t.false(kinds.includes('"k":"load"'), 'no load survives');
            if (!caps.storage16) t.false(kinds.includes('"view":"u16"'), 'no 16-bit view without storage16');
            if (!caps.storage8) t.false(kinds.includes('"view":"u8"'), 'no 8-bit view without storage8');
            for (let base = 0; base + off + 4 <= 48; base += align) {
              t.is(evaluate(l, bytes, { b: base }), evaluate(e, bytes, { b: base }), `load${width}${signed ? 's' : 'u'} at b=${base}+${off}, align ${align}, ${JSON.stringify(caps)}`);
              checked++;
            }
          }
        }
      }
    }
  }
  t.true(checked > 5000);
});

function kernelOf(body: Stmt[], tables: Kernel['tables'] = []): Kernel {
  return {
    key: 'test', op: 'test', entryPoint: 'main', workgroupSize: { constant: 'WG_SIZE' },
    buffers: [{ name: 'w', binding: 0, access: 'read', views: ['u32'], role: 'test' }], params: [{ name: 'b', ty: 'u32', doc: '' }],
    constants: [{ name: 'WG_SIZE', id: 0, ty: 'u32', default: 64, doc: '' }], shared: [], tables, body, doc: [], aligns: new Map(),
  };
}

test('legalize: small byte tables become one vec4 constant read by word and byte', (t) => {
  const table = { name: 'tbl', kind: 'i8' as const, values: [-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113] };
  const k = prepareKernel(kernelOf([{ s: 'let', name: 'v', e: ir.tableRef('tbl', ir.v('i', 'u32')) }], [table]), CAPS[0]);
  const text = JSON.stringify(k.body);
  t.false(text.includes('"k":"table"'));
  t.true(text.includes('"k":"comp"') && text.includes('"name":"tbl"'));
});

test('optimise: a subexpression used twice in a statement is bound once, before it, and named t<N>_<i>', (t) => {
  const x = ir.v('x', 'u32');
  const shared = ir.bin('mul', ir.add(x, U(3)), x);
  const body: Stmt[] = [
    { s: 'let', name: 'a', e: ir.add(shared, ir.shr(shared, U(2))) },
    { s: 'let', name: 'c', e: ir.add(x, U(1)) },
    { s: 'if', c: ir.lt(ir.bin('xor', x, U(5)), ir.bin('and', ir.bin('xor', x, U(5)), U(7))), then: [{ s: 'assign', name: 'y', e: x }] },
  ];
  const out = shareSubexpressions(kernelOf(body)).body;
  t.deepEqual(out.map((s) => (s.s === 'let' ? s.name : s.s)), ['t0_0', 'a', 'c', 't1_0', 'if']);
  const [t0, a, , t1] = out as (Stmt & { s: 'let' })[];
  t.is(ir.exprKey(t0.e), ir.exprKey(shared));
  t.is(ir.exprKey(a.e), ir.exprKey(ir.add(ir.v('t0_0', 'u32'), ir.shr(ir.v('t0_0', 'u32'), U(2)))));
  t.is(ir.exprKey(t1.e), ir.exprKey(ir.bin('xor', x, U(5))));
  // Values are unchanged: the bound program computes what the original does.
  for (const xv of [0, 1, 7, 0xfffffff0]) {
    const env: Record<string, number> = { x: xv };
    env.t0_0 = evaluate(t0.e, new Uint8Array(4), env);
    t.is(evaluate(a.e, new Uint8Array(4), env), evaluate((body[0] as Stmt & { s: 'let' }).e, new Uint8Array(4), env));
  }
  t.deepEqual(shareSubexpressions(kernelOf([body[1]])).body, [body[1]], 'nothing shared: the statement is unchanged');
});
