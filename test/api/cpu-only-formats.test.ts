// Formats with a CPU reference and quantizer but no GPU kernels yet (manifest `cpuOnly`, formats[x].gpu false):
// the bundle, the library's format list and GGUF's support column agree, and asking for their kernels or a GPU
// mat-vec is a clear error that names the format and the reason, never a silent skip.
import test from 'ava';
import { build } from '../../compiler/build.js';
import { formats } from '../../index.js';
import { kernels, manifest } from '../../generated/index.js';
import { bundleFromGenerated, checkShape } from '../../targets/runtime/core.js';
import { kgenReadable, kgenSupports } from '../../gguf/types.js';

const cpuOnly = manifest.cpuOnly ?? [];

test('formats[x].gpu, the manifest formats and manifest.cpuOnly agree', (t) => {
  for (const f of Object.values(formats)) {
    const inBundle = manifest.formats.some((m) => m.name === f.name);
    const listed = cpuOnly.find((c) => c.name === f.name);
    t.is(f.gpu, inBundle, `${f.name}: gpu flag vs manifest formats`);
    t.is(!f.gpu, listed !== undefined, `${f.name}: cpuOnly entry`);
    if (listed) t.is(f.cpuOnly, listed.reason);
    t.is(kgenSupports(f.name), f.gpu, `${f.name}: GGUF support column`);
    t.true(kgenReadable(f.name), `${f.name}: GGUF tensors readable (CPU dequantization)`);
  }
  for (const c of cpuOnly) t.truthy(formats[c.name], `${c.name} is a kgen format`);
});

for (const c of cpuOnly) {
  test(`${c.name}: no GPU kernels yet: build and runtimes say so and why`, async (t) => {
    t.regex(c.reason, /lookup tables larger than the GPU targets hold \(.+\)/);
    t.false(Object.keys(kernels).some((k) => k.split('.')[1] === c.name), 'no kernel of it in the bundle');
    await t.throwsAsync(build({ formats: [c.name], targets: ['wgsl'], cache: false }), { message: new RegExp(`format ${c.name} has no GPU kernels yet: lookup tables`) });
    await t.throwsAsync(build({ variants: [`mmvq.${c.name}.nc1.r1.sg`], targets: ['wgsl'], cache: false }), { message: new RegExp(`format ${c.name} has no GPU kernels yet`) });
    for (const target of ['wgsl', 'spirv'] as const) {
      t.throws(() => checkShape('kgen test', bundleFromGenerated(kernels, manifest, target), { format: c.name, rows: 4, K: 256 }), {
        message: new RegExp(`format '${c.name}' has no GPU kernels yet: .*CPU reference \\(quantize, dequantize, mmvqReference\\) supports it`),
      });
    }
  });
}
