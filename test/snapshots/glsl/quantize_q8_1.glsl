// kgen 0.1.0: quantize_q8_1; generated, do not edit; content hash 276d7061158ae538
// quantize_q8_1: f32 activations -> q8_1x4 (header per block: f16 d | int16 exact sum << 16; int8 quants)
// rounding: round half away from zero of the exact quotient 127 x / amax (integer arithmetic)
// grid: x = ceil(4 * ceil(K / 128) * 8 / WG_SIZE), y = columns
// capabilities: none (baseline)
#version 450

layout(constant_id = 0) const uint WG_SIZE = 256u; // threads per workgroup (8 per 32-value block; a multiple of 8)
layout(local_size_x_id = 0) in;

layout(binding = 0, std430) readonly buffer Buf_x { uvec4 x[]; }; // activations, f32 (read as bits, 4 per load)
layout(binding = 1, std430) buffer Buf_y { uint y[]; }; // q8_1x4 output (144 bytes per 128 values per column)
layout(push_constant) uniform Params {
  uint K; // values per column (a multiple of 32)
  uint x_col_stride; // f32 between input columns (a multiple of 4)
  uint out_col_stride; // u32 words between output columns (36 * ceil(K / 128))
} p;
shared uint red[1u * WG_SIZE];

void main() {
  uint blocks_per_col = (((p.K + 127u) >> 7u) * 4u);
  uint jb = ((gl_WorkGroupID.x * (WG_SIZE >> 3u)) + (gl_LocalInvocationIndex >> 3u));
  uint lane8 = (gl_LocalInvocationIndex & 7u);
  uint first = (gl_LocalInvocationIndex & 0xfffffff8u);
  uint col = gl_WorkGroupID.y;
  bool in_block = (jb < blocks_per_col);
  bool valid = (in_block && ((jb * 32u) < p.K));
  uint at = (((col * p.x_col_stride) >> 2u) + ((jb * 8u) + lane8));
  uvec4 v = x[(valid ? at : 0u)];
  uint x0 = (valid ? v.x : 0u);
  uint x1 = (valid ? v.y : 0u);
  uint x2 = (valid ? v.z : 0u);
  uint x3 = (valid ? v.w : 0u);
  red[gl_LocalInvocationIndex] = max(max(max((x0 & 0x7fffffffu), (x1 & 0x7fffffffu)), (x2 & 0x7fffffffu)), (x3 & 0x7fffffffu));
  barrier();
  uint amax = max(max(max(max(max(max(max(red[first], red[(first + 1u)]), red[(first + 2u)]), red[(first + 3u)]), red[(first + 4u)]), red[(first + 5u)]), red[(first + 6u)]), red[(first + 7u)]);
  uint amax_exp = (amax >> 23u);
  uint amax_man = ((amax & 0x7fffffu) | ((amax_exp != 0u) ? 0x800000u : 0u));
  uint amax_e = max(amax_exp, 1u);
  bool all_zero = (amax == 0u);
  uint t0_0 = (x0 & 0x7fffffffu);
  uint t0_1 = (t0_0 >> 23u);
  uint t0_2 = (amax_e - max(t0_1, 1u));
  bool t0_3 = (all_zero || (t0_2 > 8u));
  uint t0_4 = (((t0_0 & 0x7fffffu) | ((t0_1 != 0u) ? 0x800000u : 0u)) * 127u);
  uint t0_5 = (t0_3 ? 1u : (amax_man << min(t0_2, 8u)));
  uint t0_6 = (t0_4 / t0_5);
  uint t0_7 = (t0_4 - (t0_6 * t0_5));
  uint t0_8 = (t0_3 ? 0u : (t0_6 + ((t0_7 >= (t0_5 - t0_7)) ? 1u : 0u)));
  uint t0_9 = (x1 & 0x7fffffffu);
  uint t0_10 = (t0_9 >> 23u);
  uint t0_11 = (amax_e - max(t0_10, 1u));
  bool t0_12 = (all_zero || (t0_11 > 8u));
  uint t0_13 = (((t0_9 & 0x7fffffu) | ((t0_10 != 0u) ? 0x800000u : 0u)) * 127u);
  uint t0_14 = (t0_12 ? 1u : (amax_man << min(t0_11, 8u)));
  uint t0_15 = (t0_13 / t0_14);
  uint t0_16 = (t0_13 - (t0_15 * t0_14));
  uint t0_17 = (t0_12 ? 0u : (t0_15 + ((t0_16 >= (t0_14 - t0_16)) ? 1u : 0u)));
  uint t0_18 = (x2 & 0x7fffffffu);
  uint t0_19 = (t0_18 >> 23u);
  uint t0_20 = (amax_e - max(t0_19, 1u));
  bool t0_21 = (all_zero || (t0_20 > 8u));
  uint t0_22 = (((t0_18 & 0x7fffffu) | ((t0_19 != 0u) ? 0x800000u : 0u)) * 127u);
  uint t0_23 = (t0_21 ? 1u : (amax_man << min(t0_20, 8u)));
  uint t0_24 = (t0_22 / t0_23);
  uint t0_25 = (t0_22 - (t0_24 * t0_23));
  uint t0_26 = (t0_21 ? 0u : (t0_24 + ((t0_25 >= (t0_23 - t0_25)) ? 1u : 0u)));
  uint t0_27 = (x3 & 0x7fffffffu);
  uint t0_28 = (t0_27 >> 23u);
  uint t0_29 = (amax_e - max(t0_28, 1u));
  bool t0_30 = (all_zero || (t0_29 > 8u));
  uint t0_31 = (((t0_27 & 0x7fffffu) | ((t0_28 != 0u) ? 0x800000u : 0u)) * 127u);
  uint t0_32 = (t0_30 ? 1u : (amax_man << min(t0_29, 8u)));
  uint t0_33 = (t0_31 / t0_32);
  uint t0_34 = (t0_31 - (t0_33 * t0_32));
  uint t0_35 = (t0_30 ? 0u : (t0_33 + ((t0_34 >= (t0_32 - t0_34)) ? 1u : 0u)));
  uint q0 = (((x0 >> 31u) != 0u) ? (0u - t0_8) : t0_8);
  uint q1 = (((x1 >> 31u) != 0u) ? (0u - t0_17) : t0_17);
  uint q2 = (((x2 >> 31u) != 0u) ? (0u - t0_26) : t0_26);
  uint q3 = (((x3 >> 31u) != 0u) ? (0u - t0_35) : t0_35);
  uint out_base = ((col * p.out_col_stride) + ((jb >> 2u) * 36u));
  uint sub = (jb & 3u);
  if (in_block) {
    y[((out_base + 4u) + ((sub * 8u) + lane8))] = ((((q0 & 255u) | ((q1 & 255u) << 8u)) | ((q2 & 255u) << 16u)) | ((q3 & 255u) << 24u));
  }
  barrier();
  red[gl_LocalInvocationIndex] = (((q0 + q1) + q2) + q3);
  barrier();
  if ((in_block && (lane8 == 0u))) {
    float d = (uintBitsToFloat(amax) * 0.007874015718698502);
    uint t1_0 = floatBitsToUint(d);
    uint t1_1 = ((t1_0 >> 23u) & 255u);
    bool t1_2 = (t1_1 == 255u);
    uint t1_3 = (t1_0 & 0x7fffffu);
    bool t1_4 = (t1_3 != 0u);
    uint t1_5 = (((t1_1 - 112u) << 10u) | (t1_3 >> 13u));
    uint t1_6 = (t1_3 & 0x1fffu);
    uint t1_7 = (t1_3 | 0x800000u);
    uint t1_8 = min((126u - t1_1), 31u);
    uint t1_9 = (t1_7 >> t1_8);
    uint t1_10 = (t1_7 & ((1u << t1_8) - 1u));
    uint t1_11 = (1u << (t1_8 - 1u));
    uint d_f16 = ((t1_2 && t1_4) ? 0x7e00u : (((t1_0 >> 16u) & 0x8000u) | (t1_2 ? (t1_4 ? 0x7e00u : 0x7c00u) : ((t1_1 >= 143u) ? 0x7c00u : ((t1_1 >= 113u) ? (t1_5 + (((t1_6 > 0x1000u) || ((t1_6 == 0x1000u) && ((t1_5 & 1u) != 0u))) ? 1u : 0u)) : ((t1_1 >= 102u) ? (t1_9 + (((t1_10 > t1_11) || ((t1_10 == t1_11) && ((t1_9 & 1u) != 0u))) ? 1u : 0u)) : 0u))))));
    y[(out_base + sub)] = (d_f16 | ((((((((red[first] + red[(first + 1u)]) + red[(first + 2u)]) + red[(first + 3u)]) + red[(first + 4u)]) + red[(first + 5u)]) + red[(first + 6u)]) + red[(first + 7u)]) << 16u));
  }
}
