// The native Vulkan compute runtime (targets/vulkan/device.ts + targets/vulkan/native), exercised on
// lavapipe (Mesa's CPU Vulkan driver) when it is present, with the Khronos validation layer on.
// Fixtures in test/support/vulkan-fixtures are compiled with glslangValidator at test time.
//
// Needs: `npx node-gyp rebuild` (npm install runs it), Debian packages libvulkan-dev,
// glslang-tools, vulkan-validationlayers and a Vulkan driver (mesa-vulkan-drivers).
// KGEN_VK_DEVICE picks another device; KGEN_VK_VALIDATION=0 runs without the validation layer.
import test, { type ExecutionContext } from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import {
  listVulkanDevices,
  openVulkanDevice,
  vkResultName,
  type VulkanBuffer,
  type VulkanDevice,
  type VulkanPipeline,
} from '../../../targets/vulkan/device.js';

process.env.XDG_RUNTIME_DIR ??= tmpdir(); // lavapipe complains without it

const FIXTURES = fileURLToPath(new URL('../../support/vulkan-fixtures/', import.meta.url));
const WORK = mkdtempSync(join(tmpdir(), 'kgen-vk-test-'));
const VALIDATION = process.env.KGEN_VK_VALIDATION !== '0';

function compile(name: string, targetEnv = 'vulkan1.2'): Uint32Array {
  const out = join(WORK, `${name}.${targetEnv}.spv`);
  execFileSync('glslangValidator', ['--target-env', targetEnv, '-V', join(FIXTURES, name), '-o', out], {
    stdio: 'pipe',
  });
  const bytes = readFileSync(out);
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** lavapipe when the loader lists it (unless KGEN_VK_DEVICE says otherwise), else the default. */
function pickDeviceIndex(): number | undefined {
  if (process.env.KGEN_VK_DEVICE) return undefined;
  return listVulkanDevices().find((d) => d.driverName === 'llvmpipe')?.index;
}

let dev: VulkanDevice;
const spv: Record<string, Uint32Array> = {};

test.before(() => {
  for (const f of ['add_u32.comp', 'sdot4x8.comp', 'busy.comp', 'subgroup_sum.comp']) spv[f] = compile(f);
  dev = openVulkanDevice({ deviceIndex: pickDeviceIndex(), validation: VALIDATION });
});

test.after.always(() => {
  dev?.destroy();
  rmSync(WORK, { recursive: true, force: true });
});

// (5) No validation message may be left over by any test.
test.afterEach.always((t) => {
  t.deepEqual(dev.takeValidationMessages(), [], 'validation messages left after the test');
});

function clean(t: ExecutionContext): void {
  t.deepEqual(dev.takeValidationMessages(), []);
}

function u32s(buf: ArrayBuffer): Uint32Array {
  return new Uint32Array(buf);
}

/** Deterministic xorshift32 stream. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

function addPipeline(wg: number, bias: number, doubleA: boolean, label: string): VulkanPipeline {
  return dev.createPipeline({
    spirv: spv['add_u32.comp'],
    bindingCount: 3,
    pushConstantBytes: 4,
    specialization: [
      { id: 0, value: wg },
      { id: 1, value: bias, type: 'i32' },
      { id: 2, value: doubleA, type: 'bool' },
    ],
    label,
  });
}

test.serial('info: the device reports its features; lavapipe has integer dot product', (t) => {
  const info = dev.info;
  t.log(`${info.name} | ${info.driverName} ${info.driverInfo} | Vulkan ${info.apiVersion} | ${info.deviceType}`);
  t.log(`subgroup ${info.subgroupSize} [${info.minSubgroupSize}, ${info.maxSubgroupSize}], enabled: ${info.enabledFeatures.join(' ')}`);
  const listed = listVulkanDevices();
  t.true(listed.length >= 1);
  t.is(listed[info.index].name, info.name);
  t.regex(info.apiVersion, /^1\.\d+\.\d+$/);
  t.true(info.subgroupSize >= 1);
  t.true(info.minSubgroupSize <= info.subgroupSize && info.subgroupSize <= info.maxSubgroupSize);
  t.true(info.timestampValidBits > 0);
  t.true(info.timestampPeriodNs > 0);
  t.true(info.maxPushConstantsSize >= 128);
  t.is(info.maxComputeWorkGroupCount.length, 3);
  t.true(info.maxComputeWorkGroupInvocations >= 128);
  t.true(info.maxStorageBufferRange >= 1 << 27);
  if (info.driverName === 'llvmpipe') {
    t.is(info.deviceType, 'cpu');
    t.true(info.integerDotProduct);
    t.true(info.enabledFeatures.includes('shaderIntegerDotProduct'));
    t.true(info.subgroupSizeControl);
    t.true(info.subgroupArithmetic);
    t.true(info.shaderInt8 && info.shaderInt16 && info.shaderFloat16);
    t.true(info.storageBuffer8BitAccess && info.storageBuffer16BitAccess);
  }
  t.is(vkResultName(-2), 'VK_ERROR_OUT_OF_DEVICE_MEMORY');
  t.is(vkResultName(2), 'VK_TIMEOUT');
  t.is(vkResultName(-1000011001), 'VK_ERROR_VALIDATION_FAILED_EXT');
  t.is(vkResultName(-123456), 'VkResult(-123456)');
  clean(t);
});

test.serial('buffers: write/read/fill with offsets, poison, staging larger than one chunk', (t) => {
  const buf = dev.createBuffer(1022, 'odd-size'); // not a multiple of 4
  dev.fill(buf, 0xdeadbeef);
  t.deepEqual([...u32s(dev.read(buf, 0, 16))], [0xdeadbeef, 0xdeadbeef, 0xdeadbeef, 0xdeadbeef]);
  dev.write(buf, new Uint8Array([1, 2, 3]), 1019);
  t.deepEqual([...new Uint8Array(dev.read(buf, 1016))], [0xef, 0xbe, 0xad, 1, 2, 3]);
  dev.write(buf, new Uint32Array([7, 8]), 8);
  t.deepEqual([...u32s(dev.read(buf, 4, 12))], [0xdeadbeef, 7, 8]);
  // Any ArrayBufferView (views at an offset, DataView, Buffer, shared memory) or an ArrayBuffer.
  const shared = new Uint32Array(new SharedArrayBuffer(32)).fill(0x11111111);
  dev.write(buf, new Uint32Array(shared.buffer, 8, 2), 16);
  dev.write(buf, new DataView(new Uint32Array([0x22222222, 0x33333333]).buffer, 4, 4), 24);
  dev.write(buf, Buffer.from([0x44, 0x44, 0x44, 0x44]), 28);
  dev.write(buf, new Uint32Array([0x55555555]).buffer, 32);
  t.deepEqual([...u32s(dev.read(buf, 16, 20))], [0x11111111, 0x11111111, 0x33333333, 0x44444444, 0x55555555]);
  t.is(dev.read(buf, 1022).byteLength, 0);
  t.is(dev.read(buf).byteLength, 1022);
  buf.destroy();
  t.true(buf.destroyed);
  buf.destroy(); // twice is harmless

  // 80 MiB: more than the 64 MiB staging chunk, so write and read go in pieces.
  const n = (80 << 20) / 4;
  const big = dev.createBuffer(n * 4, 'big');
  const data = new Uint32Array(n);
  for (let i = 0; i < n; i++) data[i] = Math.imul(i, 2654435761) >>> 0;
  dev.write(big, data);
  const back = u32s(dev.read(big));
  t.is(back.length, n);
  let bad = -1;
  for (let i = 0; i < n; i++) {
    if (back[i] !== data[i]) {
      bad = i;
      break;
    }
  }
  t.is(bad, -1);
  big.destroy();
  clean(t);
});

test.serial('(1) add_u32: push-constant length, specialization constants, two dependent dispatches', (t) => {
  const n = 1000;
  const cap = 1024;
  const next = rng(42);
  const a = new Uint32Array(cap).map(() => next());
  const b = new Uint32Array(cap).map(() => next());
  const A = dev.createBuffer(cap * 4, 'a');
  const B = dev.createBuffer(cap * 4, 'b');
  const C = dev.createBuffer(cap * 4, 'c');
  const D = dev.createBuffer(cap * 4, 'd');
  dev.write(A, a);
  dev.write(B, b);
  dev.fill(C, 0xdeadbeef);
  dev.fill(D, 0xdeadbeef);

  const p1 = addPipeline(64, -3, false, 'add wg64 bias-3');
  const p2 = addPipeline(32, 5, true, 'add wg32 bias5 doubled');
  const push = new Uint32Array([n]);
  // c = a + b - 3; then d = 2c + b + 5 (reads c written by the first dispatch: needs the barrier).
  const res = dev.run([
    { pipeline: p1, buffers: [A, B, C], push, groups: [Math.ceil(n / 64), 1, 1] },
    { pipeline: p2, buffers: [C, B, D], push, groups: [Math.ceil(n / 32), 1, 1] },
  ]);
  t.deepEqual(res, {});
  const c = u32s(dev.read(C));
  const d = u32s(dev.read(D));
  let mismatches = 0;
  for (let i = 0; i < cap; i++) {
    const wantC = i < n ? (a[i] + b[i] - 3) >>> 0 : 0xdeadbeef;
    const wantD = i < n ? (2 * wantC + b[i] + 5) >>> 0 : 0xdeadbeef;
    if (c[i] !== wantC || d[i] !== wantD) mismatches++;
  }
  t.is(mismatches, 0);
  for (const x of [A, B, C, D, p1, p2]) x.destroy();
  clean(t);
});

/** Signed 8-bit lane k of a packed 32-bit word. */
function lane(x: number, k: number): number {
  return ((x >>> (8 * k)) << 24) >> 24;
}

test.serial('(2) sdot4x8: OpSDot through GL_EXT_spirv_intrinsics on packed int8', (t) => {
  t.true(dev.info.integerDotProduct, 'the device must support shaderIntegerDotProduct');
  const n = 4096;
  const next = rng(7);
  const a = new Int32Array(n).map(() => next() | 0);
  const b = new Int32Array(n).map(() => next() | 0);
  const acc = new Int32Array(n).map(() => (next() % 100000) - 50000);
  // Edge cases: all -128, all 127, mixed.
  a[0] = 0x80808080 | 0;
  b[0] = 0x80808080 | 0;
  a[1] = 0x7f7f7f7f;
  b[1] = 0x80808080 | 0;
  a[2] = 0x7f7f7f7f;
  b[2] = 0x7f7f7f7f;
  a[3] = 0x01ff02fe;
  b[3] = 0xfe02ff01 | 0;
  acc.fill(0, 0, 4);
  const bufs = [a, b, acc].map((x, i) => {
    const buf = dev.createBuffer(n * 4, `sdot in ${i}`);
    dev.write(buf, x);
    return buf;
  });
  const out = dev.createBuffer(n * 4, 'sdot out');
  dev.fill(out, 0xdeadbeef);
  const p = dev.createPipeline({ spirv: spv['sdot4x8.comp'], bindingCount: 4, pushConstantBytes: 4, label: 'sdot4x8' });
  dev.run([{ pipeline: p, buffers: [...bufs, out], push: new Uint32Array([n]), groups: [n / 64, 1, 1] }]);
  const got = new Int32Array(dev.read(out));
  const want = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let s = acc[i];
    for (let k = 0; k < 4; k++) s += lane(a[i], k) * lane(b[i], k);
    want[i] = s;
  }
  t.deepEqual([...got.subarray(0, 4)], [4 * 16384, 4 * -16256, 4 * 16129, -2 - 2 - 2 - 2]);
  t.deepEqual(got, want);
  for (const x of [...bufs, out, p]) x.destroy();
  clean(t);
});

