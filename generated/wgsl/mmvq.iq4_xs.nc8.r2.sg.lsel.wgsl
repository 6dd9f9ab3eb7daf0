// kgen 0.1.0: mmvq.iq4_xs.nc8.r2.sg.lsel; generated, do not edit; content hash ddb5d13dc4ca465f
// mmvq: y = W . x, W in iq4_xs (256 per 136-byte block), x in q8_1x4, y in f32
// 8 column(s) x 2 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 2) row groups, y = batches (ne12 * ne13)
// schedule: 1 chunk(s) per thread per step (strided), lookup tables sel
// format iq4_xs (ggml type 23) from dsl/formats/iq4_xs.ts
// capabilities: dot4i8, subgroups

enable subgroups;
requires packed_4x8_integer_dot_product;

struct Params {
  K: u32, // elements per weight row (a multiple of the block size)
  rows: u32, // weight rows (outputs per column)
  w_row_stride: u32, // bytes between weight rows
  w_stride2: u32, // bytes between weight matrices along dim 2 (experts for mmvq_id)
  w_stride3: u32, // bytes between weight matrices along dim 3
  x_col_stride: u32, // 16-byte units between activation columns (q8_1x4 for mmvq: 9 per 128 values; 4 floats for matvec_f32)
  x_stride2: u32, // 16-byte activation units between batches along dim 2 (tokens for mmvq_id)
  x_stride3: u32, // 16-byte activation units between batches along dim 3
  y_col_stride: u32, // f32 between output columns
  y_stride2: u32, // f32 between outputs along dim 2 (tokens for mmvq_id)
  y_stride3: u32, // f32 between outputs along dim 3
  ne12: u32, // batches along dim 2 of x and y (ids per token for mmvq_id: n_used)
  r2: u32, // broadcast ratio ne12 / ne02 (W reused across dim 2)
  r3: u32, // broadcast ratio ne13 / ne03
  ne11: u32, // mmvq_id: activation columns per token (1 = broadcast to every used expert)
  ids_stride: u32, // mmvq_id: i32 elements between the ids of consecutive tokens
}

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of iq4_xs blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 16u * WG_SIZE>;

