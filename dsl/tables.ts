// Lookup tables shared by formats (ggml-common.h). Each is emitted once per generated module.
import { defineTable } from './define.js';

/** IQ4_NL / IQ4_XS non-linear 4-bit values. */
export const kvalues_iq4nl = defineTable('kvalues_iq4nl', 'i8', [-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113]);

/** MXFP4: E2M1 values doubled (so they are integers); the scale is halved to match. */
export const kvalues_mxfp4 = defineTable('kvalues_mxfp4', 'i8', [0, 1, 2, 3, 4, 6, 8, 12, 0, -1, -2, -3, -4, -6, -8, -12]);
