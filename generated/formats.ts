// The built-in format definitions
// kgen 0.1.0; generated, do not edit; content hash 5ae7b97528a41004
import type { FormatDef } from '../dsl/define.js';
import iq2_s from '../dsl/formats/iq2_s.js';
import iq2_xs from '../dsl/formats/iq2_xs.js';
import iq2_xxs from '../dsl/formats/iq2_xxs.js';
import iq3_s from '../dsl/formats/iq3_s.js';
import iq3_xxs from '../dsl/formats/iq3_xxs.js';
import iq4_nl from '../dsl/formats/iq4_nl.js';
import iq4_xs from '../dsl/formats/iq4_xs.js';
import mxfp4 from '../dsl/formats/mxfp4.js';
import nvfp4 from '../dsl/formats/nvfp4.js';
import q1_0 from '../dsl/formats/q1_0.js';
import q2_0 from '../dsl/formats/q2_0.js';
import q2_k from '../dsl/formats/q2_k.js';
import q3_k from '../dsl/formats/q3_k.js';
import q4_0 from '../dsl/formats/q4_0.js';
import q4_1 from '../dsl/formats/q4_1.js';
import q4_k from '../dsl/formats/q4_k.js';
import q5_0 from '../dsl/formats/q5_0.js';
import q5_1 from '../dsl/formats/q5_1.js';
import q5_k from '../dsl/formats/q5_k.js';
import q6_k from '../dsl/formats/q6_k.js';
import q8_0 from '../dsl/formats/q8_0.js';

/** The definition of every built-in format (layout, quantizer), by name. */
export const formatDefs: Record<string, FormatDef> = { iq2_s: iq2_s as unknown as FormatDef, iq2_xs: iq2_xs as unknown as FormatDef, iq2_xxs: iq2_xxs as unknown as FormatDef, iq3_s: iq3_s as unknown as FormatDef, iq3_xxs: iq3_xxs as unknown as FormatDef, iq4_nl: iq4_nl as unknown as FormatDef, iq4_xs: iq4_xs as unknown as FormatDef, mxfp4: mxfp4 as unknown as FormatDef, nvfp4: nvfp4 as unknown as FormatDef, q1_0: q1_0 as unknown as FormatDef, q2_0: q2_0 as unknown as FormatDef, q2_k: q2_k as unknown as FormatDef, q3_k: q3_k as unknown as FormatDef, q4_0: q4_0 as unknown as FormatDef, q4_1: q4_1 as unknown as FormatDef, q4_k: q4_k as unknown as FormatDef, q5_0: q5_0 as unknown as FormatDef, q5_1: q5_1 as unknown as FormatDef, q5_k: q5_k as unknown as FormatDef, q6_k: q6_k as unknown as FormatDef, q8_0: q8_0 as unknown as FormatDef };

/** Formats without GPU kernels yet (CPU reference and quantizer only), and why. */
export const cpuOnlyFormats: Record<string, string> = {  };
