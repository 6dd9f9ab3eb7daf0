// kgen 0.1.0: mmvq.mxfp4.nc8.r1.sg.u2c.lsel; generated, do not edit; content hash 21f3031427e1cb00
// mmvq: y = W . x, W in mxfp4 (32 per 17-byte block), x in q8_1x4, y in f32
// 8 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (contig), lookup tables sel
// format mxfp4 (ggml type 39) from dsl/formats/mxfp4.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of mxfp4 blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 8u * WG_SIZE>;

@compute @workgroup_size(WG_SIZE)
fn main(@builtin(local_invocation_index) lid: u32, @builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>, @builtin(subgroup_invocation_id) sg_lane: u32, @builtin(subgroup_size) sg_size: u32) {
  let i12 = (wid.y % p.ne12);
  let i13 = (wid.y / p.ne12);
  let w_base = (((i13 / p.r3) * p.w_stride3) + ((i12 / p.r2) * p.w_stride2));
  let x_base = ((i13 * p.x_stride3) + (i12 * p.x_stride2));
  let y_base = ((i13 * p.y_stride3) + (i12 * p.y_stride2));
  let row0 = (wid.x + (nwg.x * wid.z));
  let last_row = (p.rows - 1u);
  let row_base0 = (w_base + (min(row0, last_row) * p.w_row_stride));
  var acc0: f32 = 0.0;
  var acc1: f32 = 0.0;
  var acc2: f32 = 0.0;
  var acc3: f32 = 0.0;
  var acc4: f32 = 0.0;
  var acc5: f32 = 0.0;
  var acc6: f32 = 0.0;
  var acc7: f32 = 0.0;
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
    let u0_blk = j0;
    let u0_b0 = (row_base0 + (u0_blk * 17u));
    let t1_0 = ((u0_b0 & 3u) * 8u);
    let t1_1 = (t1_0 + 8u);
    let t1_2 = (t1_1 < 32u);
    let t1_3 = (u0_b0 >> 2u);
    let t1_4 = w[t1_3];
    let t1_5 = w[(t1_3 + 1u)];
    let t1_6 = (t1_1 & 31u);
    let t1_7 = w[(t1_3 + 2u)];
    let t1_8 = select(t1_7, t1_5, t1_2);
    let t1_9 = (31u - t1_6);
    let t1_10 = ((select(t1_5, t1_4, t1_2) >> t1_6) | ((t1_8 << 1u) << t1_9));
    let t1_11 = (t1_10 & 0xf0f0f0fu);
    let t1_12 = (t1_11 & 255u);
    let t1_13 = ((t1_12 & 4u) != 0u);
    let t1_14 = ((t1_11 >> 8u) & 255u);
    let t1_15 = ((t1_14 & 4u) != 0u);
    let t1_16 = ((t1_11 >> 16u) & 255u);
    let t1_17 = ((t1_16 & 4u) != 0u);
    let t1_18 = ((t1_11 >> 24u) & 255u);
    let t1_19 = ((t1_18 & 4u) != 0u);
    let t1_20 = w[(t1_3 + 3u)];
    let t1_21 = select(t1_20, t1_7, t1_2);
    let t1_22 = ((t1_8 >> t1_6) | ((t1_21 << 1u) << t1_9));
    let t1_23 = (t1_22 & 0xf0f0f0fu);
    let t1_24 = (t1_23 & 255u);
    let t1_25 = ((t1_24 & 4u) != 0u);
    let t1_26 = ((t1_23 >> 8u) & 255u);
    let t1_27 = ((t1_26 & 4u) != 0u);
    let t1_28 = ((t1_23 >> 16u) & 255u);
    let t1_29 = ((t1_28 & 4u) != 0u);
    let t1_30 = ((t1_23 >> 24u) & 255u);
    let t1_31 = ((t1_30 & 4u) != 0u);
    let t1_32 = w[(t1_3 + 4u)];
    let t1_33 = select(t1_32, t1_20, t1_2);
    let t1_34 = ((t1_21 >> t1_6) | ((t1_33 << 1u) << t1_9));
    let t1_35 = (t1_34 & 0xf0f0f0fu);
    let t1_36 = (t1_35 & 255u);
    let t1_37 = ((t1_36 & 4u) != 0u);
    let t1_38 = ((t1_35 >> 8u) & 255u);
    let t1_39 = ((t1_38 & 4u) != 0u);
    let t1_40 = ((t1_35 >> 16u) & 255u);
    let t1_41 = ((t1_40 & 4u) != 0u);
    let t1_42 = ((t1_35 >> 24u) & 255u);
    let t1_43 = ((t1_42 & 4u) != 0u);
    let t1_44 = ((t1_33 >> t1_6) | ((select(w[(t1_3 + 5u)], t1_32, t1_2) << 1u) << t1_9));
    let t1_45 = (t1_44 & 0xf0f0f0fu);
    let t1_46 = (t1_45 & 255u);
    let t1_47 = ((t1_46 & 4u) != 0u);
    let t1_48 = ((t1_45 >> 8u) & 255u);
    let t1_49 = ((t1_48 & 4u) != 0u);
    let t1_50 = ((t1_45 >> 16u) & 255u);
    let t1_51 = ((t1_50 & 4u) != 0u);
    let t1_52 = ((t1_45 >> 24u) & 255u);
    let t1_53 = ((t1_52 & 4u) != 0u);
    let t1_54 = ((t1_10 >> 4u) & 0xf0f0f0fu);
    let t1_55 = (t1_54 & 255u);
    let t1_56 = ((t1_55 & 4u) != 0u);
    let t1_57 = ((t1_54 >> 8u) & 255u);
    let t1_58 = ((t1_57 & 4u) != 0u);
    let t1_59 = ((t1_54 >> 16u) & 255u);
    let t1_60 = ((t1_59 & 4u) != 0u);
    let t1_61 = ((t1_54 >> 24u) & 255u);
    let t1_62 = ((t1_61 & 4u) != 0u);
    let t1_63 = ((t1_22 >> 4u) & 0xf0f0f0fu);
    let t1_64 = (t1_63 & 255u);
    let t1_65 = ((t1_64 & 4u) != 0u);
    let t1_66 = ((t1_63 >> 8u) & 255u);
    let t1_67 = ((t1_66 & 4u) != 0u);
    let t1_68 = ((t1_63 >> 16u) & 255u);
    let t1_69 = ((t1_68 & 4u) != 0u);
    let t1_70 = ((t1_63 >> 24u) & 255u);
    let t1_71 = ((t1_70 & 4u) != 0u);
    let t1_72 = ((t1_34 >> 4u) & 0xf0f0f0fu);
    let t1_73 = (t1_72 & 255u);
    let t1_74 = ((t1_73 & 4u) != 0u);
    let t1_75 = ((t1_72 >> 8u) & 255u);
    let t1_76 = ((t1_75 & 4u) != 0u);
    let t1_77 = ((t1_72 >> 16u) & 255u);
    let t1_78 = ((t1_77 & 4u) != 0u);
    let t1_79 = ((t1_72 >> 24u) & 255u);
    let t1_80 = ((t1_79 & 4u) != 0u);
    let t1_81 = ((t1_44 >> 4u) & 0xf0f0f0fu);
    let t1_82 = (t1_81 & 255u);
    let t1_83 = ((t1_82 & 4u) != 0u);
    let t1_84 = ((t1_81 >> 8u) & 255u);
    let t1_85 = ((t1_84 & 4u) != 0u);
    let t1_86 = ((t1_81 >> 16u) & 255u);
    let t1_87 = ((t1_86 & 4u) != 0u);
    let t1_88 = ((t1_81 >> 24u) & 255u);
    let t1_89 = ((t1_88 & 4u) != 0u);
    let t1_90 = (((t1_4 >> t1_0) & 255u) & 255u);
    let u0_q0_0_0 = (((((select(select(0x3020100u, 0xc080604u, t1_13), select(0xfdfeff00u, 0xf4f8fafcu, t1_13), ((t1_12 & 8u) != 0u)) >> ((t1_12 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t1_15), select(0xfdfeff00u, 0xf4f8fafcu, t1_15), ((t1_14 & 8u) != 0u)) >> ((t1_14 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t1_17), select(0xfdfeff00u, 0xf4f8fafcu, t1_17), ((t1_16 & 8u) != 0u)) >> ((t1_16 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t1_19), select(0xfdfeff00u, 0xf4f8fafcu, t1_19), ((t1_18 & 8u) != 0u)) >> ((t1_18 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_1 = (((((select(select(0x3020100u, 0xc080604u, t1_25), select(0xfdfeff00u, 0xf4f8fafcu, t1_25), ((t1_24 & 8u) != 0u)) >> ((t1_24 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t1_27), select(0xfdfeff00u, 0xf4f8fafcu, t1_27), ((t1_26 & 8u) != 0u)) >> ((t1_26 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t1_29), select(0xfdfeff00u, 0xf4f8fafcu, t1_29), ((t1_28 & 8u) != 0u)) >> ((t1_28 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t1_31), select(0xfdfeff00u, 0xf4f8fafcu, t1_31), ((t1_30 & 8u) != 0u)) >> ((t1_30 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_2 = (((((select(select(0x3020100u, 0xc080604u, t1_37), select(0xfdfeff00u, 0xf4f8fafcu, t1_37), ((t1_36 & 8u) != 0u)) >> ((t1_36 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t1_39), select(0xfdfeff00u, 0xf4f8fafcu, t1_39), ((t1_38 & 8u) != 0u)) >> ((t1_38 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t1_41), select(0xfdfeff00u, 0xf4f8fafcu, t1_41), ((t1_40 & 8u) != 0u)) >> ((t1_40 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t1_43), select(0xfdfeff00u, 0xf4f8fafcu, t1_43), ((t1_42 & 8u) != 0u)) >> ((t1_42 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_3 = (((((select(select(0x3020100u, 0xc080604u, t1_47), select(0xfdfeff00u, 0xf4f8fafcu, t1_47), ((t1_46 & 8u) != 0u)) >> ((t1_46 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t1_49), select(0xfdfeff00u, 0xf4f8fafcu, t1_49), ((t1_48 & 8u) != 0u)) >> ((t1_48 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t1_51), select(0xfdfeff00u, 0xf4f8fafcu, t1_51), ((t1_50 & 8u) != 0u)) >> ((t1_50 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t1_53), select(0xfdfeff00u, 0xf4f8fafcu, t1_53), ((t1_52 & 8u) != 0u)) >> ((t1_52 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_4 = (((((select(select(0x3020100u, 0xc080604u, t1_56), select(0xfdfeff00u, 0xf4f8fafcu, t1_56), ((t1_55 & 8u) != 0u)) >> ((t1_55 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t1_58), select(0xfdfeff00u, 0xf4f8fafcu, t1_58), ((t1_57 & 8u) != 0u)) >> ((t1_57 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t1_60), select(0xfdfeff00u, 0xf4f8fafcu, t1_60), ((t1_59 & 8u) != 0u)) >> ((t1_59 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t1_62), select(0xfdfeff00u, 0xf4f8fafcu, t1_62), ((t1_61 & 8u) != 0u)) >> ((t1_61 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_5 = (((((select(select(0x3020100u, 0xc080604u, t1_65), select(0xfdfeff00u, 0xf4f8fafcu, t1_65), ((t1_64 & 8u) != 0u)) >> ((t1_64 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t1_67), select(0xfdfeff00u, 0xf4f8fafcu, t1_67), ((t1_66 & 8u) != 0u)) >> ((t1_66 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t1_69), select(0xfdfeff00u, 0xf4f8fafcu, t1_69), ((t1_68 & 8u) != 0u)) >> ((t1_68 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t1_71), select(0xfdfeff00u, 0xf4f8fafcu, t1_71), ((t1_70 & 8u) != 0u)) >> ((t1_70 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_6 = (((((select(select(0x3020100u, 0xc080604u, t1_74), select(0xfdfeff00u, 0xf4f8fafcu, t1_74), ((t1_73 & 8u) != 0u)) >> ((t1_73 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t1_76), select(0xfdfeff00u, 0xf4f8fafcu, t1_76), ((t1_75 & 8u) != 0u)) >> ((t1_75 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t1_78), select(0xfdfeff00u, 0xf4f8fafcu, t1_78), ((t1_77 & 8u) != 0u)) >> ((t1_77 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t1_80), select(0xfdfeff00u, 0xf4f8fafcu, t1_80), ((t1_79 & 8u) != 0u)) >> ((t1_79 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_7 = (((((select(select(0x3020100u, 0xc080604u, t1_83), select(0xfdfeff00u, 0xf4f8fafcu, t1_83), ((t1_82 & 8u) != 0u)) >> ((t1_82 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t1_85), select(0xfdfeff00u, 0xf4f8fafcu, t1_85), ((t1_84 & 8u) != 0u)) >> ((t1_84 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t1_87), select(0xfdfeff00u, 0xf4f8fafcu, t1_87), ((t1_86 & 8u) != 0u)) >> ((t1_86 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t1_89), select(0xfdfeff00u, 0xf4f8fafcu, t1_89), ((t1_88 & 8u) != 0u)) >> ((t1_88 & 3u) << 3u)) & 255u) << 24u));
    let u0_s0_0 = bitcast<f32>(select(((t1_90 - 1u) << 23u), (0x200000u << t1_90), (t1_90 < 2u)));
    acc0 = (acc0 + (u0_x0_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x0_hi.w))))));
    acc1 = (acc1 + (u0_x1_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x1_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x1_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x1_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x1_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x1_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x1_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x1_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x1_hi.w))))));
    acc2 = (acc2 + (u0_x2_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x2_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x2_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x2_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x2_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x2_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x2_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x2_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x2_hi.w))))));
    acc3 = (acc3 + (u0_x3_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x3_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x3_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x3_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x3_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x3_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x3_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x3_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x3_hi.w))))));
    acc4 = (acc4 + (u0_x4_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x4_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x4_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x4_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x4_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x4_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x4_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x4_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x4_hi.w))))));
    acc5 = (acc5 + (u0_x5_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x5_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x5_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x5_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x5_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x5_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x5_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x5_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x5_hi.w))))));
    acc6 = (acc6 + (u0_x6_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x6_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x6_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x6_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x6_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x6_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x6_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x6_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x6_hi.w))))));
    acc7 = (acc7 + (u0_x7_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x7_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x7_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x7_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x7_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x7_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x7_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x7_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x7_hi.w))))));
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
    let u1_blk = (j0 + 1u);
    let u1_b0 = (row_base0 + (u1_blk * 17u));
    let t2_0 = ((u1_b0 & 3u) * 8u);
    let t2_1 = (t2_0 + 8u);
    let t2_2 = (t2_1 < 32u);
    let t2_3 = (u1_b0 >> 2u);
    let t2_4 = w[t2_3];
    let t2_5 = w[(t2_3 + 1u)];
    let t2_6 = (t2_1 & 31u);
    let t2_7 = w[(t2_3 + 2u)];
    let t2_8 = select(t2_7, t2_5, t2_2);
    let t2_9 = (31u - t2_6);
    let t2_10 = ((select(t2_5, t2_4, t2_2) >> t2_6) | ((t2_8 << 1u) << t2_9));
    let t2_11 = (t2_10 & 0xf0f0f0fu);
    let t2_12 = (t2_11 & 255u);
    let t2_13 = ((t2_12 & 4u) != 0u);
    let t2_14 = ((t2_11 >> 8u) & 255u);
    let t2_15 = ((t2_14 & 4u) != 0u);
    let t2_16 = ((t2_11 >> 16u) & 255u);
    let t2_17 = ((t2_16 & 4u) != 0u);
    let t2_18 = ((t2_11 >> 24u) & 255u);
    let t2_19 = ((t2_18 & 4u) != 0u);
    let t2_20 = w[(t2_3 + 3u)];
    let t2_21 = select(t2_20, t2_7, t2_2);
    let t2_22 = ((t2_8 >> t2_6) | ((t2_21 << 1u) << t2_9));
    let t2_23 = (t2_22 & 0xf0f0f0fu);
    let t2_24 = (t2_23 & 255u);
    let t2_25 = ((t2_24 & 4u) != 0u);
    let t2_26 = ((t2_23 >> 8u) & 255u);
    let t2_27 = ((t2_26 & 4u) != 0u);
    let t2_28 = ((t2_23 >> 16u) & 255u);
    let t2_29 = ((t2_28 & 4u) != 0u);
    let t2_30 = ((t2_23 >> 24u) & 255u);
    let t2_31 = ((t2_30 & 4u) != 0u);
    let t2_32 = w[(t2_3 + 4u)];
    let t2_33 = select(t2_32, t2_20, t2_2);
    let t2_34 = ((t2_21 >> t2_6) | ((t2_33 << 1u) << t2_9));
    let t2_35 = (t2_34 & 0xf0f0f0fu);
    let t2_36 = (t2_35 & 255u);
    let t2_37 = ((t2_36 & 4u) != 0u);
    let t2_38 = ((t2_35 >> 8u) & 255u);
    let t2_39 = ((t2_38 & 4u) != 0u);
    let t2_40 = ((t2_35 >> 16u) & 255u);
    let t2_41 = ((t2_40 & 4u) != 0u);
    let t2_42 = ((t2_35 >> 24u) & 255u);
    let t2_43 = ((t2_42 & 4u) != 0u);
    let t2_44 = ((t2_33 >> t2_6) | ((select(w[(t2_3 + 5u)], t2_32, t2_2) << 1u) << t2_9));
    let t2_45 = (t2_44 & 0xf0f0f0fu);
    let t2_46 = (t2_45 & 255u);
    let t2_47 = ((t2_46 & 4u) != 0u);
    let t2_48 = ((t2_45 >> 8u) & 255u);
    let t2_49 = ((t2_48 & 4u) != 0u);
    let t2_50 = ((t2_45 >> 16u) & 255u);
    let t2_51 = ((t2_50 & 4u) != 0u);
    let t2_52 = ((t2_45 >> 24u) & 255u);
    let t2_53 = ((t2_52 & 4u) != 0u);
    let t2_54 = ((t2_10 >> 4u) & 0xf0f0f0fu);
    let t2_55 = (t2_54 & 255u);
    let t2_56 = ((t2_55 & 4u) != 0u);
    let t2_57 = ((t2_54 >> 8u) & 255u);
    let t2_58 = ((t2_57 & 4u) != 0u);
    let t2_59 = ((t2_54 >> 16u) & 255u);
    let t2_60 = ((t2_59 & 4u) != 0u);
    let t2_61 = ((t2_54 >> 24u) & 255u);
    let t2_62 = ((t2_61 & 4u) != 0u);
    let t2_63 = ((t2_22 >> 4u) & 0xf0f0f0fu);
    let t2_64 = (t2_63 & 255u);
    let t2_65 = ((t2_64 & 4u) != 0u);
    let t2_66 = ((t2_63 >> 8u) & 255u);
    let t2_67 = ((t2_66 & 4u) != 0u);
    let t2_68 = ((t2_63 >> 16u) & 255u);
    let t2_69 = ((t2_68 & 4u) != 0u);
    let t2_70 = ((t2_63 >> 24u) & 255u);
    let t2_71 = ((t2_70 & 4u) != 0u);
    let t2_72 = ((t2_34 >> 4u) & 0xf0f0f0fu);
    let t2_73 = (t2_72 & 255u);
    let t2_74 = ((t2_73 & 4u) != 0u);
    let t2_75 = ((t2_72 >> 8u) & 255u);
    let t2_76 = ((t2_75 & 4u) != 0u);
    let t2_77 = ((t2_72 >> 16u) & 255u);
    let t2_78 = ((t2_77 & 4u) != 0u);
    let t2_79 = ((t2_72 >> 24u) & 255u);
    let t2_80 = ((t2_79 & 4u) != 0u);
    let t2_81 = ((t2_44 >> 4u) & 0xf0f0f0fu);
    let t2_82 = (t2_81 & 255u);
    let t2_83 = ((t2_82 & 4u) != 0u);
    let t2_84 = ((t2_81 >> 8u) & 255u);
    let t2_85 = ((t2_84 & 4u) != 0u);
    let t2_86 = ((t2_81 >> 16u) & 255u);
    let t2_87 = ((t2_86 & 4u) != 0u);
    let t2_88 = ((t2_81 >> 24u) & 255u);
    let t2_89 = ((t2_88 & 4u) != 0u);
    let t2_90 = (((t2_4 >> t2_0) & 255u) & 255u);
    let u1_q0_0_0 = (((((select(select(0x3020100u, 0xc080604u, t2_13), select(0xfdfeff00u, 0xf4f8fafcu, t2_13), ((t2_12 & 8u) != 0u)) >> ((t2_12 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t2_15), select(0xfdfeff00u, 0xf4f8fafcu, t2_15), ((t2_14 & 8u) != 0u)) >> ((t2_14 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t2_17), select(0xfdfeff00u, 0xf4f8fafcu, t2_17), ((t2_16 & 8u) != 0u)) >> ((t2_16 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t2_19), select(0xfdfeff00u, 0xf4f8fafcu, t2_19), ((t2_18 & 8u) != 0u)) >> ((t2_18 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_1 = (((((select(select(0x3020100u, 0xc080604u, t2_25), select(0xfdfeff00u, 0xf4f8fafcu, t2_25), ((t2_24 & 8u) != 0u)) >> ((t2_24 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t2_27), select(0xfdfeff00u, 0xf4f8fafcu, t2_27), ((t2_26 & 8u) != 0u)) >> ((t2_26 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t2_29), select(0xfdfeff00u, 0xf4f8fafcu, t2_29), ((t2_28 & 8u) != 0u)) >> ((t2_28 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t2_31), select(0xfdfeff00u, 0xf4f8fafcu, t2_31), ((t2_30 & 8u) != 0u)) >> ((t2_30 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_2 = (((((select(select(0x3020100u, 0xc080604u, t2_37), select(0xfdfeff00u, 0xf4f8fafcu, t2_37), ((t2_36 & 8u) != 0u)) >> ((t2_36 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t2_39), select(0xfdfeff00u, 0xf4f8fafcu, t2_39), ((t2_38 & 8u) != 0u)) >> ((t2_38 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t2_41), select(0xfdfeff00u, 0xf4f8fafcu, t2_41), ((t2_40 & 8u) != 0u)) >> ((t2_40 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t2_43), select(0xfdfeff00u, 0xf4f8fafcu, t2_43), ((t2_42 & 8u) != 0u)) >> ((t2_42 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_3 = (((((select(select(0x3020100u, 0xc080604u, t2_47), select(0xfdfeff00u, 0xf4f8fafcu, t2_47), ((t2_46 & 8u) != 0u)) >> ((t2_46 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t2_49), select(0xfdfeff00u, 0xf4f8fafcu, t2_49), ((t2_48 & 8u) != 0u)) >> ((t2_48 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t2_51), select(0xfdfeff00u, 0xf4f8fafcu, t2_51), ((t2_50 & 8u) != 0u)) >> ((t2_50 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t2_53), select(0xfdfeff00u, 0xf4f8fafcu, t2_53), ((t2_52 & 8u) != 0u)) >> ((t2_52 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_4 = (((((select(select(0x3020100u, 0xc080604u, t2_56), select(0xfdfeff00u, 0xf4f8fafcu, t2_56), ((t2_55 & 8u) != 0u)) >> ((t2_55 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t2_58), select(0xfdfeff00u, 0xf4f8fafcu, t2_58), ((t2_57 & 8u) != 0u)) >> ((t2_57 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t2_60), select(0xfdfeff00u, 0xf4f8fafcu, t2_60), ((t2_59 & 8u) != 0u)) >> ((t2_59 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t2_62), select(0xfdfeff00u, 0xf4f8fafcu, t2_62), ((t2_61 & 8u) != 0u)) >> ((t2_61 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_5 = (((((select(select(0x3020100u, 0xc080604u, t2_65), select(0xfdfeff00u, 0xf4f8fafcu, t2_65), ((t2_64 & 8u) != 0u)) >> ((t2_64 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t2_67), select(0xfdfeff00u, 0xf4f8fafcu, t2_67), ((t2_66 & 8u) != 0u)) >> ((t2_66 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t2_69), select(0xfdfeff00u, 0xf4f8fafcu, t2_69), ((t2_68 & 8u) != 0u)) >> ((t2_68 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t2_71), select(0xfdfeff00u, 0xf4f8fafcu, t2_71), ((t2_70 & 8u) != 0u)) >> ((t2_70 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_6 = (((((select(select(0x3020100u, 0xc080604u, t2_74), select(0xfdfeff00u, 0xf4f8fafcu, t2_74), ((t2_73 & 8u) != 0u)) >> ((t2_73 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t2_76), select(0xfdfeff00u, 0xf4f8fafcu, t2_76), ((t2_75 & 8u) != 0u)) >> ((t2_75 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t2_78), select(0xfdfeff00u, 0xf4f8fafcu, t2_78), ((t2_77 & 8u) != 0u)) >> ((t2_77 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t2_80), select(0xfdfeff00u, 0xf4f8fafcu, t2_80), ((t2_79 & 8u) != 0u)) >> ((t2_79 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_7 = (((((select(select(0x3020100u, 0xc080604u, t2_83), select(0xfdfeff00u, 0xf4f8fafcu, t2_83), ((t2_82 & 8u) != 0u)) >> ((t2_82 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t2_85), select(0xfdfeff00u, 0xf4f8fafcu, t2_85), ((t2_84 & 8u) != 0u)) >> ((t2_84 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t2_87), select(0xfdfeff00u, 0xf4f8fafcu, t2_87), ((t2_86 & 8u) != 0u)) >> ((t2_86 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t2_89), select(0xfdfeff00u, 0xf4f8fafcu, t2_89), ((t2_88 & 8u) != 0u)) >> ((t2_88 & 3u) << 3u)) & 255u) << 24u));
    let u1_s0_0 = bitcast<f32>(select(((t2_90 - 1u) << 23u), (0x200000u << t2_90), (t2_90 < 2u)));
    acc0 = (acc0 + (u1_x0_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x0_hi.w))))));
    acc1 = (acc1 + (u1_x1_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x1_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x1_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x1_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x1_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x1_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x1_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x1_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x1_hi.w))))));
    acc2 = (acc2 + (u1_x2_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x2_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x2_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x2_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x2_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x2_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x2_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x2_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x2_hi.w))))));
    acc3 = (acc3 + (u1_x3_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x3_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x3_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x3_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x3_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x3_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x3_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x3_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x3_hi.w))))));
    acc4 = (acc4 + (u1_x4_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x4_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x4_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x4_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x4_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x4_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x4_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x4_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x4_hi.w))))));
    acc5 = (acc5 + (u1_x5_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x5_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x5_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x5_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x5_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x5_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x5_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x5_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x5_hi.w))))));
    acc6 = (acc6 + (u1_x6_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x6_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x6_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x6_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x6_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x6_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x6_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x6_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x6_hi.w))))));
    acc7 = (acc7 + (u1_x7_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x7_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x7_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x7_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x7_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x7_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x7_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x7_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x7_hi.w))))));
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
    let blk = j;
    let b0 = (row_base0 + (blk * 17u));
    let t3_0 = ((b0 & 3u) * 8u);
    let t3_1 = (t3_0 + 8u);
    let t3_2 = (t3_1 < 32u);
    let t3_3 = (b0 >> 2u);
    let t3_4 = w[t3_3];
    let t3_5 = w[(t3_3 + 1u)];
    let t3_6 = (t3_1 & 31u);
    let t3_7 = w[(t3_3 + 2u)];
    let t3_8 = select(t3_7, t3_5, t3_2);
    let t3_9 = (31u - t3_6);
    let t3_10 = ((select(t3_5, t3_4, t3_2) >> t3_6) | ((t3_8 << 1u) << t3_9));
    let t3_11 = (t3_10 & 0xf0f0f0fu);
    let t3_12 = (t3_11 & 255u);
    let t3_13 = ((t3_12 & 4u) != 0u);
    let t3_14 = ((t3_11 >> 8u) & 255u);
    let t3_15 = ((t3_14 & 4u) != 0u);
    let t3_16 = ((t3_11 >> 16u) & 255u);
    let t3_17 = ((t3_16 & 4u) != 0u);
    let t3_18 = ((t3_11 >> 24u) & 255u);
    let t3_19 = ((t3_18 & 4u) != 0u);
    let t3_20 = w[(t3_3 + 3u)];
    let t3_21 = select(t3_20, t3_7, t3_2);
    let t3_22 = ((t3_8 >> t3_6) | ((t3_21 << 1u) << t3_9));
    let t3_23 = (t3_22 & 0xf0f0f0fu);
    let t3_24 = (t3_23 & 255u);
    let t3_25 = ((t3_24 & 4u) != 0u);
    let t3_26 = ((t3_23 >> 8u) & 255u);
    let t3_27 = ((t3_26 & 4u) != 0u);
    let t3_28 = ((t3_23 >> 16u) & 255u);
    let t3_29 = ((t3_28 & 4u) != 0u);
    let t3_30 = ((t3_23 >> 24u) & 255u);
    let t3_31 = ((t3_30 & 4u) != 0u);
    let t3_32 = w[(t3_3 + 4u)];
    let t3_33 = select(t3_32, t3_20, t3_2);
    let t3_34 = ((t3_21 >> t3_6) | ((t3_33 << 1u) << t3_9));
    let t3_35 = (t3_34 & 0xf0f0f0fu);
    let t3_36 = (t3_35 & 255u);
    let t3_37 = ((t3_36 & 4u) != 0u);
    let t3_38 = ((t3_35 >> 8u) & 255u);
    let t3_39 = ((t3_38 & 4u) != 0u);
    let t3_40 = ((t3_35 >> 16u) & 255u);
    let t3_41 = ((t3_40 & 4u) != 0u);
    let t3_42 = ((t3_35 >> 24u) & 255u);
    let t3_43 = ((t3_42 & 4u) != 0u);
    let t3_44 = ((t3_33 >> t3_6) | ((select(w[(t3_3 + 5u)], t3_32, t3_2) << 1u) << t3_9));
    let t3_45 = (t3_44 & 0xf0f0f0fu);
    let t3_46 = (t3_45 & 255u);
    let t3_47 = ((t3_46 & 4u) != 0u);
    let t3_48 = ((t3_45 >> 8u) & 255u);
    let t3_49 = ((t3_48 & 4u) != 0u);
    let t3_50 = ((t3_45 >> 16u) & 255u);
    let t3_51 = ((t3_50 & 4u) != 0u);
    let t3_52 = ((t3_45 >> 24u) & 255u);
    let t3_53 = ((t3_52 & 4u) != 0u);
    let t3_54 = ((t3_10 >> 4u) & 0xf0f0f0fu);
    let t3_55 = (t3_54 & 255u);
    let t3_56 = ((t3_55 & 4u) != 0u);
    let t3_57 = ((t3_54 >> 8u) & 255u);
    let t3_58 = ((t3_57 & 4u) != 0u);
    let t3_59 = ((t3_54 >> 16u) & 255u);
    let t3_60 = ((t3_59 & 4u) != 0u);
    let t3_61 = ((t3_54 >> 24u) & 255u);
    let t3_62 = ((t3_61 & 4u) != 0u);
    let t3_63 = ((t3_22 >> 4u) & 0xf0f0f0fu);
    let t3_64 = (t3_63 & 255u);
    let t3_65 = ((t3_64 & 4u) != 0u);
    let t3_66 = ((t3_63 >> 8u) & 255u);
    let t3_67 = ((t3_66 & 4u) != 0u);
    let t3_68 = ((t3_63 >> 16u) & 255u);
    let t3_69 = ((t3_68 & 4u) != 0u);
    let t3_70 = ((t3_63 >> 24u) & 255u);
    let t3_71 = ((t3_70 & 4u) != 0u);
    let t3_72 = ((t3_34 >> 4u) & 0xf0f0f0fu);
    let t3_73 = (t3_72 & 255u);
    let t3_74 = ((t3_73 & 4u) != 0u);
    let t3_75 = ((t3_72 >> 8u) & 255u);
    let t3_76 = ((t3_75 & 4u) != 0u);
    let t3_77 = ((t3_72 >> 16u) & 255u);
    let t3_78 = ((t3_77 & 4u) != 0u);
    let t3_79 = ((t3_72 >> 24u) & 255u);
    let t3_80 = ((t3_79 & 4u) != 0u);
    let t3_81 = ((t3_44 >> 4u) & 0xf0f0f0fu);
    let t3_82 = (t3_81 & 255u);
    let t3_83 = ((t3_82 & 4u) != 0u);
    let t3_84 = ((t3_81 >> 8u) & 255u);
    let t3_85 = ((t3_84 & 4u) != 0u);
    let t3_86 = ((t3_81 >> 16u) & 255u);
    let t3_87 = ((t3_86 & 4u) != 0u);
    let t3_88 = ((t3_81 >> 24u) & 255u);
    let t3_89 = ((t3_88 & 4u) != 0u);
    let t3_90 = (((t3_4 >> t3_0) & 255u) & 255u);
    let q0_0_0 = (((((select(select(0x3020100u, 0xc080604u, t3_13), select(0xfdfeff00u, 0xf4f8fafcu, t3_13), ((t3_12 & 8u) != 0u)) >> ((t3_12 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t3_15), select(0xfdfeff00u, 0xf4f8fafcu, t3_15), ((t3_14 & 8u) != 0u)) >> ((t3_14 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t3_17), select(0xfdfeff00u, 0xf4f8fafcu, t3_17), ((t3_16 & 8u) != 0u)) >> ((t3_16 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t3_19), select(0xfdfeff00u, 0xf4f8fafcu, t3_19), ((t3_18 & 8u) != 0u)) >> ((t3_18 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_1 = (((((select(select(0x3020100u, 0xc080604u, t3_25), select(0xfdfeff00u, 0xf4f8fafcu, t3_25), ((t3_24 & 8u) != 0u)) >> ((t3_24 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t3_27), select(0xfdfeff00u, 0xf4f8fafcu, t3_27), ((t3_26 & 8u) != 0u)) >> ((t3_26 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t3_29), select(0xfdfeff00u, 0xf4f8fafcu, t3_29), ((t3_28 & 8u) != 0u)) >> ((t3_28 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t3_31), select(0xfdfeff00u, 0xf4f8fafcu, t3_31), ((t3_30 & 8u) != 0u)) >> ((t3_30 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_2 = (((((select(select(0x3020100u, 0xc080604u, t3_37), select(0xfdfeff00u, 0xf4f8fafcu, t3_37), ((t3_36 & 8u) != 0u)) >> ((t3_36 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t3_39), select(0xfdfeff00u, 0xf4f8fafcu, t3_39), ((t3_38 & 8u) != 0u)) >> ((t3_38 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t3_41), select(0xfdfeff00u, 0xf4f8fafcu, t3_41), ((t3_40 & 8u) != 0u)) >> ((t3_40 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t3_43), select(0xfdfeff00u, 0xf4f8fafcu, t3_43), ((t3_42 & 8u) != 0u)) >> ((t3_42 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_3 = (((((select(select(0x3020100u, 0xc080604u, t3_47), select(0xfdfeff00u, 0xf4f8fafcu, t3_47), ((t3_46 & 8u) != 0u)) >> ((t3_46 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t3_49), select(0xfdfeff00u, 0xf4f8fafcu, t3_49), ((t3_48 & 8u) != 0u)) >> ((t3_48 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t3_51), select(0xfdfeff00u, 0xf4f8fafcu, t3_51), ((t3_50 & 8u) != 0u)) >> ((t3_50 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t3_53), select(0xfdfeff00u, 0xf4f8fafcu, t3_53), ((t3_52 & 8u) != 0u)) >> ((t3_52 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_4 = (((((select(select(0x3020100u, 0xc080604u, t3_56), select(0xfdfeff00u, 0xf4f8fafcu, t3_56), ((t3_55 & 8u) != 0u)) >> ((t3_55 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t3_58), select(0xfdfeff00u, 0xf4f8fafcu, t3_58), ((t3_57 & 8u) != 0u)) >> ((t3_57 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t3_60), select(0xfdfeff00u, 0xf4f8fafcu, t3_60), ((t3_59 & 8u) != 0u)) >> ((t3_59 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t3_62), select(0xfdfeff00u, 0xf4f8fafcu, t3_62), ((t3_61 & 8u) != 0u)) >> ((t3_61 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_5 = (((((select(select(0x3020100u, 0xc080604u, t3_65), select(0xfdfeff00u, 0xf4f8fafcu, t3_65), ((t3_64 & 8u) != 0u)) >> ((t3_64 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t3_67), select(0xfdfeff00u, 0xf4f8fafcu, t3_67), ((t3_66 & 8u) != 0u)) >> ((t3_66 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t3_69), select(0xfdfeff00u, 0xf4f8fafcu, t3_69), ((t3_68 & 8u) != 0u)) >> ((t3_68 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t3_71), select(0xfdfeff00u, 0xf4f8fafcu, t3_71), ((t3_70 & 8u) != 0u)) >> ((t3_70 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_6 = (((((select(select(0x3020100u, 0xc080604u, t3_74), select(0xfdfeff00u, 0xf4f8fafcu, t3_74), ((t3_73 & 8u) != 0u)) >> ((t3_73 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t3_76), select(0xfdfeff00u, 0xf4f8fafcu, t3_76), ((t3_75 & 8u) != 0u)) >> ((t3_75 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t3_78), select(0xfdfeff00u, 0xf4f8fafcu, t3_78), ((t3_77 & 8u) != 0u)) >> ((t3_77 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t3_80), select(0xfdfeff00u, 0xf4f8fafcu, t3_80), ((t3_79 & 8u) != 0u)) >> ((t3_79 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_7 = (((((select(select(0x3020100u, 0xc080604u, t3_83), select(0xfdfeff00u, 0xf4f8fafcu, t3_83), ((t3_82 & 8u) != 0u)) >> ((t3_82 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t3_85), select(0xfdfeff00u, 0xf4f8fafcu, t3_85), ((t3_84 & 8u) != 0u)) >> ((t3_84 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t3_87), select(0xfdfeff00u, 0xf4f8fafcu, t3_87), ((t3_86 & 8u) != 0u)) >> ((t3_86 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t3_89), select(0xfdfeff00u, 0xf4f8fafcu, t3_89), ((t3_88 & 8u) != 0u)) >> ((t3_88 & 3u) << 3u)) & 255u) << 24u));
    let s0_0 = bitcast<f32>(select(((t3_90 - 1u) << 23u), (0x200000u << t3_90), (t3_90 < 2u)));
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
    acc1 = (acc1 + (x1_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)) + dot4I8Packed(q0_0_4, x1_hi.x)) + dot4I8Packed(q0_0_5, x1_hi.y)) + dot4I8Packed(q0_0_6, x1_hi.z)) + dot4I8Packed(q0_0_7, x1_hi.w))))));
    acc2 = (acc2 + (x2_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)) + dot4I8Packed(q0_0_4, x2_hi.x)) + dot4I8Packed(q0_0_5, x2_hi.y)) + dot4I8Packed(q0_0_6, x2_hi.z)) + dot4I8Packed(q0_0_7, x2_hi.w))))));
    acc3 = (acc3 + (x3_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x3_lo.x) + dot4I8Packed(q0_0_1, x3_lo.y)) + dot4I8Packed(q0_0_2, x3_lo.z)) + dot4I8Packed(q0_0_3, x3_lo.w)) + dot4I8Packed(q0_0_4, x3_hi.x)) + dot4I8Packed(q0_0_5, x3_hi.y)) + dot4I8Packed(q0_0_6, x3_hi.z)) + dot4I8Packed(q0_0_7, x3_hi.w))))));
    acc4 = (acc4 + (x4_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x4_lo.x) + dot4I8Packed(q0_0_1, x4_lo.y)) + dot4I8Packed(q0_0_2, x4_lo.z)) + dot4I8Packed(q0_0_3, x4_lo.w)) + dot4I8Packed(q0_0_4, x4_hi.x)) + dot4I8Packed(q0_0_5, x4_hi.y)) + dot4I8Packed(q0_0_6, x4_hi.z)) + dot4I8Packed(q0_0_7, x4_hi.w))))));
    acc5 = (acc5 + (x5_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x5_lo.x) + dot4I8Packed(q0_0_1, x5_lo.y)) + dot4I8Packed(q0_0_2, x5_lo.z)) + dot4I8Packed(q0_0_3, x5_lo.w)) + dot4I8Packed(q0_0_4, x5_hi.x)) + dot4I8Packed(q0_0_5, x5_hi.y)) + dot4I8Packed(q0_0_6, x5_hi.z)) + dot4I8Packed(q0_0_7, x5_hi.w))))));
    acc6 = (acc6 + (x6_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x6_lo.x) + dot4I8Packed(q0_0_1, x6_lo.y)) + dot4I8Packed(q0_0_2, x6_lo.z)) + dot4I8Packed(q0_0_3, x6_lo.w)) + dot4I8Packed(q0_0_4, x6_hi.x)) + dot4I8Packed(q0_0_5, x6_hi.y)) + dot4I8Packed(q0_0_6, x6_hi.z)) + dot4I8Packed(q0_0_7, x6_hi.w))))));
    acc7 = (acc7 + (x7_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x7_lo.x) + dot4I8Packed(q0_0_1, x7_lo.y)) + dot4I8Packed(q0_0_2, x7_lo.z)) + dot4I8Packed(q0_0_3, x7_lo.w)) + dot4I8Packed(q0_0_4, x7_hi.x)) + dot4I8Packed(q0_0_5, x7_hi.y)) + dot4I8Packed(q0_0_6, x7_hi.z)) + dot4I8Packed(q0_0_7, x7_hi.w))))));
  }
  let sg_sum0 = subgroupAdd(acc0);
  let sg_sum1 = subgroupAdd(acc1);
  let sg_sum2 = subgroupAdd(acc2);
  let sg_sum3 = subgroupAdd(acc3);
  let sg_sum4 = subgroupAdd(acc4);
  let sg_sum5 = subgroupAdd(acc5);
  let sg_sum6 = subgroupAdd(acc6);
  let sg_sum7 = subgroupAdd(acc7);
  let sg_id = (lid / sg_size);
  if ((sg_lane == 0u)) {
    red[(sg_id * 8u)] = sg_sum0;
    red[((sg_id * 8u) + 1u)] = sg_sum1;
    red[((sg_id * 8u) + 2u)] = sg_sum2;
    red[((sg_id * 8u) + 3u)] = sg_sum3;
    red[((sg_id * 8u) + 4u)] = sg_sum4;
    red[((sg_id * 8u) + 5u)] = sg_sum5;
    red[((sg_id * 8u) + 6u)] = sg_sum6;
    red[((sg_id * 8u) + 7u)] = sg_sum7;
  }
  workgroupBarrier();
  let n_sg = (WG_SIZE / sg_size);
  if ((lid == 0u)) {
    var total0: f32 = 0.0;
    for (var s0: u32 = 0u; (s0 < n_sg); s0 = (s0 + 1u)) {
      total0 = (total0 + red[(s0 * 8u)]);
    }
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = total0;
    }
    var total1: f32 = 0.0;
    for (var s1: u32 = 0u; (s1 < n_sg); s1 = (s1 + 1u)) {
      total1 = (total1 + red[((s1 * 8u) + 1u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + p.y_col_stride) + row0)] = total1;
    }
    var total2: f32 = 0.0;
    for (var s2: u32 = 0u; (s2 < n_sg); s2 = (s2 + 1u)) {
      total2 = (total2 + red[((s2 * 8u) + 2u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 2u)) + row0)] = total2;
    }
    var total3: f32 = 0.0;
    for (var s3: u32 = 0u; (s3 < n_sg); s3 = (s3 + 1u)) {
      total3 = (total3 + red[((s3 * 8u) + 3u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 3u)) + row0)] = total3;
    }
    var total4: f32 = 0.0;
    for (var s4: u32 = 0u; (s4 < n_sg); s4 = (s4 + 1u)) {
      total4 = (total4 + red[((s4 * 8u) + 4u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 4u)) + row0)] = total4;
    }
    var total5: f32 = 0.0;
    for (var s5: u32 = 0u; (s5 < n_sg); s5 = (s5 + 1u)) {
      total5 = (total5 + red[((s5 * 8u) + 5u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 5u)) + row0)] = total5;
    }
    var total6: f32 = 0.0;
    for (var s6: u32 = 0u; (s6 < n_sg); s6 = (s6 + 1u)) {
      total6 = (total6 + red[((s6 * 8u) + 6u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 6u)) + row0)] = total6;
    }
    var total7: f32 = 0.0;
    for (var s7: u32 = 0u; (s7 < n_sg); s7 = (s7 + 1u)) {
      total7 = (total7 + red[((s7 * 8u) + 7u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 7u)) + row0)] = total7;
    }
  }
}
