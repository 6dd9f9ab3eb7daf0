// kgen 0.1.0: mmvq.q4_k.nc1.r1.sg; generated, do not edit; content hash b0f1c7b999438aae
// mmvq: y = W . x, W in q4_k (256 per 144-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format q4_k (ggml type 12) from dsl/formats/q4_k.ts
// capabilities: dot4i8, storage16, storage8, subgroups
#version 450
#extension GL_EXT_shader_16bit_storage : require
#extension GL_EXT_shader_explicit_arithmetic_types_int16 : require
#extension GL_EXT_shader_8bit_storage : require
#extension GL_EXT_shader_explicit_arithmetic_types_int8 : require
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_KHR_shader_subgroup_arithmetic : require
#extension GL_EXT_spirv_intrinsics : require

layout(constant_id = 0) const uint WG_SIZE = 128u; // threads per workgroup (a power of two, >= 4)
layout(local_size_x_id = 0) in;

layout(binding = 0, std430) readonly buffer Buf_w { uint w[]; }; // weights: rows of q4_k blocks (ggml/GGUF bytes)
layout(binding = 0, std430) readonly buffer Buf_w16 { uint16_t w16[]; }; // weights: rows of q4_k blocks (ggml/GGUF bytes)
layout(binding = 0, std430) readonly buffer Buf_w8 { uint8_t w8[]; }; // weights: rows of q4_k blocks (ggml/GGUF bytes)
layout(binding = 1, std430) readonly buffer Buf_x { uvec4 x[]; }; // activations in q8_1x4 (from quantize_q8_1)
layout(binding = 2, std430) buffer Buf_y { float y[]; }; // output, f32
layout(push_constant) uniform Params {
  uint K; // elements per weight row (a multiple of the block size)
  uint rows; // weight rows (outputs per column)
  uint w_row_stride; // bytes between weight rows
  uint w_stride2; // bytes between weight matrices along dim 2 (experts for mmvq_id)
  uint w_stride3; // bytes between weight matrices along dim 3
  uint x_col_stride; // 16-byte units between activation columns (q8_1x4 for mmvq: 9 per 128 values; 4 floats for matvec_f32)
  uint x_stride2; // 16-byte activation units between batches along dim 2 (tokens for mmvq_id)
  uint x_stride3; // 16-byte activation units between batches along dim 3
  uint y_col_stride; // f32 between output columns
  uint y_stride2; // f32 between outputs along dim 2 (tokens for mmvq_id)
  uint y_stride3; // f32 between outputs along dim 3
  uint ne12; // batches along dim 2 of x and y (ids per token for mmvq_id: n_used)
  uint r2; // broadcast ratio ne12 / ne02 (W reused across dim 2)
  uint r3; // broadcast ratio ne13 / ne03
  uint ne11; // mmvq_id: activation columns per token (1 = broadcast to every used expert)
  uint ids_stride; // mmvq_id: i32 elements between the ids of consecutive tokens
} p;
shared float red[1u * WG_SIZE];

// OpSDot (SPV_KHR_integer_dot_product), packed 4 x int8; format operand 0 = PackedVectorFormat4x8Bit
spirv_instruction(extensions = ["SPV_KHR_integer_dot_product"], capabilities = [6019, 6018], id = 4450)
int sdot4x8(int a, int b, spirv_literal int fmt);