test.serial('(3) timestamps: one per dispatch plus a start, relative to the first, increasing', (t) => {
  const n = 1 << 16;
  const data = dev.createBuffer(n * 4, 'busy data');
  dev.fill(data, 1);
  const p = dev.createPipeline({ spirv: spv['busy.comp'], bindingCount: 1, pushConstantBytes: 8, label: 'busy' });
  const cmd = { pipeline: p, buffers: [data], push: new Uint32Array([n, 64]), groups: [n / 64, 1, 1] as [number, number, number] };
  const { timestampsNs } = dev.run([cmd, cmd, cmd, cmd], { timestamps: true });
  t.log(`timestamps (ns): ${timestampsNs?.map((x) => x.toFixed(0)).join(', ')}`);
  t.truthy(timestampsNs);
  const ts = timestampsNs!;
  t.is(ts.length, 5);
  t.is(ts[0], 0);
  for (let i = 1; i < ts.length; i++) t.true(ts[i] >= ts[i - 1], `timestamp ${i} goes backwards`);
  t.true(ts[4] > 0);
  // The dispatches really ran, in order: 4 x 64 rounds of the LCG on 1.
  let x = 1;
  for (let r = 0; r < 256; r++) x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
  t.is(u32s(dev.read(data, 0, 4))[0], x);
  t.deepEqual(dev.run([cmd]), {});
  t.deepEqual(dev.run([], { timestamps: true }), { timestampsNs: [0] });
  data.destroy();
  p.destroy();
  clean(t);
});

