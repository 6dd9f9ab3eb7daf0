// kgen kernels: common
// kgen 0.1.0; generated, do not edit; content hash 56b4f06e2fc4cffa
import { spirvFile, textFile, type GeneratedKernel } from '../../targets/bundle.js';

/** Generated kernels of every format (activation quantization), by key. */
export const kernels: Record<string, GeneratedKernel> = {
  'quantize_q8_1': {
    record: {"key":"quantize_q8_1","op":"quantize_q8_1","variant":{"ncols":1,"rows":1,"reduce":"wg"},"entryPoint":"main","workgroupSize":{"constant":"WG_SIZE","default":64},"bindings":[{"binding":0,"name":"x","access":"read","element":"u32","role":"activations, f32 (read as bits)"},{"binding":1,"name":"y","access":"read_write","element":"u32","role":"q8_1x4 output (144 bytes per 128 values per column)"}],"params":[{"name":"K","offset":0,"type":"u32","doc":"values per column (a multiple of 32)"},{"name":"x_col_stride","offset":4,"type":"u32","doc":"f32 between input columns"},{"name":"out_col_stride","offset":8,"type":"u32","doc":"u32 words between output columns (36 * ceil(K / 128))"}],"constants":[{"name":"WG_SIZE","id":0,"type":"u32","default":64,"doc":"threads per workgroup (one 32-value block each)"}],"capabilities":[],"doc":["quantize_q8_1: f32 activations -> q8_1x4 (header per block: f16 d | int16 exact sum << 16; int8 quants)","rounding: round half away from zero of the exact quotient 127 x / amax (integer arithmetic)","grid: x = ceil(4 * ceil(K / 128) / WG_SIZE), y = columns"],"targets":{"wgsl":{"file":"wgsl/quantize_q8_1.wgsl","hash":"44780bb9e7c60abc","requires":[],"params":{"kind":"uniform","binding":2,"bytes":16}},"spirv":{"file":"spirv/quantize_q8_1.spv","hash":"eb65f2b5d5ea1fd5","requires":[],"params":{"kind":"push_constant","bytes":12}}}},
    wgsl: textFile(new URL('../wgsl/quantize_q8_1.wgsl', import.meta.url)),
    spirv: spirvFile(new URL('../spirv/quantize_q8_1.spv', import.meta.url)),
  },
};
