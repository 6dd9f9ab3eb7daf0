// kgen 0.1.0: mmvq.iq4_xs.nc8.r2.sg.u2c.lsel; generated, do not edit; content hash f94cc55367cacfe1
// mmvq: y = W . x, W in iq4_xs (256 per 136-byte block), x in q8_1x4, y in f32
// 8 column(s) x 2 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 2) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (contig), lookup tables sel
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
  let t0_0 = (WG_SIZE * 2u);
  let n_full = ((n_chunks / t0_0) * t0_0);
  for (var j0: u32 = (lid * 2u); (j0 < n_full); j0 = (j0 + (WG_SIZE * 2u))) {
    let u0_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u0_x0_hdr = x[u0_x0_at][(j0 & 3u)];
    let u0_x0_lo = x[((u0_x0_at + 1u) + ((j0 & 3u) * 2u))];
    let u0_x0_hi = x[((u0_x0_at + 2u) + ((j0 & 3u) * 2u))];
    let u0_x0_d = unpack2x16float((u0_x0_hdr & 0xffffu)).x;
    let u0_x1_at = ((x_base + p.x_col_stride) + ((j0 >> 2u) * 9u));
    let u0_x1_hdr = x[u0_x1_at][(j0 & 3u)];
    let u0_x1_lo = x[((u0_x1_at + 1u) + ((j0 & 3u) * 2u))];
    let u0_x1_hi = x[((u0_x1_at + 2u) + ((j0 & 3u) * 2u))];
    let u0_x1_d = unpack2x16float((u0_x1_hdr & 0xffffu)).x;
    let u0_x2_at = ((x_base + (p.x_col_stride * 2u)) + ((j0 >> 2u) * 9u));
    let u0_x2_hdr = x[u0_x2_at][(j0 & 3u)];
    let u0_x2_lo = x[((u0_x2_at + 1u) + ((j0 & 3u) * 2u))];
    let u0_x2_hi = x[((u0_x2_at + 2u) + ((j0 & 3u) * 2u))];
    let u0_x2_d = unpack2x16float((u0_x2_hdr & 0xffffu)).x;
    let u0_x3_at = ((x_base + (p.x_col_stride * 3u)) + ((j0 >> 2u) * 9u));
    let u0_x3_hdr = x[u0_x3_at][(j0 & 3u)];
    let u0_x3_lo = x[((u0_x3_at + 1u) + ((j0 & 3u) * 2u))];
    let u0_x3_hi = x[((u0_x3_at + 2u) + ((j0 & 3u) * 2u))];
    let u0_x3_d = unpack2x16float((u0_x3_hdr & 0xffffu)).x;
    let u0_x4_at = ((x_base + (p.x_col_stride * 4u)) + ((j0 >> 2u) * 9u));
    let u0_x4_hdr = x[u0_x4_at][(j0 & 3u)];
    let u0_x4_lo = x[((u0_x4_at + 1u) + ((j0 & 3u) * 2u))];
    let u0_x4_hi = x[((u0_x4_at + 2u) + ((j0 & 3u) * 2u))];
    let u0_x4_d = unpack2x16float((u0_x4_hdr & 0xffffu)).x;
    let u0_x5_at = ((x_base + (p.x_col_stride * 5u)) + ((j0 >> 2u) * 9u));
    let u0_x5_hdr = x[u0_x5_at][(j0 & 3u)];
    let u0_x5_lo = x[((u0_x5_at + 1u) + ((j0 & 3u) * 2u))];
    let u0_x5_hi = x[((u0_x5_at + 2u) + ((j0 & 3u) * 2u))];
    let u0_x5_d = unpack2x16float((u0_x5_hdr & 0xffffu)).x;
    let u0_x6_at = ((x_base + (p.x_col_stride * 6u)) + ((j0 >> 2u) * 9u));
    let u0_x6_hdr = x[u0_x6_at][(j0 & 3u)];
    let u0_x6_lo = x[((u0_x6_at + 1u) + ((j0 & 3u) * 2u))];
    let u0_x6_hi = x[((u0_x6_at + 2u) + ((j0 & 3u) * 2u))];
    let u0_x6_d = unpack2x16float((u0_x6_hdr & 0xffffu)).x;
    let u0_x7_at = ((x_base + (p.x_col_stride * 7u)) + ((j0 >> 2u) * 9u));
    let u0_x7_hdr = x[u0_x7_at][(j0 & 3u)];
    let u0_x7_lo = x[((u0_x7_at + 1u) + ((j0 & 3u) * 2u))];
    let u0_x7_hi = x[((u0_x7_at + 2u) + ((j0 & 3u) * 2u))];
    let u0_x7_d = unpack2x16float((u0_x7_hdr & 0xffffu)).x;
    let u0_blk = (j0 >> 3u);
    let u0_slice = (j0 & 7u);
    let u0_b0 = (row_base0 + (u0_blk * 136u));
    let t1_0 = ((u0_b0 + (u0_slice * 16u)) >> 2u);
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
    let t1_77 = w[(u0_b0 >> 2u)];
    let t1_78 = (u0_b0 + (u0_slice >> 1u));
    let u0_q0_0_0 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_4), select(0x26190d01u, 0x71594535u, t1_4), ((t1_3 & 8u) != 0u)) >> ((t1_3 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_6), select(0x26190d01u, 0x71594535u, t1_6), ((t1_5 & 8u) != 0u)) >> ((t1_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_8), select(0x26190d01u, 0x71594535u, t1_8), ((t1_7 & 8u) != 0u)) >> ((t1_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_10), select(0x26190d01u, 0x71594535u, t1_10), ((t1_9 & 8u) != 0u)) >> ((t1_9 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_1 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_14), select(0x26190d01u, 0x71594535u, t1_14), ((t1_13 & 8u) != 0u)) >> ((t1_13 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_16), select(0x26190d01u, 0x71594535u, t1_16), ((t1_15 & 8u) != 0u)) >> ((t1_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_18), select(0x26190d01u, 0x71594535u, t1_18), ((t1_17 & 8u) != 0u)) >> ((t1_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_20), select(0x26190d01u, 0x71594535u, t1_20), ((t1_19 & 8u) != 0u)) >> ((t1_19 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_2 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_24), select(0x26190d01u, 0x71594535u, t1_24), ((t1_23 & 8u) != 0u)) >> ((t1_23 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_26), select(0x26190d01u, 0x71594535u, t1_26), ((t1_25 & 8u) != 0u)) >> ((t1_25 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_28), select(0x26190d01u, 0x71594535u, t1_28), ((t1_27 & 8u) != 0u)) >> ((t1_27 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_30), select(0x26190d01u, 0x71594535u, t1_30), ((t1_29 & 8u) != 0u)) >> ((t1_29 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_3 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_34), select(0x26190d01u, 0x71594535u, t1_34), ((t1_33 & 8u) != 0u)) >> ((t1_33 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_36), select(0x26190d01u, 0x71594535u, t1_36), ((t1_35 & 8u) != 0u)) >> ((t1_35 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_38), select(0x26190d01u, 0x71594535u, t1_38), ((t1_37 & 8u) != 0u)) >> ((t1_37 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_40), select(0x26190d01u, 0x71594535u, t1_40), ((t1_39 & 8u) != 0u)) >> ((t1_39 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_4 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_43), select(0x26190d01u, 0x71594535u, t1_43), ((t1_42 & 8u) != 0u)) >> ((t1_42 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_45), select(0x26190d01u, 0x71594535u, t1_45), ((t1_44 & 8u) != 0u)) >> ((t1_44 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_47), select(0x26190d01u, 0x71594535u, t1_47), ((t1_46 & 8u) != 0u)) >> ((t1_46 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_49), select(0x26190d01u, 0x71594535u, t1_49), ((t1_48 & 8u) != 0u)) >> ((t1_48 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_5 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_52), select(0x26190d01u, 0x71594535u, t1_52), ((t1_51 & 8u) != 0u)) >> ((t1_51 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_54), select(0x26190d01u, 0x71594535u, t1_54), ((t1_53 & 8u) != 0u)) >> ((t1_53 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_56), select(0x26190d01u, 0x71594535u, t1_56), ((t1_55 & 8u) != 0u)) >> ((t1_55 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_58), select(0x26190d01u, 0x71594535u, t1_58), ((t1_57 & 8u) != 0u)) >> ((t1_57 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_6 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_61), select(0x26190d01u, 0x71594535u, t1_61), ((t1_60 & 8u) != 0u)) >> ((t1_60 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_63), select(0x26190d01u, 0x71594535u, t1_63), ((t1_62 & 8u) != 0u)) >> ((t1_62 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_65), select(0x26190d01u, 0x71594535u, t1_65), ((t1_64 & 8u) != 0u)) >> ((t1_64 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_67), select(0x26190d01u, 0x71594535u, t1_67), ((t1_66 & 8u) != 0u)) >> ((t1_66 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_7 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t1_70), select(0x26190d01u, 0x71594535u, t1_70), ((t1_69 & 8u) != 0u)) >> ((t1_69 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_72), select(0x26190d01u, 0x71594535u, t1_72), ((t1_71 & 8u) != 0u)) >> ((t1_71 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_74), select(0x26190d01u, 0x71594535u, t1_74), ((t1_73 & 8u) != 0u)) >> ((t1_73 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t1_76), select(0x26190d01u, 0x71594535u, t1_76), ((t1_75 & 8u) != 0u)) >> ((t1_75 & 3u) << 3u)) & 255u) << 24u));
    let u0_s0_0 = (unpack2x16float((t1_77 & 0xffffu)).x * f32(i32(((((((w[((t1_78 >> 2u) + 1u)] >> ((t1_78 & 3u) * 8u)) & 255u) >> ((u0_slice & 1u) * 4u)) & 15u) | (((((t1_77 >> 16u) & 0xffffu) >> (u0_slice * 2u)) & 3u) << 4u)) - 32u))));
    acc0 = (acc0 + (u0_x0_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x0_hi.w))))));
    acc1 = (acc1 + (u0_x1_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x1_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x1_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x1_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x1_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x1_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x1_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x1_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x1_hi.w))))));
    acc2 = (acc2 + (u0_x2_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x2_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x2_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x2_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x2_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x2_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x2_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x2_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x2_hi.w))))));
    acc3 = (acc3 + (u0_x3_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x3_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x3_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x3_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x3_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x3_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x3_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x3_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x3_hi.w))))));
    acc4 = (acc4 + (u0_x4_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x4_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x4_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x4_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x4_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x4_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x4_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x4_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x4_hi.w))))));
    acc5 = (acc5 + (u0_x5_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x5_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x5_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x5_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x5_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x5_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x5_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x5_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x5_hi.w))))));
    acc6 = (acc6 + (u0_x6_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x6_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x6_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x6_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x6_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x6_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x6_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x6_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x6_hi.w))))));
    acc7 = (acc7 + (u0_x7_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x7_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x7_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x7_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x7_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x7_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x7_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x7_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x7_hi.w))))));
    let u0_b1 = (row_base1 + (u0_blk * 136u));
    let t2_0 = ((u0_b1 + (u0_slice * 16u)) >> 2u);
    let t2_1 = w[(t2_0 + 2u)];
    let t2_2 = (t2_1 & 0xf0f0f0fu);
    let t2_3 = (t2_2 & 255u);
    let t2_4 = ((t2_3 & 4u) != 0u);
    let t2_5 = ((t2_2 >> 8u) & 255u);
    let t2_6 = ((t2_5 & 4u) != 0u);
    let t2_7 = ((t2_2 >> 16u) & 255u);
    let t2_8 = ((t2_7 & 4u) != 0u);
    let t2_9 = ((t2_2 >> 24u) & 255u);
    let t2_10 = ((t2_9 & 4u) != 0u);
    let t2_11 = w[(t2_0 + 3u)];
    let t2_12 = (t2_11 & 0xf0f0f0fu);
    let t2_13 = (t2_12 & 255u);
    let t2_14 = ((t2_13 & 4u) != 0u);
    let t2_15 = ((t2_12 >> 8u) & 255u);
    let t2_16 = ((t2_15 & 4u) != 0u);
    let t2_17 = ((t2_12 >> 16u) & 255u);
    let t2_18 = ((t2_17 & 4u) != 0u);
    let t2_19 = ((t2_12 >> 24u) & 255u);
    let t2_20 = ((t2_19 & 4u) != 0u);
    let t2_21 = w[(t2_0 + 4u)];
    let t2_22 = (t2_21 & 0xf0f0f0fu);
    let t2_23 = (t2_22 & 255u);
    let t2_24 = ((t2_23 & 4u) != 0u);
    let t2_25 = ((t2_22 >> 8u) & 255u);
    let t2_26 = ((t2_25 & 4u) != 0u);
    let t2_27 = ((t2_22 >> 16u) & 255u);
    let t2_28 = ((t2_27 & 4u) != 0u);
    let t2_29 = ((t2_22 >> 24u) & 255u);
    let t2_30 = ((t2_29 & 4u) != 0u);
    let t2_31 = w[(t2_0 + 5u)];
    let t2_32 = (t2_31 & 0xf0f0f0fu);
    let t2_33 = (t2_32 & 255u);
    let t2_34 = ((t2_33 & 4u) != 0u);
    let t2_35 = ((t2_32 >> 8u) & 255u);
    let t2_36 = ((t2_35 & 4u) != 0u);
    let t2_37 = ((t2_32 >> 16u) & 255u);
    let t2_38 = ((t2_37 & 4u) != 0u);
    let t2_39 = ((t2_32 >> 24u) & 255u);
    let t2_40 = ((t2_39 & 4u) != 0u);
    let t2_41 = ((t2_1 >> 4u) & 0xf0f0f0fu);
    let t2_42 = (t2_41 & 255u);
    let t2_43 = ((t2_42 & 4u) != 0u);
    let t2_44 = ((t2_41 >> 8u) & 255u);
    let t2_45 = ((t2_44 & 4u) != 0u);
    let t2_46 = ((t2_41 >> 16u) & 255u);
    let t2_47 = ((t2_46 & 4u) != 0u);
    let t2_48 = ((t2_41 >> 24u) & 255u);
    let t2_49 = ((t2_48 & 4u) != 0u);
    let t2_50 = ((t2_11 >> 4u) & 0xf0f0f0fu);
    let t2_51 = (t2_50 & 255u);
    let t2_52 = ((t2_51 & 4u) != 0u);
    let t2_53 = ((t2_50 >> 8u) & 255u);
    let t2_54 = ((t2_53 & 4u) != 0u);
    let t2_55 = ((t2_50 >> 16u) & 255u);
    let t2_56 = ((t2_55 & 4u) != 0u);
    let t2_57 = ((t2_50 >> 24u) & 255u);
    let t2_58 = ((t2_57 & 4u) != 0u);
    let t2_59 = ((t2_21 >> 4u) & 0xf0f0f0fu);
    let t2_60 = (t2_59 & 255u);
    let t2_61 = ((t2_60 & 4u) != 0u);
    let t2_62 = ((t2_59 >> 8u) & 255u);
    let t2_63 = ((t2_62 & 4u) != 0u);
    let t2_64 = ((t2_59 >> 16u) & 255u);
    let t2_65 = ((t2_64 & 4u) != 0u);
    let t2_66 = ((t2_59 >> 24u) & 255u);
    let t2_67 = ((t2_66 & 4u) != 0u);
    let t2_68 = ((t2_31 >> 4u) & 0xf0f0f0fu);
    let t2_69 = (t2_68 & 255u);
    let t2_70 = ((t2_69 & 4u) != 0u);
    let t2_71 = ((t2_68 >> 8u) & 255u);
    let t2_72 = ((t2_71 & 4u) != 0u);
    let t2_73 = ((t2_68 >> 16u) & 255u);
    let t2_74 = ((t2_73 & 4u) != 0u);
    let t2_75 = ((t2_68 >> 24u) & 255u);
    let t2_76 = ((t2_75 & 4u) != 0u);
    let t2_77 = w[(u0_b1 >> 2u)];
    let t2_78 = (u0_b1 + (u0_slice >> 1u));
    let u0_q1_0_0 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_4), select(0x26190d01u, 0x71594535u, t2_4), ((t2_3 & 8u) != 0u)) >> ((t2_3 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_6), select(0x26190d01u, 0x71594535u, t2_6), ((t2_5 & 8u) != 0u)) >> ((t2_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_8), select(0x26190d01u, 0x71594535u, t2_8), ((t2_7 & 8u) != 0u)) >> ((t2_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_10), select(0x26190d01u, 0x71594535u, t2_10), ((t2_9 & 8u) != 0u)) >> ((t2_9 & 3u) << 3u)) & 255u) << 24u));
    let u0_q1_0_1 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_14), select(0x26190d01u, 0x71594535u, t2_14), ((t2_13 & 8u) != 0u)) >> ((t2_13 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_16), select(0x26190d01u, 0x71594535u, t2_16), ((t2_15 & 8u) != 0u)) >> ((t2_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_18), select(0x26190d01u, 0x71594535u, t2_18), ((t2_17 & 8u) != 0u)) >> ((t2_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_20), select(0x26190d01u, 0x71594535u, t2_20), ((t2_19 & 8u) != 0u)) >> ((t2_19 & 3u) << 3u)) & 255u) << 24u));
    let u0_q1_0_2 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_24), select(0x26190d01u, 0x71594535u, t2_24), ((t2_23 & 8u) != 0u)) >> ((t2_23 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_26), select(0x26190d01u, 0x71594535u, t2_26), ((t2_25 & 8u) != 0u)) >> ((t2_25 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_28), select(0x26190d01u, 0x71594535u, t2_28), ((t2_27 & 8u) != 0u)) >> ((t2_27 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_30), select(0x26190d01u, 0x71594535u, t2_30), ((t2_29 & 8u) != 0u)) >> ((t2_29 & 3u) << 3u)) & 255u) << 24u));
    let u0_q1_0_3 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_34), select(0x26190d01u, 0x71594535u, t2_34), ((t2_33 & 8u) != 0u)) >> ((t2_33 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_36), select(0x26190d01u, 0x71594535u, t2_36), ((t2_35 & 8u) != 0u)) >> ((t2_35 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_38), select(0x26190d01u, 0x71594535u, t2_38), ((t2_37 & 8u) != 0u)) >> ((t2_37 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_40), select(0x26190d01u, 0x71594535u, t2_40), ((t2_39 & 8u) != 0u)) >> ((t2_39 & 3u) << 3u)) & 255u) << 24u));
    let u0_q1_0_4 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_43), select(0x26190d01u, 0x71594535u, t2_43), ((t2_42 & 8u) != 0u)) >> ((t2_42 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_45), select(0x26190d01u, 0x71594535u, t2_45), ((t2_44 & 8u) != 0u)) >> ((t2_44 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_47), select(0x26190d01u, 0x71594535u, t2_47), ((t2_46 & 8u) != 0u)) >> ((t2_46 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_49), select(0x26190d01u, 0x71594535u, t2_49), ((t2_48 & 8u) != 0u)) >> ((t2_48 & 3u) << 3u)) & 255u) << 24u));
    let u0_q1_0_5 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_52), select(0x26190d01u, 0x71594535u, t2_52), ((t2_51 & 8u) != 0u)) >> ((t2_51 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_54), select(0x26190d01u, 0x71594535u, t2_54), ((t2_53 & 8u) != 0u)) >> ((t2_53 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_56), select(0x26190d01u, 0x71594535u, t2_56), ((t2_55 & 8u) != 0u)) >> ((t2_55 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_58), select(0x26190d01u, 0x71594535u, t2_58), ((t2_57 & 8u) != 0u)) >> ((t2_57 & 3u) << 3u)) & 255u) << 24u));
    let u0_q1_0_6 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_61), select(0x26190d01u, 0x71594535u, t2_61), ((t2_60 & 8u) != 0u)) >> ((t2_60 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_63), select(0x26190d01u, 0x71594535u, t2_63), ((t2_62 & 8u) != 0u)) >> ((t2_62 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_65), select(0x26190d01u, 0x71594535u, t2_65), ((t2_64 & 8u) != 0u)) >> ((t2_64 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_67), select(0x26190d01u, 0x71594535u, t2_67), ((t2_66 & 8u) != 0u)) >> ((t2_66 & 3u) << 3u)) & 255u) << 24u));
    let u0_q1_0_7 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_70), select(0x26190d01u, 0x71594535u, t2_70), ((t2_69 & 8u) != 0u)) >> ((t2_69 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_72), select(0x26190d01u, 0x71594535u, t2_72), ((t2_71 & 8u) != 0u)) >> ((t2_71 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_74), select(0x26190d01u, 0x71594535u, t2_74), ((t2_73 & 8u) != 0u)) >> ((t2_73 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_76), select(0x26190d01u, 0x71594535u, t2_76), ((t2_75 & 8u) != 0u)) >> ((t2_75 & 3u) << 3u)) & 255u) << 24u));
    let u0_s1_0 = (unpack2x16float((t2_77 & 0xffffu)).x * f32(i32(((((((w[((t2_78 >> 2u) + 1u)] >> ((t2_78 & 3u) * 8u)) & 255u) >> ((u0_slice & 1u) * 4u)) & 15u) | (((((t2_77 >> 16u) & 0xffffu) >> (u0_slice * 2u)) & 3u) << 4u)) - 32u))));
    acc8 = (acc8 + (u0_x0_d * (u0_s1_0 * f32((((((((dot4I8Packed(u0_q1_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q1_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q1_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q1_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q1_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q1_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q1_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q1_0_7, u0_x0_hi.w))))));
    acc9 = (acc9 + (u0_x1_d * (u0_s1_0 * f32((((((((dot4I8Packed(u0_q1_0_0, u0_x1_lo.x) + dot4I8Packed(u0_q1_0_1, u0_x1_lo.y)) + dot4I8Packed(u0_q1_0_2, u0_x1_lo.z)) + dot4I8Packed(u0_q1_0_3, u0_x1_lo.w)) + dot4I8Packed(u0_q1_0_4, u0_x1_hi.x)) + dot4I8Packed(u0_q1_0_5, u0_x1_hi.y)) + dot4I8Packed(u0_q1_0_6, u0_x1_hi.z)) + dot4I8Packed(u0_q1_0_7, u0_x1_hi.w))))));
    acc10 = (acc10 + (u0_x2_d * (u0_s1_0 * f32((((((((dot4I8Packed(u0_q1_0_0, u0_x2_lo.x) + dot4I8Packed(u0_q1_0_1, u0_x2_lo.y)) + dot4I8Packed(u0_q1_0_2, u0_x2_lo.z)) + dot4I8Packed(u0_q1_0_3, u0_x2_lo.w)) + dot4I8Packed(u0_q1_0_4, u0_x2_hi.x)) + dot4I8Packed(u0_q1_0_5, u0_x2_hi.y)) + dot4I8Packed(u0_q1_0_6, u0_x2_hi.z)) + dot4I8Packed(u0_q1_0_7, u0_x2_hi.w))))));
    acc11 = (acc11 + (u0_x3_d * (u0_s1_0 * f32((((((((dot4I8Packed(u0_q1_0_0, u0_x3_lo.x) + dot4I8Packed(u0_q1_0_1, u0_x3_lo.y)) + dot4I8Packed(u0_q1_0_2, u0_x3_lo.z)) + dot4I8Packed(u0_q1_0_3, u0_x3_lo.w)) + dot4I8Packed(u0_q1_0_4, u0_x3_hi.x)) + dot4I8Packed(u0_q1_0_5, u0_x3_hi.y)) + dot4I8Packed(u0_q1_0_6, u0_x3_hi.z)) + dot4I8Packed(u0_q1_0_7, u0_x3_hi.w))))));
    acc12 = (acc12 + (u0_x4_d * (u0_s1_0 * f32((((((((dot4I8Packed(u0_q1_0_0, u0_x4_lo.x) + dot4I8Packed(u0_q1_0_1, u0_x4_lo.y)) + dot4I8Packed(u0_q1_0_2, u0_x4_lo.z)) + dot4I8Packed(u0_q1_0_3, u0_x4_lo.w)) + dot4I8Packed(u0_q1_0_4, u0_x4_hi.x)) + dot4I8Packed(u0_q1_0_5, u0_x4_hi.y)) + dot4I8Packed(u0_q1_0_6, u0_x4_hi.z)) + dot4I8Packed(u0_q1_0_7, u0_x4_hi.w))))));
    acc13 = (acc13 + (u0_x5_d * (u0_s1_0 * f32((((((((dot4I8Packed(u0_q1_0_0, u0_x5_lo.x) + dot4I8Packed(u0_q1_0_1, u0_x5_lo.y)) + dot4I8Packed(u0_q1_0_2, u0_x5_lo.z)) + dot4I8Packed(u0_q1_0_3, u0_x5_lo.w)) + dot4I8Packed(u0_q1_0_4, u0_x5_hi.x)) + dot4I8Packed(u0_q1_0_5, u0_x5_hi.y)) + dot4I8Packed(u0_q1_0_6, u0_x5_hi.z)) + dot4I8Packed(u0_q1_0_7, u0_x5_hi.w))))));
    acc14 = (acc14 + (u0_x6_d * (u0_s1_0 * f32((((((((dot4I8Packed(u0_q1_0_0, u0_x6_lo.x) + dot4I8Packed(u0_q1_0_1, u0_x6_lo.y)) + dot4I8Packed(u0_q1_0_2, u0_x6_lo.z)) + dot4I8Packed(u0_q1_0_3, u0_x6_lo.w)) + dot4I8Packed(u0_q1_0_4, u0_x6_hi.x)) + dot4I8Packed(u0_q1_0_5, u0_x6_hi.y)) + dot4I8Packed(u0_q1_0_6, u0_x6_hi.z)) + dot4I8Packed(u0_q1_0_7, u0_x6_hi.w))))));
    acc15 = (acc15 + (u0_x7_d * (u0_s1_0 * f32((((((((dot4I8Packed(u0_q1_0_0, u0_x7_lo.x) + dot4I8Packed(u0_q1_0_1, u0_x7_lo.y)) + dot4I8Packed(u0_q1_0_2, u0_x7_lo.z)) + dot4I8Packed(u0_q1_0_3, u0_x7_lo.w)) + dot4I8Packed(u0_q1_0_4, u0_x7_hi.x)) + dot4I8Packed(u0_q1_0_5, u0_x7_hi.y)) + dot4I8Packed(u0_q1_0_6, u0_x7_hi.z)) + dot4I8Packed(u0_q1_0_7, u0_x7_hi.w))))));
    let u1_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at][((j0 & 3u) + 1u)];
    let u1_x0_lo = x[(((u1_x0_at + 1u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x0_hi = x[(((u1_x0_at + 2u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_x1_at = ((x_base + p.x_col_stride) + ((j0 >> 2u) * 9u));
    let u1_x1_hdr = x[u1_x1_at][((j0 & 3u) + 1u)];
    let u1_x1_lo = x[(((u1_x1_at + 1u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x1_hi = x[(((u1_x1_at + 2u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x1_d = unpack2x16float((u1_x1_hdr & 0xffffu)).x;
    let u1_x2_at = ((x_base + (p.x_col_stride * 2u)) + ((j0 >> 2u) * 9u));
    let u1_x2_hdr = x[u1_x2_at][((j0 & 3u) + 1u)];
    let u1_x2_lo = x[(((u1_x2_at + 1u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x2_hi = x[(((u1_x2_at + 2u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x2_d = unpack2x16float((u1_x2_hdr & 0xffffu)).x;
    let u1_x3_at = ((x_base + (p.x_col_stride * 3u)) + ((j0 >> 2u) * 9u));
    let u1_x3_hdr = x[u1_x3_at][((j0 & 3u) + 1u)];
    let u1_x3_lo = x[(((u1_x3_at + 1u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x3_hi = x[(((u1_x3_at + 2u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x3_d = unpack2x16float((u1_x3_hdr & 0xffffu)).x;
    let u1_x4_at = ((x_base + (p.x_col_stride * 4u)) + ((j0 >> 2u) * 9u));
    let u1_x4_hdr = x[u1_x4_at][((j0 & 3u) + 1u)];
    let u1_x4_lo = x[(((u1_x4_at + 1u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x4_hi = x[(((u1_x4_at + 2u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x4_d = unpack2x16float((u1_x4_hdr & 0xffffu)).x;
    let u1_x5_at = ((x_base + (p.x_col_stride * 5u)) + ((j0 >> 2u) * 9u));
    let u1_x5_hdr = x[u1_x5_at][((j0 & 3u) + 1u)];
    let u1_x5_lo = x[(((u1_x5_at + 1u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x5_hi = x[(((u1_x5_at + 2u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x5_d = unpack2x16float((u1_x5_hdr & 0xffffu)).x;
    let u1_x6_at = ((x_base + (p.x_col_stride * 6u)) + ((j0 >> 2u) * 9u));
    let u1_x6_hdr = x[u1_x6_at][((j0 & 3u) + 1u)];
    let u1_x6_lo = x[(((u1_x6_at + 1u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x6_hi = x[(((u1_x6_at + 2u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x6_d = unpack2x16float((u1_x6_hdr & 0xffffu)).x;
    let u1_x7_at = ((x_base + (p.x_col_stride * 7u)) + ((j0 >> 2u) * 9u));
    let u1_x7_hdr = x[u1_x7_at][((j0 & 3u) + 1u)];
    let u1_x7_lo = x[(((u1_x7_at + 1u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x7_hi = x[(((u1_x7_at + 2u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x7_d = unpack2x16float((u1_x7_hdr & 0xffffu)).x;
    let u1_blk = (j0 >> 3u);
    let u1_slice = ((j0 & 7u) + 1u);
    let u1_b0 = (row_base0 + (u1_blk * 136u));
    let t3_0 = ((u1_b0 + (u1_slice * 16u)) >> 2u);
    let t3_1 = w[(t3_0 + 2u)];
    let t3_2 = (t3_1 & 0xf0f0f0fu);
    let t3_3 = (t3_2 & 255u);
    let t3_4 = ((t3_3 & 4u) != 0u);
    let t3_5 = ((t3_2 >> 8u) & 255u);
    let t3_6 = ((t3_5 & 4u) != 0u);
    let t3_7 = ((t3_2 >> 16u) & 255u);
    let t3_8 = ((t3_7 & 4u) != 0u);
    let t3_9 = ((t3_2 >> 24u) & 255u);
    let t3_10 = ((t3_9 & 4u) != 0u);
    let t3_11 = w[(t3_0 + 3u)];
    let t3_12 = (t3_11 & 0xf0f0f0fu);
    let t3_13 = (t3_12 & 255u);
    let t3_14 = ((t3_13 & 4u) != 0u);
    let t3_15 = ((t3_12 >> 8u) & 255u);
    let t3_16 = ((t3_15 & 4u) != 0u);
    let t3_17 = ((t3_12 >> 16u) & 255u);
    let t3_18 = ((t3_17 & 4u) != 0u);
    let t3_19 = ((t3_12 >> 24u) & 255u);
    let t3_20 = ((t3_19 & 4u) != 0u);
    let t3_21 = w[(t3_0 + 4u)];
    let t3_22 = (t3_21 & 0xf0f0f0fu);
    let t3_23 = (t3_22 & 255u);
    let t3_24 = ((t3_23 & 4u) != 0u);
    let t3_25 = ((t3_22 >> 8u) & 255u);
    let t3_26 = ((t3_25 & 4u) != 0u);
    let t3_27 = ((t3_22 >> 16u) & 255u);
    let t3_28 = ((t3_27 & 4u) != 0u);
    let t3_29 = ((t3_22 >> 24u) & 255u);
    let t3_30 = ((t3_29 & 4u) != 0u);
    let t3_31 = w[(t3_0 + 5u)];
    let t3_32 = (t3_31 & 0xf0f0f0fu);
    let t3_33 = (t3_32 & 255u);
    let t3_34 = ((t3_33 & 4u) != 0u);
    let t3_35 = ((t3_32 >> 8u) & 255u);
    let t3_36 = ((t3_35 & 4u) != 0u);
    let t3_37 = ((t3_32 >> 16u) & 255u);
    let t3_38 = ((t3_37 & 4u) != 0u);
    let t3_39 = ((t3_32 >> 24u) & 255u);
    let t3_40 = ((t3_39 & 4u) != 0u);
    let t3_41 = ((t3_1 >> 4u) & 0xf0f0f0fu);
    let t3_42 = (t3_41 & 255u);
    let t3_43 = ((t3_42 & 4u) != 0u);
    let t3_44 = ((t3_41 >> 8u) & 255u);
    let t3_45 = ((t3_44 & 4u) != 0u);
    let t3_46 = ((t3_41 >> 16u) & 255u);
    let t3_47 = ((t3_46 & 4u) != 0u);
    let t3_48 = ((t3_41 >> 24u) & 255u);
    let t3_49 = ((t3_48 & 4u) != 0u);
    let t3_50 = ((t3_11 >> 4u) & 0xf0f0f0fu);
    let t3_51 = (t3_50 & 255u);
    let t3_52 = ((t3_51 & 4u) != 0u);
    let t3_53 = ((t3_50 >> 8u) & 255u);
    let t3_54 = ((t3_53 & 4u) != 0u);
    let t3_55 = ((t3_50 >> 16u) & 255u);
    let t3_56 = ((t3_55 & 4u) != 0u);
    let t3_57 = ((t3_50 >> 24u) & 255u);
    let t3_58 = ((t3_57 & 4u) != 0u);
    let t3_59 = ((t3_21 >> 4u) & 0xf0f0f0fu);
    let t3_60 = (t3_59 & 255u);
    let t3_61 = ((t3_60 & 4u) != 0u);
    let t3_62 = ((t3_59 >> 8u) & 255u);
    let t3_63 = ((t3_62 & 4u) != 0u);
    let t3_64 = ((t3_59 >> 16u) & 255u);
    let t3_65 = ((t3_64 & 4u) != 0u);
    let t3_66 = ((t3_59 >> 24u) & 255u);
    let t3_67 = ((t3_66 & 4u) != 0u);
    let t3_68 = ((t3_31 >> 4u) & 0xf0f0f0fu);
    let t3_69 = (t3_68 & 255u);
    let t3_70 = ((t3_69 & 4u) != 0u);
    let t3_71 = ((t3_68 >> 8u) & 255u);
    let t3_72 = ((t3_71 & 4u) != 0u);
    let t3_73 = ((t3_68 >> 16u) & 255u);
    let t3_74 = ((t3_73 & 4u) != 0u);
    let t3_75 = ((t3_68 >> 24u) & 255u);
    let t3_76 = ((t3_75 & 4u) != 0u);
    let t3_77 = w[(u1_b0 >> 2u)];
    let t3_78 = (u1_b0 + (u1_slice >> 1u));
    let u1_q0_0_0 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_4), select(0x26190d01u, 0x71594535u, t3_4), ((t3_3 & 8u) != 0u)) >> ((t3_3 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_6), select(0x26190d01u, 0x71594535u, t3_6), ((t3_5 & 8u) != 0u)) >> ((t3_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_8), select(0x26190d01u, 0x71594535u, t3_8), ((t3_7 & 8u) != 0u)) >> ((t3_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_10), select(0x26190d01u, 0x71594535u, t3_10), ((t3_9 & 8u) != 0u)) >> ((t3_9 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_1 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_14), select(0x26190d01u, 0x71594535u, t3_14), ((t3_13 & 8u) != 0u)) >> ((t3_13 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_16), select(0x26190d01u, 0x71594535u, t3_16), ((t3_15 & 8u) != 0u)) >> ((t3_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_18), select(0x26190d01u, 0x71594535u, t3_18), ((t3_17 & 8u) != 0u)) >> ((t3_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_20), select(0x26190d01u, 0x71594535u, t3_20), ((t3_19 & 8u) != 0u)) >> ((t3_19 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_2 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_24), select(0x26190d01u, 0x71594535u, t3_24), ((t3_23 & 8u) != 0u)) >> ((t3_23 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_26), select(0x26190d01u, 0x71594535u, t3_26), ((t3_25 & 8u) != 0u)) >> ((t3_25 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_28), select(0x26190d01u, 0x71594535u, t3_28), ((t3_27 & 8u) != 0u)) >> ((t3_27 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_30), select(0x26190d01u, 0x71594535u, t3_30), ((t3_29 & 8u) != 0u)) >> ((t3_29 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_3 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_34), select(0x26190d01u, 0x71594535u, t3_34), ((t3_33 & 8u) != 0u)) >> ((t3_33 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_36), select(0x26190d01u, 0x71594535u, t3_36), ((t3_35 & 8u) != 0u)) >> ((t3_35 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_38), select(0x26190d01u, 0x71594535u, t3_38), ((t3_37 & 8u) != 0u)) >> ((t3_37 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_40), select(0x26190d01u, 0x71594535u, t3_40), ((t3_39 & 8u) != 0u)) >> ((t3_39 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_4 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_43), select(0x26190d01u, 0x71594535u, t3_43), ((t3_42 & 8u) != 0u)) >> ((t3_42 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_45), select(0x26190d01u, 0x71594535u, t3_45), ((t3_44 & 8u) != 0u)) >> ((t3_44 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_47), select(0x26190d01u, 0x71594535u, t3_47), ((t3_46 & 8u) != 0u)) >> ((t3_46 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_49), select(0x26190d01u, 0x71594535u, t3_49), ((t3_48 & 8u) != 0u)) >> ((t3_48 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_5 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_52), select(0x26190d01u, 0x71594535u, t3_52), ((t3_51 & 8u) != 0u)) >> ((t3_51 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_54), select(0x26190d01u, 0x71594535u, t3_54), ((t3_53 & 8u) != 0u)) >> ((t3_53 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_56), select(0x26190d01u, 0x71594535u, t3_56), ((t3_55 & 8u) != 0u)) >> ((t3_55 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_58), select(0x26190d01u, 0x71594535u, t3_58), ((t3_57 & 8u) != 0u)) >> ((t3_57 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_6 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_61), select(0x26190d01u, 0x71594535u, t3_61), ((t3_60 & 8u) != 0u)) >> ((t3_60 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_63), select(0x26190d01u, 0x71594535u, t3_63), ((t3_62 & 8u) != 0u)) >> ((t3_62 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_65), select(0x26190d01u, 0x71594535u, t3_65), ((t3_64 & 8u) != 0u)) >> ((t3_64 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_67), select(0x26190d01u, 0x71594535u, t3_67), ((t3_66 & 8u) != 0u)) >> ((t3_66 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_7 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_70), select(0x26190d01u, 0x71594535u, t3_70), ((t3_69 & 8u) != 0u)) >> ((t3_69 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_72), select(0x26190d01u, 0x71594535u, t3_72), ((t3_71 & 8u) != 0u)) >> ((t3_71 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_74), select(0x26190d01u, 0x71594535u, t3_74), ((t3_73 & 8u) != 0u)) >> ((t3_73 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_76), select(0x26190d01u, 0x71594535u, t3_76), ((t3_75 & 8u) != 0u)) >> ((t3_75 & 3u) << 3u)) & 255u) << 24u));
    let u1_s0_0 = (unpack2x16float((t3_77 & 0xffffu)).x * f32(i32(((((((w[((t3_78 >> 2u) + 1u)] >> ((t3_78 & 3u) * 8u)) & 255u) >> ((u1_slice & 1u) * 4u)) & 15u) | (((((t3_77 >> 16u) & 0xffffu) >> (u1_slice * 2u)) & 3u) << 4u)) - 32u))));
    acc0 = (acc0 + (u1_x0_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x0_hi.w))))));
    acc1 = (acc1 + (u1_x1_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x1_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x1_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x1_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x1_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x1_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x1_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x1_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x1_hi.w))))));
    acc2 = (acc2 + (u1_x2_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x2_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x2_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x2_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x2_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x2_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x2_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x2_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x2_hi.w))))));
    acc3 = (acc3 + (u1_x3_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x3_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x3_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x3_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x3_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x3_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x3_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x3_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x3_hi.w))))));
    acc4 = (acc4 + (u1_x4_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x4_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x4_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x4_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x4_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x4_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x4_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x4_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x4_hi.w))))));
    acc5 = (acc5 + (u1_x5_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x5_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x5_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x5_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x5_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x5_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x5_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x5_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x5_hi.w))))));
    acc6 = (acc6 + (u1_x6_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x6_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x6_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x6_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x6_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x6_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x6_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x6_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x6_hi.w))))));
    acc7 = (acc7 + (u1_x7_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x7_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x7_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x7_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x7_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x7_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x7_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x7_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x7_hi.w))))));
    let u1_b1 = (row_base1 + (u1_blk * 136u));
    let t4_0 = ((u1_b1 + (u1_slice * 16u)) >> 2u);
    let t4_1 = w[(t4_0 + 2u)];
    let t4_2 = (t4_1 & 0xf0f0f0fu);
    let t4_3 = (t4_2 & 255u);
    let t4_4 = ((t4_3 & 4u) != 0u);
    let t4_5 = ((t4_2 >> 8u) & 255u);
    let t4_6 = ((t4_5 & 4u) != 0u);
    let t4_7 = ((t4_2 >> 16u) & 255u);
    let t4_8 = ((t4_7 & 4u) != 0u);
    let t4_9 = ((t4_2 >> 24u) & 255u);
    let t4_10 = ((t4_9 & 4u) != 0u);
    let t4_11 = w[(t4_0 + 3u)];
    let t4_12 = (t4_11 & 0xf0f0f0fu);
    let t4_13 = (t4_12 & 255u);
    let t4_14 = ((t4_13 & 4u) != 0u);
    let t4_15 = ((t4_12 >> 8u) & 255u);
    let t4_16 = ((t4_15 & 4u) != 0u);
    let t4_17 = ((t4_12 >> 16u) & 255u);
    let t4_18 = ((t4_17 & 4u) != 0u);
    let t4_19 = ((t4_12 >> 24u) & 255u);
    let t4_20 = ((t4_19 & 4u) != 0u);
    let t4_21 = w[(t4_0 + 4u)];
    let t4_22 = (t4_21 & 0xf0f0f0fu);
    let t4_23 = (t4_22 & 255u);
    let t4_24 = ((t4_23 & 4u) != 0u);
    let t4_25 = ((t4_22 >> 8u) & 255u);
    let t4_26 = ((t4_25 & 4u) != 0u);
    let t4_27 = ((t4_22 >> 16u) & 255u);
    let t4_28 = ((t4_27 & 4u) != 0u);
    let t4_29 = ((t4_22 >> 24u) & 255u);
    let t4_30 = ((t4_29 & 4u) != 0u);
    let t4_31 = w[(t4_0 + 5u)];
    let t4_32 = (t4_31 & 0xf0f0f0fu);
    let t4_33 = (t4_32 & 255u);
    let t4_34 = ((t4_33 & 4u) != 0u);
    let t4_35 = ((t4_32 >> 8u) & 255u);
    let t4_36 = ((t4_35 & 4u) != 0u);
    let t4_37 = ((t4_32 >> 16u) & 255u);
    let t4_38 = ((t4_37 & 4u) != 0u);
    let t4_39 = ((t4_32 >> 24u) & 255u);
    let t4_40 = ((t4_39 & 4u) != 0u);
    let t4_41 = ((t4_1 >> 4u) & 0xf0f0f0fu);
    let t4_42 = (t4_41 & 255u);
    let t4_43 = ((t4_42 & 4u) != 0u);
    let t4_44 = ((t4_41 >> 8u) & 255u);
    let t4_45 = ((t4_44 & 4u) != 0u);
    let t4_46 = ((t4_41 >> 16u) & 255u);
    let t4_47 = ((t4_46 & 4u) != 0u);
    let t4_48 = ((t4_41 >> 24u) & 255u);
    let t4_49 = ((t4_48 & 4u) != 0u);
    let t4_50 = ((t4_11 >> 4u) & 0xf0f0f0fu);
    let t4_51 = (t4_50 & 255u);
    let t4_52 = ((t4_51 & 4u) != 0u);
    let t4_53 = ((t4_50 >> 8u) & 255u);
    let t4_54 = ((t4_53 & 4u) != 0u);
    let t4_55 = ((t4_50 >> 16u) & 255u);
    let t4_56 = ((t4_55 & 4u) != 0u);
    let t4_57 = ((t4_50 >> 24u) & 255u);
    let t4_58 = ((t4_57 & 4u) != 0u);
    let t4_59 = ((t4_21 >> 4u) & 0xf0f0f0fu);
    let t4_60 = (t4_59 & 255u);
    let t4_61 = ((t4_60 & 4u) != 0u);
    let t4_62 = ((t4_59 >> 8u) & 255u);
    let t4_63 = ((t4_62 & 4u) != 0u);
    let t4_64 = ((t4_59 >> 16u) & 255u);
    let t4_65 = ((t4_64 & 4u) != 0u);
    let t4_66 = ((t4_59 >> 24u) & 255u);
    let t4_67 = ((t4_66 & 4u) != 0u);
    let t4_68 = ((t4_31 >> 4u) & 0xf0f0f0fu);
    let t4_69 = (t4_68 & 255u);
    let t4_70 = ((t4_69 & 4u) != 0u);
    let t4_71 = ((t4_68 >> 8u) & 255u);
    let t4_72 = ((t4_71 & 4u) != 0u);
    let t4_73 = ((t4_68 >> 16u) & 255u);
    let t4_74 = ((t4_73 & 4u) != 0u);
    let t4_75 = ((t4_68 >> 24u) & 255u);
    let t4_76 = ((t4_75 & 4u) != 0u);
    let t4_77 = w[(u1_b1 >> 2u)];
    let t4_78 = (u1_b1 + (u1_slice >> 1u));
    let u1_q1_0_0 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t4_4), select(0x26190d01u, 0x71594535u, t4_4), ((t4_3 & 8u) != 0u)) >> ((t4_3 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_6), select(0x26190d01u, 0x71594535u, t4_6), ((t4_5 & 8u) != 0u)) >> ((t4_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_8), select(0x26190d01u, 0x71594535u, t4_8), ((t4_7 & 8u) != 0u)) >> ((t4_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_10), select(0x26190d01u, 0x71594535u, t4_10), ((t4_9 & 8u) != 0u)) >> ((t4_9 & 3u) << 3u)) & 255u) << 24u));
    let u1_q1_0_1 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t4_14), select(0x26190d01u, 0x71594535u, t4_14), ((t4_13 & 8u) != 0u)) >> ((t4_13 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_16), select(0x26190d01u, 0x71594535u, t4_16), ((t4_15 & 8u) != 0u)) >> ((t4_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_18), select(0x26190d01u, 0x71594535u, t4_18), ((t4_17 & 8u) != 0u)) >> ((t4_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_20), select(0x26190d01u, 0x71594535u, t4_20), ((t4_19 & 8u) != 0u)) >> ((t4_19 & 3u) << 3u)) & 255u) << 24u));
    let u1_q1_0_2 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t4_24), select(0x26190d01u, 0x71594535u, t4_24), ((t4_23 & 8u) != 0u)) >> ((t4_23 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_26), select(0x26190d01u, 0x71594535u, t4_26), ((t4_25 & 8u) != 0u)) >> ((t4_25 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_28), select(0x26190d01u, 0x71594535u, t4_28), ((t4_27 & 8u) != 0u)) >> ((t4_27 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_30), select(0x26190d01u, 0x71594535u, t4_30), ((t4_29 & 8u) != 0u)) >> ((t4_29 & 3u) << 3u)) & 255u) << 24u));
    let u1_q1_0_3 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t4_34), select(0x26190d01u, 0x71594535u, t4_34), ((t4_33 & 8u) != 0u)) >> ((t4_33 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_36), select(0x26190d01u, 0x71594535u, t4_36), ((t4_35 & 8u) != 0u)) >> ((t4_35 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_38), select(0x26190d01u, 0x71594535u, t4_38), ((t4_37 & 8u) != 0u)) >> ((t4_37 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_40), select(0x26190d01u, 0x71594535u, t4_40), ((t4_39 & 8u) != 0u)) >> ((t4_39 & 3u) << 3u)) & 255u) << 24u));
    let u1_q1_0_4 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t4_43), select(0x26190d01u, 0x71594535u, t4_43), ((t4_42 & 8u) != 0u)) >> ((t4_42 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_45), select(0x26190d01u, 0x71594535u, t4_45), ((t4_44 & 8u) != 0u)) >> ((t4_44 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_47), select(0x26190d01u, 0x71594535u, t4_47), ((t4_46 & 8u) != 0u)) >> ((t4_46 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_49), select(0x26190d01u, 0x71594535u, t4_49), ((t4_48 & 8u) != 0u)) >> ((t4_48 & 3u) << 3u)) & 255u) << 24u));
    let u1_q1_0_5 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t4_52), select(0x26190d01u, 0x71594535u, t4_52), ((t4_51 & 8u) != 0u)) >> ((t4_51 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_54), select(0x26190d01u, 0x71594535u, t4_54), ((t4_53 & 8u) != 0u)) >> ((t4_53 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_56), select(0x26190d01u, 0x71594535u, t4_56), ((t4_55 & 8u) != 0u)) >> ((t4_55 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_58), select(0x26190d01u, 0x71594535u, t4_58), ((t4_57 & 8u) != 0u)) >> ((t4_57 & 3u) << 3u)) & 255u) << 24u));
    let u1_q1_0_6 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t4_61), select(0x26190d01u, 0x71594535u, t4_61), ((t4_60 & 8u) != 0u)) >> ((t4_60 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_63), select(0x26190d01u, 0x71594535u, t4_63), ((t4_62 & 8u) != 0u)) >> ((t4_62 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_65), select(0x26190d01u, 0x71594535u, t4_65), ((t4_64 & 8u) != 0u)) >> ((t4_64 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_67), select(0x26190d01u, 0x71594535u, t4_67), ((t4_66 & 8u) != 0u)) >> ((t4_66 & 3u) << 3u)) & 255u) << 24u));
    let u1_q1_0_7 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t4_70), select(0x26190d01u, 0x71594535u, t4_70), ((t4_69 & 8u) != 0u)) >> ((t4_69 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_72), select(0x26190d01u, 0x71594535u, t4_72), ((t4_71 & 8u) != 0u)) >> ((t4_71 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_74), select(0x26190d01u, 0x71594535u, t4_74), ((t4_73 & 8u) != 0u)) >> ((t4_73 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t4_76), select(0x26190d01u, 0x71594535u, t4_76), ((t4_75 & 8u) != 0u)) >> ((t4_75 & 3u) << 3u)) & 255u) << 24u));
    let u1_s1_0 = (unpack2x16float((t4_77 & 0xffffu)).x * f32(i32(((((((w[((t4_78 >> 2u) + 1u)] >> ((t4_78 & 3u) * 8u)) & 255u) >> ((u1_slice & 1u) * 4u)) & 15u) | (((((t4_77 >> 16u) & 0xffffu) >> (u1_slice * 2u)) & 3u) << 4u)) - 32u))));
    acc8 = (acc8 + (u1_x0_d * (u1_s1_0 * f32((((((((dot4I8Packed(u1_q1_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q1_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q1_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q1_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q1_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q1_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q1_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q1_0_7, u1_x0_hi.w))))));
    acc9 = (acc9 + (u1_x1_d * (u1_s1_0 * f32((((((((dot4I8Packed(u1_q1_0_0, u1_x1_lo.x) + dot4I8Packed(u1_q1_0_1, u1_x1_lo.y)) + dot4I8Packed(u1_q1_0_2, u1_x1_lo.z)) + dot4I8Packed(u1_q1_0_3, u1_x1_lo.w)) + dot4I8Packed(u1_q1_0_4, u1_x1_hi.x)) + dot4I8Packed(u1_q1_0_5, u1_x1_hi.y)) + dot4I8Packed(u1_q1_0_6, u1_x1_hi.z)) + dot4I8Packed(u1_q1_0_7, u1_x1_hi.w))))));
    acc10 = (acc10 + (u1_x2_d * (u1_s1_0 * f32((((((((dot4I8Packed(u1_q1_0_0, u1_x2_lo.x) + dot4I8Packed(u1_q1_0_1, u1_x2_lo.y)) + dot4I8Packed(u1_q1_0_2, u1_x2_lo.z)) + dot4I8Packed(u1_q1_0_3, u1_x2_lo.w)) + dot4I8Packed(u1_q1_0_4, u1_x2_hi.x)) + dot4I8Packed(u1_q1_0_5, u1_x2_hi.y)) + dot4I8Packed(u1_q1_0_6, u1_x2_hi.z)) + dot4I8Packed(u1_q1_0_7, u1_x2_hi.w))))));
    acc11 = (acc11 + (u1_x3_d * (u1_s1_0 * f32((((((((dot4I8Packed(u1_q1_0_0, u1_x3_lo.x) + dot4I8Packed(u1_q1_0_1, u1_x3_lo.y)) + dot4I8Packed(u1_q1_0_2, u1_x3_lo.z)) + dot4I8Packed(u1_q1_0_3, u1_x3_lo.w)) + dot4I8Packed(u1_q1_0_4, u1_x3_hi.x)) + dot4I8Packed(u1_q1_0_5, u1_x3_hi.y)) + dot4I8Packed(u1_q1_0_6, u1_x3_hi.z)) + dot4I8Packed(u1_q1_0_7, u1_x3_hi.w))))));
    acc12 = (acc12 + (u1_x4_d * (u1_s1_0 * f32((((((((dot4I8Packed(u1_q1_0_0, u1_x4_lo.x) + dot4I8Packed(u1_q1_0_1, u1_x4_lo.y)) + dot4I8Packed(u1_q1_0_2, u1_x4_lo.z)) + dot4I8Packed(u1_q1_0_3, u1_x4_lo.w)) + dot4I8Packed(u1_q1_0_4, u1_x4_hi.x)) + dot4I8Packed(u1_q1_0_5, u1_x4_hi.y)) + dot4I8Packed(u1_q1_0_6, u1_x4_hi.z)) + dot4I8Packed(u1_q1_0_7, u1_x4_hi.w))))));
    acc13 = (acc13 + (u1_x5_d * (u1_s1_0 * f32((((((((dot4I8Packed(u1_q1_0_0, u1_x5_lo.x) + dot4I8Packed(u1_q1_0_1, u1_x5_lo.y)) + dot4I8Packed(u1_q1_0_2, u1_x5_lo.z)) + dot4I8Packed(u1_q1_0_3, u1_x5_lo.w)) + dot4I8Packed(u1_q1_0_4, u1_x5_hi.x)) + dot4I8Packed(u1_q1_0_5, u1_x5_hi.y)) + dot4I8Packed(u1_q1_0_6, u1_x5_hi.z)) + dot4I8Packed(u1_q1_0_7, u1_x5_hi.w))))));
    acc14 = (acc14 + (u1_x6_d * (u1_s1_0 * f32((((((((dot4I8Packed(u1_q1_0_0, u1_x6_lo.x) + dot4I8Packed(u1_q1_0_1, u1_x6_lo.y)) + dot4I8Packed(u1_q1_0_2, u1_x6_lo.z)) + dot4I8Packed(u1_q1_0_3, u1_x6_lo.w)) + dot4I8Packed(u1_q1_0_4, u1_x6_hi.x)) + dot4I8Packed(u1_q1_0_5, u1_x6_hi.y)) + dot4I8Packed(u1_q1_0_6, u1_x6_hi.z)) + dot4I8Packed(u1_q1_0_7, u1_x6_hi.w))))));
    acc15 = (acc15 + (u1_x7_d * (u1_s1_0 * f32((((((((dot4I8Packed(u1_q1_0_0, u1_x7_lo.x) + dot4I8Packed(u1_q1_0_1, u1_x7_lo.y)) + dot4I8Packed(u1_q1_0_2, u1_x7_lo.z)) + dot4I8Packed(u1_q1_0_3, u1_x7_lo.w)) + dot4I8Packed(u1_q1_0_4, u1_x7_hi.x)) + dot4I8Packed(u1_q1_0_5, u1_x7_hi.y)) + dot4I8Packed(u1_q1_0_6, u1_x7_hi.z)) + dot4I8Packed(u1_q1_0_7, u1_x7_hi.w))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
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
    let t5_0 = ((b0 + (slice * 16u)) >> 2u);
    let t5_1 = w[(t5_0 + 2u)];
    let t5_2 = (t5_1 & 0xf0f0f0fu);
    let t5_3 = (t5_2 & 255u);
    let t5_4 = ((t5_3 & 4u) != 0u);
    let t5_5 = ((t5_2 >> 8u) & 255u);
    let t5_6 = ((t5_5 & 4u) != 0u);
    let t5_7 = ((t5_2 >> 16u) & 255u);
    let t5_8 = ((t5_7 & 4u) != 0u);
    let t5_9 = ((t5_2 >> 24u) & 255u);
    let t5_10 = ((t5_9 & 4u) != 0u);
    let t5_11 = w[(t5_0 + 3u)];
    let t5_12 = (t5_11 & 0xf0f0f0fu);
    let t5_13 = (t5_12 & 255u);
    let t5_14 = ((t5_13 & 4u) != 0u);
    let t5_15 = ((t5_12 >> 8u) & 255u);
    let t5_16 = ((t5_15 & 4u) != 0u);
    let t5_17 = ((t5_12 >> 16u) & 255u);
    let t5_18 = ((t5_17 & 4u) != 0u);
    let t5_19 = ((t5_12 >> 24u) & 255u);
    let t5_20 = ((t5_19 & 4u) != 0u);
    let t5_21 = w[(t5_0 + 4u)];
    let t5_22 = (t5_21 & 0xf0f0f0fu);
    let t5_23 = (t5_22 & 255u);
    let t5_24 = ((t5_23 & 4u) != 0u);
    let t5_25 = ((t5_22 >> 8u) & 255u);
    let t5_26 = ((t5_25 & 4u) != 0u);
    let t5_27 = ((t5_22 >> 16u) & 255u);
    let t5_28 = ((t5_27 & 4u) != 0u);
    let t5_29 = ((t5_22 >> 24u) & 255u);
    let t5_30 = ((t5_29 & 4u) != 0u);
    let t5_31 = w[(t5_0 + 5u)];
    let t5_32 = (t5_31 & 0xf0f0f0fu);
    let t5_33 = (t5_32 & 255u);
    let t5_34 = ((t5_33 & 4u) != 0u);
    let t5_35 = ((t5_32 >> 8u) & 255u);
    let t5_36 = ((t5_35 & 4u) != 0u);
    let t5_37 = ((t5_32 >> 16u) & 255u);
    let t5_38 = ((t5_37 & 4u) != 0u);
    let t5_39 = ((t5_32 >> 24u) & 255u);
    let t5_40 = ((t5_39 & 4u) != 0u);
    let t5_41 = ((t5_1 >> 4u) & 0xf0f0f0fu);
    let t5_42 = (t5_41 & 255u);
    let t5_43 = ((t5_42 & 4u) != 0u);
    let t5_44 = ((t5_41 >> 8u) & 255u);
    let t5_45 = ((t5_44 & 4u) != 0u);
    let t5_46 = ((t5_41 >> 16u) & 255u);
    let t5_47 = ((t5_46 & 4u) != 0u);
    let t5_48 = ((t5_41 >> 24u) & 255u);
    let t5_49 = ((t5_48 & 4u) != 0u);
    let t5_50 = ((t5_11 >> 4u) & 0xf0f0f0fu);
    let t5_51 = (t5_50 & 255u);
    let t5_52 = ((t5_51 & 4u) != 0u);
    let t5_53 = ((t5_50 >> 8u) & 255u);
    let t5_54 = ((t5_53 & 4u) != 0u);
    let t5_55 = ((t5_50 >> 16u) & 255u);
    let t5_56 = ((t5_55 & 4u) != 0u);
    let t5_57 = ((t5_50 >> 24u) & 255u);
    let t5_58 = ((t5_57 & 4u) != 0u);
    let t5_59 = ((t5_21 >> 4u) & 0xf0f0f0fu);
    let t5_60 = (t5_59 & 255u);
    let t5_61 = ((t5_60 & 4u) != 0u);
    let t5_62 = ((t5_59 >> 8u) & 255u);
    let t5_63 = ((t5_62 & 4u) != 0u);
    let t5_64 = ((t5_59 >> 16u) & 255u);
    let t5_65 = ((t5_64 & 4u) != 0u);
    let t5_66 = ((t5_59 >> 24u) & 255u);
    let t5_67 = ((t5_66 & 4u) != 0u);
    let t5_68 = ((t5_31 >> 4u) & 0xf0f0f0fu);
    let t5_69 = (t5_68 & 255u);
    let t5_70 = ((t5_69 & 4u) != 0u);
    let t5_71 = ((t5_68 >> 8u) & 255u);
    let t5_72 = ((t5_71 & 4u) != 0u);
    let t5_73 = ((t5_68 >> 16u) & 255u);
    let t5_74 = ((t5_73 & 4u) != 0u);
    let t5_75 = ((t5_68 >> 24u) & 255u);
    let t5_76 = ((t5_75 & 4u) != 0u);
    let t5_77 = w[(b0 >> 2u)];
    let t5_78 = (b0 + (slice >> 1u));
    let q0_0_0 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t5_4), select(0x26190d01u, 0x71594535u, t5_4), ((t5_3 & 8u) != 0u)) >> ((t5_3 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_6), select(0x26190d01u, 0x71594535u, t5_6), ((t5_5 & 8u) != 0u)) >> ((t5_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_8), select(0x26190d01u, 0x71594535u, t5_8), ((t5_7 & 8u) != 0u)) >> ((t5_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_10), select(0x26190d01u, 0x71594535u, t5_10), ((t5_9 & 8u) != 0u)) >> ((t5_9 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_1 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t5_14), select(0x26190d01u, 0x71594535u, t5_14), ((t5_13 & 8u) != 0u)) >> ((t5_13 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_16), select(0x26190d01u, 0x71594535u, t5_16), ((t5_15 & 8u) != 0u)) >> ((t5_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_18), select(0x26190d01u, 0x71594535u, t5_18), ((t5_17 & 8u) != 0u)) >> ((t5_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_20), select(0x26190d01u, 0x71594535u, t5_20), ((t5_19 & 8u) != 0u)) >> ((t5_19 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_2 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t5_24), select(0x26190d01u, 0x71594535u, t5_24), ((t5_23 & 8u) != 0u)) >> ((t5_23 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_26), select(0x26190d01u, 0x71594535u, t5_26), ((t5_25 & 8u) != 0u)) >> ((t5_25 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_28), select(0x26190d01u, 0x71594535u, t5_28), ((t5_27 & 8u) != 0u)) >> ((t5_27 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_30), select(0x26190d01u, 0x71594535u, t5_30), ((t5_29 & 8u) != 0u)) >> ((t5_29 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_3 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t5_34), select(0x26190d01u, 0x71594535u, t5_34), ((t5_33 & 8u) != 0u)) >> ((t5_33 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_36), select(0x26190d01u, 0x71594535u, t5_36), ((t5_35 & 8u) != 0u)) >> ((t5_35 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_38), select(0x26190d01u, 0x71594535u, t5_38), ((t5_37 & 8u) != 0u)) >> ((t5_37 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_40), select(0x26190d01u, 0x71594535u, t5_40), ((t5_39 & 8u) != 0u)) >> ((t5_39 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_4 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t5_43), select(0x26190d01u, 0x71594535u, t5_43), ((t5_42 & 8u) != 0u)) >> ((t5_42 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_45), select(0x26190d01u, 0x71594535u, t5_45), ((t5_44 & 8u) != 0u)) >> ((t5_44 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_47), select(0x26190d01u, 0x71594535u, t5_47), ((t5_46 & 8u) != 0u)) >> ((t5_46 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_49), select(0x26190d01u, 0x71594535u, t5_49), ((t5_48 & 8u) != 0u)) >> ((t5_48 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_5 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t5_52), select(0x26190d01u, 0x71594535u, t5_52), ((t5_51 & 8u) != 0u)) >> ((t5_51 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_54), select(0x26190d01u, 0x71594535u, t5_54), ((t5_53 & 8u) != 0u)) >> ((t5_53 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_56), select(0x26190d01u, 0x71594535u, t5_56), ((t5_55 & 8u) != 0u)) >> ((t5_55 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_58), select(0x26190d01u, 0x71594535u, t5_58), ((t5_57 & 8u) != 0u)) >> ((t5_57 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_6 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t5_61), select(0x26190d01u, 0x71594535u, t5_61), ((t5_60 & 8u) != 0u)) >> ((t5_60 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_63), select(0x26190d01u, 0x71594535u, t5_63), ((t5_62 & 8u) != 0u)) >> ((t5_62 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_65), select(0x26190d01u, 0x71594535u, t5_65), ((t5_64 & 8u) != 0u)) >> ((t5_64 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_67), select(0x26190d01u, 0x71594535u, t5_67), ((t5_66 & 8u) != 0u)) >> ((t5_66 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_7 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t5_70), select(0x26190d01u, 0x71594535u, t5_70), ((t5_69 & 8u) != 0u)) >> ((t5_69 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_72), select(0x26190d01u, 0x71594535u, t5_72), ((t5_71 & 8u) != 0u)) >> ((t5_71 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_74), select(0x26190d01u, 0x71594535u, t5_74), ((t5_73 & 8u) != 0u)) >> ((t5_73 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t5_76), select(0x26190d01u, 0x71594535u, t5_76), ((t5_75 & 8u) != 0u)) >> ((t5_75 & 3u) << 3u)) & 255u) << 24u));
    let s0_0 = (unpack2x16float((t5_77 & 0xffffu)).x * f32(i32(((((((w[((t5_78 >> 2u) + 1u)] >> ((t5_78 & 3u) * 8u)) & 255u) >> ((slice & 1u) * 4u)) & 15u) | (((((t5_77 >> 16u) & 0xffffu) >> (slice * 2u)) & 3u) << 4u)) - 32u))));
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
    acc1 = (acc1 + (x1_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)) + dot4I8Packed(q0_0_4, x1_hi.x)) + dot4I8Packed(q0_0_5, x1_hi.y)) + dot4I8Packed(q0_0_6, x1_hi.z)) + dot4I8Packed(q0_0_7, x1_hi.w))))));
    acc2 = (acc2 + (x2_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)) + dot4I8Packed(q0_0_4, x2_hi.x)) + dot4I8Packed(q0_0_5, x2_hi.y)) + dot4I8Packed(q0_0_6, x2_hi.z)) + dot4I8Packed(q0_0_7, x2_hi.w))))));
    acc3 = (acc3 + (x3_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x3_lo.x) + dot4I8Packed(q0_0_1, x3_lo.y)) + dot4I8Packed(q0_0_2, x3_lo.z)) + dot4I8Packed(q0_0_3, x3_lo.w)) + dot4I8Packed(q0_0_4, x3_hi.x)) + dot4I8Packed(q0_0_5, x3_hi.y)) + dot4I8Packed(q0_0_6, x3_hi.z)) + dot4I8Packed(q0_0_7, x3_hi.w))))));
    acc4 = (acc4 + (x4_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x4_lo.x) + dot4I8Packed(q0_0_1, x4_lo.y)) + dot4I8Packed(q0_0_2, x4_lo.z)) + dot4I8Packed(q0_0_3, x4_lo.w)) + dot4I8Packed(q0_0_4, x4_hi.x)) + dot4I8Packed(q0_0_5, x4_hi.y)) + dot4I8Packed(q0_0_6, x4_hi.z)) + dot4I8Packed(q0_0_7, x4_hi.w))))));
    acc5 = (acc5 + (x5_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x5_lo.x) + dot4I8Packed(q0_0_1, x5_lo.y)) + dot4I8Packed(q0_0_2, x5_lo.z)) + dot4I8Packed(q0_0_3, x5_lo.w)) + dot4I8Packed(q0_0_4, x5_hi.x)) + dot4I8Packed(q0_0_5, x5_hi.y)) + dot4I8Packed(q0_0_6, x5_hi.z)) + dot4I8Packed(q0_0_7, x5_hi.w))))));
    acc6 = (acc6 + (x6_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x6_lo.x) + dot4I8Packed(q0_0_1, x6_lo.y)) + dot4I8Packed(q0_0_2, x6_lo.z)) + dot4I8Packed(q0_0_3, x6_lo.w)) + dot4I8Packed(q0_0_4, x6_hi.x)) + dot4I8Packed(q0_0_5, x6_hi.y)) + dot4I8Packed(q0_0_6, x6_hi.z)) + dot4I8Packed(q0_0_7, x6_hi.w))))));
    acc7 = (acc7 + (x7_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x7_lo.x) + dot4I8Packed(q0_0_1, x7_lo.y)) + dot4I8Packed(q0_0_2, x7_lo.z)) + dot4I8Packed(q0_0_3, x7_lo.w)) + dot4I8Packed(q0_0_4, x7_hi.x)) + dot4I8Packed(q0_0_5, x7_hi.y)) + dot4I8Packed(q0_0_6, x7_hi.z)) + dot4I8Packed(q0_0_7, x7_hi.w))))));
    let b1 = (row_base1 + (blk * 136u));
    let t6_0 = ((b1 + (slice * 16u)) >> 2u);
    let t6_1 = w[(t6_0 + 2u)];
    let t6_2 = (t6_1 & 0xf0f0f0fu);
    let t6_3 = (t6_2 & 255u);
    let t6_4 = ((t6_3 & 4u) != 0u);
    let t6_5 = ((t6_2 >> 8u) & 255u);
    let t6_6 = ((t6_5 & 4u) != 0u);
    let t6_7 = ((t6_2 >> 16u) & 255u);
    let t6_8 = ((t6_7 & 4u) != 0u);
    let t6_9 = ((t6_2 >> 24u) & 255u);
    let t6_10 = ((t6_9 & 4u) != 0u);
    let t6_11 = w[(t6_0 + 3u)];
    let t6_12 = (t6_11 & 0xf0f0f0fu);
    let t6_13 = (t6_12 & 255u);
    let t6_14 = ((t6_13 & 4u) != 0u);
    let t6_15 = ((t6_12 >> 8u) & 255u);
    let t6_16 = ((t6_15 & 4u) != 0u);
    let t6_17 = ((t6_12 >> 16u) & 255u);
    let t6_18 = ((t6_17 & 4u) != 0u);
    let t6_19 = ((t6_12 >> 24u) & 255u);
    let t6_20 = ((t6_19 & 4u) != 0u);
    let t6_21 = w[(t6_0 + 4u)];
    let t6_22 = (t6_21 & 0xf0f0f0fu);
    let t6_23 = (t6_22 & 255u);
    let t6_24 = ((t6_23 & 4u) != 0u);
    let t6_25 = ((t6_22 >> 8u) & 255u);
    let t6_26 = ((t6_25 & 4u) != 0u);
    let t6_27 = ((t6_22 >> 16u) & 255u);
    let t6_28 = ((t6_27 & 4u) != 0u);
    let t6_29 = ((t6_22 >> 24u) & 255u);
    let t6_30 = ((t6_29 & 4u) != 0u);
    let t6_31 = w[(t6_0 + 5u)];
    let t6_32 = (t6_31 & 0xf0f0f0fu);
    let t6_33 = (t6_32 & 255u);
    let t6_34 = ((t6_33 & 4u) != 0u);
    let t6_35 = ((t6_32 >> 8u) & 255u);
    let t6_36 = ((t6_35 & 4u) != 0u);
    let t6_37 = ((t6_32 >> 16u) & 255u);
    let t6_38 = ((t6_37 & 4u) != 0u);
    let t6_39 = ((t6_32 >> 24u) & 255u);
    let t6_40 = ((t6_39 & 4u) != 0u);
    let t6_41 = ((t6_1 >> 4u) & 0xf0f0f0fu);
    let t6_42 = (t6_41 & 255u);
    let t6_43 = ((t6_42 & 4u) != 0u);
    let t6_44 = ((t6_41 >> 8u) & 255u);
    let t6_45 = ((t6_44 & 4u) != 0u);
    let t6_46 = ((t6_41 >> 16u) & 255u);
    let t6_47 = ((t6_46 & 4u) != 0u);
    let t6_48 = ((t6_41 >> 24u) & 255u);
    let t6_49 = ((t6_48 & 4u) != 0u);
    let t6_50 = ((t6_11 >> 4u) & 0xf0f0f0fu);
    let t6_51 = (t6_50 & 255u);
    let t6_52 = ((t6_51 & 4u) != 0u);
    let t6_53 = ((t6_50 >> 8u) & 255u);
    let t6_54 = ((t6_53 & 4u) != 0u);
    let t6_55 = ((t6_50 >> 16u) & 255u);
    let t6_56 = ((t6_55 & 4u) != 0u);
    let t6_57 = ((t6_50 >> 24u) & 255u);
    let t6_58 = ((t6_57 & 4u) != 0u);
    let t6_59 = ((t6_21 >> 4u) & 0xf0f0f0fu);
    let t6_60 = (t6_59 & 255u);
    let t6_61 = ((t6_60 & 4u) != 0u);
    let t6_62 = ((t6_59 >> 8u) & 255u);
    let t6_63 = ((t6_62 & 4u) != 0u);
    let t6_64 = ((t6_59 >> 16u) & 255u);
    let t6_65 = ((t6_64 & 4u) != 0u);
    let t6_66 = ((t6_59 >> 24u) & 255u);
    let t6_67 = ((t6_66 & 4u) != 0u);
    let t6_68 = ((t6_31 >> 4u) & 0xf0f0f0fu);
    let t6_69 = (t6_68 & 255u);
    let t6_70 = ((t6_69 & 4u) != 0u);
    let t6_71 = ((t6_68 >> 8u) & 255u);
    let t6_72 = ((t6_71 & 4u) != 0u);
    let t6_73 = ((t6_68 >> 16u) & 255u);
    let t6_74 = ((t6_73 & 4u) != 0u);
    let t6_75 = ((t6_68 >> 24u) & 255u);
    let t6_76 = ((t6_75 & 4u) != 0u);
    let t6_77 = w[(b1 >> 2u)];
    let t6_78 = (b1 + (slice >> 1u));
    let q1_0_0 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t6_4), select(0x26190d01u, 0x71594535u, t6_4), ((t6_3 & 8u) != 0u)) >> ((t6_3 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_6), select(0x26190d01u, 0x71594535u, t6_6), ((t6_5 & 8u) != 0u)) >> ((t6_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_8), select(0x26190d01u, 0x71594535u, t6_8), ((t6_7 & 8u) != 0u)) >> ((t6_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_10), select(0x26190d01u, 0x71594535u, t6_10), ((t6_9 & 8u) != 0u)) >> ((t6_9 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_1 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t6_14), select(0x26190d01u, 0x71594535u, t6_14), ((t6_13 & 8u) != 0u)) >> ((t6_13 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_16), select(0x26190d01u, 0x71594535u, t6_16), ((t6_15 & 8u) != 0u)) >> ((t6_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_18), select(0x26190d01u, 0x71594535u, t6_18), ((t6_17 & 8u) != 0u)) >> ((t6_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_20), select(0x26190d01u, 0x71594535u, t6_20), ((t6_19 & 8u) != 0u)) >> ((t6_19 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_2 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t6_24), select(0x26190d01u, 0x71594535u, t6_24), ((t6_23 & 8u) != 0u)) >> ((t6_23 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_26), select(0x26190d01u, 0x71594535u, t6_26), ((t6_25 & 8u) != 0u)) >> ((t6_25 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_28), select(0x26190d01u, 0x71594535u, t6_28), ((t6_27 & 8u) != 0u)) >> ((t6_27 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_30), select(0x26190d01u, 0x71594535u, t6_30), ((t6_29 & 8u) != 0u)) >> ((t6_29 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_3 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t6_34), select(0x26190d01u, 0x71594535u, t6_34), ((t6_33 & 8u) != 0u)) >> ((t6_33 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_36), select(0x26190d01u, 0x71594535u, t6_36), ((t6_35 & 8u) != 0u)) >> ((t6_35 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_38), select(0x26190d01u, 0x71594535u, t6_38), ((t6_37 & 8u) != 0u)) >> ((t6_37 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_40), select(0x26190d01u, 0x71594535u, t6_40), ((t6_39 & 8u) != 0u)) >> ((t6_39 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_4 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t6_43), select(0x26190d01u, 0x71594535u, t6_43), ((t6_42 & 8u) != 0u)) >> ((t6_42 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_45), select(0x26190d01u, 0x71594535u, t6_45), ((t6_44 & 8u) != 0u)) >> ((t6_44 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_47), select(0x26190d01u, 0x71594535u, t6_47), ((t6_46 & 8u) != 0u)) >> ((t6_46 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_49), select(0x26190d01u, 0x71594535u, t6_49), ((t6_48 & 8u) != 0u)) >> ((t6_48 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_5 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t6_52), select(0x26190d01u, 0x71594535u, t6_52), ((t6_51 & 8u) != 0u)) >> ((t6_51 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_54), select(0x26190d01u, 0x71594535u, t6_54), ((t6_53 & 8u) != 0u)) >> ((t6_53 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_56), select(0x26190d01u, 0x71594535u, t6_56), ((t6_55 & 8u) != 0u)) >> ((t6_55 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_58), select(0x26190d01u, 0x71594535u, t6_58), ((t6_57 & 8u) != 0u)) >> ((t6_57 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_6 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t6_61), select(0x26190d01u, 0x71594535u, t6_61), ((t6_60 & 8u) != 0u)) >> ((t6_60 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_63), select(0x26190d01u, 0x71594535u, t6_63), ((t6_62 & 8u) != 0u)) >> ((t6_62 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_65), select(0x26190d01u, 0x71594535u, t6_65), ((t6_64 & 8u) != 0u)) >> ((t6_64 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_67), select(0x26190d01u, 0x71594535u, t6_67), ((t6_66 & 8u) != 0u)) >> ((t6_66 & 3u) << 3u)) & 255u) << 24u));
    let q1_0_7 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t6_70), select(0x26190d01u, 0x71594535u, t6_70), ((t6_69 & 8u) != 0u)) >> ((t6_69 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_72), select(0x26190d01u, 0x71594535u, t6_72), ((t6_71 & 8u) != 0u)) >> ((t6_71 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_74), select(0x26190d01u, 0x71594535u, t6_74), ((t6_73 & 8u) != 0u)) >> ((t6_73 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t6_76), select(0x26190d01u, 0x71594535u, t6_76), ((t6_75 & 8u) != 0u)) >> ((t6_75 & 3u) << 3u)) & 255u) << 24u));
    let s1_0 = (unpack2x16float((t6_77 & 0xffffu)).x * f32(i32(((((((w[((t6_78 >> 2u) + 1u)] >> ((t6_78 & 3u) * 8u)) & 255u) >> ((slice & 1u) * 4u)) & 15u) | (((((t6_77 >> 16u) & 0xffffu) >> (slice * 2u)) & 3u) << 4u)) - 32u))));
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
