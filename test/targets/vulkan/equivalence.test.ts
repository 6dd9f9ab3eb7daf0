// GPU equivalence, SPIR-V target: every format x variant x shape of the suite (test/support/equivalence.ts)
// run through the generated SPIR-V on the native Vulkan runtime with the Khronos validation layer on (any
// validation message fails the case), compared with the CPU reference. Lavapipe when present, else
// KGEN_VK_DEVICE; KGEN_VK_VALIDATION=0 turns the layer off. KGEN_EQUIV_FULL=1 widens the matrix.
import test from 'ava';
import { openVulkanBackend, registerSuite } from '../../support/equivalence.js';

process.env.XDG_RUNTIME_DIR ??= '/tmp'; // lavapipe complains without it

registerSuite(test, 'spirv', openVulkanBackend);
