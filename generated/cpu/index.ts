// CPU reference math of every built-in format
// kgen 0.1.0; generated, do not edit; content hash ed8f2408c61bf355
import { iq2_s } from './iq2_s.js';
import { iq2_xs } from './iq2_xs.js';
import { iq2_xxs } from './iq2_xxs.js';
import { iq3_s } from './iq3_s.js';
import { iq3_xxs } from './iq3_xxs.js';
import { iq4_nl } from './iq4_nl.js';
import { iq4_xs } from './iq4_xs.js';
import { mxfp4 } from './mxfp4.js';
import { nvfp4 } from './nvfp4.js';
import { q1_0 } from './q1_0.js';
import { q2_0 } from './q2_0.js';
import { q2_k } from './q2_k.js';
import { q3_k } from './q3_k.js';
import { q4_0 } from './q4_0.js';
import { q4_1 } from './q4_1.js';
import { q4_k } from './q4_k.js';
import { q5_0 } from './q5_0.js';
import { q5_1 } from './q5_1.js';
import { q5_k } from './q5_k.js';
import { q6_k } from './q6_k.js';
import { q8_0 } from './q8_0.js';
import type { CpuFormat } from '../../targets/js/reference.js';

/** The CPU math of every built-in format, by name. */
export const cpuFormats: Record<string, CpuFormat> = { iq2_s, iq2_xs, iq2_xxs, iq3_s, iq3_xxs, iq4_nl, iq4_xs, mxfp4, nvfp4, q1_0, q2_0, q2_k, q3_k, q4_0, q4_1, q4_k, q5_0, q5_1, q5_k, q6_k, q8_0 };
