// Codegen: generated/ is current and reproducible, every emitted module validates (spirv-val during the
// build, Tint through Dawn here), and the manifest describes every kernel completely.
import test from 'ava';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, dumpStage, STAGES, type Bundle } from '../../compiler/build.js';
import { contentHash } from '../../codegen/hash.js';
import type { Manifest } from '../../codegen/manifest.js';
import { generatedDir } from '../../codegen/paths.js';

let full: Promise<Bundle> | undefined;
/** The default build, as `kgen build` makes generated/ (WGSL + SPIR-V + TypeScript modules). */
const defaultBuild = () => (full ??= build({ targets: ['wgsl', 'spirv'], typescript: true, cache: false }));

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

test.serial('generated/ is current: a fresh build gives the same files, byte for byte (run `npx kgen build` if not)', async (t) => {
  const b = await defaultBuild();
  const onDisk = listFiles(generatedDir);
  const stale: string[] = [];
  for (const [p, c] of b.files) {
    const file = join(generatedDir, p);
    if (!existsSync(file)) { stale.push(`missing ${p}`); continue; }
    const want = typeof c === 'string' ? Buffer.from(c) : Buffer.from(c);
    if (Buffer.compare(readFileSync(file), want) !== 0) stale.push(`differs ${p}`);
  }
  for (const p of onDisk) if (!b.files.has(p)) stale.push(`extra ${p}`);
  t.deepEqual(stale.slice(0, 20), [], `${stale.length} stale files in generated/; run npx kgen build`);
  t.true(b.manifest.kernels.length >= 13 * 22, `${b.manifest.kernels.length} kernels`);
});

