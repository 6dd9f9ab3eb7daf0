// The same kernel's two SPIR-V modules on one runtime with one clock: glslang's (from kgen's GLSL, what
// `kgen bench --runtimes spirv` runs) and Tint's (from kgen's WGSL, what Dawn hands the Vulkan driver for
// `--runtimes wgsl`), both dispatched by kgen's native Vulkan runtime and timed by its timestamps. A gap
// here is the shader code; a WGSL-vs-SPIR-V gap in `kgen bench` that is not here is Dawn's (device
// features such as robustBufferAccess, per-pass barriers and timestamps). Also counts the instructions
// that differ (clamps, division helpers, selects, loads).
//
//   npx tsx bench/tint-vs-glslang.ts [--rows R] [--K K] [key ...]     (needs spirv-as from SPIRV-Tools)
//
// Tint's module reads its parameters from a uniform buffer; here that becomes a storage buffer so the
// native runtime (storage buffers + push constants) can bind it. Dawn's dump_shaders toggle prints it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activationColumnBytes, quantizeGrid, type Manifest, type ManifestKernel } from '../codegen/manifest.js';
import { generatedDir } from '../codegen/paths.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : dflt;
};
const rows = opt('--rows', 4096);
const K = opt('--K', 4096);
const keys = args.length ? args : ['quantize_q8_1', 'mmvq.q4_0.nc1.r1.sg', 'mmvq.q4_k.nc1.r1.sg', 'mmvq.q6_k.nc1.r1.sg', 'mmvq.q8_0.nc1.r1.sg', 'mmvq.q4_k.nc8.r1.sg'];
const REPS = 20;
const m = JSON.parse(readFileSync(join(generatedDir, 'manifest.json'), 'utf8')) as Manifest;
const dir = mkdtempSync(join(tmpdir(), 'kgen-tint-'));

// Child mode: compile one kernel's WGSL in Dawn with dump_shaders on (Dawn prints the SPIR-V it makes).
if (process.env.KGEN_TINT_DUMP) {
  const { openWebGpu } = await import('../targets/webgpu/device.js');
  const rec = m.kernels.find((k) => k.key === process.env.KGEN_TINT_DUMP)!;
  const gpu = await openWebGpu({ dawnOptions: ['enable-dawn-features=dump_shaders,disable_symbol_renaming'] });
  const module = gpu.device.createShaderModule({ code: readFileSync(join(generatedDir, rec.targets.wgsl!.file), 'utf8') });
  await gpu.device.createComputePipelineAsync({ layout: 'auto', compute: { module, entryPoint: rec.entryPoint, constants: { [rec.workgroupSize.constant]: rec.workgroupSize.default } } });
  gpu.destroy();
  process.exit(0);
}

function tintSpirv(key: string): { words: Uint32Array; asm: string; entry: string } {
  const r = spawnSync(process.execPath, ['--import=tsx', new URL(import.meta.url).pathname], { encoding: 'utf8', env: { ...process.env, KGEN_TINT_DUMP: key }, maxBuffer: 1 << 28 });
  const text = `${r.stdout}\n${r.stderr}`;
  const at = text.indexOf('; SPIR-V');
  if (at < 0) throw new Error(`${key}: Dawn printed no SPIR-V (dump_shaders):\n${text.slice(0, 2000)}`);
  let asm = text.slice(at);
  const end = asm.indexOf('OpFunctionEnd', asm.lastIndexOf('OpFunction '));
  asm = asm.slice(0, end + 'OpFunctionEnd'.length) + '\n';
  const entry = /OpEntryPoint GLCompute %\S+ "([^"]+)"/.exec(asm)![1];
  // Parameters: uniform -> storage buffer. Maximal reconvergence (which Dawn asks for) is dropped where
  // this spirv-as does not know it; the report says so.
  let bindable = asm.replace(/OpTypePointer Uniform /g, 'OpTypePointer StorageBuffer ').replace(/(OpVariable %\S+) Uniform\b/g, '$1 StorageBuffer');
  const file = join(dir, `${key}.spvasm`);
  const assemble = () => {
    writeFileSync(file, bindable);
    execFileSync('spirv-as', ['--target-env', 'vulkan1.3', file, '-o', `${file}.spv`], { stdio: 'pipe' });
  };
  try {
    assemble();
  } catch {
    bindable = bindable.replace(/^.*MaximallyReconvergesKHR.*\n/m, '').replace(/^.*SPV_KHR_maximal_reconvergence.*\n/m, '');
    assemble();
    asm += '; (maximal reconvergence dropped: this spirv-as does not know it)\n';
  }
  const b = readFileSync(`${file}.spv`);
  return { words: new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)), asm, entry };
}

