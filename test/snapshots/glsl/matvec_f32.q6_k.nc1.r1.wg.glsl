// kgen 0.1.0: matvec_f32.q6_k.nc1.r1.wg; generated, do not edit; content hash 64491c53805057a1
// matvec_f32: y = W . x, W in q6_k dequantized on the fly (w = S * q + M), x and y in f32; needs no optional feature with wg reduction
// 1 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / rows per workgroup), y = batches (ne12 * ne13)
// format q6_k (ggml type 14) from dsl/formats/q6_k.ts
// capabilities: none (baseline)
#version 450

layout(constant_id = 0) const uint WG_SIZE = 128u; // threads per workgroup (a power of two, >= 4)
layout(local_size_x_id = 0) in;

layout(binding = 0, std430) readonly buffer Buf_w { uint w[]; }; // weights: rows of q6_k blocks (ggml/GGUF bytes)
layout(binding = 1, std430) readonly buffer Buf_x { vec4 x[]; }; // activations, f32 (strides in units of 4 floats)
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
    uint x0_at = (x_base + (j * 8u));
    vec4 x0_0 = x[x0_at];
    vec4 x0_1 = x[(x0_at + 1u)];
    vec4 x0_2 = x[(x0_at + 2u)];
    vec4 x0_3 = x[(x0_at + 3u)];
    vec4 x0_4 = x[(x0_at + 4u)];
    vec4 x0_5 = x[(x0_at + 5u)];
    vec4 x0_6 = x[(x0_at + 6u)];
    vec4 x0_7 = x[(x0_at + 7u)];
    uint blk = (j >> 3u);
    uint slice = (j & 7u);
    uint b0 = (row_base0 + (blk * 210u));
    uint t0_0 = (slice * 2u);
    uint t0_1 = (t0_0 >> 3u);
    uint t0_2 = ((t0_0 >> 1u) & 3u);
    uint t0_3 = ((t0_0 & 1u) * 4u);
    uint t0_4 = (b0 + ((((t0_1 * 16u) + ((t0_2 & 1u) * 8u)) + t0_3) * 4u));
    uint t0_5 = (t0_4 >> 2u);
    uint t0_6 = ((t0_4 & 3u) * 8u);
    uint t0_7 = w[(t0_5 + 1u)];
    uint t0_8 = (31u - t0_6);
    uint t0_9 = ((t0_2 >> 1u) * 4u);
    uint t0_10 = (b0 + (((t0_1 * 8u) + t0_3) * 4u));
    uint t0_11 = (t0_10 >> 2u);
    uint t0_12 = ((t0_10 & 3u) * 8u);
    uint t0_13 = w[(t0_11 + 33u)];
    uint t0_14 = (31u - t0_12);
    uint t0_15 = (t0_2 * 2u);
    uint t0_16 = w[(t0_5 + 2u)];
    uint t0_17 = w[(t0_11 + 34u)];
    uint t0_18 = w[(t0_5 + 3u)];
    uint t0_19 = w[(t0_11 + 35u)];
    uint t0_20 = (b0 + t0_0);
    uint q0_0_0 = (((((w[t0_5] >> t0_6) | ((t0_7 << 1u) << t0_8)) >> t0_9) & 0xf0f0f0fu) | (((((w[(t0_11 + 32u)] >> t0_12) | ((t0_13 << 1u) << t0_14)) >> t0_15) & 0x3030303u) << 4u));
    uint q0_0_1 = (((((t0_7 >> t0_6) | ((t0_16 << 1u) << t0_8)) >> t0_9) & 0xf0f0f0fu) | (((((t0_13 >> t0_12) | ((t0_17 << 1u) << t0_14)) >> t0_15) & 0x3030303u) << 4u));
    uint q0_0_2 = (((((t0_16 >> t0_6) | ((t0_18 << 1u) << t0_8)) >> t0_9) & 0xf0f0f0fu) | (((((t0_17 >> t0_12) | ((t0_19 << 1u) << t0_14)) >> t0_15) & 0x3030303u) << 4u));
    uint q0_0_3 = (((((t0_18 >> t0_6) | ((w[(t0_5 + 4u)] << 1u) << t0_8)) >> t0_9) & 0xf0f0f0fu) | (((((t0_19 >> t0_12) | ((w[(t0_11 + 36u)] << 1u) << t0_14)) >> t0_15) & 0x3030303u) << 4u));
    float s0_0 = (unpackHalf2x16(((w[((b0 >> 2u) + 52u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * float(int(uint((int((((w[((t0_20 >> 2u) + 48u)] >> ((t0_20 & 3u) * 8u)) & 255u) << 24u)) >> 24)))));
    acc0 = (acc0 + (((((((((((((((((s0_0 * float(((int((q0_0_0 << 24u)) >> 24) + -32))) * x0_0.x) + ((s0_0 * float(((int((q0_0_0 << 16u)) >> 24) + -32))) * x0_0.y)) + ((s0_0 * float(((int((q0_0_0 << 8u)) >> 24) + -32))) * x0_0.z)) + ((s0_0 * float(((int(q0_0_0) >> 24) + -32))) * x0_0.w)) + ((s0_0 * float(((int((q0_0_1 << 24u)) >> 24) + -32))) * x0_1.x)) + ((s0_0 * float(((int((q0_0_1 << 16u)) >> 24) + -32))) * x0_1.y)) + ((s0_0 * float(((int((q0_0_1 << 8u)) >> 24) + -32))) * x0_1.z)) + ((s0_0 * float(((int(q0_0_1) >> 24) + -32))) * x0_1.w)) + ((s0_0 * float(((int((q0_0_2 << 24u)) >> 24) + -32))) * x0_2.x)) + ((s0_0 * float(((int((q0_0_2 << 16u)) >> 24) + -32))) * x0_2.y)) + ((s0_0 * float(((int((q0_0_2 << 8u)) >> 24) + -32))) * x0_2.z)) + ((s0_0 * float(((int(q0_0_2) >> 24) + -32))) * x0_2.w)) + ((s0_0 * float(((int((q0_0_3 << 24u)) >> 24) + -32))) * x0_3.x)) + ((s0_0 * float(((int((q0_0_3 << 16u)) >> 24) + -32))) * x0_3.y)) + ((s0_0 * float(((int((q0_0_3 << 8u)) >> 24) + -32))) * x0_3.z)) + ((s0_0 * float(((int(q0_0_3) >> 24) + -32))) * x0_3.w)));
    uint t1_0 = (slice * 2u);
    uint t1_1 = (t1_0 + 1u);
    uint t1_2 = (t1_1 >> 3u);
    uint t1_3 = ((t1_1 >> 1u) & 3u);
    uint t1_4 = ((t1_1 & 1u) * 4u);
    uint t1_5 = (b0 + ((((t1_2 * 16u) + ((t1_3 & 1u) * 8u)) + t1_4) * 4u));
    uint t1_6 = (t1_5 >> 2u);
    uint t1_7 = ((t1_5 & 3u) * 8u);
    uint t1_8 = w[(t1_6 + 1u)];
    uint t1_9 = (31u - t1_7);
    uint t1_10 = ((t1_3 >> 1u) * 4u);
    uint t1_11 = (b0 + (((t1_2 * 8u) + t1_4) * 4u));
    uint t1_12 = (t1_11 >> 2u);
    uint t1_13 = ((t1_11 & 3u) * 8u);
    uint t1_14 = w[(t1_12 + 33u)];
    uint t1_15 = (31u - t1_13);
    uint t1_16 = (t1_3 * 2u);
    uint t1_17 = w[(t1_6 + 2u)];
    uint t1_18 = w[(t1_12 + 34u)];
    uint t1_19 = w[(t1_6 + 3u)];
    uint t1_20 = w[(t1_12 + 35u)];
    uint t1_21 = (b0 + t1_0);
    uint q0_1_0 = (((((w[t1_6] >> t1_7) | ((t1_8 << 1u) << t1_9)) >> t1_10) & 0xf0f0f0fu) | (((((w[(t1_12 + 32u)] >> t1_13) | ((t1_14 << 1u) << t1_15)) >> t1_16) & 0x3030303u) << 4u));
    uint q0_1_1 = (((((t1_8 >> t1_7) | ((t1_17 << 1u) << t1_9)) >> t1_10) & 0xf0f0f0fu) | (((((t1_14 >> t1_13) | ((t1_18 << 1u) << t1_15)) >> t1_16) & 0x3030303u) << 4u));
    uint q0_1_2 = (((((t1_17 >> t1_7) | ((t1_19 << 1u) << t1_9)) >> t1_10) & 0xf0f0f0fu) | (((((t1_18 >> t1_13) | ((t1_20 << 1u) << t1_15)) >> t1_16) & 0x3030303u) << 4u));
    uint q0_1_3 = (((((t1_19 >> t1_7) | ((w[(t1_6 + 4u)] << 1u) << t1_9)) >> t1_10) & 0xf0f0f0fu) | (((((t1_20 >> t1_13) | ((w[(t1_12 + 36u)] << 1u) << t1_15)) >> t1_16) & 0x3030303u) << 4u));
    float s0_1 = (unpackHalf2x16(((w[((b0 >> 2u) + 52u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * float(int(uint((int((((w[((t1_21 >> 2u) + 48u)] >> (((t1_21 & 3u) * 8u) + 8u)) & 255u) << 24u)) >> 24)))));
    acc0 = (acc0 + (((((((((((((((((s0_1 * float(((int((q0_1_0 << 24u)) >> 24) + -32))) * x0_4.x) + ((s0_1 * float(((int((q0_1_0 << 16u)) >> 24) + -32))) * x0_4.y)) + ((s0_1 * float(((int((q0_1_0 << 8u)) >> 24) + -32))) * x0_4.z)) + ((s0_1 * float(((int(q0_1_0) >> 24) + -32))) * x0_4.w)) + ((s0_1 * float(((int((q0_1_1 << 24u)) >> 24) + -32))) * x0_5.x)) + ((s0_1 * float(((int((q0_1_1 << 16u)) >> 24) + -32))) * x0_5.y)) + ((s0_1 * float(((int((q0_1_1 << 8u)) >> 24) + -32))) * x0_5.z)) + ((s0_1 * float(((int(q0_1_1) >> 24) + -32))) * x0_5.w)) + ((s0_1 * float(((int((q0_1_2 << 24u)) >> 24) + -32))) * x0_6.x)) + ((s0_1 * float(((int((q0_1_2 << 16u)) >> 24) + -32))) * x0_6.y)) + ((s0_1 * float(((int((q0_1_2 << 8u)) >> 24) + -32))) * x0_6.z)) + ((s0_1 * float(((int(q0_1_2) >> 24) + -32))) * x0_6.w)) + ((s0_1 * float(((int((q0_1_3 << 24u)) >> 24) + -32))) * x0_7.x)) + ((s0_1 * float(((int((q0_1_3 << 16u)) >> 24) + -32))) * x0_7.y)) + ((s0_1 * float(((int((q0_1_3 << 8u)) >> 24) + -32))) * x0_7.z)) + ((s0_1 * float(((int(q0_1_3) >> 24) + -32))) * x0_7.w)));
  }
  red[gl_LocalInvocationIndex] = acc0;
  barrier();
  for (uint stride = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((gl_LocalInvocationIndex < stride)) {
      red[gl_LocalInvocationIndex] = (red[gl_LocalInvocationIndex] + red[(gl_LocalInvocationIndex + stride)]);
    }
    barrier();
  }
  if ((gl_LocalInvocationIndex == 0u)) {
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = red[0u];
    }
  }
}
