// kgen kernels: common
// kgen 0.1.0; generated, do not edit; content hash 54819b59c12a5a41
import { spirvFile, textFile, type GeneratedKernel } from '../../targets/bundle.js';

/** Generated kernels of every format (activation quantization), by key. */
export const kernels: Record<string, GeneratedKernel> = {
  'quantize_q8_1': {
    record: {"key":"quantize_q8_1","op":"quantize_q8_1","variant":{"ncols":1,"rows":1,"reduce":"wg"},"entryPoint":"main","workgroupSize":{"constant":"WG_SIZE","default":256},"bindings":[{"binding":0,"name":"x","access":"read","element":"vec4u","role":"activations, f32 (read as bits, 4 per load)"},{"binding":1,"name":"y","access":"read_write","element":"u32","role":"q8_1x4 output (144 bytes per 128 values per column)"}],"params":[{"name":"K","offset":0,"type":"u32","doc":"values per column (a multiple of 32)"},{"name":"x_col_stride","offset":4,"type":"u32","doc":"f32 between input columns (a multiple of 4)"},{"name":"out_col_stride","offset":8,"type":"u32","doc":"u32 words between output columns (36 * ceil(K / 128))"}],"constants":[{"name":"WG_SIZE","id":0,"type":"u32","default":256,"doc":"threads per workgroup (8 per 32-value block; a multiple of 8)"}],"capabilities":[],"doc":["quantize_q8_1: f32 activations -> q8_1x4 (header per block: f16 d | int16 exact sum << 16; int8 quants)","rounding: round half away from zero of the exact quotient 127 x / amax (integer arithmetic)","grid: x = ceil(4 * ceil(K / 128) * 8 / WG_SIZE), y = columns"],"targets":{"wgsl":{"file":"wgsl/quantize_q8_1.wgsl","hash":"0075e2ea630d6d91","requires":[],"params":{"kind":"uniform","binding":2,"bytes":16}},"spirv":{"file":"spirv/quantize_q8_1.spv","hash":"8c03c84605e38eb5","requires":[],"params":{"kind":"push_constant","bytes":12}}}},
    wgsl: textFile(new URL('../wgsl/quantize_q8_1.wgsl', import.meta.url)),
    spirv: spirvFile(new URL('../spirv/quantize_q8_1.spv', import.meta.url)),
  },
};
