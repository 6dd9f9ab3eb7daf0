// GLSL target: emits a kernel as Vulkan GLSL 450 (compiled to SPIR-V by targets/glsl/compile.ts).
// Extensions are derived from the ops used. The packed int8 dot product is declared through
// GL_EXT_spirv_intrinsics as OpSDot, because the glslang shipped in npm and Debian 12 lacks
// GL_EXT_integer_dot_product (see the README).
import { StructuredEmitter, type Syntax } from '../../codegen/emit/structured.js';
import { exprKey, type Expr, type Ty } from '../../codegen/ir/expr.js';
import type { Capability, ElemTy, Kernel } from '../../codegen/ir/kernel.js';
import { capabilitiesOf, packSmallTable, prepareKernel } from '../../codegen/passes/legalize.js';

const TY: Record<Ty, string> = { u32: 'uint', i32: 'int', f32: 'float', bool: 'bool', vec4u: 'uvec4', vec4f: 'vec4' };
const ELEM: Record<ElemTy, string> = { u32: 'uint', i32: 'int', f32: 'float', vec4u: 'uvec4', vec4f: 'vec4', u16: 'uint16_t', u8: 'uint8_t' };
const BUILTIN: Record<string, string> = {
  local_index: 'gl_LocalInvocationIndex', wg_x: 'gl_WorkGroupID.x', wg_y: 'gl_WorkGroupID.y', wg_z: 'gl_WorkGroupID.z',
  num_wg_x: 'gl_NumWorkGroups.x', sg_lane: 'gl_SubgroupInvocationID', sg_size: 'gl_SubgroupSize',
};
const BINOP: Record<string, string> = {
  add: '+', sub: '-', mul: '*', div: '/', rem: '%', and: '&', or: '|', xor: '^', shl: '<<', shr: '>>',
  lt: '<', le: '<=', gt: '>', ge: '>=', eq: '==', ne: '!=', land: '&&', lor: '||',
};

function literal(ty: Ty, v: number): string {
  switch (ty) {
    case 'u32': return v > 255 ? `0x${v.toString(16)}u` : `${v}u`;
    case 'i32': return v === -2147483648 ? '(-2147483647 - 1)' : `${v}`;
    case 'bool': return v ? 'true' : 'false';
    case 'f32':
      if (Number.isNaN(v)) return 'uintBitsToFloat(0x7fc00000u)';
      if (!Number.isFinite(v)) return `uintBitsToFloat(${v > 0 ? '0x7f800000u' : '0xff800000u'})`;
      return Number.isInteger(v) ? `${v}.0` : `${v}`;
    default: throw new Error(`no ${ty} literals`);
  }
}

/** Vulkan device requirements of each capability, for the manifest. */
export const VULKAN_REQUIREMENTS: Record<Capability, string> = {
  dot4i8: 'VK_KHR_shader_integer_dot_product: shaderIntegerDotProduct',
  subgroups: 'subgroup operations: basic + arithmetic in compute',
  storage16: 'storageBuffer16BitAccess',
  storage8: 'storageBuffer8BitAccess',
};

/** GLSL spelling of the IR (expressions and statement forms). */
class GlslEmitter implements Syntax {
  private paramNames: Set<string>;
  constructor(k: Kernel) {
    this.paramNames = new Set(k.params.map((p) => p.name));
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
      case 'param': return this.paramNames.has(e.name) ? `p.${e.name}` : e.name;
      case 'builtin': return BUILTIN[e.name] ?? e.name;
      case 'bin':
        if (e.op === 'min' || e.op === 'max') return `${e.op}(${r(e.a)}, ${r(e.b)})`;
        if (e.op === 'add' && e.ty === 'u32' && e.b.k === 'const' && e.b.v >= 0x80000000) return `(${r(e.a)} - ${literal('u32', 2 ** 32 - e.b.v)})`;
        return `(${r(e.a)} ${BINOP[e.op]} ${r(e.b)})`;
      case 'un':
        if (e.op === 'lnot') return `!${r(e.a)}`;
        if (e.op === 'bnot') return `~${r(e.a)}`;
        return e.ty === 'u32' ? `(0u - ${r(e.a)})` : `(-${r(e.a)})`;
      case 'sel': return `(${r(e.c)} ? ${r(e.a)} : ${r(e.b)})`;
      case 'cast': return `${TY[e.ty]}(${r(e.a)})`;
      case 'bitcast':
        if (e.ty === 'f32') return e.a.ty === 'i32' ? `intBitsToFloat(${r(e.a)})` : `uintBitsToFloat(${r(e.a)})`;
        return e.ty === 'i32' ? `floatBitsToInt(${r(e.a)})` : `floatBitsToUint(${r(e.a)})`;
      case 'call':
        switch (e.fn) {
          case 'dot4i8': return `sdot4x8(int(${r(e.args[0])}), int(${r(e.args[1])}), 0)`;
          case 'sgAdd': case 'sgAddI': return `subgroupAdd(${r(e.args[0])})`;
          case 'f16tof32': return `unpackHalf2x16(${r(e.args[0])}).x`;
          default: throw new Error(`GLSL: ${e.fn} must be legalized before emission`);
        }
      case 'elem': {
        const name = e.view === 'u16' ? `${e.buf}16` : e.view === 'u8' ? `${e.buf}8` : e.buf;
        const v = `${name}[${r(e.index)}]`;
        return e.view === 'u16' || e.view === 'u8' ? `uint(${v})` : v;
      }
      case 'shload': return `${e.arr}[${r(e.index)}]`;
      case 'comp': return e.i.k === 'const' ? `${r(e.a)}.${'xyzw'[e.i.v]}` : `${r(e.a)}[${r(e.i)}]`;
      case 'load': case 'table': throw new Error(`GLSL: ${e.k} must be legalized before emission`);
    }
  }

  let(name: string, ty: Ty, value: string): string {
    return `${TY[ty]} ${name} = ${value};`;
  }
  var(name: string, ty: Ty, value: string): string {
    return `${TY[ty]} ${name} = ${value};`;
  }
  readonly barrier = 'barrier();';
  forHead(v: string, from: string, cond: string, update: string): string {
    return `for (uint ${v} = ${from}; ${cond}; ${v} = ${update})`;
  }
}

