// GPU equivalence, WGSL target: every format x variant x shape of the suite (test/support/equivalence.ts)
// run through the generated WGSL on Dawn (the `webgpu` package; lavapipe in CI), compared with the CPU
// reference. KGEN_EQUIV_FULL=1 widens the matrix; KGEN_EQUIV_FORMATS=a,b narrows it.
import test from 'ava';
import { openWebGpuBackend, registerSuite } from '../../support/equivalence.js';

process.env.XDG_RUNTIME_DIR ??= '/tmp'; // lavapipe complains without it

registerSuite(test, 'wgsl', openWebGpuBackend);
