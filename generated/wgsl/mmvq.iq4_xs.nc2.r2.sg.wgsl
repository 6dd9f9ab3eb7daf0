// kgen 0.1.0: mmvq.iq4_xs.nc2.r2.sg; generated, do not edit; content hash a324f23a4a928292
// mmvq: y = W . x, W in iq4_xs (256 per 136-byte block), x in q8_1x4, y in f32
// 2 column(s) x 2 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 2) row groups, y = batches (ne12 * ne13)
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
var<workgroup> red: array<f32, 4u * WG_SIZE>;
const kvalues_iq4nl = vec4<u32>(0xbfad9881u, 0xf6eaddcfu, 0x26190d01u, 0x71594535u); // i8 x 16, 4 per word

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
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 136u));
    let t0_0 = ((b0 + (slice * 16u)) >> 2u);
    let t0_1 = w[(t0_0 + 2u)];
    let t0_2 = (t0_1 & 0xf0f0f0fu);
    let t0_3 = (t0_2 & 255u);
    let t0_4 = ((t0_2 >> 8u) & 255u);
    let t0_5 = ((t0_2 >> 16u) & 255u);
    let t0_6 = ((t0_2 >> 24u) & 255u);
    let t0_7 = w[(t0_0 + 3u)];
    let t0_8 = (t0_7 & 0xf0f0f0fu);
    let t0_9 = (t0_8 & 255u);
    let t0_10 = ((t0_8 >> 8u) & 255u);
    let t0_11 = ((t0_8 >> 16u) & 255u);
    let t0_12 = ((t0_8 >> 24u) & 255u);
    let t0_13 = w[(t0_0 + 4u)];
    let t0_14 = (t0_13 & 0xf0f0f0fu);
    let t0_15 = (t0_14 & 255u);
    let t0_16 = ((t0_14 >> 8u) & 255u);
    let t0_17 = ((t0_14 >> 16u) & 255u);
    let t0_18 = ((t0_14 >> 24u) & 255u);
    let t0_19 = w[(t0_0 + 5u)];
    let t0_20 = (t0_19 & 0xf0f0f0fu);
    let t0_21 = (t0_20 & 255u);
    let t0_22 = ((t0_20 >> 8u) & 255u);
    let t0_23 = ((t0_20 >> 16u) & 255u);
    let t0_24 = ((t0_20 >> 24u) & 255u);
    let t0_25 = ((t0_1 >> 4u) & 0xf0f0f0fu);
    let t0_26 = (t0_25 & 255u);
    let t0_27 = ((t0_25 >> 8u) & 255u);
    let t0_28 = ((t0_25 >> 16u) & 255u);
    let t0_29 = ((t0_25 >> 24u) & 255u);
    let t0_30 = ((t0_7 >> 4u) & 0xf0f0f0fu);
    let t0_31 = (t0_30 & 255u);
    let t0_32 = ((t0_30 >> 8u) & 255u);
    let t0_33 = ((t0_30 >> 16u) & 255u);
    let t0_34 = ((t0_30 >> 24u) & 255u);
    let t0_35 = ((t0_13 >> 4u) & 0xf0f0f0fu);
    let t0_36 = (t0_35 & 255u);
    let t0_37 = ((t0_35 >> 8u) & 255u);
    let t0_38 = ((t0_35 >> 16u) & 255u);
    let t0_39 = ((t0_35 >> 24u) & 255u);
    let t0_40 = ((t0_19 >> 4u) & 0xf0f0f0fu);
    let t0_41 = (t0_40 & 255u);
    let t0_42 = ((t0_40 >> 8u) & 255u);
    let t0_43 = ((t0_40 >> 16u) & 255u);
    let t0_44 = ((t0_40 >> 24u) & 255u);
    let t0_45 = w[(b0 >> 2u)];
    let t0_46 = (b0 + (slice >> 1u));
    let q0_0_0 = ((((u32((i32((((kvalues_iq4nl[(t0_3 >> 2u)] >> ((t0_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t0_4 >> 2u)] >> ((t0_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t0_5 >> 2u)] >> ((t0_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t0_6 >> 2u)] >> ((t0_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_1 = ((((u32((i32((((kvalues_iq4nl[(t0_9 >> 2u)] >> ((t0_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t0_10 >> 2u)] >> ((t0_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t0_11 >> 2u)] >> ((t0_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t0_12 >> 2u)] >> ((t0_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_2 = ((((u32((i32((((kvalues_iq4nl[(t0_15 >> 2u)] >> ((t0_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t0_16 >> 2u)] >> ((t0_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t0_17 >> 2u)] >> ((t0_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t0_18 >> 2u)] >> ((t0_18 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_3 = ((((u32((i32((((kvalues_iq4nl[(t0_21 >> 2u)] >> ((t0_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t0_22 >> 2u)] >> ((t0_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t0_23 >> 2u)] >> ((t0_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t0_24 >> 2u)] >> ((t0_24 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_4 = ((((u32((i32((((kvalues_iq4nl[(t0_26 >> 2u)] >> ((t0_26 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t0_27 >> 2u)] >> ((t0_27 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t0_28 >> 2u)] >> ((t0_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t0_29 >> 2u)] >> ((t0_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_5 = ((((u32((i32((((kvalues_iq4nl[(t0_31 >> 2u)] >> ((t0_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t0_32 >> 2u)] >> ((t0_32 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t0_33 >> 2u)] >> ((t0_33 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t0_34 >> 2u)] >> ((t0_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_6 = ((((u32((i32((((kvalues_iq4nl[(t0_36 >> 2u)] >> ((t0_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t0_37 >> 2u)] >> ((t0_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t0_38 >> 2u)] >> ((t0_38 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t0_39 >> 2u)] >> ((t0_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_7 = ((((u32((i32((((kvalues_iq4nl[(t0_41 >> 2u)] >> ((t0_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t0_42 >> 2u)] >> ((t0_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t0_43 >> 2u)] >> ((t0_43 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t0_44 >> 2u)] >> ((t0_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let s0_0 = (unpack2x16float((t0_45 & 0xffffu)).x * f32(i32(((((((w[((t0_46 >> 2u) + 1u)] >> ((t0_46 & 3u) * 8u)) & 255u) >> ((slice & 1u) * 4u)) & 15u) | (((((t0_45 >> 16u) & 0xffffu) >> (slice * 2u)) & 3u) << 4u)) - 32u))));
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
    acc1 = (acc1 + (x1_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)) + dot4I8Packed(q0_0_4, x1_hi.x)) + dot4I8Packed(q0_0_5, x1_hi.y)) + dot4I8Packed(q0_0_6, x1_hi.z)) + dot4I8Packed(q0_0_7, x1_hi.w))))));
    let b1 = (row_base1 + (blk * 136u));
    let t1_0 = ((b1 + (slice * 16u)) >> 2u);
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
    let t1_45 = w[(b1 >> 2u)];
    let t1_46 = (b1 + (slice >> 1u));
    let q1_0_0 = ((((u32((i32((((kvalues_iq4nl[(t1_3 >> 2u)] >> ((t1_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_4 >> 2u)] >> ((t1_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_5 >> 2u)] >> ((t1_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_6 >> 2u)] >> ((t1_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q1_0_1 = ((((u32((i32((((kvalues_iq4nl[(t1_9 >> 2u)] >> ((t1_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_10 >> 2u)] >> ((t1_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_11 >> 2u)] >> ((t1_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_12 >> 2u)] >> ((t1_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q1_0_2 = ((((u32((i32((((kvalues_iq4nl[(t1_15 >> 2u)] >> ((t1_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_16 >> 2u)] >> ((t1_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_17 >> 2u)] >> ((t1_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_18 >> 2u)] >> ((t1_18 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q1_0_3 = ((((u32((i32((((kvalues_iq4nl[(t1_21 >> 2u)] >> ((t1_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_22 >> 2u)] >> ((t1_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_23 >> 2u)] >> ((t1_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_24 >> 2u)] >> ((t1_24 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q1_0_4 = ((((u32((i32((((kvalues_iq4nl[(t1_26 >> 2u)] >> ((t1_26 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_27 >> 2u)] >> ((t1_27 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_28 >> 2u)] >> ((t1_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_29 >> 2u)] >> ((t1_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q1_0_5 = ((((u32((i32((((kvalues_iq4nl[(t1_31 >> 2u)] >> ((t1_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_32 >> 2u)] >> ((t1_32 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_33 >> 2u)] >> ((t1_33 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_34 >> 2u)] >> ((t1_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q1_0_6 = ((((u32((i32((((kvalues_iq4nl[(t1_36 >> 2u)] >> ((t1_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_37 >> 2u)] >> ((t1_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_38 >> 2u)] >> ((t1_38 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_39 >> 2u)] >> ((t1_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q1_0_7 = ((((u32((i32((((kvalues_iq4nl[(t1_41 >> 2u)] >> ((t1_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_42 >> 2u)] >> ((t1_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_43 >> 2u)] >> ((t1_43 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_44 >> 2u)] >> ((t1_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let s1_0 = (unpack2x16float((t1_45 & 0xffffu)).x * f32(i32(((((((w[((t1_46 >> 2u) + 1u)] >> ((t1_46 & 3u) * 8u)) & 255u) >> ((slice & 1u) * 4u)) & 15u) | (((((t1_45 >> 16u) & 0xffffu) >> (slice * 2u)) & 3u) << 4u)) - 32u))));
    acc2 = (acc2 + (x0_d * (s1_0 * f32((((((((dot4I8Packed(q1_0_0, x0_lo.x) + dot4I8Packed(q1_0_1, x0_lo.y)) + dot4I8Packed(q1_0_2, x0_lo.z)) + dot4I8Packed(q1_0_3, x0_lo.w)) + dot4I8Packed(q1_0_4, x0_hi.x)) + dot4I8Packed(q1_0_5, x0_hi.y)) + dot4I8Packed(q1_0_6, x0_hi.z)) + dot4I8Packed(q1_0_7, x0_hi.w))))));
    acc3 = (acc3 + (x1_d * (s1_0 * f32((((((((dot4I8Packed(q1_0_0, x1_lo.x) + dot4I8Packed(q1_0_1, x1_lo.y)) + dot4I8Packed(q1_0_2, x1_lo.z)) + dot4I8Packed(q1_0_3, x1_lo.w)) + dot4I8Packed(q1_0_4, x1_hi.x)) + dot4I8Packed(q1_0_5, x1_hi.y)) + dot4I8Packed(q1_0_6, x1_hi.z)) + dot4I8Packed(q1_0_7, x1_hi.w))))));
  }
  let sg_sum0 = subgroupAdd(acc0);
  let sg_sum1 = subgroupAdd(acc1);
  let sg_sum2 = subgroupAdd(acc2);
  let sg_sum3 = subgroupAdd(acc3);
  let sg_id = (lid / sg_size);
  if ((sg_lane == 0u)) {
    red[(sg_id * 4u)] = sg_sum0;
    red[((sg_id * 4u) + 1u)] = sg_sum1;
    red[((sg_id * 4u) + 2u)] = sg_sum2;
    red[((sg_id * 4u) + 3u)] = sg_sum3;
  }
  workgroupBarrier();
  let n_sg = (WG_SIZE / sg_size);
  if ((lid == 0u)) {
    var total0: f32 = 0.0;
    for (var s0: u32 = 0u; (s0 < n_sg); s0 = (s0 + 1u)) {
      total0 = (total0 + red[(s0 * 4u)]);
    }
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = total0;
    }
    var total1: f32 = 0.0;
    for (var s1: u32 = 0u; (s1 < n_sg); s1 = (s1 + 1u)) {
      total1 = (total1 + red[((s1 * 4u) + 1u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + p.y_col_stride) + row0)] = total1;
    }
    var total2: f32 = 0.0;
    for (var s2: u32 = 0u; (s2 < n_sg); s2 = (s2 + 1u)) {
      total2 = (total2 + red[((s2 * 4u) + 2u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[((y_base + row0) + 1u)] = total2;
    }
    var total3: f32 = 0.0;
    for (var s3: u32 = 0u; (s3 < n_sg); s3 = (s3 + 1u)) {
      total3 = (total3 + red[((s3 * 4u) + 3u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[(((y_base + p.y_col_stride) + row0) + 1u)] = total3;
    }
  }
}
