// WGSL target: emits a kernel (after legalization for 32-bit-word storage) as one WGSL module.
import { CLikeSyntax, headerComment } from '../../codegen/emit/clike.js';
import { StructuredEmitter } from '../../codegen/emit/structured.js';
import type { Expr, Ty } from '../../codegen/ir/expr.js';
import type { ElemTy, Kernel } from '../../codegen/ir/kernel.js';
import { capabilitiesOf, type TargetCaps } from '../../codegen/passes/legalize.js';
import { requirementsOf, WGSL_REQUIREMENTS } from '../../codegen/requirements.js';

const ELEM: Record<ElemTy, string> = { u32: 'u32', i32: 'i32', f32: 'f32', vec4u: 'vec4<u32>', vec4f: 'vec4<f32>', u16: 'u32', u8: 'u32' };

/** WGSL spellings for the shared C-like core. */
export class WgslEmitter extends CLikeSyntax {
  readonly target = 'WGSL';
  readonly ty: Record<Ty, string> = { u32: 'u32', i32: 'i32', f32: 'f32', bool: 'bool', vec4u: 'vec4<u32>', vec4f: 'vec4<f32>' };
  readonly builtins: Record<string, string> = {
    local_index: 'lid', wg_x: 'wid.x', wg_y: 'wid.y', wg_z: 'wid.z', num_wg_x: 'nwg.x', sg_lane: 'sg_lane', sg_size: 'sg_size',
  };
  readonly i32Suffix = 'i';
  readonly f32Suffix = 'f';
  readonly i32Min = 'i32(-2147483647 - 1)';
  readonly calls = {
    dot4i8: ([a, b]: string[]) => `dot4I8Packed(${a}, ${b})`,
    sgAdd: ([a]: string[]) => `subgroupAdd(${a})`,
    sgAddI: ([a]: string[]) => `subgroupAdd(${a})`,
    f16tof32: ([a]: string[]) => `unpack2x16float(${a}).x`,
  };
  bitcast(to: Ty, _from: Ty, a: string): string {
    return `bitcast<${this.ty[to]}>(${a})`;
  }
  select(c: string, a: string, b: string): string {
    return `select(${b}, ${a}, ${c})`;
  }
  elem(buf: string, _view: string, index: string): string {
    return `${buf}[${index}]`;
  }
  /** WGSL shifts take a u32 amount, also for i32 values. */
  override shiftAmount(lhs: Ty, b: Expr, printed: string): string {
    if (lhs !== 'i32') return printed;
    return b.k === 'const' ? this.literal('u32', b.v) : `u32(${printed})`;
  }
  let(name: string, _ty: Ty, value: string): string {
    return `let ${name} = ${value};`;
  }
  var(name: string, ty: Ty, value: string): string {
    return `var ${name}: ${this.ty[ty]} = ${value};`;
  }
  readonly barrier = 'workgroupBarrier();';
  forHead(v: string, from: string, cond: string, update: string): string {
    return `for (var ${v}: u32 = ${from}; ${cond}; ${v} = ${update})`;
  }
  constDecl(name: string, _ty: Ty, value: string): string {
    return `const ${name} = ${value};`;
  }
  arrayDecl(name: string, n: number, words: string): string {
    return `const ${name} = array<u32, ${n}>(${words});`;
  }
}

export interface WgslModule { code: string; capabilities: string[]; requires: string[]; uniformBinding: number; uniformBytes: number }

/** What WGSL storage offers the load legalization: 32-bit words only, and the workgroup memory every WebGPU device offers (maxComputeWorkgroupStorageSize's default). */
export const wgslLoadCaps = (_k: Kernel): TargetCaps => ({ target: 'wgsl', storage16: false, storage8: false, workgroupBytes: 16384 });

/** Emits the WGSL module of a kernel legalized with wgslLoadCaps. `header` lines become the leading comment. */
export function emitWgsl(k: Kernel, header: string[]): WgslModule {
  const caps = capabilitiesOf(k);
  const requires = requirementsOf(WGSL_REQUIREMENTS, caps, 'wgsl');
  const sx = new WgslEmitter(k);
  const body: string[] = [];
  new StructuredEmitter(sx).stmts(k.body, '  ', body);
  const out = headerComment(header);
  out.push('');
  if (requires.length) out.push(...requires.map((r) => `${r};`), '');
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
  for (const s of k.shared) out.push(`var<workgroup> ${s.name}: array<${s.ty}, ${s.length !== undefined ? `${s.length}u` : `${s.perThread}u * WG_SIZE`}>;`);
  out.push(...sx.tableDecls(k));
  out.push('');
  const builtins = ['@builtin(local_invocation_index) lid: u32', '@builtin(workgroup_id) wid: vec3<u32>', '@builtin(num_workgroups) nwg: vec3<u32>'];
  if (caps.has('subgroups')) builtins.push('@builtin(subgroup_invocation_id) sg_lane: u32', '@builtin(subgroup_size) sg_size: u32');
  out.push(`@compute @workgroup_size(${k.workgroupSize.constant})`);
  out.push(`fn ${k.entryPoint}(${builtins.join(', ')}) {`);
  out.push(...body);
  out.push('}');
  out.push('');
  const uniformBytes = Math.ceil((k.params.length * 4) / 16) * 16;
  return { code: out.join('\n'), capabilities: [...caps].sort(), requires, uniformBinding, uniformBytes };
}