test.serial('subgroups: requiredSubgroupSize / requireFullSubgroups, and out-of-range sizes are refused', (t) => {
  const { minSubgroupSize, maxSubgroupSize, subgroupSizeControl } = dev.info;
  if (!subgroupSizeControl) {
    const e = t.throws(() =>
      dev.createPipeline({ spirv: spv['subgroup_sum.comp'], bindingCount: 3, pushConstantBytes: 0, requiredSubgroupSize: 32 }),
    );
    t.regex(e!.message, /subgroupSizeControl/);
    return;
  }
  const wg = Math.max(64, maxSubgroupSize);
  const groups = 4;
  const input = new Uint32Array(wg * groups).map((_, i) => i * 3 + 1);
  const inBuf = dev.createBuffer(input.byteLength, 'sg in');
  dev.write(inBuf, input);
  const sizeBuf = dev.createBuffer(4, 'sg size');
  for (let s = minSubgroupSize; s <= maxSubgroupSize; s *= 2) {
    const p = dev.createPipeline({
      spirv: spv['subgroup_sum.comp'],
      bindingCount: 3,
      pushConstantBytes: 0,
      specialization: [{ id: 0, value: wg }],
      requiredSubgroupSize: s,
      requireFullSubgroups: true,
      label: `subgroup_sum/${s}`,
    });
    const outBuf = dev.createBuffer((input.length / s) * 4, 'sg out');
    dev.run([{ pipeline: p, buffers: [inBuf, outBuf, sizeBuf], groups: [groups, 1, 1] }]);
    t.is(u32s(dev.read(sizeBuf))[0], s);
    const sums = u32s(dev.read(outBuf));
    const want = new Uint32Array(input.length / s);
    for (let i = 0; i < input.length; i++) want[Math.floor(i / s)] += input[i];
    t.deepEqual(sums, want, `subgroup size ${s}`);
    outBuf.destroy();
    p.destroy();
  }
  for (const bad of [maxSubgroupSize * 2, 3]) {
    const e = t.throws(() =>
      dev.createPipeline({
        spirv: spv['subgroup_sum.comp'],
        bindingCount: 3,
        pushConstantBytes: 0,
        requiredSubgroupSize: bad,
        label: 'bad size',
      }),
    );
    t.regex(e!.message, new RegExp(`requiredSubgroupSize ${bad} .*\\[${minSubgroupSize}, ${maxSubgroupSize}\\]`));
  }
  inBuf.destroy();
  sizeBuf.destroy();
  clean(t);
});

