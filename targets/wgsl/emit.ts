// WGSL target: emits a kernel (after legalization for 32-bit-word storage) as one WGSL module.
import { StructuredEmitter, type Syntax } from '../../codegen/emit/structured.js';
import { exprKey, type Expr, type Ty } from '../../codegen/ir/expr.js';
import type { ElemTy, Kernel } from '../../codegen/ir/kernel.js';
import { capabilitiesOf, packSmallTable, prepareKernel } from '../../codegen/passes/legalize.js';

const TY: Record<Ty, string> = { u32: 'u32', i32: 'i32', f32: 'f32', bool: 'bool', vec4u: 'vec4<u32>', vec4f: 'vec4<f32>' };
const ELEM: Record<ElemTy, string> = { u32: 'u32', i32: 'i32', f32: 'f32', vec4u: 'vec4<u32>', vec4f: 'vec4<f32>', u16: 'u32', u8: 'u32' };
const BUILTIN: Record<string, string> = {
  local_index: 'lid', wg_x: 'wid.x', wg_y: 'wid.y', wg_z: 'wid.z', num_wg_x: 'nwg.x', sg_lane: 'sg_lane', sg_size: 'sg_size',
};
const BINOP: Record<string, string> = {
  add: '+', sub: '-', mul: '*', div: '/', rem: '%', and: '&', or: '|', xor: '^', shl: '<<', shr: '>>',
  lt: '<', le: '<=', gt: '>', ge: '>=', eq: '==', ne: '!=', land: '&&', lor: '||',
};

function literal(ty: Ty, v: number): string {
  switch (ty) {
    case 'u32': return v > 255 ? `0x${v.toString(16)}u` : `${v}u`;
    case 'i32': return v === -2147483648 ? 'i32(-2147483647 - 1)' : `${v}i`;
    case 'bool': return v ? 'true' : 'false';
    case 'f32':
      if (Number.isNaN(v)) return 'bitcast<f32>(0x7fc00000u)';
      if (!Number.isFinite(v)) return `bitcast<f32>(${v > 0 ? '0x7f800000u' : '0xff800000u'})`;
      return Number.isInteger(v) ? `${v}.0` : `${v}f`;
    default: throw new Error(`no ${ty} literals`);
  }
}

/** WGSL spelling of the IR (expressions and statement forms). */
export class WgslEmitter implements Syntax {
  private paramNames: Set<string>;
  private constNames: Set<string>;
  constructor(k: Kernel) {
    this.paramNames = new Set(k.params.map((p) => p.name));
    this.constNames = new Set([...k.constants.map((c) => c.name), ...k.tables.map((t) => t.name)]);
  }

  expr(e: Expr, names: Map<string, string>, top = true): string {
    if (!top) {
      const n = names.get(exprKey(e));
      if (n) return n;
    }
    const r = (x: Expr) => this.expr(x, names, false);
    switch (e.k) {
      case 'const': return literal(e.ty, e.v);
      case 'var': return e.name;
      case 'param': return this.constNames.has(e.name) ? e.name : this.paramNames.has(e.name) ? `p.${e.name}` : e.name;
      case 'builtin': return BUILTIN[e.name] ?? e.name;
      case 'bin': {
        if (e.op === 'min' || e.op === 'max') return `${e.op}(${r(e.a)}, ${r(e.b)})`;
        if (e.op === 'add' && e.ty === 'u32' && e.b.k === 'const' && e.b.v >= 0x80000000) return `(${r(e.a)} - ${literal('u32', 2 ** 32 - e.b.v)})`;
        const shiftI32 = (e.op === 'shl' || e.op === 'shr') && e.a.ty === 'i32';
        const b = shiftI32 ? (e.b.k === 'const' ? literal('u32', e.b.v) : `u32(${r(e.b)})`) : r(e.b);
        return `(${r(e.a)} ${BINOP[e.op]} ${b})`;
      }
      case 'un':
        if (e.op === 'lnot') return `!${r(e.a)}`;
        if (e.op === 'bnot') return `~${r(e.a)}`;
        return e.ty === 'u32' ? `(0u - ${r(e.a)})` : `(-${r(e.a)})`;
      case 'sel': return `select(${r(e.b)}, ${r(e.a)}, ${r(e.c)})`;
      case 'cast': return `${TY[e.ty]}(${r(e.a)})`;
      case 'bitcast': return `bitcast<${TY[e.ty]}>(${r(e.a)})`;
      case 'call':
        switch (e.fn) {
          case 'dot4i8': return `dot4I8Packed(${r(e.args[0])}, ${r(e.args[1])})`;
          case 'sgAdd': case 'sgAddI': return `subgroupAdd(${r(e.args[0])})`;
          case 'f16tof32': return `unpack2x16float(${r(e.args[0])}).x`;
          default: throw new Error(`WGSL: ${e.fn} must be legalized before emission`);
        }
      case 'elem': return `${e.buf}[${r(e.index)}]`;
      case 'shload': return `${e.arr}[${r(e.index)}]`;
      case 'comp': return e.i.k === 'const' ? `${r(e.a)}.${'xyzw'[e.i.v]}` : `${r(e.a)}[${r(e.i)}]`;
      case 'load': case 'table': throw new Error(`WGSL: ${e.k} must be legalized before emission`);
    }
  }

