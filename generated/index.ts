// kgen generated bundle index
// kgen 0.1.0; generated, do not edit; content hash 2832a79e0de7c9d0
import type { Manifest } from '../codegen/manifest.js';
import type { GeneratedKernel } from '../targets/bundle.js';
import { kernels as common } from './kernels/common.js';
import { kernels as k_iq2_s } from './kernels/iq2_s.js';
import { kernels as k_iq2_xs } from './kernels/iq2_xs.js';
import { kernels as k_iq2_xxs } from './kernels/iq2_xxs.js';
import { kernels as k_iq3_s } from './kernels/iq3_s.js';
import { kernels as k_iq3_xxs } from './kernels/iq3_xxs.js';
import { kernels as k_iq4_nl } from './kernels/iq4_nl.js';
import { kernels as k_iq4_xs } from './kernels/iq4_xs.js';
import { kernels as k_mxfp4 } from './kernels/mxfp4.js';
import { kernels as k_nvfp4 } from './kernels/nvfp4.js';
import { kernels as k_q1_0 } from './kernels/q1_0.js';
import { kernels as k_q2_0 } from './kernels/q2_0.js';
import { kernels as k_q2_k } from './kernels/q2_k.js';
import { kernels as k_q3_k } from './kernels/q3_k.js';
import { kernels as k_q4_0 } from './kernels/q4_0.js';
import { kernels as k_q4_1 } from './kernels/q4_1.js';
import { kernels as k_q4_k } from './kernels/q4_k.js';
import { kernels as k_q5_0 } from './kernels/q5_0.js';
import { kernels as k_q5_1 } from './kernels/q5_1.js';
import { kernels as k_q5_k } from './kernels/q5_k.js';
import { kernels as k_q6_k } from './kernels/q6_k.js';
import { kernels as k_q8_0 } from './kernels/q8_0.js';
export { cpuFormats } from './cpu/index.js';
export { formatDefs } from './formats.js';

/** Every generated kernel, by key (`mmvq.q4_k.nc1.r1.sg`, `quantize_q8_1`, ...). */
export const kernels: Record<string, GeneratedKernel> = { ...common, ...k_iq2_s, ...k_iq2_xs, ...k_iq2_xxs, ...k_iq3_s, ...k_iq3_xxs, ...k_iq4_nl, ...k_iq4_xs, ...k_mxfp4, ...k_nvfp4, ...k_q1_0, ...k_q2_0, ...k_q2_k, ...k_q3_k, ...k_q4_0, ...k_q4_1, ...k_q4_k, ...k_q5_0, ...k_q5_1, ...k_q5_k, ...k_q6_k, ...k_q8_0 };

/** The formats the kernels cover and the activation layout (the rest of manifest.json). */
export const manifest: Omit<Manifest, 'kernels'> = {"kgen":"0.1.0","optionsHash":"23178be550b1e492","activationLayout":{"name":"q8_1x4","description":"per column, ceil(K/128) super-blocks of 144 bytes: 4 header u32 (bits 0..15 f16 scale d, bits 16..31 int16 exact sum of the block's quants) then 4 x 32 int8 quants; blocks past K are zero","superBlockElems":128,"superBlockBytes":144},"formats":[{"name":"iq2_s","ggmlType":22,"blockElems":256,"blockBytes":82,"groupElems":16,"source":"dsl/formats/iq2_s.ts"},{"name":"iq2_xs","ggmlType":17,"blockElems":256,"blockBytes":74,"groupElems":16,"source":"dsl/formats/iq2_xs.ts"},{"name":"iq2_xxs","ggmlType":16,"blockElems":256,"blockBytes":66,"groupElems":32,"source":"dsl/formats/iq2_xxs.ts"},{"name":"iq3_s","ggmlType":21,"blockElems":256,"blockBytes":110,"groupElems":32,"source":"dsl/formats/iq3_s.ts"},{"name":"iq3_xxs","ggmlType":18,"blockElems":256,"blockBytes":98,"groupElems":32,"source":"dsl/formats/iq3_xxs.ts"},{"name":"iq4_nl","ggmlType":20,"blockElems":32,"blockBytes":18,"groupElems":32,"source":"dsl/formats/iq4_nl.ts"},{"name":"iq4_xs","ggmlType":23,"blockElems":256,"blockBytes":136,"groupElems":32,"source":"dsl/formats/iq4_xs.ts"},{"name":"mxfp4","ggmlType":39,"blockElems":32,"blockBytes":17,"groupElems":32,"source":"dsl/formats/mxfp4.ts"},{"name":"nvfp4","ggmlType":40,"blockElems":64,"blockBytes":36,"groupElems":16,"source":"dsl/formats/nvfp4.ts"},{"name":"q1_0","ggmlType":41,"blockElems":128,"blockBytes":18,"groupElems":32,"source":"dsl/formats/q1_0.ts"},{"name":"q2_0","ggmlType":42,"blockElems":64,"blockBytes":18,"groupElems":32,"source":"dsl/formats/q2_0.ts"},{"name":"q2_k","ggmlType":10,"blockElems":256,"blockBytes":84,"groupElems":16,"source":"dsl/formats/q2_k.ts"},{"name":"q3_k","ggmlType":11,"blockElems":256,"blockBytes":110,"groupElems":16,"source":"dsl/formats/q3_k.ts"},{"name":"q4_0","ggmlType":2,"blockElems":32,"blockBytes":18,"groupElems":32,"source":"dsl/formats/q4_0.ts"},{"name":"q4_1","ggmlType":3,"blockElems":32,"blockBytes":20,"groupElems":32,"source":"dsl/formats/q4_1.ts"},{"name":"q4_k","ggmlType":12,"blockElems":256,"blockBytes":144,"groupElems":32,"source":"dsl/formats/q4_k.ts"},{"name":"q5_0","ggmlType":6,"blockElems":32,"blockBytes":22,"groupElems":32,"source":"dsl/formats/q5_0.ts"},{"name":"q5_1","ggmlType":7,"blockElems":32,"blockBytes":24,"groupElems":32,"source":"dsl/formats/q5_1.ts"},{"name":"q5_k","ggmlType":13,"blockElems":256,"blockBytes":176,"groupElems":32,"source":"dsl/formats/q5_k.ts"},{"name":"q6_k","ggmlType":14,"blockElems":256,"blockBytes":210,"groupElems":16,"source":"dsl/formats/q6_k.ts"},{"name":"q8_0","ggmlType":8,"blockElems":32,"blockBytes":34,"groupElems":32,"source":"dsl/formats/q8_0.ts"}]};
