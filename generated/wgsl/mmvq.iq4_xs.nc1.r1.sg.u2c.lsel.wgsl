// kgen 0.1.0: mmvq.iq4_xs.nc1.r1.sg.u2c.lsel; generated, do not edit; content hash 5da5b928e7c4452c
// mmvq: y = W . x, W in iq4_xs (256 per 136-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
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
var<workgroup> red: array<f32, 1u * WG_SIZE>;

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
  let n_chunks = (p.K >> 5u);
  let t0_0 = (WG_SIZE * 2u);
  let n_full = ((n_chunks / t0_0) * t0_0);
  for (var j0: u32 = (lid * 2u); (j0 < n_full); j0 = (j0 + (WG_SIZE * 2u))) {
    let u0_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u0_x0_hdr = x[u0_x0_at][(j0 & 3u)];
    let u0_x0_lo = x[((u0_x0_at + 1u) + ((j0 & 3u) * 2u))];
    let u0_x0_hi = x[((u0_x0_at + 2u) + ((j0 & 3u) * 2u))];
    let u0_x0_d = unpack2x16float((u0_x0_hdr & 0xffffu)).x;
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
    let u1_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at][((j0 & 3u) + 1u)];
    let u1_x0_lo = x[(((u1_x0_at + 1u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x0_hi = x[(((u1_x0_at + 2u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (j0 >> 3u);
    let u1_slice = ((j0 & 7u) + 1u);
    let u1_b0 = (row_base0 + (u1_blk * 136u));
    let t2_0 = ((u1_b0 + (u1_slice * 16u)) >> 2u);
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
    let t2_77 = w[(u1_b0 >> 2u)];
    let t2_78 = (u1_b0 + (u1_slice >> 1u));
    let u1_q0_0_0 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_4), select(0x26190d01u, 0x71594535u, t2_4), ((t2_3 & 8u) != 0u)) >> ((t2_3 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_6), select(0x26190d01u, 0x71594535u, t2_6), ((t2_5 & 8u) != 0u)) >> ((t2_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_8), select(0x26190d01u, 0x71594535u, t2_8), ((t2_7 & 8u) != 0u)) >> ((t2_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_10), select(0x26190d01u, 0x71594535u, t2_10), ((t2_9 & 8u) != 0u)) >> ((t2_9 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_1 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_14), select(0x26190d01u, 0x71594535u, t2_14), ((t2_13 & 8u) != 0u)) >> ((t2_13 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_16), select(0x26190d01u, 0x71594535u, t2_16), ((t2_15 & 8u) != 0u)) >> ((t2_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_18), select(0x26190d01u, 0x71594535u, t2_18), ((t2_17 & 8u) != 0u)) >> ((t2_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_20), select(0x26190d01u, 0x71594535u, t2_20), ((t2_19 & 8u) != 0u)) >> ((t2_19 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_2 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_24), select(0x26190d01u, 0x71594535u, t2_24), ((t2_23 & 8u) != 0u)) >> ((t2_23 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_26), select(0x26190d01u, 0x71594535u, t2_26), ((t2_25 & 8u) != 0u)) >> ((t2_25 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_28), select(0x26190d01u, 0x71594535u, t2_28), ((t2_27 & 8u) != 0u)) >> ((t2_27 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_30), select(0x26190d01u, 0x71594535u, t2_30), ((t2_29 & 8u) != 0u)) >> ((t2_29 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_3 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_34), select(0x26190d01u, 0x71594535u, t2_34), ((t2_33 & 8u) != 0u)) >> ((t2_33 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_36), select(0x26190d01u, 0x71594535u, t2_36), ((t2_35 & 8u) != 0u)) >> ((t2_35 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_38), select(0x26190d01u, 0x71594535u, t2_38), ((t2_37 & 8u) != 0u)) >> ((t2_37 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_40), select(0x26190d01u, 0x71594535u, t2_40), ((t2_39 & 8u) != 0u)) >> ((t2_39 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_4 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_43), select(0x26190d01u, 0x71594535u, t2_43), ((t2_42 & 8u) != 0u)) >> ((t2_42 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_45), select(0x26190d01u, 0x71594535u, t2_45), ((t2_44 & 8u) != 0u)) >> ((t2_44 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_47), select(0x26190d01u, 0x71594535u, t2_47), ((t2_46 & 8u) != 0u)) >> ((t2_46 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_49), select(0x26190d01u, 0x71594535u, t2_49), ((t2_48 & 8u) != 0u)) >> ((t2_48 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_5 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_52), select(0x26190d01u, 0x71594535u, t2_52), ((t2_51 & 8u) != 0u)) >> ((t2_51 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_54), select(0x26190d01u, 0x71594535u, t2_54), ((t2_53 & 8u) != 0u)) >> ((t2_53 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_56), select(0x26190d01u, 0x71594535u, t2_56), ((t2_55 & 8u) != 0u)) >> ((t2_55 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_58), select(0x26190d01u, 0x71594535u, t2_58), ((t2_57 & 8u) != 0u)) >> ((t2_57 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_6 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_61), select(0x26190d01u, 0x71594535u, t2_61), ((t2_60 & 8u) != 0u)) >> ((t2_60 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_63), select(0x26190d01u, 0x71594535u, t2_63), ((t2_62 & 8u) != 0u)) >> ((t2_62 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_65), select(0x26190d01u, 0x71594535u, t2_65), ((t2_64 & 8u) != 0u)) >> ((t2_64 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_67), select(0x26190d01u, 0x71594535u, t2_67), ((t2_66 & 8u) != 0u)) >> ((t2_66 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_7 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t2_70), select(0x26190d01u, 0x71594535u, t2_70), ((t2_69 & 8u) != 0u)) >> ((t2_69 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_72), select(0x26190d01u, 0x71594535u, t2_72), ((t2_71 & 8u) != 0u)) >> ((t2_71 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_74), select(0x26190d01u, 0x71594535u, t2_74), ((t2_73 & 8u) != 0u)) >> ((t2_73 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t2_76), select(0x26190d01u, 0x71594535u, t2_76), ((t2_75 & 8u) != 0u)) >> ((t2_75 & 3u) << 3u)) & 255u) << 24u));
    let u1_s0_0 = (unpack2x16float((t2_77 & 0xffffu)).x * f32(i32(((((((w[((t2_78 >> 2u) + 1u)] >> ((t2_78 & 3u) * 8u)) & 255u) >> ((u1_slice & 1u) * 4u)) & 15u) | (((((t2_77 >> 16u) & 0xffffu) >> (u1_slice * 2u)) & 3u) << 4u)) - 32u))));
    acc0 = (acc0 + (u1_x0_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x0_hi.w))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 136u));
    let t3_0 = ((b0 + (slice * 16u)) >> 2u);
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
    let t3_77 = w[(b0 >> 2u)];
    let t3_78 = (b0 + (slice >> 1u));
    let q0_0_0 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_4), select(0x26190d01u, 0x71594535u, t3_4), ((t3_3 & 8u) != 0u)) >> ((t3_3 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_6), select(0x26190d01u, 0x71594535u, t3_6), ((t3_5 & 8u) != 0u)) >> ((t3_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_8), select(0x26190d01u, 0x71594535u, t3_8), ((t3_7 & 8u) != 0u)) >> ((t3_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_10), select(0x26190d01u, 0x71594535u, t3_10), ((t3_9 & 8u) != 0u)) >> ((t3_9 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_1 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_14), select(0x26190d01u, 0x71594535u, t3_14), ((t3_13 & 8u) != 0u)) >> ((t3_13 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_16), select(0x26190d01u, 0x71594535u, t3_16), ((t3_15 & 8u) != 0u)) >> ((t3_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_18), select(0x26190d01u, 0x71594535u, t3_18), ((t3_17 & 8u) != 0u)) >> ((t3_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_20), select(0x26190d01u, 0x71594535u, t3_20), ((t3_19 & 8u) != 0u)) >> ((t3_19 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_2 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_24), select(0x26190d01u, 0x71594535u, t3_24), ((t3_23 & 8u) != 0u)) >> ((t3_23 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_26), select(0x26190d01u, 0x71594535u, t3_26), ((t3_25 & 8u) != 0u)) >> ((t3_25 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_28), select(0x26190d01u, 0x71594535u, t3_28), ((t3_27 & 8u) != 0u)) >> ((t3_27 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_30), select(0x26190d01u, 0x71594535u, t3_30), ((t3_29 & 8u) != 0u)) >> ((t3_29 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_3 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_34), select(0x26190d01u, 0x71594535u, t3_34), ((t3_33 & 8u) != 0u)) >> ((t3_33 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_36), select(0x26190d01u, 0x71594535u, t3_36), ((t3_35 & 8u) != 0u)) >> ((t3_35 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_38), select(0x26190d01u, 0x71594535u, t3_38), ((t3_37 & 8u) != 0u)) >> ((t3_37 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_40), select(0x26190d01u, 0x71594535u, t3_40), ((t3_39 & 8u) != 0u)) >> ((t3_39 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_4 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_43), select(0x26190d01u, 0x71594535u, t3_43), ((t3_42 & 8u) != 0u)) >> ((t3_42 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_45), select(0x26190d01u, 0x71594535u, t3_45), ((t3_44 & 8u) != 0u)) >> ((t3_44 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_47), select(0x26190d01u, 0x71594535u, t3_47), ((t3_46 & 8u) != 0u)) >> ((t3_46 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_49), select(0x26190d01u, 0x71594535u, t3_49), ((t3_48 & 8u) != 0u)) >> ((t3_48 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_5 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_52), select(0x26190d01u, 0x71594535u, t3_52), ((t3_51 & 8u) != 0u)) >> ((t3_51 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_54), select(0x26190d01u, 0x71594535u, t3_54), ((t3_53 & 8u) != 0u)) >> ((t3_53 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_56), select(0x26190d01u, 0x71594535u, t3_56), ((t3_55 & 8u) != 0u)) >> ((t3_55 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_58), select(0x26190d01u, 0x71594535u, t3_58), ((t3_57 & 8u) != 0u)) >> ((t3_57 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_6 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_61), select(0x26190d01u, 0x71594535u, t3_61), ((t3_60 & 8u) != 0u)) >> ((t3_60 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_63), select(0x26190d01u, 0x71594535u, t3_63), ((t3_62 & 8u) != 0u)) >> ((t3_62 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_65), select(0x26190d01u, 0x71594535u, t3_65), ((t3_64 & 8u) != 0u)) >> ((t3_64 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_67), select(0x26190d01u, 0x71594535u, t3_67), ((t3_66 & 8u) != 0u)) >> ((t3_66 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_7 = (((((select(select(0xbfad9881u, 0xf6eaddcfu, t3_70), select(0x26190d01u, 0x71594535u, t3_70), ((t3_69 & 8u) != 0u)) >> ((t3_69 & 3u) << 3u)) & 255u) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_72), select(0x26190d01u, 0x71594535u, t3_72), ((t3_71 & 8u) != 0u)) >> ((t3_71 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_74), select(0x26190d01u, 0x71594535u, t3_74), ((t3_73 & 8u) != 0u)) >> ((t3_73 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0xbfad9881u, 0xf6eaddcfu, t3_76), select(0x26190d01u, 0x71594535u, t3_76), ((t3_75 & 8u) != 0u)) >> ((t3_75 & 3u) << 3u)) & 255u) << 24u));
    let s0_0 = (unpack2x16float((t3_77 & 0xffffu)).x * f32(i32(((((((w[((t3_78 >> 2u) + 1u)] >> ((t3_78 & 3u) * 8u)) & 255u) >> ((slice & 1u) * 4u)) & 15u) | (((((t3_77 >> 16u) & 0xffffu) >> (slice * 2u)) & 3u) << 4u)) - 32u))));
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
  }
  let sg_sum0 = subgroupAdd(acc0);
  let sg_id = (lid / sg_size);
  if ((sg_lane == 0u)) {
    red[sg_id] = sg_sum0;
  }
  workgroupBarrier();
  let n_sg = (WG_SIZE / sg_size);
  if ((lid == 0u)) {
    var total0: f32 = 0.0;
    for (var s0: u32 = 0u; (s0 < n_sg); s0 = (s0 + 1u)) {
      total0 = (total0 + red[s0]);
    }
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = total0;
    }
  }
}