test.serial('(4) errors: argument checks give clear Errors', (t) => {
  const A = dev.createBuffer(64, 'a');
  const B = dev.createBuffer(64, 'b');
  const C = dev.createBuffer(64, 'c');
  const p = addPipeline(64, 0, false, 'add');
  const groups: [number, number, number] = [1, 1, 1];

  // Push constant size mismatch: too long, missing.
  let e = t.throws(() => dev.run([{ pipeline: p, buffers: [A, B, C], push: new Uint32Array([1, 2]), groups }]));
  t.regex(e!.message, /push constant size mismatch: the pipeline declares 4 bytes but 8 bytes were given/);
  e = t.throws(() => dev.run([{ pipeline: p, buffers: [A, B, C], groups }]));
  t.regex(e!.message, /push constant size mismatch.*but 0 bytes/);
  // Wrong binding count.
  e = t.throws(() => dev.run([{ pipeline: p, buffers: [A, B], push: new Uint32Array([1]), groups }]));
  t.regex(e!.message, /'add'.*3 bindings but 2 buffers/);
  // Too many workgroups.
  e = t.throws(() => dev.run([{ pipeline: p, buffers: [A, B, C], push: new Uint32Array([1]), groups: [dev.info.maxComputeWorkGroupCount[0] + 1, 1, 1] }]));
  t.true(e instanceof RangeError);
  t.regex(e!.message, /maxComputeWorkGroupCount/);
  // Out-of-range reads and writes.
  e = t.throws(() => dev.read(A, 60, 8));
  t.true(e instanceof RangeError);
  t.regex(e!.message, /outside the buffer of 64 bytes/);
  t.throws(() => dev.read(A, 65), { instanceOf: RangeError });
  t.throws(() => dev.read(A, -1), { instanceOf: RangeError });
  t.throws(() => dev.read(A, 1.5), { instanceOf: RangeError });
  t.throws(() => dev.write(A, new Uint8Array(65)), { instanceOf: RangeError, message: /outside the buffer/ });
  t.throws(() => dev.write(A, 'nope' as unknown as Uint8Array), { instanceOf: TypeError });
  t.throws(() => dev.createBuffer(0), { instanceOf: RangeError });
  t.throws(() => dev.createBuffer(2 ** 60), { instanceOf: RangeError });
  // Destroyed buffer / pipeline.
  C.destroy();
  t.throws(() => dev.read(C), { message: /buffer 'c' has been destroyed/ });
  t.throws(() => dev.run([{ pipeline: p, buffers: [A, B, C], push: new Uint32Array([1]), groups }]), { message: /has been destroyed/ });
  p.destroy();
  t.throws(() => dev.run([{ pipeline: p, buffers: [A, B, A], push: new Uint32Array([1]), groups }]), { message: /pipeline 'add' has been destroyed/ });
  // Pipeline descriptors.
  const base = { spirv: spv['add_u32.comp'], bindingCount: 3, pushConstantBytes: 4 };
  t.throws(() => dev.createPipeline({ ...base, pushConstantBytes: 6 }), { instanceOf: RangeError, message: /multiple of 4/ });
  t.throws(() => dev.createPipeline({ ...base, pushConstantBytes: dev.info.maxPushConstantsSize + 4 }), { message: /maxPushConstantsSize/ });
  t.throws(() => dev.createPipeline({ ...base, entryPoint: 'nope' }), { message: /no GLCompute entry point named 'nope' \(compute entry points: 'main'\)/ });
  t.throws(() => dev.createPipeline({ ...base, specialization: [{ id: 1, value: 1.5, type: 'i32' }] }), { instanceOf: RangeError });
  t.throws(() => dev.createPipeline({ ...base, specialization: [{ id: 1, value: 1, type: 'f64' as 'f32' }] }), { instanceOf: TypeError });
  t.throws(() => dev.createPipeline({ ...base, specialization: [{ id: 1, value: 1 }, { id: 1, value: 2 }] }), { message: /given twice/ });
  t.throws(() => dev.createPipeline({ ...base, spirv: new Uint8Array(8) as unknown as Uint32Array }), { instanceOf: TypeError });
  // Buffers of another device.
  const other = openVulkanDevice({ deviceIndex: dev.info.index, validation: false });
  const foreign = other.createBuffer(16);
  t.throws(() => dev.read(foreign), { message: /belongs to another device/ });
  other.destroy();
  t.deepEqual(other.takeValidationMessages(), []);
  t.true(foreign.destroyed);
  t.throws(() => other.createBuffer(4), { message: /destroyed/ });
  // Bad device index.
  t.throws(() => openVulkanDevice({ deviceIndex: 99 }), { instanceOf: RangeError, message: /deviceIndex 99 is out of range/ });
  A.destroy();
  B.destroy();
  clean(t);
});

