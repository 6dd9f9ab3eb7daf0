// kgen 0.1.0: mmvq.iq4_nl.nc1.r1.sg; generated, do not edit; content hash ad2e76e8a0dba4c8
// mmvq: y = W . x, W in iq4_nl (32 per 18-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format iq4_nl (ggml type 20) from dsl/formats/iq4_nl.ts
// capabilities: dot4i8, storage16, subgroups
#version 450
#extension GL_EXT_shader_16bit_storage : require
#extension GL_EXT_shader_explicit_arithmetic_types_int16 : require
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_KHR_shader_subgroup_arithmetic : require
#extension GL_EXT_spirv_intrinsics : require

layout(constant_id = 0) const uint WG_SIZE = 128u; // threads per workgroup (a power of two, >= 4)
layout(local_size_x_id = 0) in;

layout(binding = 0, std430) readonly buffer Buf_w { uint w[]; }; // weights: rows of iq4_nl blocks (ggml/GGUF bytes)
layout(binding = 0, std430) readonly buffer Buf_w16 { uint16_t w16[]; }; // weights: rows of iq4_nl blocks (ggml/GGUF bytes)
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
const uvec4 kvalues_iq4nl = uvec4(0xbfad9881u, 0xf6eaddcfu, 0x26190d01u, 0x71594535u); // i8 x 16, 4 per word

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
    uint blk = j;
    uint slice = 0u;
    uint b0 = (row_base0 + (blk * 18u));
    uint t0_0 = (b0 >> 1u);
    uint t0_1 = (uint(w16[(t0_0 + 1u)]) | (uint(w16[(t0_0 + 2u)]) << 16u));
    uint t0_2 = (t0_1 & 0xf0f0f0fu);
    uint t0_3 = (t0_2 & 255u);
    uint t0_4 = ((t0_2 >> 8u) & 255u);
    uint t0_5 = ((t0_2 >> 16u) & 255u);
    uint t0_6 = ((t0_2 >> 24u) & 255u);
    uint t0_7 = (uint(w16[(t0_0 + 3u)]) | (uint(w16[(t0_0 + 4u)]) << 16u));
    uint t0_8 = (t0_7 & 0xf0f0f0fu);
    uint t0_9 = (t0_8 & 255u);
    uint t0_10 = ((t0_8 >> 8u) & 255u);
    uint t0_11 = ((t0_8 >> 16u) & 255u);
    uint t0_12 = ((t0_8 >> 24u) & 255u);
    uint t0_13 = (uint(w16[(t0_0 + 5u)]) | (uint(w16[(t0_0 + 6u)]) << 16u));
    uint t0_14 = (t0_13 & 0xf0f0f0fu);
    uint t0_15 = (t0_14 & 255u);
    uint t0_16 = ((t0_14 >> 8u) & 255u);
    uint t0_17 = ((t0_14 >> 16u) & 255u);
    uint t0_18 = ((t0_14 >> 24u) & 255u);
    uint t0_19 = (uint(w16[(t0_0 + 7u)]) | (uint(w16[(t0_0 + 8u)]) << 16u));
    uint t0_20 = (t0_19 & 0xf0f0f0fu);
    uint t0_21 = (t0_20 & 255u);
    uint t0_22 = ((t0_20 >> 8u) & 255u);
    uint t0_23 = ((t0_20 >> 16u) & 255u);
    uint t0_24 = ((t0_20 >> 24u) & 255u);
    uint t0_25 = ((t0_1 >> 4u) & 0xf0f0f0fu);
    uint t0_26 = (t0_25 & 255u);
    uint t0_27 = ((t0_25 >> 8u) & 255u);
    uint t0_28 = ((t0_25 >> 16u) & 255u);
    uint t0_29 = ((t0_25 >> 24u) & 255u);
    uint t0_30 = ((t0_7 >> 4u) & 0xf0f0f0fu);
    uint t0_31 = (t0_30 & 255u);
    uint t0_32 = ((t0_30 >> 8u) & 255u);
    uint t0_33 = ((t0_30 >> 16u) & 255u);
    uint t0_34 = ((t0_30 >> 24u) & 255u);
    uint t0_35 = ((t0_13 >> 4u) & 0xf0f0f0fu);
    uint t0_36 = (t0_35 & 255u);
    uint t0_37 = ((t0_35 >> 8u) & 255u);
    uint t0_38 = ((t0_35 >> 16u) & 255u);
    uint t0_39 = ((t0_35 >> 24u) & 255u);
    uint t0_40 = ((t0_19 >> 4u) & 0xf0f0f0fu);
    uint t0_41 = (t0_40 & 255u);
    uint t0_42 = ((t0_40 >> 8u) & 255u);
    uint t0_43 = ((t0_40 >> 16u) & 255u);
    uint t0_44 = ((t0_40 >> 24u) & 255u);
    uint q0_0_0 = ((((uint((int((((kvalues_iq4nl[(t0_3 >> 2u)] >> ((t0_3 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) | ((uint((int((((kvalues_iq4nl[(t0_4 >> 2u)] >> ((t0_4 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 8u)) | ((uint((int((((kvalues_iq4nl[(t0_5 >> 2u)] >> ((t0_5 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 16u)) | ((uint((int((((kvalues_iq4nl[(t0_6 >> 2u)] >> ((t0_6 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 24u));
    uint q0_0_1 = ((((uint((int((((kvalues_iq4nl[(t0_9 >> 2u)] >> ((t0_9 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) | ((uint((int((((kvalues_iq4nl[(t0_10 >> 2u)] >> ((t0_10 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 8u)) | ((uint((int((((kvalues_iq4nl[(t0_11 >> 2u)] >> ((t0_11 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 16u)) | ((uint((int((((kvalues_iq4nl[(t0_12 >> 2u)] >> ((t0_12 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 24u));
    uint q0_0_2 = ((((uint((int((((kvalues_iq4nl[(t0_15 >> 2u)] >> ((t0_15 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) | ((uint((int((((kvalues_iq4nl[(t0_16 >> 2u)] >> ((t0_16 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 8u)) | ((uint((int((((kvalues_iq4nl[(t0_17 >> 2u)] >> ((t0_17 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 16u)) | ((uint((int((((kvalues_iq4nl[(t0_18 >> 2u)] >> ((t0_18 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 24u));
    uint q0_0_3 = ((((uint((int((((kvalues_iq4nl[(t0_21 >> 2u)] >> ((t0_21 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) | ((uint((int((((kvalues_iq4nl[(t0_22 >> 2u)] >> ((t0_22 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 8u)) | ((uint((int((((kvalues_iq4nl[(t0_23 >> 2u)] >> ((t0_23 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 16u)) | ((uint((int((((kvalues_iq4nl[(t0_24 >> 2u)] >> ((t0_24 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 24u));
    uint q0_0_4 = ((((uint((int((((kvalues_iq4nl[(t0_26 >> 2u)] >> ((t0_26 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) | ((uint((int((((kvalues_iq4nl[(t0_27 >> 2u)] >> ((t0_27 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 8u)) | ((uint((int((((kvalues_iq4nl[(t0_28 >> 2u)] >> ((t0_28 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 16u)) | ((uint((int((((kvalues_iq4nl[(t0_29 >> 2u)] >> ((t0_29 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 24u));
    uint q0_0_5 = ((((uint((int((((kvalues_iq4nl[(t0_31 >> 2u)] >> ((t0_31 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) | ((uint((int((((kvalues_iq4nl[(t0_32 >> 2u)] >> ((t0_32 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 8u)) | ((uint((int((((kvalues_iq4nl[(t0_33 >> 2u)] >> ((t0_33 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 16u)) | ((uint((int((((kvalues_iq4nl[(t0_34 >> 2u)] >> ((t0_34 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 24u));
    uint q0_0_6 = ((((uint((int((((kvalues_iq4nl[(t0_36 >> 2u)] >> ((t0_36 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) | ((uint((int((((kvalues_iq4nl[(t0_37 >> 2u)] >> ((t0_37 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 8u)) | ((uint((int((((kvalues_iq4nl[(t0_38 >> 2u)] >> ((t0_38 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 16u)) | ((uint((int((((kvalues_iq4nl[(t0_39 >> 2u)] >> ((t0_39 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 24u));
    uint q0_0_7 = ((((uint((int((((kvalues_iq4nl[(t0_41 >> 2u)] >> ((t0_41 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) | ((uint((int((((kvalues_iq4nl[(t0_42 >> 2u)] >> ((t0_42 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 8u)) | ((uint((int((((kvalues_iq4nl[(t0_43 >> 2u)] >> ((t0_43 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 16u)) | ((uint((int((((kvalues_iq4nl[(t0_44 >> 2u)] >> ((t0_44 & 3u) * 8u)) & 255u) << 24u)) >> 24)) & 255u) << 24u));
    float s0_0 = unpackHalf2x16(uint(w16[t0_0])).x;
    acc0 = (acc0 + (x0_d * (s0_0 * float((((((((sdot4x8(int(q0_0_0), int(x0_lo.x), 0) + sdot4x8(int(q0_0_1), int(x0_lo.y), 0)) + sdot4x8(int(q0_0_2), int(x0_lo.z), 0)) + sdot4x8(int(q0_0_3), int(x0_lo.w), 0)) + sdot4x8(int(q0_0_4), int(x0_hi.x), 0)) + sdot4x8(int(q0_0_5), int(x0_hi.y), 0)) + sdot4x8(int(q0_0_6), int(x0_hi.z), 0)) + sdot4x8(int(q0_0_7), int(x0_hi.w), 0))))));
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
