// GLSL target: emits a kernel as Vulkan GLSL 450 (compiled to SPIR-V by targets/glsl/compile.ts).
// Extensions are derived from the ops used. The packed int8 dot product is declared through
// GL_EXT_spirv_intrinsics as OpSDot, because the glslang shipped in npm and Debian 12 lacks
// GL_EXT_integer_dot_product (see the README).
import { CLikeSyntax, headerComment } from '../../codegen/emit/clike.js';
import { StructuredEmitter } from '../../codegen/emit/structured.js';
import { children, type Expr, type Ty } from '../../codegen/ir/expr.js';
import type { Capability, ElemTy, Kernel } from '../../codegen/ir/kernel.js';
import { capabilitiesOf, kernelExprs, type TargetCaps } from '../../codegen/passes/legalize.js';
import { requirementsOf, VULKAN_REQUIREMENTS } from '../../codegen/requirements.js';

const ELEM: Record<ElemTy, string> = { u32: 'uint', i32: 'int', f32: 'float', vec4u: 'uvec4', vec4f: 'vec4', u16: 'uint16_t', u8: 'uint8_t' };
/** The name of a buffer's 16/8-bit alias (GLSL declares one block per view of a binding). */
const viewName = (buf: string, view: string) => (view === 'u16' ? `${buf}16` : view === 'u8' ? `${buf}8` : buf);

/** GLSL spellings for the shared C-like core. */
class GlslEmitter extends CLikeSyntax {
  readonly target = 'GLSL';
  readonly ty: Record<Ty, string> = { u32: 'uint', i32: 'int', f32: 'float', bool: 'bool', vec4u: 'uvec4', vec4f: 'vec4' };
  readonly builtins: Record<string, string> = {
    local_index: 'gl_LocalInvocationIndex', wg_x: 'gl_WorkGroupID.x', wg_y: 'gl_WorkGroupID.y', wg_z: 'gl_WorkGroupID.z',
    num_wg_x: 'gl_NumWorkGroups.x', sg_lane: 'gl_SubgroupInvocationID', sg_size: 'gl_SubgroupSize',
  };
  readonly i32Suffix = '';
  readonly f32Suffix = '';
  readonly i32Min = '(-2147483647 - 1)';
  readonly calls = {
    dot4i8: ([a, b]: string[]) => `sdot4x8(int(${a}), int(${b}), 0)`,
    sgAdd: ([a]: string[]) => `subgroupAdd(${a})`,
    sgAddI: ([a]: string[]) => `subgroupAdd(${a})`,
    f16tof32: ([a]: string[]) => `unpackHalf2x16(${a}).x`,
  };
  bitcast(to: Ty, from: Ty, a: string): string {
    if (to === 'f32') return from === 'i32' ? `intBitsToFloat(${a})` : `uintBitsToFloat(${a})`;
    return to === 'i32' ? `floatBitsToInt(${a})` : `floatBitsToUint(${a})`;
  }
  select(c: string, a: string, b: string): string {
    return `(${c} ? ${a} : ${b})`;
  }
  /** 16/8-bit views are separate blocks; their elements widen to uint. */
  elem(buf: string, view: string, index: string): string {
    const v = `${viewName(buf, view)}[${index}]`;
    return view === 'u16' || view === 'u8' ? `uint(${v})` : v;
  }
  let(name: string, ty: Ty, value: string): string {
    return `${this.ty[ty]} ${name} = ${value};`;
  }
  var(name: string, ty: Ty, value: string): string {
    return `${this.ty[ty]} ${name} = ${value};`;
  }
  readonly barrier = 'barrier();';
  forHead(v: string, from: string, cond: string, update: string): string {
    return `for (uint ${v} = ${from}; ${cond}; ${v} = ${update})`;
  }
  constDecl(name: string, ty: Ty, value: string): string {
    return `const ${this.ty[ty]} ${name} = ${value};`;
  }
  arrayDecl(name: string, n: number, words: string): string {
    return `const uint ${name}[${n}] = uint[${n}](${words});`;
  }
}

export interface GlslModule { code: string; capabilities: Capability[]; requires: string[]; pushConstantBytes: number }

/** The integer-dot kernels read weights through 16/8-bit storage views; the float path keeps 32-bit
 *  words so that it needs no optional feature. */
export function glslLoadCaps(k: Kernel): TargetCaps {
  const narrow = k.op === 'mmvq' || k.op === 'mmvq_id';
  return { target: 'glsl', storage16: narrow, storage8: narrow, workgroupBytes: 16384 }; // Vulkan's minimum maxComputeSharedMemorySize
}

/** Emits the GLSL of a kernel legalized with glslLoadCaps. */
export function emitGlsl(k: Kernel, header: string[]): GlslModule {
  const caps = capabilitiesOf(k);
  const sx = new GlslEmitter(k);
  const body: string[] = [];
  new StructuredEmitter(sx).stmts(k.body, '  ', body);
  const out = headerComment(header);
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
      const name = viewName(b.name, v);
      out.push(`layout(binding = ${b.binding}, std430) ${ro}buffer Buf_${name} { ${ELEM[v]} ${name}[]; }; // ${b.role}`);
    }
  }
  out.push('layout(push_constant) uniform Params {');
  for (const p of k.params) out.push(`  ${sx.ty[p.ty]} ${p.name}; // ${p.doc}`);
  out.push('} p;');
  for (const s of k.shared) out.push(`shared ${sx.ty[s.ty]} ${s.name}[${s.length !== undefined ? `${s.length}u` : `${s.perThread}u * WG_SIZE`}];`);
  out.push(...sx.tableDecls(k));
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
  const requires = requirementsOf(VULKAN_REQUIREMENTS, caps, 'glsl');
  return { code: out.join('\n'), capabilities: [...caps].sort(), requires, pushConstantBytes: k.params.length * 4 };
}

/** Buffer views the legalized kernel reads (u16/u8 aliases of the weight buffer). */
function usedViews(k: Kernel): Map<string, Set<ElemTy>> {
  const m = new Map<string, Set<ElemTy>>(k.buffers.map((b) => [b.name, new Set<ElemTy>()]));
  const seen = new Set<Expr>();
  const ex = (e: Expr): void => {
    if (seen.has(e)) return;
    seen.add(e);
    if (e.k === 'elem' && (e.view === 'u16' || e.view === 'u8')) m.get(e.buf)?.add(e.view);
    children(e).forEach(ex);
  };
  kernelExprs(k).forEach(ex);
  // Declared in a fixed order (16-bit, then 8-bit), whatever order the body reads them in.
  for (const [b, set] of m) m.set(b, new Set((['u16', 'u8'] as const).filter((v) => set.has(v))));
  return m;
}