test.serial('(4) errors: bad SPIR-V gives an Error, not a crash', (t) => {
  const desc = { bindingCount: 0, pushConstantBytes: 0, label: 'garbage' };
  // Random words.
  const next = rng(1234);
  const random = new Uint32Array(64).map(() => next());
  let e = t.throws(() => dev.createPipeline({ ...desc, spirv: random }));
  t.regex(e!.message, /createPipeline\('garbage'\): invalid SPIR-V: the first word 0x[0-9a-f]{8} is not the SPIR-V magic number/);
  // A valid header followed by random words.
  const headed = random.slice();
  headed.set([0x07230203, 0x00010500, 0, 100, 0]);
  e = t.throws(() => dev.createPipeline({ ...desc, spirv: headed }));
  t.regex(e!.message, /invalid SPIR-V/);
  // A real shader cut short.
  const add = spv['add_u32.comp'];
  e = t.throws(() => dev.createPipeline({ ...desc, spirv: add.subarray(0, add.length - 3) }));
  t.regex(e!.message, /invalid SPIR-V: .*runs past the end/);
  t.throws(() => dev.createPipeline({ ...desc, spirv: new Uint32Array(0) }), { instanceOf: RangeError });
  // Structurally fine but invalid (the entry point's function is never defined) — caught here.
  const words = [0x07230203, 0x00010500, 0, 100, 0, (2 << 16) | 17, 1, (3 << 16) | 14, 0, 1, (5 << 16) | 15, 5, 99, 0x6e69616d, 0];
  e = t.throws(() => dev.createPipeline({ ...desc, spirv: new Uint32Array(words) }));
  t.regex(e!.message, /no OpFunction defines/);
  clean(t);
});