export interface GlslModule { code: string; capabilities: Capability[]; requires: string[]; pushConstantBytes: number }

/** Emits the GLSL of a kernel. The integer-dot kernels read weights through 16/8-bit storage views;
 *  the float path keeps 32-bit words so that it needs no optional feature. */
export function emitGlsl(kernel: Kernel, header: string[]): GlslModule {
  const narrow = kernel.op === 'mmvq' || kernel.op === 'mmvq_id';
  const k = prepareKernel(kernel, { storage16: narrow, storage8: narrow });
  const caps = capabilitiesOf(k);
  const body: string[] = [];
  new StructuredEmitter(new GlslEmitter(k)).stmts(k.body, '  ', body);
  const out: string[] = header.map((l) => `// ${l}`);
  out.push('#version 450');
  if (caps.has('storage16')) out.push('#extension GL_EXT_shader_16bit_storage : require', '#extension GL_EXT_shader_explicit_arithmetic_types_int16 : require');
  if (caps.has('storage8')) out.push('#extension GL_EXT_shader_8bit_storage : require', '#extension GL_EXT_shader_explicit_arithmetic_types_int8 : require');
  if (caps.has('subgroups')) out.push('#extension GL_KHR_shader_subgroup_basic : require', '#extension GL_KHR_shader_subgroup_arithmetic : require');
  if (caps.has('dot4i8')) out.push('#extension GL_EXT_spirv_intrinsics : require');
  out.push('');
  for (const c of k.constants) out.push(`layout(constant_id = ${c.id}) const uint ${c.name} = ${c.default}u; // ${c.doc}`);
  out.push(`layout(local_size_x_id = ${k.constants.find((c) => c.name === k.workgroupSize.constant)!.id}) in;`);
  out.push('');
  const used = usedViews(k);
  for (const b of k.buffers) {
    const ro = b.access === 'read' ? 'readonly ' : '';
    const views = new Set<ElemTy>([b.views[0], ...(used.get(b.name) ?? [])]);
    for (const v of views) {
      const name = v === 'u16' ? `${b.name}16` : v === 'u8' ? `${b.name}8` : b.name;
      out.push(`layout(binding = ${b.binding}, std430) ${ro}buffer Buf_${name} { ${ELEM[v]} ${name}[]; }; // ${b.role}`);
    }
  }
  out.push('layout(push_constant) uniform Params {');
  for (const p of k.params) out.push(`  ${TY[p.ty]} ${p.name}; // ${p.doc}`);
  out.push('} p;');
  for (const s of k.shared) out.push(`shared ${TY[s.ty]} ${s.name}[${s.perThread}u * WG_SIZE];`);
  for (const t of k.tables) out.push(`const uvec4 ${t.name} = uvec4(${packSmallTable(t)!.map((w) => `0x${w.toString(16)}u`).join(', ')}); // ${t.kind} x ${t.values.length}, 4 per word`);
  if (caps.has('dot4i8')) {
    out.push('');
    out.push('// OpSDot (SPV_KHR_integer_dot_product), packed 4 x int8; format operand 0 = PackedVectorFormat4x8Bit');
    out.push('spirv_instruction(extensions = ["SPV_KHR_integer_dot_product"], capabilities = [6019, 6018], id = 4450)');
    out.push('int sdot4x8(int a, int b, spirv_literal int fmt);');
  }
  out.push('');
  out.push('void main() {');
  out.push(...body);
  out.push('}');
  out.push('');
  const requires = [...caps].sort().map((c) => VULKAN_REQUIREMENTS[c]);
  return { code: out.join('\n'), capabilities: [...caps].sort(), requires, pushConstantBytes: k.params.length * 4 };
}

/** Buffer views the legalized kernel reads (u16/u8 aliases of the weight buffer). */
function usedViews(k: Kernel): Map<string, Set<ElemTy>> {
  const m = new Map<string, Set<ElemTy>>();
  const text = JSON.stringify(k.body);
  for (const b of k.buffers) {
    const s = new Set<ElemTy>();
    for (const v of ['u16', 'u8'] as const) if (text.includes(`"buf":"${b.name}","view":"${v}"`)) s.add(v);
    m.set(b.name, s);
  }
  return m;
}
