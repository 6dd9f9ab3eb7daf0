// Large lookup tables on the GPU (codegen/passes/legalize.ts): u32 tables and byte tables of more than 16
// entries become a constant array ('const', the default) or workgroup memory filled once per workgroup
// ('workgroup', key suffix .tw). A probe format with a 2048-entry u32 grid and a 64-entry i8 table is
// built in both forms for WGSL (through Tint) and SPIR-V (glslang + spirv-val); the declared words must
// decode to the tables' entries, and the workgroup form must be refused where it exceeds the memory every
// device offers. The formats that ship such tables (iq1_s, iq1_m, ...) run in the equivalence suite.
import test from 'ava';
import { join } from 'node:path';
import { manifestTables } from '../../compiler/build.js';
import { compileFormatSource } from '../../codegen/frontend.js';
import type { FormatIR } from '../../codegen/ir/format.js';
import { buildKernel } from '../../codegen/kernels/index.js';
import { keyString, parseKey } from '../../codegen/kernels/key.js';
import { packageRoot } from '../../codegen/paths.js';
import { prepareKernel, tableDecls } from '../../codegen/passes/legalize.js';
import { compileGlsl } from '../../targets/glsl/compile.js';
import { emitGlsl as emitGlslLegal, glslLoadCaps } from '../../targets/glsl/emit.js';
import { emitWgsl as emitWgslLegal, wgslLoadCaps } from '../../targets/wgsl/emit.js';
import type { Kernel } from '../../codegen/ir/kernel.js';

const emitWgsl = (k: Kernel, header: string[]) => emitWgslLegal(prepareKernel(k, wgslLoadCaps(k)), header);
const emitGlsl = (k: Kernel, header: string[]) => emitGlslLegal(prepareKernel(k, glslLoadCaps(k)), header);

const GRID = Array.from({ length: 2048 }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ (i << 7)) >>> 0);
const SMALL = Array.from({ length: 64 }, (_, i) => ((i * 37) % 256) - 128);

const SOURCE = [
  "import { defineFormat, defineTable, f16, u8 } from '../define.js';",
  `const grid = defineTable('probe_grid', 'u32', [${GRID.join(', ')}]);`,
  `const small = defineTable('probe_small', 'i8', [${SMALL.join(', ')}]);`,
  'export default defineFormat({',
  "  name: 'probe',",
  '  ggmlType: 2,',
  '  blockElems: 32,',
  '  groupElems: 32,',
  '  layout: { d: f16, qs: u8.array(16) },',
  '  quants: (b, g, w) => grid[b.qs.u8(w) | ((b.qs.u8(8 + (w & 7)) & 7) << 8)] ^ ((small[b.qs.u8(w) & 63] & 0xff) << 8),',
  '  scale: (b) => b.d,',
  '});',
  '',
].join('\n');

let probe: FormatIR | undefined;
const format = () => (probe ??= compileFormatSource(join(packageRoot, 'dsl/formats/gpu_tables_probe.ts'), SOURCE));

test('the .tw key suffix selects the workgroup form and round-trips', (t) => {
  const k = parseKey('mmvq.probe.nc1.r1.sg.tw');
  t.is(k.tables, 'workgroup');
  t.is(keyString(k), 'mmvq.probe.nc1.r1.sg.tw');
  t.is(parseKey('mmvq.probe.nc1.r1.sg').tables, undefined);
  t.throws(() => parseKey('mmvq.probe.nc1.r1.tw'), { message: /is not a kernel key/ });
});

test('declared table words decode to the entries, in both forms', (t) => {
  for (const key of ['mmvq.probe.nc1.r1.sg', 'mmvq.probe.nc1.r1.sg.tw']) {
    const k = buildKernel(parseKey(key), [format()]);
    const decls = tableDecls(k);
    const grid = decls.find((d) => d.name === 'probe_grid')!;
    const small = decls.find((d) => d.name === 'probe_small')!;
    const form = key.endsWith('.tw') ? 'workgroup' : 'const';
    t.is(grid.form, form);
    t.is(small.form, form);
    t.deepEqual(grid.words, GRID);
    t.is(small.words.length, 16);
    t.deepEqual(Array.from({ length: 64 }, (_, i) => ((small.words[i >> 2] >>> (8 * (i & 3))) << 24) >> 24), SMALL);
    t.deepEqual(manifestTables(k).tables!.map((m) => [m.name, m.kind, m.entries, m.form, m.bytes, m.workgroupBytes]), [
      ['probe_grid', 'u32', 2048, form, 8192, form === 'workgroup' ? 8192 : 0],
      ['probe_small', 'i8', 64, form, 64, form === 'workgroup' ? 64 : 0],
    ]);
  }
});