void main() {
  uint i12 = (gl_WorkGroupID.y % p.ne12);
  uint i13 = (gl_WorkGroupID.y / p.ne12);
  uint w_base = (((i13 / p.r3) * p.w_stride3) + ((i12 / p.r2) * p.w_stride2));
  uint x_base = ((i13 * p.x_stride3) + (i12 * p.x_stride2));
  uint y_base = ((i13 * p.y_stride3) + (i12 * p.y_stride2));
  uint row0 = (gl_WorkGroupID.x + (gl_NumWorkGroups.x * gl_WorkGroupID.z));
  uint last_row = (p.rows - 1u);
  uint row_base0 = (w_base + (min(row0, last_row) * p.w_row_stride));
  float acc0 = 0.0;
  uint n_chunks = (p.K >> 5u);
  for (uint j = gl_LocalInvocationIndex; (j < n_chunks); j = (j + WG_SIZE)) {
    uint x0_at = (x_base + ((j >> 2u) * 9u));
    uint x0_hdr = x[x0_at][(j & 3u)];
    uvec4 x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    uvec4 x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    float x0_d = unpackHalf2x16((x0_hdr & 0xffffu)).x;
    uint blk = (j >> 3u);
    uint slice = (j & 7u);
    uint b0 = (row_base0 + (blk * 144u));
    uint t0_0 = ((b0 + ((slice >> 1u) * 32u)) >> 2u);
    uint t0_1 = ((slice & 1u) * 4u);
    uint t0_2 = (b0 >> 1u);
    bool t0_3 = (int(slice) < 4);
    uint t0_4 = (b0 + slice);
    uint t0_5 = uint(w8[(t0_4 + 4u)]);
    uint t0_6 = uint(w8[(t0_4 + 8u)]);
    uint q0_0_0 = ((w[(t0_0 + 4u)] >> t0_1) & 0xf0f0f0fu);
    uint q0_0_1 = ((w[(t0_0 + 5u)] >> t0_1) & 0xf0f0f0fu);
    uint q0_0_2 = ((w[(t0_0 + 6u)] >> t0_1) & 0xf0f0f0fu);
    uint q0_0_3 = ((w[(t0_0 + 7u)] >> t0_1) & 0xf0f0f0fu);
    uint q0_0_4 = ((w[(t0_0 + 8u)] >> t0_1) & 0xf0f0f0fu);
    uint q0_0_5 = ((w[(t0_0 + 9u)] >> t0_1) & 0xf0f0f0fu);
    uint q0_0_6 = ((w[(t0_0 + 10u)] >> t0_1) & 0xf0f0f0fu);
    uint q0_0_7 = ((w[(t0_0 + 11u)] >> t0_1) & 0xf0f0f0fu);
    float s0_0 = (unpackHalf2x16(uint(w16[t0_2])).x * float(int((t0_3 ? (t0_5 & 63u) : ((t0_6 & 15u) | ((uint(w8[((b0 + (slice & 3u)) + 4u)]) >> 6u) << 4u))))));
    float m0_0 = (-(unpackHalf2x16(uint(w16[(t0_2 + 1u)])).x * float(int((t0_3 ? (t0_6 & 63u) : ((t0_6 >> 4u) | ((t0_5 >> 6u) << 4u)))))));
    acc0 = (acc0 + (x0_d * ((s0_0 * float((((((((sdot4x8(int(q0_0_0), int(x0_lo.x), 0) + sdot4x8(int(q0_0_1), int(x0_lo.y), 0)) + sdot4x8(int(q0_0_2), int(x0_lo.z), 0)) + sdot4x8(int(q0_0_3), int(x0_lo.w), 0)) + sdot4x8(int(q0_0_4), int(x0_hi.x), 0)) + sdot4x8(int(q0_0_5), int(x0_hi.y), 0)) + sdot4x8(int(q0_0_6), int(x0_hi.z), 0)) + sdot4x8(int(q0_0_7), int(x0_hi.w), 0)))) + (m0_0 * float((int(x0_hdr) >> 16))))));
  }
  float sg_sum0 = subgroupAdd(acc0);
  uint sg_id = (gl_LocalInvocationIndex / gl_SubgroupSize);
  if ((gl_SubgroupInvocationID == 0u)) {
    red[sg_id] = sg_sum0;
  }
  barrier();
  uint n_sg = (WG_SIZE / gl_SubgroupSize);
  if ((gl_LocalInvocationIndex == 0u)) {
    float total0 = 0.0;
    for (uint s0 = 0u; (s0 < n_sg); s0 = (s0 + 1u)) {
      total0 = (total0 + red[s0]);
    }
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = total0;
    }
  }
}