test.serial('(4) errors: SPIR-V that only spirv-val rejects fails with VK_ERROR_VALIDATION_FAILED_EXT', (t) => {
  if (!dev.validation) {
    t.pass('validation is off (KGEN_VK_VALIDATION=0): without it such SPIR-V would reach the driver');
    return;
  }
  // OpFunction %2 is typed by %1, which is never defined: structurally fine, semantically invalid.
  const words = [
    0x07230203, 0x00010500, 0, 100, 0,
    (2 << 16) | 17, 1, // OpCapability Shader
    (3 << 16) | 14, 0, 1, // OpMemoryModel Logical GLSL450
    (5 << 16) | 15, 5, 2, 0x6e69616d, 0, // OpEntryPoint GLCompute %2 "main"
    (5 << 16) | 54, 50, 2, 0, 1, // %2 = OpFunction %50 None %1
    (1 << 16) | 56, // OpFunctionEnd
  ];
  const e = t.throws(() => dev.createPipeline({ spirv: new Uint32Array(words), bindingCount: 0, pushConstantBytes: 0, label: 'invalid' }));
  t.regex(e!.message, /vkCreateShaderModule in createPipeline\('invalid'\) failed: VK_ERROR_VALIDATION_FAILED_EXT/);
  const messages = dev.takeValidationMessages();
  t.true(messages.length >= 1);
  t.regex(messages.join('\n'), /SPIR-V module not valid/);
  // The validation layer also catches what only it checks: full subgroups with a workgroup
  // size that is not a multiple of the subgroup size.
  const s = dev.info.maxSubgroupSize;
  if (dev.info.computeFullSubgroups && s > 1) {
    const e2 = t.throws(() =>
      dev.createPipeline({
        spirv: spv['subgroup_sum.comp'],
        bindingCount: 3,
        pushConstantBytes: 0,
        specialization: [{ id: 0, value: s / 2 }],
        requireFullSubgroups: true,
      }),
    );
    t.regex(e2!.message, /vkCreateComputePipelines in createPipeline failed: VK_ERROR_VALIDATION_FAILED_EXT/);
    t.regex(dev.takeValidationMessages().join('\n'), /VUID-VkPipelineShaderStageCreateInfo-flags-02759/);
  }
  clean(t);
});