test('the workgroup form reads workgroup memory after one fill and a barrier; the const form reads the array', (t) => {
  const caps = { target: 'wgsl', storage16: false, storage8: false, workgroupBytes: 16384 };
  const wg = JSON.stringify(prepareKernel(buildKernel(parseKey('mmvq.probe.nc1.r1.wg.tw'), [format()]), caps).body);
  t.true(wg.includes('"k":"shload","ty":"u32","arr":"probe_grid_wg"'));
  t.false(wg.includes('"k":"tword","ty":"u32","table":"probe_grid","index":{"k":"bin"'), 'no direct reads of the constant array in the loop');
  const cst = JSON.stringify(prepareKernel(buildKernel(parseKey('mmvq.probe.nc1.r1.wg'), [format()]), caps).body);
  t.true(cst.includes('"k":"tword","ty":"u32","table":"probe_grid"'));
  t.false(cst.includes('probe_grid_wg'));
});

test('both forms compile: WGSL through Tint, GLSL through glslang and spirv-val', async (t) => {
  const keys = ['mmvq.probe.nc1.r1.sg', 'mmvq.probe.nc1.r1.sg.tw', 'mmvq.probe.nc8.r1.wg.tw', 'mmvq_id.probe.nc1.r1.wg.tw', 'matvec_f32.probe.nc2.r1.wg', 'matvec_f32.probe.nc2.r1.wg.tw'];
  // openWebGpu keeps Dawn's instance alive with the device (dropping create()'s result crashes Dawn).
  const { openWebGpu } = await import('../../targets/webgpu/device.js');
  const gpu = await openWebGpu();
  for (const key of keys) {
    const k = buildKernel(parseKey(key), [format()]);
    const w = emitWgsl(k, [key]);
    if (key.endsWith('.tw')) {
      t.regex(w.code, /var<workgroup> probe_grid_wg: array<u32, 2048u>;/);
      t.regex(w.code, /for \(var ti: u32 = lid; \(ti < 0x800u\); ti = \(ti \+ WG_SIZE\)\) \{\n\s+probe_grid_wg\[ti\] = probe_grid\[ti\];\n\s+\}\n\s+for \(var ti: u32 = lid; \(ti < 16u\); ti = \(ti \+ WG_SIZE\)\) \{\n\s+probe_small_wg\[ti\] = probe_small\[ti\];\n\s+\}\n\s+workgroupBarrier\(\);/);
    } else t.false(w.code.includes('var<workgroup> probe_grid'));
    t.regex(w.code, /const probe_grid = array<u32, 2048>\(\n/);
    const info = await gpu.device.createShaderModule({ code: w.code }).getCompilationInfo();
    t.deepEqual(info.messages.map((m) => `${key}:${m.lineNum}: ${m.message}`), []);
    const g = emitGlsl(k, [key]);
    t.regex(g.code, /const uint probe_grid\[2048\] = uint\[2048\]\(\n/);
    if (key.endsWith('.tw')) t.regex(g.code, /shared uint probe_grid_wg\[2048u\];/);
    const words = await compileGlsl(g.code, key);
    t.true(words.length > 100, `${key}: SPIR-V`);
  }
  gpu.destroy();
});

test('workgroup memory beyond what every device offers is refused, naming the tables; .tw needs a large table', (t) => {
  // 8 columns x 4 rows: 32 partial sums per thread x 128 threads = 16 KiB, plus the 8 KiB grid.
  const k = buildKernel(parseKey('mmvq.probe.nc8.r4.wg.tw'), [format()]);
  t.throws(() => emitWgsl(k, []), { message: /mmvq\.probe\.nc8\.r4\.wg\.tw: wgsl: 24640 bytes of workgroup memory at WG_SIZE = 128 exceed the 16384 every device offers \(tables in workgroup memory: probe_grid 8192 bytes, probe_small 64 bytes\); use the const table form/ });
  t.notThrows(() => emitWgsl(buildKernel(parseKey('mmvq.probe.nc8.r4.wg'), [format()]), []));
  const plain = compileFormatSource(join(packageRoot, 'dsl/formats/gpu_tables_plain.ts'), SOURCE.replace(/quants: .*\n/, '  quants: (b, g, w) => b.qs.u32(w & 3),\n').replace("name: 'probe'", "name: 'plain'"));
  t.throws(() => buildKernel(parseKey('mmvq.plain.nc1.r1.sg.tw'), [plain]), { message: /format plain has no large lookup table, so the \.tw \(workgroup table\) form does not apply/ });
});
