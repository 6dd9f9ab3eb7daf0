// Committed GLSL of a few kernels (test/snapshots/glsl), next to the WGSL and SPIR-V in generated/:
// a review sees what an emitter change does to the Vulkan source. Must match a fresh build byte for
// byte; KGEN_UPDATE_SNAPSHOTS=1 rewrites them.
import test from 'ava';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../compiler/build.js';
import { packageRoot } from '../../codegen/paths.js';

const dir = join(packageRoot, 'test', 'snapshots', 'glsl');
/** One of each kind: integer-dot with subgroups and narrow loads, workgroup reduction, the float path, a table format, activation quantization. */
const KEYS = ['mmvq.q4_k.nc1.r1.sg', 'mmvq.q4_0.nc2.r1.wg', 'matvec_f32.q6_k.nc1.r1.wg', 'mmvq.iq4_nl.nc1.r1.sg', 'quantize_q8_1'];

test('GLSL snapshots are current (KGEN_UPDATE_SNAPSHOTS=1 rewrites them)', async (t) => {
  const formats = [...new Set(KEYS.map((k) => k.split('.')[1]).filter((f) => f && !f.startsWith('nc')))];
  const b = await build({ formats: formats.filter((f) => f !== undefined), targets: ['glsl'], variants: KEYS, cache: false });
  if (process.env.KGEN_UPDATE_SNAPSHOTS) mkdirSync(dir, { recursive: true });
  for (const key of KEYS) {
    const code = b.files.get(`glsl/${key}.glsl`) as string;
    t.truthy(code, `the build made ${key}`);
    const file = join(dir, `${key}.glsl`);
    if (process.env.KGEN_UPDATE_SNAPSHOTS) writeFileSync(file, code);
    t.true(existsSync(file), `${file} is missing; run KGEN_UPDATE_SNAPSHOTS=1 npx ava test/codegen/glsl-snapshots.test.ts`);
    t.is(readFileSync(file, 'utf8'), code, `${key}: the GLSL changed; review it and run KGEN_UPDATE_SNAPSHOTS=1 npx ava test/codegen/glsl-snapshots.test.ts`);
  }
  t.deepEqual(readdirSync(dir).sort(), KEYS.map((k) => `${k}.glsl`).sort(), 'no stale snapshots');
});