  let(name: string, _ty: Ty, value: string): string {
    return `let ${name} = ${value};`;
  }
  var(name: string, ty: Ty, value: string): string {
    return `var ${name}: ${TY[ty]} = ${value};`;
  }
  readonly barrier = 'workgroupBarrier();';
  forHead(v: string, from: string, cond: string, update: string): string {
    return `for (var ${v}: u32 = ${from}; ${cond}; ${v} = ${update})`;
  }
}

export interface WgslModule { code: string; capabilities: string[]; uniformBinding: number; uniformBytes: number }

/** Emits the WGSL module of a kernel. `header` lines become the leading comment. */
export function emitWgsl(kernel: Kernel, header: string[]): WgslModule {
  const k = prepareKernel(kernel, { storage16: false, storage8: false });
  const caps = capabilitiesOf(k);
  const body: string[] = [];
  new StructuredEmitter(new WgslEmitter(k)).stmts(k.body, '  ', body);
  const out: string[] = header.map((l) => `// ${l}`);
  out.push('');
  if (caps.has('subgroups')) out.push('enable subgroups;');
  if (caps.has('dot4i8')) out.push('requires packed_4x8_integer_dot_product;');
  if (caps.has('subgroups') || caps.has('dot4i8')) out.push('');
  out.push('struct Params {');
  for (const p of k.params) out.push(`  ${p.name}: ${p.ty}, // ${p.doc}`);
  out.push('}');
  out.push('');
  for (const b of k.buffers) {
    const access = b.access === 'read' ? 'read' : 'read_write';
    out.push(`@group(0) @binding(${b.binding}) var<storage, ${access}> ${b.name}: array<${ELEM[b.views[0]]}>; // ${b.role}`);
  }
  const uniformBinding = Math.max(...k.buffers.map((b) => b.binding)) + 1;
  out.push(`@group(0) @binding(${uniformBinding}) var<uniform> p: Params;`);
  out.push('');
  for (const c of k.constants) out.push(`override ${c.name}: u32 = ${c.default}u; // ${c.doc}`);
  for (const s of k.shared) out.push(`var<workgroup> ${s.name}: array<${s.ty}, ${s.perThread}u * WG_SIZE>;`);
  for (const t of k.tables) out.push(`const ${t.name} = vec4<u32>(${packSmallTable(t)!.map((w) => `0x${w.toString(16)}u`).join(', ')}); // ${t.kind} x ${t.values.length}, 4 per word`);
  out.push('');
  const builtins = ['@builtin(local_invocation_index) lid: u32', '@builtin(workgroup_id) wid: vec3<u32>', '@builtin(num_workgroups) nwg: vec3<u32>'];
  if (caps.has('subgroups')) builtins.push('@builtin(subgroup_invocation_id) sg_lane: u32', '@builtin(subgroup_size) sg_size: u32');
  out.push(`@compute @workgroup_size(${k.workgroupSize.constant})`);
  out.push(`fn ${k.entryPoint}(${builtins.join(', ')}) {`);
  out.push(...body);
  out.push('}');
  out.push('');
  const uniformBytes = Math.ceil((k.params.length * 4) / 16) * 16;
  return { code: out.join('\n'), capabilities: [...caps].sort(), uniformBinding, uniformBytes };
}