@compute @workgroup_size(WG_SIZE)
fn main(@builtin(local_invocation_index) lid: u32, @builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>, @builtin(subgroup_invocation_id) sg_lane: u32, @builtin(subgroup_size) sg_size: u32) {
  let i12 = (wid.y % p.ne12);
  let i13 = (wid.y / p.ne12);
  let w_base = (((i13 / p.r3) * p.w_stride3) + ((i12 / p.r2) * p.w_stride2));
  let x_base = ((i13 * p.x_stride3) + (i12 * p.x_stride2));
  let y_base = ((i13 * p.y_stride3) + (i12 * p.y_stride2));
  let row0 = ((wid.x + (nwg.x * wid.z)) * 2u);
  let last_row = (p.rows - 1u);
  let row_base0 = (w_base + (min(row0, last_row) * p.w_row_stride));
  let row_base1 = (w_base + (min((row0 + 1u), last_row) * p.w_row_stride));
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  var acc2: f32 = 0.0;
  var acc3: f32 = 0.0;
  var acc4: f32 = 0.0;
  var acc5: f32 = 0.0;
  var acc6: f32 = 0.0;
  var acc7: f32 = 0.0;
  var acc8: f32 = 0.0;
  var acc9: f32 = 0.0;
  var acc10: f32 = 0.0;
  var acc11: f32 = 0.0;
  var acc12: f32 = 0.0;
  var acc13: f32 = 0.0;
  var acc14: f32 = 0.0;
  var acc15: f32 = 0.0;
  let n_chunks = (p.K >> 5u);
  for (var j: u32 = lid; (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let x1_at = ((x_base + p.x_col_stride) + ((j >> 2u) * 9u));
    let x1_hdr = x[x1_at][(j & 3u)];
    let x1_lo = x[((x1_at + 1u) + ((j & 3u) * 2u))];
    let x1_hi = x[((x1_at + 2u) + ((j & 3u) * 2u))];
    let x1_d = unpack2x16float((x1_hdr & 0xffffu)).x;
    let x2_at = ((x_base + (p.x_col_stride * 2u)) + ((j >> 2u) * 9u));
    let x2_hdr = x[x2_at][(j & 3u)];
    let x2_lo = x[((x2_at + 1u) + ((j & 3u) * 2u))];
    let x2_hi = x[((x2_at + 2u) + ((j & 3u) * 2u))];
    let x2_d = unpack2x16float((x2_hdr & 0xffffu)).x;
    let x3_at = ((x_base + (p.x_col_stride * 3u)) + ((j >> 2u) * 9u));
    let x3_hdr = x[x3_at][(j & 3u)];
    let x3_lo = x[((x3_at + 1u) + ((j & 3u) * 2u))];
    let x3_hi = x[((x3_at + 2u) + ((j & 3u) * 2u))];
    let x3_d = unpack2x16float((x3_hdr & 0xffffu)).x;
    let x4_at = ((x_base + (p.x_col_stride * 4u)) + ((j >> 2u) * 9u));
    let x4_hdr = x[x4_at][(j & 3u)];
    let x4_lo = x[((x4_at + 1u) + ((j & 3u) * 2u))];
    let x4_hi = x[((x4_at + 2u) + ((j & 3u) * 2u))];
    let x4_d = unpack2x16float((x4_hdr & 0xffffu)).x;
    let x5_at = ((x_base + (p.x_col_stride * 5u)) + ((j >> 2u) * 9u));
    let x5_hdr = x[x5_at][(j & 3u)];
    let x5_lo = x[((x5_at + 1u) + ((j & 3u) * 2u))];
    let x5_hi = x[((x5_at + 2u) + ((j & 3u) * 2u))];
    let x5_d = unpack2x16float((x5_hdr & 0xffffu)).x;
    let x6_at = ((x_base + (p.x_col_stride * 6u)) + ((j >> 2u) * 9u));
    let x6_hdr = x[x6_at][(j & 3u)];
    let x6_lo = x[((x6_at + 1u) + ((j & 3u) * 2u))];
    let x6_hi = x[((x6_at + 2u) + ((j & 3u) * 2u))];
    let x6_d = unpack2x16float((x6_hdr & 0xffffu)).x;
    let x7_at = ((x_base + (p.x_col_stride * 7u)) + ((j >> 2u) * 9u));
    let x7_hdr = x[x7_at][(j & 3u)];
    let x7_lo = x[((x7_at + 1u) + ((j & 3u) * 2u))];
    let x7_hi = x[((x7_at + 2u) + ((j & 3u) * 2u))];
    let x7_d = unpack2x16float((x7_hdr & 0xffffu)).x;
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 136u));
    let t0_0 = ((b0 + (slice * 16u)) >> 2u);
    let t0_1 = w[(t0_0 + 2u)];
    let t0_2 = (t0_1 & 0xf0f0f0fu);
    let t0_3 = (t0_2 & 255u);
    let t0_4 = ((t0_3 & 4u) != 0u);
    let t0_5 = ((t0_2 >> 8u) & 255u);
    let t0_6 = ((t0_5 & 4u) != 0u);
    let t0_7 = ((t0_2 >> 16u) & 255u);
    let t0_8 = ((t0_7 & 4u) != 0u);
    let t0_9 = ((t0_2 >> 24u) & 255u);
    let t0_10 = ((t0_9 & 4u) != 0u);
    let t0_11 = w[(t0_0 + 3u)];
    let t0_12 = (t0_11 & 0xf0f0f0fu);
    let t0_13 = (t0_12 & 255u);
    let t0_14 = ((t0_13 & 4u) != 0u);
    let t0_15 = ((t0_12 >> 8u) & 255u);
    let t0_16 = ((t0_15 & 4u) != 0u);
    let t0_17 = ((t0_12 >> 16u) & 255u);
    let t0_18 = ((t0_17 & 4u) != 0u);
    let t0_19 = ((t0_12 >> 24u) & 255u);
    let t0_20 = ((t0_19 & 4u) != 0u);
    let t0_21 = w[(t0_0 + 4u)];
    let t0_22 = (t0_21 & 0xf0f0f0fu);
    let t0_23 = (t0_22 & 255u);
    let t0_24 = ((t0_23 & 4u) != 0u);
    let t0_25 = ((t0_22 >> 8u) & 255u);
    let t0_26 = ((t0_25 & 4u) != 0u);
    let t0_27 = ((t0_22 >> 16u) & 255u);
    let t0_28 = ((t0_27 & 4u) != 0u);
    let t0_29 = ((t0_22 >> 24u) & 255u);
    let t0_30 = ((t0_29 & 4u) != 0u);
    let t0_31 = w[(t0_0 + 5u)];
    let t0_32 = (t0_31 & 0xf0f0f0fu);
    let t0_33 = (t0_32 & 255u);
    let t0_34 = ((t0_33 & 4u) != 0u);
    let t0_35 = ((t0_32 >> 8u) & 255u);
    let t0_36 = ((t0_35 & 4u) != 0u);
    let t0_37 = ((t0_32 >> 16u) & 255u);
    let t0_38 = ((t0_37 & 4u) != 0u);
    let t0_39 = ((t0_32 >> 24u) & 255u);
    let t0_40 = ((t0_39 & 4u) != 0u);
    let t0_41 = ((t0_1 >> 4u) & 0xf0f0f0fu);
    let t0_42 = (t0_41 & 255u);
    let t0_43 = ((t0_42 & 4u) != 0u);
    let t0_44 = ((t0_41 >> 8u) & 255u);
    let t0_45 = ((t0_44 & 4u) != 0u);
    let t0_46 = ((t0_41 >> 16u) & 255u);
    let t0_47 = ((t0_46 & 4u) != 0u);
    let t0_48 = ((t0_41 >> 24u) & 255u);
    let t0_49 = ((t0_48 & 4u) != 0u);
    let t0_50 = ((t0_11 >> 4u) & 0xf0f0f0fu);
    let t0_51 = (t0_50 & 255u);
    let t0_52 = ((t0_51 & 4u) != 0u);
    let t0_53 = ((t0_50 >> 8u) & 255u);
    let t0_54 = ((t0_53 & 4u) != 0u);
    let t0_55 = ((t0_50 >> 16u) & 255u);
    let t0_56 = ((t0_55 & 4u) != 0u);
    let t0_57 = ((t0_50 >> 24u) & 255u);
    let t0_58 = ((t0_57 & 4u) != 0u);
    let t0_59 = ((t0_21 >> 4u) & 0xf0f0f0fu);
    let t0_60 = (t0_59 & 255u);
    let t0_61 = ((t0_60 & 4u) != 0u);
    let t0_62 = ((t0_59 >> 8u) & 255u);
    let t0_63 = ((t0_62 & 4u) != 0u);
    let t0_64 = ((t0_59 >> 16u) & 255u);
    let t0_65 = ((t0_64 & 4u) != 0u);
    let t0_66 = ((t0_59 >> 24u) & 255u);
    let t0_67 = ((t0_66 & 4u) != 0u);
    let t0_68 = ((t0_31 >> 4u) & 0xf0f0f0fu);
    let t0_69 = (t0_68 & 255u);
    let t0_70 = ((t0_69 & 4u) != 0u);
    let t0_71 = ((t0_68 >> 8u) & 255u);
    let t0_72 = ((t0_71 & 4u) != 0u);
    let t0_73 = ((t0_68 >> 16u) & 255u);
    let t0_74 = ((t0_73 & 4u) != 0u);
    let t0_75 = ((t0_68 >> 24u) & 255u);
    let t0_76 = ((t0_75 & 4u) != 0u);
    let t0_77 = w[(b0 >> 2u)];
    let t0_78 = (b0 + (slice >> 1u));
    let q0_0_0 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t0_4), select(0x26190d01u, 0x71594535u, t0_4), ((t0_3 & 8u) != 0u)) >> ((t0_3 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_6), select(0x26190d01u, 0x71594535u, t0_6), ((t0_5 & 8u) != 0u)) >> ((t0_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_8), select(0x26190d01u, 0x71594535u, t0_8), ((t0_7 & 8u) != 0u)) >> ((t0_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_10), select(0x26190d01u, 0x71594535u, t0_10), ((t0_9 & 8u) != 0u)) >> ((t0_9 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_1 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t0_14), select(0x26190d01u, 0x71594535u, t0_14), ((t0_13 & 8u) != 0u)) >> ((t0_13 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_16), select(0x26190d01u, 0x71594535u, t0_16), ((t0_15 & 8u) != 0u)) >> ((t0_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_18), select(0x26190d01u, 0x71594535u, t0_18), ((t0_17 & 8u) != 0u)) >> ((t0_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_20), select(0x26190d01u, 0x71594535u, t0_20), ((t0_19 & 8u) != 0u)) >> ((t0_19 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_2 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t0_24), select(0x26190d01u, 0x71594535u, t0_24), ((t0_23 & 8u) != 0u)) >> ((t0_23 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_26), select(0x26190d01u, 0x71594535u, t0_26), ((t0_25 & 8u) != 0u)) >> ((t0_25 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_28), select(0x26190d01u, 0x71594535u, t0_28), ((t0_27 & 8u) != 0u)) >> ((t0_27 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_30), select(0x26190d01u, 0x71594535u, t0_30), ((t0_29 & 8u) != 0u)) >> ((t0_29 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_3 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t0_34), select(0x26190d01u, 0x71594535u, t0_34), ((t0_33 & 8u) != 0u)) >> ((t0_33 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_36), select(0x26190d01u, 0x71594535u, t0_36), ((t0_35 & 8u) != 0u)) >> ((t0_35 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_38), select(0x26190d01u, 0x71594535u, t0_38), ((t0_37 & 8u) != 0u)) >> ((t0_37 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_40), select(0x26190d01u, 0x71594535u, t0_40), ((t0_39 & 8u) != 0u)) >> ((t0_39 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_4 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t0_43), select(0x26190d01u, 0x71594535u, t0_43), ((t0_42 & 8u) != 0u)) >> ((t0_42 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_45), select(0x26190d01u, 0x71594535u, t0_45), ((t0_44 & 8u) != 0u)) >> ((t0_44 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_47), select(0x26190d01u, 0x71594535u, t0_47), ((t0_46 & 8u) != 0u)) >> ((t0_46 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_49), select(0x26190d01u, 0x71594535u, t0_49), ((t0_48 & 8u) != 0u)) >> ((t0_48 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_5 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t0_52), select(0x26190d01u, 0x71594535u, t0_52), ((t0_51 & 8u) != 0u)) >> ((t0_51 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_54), select(0x26190d01u, 0x71594535u, t0_54), ((t0_53 & 8u) != 0u)) >> ((t0_53 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_56), select(0x26190d01u, 0x71594535u, t0_56), ((t0_55 & 8u) != 0u)) >> ((t0_55 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_58), select(0x26190d01u, 0x71594535u, t0_58), ((t0_57 & 8u) != 0u)) >> ((t0_57 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_6 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t0_61), select(0x26190d01u, 0x71594535u, t0_61), ((t0_60 & 8u) != 0u)) >> ((t0_60 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_63), select(0x26190d01u, 0x71594535u, t0_63), ((t0_62 & 8u) != 0u)) >> ((t0_62 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_65), select(0x26190d01u, 0x71594535u, t0_65), ((t0_64 & 8u) != 0u)) >> ((t0_64 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_67), select(0x26190d01u, 0x71594535u, t0_67), ((t0_66 & 8u) != 0u)) >> ((t0_66 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_7 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t0_70), select(0x26190d01u, 0x71594535u, t0_70), ((t0_69 & 8u) != 0u)) >> ((t0_69 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_72), select(0x26190d01u, 0x71594535u, t0_72), ((t0_71 & 8u) != 0u)) >> ((t0_71 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_74), select(0x26190d01u, 0x71594535u, t0_74), ((t0_73 & 8u) != 0u)) >> ((t0_73 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t0_76), select(0x26190d01u, 0x71594535u, t0_76), ((t0_75 & 8u) != 0u)) >> ((t0_75 & 3u) << 3u)) & 255u) << 24u));
    let s0_0 = (unpack2x16float((t0_77 & 0xffffu)).x * f32(i32(((((((w[((t0_78 >> 2u) + 1u)] >> ((t0_78 & 3u) * 8u)) & 255u) >> ((slice & 1u) * 4u)) & 15u) | (((((t0_77 >> 16u) & 0xffffu) >> (slice * 2u)) & 3u) << 4u)) - 32u))));
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
    acc1 = (acc1 + (x1_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)) + dot4I8Packed(q0_0_4, x1_hi.x)) + dot4I8Packed(q0_0_5, x1_hi.y)) + dot4I8Packed(q0_0_6, x1_hi.z)) + dot4I8Packed(q0_0_7, x1_hi.w))))));
    acc2 = (acc2 + (x2_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)) + dot4I8Packed(q0_0_4, x2_hi.x)) + dot4I8Packed(q0_0_5, x2_hi.y)) + dot4I8Packed(q0_0_6, x2_hi.z)) + dot4I8Packed(q0_0_7, x2_hi.w))))));
    acc3 = (acc3 + (x3_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x3_lo.x) + dot4I8Packed(q0_0_1, x3_lo.y)) + dot4I8Packed(q0_0_2, x3_lo.z)) + dot4I8Packed(q0_0_3, x3_lo.w)) + dot4I8Packed(q0_0_4, x3_hi.x)) + dot4I8Packed(q0_0_5, x3_hi.y)) + dot4I8Packed(q0_0_6, x3_hi.z)) + dot4I8Packed(q0_0_7, x3_hi.w))))));
    acc4 = (acc4 + (x4_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x4_lo.x) + dot4I8Packed(q0_0_1, x4_lo.y)) + dot4I8Packed(q0_0_2, x4_lo.z)) + dot4I8Packed(q0_0_3, x4_lo.w)) + dot4I8Packed(q0_0_4, x4_hi.x)) + dot4I8Packed(q0_0_5, x4_hi.y)) + dot4I8Packed(q0_0_6, x4_hi.z)) + dot4I8Packed(q0_0_7, x4_hi.w))))));
    acc5 = (acc5 + (x5_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x5_lo.x) + dot4I8Packed(q0_0_1, x5_lo.y)) + dot4I8Packed(q0_0_2, x5_lo.z)) + dot4I8Packed(q0_0_3, x5_lo.w)) + dot4I8Packed(q0_0_4, x5_hi.x)) + dot4I8Packed(q0_0_5, x5_hi.y)) + dot4I8Packed(q0_0_6, x5_hi.z)) + dot4I8Packed(q0_0_7, x5_hi.w))))));
    acc6 = (acc6 + (x6_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x6_lo.x) + dot4I8Packed(q0_0_1, x6_lo.y)) + dot4I8Packed(q0_0_2, x6_lo.z)) + dot4I8Packed(q0_0_3, x6_lo.w)) + dot4I8Packed(q0_0_4, x6_hi.x)) + dot4I8Packed(q0_0_5, x6_hi.y)) + dot4I8Packed(q0_0_6, x6_hi.z)) + dot4I8Packed(q0_0_7, x6_hi.w))))));
    acc7 = (acc7 + (x7_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x7_lo.x) + dot4I8Packed(q0_0_1, x7_lo.y)) + dot4I8Packed(q0_0_2, x7_lo.z)) + dot4I8Packed(q0_0_3, x7_lo.w)) + dot4I8Packed(q0_0_4, x7_hi.x)) + dot4I8Packed(q0_0_5, x7_hi.y)) + dot4I8Packed(q0_0_6, x7_hi.z)) + dot4I8Packed(q0_0_7, x7_hi.w))))));
    let b1 = (row_base1 + (blk * 136u));
    let t1_0 = ((b1 + (slice * 16u)) >> 2u);
    let t1_1 = w[(t1_0 + 2u)];
    let t1_2 = (t1_1 & 0xf0f0f0fu);
    let t1_3 = (t1_2 & 255u);
    let t1_4 = ((t1_3 & 4u) != 0u);
    let t1_5 = ((t1_2 >> 8u) & 255u);
    let t1_6 = ((t1_5 & 4u) != 0u);
    let t1_7 = ((t1_2 >> 16u) & 255u);
    let t1_8 = ((t1_7 & 4u) != 0u);
    let t1_9 = ((t1_2 >> 24u) & 255u);
    let t1_10 = ((t1_9 & 4u) != 0u);
    let t1_11 = w[(t1_0 + 3u)];
    let t1_12 = (t1_11 & 0xf0f0f0fu);
    let t1_13 = (t1_12 & 255u);
    let t1_14 = ((t1_13 & 4u) != 0u);
    let t1_15 = ((t1_12 >> 8u) & 255u);
    let t1_16 = ((t1_15 & 4u) != 0u);
    let t1_17 = ((t1_12 >> 16u) & 255u);
    let t1_18 = ((t1_17 & 4u) != 0u);
    let t1_19 = ((t1_12 >> 24u) & 255u);
    let t1_20 = ((t1_19 & 4u) != 0u);
    let t1_21 = w[(t1_0 + 4u)];
    let t1_22 = (t1_21 & 0xf0f0f0fu);
    let t1_23 = (t1_22 & 255u);
    let t1_24 = ((t1_23 & 4u) != 0u);
    let t1_25 = ((t1_22 >> 8u) & 255u);
    let t1_26 = ((t1_25 & 4u) != 0u);
    let t1_27 = ((t1_22 >> 16u) & 255u);
    let t1_28 = ((t1_27 & 4u) != 0u);
    let t1_29 = ((t1_22 >> 24u) & 255u);
    let t1_30 = ((t1_29 & 4u) != 0u);
    let t1_31 = w[(t1_0 + 5u)];
    let t1_32 = (t1_31 & 0xf0f0f0fu);
    let t1_33 = (t1_32 & 255u);
    let t1_34 = ((t1_33 & 4u) != 0u);
    let t1_35 = ((t1_32 >> 8u) & 255u);
    let t1_36 = ((t1_35 & 4u) != 0u);
    let t1_37 = ((t1_32 >> 16u) & 255u);
    let t1_38 = ((t1_37 & 4u) != 0u);
    let t1_39 = ((t1_32 >> 24u) & 255u);
    let t1_40 = ((t1_39 & 4u) != 0u);
    let t1_41 = ((t1_1 >> 4u) & 0xf0f0f0fu);
    let t1_42 = (t1_41 & 255u);
    let t1_43 = ((t1_42 & 4u) != 0u);
    let t1_44 = ((t1_41 >> 8u) & 255u);
    let t1_45 = ((t1_44 & 4u) != 0u);
    let t1_46 = ((t1_41 >> 16u) & 255u);
    let t1_47 = ((t1_46 & 4u) != 0u);
    let t1_48 = ((t1_41 >> 24u) & 255u);
    let t1_49 = ((t1_48 & 4u) != 0u);
    let t1_50 = ((t1_11 >> 4u) & 0xf0f0f0fu);
    let t1_51 = (t1_50 & 255u);
    let t1_52 = ((t1_51 & 4u) != 0u);
    let t1_53 = ((t1_50 >> 8u) & 255u);
    let t1_54 = ((t1_53 & 4u) != 0u);
    let t1_55 = ((t1_50 >> 16u) & 255u);
    let t1_56 = ((t1_55 & 4u) != 0u);
    let t1_57 = ((t1_50 >> 24u) & 255u);
    let t1_58 = ((t1_57 & 4u) != 0u);
    let t1_59 = ((t1_21 >> 4u) & 0xf0f0f0fu);
    let t1_60 = (t1_59 & 255u);
    let t1_61 = ((t1_60 & 4u) != 0u);
    let t1_62 = ((t1_59 >> 8u) & 255u);
    let t1_63 = ((t1_62 & 4u) != 0u);
    let t1_64 = ((t1_59 >> 16u) & 255u);
    let t1_65 = ((t1_64 & 4u) != 0u);
    let t1_66 = ((t1_59 >> 24u) & 255u);
    let t1_67 = ((t1_66 & 4u) != 0u);
    let t1_68 = ((t1_31 >> 4u) & 0xf0f0f0fu);
    let t1_69 = (t1_68 & 255u);
    let t1_70 = ((t1_69 & 4u) != 0u);
    let t1_71 = ((t1_68 >> 8u) & 255u);
    let t1_72 = ((t1_71 & 4u) != 0u);
    let t1_73 = ((t1_68 >> 16u) & 255u);
    let t1_74 = ((t1_73 & 4u) != 0u);
    let t1_75 = ((t1_68 >> 24u) & 255u);
    let t1_76 = ((t1_75 & 4u) != 0u);
    let t1_77 = w[(b1 >> 2u)];
    let t1_78 = (b1 + (slice >> 1u));
    let q1_0_0 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_4), select(0x26190d01u, 0x71594535u, t1_4), ((t1_3 & 8u) != 0u)) >> ((t1_3 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_6), select(0x26190d01u, 0x71594535u, t1_6), ((t1_5 & 8u) != 0u)) >> ((t1_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_8), select(0x26190d01u, 0x71594535u, t1_8), ((t1_7 & 8u) != 0u)) >> ((t1_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_10), select(0x26190d01u, 0x71594535u, t1_10), ((t1_9 & 8u) != 0u)) >> ((t1_9 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_1 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_14), select(0x26190d01u, 0x71594535u, t1_14), ((t1_13 & 8u) != 0u)) >> ((t1_13 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_16), select(0x26190d01u, 0x71594535u, t1_16), ((t1_15 & 8u) != 0u)) >> ((t1_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_18), select(0x26190d01u, 0x71594535u, t1_18), ((t1_17 & 8u) != 0u)) >> ((t1_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_20), select(0x26190d01u, 0x71594535u, t1_20), ((t1_19 & 8u) != 0u)) >> ((t1_19 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_2 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_24), select(0x26190d01u, 0x71594535u, t1_24), ((t1_23 & 8u) != 0u)) >> ((t1_23 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_26), select(0x26190d01u, 0x71594535u, t1_26), ((t1_25 & 8u) != 0u)) >> ((t1_25 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_28), select(0x26190d01u, 0x71594535u, t1_28), ((t1_27 & 8u) != 0u)) >> ((t1_27 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_30), select(0x26190d01u, 0x71594535u, t1_30), ((t1_29 & 8u) != 0u)) >> ((t1_29 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_3 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_34), select(0x26190d01u, 0x71594535u, t1_34), ((t1_33 & 8u) != 0u)) >> ((t1_33 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_36), select(0x26190d01u, 0x71594535u, t1_36), ((t1_35 & 8u) != 0u)) >> ((t1_35 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_38), select(0x26190d01u, 0x71594535u, t1_38), ((t1_37 & 8u) != 0u)) >> ((t1_37 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_40), select(0x26190d01u, 0x71594535u, t1_40), ((t1_39 & 8u) != 0u)) >> ((t1_39 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_4 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_43), select(0x26190d01u, 0x71594535u, t1_43), ((t1_42 & 8u) != 0u)) >> ((t1_42 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_45), select(0x26190d01u, 0x71594535u, t1_45), ((t1_44 & 8u) != 0u)) >> ((t1_44 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_47), select(0x26190d01u, 0x71594535u, t1_47), ((t1_46 & 8u) != 0u)) >> ((t1_46 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_49), select(0x26190d01u, 0x71594535u, t1_49), ((t1_48 & 8u) != 0u)) >> ((t1_48 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_5 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_52), select(0x26190d01u, 0x71594535u, t1_52), ((t1_51 & 8u) != 0u)) >> ((t1_51 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_54), select(0x26190d01u, 0x71594535u, t1_54), ((t1_53 & 8u) != 0u)) >> ((t1_53 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_56), select(0x26190d01u, 0x71594535u, t1_56), ((t1_55 & 8u) != 0u)) >> ((t1_55 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_58), select(0x26190d01u, 0x71594535u, t1_58), ((t1_57 & 8u) != 0u)) >> ((t1_57 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_6 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_61), select(0x26190d01u, 0x71594535u, t1_61), ((t1_60 & 8u) != 0u)) >> ((t1_60 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_63), select(0x26190d01u, 0x71594535u, t1_63), ((t1_62 & 8u) != 0u)) >> ((t1_62 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_65), select(0x26190d01u, 0x71594535u, t1_65), ((t1_64 & 8u) != 0u)) >> ((t1_64 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_67), select(0x26190d01u, 0x71594535u, t1_67), ((t1_66 & 8u) != 0u)) >> ((t1_66 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_7 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_70), select(0x26190d01u, 0x71594535u, t1_70), ((t1_69 & 8u) != 0u)) >> ((t1_69 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_72), select(0x26190d01u, 0x71594535u, t1_72), ((t1_71 & 8u) != 0u)) >> ((t1_71 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_74), select(0x26190d01u, 0x71594535u, t1_74), ((t1_73 & 8u) != 0u)) >> ((t1_73 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_76), select(0x26190d01u, 0x71594535u, t1_76), ((t1_75 & 8u) != 0u)) >> ((t1_75 & 3u) << 3u)) & 255u) << 24u));
    let s1_0 = (unpack2x16float((t1_77 & 0xffffu)).x * f32(i32(((((((w[((t1_78 >> 2u) + 1u)] >> ((t1_78 & 3u) * 8u)) & 255u) >> ((slice & 1u) * 4u)) & 15u) | (((((t1_77 >> 16u) & 0xffffu) >> (slice * 2u)) & 3u) << 4u)) - 32u))));
    acc8 = (acc8 + (x0_d * (s1_0 * f32((((((((dot4I8Packed(q1_0_0, x0_lo.x) + dot4I8Packed(q1_0_1, x0_lo.y)) + dot4I8Packed(q1_0_2, x0_lo.z)) + dot4I8Packed(q1_0_3, x0_lo.w)) + dot4I8Packed(q1_0_4, x0_hi.x)) + dot4I8Packed(q1_0_5, x0_hi.y)) + dot4I8Packed(q1_0_6, x0_hi.z)) + dot4I8Packed(q1_0_7, x0_hi.w))))));
    acc9 = (acc9 + (x1_d * (s1_0 * f32((((((((dot4I8Packed(q1_0_0, x1_lo.x) + dot4I8Packed(q1_0_1, x1_lo.y)) + dot4I8Packed(q1_0_2, x1_lo.z)) + dot4I8Packed(q1_0_3, x1_lo.w)) + dot4I8Packed(q1_0_4, x1_hi.x)) + dot4I8Packed(q1_0_5, x1_hi.y)) + dot4I8Packed(q1_0_6, x1_hi.z)) + dot4I8Packed(q1_0_7, x1_hi.w))))));
    acc10 = (acc10 + (x2_d * (s1_0 * f32((((((((dot4I8Packed(q1_0_0, x2_lo.x) + dot4I8Packed(q1_0_1, x2_lo.y)) + dot4I8Packed(q1_0_2, x2_lo.z)) + dot4I8Packed(q1_0_3, x2_lo.w)) + dot4I8Packed(q1_0_4, x2_hi.x)) + dot4I8Packed(q1_0_5, x2_hi.y)) + dot4I8Packed(q1_0_6, x2_hi.z)) + dot4I8Packed(q1_0_7, x2_hi.w))))));
    acc11 = (acc11 + (x3_d * (s1_0 * f32((((((((dot4I8Packed(q1_0_0, x3_lo.x) + dot4I8Packed(q1_0_1, x3_lo.y)) + dot4I8Packed(q1_0_2, x3_lo.z)) + dot4I8Packed(q1_0_3, x3_lo.w)) + dot4I8Packed(q1_0_4, x3_hi.x)) + dot4I8Packed(q1_0_5, x3_hi.y)) + dot4I8Packed(q1_0_6, x3_hi.z)) + dot4I8Packed(q1_0_7, x3_hi.w))))));
    acc12 = (acc12 + (x4_d * (s1_0 * f32((((((((dot4I8Packed(q1_0_0, x4_lo.x) + dot4I8Packed(q1_0_1, x4_lo.y)) + dot4I8Packed(q1_0_2, x4_lo.z)) + dot4I8Packed(q1_0_3, x4_lo.w)) + dot4I8Packed(q1_0_4, x4_hi.x)) + dot4I8Packed(q1_0_5, x4_hi.y)) + dot4I8Packed(q1_0_6, x4_hi.z)) + dot4I8Packed(q1_0_7, x4_hi.w))))));
    acc13 = (acc13 + (x5_d * (s1_0 * f32((((((((dot4I8Packed(q1_0_0, x5_lo.x) + dot4I8Packed(q1_0_1, x5_lo.y)) + dot4I8Packed(q1_0_2, x5_lo.z)) + dot4I8Packed(q1_0_3, x5_lo.w)) + dot4I8Packed(q1_0_4, x5_hi.x)) + dot4I8Packed(q1_0_5, x5_hi.y)) + dot4I8Packed(q1_0_6, x5_hi.z)) + dot4I8Packed(q1_0_7, x5_hi.w))))));
    acc14 = (acc14 + (x6_d * (s1_0 * f32((((((((dot4I8Packed(q1_0_0, x6_lo.x) + dot4I8Packed(q1_0_1, x6_lo.y)) + dot4I8Packed(q1_0_2, x6_lo.z)) + dot4I8Packed(q1_0_3, x6_lo.w)) + dot4I8Packed(q1_0_4, x6_hi.x)) + dot4I8Packed(q1_0_5, x6_hi.y)) + dot4I8Packed(q1_0_6, x6_hi.z)) + dot4I8Packed(q1_0_7, x6_hi.w))))));
    acc15 = (acc15 + (x7_d * (s1_0 * f32((((((((dot4I8Packed(q1_0_0, x7_lo.x) + dot4I8Packed(q1_0_1, x7_lo.y)) + dot4I8Packed(q1_0_2, x7_lo.z)) + dot4I8Packed(q1_0_3, x7_lo.w)) + dot4I8Packed(q1_0_4, x7_hi.x)) + dot4I8Packed(q1_0_5, x7_hi.y)) + dot4I8Packed(q1_0_6, x7_hi.z)) + dot4I8Packed(q1_0_7, x7_hi.w))))));
  }
  let sg_sum0 = subgroupAdd(acc0);
  let sg_sum1 = subgroupAdd(acc1);
  let sg_sum2 = subgroupAdd(acc2);
  let sg_sum3 = subgroupAdd(acc3);
  let sg_sum4 = subgroupAdd(acc4);
  let sg_sum5 = subgroupAdd(acc5);
  let sg_sum6 = subgroupAdd(acc6);
  let sg_sum7 = subgroupAdd(acc7);
  let sg_sum8 = subgroupAdd(acc8);
  let sg_sum9 = subgroupAdd(acc9);
  let sg_sum10 = subgroupAdd(acc10);
  let sg_sum11 = subgroupAdd(acc11);
  let sg_sum12 = subgroupAdd(acc12);
  let sg_sum13 = subgroupAdd(acc13);
  let sg_sum14 = subgroupAdd(acc14);
  let sg_sum15 = subgroupAdd(acc15);
  let sg_id = (lid / sg_size);
  if ((sg_lane == 0u)) {
    red[(sg_id * 16u)] = sg_sum0;
    red[((sg_id * 16u) + 1u)] = sg_sum1;
    red[((sg_id * 16u) + 2u)] = sg_sum2;
    red[((sg_id * 16u) + 3u)] = sg_sum3;
    red[((sg_id * 16u) + 4u)] = sg_sum4;
    red[((sg_id * 16u) + 5u)] = sg_sum5;
    red[((sg_id * 16u) + 6u)] = sg_sum6;
    red[((sg_id * 16u) + 7u)] = sg_sum7;
    red[((sg_id * 16u) + 8u)] = sg_sum8;
    red[((sg_id * 16u) + 9u)] = sg_sum9;
    red[((sg_id * 16u) + 10u)] = sg_sum10;
    red[((sg_id * 16u) + 11u)] = sg_sum11;
    red[((sg_id * 16u) + 12u)] = sg_sum12;
    red[((sg_id * 16u) + 13u)] = sg_sum13;
    red[((sg_id * 16u) + 14u)] = sg_sum14;
    red[((sg_id * 16u) + 15u)] = sg_sum15;
  }
  workgroupBarrier();
  let n_sg = (WG_SIZE / sg_size);
  if ((lid == 0u)) {
    var total0: f32 = 0.0;
    for (var s0: u32 = 0u; (s0 < n_sg); s0 = (s0 + 1u)) {
      total0 = (total0 + red[(s0 * 16u)]);
    }
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = total0;
    }
    var total1: f32 = 0.0;
    for (var s1: u32 = 0u; (s1 < n_sg); s1 = (s1 + 1u)) {
      total1 = (total1 + red[((s1 * 16u) + 1u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + p.y_col_stride) + row0)] = total1;
    }
    var total2: f32 = 0.0;
    for (var s2: u32 = 0u; (s2 < n_sg); s2 = (s2 + 1u)) {
      total2 = (total2 + red[((s2 * 16u) + 2u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 2u)) + row0)] = total2;
    }
    var total3: f32 = 0.0;
    for (var s3: u32 = 0u; (s3 < n_sg); s3 = (s3 + 1u)) {
      total3 = (total3 + red[((s3 * 16u) + 3u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 3u)) + row0)] = total3;
    }
    var total4: f32 = 0.0;
    for (var s4: u32 = 0u; (s4 < n_sg); s4 = (s4 + 1u)) {
      total4 = (total4 + red[((s4 * 16u) + 4u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 4u)) + row0)] = total4;
    }
    var total5: f32 = 0.0;
    for (var s5: u32 = 0u; (s5 < n_sg); s5 = (s5 + 1u)) {
      total5 = (total5 + red[((s5 * 16u) + 5u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 5u)) + row0)] = total5;
    }
    var total6: f32 = 0.0;
    for (var s6: u32 = 0u; (s6 < n_sg); s6 = (s6 + 1u)) {
      total6 = (total6 + red[((s6 * 16u) + 6u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 6u)) + row0)] = total6;
    }
    var total7: f32 = 0.0;
    for (var s7: u32 = 0u; (s7 < n_sg); s7 = (s7 + 1u)) {
      total7 = (total7 + red[((s7 * 16u) + 7u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 7u)) + row0)] = total7;
    }
    var total8: f32 = 0.0;
    for (var s8: u32 = 0u; (s8 < n_sg); s8 = (s8 + 1u)) {
      total8 = (total8 + red[((s8 * 16u) + 8u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[((y_base + row0) + 1u)] = total8;
    }
    var total9: f32 = 0.0;
    for (var s9: u32 = 0u; (s9 < n_sg); s9 = (s9 + 1u)) {
      total9 = (total9 + red[((s9 * 16u) + 9u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[(((y_base + p.y_col_stride) + row0) + 1u)] = total9;
    }
    var total10: f32 = 0.0;
    for (var s10: u32 = 0u; (s10 < n_sg); s10 = (s10 + 1u)) {
      total10 = (total10 + red[((s10 * 16u) + 10u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[(((y_base + (p.y_col_stride * 2u)) + row0) + 1u)] = total10;
    }
    var total11: f32 = 0.0;
    for (var s11: u32 = 0u; (s11 < n_sg); s11 = (s11 + 1u)) {
      total11 = (total11 + red[((s11 * 16u) + 11u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[(((y_base + (p.y_col_stride * 3u)) + row0) + 1u)] = total11;
    }
    var total12: f32 = 0.0;
    for (var s12: u32 = 0u; (s12 < n_sg); s12 = (s12 + 1u)) {
      total12 = (total12 + red[((s12 * 16u) + 12u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[(((y_base + (p.y_col_stride * 4u)) + row0) + 1u)] = total12;
    }
    var total13: f32 = 0.0;
    for (var s13: u32 = 0u; (s13 < n_sg); s13 = (s13 + 1u)) {
      total13 = (total13 + red[((s13 * 16u) + 13u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[(((y_base + (p.y_col_stride * 5u)) + row0) + 1u)] = total13;
    }
    var total14: f32 = 0.0;
    for (var s14: u32 = 0u; (s14 < n_sg); s14 = (s14 + 1u)) {
      total14 = (total14 + red[((s14 * 16u) + 14u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[(((y_base + (p.y_col_stride * 6u)) + row0) + 1u)] = total14;
    }
    var total15: f32 = 0.0;
    for (var s15: u32 = 0u; (s15 < n_sg); s15 = (s15 + 1u)) {
      total15 = (total15 + red[((s15 * 16u) + 15u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[(((y_base + (p.y_col_stride * 7u)) + row0) + 1u)] = total15;
    }
  }
}