const COUNTED = ['UMin', 'OpSelect', 'OpFunctionCall', 'OpUDiv', 'OpUMod', 'OpLoad', 'OpPhi', 'OpBitwiseAnd', 'OpShiftRightLogical', 'OpUConvert', 'MaximallyReconvergesKHR'];
const count = (asm: string) => Object.fromEntries(COUNTED.map((op) => [op, (asm.match(new RegExp(`\\b${op}\\b`, 'g')) ?? []).length]));

process.env.XDG_RUNTIME_DIR ??= '/tmp';
const { openVulkanDevice } = await import('../targets/vulkan/device.js');
const dev = openVulkanDevice({ validation: false });
console.log(`Tint vs glslang SPIR-V on ${dev.info.name} (kgen's Vulkan runtime, GPU timestamps, median of ${REPS}), W = ${rows} x ${K}\n`);
console.log('| kernel | glslang us | Tint us | Tint / glslang | instructions glslang -> Tint |');
console.log('|---|---|---|---|---|');
const bytes = (rec: ManifestKernel, v: Record<string, number>, n: number) => {
  const out = new Uint8Array(n);
  const dv = new DataView(out.buffer);
  for (const p of rec.params) dv.setUint32(p.offset, v[p.name] ?? 0, true);
  return out;
};
for (const key of keys) {
  const rec = m.kernels.find((k) => k.key === key);
  if (!rec) throw new Error(`no kernel ${key} in generated/`);
  const wg = rec.workgroupSize.default;
  const colBytes = activationColumnBytes(K);
  const nc = rec.variant.ncols;
  const made = [];
  let v: Record<string, number>;
  let grid: [number, number, number];
  if (rec.op === 'quantize_q8_1') {
    made.push(dev.createBuffer(K * 4 * 8), dev.createBuffer(colBytes * 8));
    v = { K, x_col_stride: K, out_col_stride: colBytes / 4 };
    grid = quantizeGrid(K, 1, wg);
  } else {
    const f = m.formats.find((x) => x.name === rec.format)!;
    const rowBytes = (K / f.blockElems) * f.blockBytes;
    const xs = colBytes / 16;
    made.push(dev.createBuffer(rows * rowBytes + 16), dev.createBuffer(colBytes * nc), dev.createBuffer(rows * 4 * nc));
    v = { K, rows, w_row_stride: rowBytes, w_stride2: rows * rowBytes, w_stride3: rows * rowBytes, x_col_stride: xs, x_stride2: nc * xs, x_stride3: nc * xs, y_col_stride: rows, y_stride2: nc * rows, y_stride3: nc * rows, ne12: 1, r2: 1, r3: 1 };
    grid = [Math.min(Math.ceil(rows / rec.variant.rows), 65535), 1, Math.ceil(Math.ceil(rows / rec.variant.rows) / 65535)];
  }
  made.forEach((b) => dev.fill(b, 0x01010101));
  const glslSpv = readFileSync(join(generatedDir, rec.targets.spirv!.file));
  const glslAsm = execFileSync('spirv-dis', [join(generatedDir, rec.targets.spirv!.file)], { encoding: 'utf8' });
  const glsl = dev.createPipeline({ spirv: new Uint32Array(glslSpv.buffer.slice(glslSpv.byteOffset, glslSpv.byteOffset + glslSpv.byteLength)), entryPoint: rec.entryPoint, bindingCount: made.length, pushConstantBytes: rec.targets.spirv!.params.bytes, specialization: [{ id: 0, value: wg, type: 'u32' }], requireFullSubgroups: rec.variant.reduce === 'sg' && dev.info.computeFullSubgroups });
  const tint = tintSpirv(key);
  const params = dev.createBuffer(rec.targets.wgsl!.params.bytes);
  dev.write(params, bytes(rec, v, rec.targets.wgsl!.params.bytes));
  const tp = dev.createPipeline({ spirv: tint.words, entryPoint: tint.entry, bindingCount: made.length + 1, pushConstantBytes: 0 });
  const time = (cmd: Parameters<typeof dev.run>[0][number]) => {
    const all = Array.from({ length: REPS }, () => cmd);
    dev.run(all, { timestamps: true });
    const ts = dev.run(all, { timestamps: true }).timestampsNs!;
    const d = ts.slice(1).map((t, i) => t - ts[i]).sort((a, b) => a - b);
    return d[d.length >> 1] / 1e3;
  };
  const g = time({ pipeline: glsl, buffers: made, push: bytes(rec, v, rec.targets.spirv!.params.bytes), groups: grid });
  const t = time({ pipeline: tp, buffers: [...made, params], groups: grid });
  const cg = count(glslAsm);
  const ct = count(tint.asm);
  const diff = COUNTED.filter((op) => cg[op] !== ct[op]).map((op) => `${op} ${cg[op]}->${ct[op]}`).join(', ');
  console.log(`| ${key} | ${g.toFixed(2)} | ${t.toFixed(2)} | ${(t / g).toFixed(2)} | ${diff} |`);
  [...made, params].forEach((b) => b.destroy());
  glsl.destroy();
  tp.destroy();
}
dev.destroy();