test.serial('builds are reproducible: two builds give identical bytes', async (t) => {
  const opts = { formats: ['q4_0', 'q6_k', 'iq4_xs'], targets: ['wgsl', 'glsl', 'spirv'] as ('wgsl' | 'glsl' | 'spirv')[], typescript: true };
  const [a, b] = [await build({ ...opts, cache: false }), await build({ ...opts, cache: false })];
  t.deepEqual([...a.files.keys()], [...b.files.keys()]);
  const digest = (x: Bundle) => createHash('sha256').update([...x.files].map(([p, c]) => `${p}\0${typeof c === 'string' ? c : Buffer.from(c).toString('base64')}`).join('\0')).digest('hex');
  t.is(digest(a), digest(b));
  // Through a fresh cache: the first build fills it, the second reads every file back; both give the cold bytes.
  const cacheDir = mkdtempSync(join(tmpdir(), 'kgen-cache-test-'));
  try {
    const fill = await build({ ...opts, cacheDir });
    const warm = await build({ ...opts, cacheDir });
    t.is(fill.timings.cacheMisses, a.manifest.kernels.length, 'a fresh cache compiles every module');
    t.true(warm.timings.cacheHits > 0 && warm.timings.cacheMisses === 0, 'the second build is served from the cache');
    t.is(digest(fill), digest(a));
    t.is(digest(warm), digest(a));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  // No machine paths or times in outputs.
  for (const [p, c] of a.files) {
    const text = typeof c === 'string' ? c : '';
    t.false(/\/work\/|\/home\/|\/tmp\/|\d{4}-\d\d-\d\dT/.test(text), `${p} holds a path or a time`);
  }
});

test.serial('the manifest describes every kernel completely, and hashes match the files', async (t) => {
  const m = JSON.parse(readFileSync(join(generatedDir, 'manifest.json'), 'utf8')) as Manifest;
  t.is(m.formats.length + (m.cpuOnly?.length ?? 0), readdirSync(join(generatedDir, '../dsl/formats')).filter((f) => f.endsWith('.ts')).length, 'every DSL format is in the manifest');
  t.is(m.activationLayout.superBlockBytes, 144);
  const keys = new Set<string>();
  for (const k of m.kernels) {
    t.false(keys.has(k.key), `duplicate ${k.key}`);
    keys.add(k.key);
    t.regex(k.key, /^(quantize_q8_1|(mmvq|mmvq_id|matvec_f32)\.[a-z0-9_]+\.nc[1-8]\.r[124]\.(sg|wg)(\.tw)?(\.u[248]c?)?(\.lsel)?)$/);
    t.is(k.entryPoint, 'main');
    t.true(k.constants.some((c) => c.name === k.workgroupSize.constant && c.id === 0 && c.default === k.workgroupSize.default));
    t.deepEqual(k.bindings.map((b) => b.binding), k.bindings.map((_, i) => i), `${k.key}: bindings 0..n-1`);
    t.deepEqual(k.params.map((p) => p.offset), k.params.map((_, i) => 4 * i), `${k.key}: params packed`);
    for (const target of ['wgsl', 'spirv'] as const) {
      const tg = k.targets[target];
      t.truthy(tg, `${k.key}: no ${target}`);
      const bytes = readFileSync(join(generatedDir, tg!.file));
      t.is(contentHash(target === 'wgsl' ? bytes.toString('utf8') : new Uint8Array(bytes)), tg!.hash, `${k.key}: ${target} hash`);
      t.true(tg!.params.bytes >= k.params.length * 4);
    }
    t.is(k.targets.wgsl!.params.binding, k.bindings.length);
    if (k.key.startsWith('mmvq')) t.true(k.capabilities.includes('dot4i8'));
    if (k.variant.reduce === 'sg') t.true(k.capabilities.includes('subgroups'));
    // Tables: small byte tables are one vec4; the others are in the form the key names (.tw: workgroup memory).
    for (const tb of k.tables ?? []) {
      const small = tb.kind !== 'u32' && tb.entries <= 16;
      t.is(tb.form, small ? 'vec4' : k.key.endsWith('.tw') ? 'workgroup' : 'const', `${k.key}: table ${tb.name}`);
      t.is(tb.workgroupBytes, tb.form === 'workgroup' ? tb.bytes : 0);
    }
    if (k.key.endsWith('.tw')) t.true((k.tables ?? []).some((tb) => tb.form === 'workgroup'), `${k.key}: a workgroup table`);
    if (k.op === 'matvec_f32' && k.variant.reduce === 'wg') t.deepEqual(k.capabilities, [], `${k.key} is a baseline kernel`);
    const wgsl = readFileSync(join(generatedDir, k.targets.wgsl!.file), 'utf8');
    t.true(wgsl.startsWith(`// kgen `) && wgsl.includes(k.key) && wgsl.includes('content hash'), `${k.key}: header`);
    if (k.format) t.true(wgsl.includes(`dsl/formats/${k.format}.ts`), `${k.key}: header names the DSL source`);
  }
});

test.serial('every generated WGSL module compiles in Dawn (Tint) without errors or warnings', async (t) => {
  const m = JSON.parse(readFileSync(join(generatedDir, 'manifest.json'), 'utf8')) as Manifest;
  // openWebGpu keeps Dawn's instance alive with the device (dropping create()'s result crashes Dawn).
  const { openWebGpu } = await import('../../targets/webgpu/device.js');
  const gpu = await openWebGpu();
  const device = gpu.device;
  const problems: string[] = [];
  for (const k of m.kernels) {
    const code = readFileSync(join(generatedDir, k.targets.wgsl!.file), 'utf8');
    const info = await device.createShaderModule({ code }).getCompilationInfo();
    for (const msg of info.messages) problems.push(`${k.key}:${msg.lineNum}: ${msg.type}: ${msg.message}`);
  }
  gpu.destroy();
  t.deepEqual(problems.slice(0, 10), [], `${problems.length} messages`);
  t.log(`${m.kernels.length} WGSL modules compiled, no messages (SPIR-V: every module passed spirv-val during the build)`);
});

test('a build failure names the kernel, the target and the DSL source, and prints the GLSL line', async (t) => {
  const { compileGlsl } = await import('../../targets/glsl/compile.js');
  const e = await t.throwsAsync(compileGlsl('#version 450\nlayout(local_size_x = 1) in;\nvoid main() { undefined_thing = 1; }\n', 'mmvq.q4_0.nc1.r1.sg', 'dsl/formats/q4_0.ts'));
  t.regex(e!.message, /mmvq\.q4_0\.nc1\.r1\.sg: target spirv: glslangValidator failed \(format math from dsl\/formats\/q4_0\.ts\)/);
  t.regex(e!.message, /> void main\(\) \{ undefined_thing = 1; \}/);
});

test('unknown formats, targets and variant keys are clear errors', async (t) => {
  await t.throwsAsync(build({ formats: ['q9_9'] }), { message: /unknown format 'q9_9'; known: .*q4_0/ });
  await t.throwsAsync(build({ targets: ['hlsl' as 'wgsl'] }), { message: /unknown target 'hlsl'/ });
  await t.throwsAsync(build({ formats: ['q4_0'], variants: ['mmvq.q4_0.nc9.r1.sg'] }), { message: /is not a kernel key/ });
});

test('kgen build --dump: every stage of one kernel prints, in pipeline order of lowering', async (t) => {
  const key = 'mmvq.q4_k.nc1.r1.sg';
  const out: Record<string, string> = {};
  for (const s of STAGES) out[s] = await dumpStage(s, key, s === 'compile' ? 'spirv' : 'glsl');
  t.regex(out.frontend, /^format q4_k \(ggml type 12\)/);
  t.regex(out.kernel, /^kernel mmvq\.q4_k\.nc1\.r1\.sg/);
  t.regex(out.kernel, /load(8|16|32)u\(w,/, 'the kernel stage still has byte-address loads');
  t.notRegex(out.legalize, /load(8|16|32)[us]\(/, 'legalization removed every byte-address load');
  t.regex(out.legalize, /w\.u16\[/, 'GLSL reads 16-bit words of the weights');
  t.regex(out.optimise, /let t\d+_\d+: /, 'the optimise stage binds shared subexpressions');
  t.regex(out.emit, /^\/\/ kgen .*: mmvq\.q4_k\.nc1\.r1\.sg/);
  t.regex(out.emit, /\/\/ capabilities: dot4i8, storage16, storage8, subgroups/);
  t.regex(out.compile, /OpEntryPoint GLCompute/);
  await t.throwsAsync(dumpStage('parse', key), { message: /unknown stage 'parse'; stages are frontend, kernel/ });
});
