// kgen 0.1.0: mmvq.iq4_xs.nc1.r1.sg.u2; generated, do not edit; content hash 694652dfb6fcdfa0
// mmvq: y = W . x, W in iq4_xs (256 per 136-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (strided), lookup tables vec
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
const kvalues_iq4nl = vec4<u32>(0xbfad9881u, 0xf6eaddcfu, 0x26190d01u, 0x71594535u); // i8 x 16, 4 per word

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
  for (var j0: u32 = lid; (j0 < n_full); j0 = (j0 + (WG_SIZE * 2u))) {
    let u0_j = j0;
    let u0_x0_at = (x_base + ((u0_j >> 2u) * 9u));
    let u0_x0_hdr = x[u0_x0_at][(u0_j & 3u)];
    let u0_x0_lo = x[((u0_x0_at + 1u) + ((u0_j & 3u) * 2u))];
    let u0_x0_hi = x[((u0_x0_at + 2u) + ((u0_j & 3u) * 2u))];
    let u0_x0_d = unpack2x16float((u0_x0_hdr & 0xffffu)).x;
    let u0_blk = (u0_j >> 3u);
    let u0_slice = (u0_j & 7u);
    let u0_b0 = (row_base0 + (u0_blk * 136u));
    let t1_0 = ((u0_b0 + (u0_slice * 16u)) >> 2u);
    let t1_1 = w[(t1_0 + 2u)];
    let t1_2 = (t1_1 & 0xf0f0f0fu);
    let t1_3 = (t1_2 & 255u);
    let t1_4 = ((t1_2 >> 8u) & 255u);
    let t1_5 = ((t1_2 >> 16u) & 255u);
    let t1_6 = ((t1_2 >> 24u) & 255u);
    let t1_7 = w[(t1_0 + 3u)];
    let t1_8 = (t1_7 & 0xf0f0f0fu);
    let t1_9 = (t1_8 & 255u);
    let t1_10 = ((t1_8 >> 8u) & 255u);
    let t1_11 = ((t1_8 >> 16u) & 255u);
    let t1_12 = ((t1_8 >> 24u) & 255u);
    let t1_13 = w[(t1_0 + 4u)];
    let t1_14 = (t1_13 & 0xf0f0f0fu);
    let t1_15 = (t1_14 & 255u);
    let t1_16 = ((t1_14 >> 8u) & 255u);
    let t1_17 = ((t1_14 >> 16u) & 255u);
    let t1_18 = ((t1_14 >> 24u) & 255u);
    let t1_19 = w[(t1_0 + 5u)];
    let t1_20 = (t1_19 & 0xf0f0f0fu);
    let t1_21 = (t1_20 & 255u);
    let t1_22 = ((t1_20 >> 8u) & 255u);
    let t1_23 = ((t1_20 >> 16u) & 255u);
    let t1_24 = ((t1_20 >> 24u) & 255u);
    let t1_25 = ((t1_1 >> 4u) & 0xf0f0f0fu);
    let t1_26 = (t1_25 & 255u);
    let t1_27 = ((t1_25 >> 8u) & 255u);
    let t1_28 = ((t1_25 >> 16u) & 255u);
    let t1_29 = ((t1_25 >> 24u) & 255u);
    let t1_30 = ((t1_7 >> 4u) & 0xf0f0f0fu);
    let t1_31 = (t1_30 & 255u);
    let t1_32 = ((t1_30 >> 8u) & 255u);
    let t1_33 = ((t1_30 >> 16u) & 255u);
    let t1_34 = ((t1_30 >> 24u) & 255u);
    let t1_35 = ((t1_13 >> 4u) & 0xf0f0f0fu);
    let t1_36 = (t1_35 & 255u);
    let t1_37 = ((t1_35 >> 8u) & 255u);
    let t1_38 = ((t1_35 >> 16u) & 255u);
    let t1_39 = ((t1_35 >> 24u) & 255u);
    let t1_40 = ((t1_19 >> 4u) & 0xf0f0f0fu);
    let t1_41 = (t1_40 & 255u);
    let t1_42 = ((t1_40 >> 8u) & 255u);
    let t1_43 = ((t1_40 >> 16u) & 255u);
    let t1_44 = ((t1_40 >> 24u) & 255u);
    let t1_45 = w[(u0_b0 >> 2u)];
    let t1_46 = (u0_b0 + (u0_slice >> 1u));
    let u0_q0_0_0 = ((((u32((i32((((kvalues_iq4nl[(t1_3 >> 2u)] >> ((t1_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_4 >> 2u)] >> ((t1_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_5 >> 2u)] >> ((t1_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_6 >> 2u)] >> ((t1_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_1 = ((((u32((i32((((kvalues_iq4nl[(t1_9 >> 2u)] >> ((t1_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_10 >> 2u)] >> ((t1_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_11 >> 2u)] >> ((t1_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_12 >> 2u)] >> ((t1_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_2 = ((((u32((i32((((kvalues_iq4nl[(t1_15 >> 2u)] >> ((t1_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_16 >> 2u)] >> ((t1_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_17 >> 2u)] >> ((t1_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_18 >> 2u)] >> ((t1_18 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_3 = ((((u32((i32((((kvalues_iq4nl[(t1_21 >> 2u)] >> ((t1_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_22 >> 2u)] >> ((t1_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_23 >> 2u)] >> ((t1_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_24 >> 2u)] >> ((t1_24 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_4 = ((((u32((i32((((kvalues_iq4nl[(t1_26 >> 2u)] >> ((t1_26 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_27 >> 2u)] >> ((t1_27 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_28 >> 2u)] >> ((t1_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_29 >> 2u)] >> ((t1_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_5 = ((((u32((i32((((kvalues_iq4nl[(t1_31 >> 2u)] >> ((t1_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_32 >> 2u)] >> ((t1_32 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_33 >> 2u)] >> ((t1_33 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_34 >> 2u)] >> ((t1_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_6 = ((((u32((i32((((kvalues_iq4nl[(t1_36 >> 2u)] >> ((t1_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_37 >> 2u)] >> ((t1_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_38 >> 2u)] >> ((t1_38 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_39 >> 2u)] >> ((t1_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_7 = ((((u32((i32((((kvalues_iq4nl[(t1_41 >> 2u)] >> ((t1_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_42 >> 2u)] >> ((t1_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_43 >> 2u)] >> ((t1_43 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_44 >> 2u)] >> ((t1_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_s0_0 = (unpack2x16float((t1_45 & 0xffffu)).x * f32(i32(((((((w[((t1_46 >> 2u) + 1u)] >> ((t1_46 & 3u) * 8u)) & 255u) >> ((u0_slice & 1u) * 4u)) & 15u) | (((((t1_45 >> 16u) & 0xffffu) >> (u0_slice * 2u)) & 3u) << 4u)) - 32u))));
    acc0 = (acc0 + (u0_x0_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x0_hi.w))))));
    let u1_j = (j0 + WG_SIZE);
    let u1_x0_at = (x_base + ((u1_j >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at][(u1_j & 3u)];
    let u1_x0_lo = x[((u1_x0_at + 1u) + ((u1_j & 3u) * 2u))];
    let u1_x0_hi = x[((u1_x0_at + 2u) + ((u1_j & 3u) * 2u))];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (u1_j >> 3u);
    let u1_slice = (u1_j & 7u);
    let u1_b0 = (row_base0 + (u1_blk * 136u));
    let t2_0 = ((u1_b0 + (u1_slice * 16u)) >> 2u);
    let t2_1 = w[(t2_0 + 2u)];
    let t2_2 = (t2_1 & 0xf0f0f0fu);
    let t2_3 = (t2_2 & 255u);
    let t2_4 = ((t2_2 >> 8u) & 255u);
    let t2_5 = ((t2_2 >> 16u) & 255u);
    let t2_6 = ((t2_2 >> 24u) & 255u);
    let t2_7 = w[(t2_0 + 3u)];
    let t2_8 = (t2_7 & 0xf0f0f0fu);
    let t2_9 = (t2_8 & 255u);
    let t2_10 = ((t2_8 >> 8u) & 255u);
    let t2_11 = ((t2_8 >> 16u) & 255u);
    let t2_12 = ((t2_8 >> 24u) & 255u);
    let t2_13 = w[(t2_0 + 4u)];
    let t2_14 = (t2_13 & 0xf0f0f0fu);
    let t2_15 = (t2_14 & 255u);
    let t2_16 = ((t2_14 >> 8u) & 255u);
    let t2_17 = ((t2_14 >> 16u) & 255u);
    let t2_18 = ((t2_14 >> 24u) & 255u);
    let t2_19 = w[(t2_0 + 5u)];
    let t2_20 = (t2_19 & 0xf0f0f0fu);
    let t2_21 = (t2_20 & 255u);
    let t2_22 = ((t2_20 >> 8u) & 255u);
    let t2_23 = ((t2_20 >> 16u) & 255u);
    let t2_24 = ((t2_20 >> 24u) & 255u);
    let t2_25 = ((t2_1 >> 4u) & 0xf0f0f0fu);
    let t2_26 = (t2_25 & 255u);
    let t2_27 = ((t2_25 >> 8u) & 255u);
    let t2_28 = ((t2_25 >> 16u) & 255u);
    let t2_29 = ((t2_25 >> 24u) & 255u);
    let t2_30 = ((t2_7 >> 4u) & 0xf0f0f0fu);
    let t2_31 = (t2_30 & 255u);
    let t2_32 = ((t2_30 >> 8u) & 255u);
    let t2_33 = ((t2_30 >> 16u) & 255u);
    let t2_34 = ((t2_30 >> 24u) & 255u);
    let t2_35 = ((t2_13 >> 4u) & 0xf0f0f0fu);
    let t2_36 = (t2_35 & 255u);
    let t2_37 = ((t2_35 >> 8u) & 255u);
    let t2_38 = ((t2_35 >> 16u) & 255u);
    let t2_39 = ((t2_35 >> 24u) & 255u);
    let t2_40 = ((t2_19 >> 4u) & 0xf0f0f0fu);
    let t2_41 = (t2_40 & 255u);
    let t2_42 = ((t2_40 >> 8u) & 255u);
    let t2_43 = ((t2_40 >> 16u) & 255u);
    let t2_44 = ((t2_40 >> 24u) & 255u);
    let t2_45 = w[(u1_b0 >> 2u)];
    let t2_46 = (u1_b0 + (u1_slice >> 1u));
    let u1_q0_0_0 = ((((u32((i32((((kvalues_iq4nl[(t2_3 >> 2u)] >> ((t2_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_4 >> 2u)] >> ((t2_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_5 >> 2u)] >> ((t2_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_6 >> 2u)] >> ((t2_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_1 = ((((u32((i32((((kvalues_iq4nl[(t2_9 >> 2u)] >> ((t2_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_10 >> 2u)] >> ((t2_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_11 >> 2u)] >> ((t2_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_12 >> 2u)] >> ((t2_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_2 = ((((u32((i32((((kvalues_iq4nl[(t2_15 >> 2u)] >> ((t2_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_16 >> 2u)] >> ((t2_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_17 >> 2u)] >> ((t2_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_18 >> 2u)] >> ((t2_18 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_3 = ((((u32((i32((((kvalues_iq4nl[(t2_21 >> 2u)] >> ((t2_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_22 >> 2u)] >> ((t2_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_23 >> 2u)] >> ((t2_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_24 >> 2u)] >> ((t2_24 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_4 = ((((u32((i32((((kvalues_iq4nl[(t2_26 >> 2u)] >> ((t2_26 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_27 >> 2u)] >> ((t2_27 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_28 >> 2u)] >> ((t2_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_29 >> 2u)] >> ((t2_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_5 = ((((u32((i32((((kvalues_iq4nl[(t2_31 >> 2u)] >> ((t2_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_32 >> 2u)] >> ((t2_32 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_33 >> 2u)] >> ((t2_33 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_34 >> 2u)] >> ((t2_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_6 = ((((u32((i32((((kvalues_iq4nl[(t2_36 >> 2u)] >> ((t2_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_37 >> 2u)] >> ((t2_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_38 >> 2u)] >> ((t2_38 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_39 >> 2u)] >> ((t2_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_7 = ((((u32((i32((((kvalues_iq4nl[(t2_41 >> 2u)] >> ((t2_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_42 >> 2u)] >> ((t2_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_43 >> 2u)] >> ((t2_43 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_44 >> 2u)] >> ((t2_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_s0_0 = (unpack2x16float((t2_45 & 0xffffu)).x * f32(i32(((((((w[((t2_46 >> 2u) + 1u)] >> ((t2_46 & 3u) * 8u)) & 255u) >> ((u1_slice & 1u) * 4u)) & 15u) | (((((t2_45 >> 16u) & 0xffffu) >> (u1_slice * 2u)) & 3u) << 4u)) - 32u))));
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
    let t3_4 = ((t3_2 >> 8u) & 255u);
    let t3_5 = ((t3_2 >> 16u) & 255u);
    let t3_6 = ((t3_2 >> 24u) & 255u);
    let t3_7 = w[(t3_0 + 3u)];
    let t3_8 = (t3_7 & 0xf0f0f0fu);
    let t3_9 = (t3_8 & 255u);
    let t3_10 = ((t3_8 >> 8u) & 255u);
    let t3_11 = ((t3_8 >> 16u) & 255u);
    let t3_12 = ((t3_8 >> 24u) & 255u);
    let t3_13 = w[(t3_0 + 4u)];
    let t3_14 = (t3_13 & 0xf0f0f0fu);
    let t3_15 = (t3_14 & 255u);
    let t3_16 = ((t3_14 >> 8u) & 255u);
    let t3_17 = ((t3_14 >> 16u) & 255u);
    let t3_18 = ((t3_14 >> 24u) & 255u);
    let t3_19 = w[(t3_0 + 5u)];
    let t3_20 = (t3_19 & 0xf0f0f0fu);
    let t3_21 = (t3_20 & 255u);
    let t3_22 = ((t3_20 >> 8u) & 255u);
    let t3_23 = ((t3_20 >> 16u) & 255u);
    let t3_24 = ((t3_20 >> 24u) & 255u);
    let t3_25 = ((t3_1 >> 4u) & 0xf0f0f0fu);
    let t3_26 = (t3_25 & 255u);
    let t3_27 = ((t3_25 >> 8u) & 255u);
    let t3_28 = ((t3_25 >> 16u) & 255u);
    let t3_29 = ((t3_25 >> 24u) & 255u);
    let t3_30 = ((t3_7 >> 4u) & 0xf0f0f0fu);
    let t3_31 = (t3_30 & 255u);
    let t3_32 = ((t3_30 >> 8u) & 255u);
    let t3_33 = ((t3_30 >> 16u) & 255u);
    let t3_34 = ((t3_30 >> 24u) & 255u);
    let t3_35 = ((t3_13 >> 4u) & 0xf0f0f0fu);
    let t3_36 = (t3_35 & 255u);
    let t3_37 = ((t3_35 >> 8u) & 255u);
    let t3_38 = ((t3_35 >> 16u) & 255u);
    let t3_39 = ((t3_35 >> 24u) & 255u);
    let t3_40 = ((t3_19 >> 4u) & 0xf0f0f0fu);
    let t3_41 = (t3_40 & 255u);
    let t3_42 = ((t3_40 >> 8u) & 255u);
    let t3_43 = ((t3_40 >> 16u) & 255u);
    let t3_44 = ((t3_40 >> 24u) & 255u);
    let t3_45 = w[(b0 >> 2u)];
    let t3_46 = (b0 + (slice >> 1u));
    let q0_0_0 = ((((u32((i32((((kvalues_iq4nl[(t3_3 >> 2u)] >> ((t3_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_4 >> 2u)] >> ((t3_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_5 >> 2u)] >> ((t3_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_6 >> 2u)] >> ((t3_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_1 = ((((u32((i32((((kvalues_iq4nl[(t3_9 >> 2u)] >> ((t3_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_10 >> 2u)] >> ((t3_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_11 >> 2u)] >> ((t3_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_12 >> 2u)] >> ((t3_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_2 = ((((u32((i32((((kvalues_iq4nl[(t3_15 >> 2u)] >> ((t3_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_16 >> 2u)] >> ((t3_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_17 >> 2u)] >> ((t3_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_18 >> 2u)] >> ((t3_18 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_3 = ((((u32((i32((((kvalues_iq4nl[(t3_21 >> 2u)] >> ((t3_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_22 >> 2u)] >> ((t3_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_23 >> 2u)] >> ((t3_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_24 >> 2u)] >> ((t3_24 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_4 = ((((u32((i32((((kvalues_iq4nl[(t3_26 >> 2u)] >> ((t3_26 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_27 >> 2u)] >> ((t3_27 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_28 >> 2u)] >> ((t3_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_29 >> 2u)] >> ((t3_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_5 = ((((u32((i32((((kvalues_iq4nl[(t3_31 >> 2u)] >> ((t3_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_32 >> 2u)] >> ((t3_32 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_33 >> 2u)] >> ((t3_33 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_34 >> 2u)] >> ((t3_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_6 = ((((u32((i32((((kvalues_iq4nl[(t3_36 >> 2u)] >> ((t3_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_37 >> 2u)] >> ((t3_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_38 >> 2u)] >> ((t3_38 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_39 >> 2u)] >> ((t3_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_7 = ((((u32((i32((((kvalues_iq4nl[(t3_41 >> 2u)] >> ((t3_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_42 >> 2u)] >> ((t3_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_43 >> 2u)] >> ((t3_43 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_44 >> 2u)] >> ((t3_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let s0_0 = (unpack2x16float((t3_45 & 0xffffu)).x * f32(i32(((((((w[((t3_46 >> 2u) + 1u)] >> ((t3_46 & 3u) * 8u)) & 255u) >> ((slice & 1u) * 4u)) & 15u) | (((((t3_45 >> 16u) & 0xffffu) >> (slice * 2u)) & 3u) << 4u)) - 32u))));
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