test.serial('lifetime: many buffers and pipelines created and destroyed; destroy() frees the rest', (t) => {
  const d2 = openVulkanDevice({ deviceIndex: dev.info.index, validation: VALIDATION });
  const keep: Array<VulkanBuffer | VulkanPipeline> = [];
  for (let i = 0; i < 100; i++) {
    const b = d2.createBuffer(4096 + i * 4);
    d2.write(b, new Uint32Array([i]));
    const p = d2.createPipeline({ spirv: spv['busy.comp'], bindingCount: 1, pushConstantBytes: 8 });
    d2.run([{ pipeline: p, buffers: [b], push: new Uint32Array([1, 1]), groups: [1, 1, 1] }]);
    if (i % 10 === 0) {
      keep.push(b, p);
    } else {
      b.destroy();
      p.destroy();
    }
  }
  // Batches need bigger descriptor pools than a single dispatch.
  const b = d2.createBuffer(256);
  d2.fill(b, 0);
  const p = d2.createPipeline({ spirv: spv['busy.comp'], bindingCount: 1, pushConstantBytes: 8 });
  const cmds = Array.from({ length: 200 }, () => ({ pipeline: p, buffers: [b], push: new Uint32Array([64, 1]), groups: [1, 1, 1] as [number, number, number] }));
  const { timestampsNs } = d2.run(cmds, { timestamps: true });
  t.is(timestampsNs!.length, 201);
  let x = 0;
  for (let r = 0; r < 200; r++) x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
  t.deepEqual([...u32s(d2.read(b, 0, 8))], [x, x]);
  d2.destroy();
  t.true(keep.every((k) => k.destroyed));
  d2.destroy(); // twice is fine
  t.throws(() => d2.run([]), { message: /destroyed/ });
  t.deepEqual(d2.takeValidationMessages(), []);
  clean(t);
});

