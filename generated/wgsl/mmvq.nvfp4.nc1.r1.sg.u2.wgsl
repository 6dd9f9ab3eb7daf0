// kgen 0.1.0: mmvq.nvfp4.nc1.r1.sg.u2; generated, do not edit; content hash 8ff6d3be66cac331
// mmvq: y = W . x, W in nvfp4 (64 per 36-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (strided), lookup tables vec
// format nvfp4 (ggml type 40) from dsl/formats/nvfp4.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of nvfp4 blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 1u * WG_SIZE>;
const kvalues_mxfp4 = vec4<u32>(0x3020100u, 0xc080604u, 0xfdfeff00u, 0xf4f8fafcu); // i8 x 16, 4 per word

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
    let u0_blk = (u0_j >> 1u);
    let u0_slice = (u0_j & 1u);
    let u0_b0 = (row_base0 + (u0_blk * 36u));
    let t1_0 = ((u0_b0 + (u0_slice * 16u)) >> 2u);
    let t1_1 = w[(t1_0 + 1u)];
    let t1_2 = (t1_1 & 0xf0f0f0fu);
    let t1_3 = (t1_2 & 255u);
    let t1_4 = ((t1_2 >> 8u) & 255u);
    let t1_5 = ((t1_2 >> 16u) & 255u);
    let t1_6 = ((t1_2 >> 24u) & 255u);
    let t1_7 = w[(t1_0 + 2u)];
    let t1_8 = (t1_7 & 0xf0f0f0fu);
    let t1_9 = (t1_8 & 255u);
    let t1_10 = ((t1_8 >> 8u) & 255u);
    let t1_11 = ((t1_8 >> 16u) & 255u);
    let t1_12 = ((t1_8 >> 24u) & 255u);
    let t1_13 = ((t1_1 >> 4u) & 0xf0f0f0fu);
    let t1_14 = (t1_13 & 255u);
    let t1_15 = ((t1_13 >> 8u) & 255u);
    let t1_16 = ((t1_13 >> 16u) & 255u);
    let t1_17 = ((t1_13 >> 24u) & 255u);
    let t1_18 = ((t1_7 >> 4u) & 0xf0f0f0fu);
    let t1_19 = (t1_18 & 255u);
    let t1_20 = ((t1_18 >> 8u) & 255u);
    let t1_21 = ((t1_18 >> 16u) & 255u);
    let t1_22 = ((t1_18 >> 24u) & 255u);
    let t1_23 = (u0_b0 + (u0_slice * 2u));
    let t1_24 = ((w[(t1_23 >> 2u)] >> ((t1_23 & 3u) * 8u)) & 255u);
    let t1_25 = i32(t1_24);
    let t1_26 = ((t1_24 >> 3u) & 15u);
    let t1_27 = (t1_24 & 7u);
    let u0_q0_0_0 = ((((u32((i32((((kvalues_mxfp4[(t1_3 >> 2u)] >> ((t1_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_4 >> 2u)] >> ((t1_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_5 >> 2u)] >> ((t1_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_6 >> 2u)] >> ((t1_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_1 = ((((u32((i32((((kvalues_mxfp4[(t1_9 >> 2u)] >> ((t1_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_10 >> 2u)] >> ((t1_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_11 >> 2u)] >> ((t1_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_12 >> 2u)] >> ((t1_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_2 = ((((u32((i32((((kvalues_mxfp4[(t1_14 >> 2u)] >> ((t1_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_15 >> 2u)] >> ((t1_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_16 >> 2u)] >> ((t1_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_17 >> 2u)] >> ((t1_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_3 = ((((u32((i32((((kvalues_mxfp4[(t1_19 >> 2u)] >> ((t1_19 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_20 >> 2u)] >> ((t1_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_21 >> 2u)] >> ((t1_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_22 >> 2u)] >> ((t1_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_s0_0 = select(select(unpack2x16float(((((t1_26 + 7u) << 10u) | (t1_27 << 7u)) & 0xffffu)).x, (f32(i32(t1_27)) * 0.0009765625f), (i32(t1_26) == 0i)), 0.0, ((t1_25 == 0i) || (t1_25 == 127i)));
    let t2_0 = ((u0_b0 + (u0_slice * 16u)) >> 2u);
    let t2_1 = w[(t2_0 + 3u)];
    let t2_2 = (t2_1 & 0xf0f0f0fu);
    let t2_3 = (t2_2 & 255u);
    let t2_4 = ((t2_2 >> 8u) & 255u);
    let t2_5 = ((t2_2 >> 16u) & 255u);
    let t2_6 = ((t2_2 >> 24u) & 255u);
    let t2_7 = w[(t2_0 + 4u)];
    let t2_8 = (t2_7 & 0xf0f0f0fu);
    let t2_9 = (t2_8 & 255u);
    let t2_10 = ((t2_8 >> 8u) & 255u);
    let t2_11 = ((t2_8 >> 16u) & 255u);
    let t2_12 = ((t2_8 >> 24u) & 255u);
    let t2_13 = ((t2_1 >> 4u) & 0xf0f0f0fu);
    let t2_14 = (t2_13 & 255u);
    let t2_15 = ((t2_13 >> 8u) & 255u);
    let t2_16 = ((t2_13 >> 16u) & 255u);
    let t2_17 = ((t2_13 >> 24u) & 255u);
    let t2_18 = ((t2_7 >> 4u) & 0xf0f0f0fu);
    let t2_19 = (t2_18 & 255u);
    let t2_20 = ((t2_18 >> 8u) & 255u);
    let t2_21 = ((t2_18 >> 16u) & 255u);
    let t2_22 = ((t2_18 >> 24u) & 255u);
    let t2_23 = (u0_b0 + (u0_slice * 2u));
    let t2_24 = ((w[(t2_23 >> 2u)] >> (((t2_23 & 3u) * 8u) + 8u)) & 255u);
    let t2_25 = i32(t2_24);
    let t2_26 = ((t2_24 >> 3u) & 15u);
    let t2_27 = (t2_24 & 7u);
    let u0_q0_1_0 = ((((u32((i32((((kvalues_mxfp4[(t2_3 >> 2u)] >> ((t2_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t2_4 >> 2u)] >> ((t2_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t2_5 >> 2u)] >> ((t2_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t2_6 >> 2u)] >> ((t2_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_1_1 = ((((u32((i32((((kvalues_mxfp4[(t2_9 >> 2u)] >> ((t2_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t2_10 >> 2u)] >> ((t2_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t2_11 >> 2u)] >> ((t2_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t2_12 >> 2u)] >> ((t2_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_1_2 = ((((u32((i32((((kvalues_mxfp4[(t2_14 >> 2u)] >> ((t2_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t2_15 >> 2u)] >> ((t2_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t2_16 >> 2u)] >> ((t2_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t2_17 >> 2u)] >> ((t2_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_1_3 = ((((u32((i32((((kvalues_mxfp4[(t2_19 >> 2u)] >> ((t2_19 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t2_20 >> 2u)] >> ((t2_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t2_21 >> 2u)] >> ((t2_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t2_22 >> 2u)] >> ((t2_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_s0_1 = select(select(unpack2x16float(((((t2_26 + 7u) << 10u) | (t2_27 << 7u)) & 0xffffu)).x, (f32(i32(t2_27)) * 0.0009765625f), (i32(t2_26) == 0i)), 0.0, ((t2_25 == 0i) || (t2_25 == 127i)));
    acc0 = (acc0 + (u0_x0_d * ((u0_s0_0 * f32((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)))) + (u0_s0_1 * f32((((dot4I8Packed(u0_q0_1_0, u0_x0_hi.x) + dot4I8Packed(u0_q0_1_1, u0_x0_hi.y)) + dot4I8Packed(u0_q0_1_2, u0_x0_hi.z)) + dot4I8Packed(u0_q0_1_3, u0_x0_hi.w)))))));
    let u1_j = (j0 + WG_SIZE);
    let u1_x0_at = (x_base + ((u1_j >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at][(u1_j & 3u)];
    let u1_x0_lo = x[((u1_x0_at + 1u) + ((u1_j & 3u) * 2u))];
    let u1_x0_hi = x[((u1_x0_at + 2u) + ((u1_j & 3u) * 2u))];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (u1_j >> 1u);
    let u1_slice = (u1_j & 1u);
    let u1_b0 = (row_base0 + (u1_blk * 36u));
    let t3_0 = ((u1_b0 + (u1_slice * 16u)) >> 2u);
    let t3_1 = w[(t3_0 + 1u)];
    let t3_2 = (t3_1 & 0xf0f0f0fu);
    let t3_3 = (t3_2 & 255u);
    let t3_4 = ((t3_2 >> 8u) & 255u);
    let t3_5 = ((t3_2 >> 16u) & 255u);
    let t3_6 = ((t3_2 >> 24u) & 255u);
    let t3_7 = w[(t3_0 + 2u)];
    let t3_8 = (t3_7 & 0xf0f0f0fu);
    let t3_9 = (t3_8 & 255u);
    let t3_10 = ((t3_8 >> 8u) & 255u);
    let t3_11 = ((t3_8 >> 16u) & 255u);
    let t3_12 = ((t3_8 >> 24u) & 255u);
    let t3_13 = ((t3_1 >> 4u) & 0xf0f0f0fu);
    let t3_14 = (t3_13 & 255u);
    let t3_15 = ((t3_13 >> 8u) & 255u);
    let t3_16 = ((t3_13 >> 16u) & 255u);
    let t3_17 = ((t3_13 >> 24u) & 255u);
    let t3_18 = ((t3_7 >> 4u) & 0xf0f0f0fu);
    let t3_19 = (t3_18 & 255u);
    let t3_20 = ((t3_18 >> 8u) & 255u);
    let t3_21 = ((t3_18 >> 16u) & 255u);
    let t3_22 = ((t3_18 >> 24u) & 255u);
    let t3_23 = (u1_b0 + (u1_slice * 2u));
    let t3_24 = ((w[(t3_23 >> 2u)] >> ((t3_23 & 3u) * 8u)) & 255u);
    let t3_25 = i32(t3_24);
    let t3_26 = ((t3_24 >> 3u) & 15u);
    let t3_27 = (t3_24 & 7u);
    let u1_q0_0_0 = ((((u32((i32((((kvalues_mxfp4[(t3_3 >> 2u)] >> ((t3_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t3_4 >> 2u)] >> ((t3_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t3_5 >> 2u)] >> ((t3_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t3_6 >> 2u)] >> ((t3_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_1 = ((((u32((i32((((kvalues_mxfp4[(t3_9 >> 2u)] >> ((t3_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t3_10 >> 2u)] >> ((t3_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t3_11 >> 2u)] >> ((t3_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t3_12 >> 2u)] >> ((t3_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_2 = ((((u32((i32((((kvalues_mxfp4[(t3_14 >> 2u)] >> ((t3_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t3_15 >> 2u)] >> ((t3_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t3_16 >> 2u)] >> ((t3_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t3_17 >> 2u)] >> ((t3_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_3 = ((((u32((i32((((kvalues_mxfp4[(t3_19 >> 2u)] >> ((t3_19 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t3_20 >> 2u)] >> ((t3_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t3_21 >> 2u)] >> ((t3_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t3_22 >> 2u)] >> ((t3_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_s0_0 = select(select(unpack2x16float(((((t3_26 + 7u) << 10u) | (t3_27 << 7u)) & 0xffffu)).x, (f32(i32(t3_27)) * 0.0009765625f), (i32(t3_26) == 0i)), 0.0, ((t3_25 == 0i) || (t3_25 == 127i)));
    let t4_0 = ((u1_b0 + (u1_slice * 16u)) >> 2u);
    let t4_1 = w[(t4_0 + 3u)];
    let t4_2 = (t4_1 & 0xf0f0f0fu);
    let t4_3 = (t4_2 & 255u);
    let t4_4 = ((t4_2 >> 8u) & 255u);
    let t4_5 = ((t4_2 >> 16u) & 255u);
    let t4_6 = ((t4_2 >> 24u) & 255u);
    let t4_7 = w[(t4_0 + 4u)];
    let t4_8 = (t4_7 & 0xf0f0f0fu);
    let t4_9 = (t4_8 & 255u);
    let t4_10 = ((t4_8 >> 8u) & 255u);
    let t4_11 = ((t4_8 >> 16u) & 255u);
    let t4_12 = ((t4_8 >> 24u) & 255u);
    let t4_13 = ((t4_1 >> 4u) & 0xf0f0f0fu);
    let t4_14 = (t4_13 & 255u);
    let t4_15 = ((t4_13 >> 8u) & 255u);
    let t4_16 = ((t4_13 >> 16u) & 255u);
    let t4_17 = ((t4_13 >> 24u) & 255u);
    let t4_18 = ((t4_7 >> 4u) & 0xf0f0f0fu);
    let t4_19 = (t4_18 & 255u);
    let t4_20 = ((t4_18 >> 8u) & 255u);
    let t4_21 = ((t4_18 >> 16u) & 255u);
    let t4_22 = ((t4_18 >> 24u) & 255u);
    let t4_23 = (u1_b0 + (u1_slice * 2u));
    let t4_24 = ((w[(t4_23 >> 2u)] >> (((t4_23 & 3u) * 8u) + 8u)) & 255u);
    let t4_25 = i32(t4_24);
    let t4_26 = ((t4_24 >> 3u) & 15u);
    let t4_27 = (t4_24 & 7u);
    let u1_q0_1_0 = ((((u32((i32((((kvalues_mxfp4[(t4_3 >> 2u)] >> ((t4_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t4_4 >> 2u)] >> ((t4_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t4_5 >> 2u)] >> ((t4_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t4_6 >> 2u)] >> ((t4_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_1_1 = ((((u32((i32((((kvalues_mxfp4[(t4_9 >> 2u)] >> ((t4_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t4_10 >> 2u)] >> ((t4_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t4_11 >> 2u)] >> ((t4_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t4_12 >> 2u)] >> ((t4_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_1_2 = ((((u32((i32((((kvalues_mxfp4[(t4_14 >> 2u)] >> ((t4_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t4_15 >> 2u)] >> ((t4_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t4_16 >> 2u)] >> ((t4_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t4_17 >> 2u)] >> ((t4_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_1_3 = ((((u32((i32((((kvalues_mxfp4[(t4_19 >> 2u)] >> ((t4_19 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t4_20 >> 2u)] >> ((t4_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t4_21 >> 2u)] >> ((t4_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t4_22 >> 2u)] >> ((t4_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_s0_1 = select(select(unpack2x16float(((((t4_26 + 7u) << 10u) | (t4_27 << 7u)) & 0xffffu)).x, (f32(i32(t4_27)) * 0.0009765625f), (i32(t4_26) == 0i)), 0.0, ((t4_25 == 0i) || (t4_25 == 127i)));
    acc0 = (acc0 + (u1_x0_d * ((u1_s0_0 * f32((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)))) + (u1_s0_1 * f32((((dot4I8Packed(u1_q0_1_0, u1_x0_hi.x) + dot4I8Packed(u1_q0_1_1, u1_x0_hi.y)) + dot4I8Packed(u1_q0_1_2, u1_x0_hi.z)) + dot4I8Packed(u1_q0_1_3, u1_x0_hi.w)))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 1u);
    let slice = (j & 1u);
    let b0 = (row_base0 + (blk * 36u));
    let t5_0 = ((b0 + (slice * 16u)) >> 2u);
    let t5_1 = w[(t5_0 + 1u)];
    let t5_2 = (t5_1 & 0xf0f0f0fu);
    let t5_3 = (t5_2 & 255u);
    let t5_4 = ((t5_2 >> 8u) & 255u);
    let t5_5 = ((t5_2 >> 16u) & 255u);
    let t5_6 = ((t5_2 >> 24u) & 255u);
    let t5_7 = w[(t5_0 + 2u)];
    let t5_8 = (t5_7 & 0xf0f0f0fu);
    let t5_9 = (t5_8 & 255u);
    let t5_10 = ((t5_8 >> 8u) & 255u);
    let t5_11 = ((t5_8 >> 16u) & 255u);
    let t5_12 = ((t5_8 >> 24u) & 255u);
    let t5_13 = ((t5_1 >> 4u) & 0xf0f0f0fu);
    let t5_14 = (t5_13 & 255u);
    let t5_15 = ((t5_13 >> 8u) & 255u);
    let t5_16 = ((t5_13 >> 16u) & 255u);
    let t5_17 = ((t5_13 >> 24u) & 255u);
    let t5_18 = ((t5_7 >> 4u) & 0xf0f0f0fu);
    let t5_19 = (t5_18 & 255u);
    let t5_20 = ((t5_18 >> 8u) & 255u);
    let t5_21 = ((t5_18 >> 16u) & 255u);
    let t5_22 = ((t5_18 >> 24u) & 255u);
    let t5_23 = (b0 + (slice * 2u));
    let t5_24 = ((w[(t5_23 >> 2u)] >> ((t5_23 & 3u) * 8u)) & 255u);
    let t5_25 = i32(t5_24);
    let t5_26 = ((t5_24 >> 3u) & 15u);
    let t5_27 = (t5_24 & 7u);
    let q0_0_0 = ((((u32((i32((((kvalues_mxfp4[(t5_3 >> 2u)] >> ((t5_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t5_4 >> 2u)] >> ((t5_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t5_5 >> 2u)] >> ((t5_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t5_6 >> 2u)] >> ((t5_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_1 = ((((u32((i32((((kvalues_mxfp4[(t5_9 >> 2u)] >> ((t5_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t5_10 >> 2u)] >> ((t5_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t5_11 >> 2u)] >> ((t5_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t5_12 >> 2u)] >> ((t5_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_2 = ((((u32((i32((((kvalues_mxfp4[(t5_14 >> 2u)] >> ((t5_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t5_15 >> 2u)] >> ((t5_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t5_16 >> 2u)] >> ((t5_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t5_17 >> 2u)] >> ((t5_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_3 = ((((u32((i32((((kvalues_mxfp4[(t5_19 >> 2u)] >> ((t5_19 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t5_20 >> 2u)] >> ((t5_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t5_21 >> 2u)] >> ((t5_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t5_22 >> 2u)] >> ((t5_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let s0_0 = select(select(unpack2x16float(((((t5_26 + 7u) << 10u) | (t5_27 << 7u)) & 0xffffu)).x, (f32(i32(t5_27)) * 0.0009765625f), (i32(t5_26) == 0i)), 0.0, ((t5_25 == 0i) || (t5_25 == 127i)));
    let t6_0 = ((b0 + (slice * 16u)) >> 2u);
    let t6_1 = w[(t6_0 + 3u)];
    let t6_2 = (t6_1 & 0xf0f0f0fu);
    let t6_3 = (t6_2 & 255u);
    let t6_4 = ((t6_2 >> 8u) & 255u);
    let t6_5 = ((t6_2 >> 16u) & 255u);
    let t6_6 = ((t6_2 >> 24u) & 255u);
    let t6_7 = w[(t6_0 + 4u)];
    let t6_8 = (t6_7 & 0xf0f0f0fu);
    let t6_9 = (t6_8 & 255u);
    let t6_10 = ((t6_8 >> 8u) & 255u);
    let t6_11 = ((t6_8 >> 16u) & 255u);
    let t6_12 = ((t6_8 >> 24u) & 255u);
    let t6_13 = ((t6_1 >> 4u) & 0xf0f0f0fu);
    let t6_14 = (t6_13 & 255u);
    let t6_15 = ((t6_13 >> 8u) & 255u);
    let t6_16 = ((t6_13 >> 16u) & 255u);
    let t6_17 = ((t6_13 >> 24u) & 255u);
    let t6_18 = ((t6_7 >> 4u) & 0xf0f0f0fu);
    let t6_19 = (t6_18 & 255u);
    let t6_20 = ((t6_18 >> 8u) & 255u);
    let t6_21 = ((t6_18 >> 16u) & 255u);
    let t6_22 = ((t6_18 >> 24u) & 255u);
    let t6_23 = (b0 + (slice * 2u));
    let t6_24 = ((w[(t6_23 >> 2u)] >> (((t6_23 & 3u) * 8u) + 8u)) & 255u);
    let t6_25 = i32(t6_24);
    let t6_26 = ((t6_24 >> 3u) & 15u);
    let t6_27 = (t6_24 & 7u);
    let q0_1_0 = ((((u32((i32((((kvalues_mxfp4[(t6_3 >> 2u)] >> ((t6_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t6_4 >> 2u)] >> ((t6_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t6_5 >> 2u)] >> ((t6_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t6_6 >> 2u)] >> ((t6_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_1_1 = ((((u32((i32((((kvalues_mxfp4[(t6_9 >> 2u)] >> ((t6_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t6_10 >> 2u)] >> ((t6_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t6_11 >> 2u)] >> ((t6_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t6_12 >> 2u)] >> ((t6_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_1_2 = ((((u32((i32((((kvalues_mxfp4[(t6_14 >> 2u)] >> ((t6_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t6_15 >> 2u)] >> ((t6_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t6_16 >> 2u)] >> ((t6_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t6_17 >> 2u)] >> ((t6_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_1_3 = ((((u32((i32((((kvalues_mxfp4[(t6_19 >> 2u)] >> ((t6_19 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t6_20 >> 2u)] >> ((t6_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t6_21 >> 2u)] >> ((t6_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t6_22 >> 2u)] >> ((t6_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let s0_1 = select(select(unpack2x16float(((((t6_26 + 7u) << 10u) | (t6_27 << 7u)) & 0xffffu)).x, (f32(i32(t6_27)) * 0.0009765625f), (i32(t6_26) == 0i)), 0.0, ((t6_25 == 0i) || (t6_25 == 127i)));
    acc0 = (acc0 + (x0_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x0_hi.x) + dot4I8Packed(q0_1_1, x0_hi.y)) + dot4I8Packed(q0_1_2, x0_hi.z)) + dot4I8Packed(q0_1_3, x0_hi.w)))))));
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