/** Runs a snippet against device.ts in a fresh process and returns what it prints. */
function inChild(code: string, env: Record<string, string>): string {
  const url = pathToFileURL(fileURLToPath(new URL('../../../targets/vulkan/device.ts', import.meta.url))).href;
  const script = `import * as vk from ${JSON.stringify(url)};\ntry { ${code} } catch (e) { console.log('ERROR: ' + e.message); }`;
  return execFileSync(process.execPath, ['--import=tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

test.serial('setup errors: a missing addon, a missing loader and a missing driver each say what is missing', (t) => {
  const missing = inChild('vk.listVulkanDevices();', { KGEN_VULKAN_ADDON: join(WORK, 'nowhere', 'kgen_vulkan.node') });
  t.regex(missing, /ERROR: kgen vulkan: the native addon .*nowhere.* is not built: KGEN_VULKAN_ADDON names a file that does not exist/);
  t.regex(missing, /C\+\+17 compiler.*npm rebuild kgen.*npx node-gyp rebuild/);
  // A file that is not an addon for this Node.js.
  const junk = join(WORK, 'junk.node');
  writeFileSync(junk, 'not a shared object');
  const broken = inChild('vk.listVulkanDevices();', { KGEN_VULKAN_ADDON: junk });
  t.regex(broken, /ERROR: kgen vulkan: loading .*junk\.node failed \(.*\); rebuild it/);
  const brokenStatus = inChild('console.log(JSON.stringify(vk.vulkanStatus()));', { KGEN_VULKAN_ADDON: junk });
  t.like(JSON.parse(brokenStatus), { available: false, reason: 'addon-load-failed' });
  // The reason travels as data too.
  const status = inChild('console.log(JSON.stringify(vk.vulkanStatus()));', { KGEN_VULKAN_ADDON: join(WORK, 'nowhere.node') });
  t.like(JSON.parse(status), { available: false, reason: 'addon-not-built' });

  const bogus = join(WORK, 'nowhere', 'libvulkan.so.1');
  const noLoader = inChild('vk.openVulkanDevice({ validation: false });', { KGEN_VULKAN_LOADER: bogus });
  t.regex(noLoader, /ERROR: kgen vulkan: the Vulkan loader library was not found \(tried .*nowhere\/libvulkan\.so\.1: .*No such file/);
  t.regex(noLoader, /libvulkan1/);
  const loaderStatus = inChild('console.log(JSON.stringify(vk.vulkanStatus()));', { KGEN_VULKAN_LOADER: bogus });
  t.like(JSON.parse(loaderStatus), { available: false, reason: 'loader-not-found' });
  // A library that is not a Vulkan loader is named as such.
  const notLoader = inChild('vk.listVulkanDevices();', { KGEN_VULKAN_LOADER: 'libc.so.6' });
  t.regex(notLoader, /tried libc\.so\.6: it has no vkGetInstanceProcAddr \(not a Vulkan loader\)/);

  const nowhere = join(WORK, 'no-icd.json');
  const noDriver = inChild('vk.openVulkanDevice({ validation: false });', { VK_ICD_FILENAMES: nowhere, VK_DRIVER_FILES: nowhere });
  t.regex(noDriver, /ERROR: kgen vulkan: .*(VK_ERROR_INCOMPATIBLE_DRIVER|no Vulkan physical device found)/);
  t.regex(noDriver, /mesa-vulkan-drivers/);
  const driverStatus = inChild('console.log(JSON.stringify(vk.vulkanStatus()));', { VK_ICD_FILENAMES: nowhere, VK_DRIVER_FILES: nowhere });
  t.like(JSON.parse(driverStatus), { available: false, reason: 'no-device' });
  clean(t);
});

test.serial('timeouts: a fence wait past timeoutMs is VK_TIMEOUT, not a hang; the device then refuses work', (t) => {
  const d2 = openVulkanDevice({ deviceIndex: dev.info.index, validation: VALIDATION, timeoutMs: 5 });
  const n = 1 << 16;
  const buf = d2.createBuffer(n * 4);
  const p = d2.createPipeline({ spirv: spv['busy.comp'], bindingCount: 1, pushConstantBytes: 8 });
  // Enough work to take far more than 5 ms on lavapipe (about 0.4 s here); a fast GPU may finish it.
  const rounds = dev.info.deviceType === 'cpu' ? 5000 : 20_000_000;
  const cmd = { pipeline: p, buffers: [buf], push: new Uint32Array([n, rounds]), groups: [n / 64, 1, 1] as [number, number, number] };
  const e = t.throws(() => d2.run([cmd, cmd]));
  t.regex(e!.message, /vkWaitForFences\(run\) failed: VK_TIMEOUT \(2\) after 5 ms/);
  t.throws(() => d2.read(buf), { message: /unusable after an earlier failure \(VK_TIMEOUT/ });
  d2.destroy(); // waits for the late work, then frees everything
  t.true(buf.destroyed);
  t.deepEqual(d2.takeValidationMessages(), []);
  clean(t);
});
