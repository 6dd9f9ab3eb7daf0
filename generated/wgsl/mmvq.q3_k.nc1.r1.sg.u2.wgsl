// kgen 0.1.0: mmvq.q3_k.nc1.r1.sg.u2; generated, do not edit; content hash 85842ea6b9ef12ea
// mmvq: y = W . x, W in q3_k (256 per 110-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (strided), lookup tables vec
// format q3_k (ggml type 11) from dsl/formats/q3_k.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q3_k blocks (ggml/GGUF bytes)
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
  for (var j0: u32 = lid; (j0 < n_full); j0 = (j0 + (WG_SIZE * 2u))) {
    let u0_j = j0;
    let u0_x0_at = (x_base + ((u0_j >> 2u) * 9u));
    let u0_x0_hdr = x[u0_x0_at][(u0_j & 3u)];
    let u0_x0_lo = x[((u0_x0_at + 1u) + ((u0_j & 3u) * 2u))];
    let u0_x0_hi = x[((u0_x0_at + 2u) + ((u0_j & 3u) * 2u))];
    let u0_x0_d = unpack2x16float((u0_x0_hdr & 0xffffu)).x;
    let u0_blk = (u0_j >> 3u);
    let u0_slice = (u0_j & 7u);
    let u0_b0 = (row_base0 + (u0_blk * 110u));
    let t1_0 = (u0_slice * 2u);
    let t1_1 = (t1_0 >> 3u);
    let t1_2 = (t1_0 & 1u);
    let t1_3 = (u0_b0 + (((t1_1 * 8u) + (t1_2 * 4u)) * 4u));
    let t1_4 = (t1_3 >> 2u);
    let t1_5 = ((t1_3 & 3u) * 8u);
    let t1_6 = w[(t1_4 + 9u)];
    let t1_7 = (31u - t1_5);
    let t1_8 = ((t1_0 >> 1u) & 3u);
    let t1_9 = (t1_8 * 2u);
    let t1_10 = (u0_b0 + (t1_2 * 16u));
    let t1_11 = (t1_10 >> 2u);
    let t1_12 = ((t1_10 & 3u) * 8u);
    let t1_13 = w[(t1_11 + 1u)];
    let t1_14 = (31u - t1_12);
    let t1_15 = (t1_1 * 4u);
    let t1_16 = (t1_15 + t1_8);
    let t1_17 = w[(t1_4 + 10u)];
    let t1_18 = w[(t1_11 + 2u)];
    let t1_19 = w[(t1_4 + 11u)];
    let t1_20 = w[(t1_11 + 3u)];
    let t1_21 = (u0_b0 + (t1_0 & 7u));
    let t1_22 = (u0_b0 + (t1_0 & 3u));
    let u0_q0_0_0 = (((((w[(t1_4 + 8u)] >> t1_5) | ((t1_6 << 1u) << t1_7)) >> t1_9) & 0x3030303u) | (((((w[t1_11] >> t1_12) | ((t1_13 << 1u) << t1_14)) >> t1_16) & 0x1010101u) << 2u));
    let u0_q0_0_1 = (((((t1_6 >> t1_5) | ((t1_17 << 1u) << t1_7)) >> t1_9) & 0x3030303u) | (((((t1_13 >> t1_12) | ((t1_18 << 1u) << t1_14)) >> t1_16) & 0x1010101u) << 2u));
    let u0_q0_0_2 = (((((t1_17 >> t1_5) | ((t1_19 << 1u) << t1_7)) >> t1_9) & 0x3030303u) | (((((t1_18 >> t1_12) | ((t1_20 << 1u) << t1_14)) >> t1_16) & 0x1010101u) << 2u));
    let u0_q0_0_3 = (((((t1_19 >> t1_5) | ((w[(t1_4 + 12u)] << 1u) << t1_7)) >> t1_9) & 0x3030303u) | (((((t1_20 >> t1_12) | ((w[(t1_11 + 4u)] << 1u) << t1_14)) >> t1_16) & 0x1010101u) << 2u));
    let u0_s0_0 = (unpack2x16float(((w[((u0_b0 >> 2u) + 27u)] >> ((u0_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t1_21 >> 2u) + 24u)] >> ((t1_21 & 3u) * 8u)) & 255u) >> t1_15) & 15u) | (((((w[((t1_22 >> 2u) + 26u)] >> ((t1_22 & 3u) * 8u)) & 255u) >> ((t1_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t2_0 = ((u0_slice * 2u) + 1u);
    let t2_1 = (t2_0 >> 3u);
    let t2_2 = (t2_0 & 1u);
    let t2_3 = (u0_b0 + (((t2_1 * 8u) + (t2_2 * 4u)) * 4u));
    let t2_4 = (t2_3 >> 2u);
    let t2_5 = ((t2_3 & 3u) * 8u);
    let t2_6 = w[(t2_4 + 9u)];
    let t2_7 = (31u - t2_5);
    let t2_8 = ((t2_0 >> 1u) & 3u);
    let t2_9 = (t2_8 * 2u);
    let t2_10 = (u0_b0 + (t2_2 * 16u));
    let t2_11 = (t2_10 >> 2u);
    let t2_12 = ((t2_10 & 3u) * 8u);
    let t2_13 = w[(t2_11 + 1u)];
    let t2_14 = (31u - t2_12);
    let t2_15 = (t2_1 * 4u);
    let t2_16 = (t2_15 + t2_8);
    let t2_17 = w[(t2_4 + 10u)];
    let t2_18 = w[(t2_11 + 2u)];
    let t2_19 = w[(t2_4 + 11u)];
    let t2_20 = w[(t2_11 + 3u)];
    let t2_21 = (u0_b0 + (t2_0 & 7u));
    let t2_22 = (u0_b0 + (t2_0 & 3u));
    let u0_q0_1_0 = (((((w[(t2_4 + 8u)] >> t2_5) | ((t2_6 << 1u) << t2_7)) >> t2_9) & 0x3030303u) | (((((w[t2_11] >> t2_12) | ((t2_13 << 1u) << t2_14)) >> t2_16) & 0x1010101u) << 2u));
    let u0_q0_1_1 = (((((t2_6 >> t2_5) | ((t2_17 << 1u) << t2_7)) >> t2_9) & 0x3030303u) | (((((t2_13 >> t2_12) | ((t2_18 << 1u) << t2_14)) >> t2_16) & 0x1010101u) << 2u));
    let u0_q0_1_2 = (((((t2_17 >> t2_5) | ((t2_19 << 1u) << t2_7)) >> t2_9) & 0x3030303u) | (((((t2_18 >> t2_12) | ((t2_20 << 1u) << t2_14)) >> t2_16) & 0x1010101u) << 2u));
    let u0_q0_1_3 = (((((t2_19 >> t2_5) | ((w[(t2_4 + 12u)] << 1u) << t2_7)) >> t2_9) & 0x3030303u) | (((((t2_20 >> t2_12) | ((w[(t2_11 + 4u)] << 1u) << t2_14)) >> t2_16) & 0x1010101u) << 2u));
    let u0_s0_1 = (unpack2x16float(((w[((u0_b0 >> 2u) + 27u)] >> ((u0_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t2_21 >> 2u) + 24u)] >> ((t2_21 & 3u) * 8u)) & 255u) >> t2_15) & 15u) | (((((w[((t2_22 >> 2u) + 26u)] >> ((t2_22 & 3u) * 8u)) & 255u) >> ((t2_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t3_0 = u0_x0_lo.x;
    let t3_1 = u0_x0_lo.y;
    let t3_2 = u0_x0_lo.z;
    let t3_3 = u0_x0_lo.w;
    let t3_4 = u0_x0_hi.x;
    let t3_5 = u0_x0_hi.y;
    let t3_6 = u0_x0_hi.z;
    let t3_7 = u0_x0_hi.w;
    acc0 = (acc0 + (u0_x0_d * ((u0_s0_0 * f32(((((dot4I8Packed(u0_q0_0_0, t3_0) + dot4I8Packed(u0_q0_0_1, t3_1)) + dot4I8Packed(u0_q0_0_2, t3_2)) + dot4I8Packed(u0_q0_0_3, t3_3)) - ((((dot4I8Packed(t3_0, 0x1010101u) + dot4I8Packed(t3_1, 0x1010101u)) + dot4I8Packed(t3_2, 0x1010101u)) + dot4I8Packed(t3_3, 0x1010101u)) * 4i)))) + (u0_s0_1 * f32(((((dot4I8Packed(u0_q0_1_0, t3_4) + dot4I8Packed(u0_q0_1_1, t3_5)) + dot4I8Packed(u0_q0_1_2, t3_6)) + dot4I8Packed(u0_q0_1_3, t3_7)) - ((((dot4I8Packed(t3_4, 0x1010101u) + dot4I8Packed(t3_5, 0x1010101u)) + dot4I8Packed(t3_6, 0x1010101u)) + dot4I8Packed(t3_7, 0x1010101u)) * 4i)))))));
    let u1_j = (j0 + WG_SIZE);
    let u1_x0_at = (x_base + ((u1_j >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at][(u1_j & 3u)];
    let u1_x0_lo = x[((u1_x0_at + 1u) + ((u1_j & 3u) * 2u))];
    let u1_x0_hi = x[((u1_x0_at + 2u) + ((u1_j & 3u) * 2u))];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (u1_j >> 3u);
    let u1_slice = (u1_j & 7u);
    let u1_b0 = (row_base0 + (u1_blk * 110u));
    let t4_0 = (u1_slice * 2u);
    let t4_1 = (t4_0 >> 3u);
    let t4_2 = (t4_0 & 1u);
    let t4_3 = (u1_b0 + (((t4_1 * 8u) + (t4_2 * 4u)) * 4u));
    let t4_4 = (t4_3 >> 2u);
    let t4_5 = ((t4_3 & 3u) * 8u);
    let t4_6 = w[(t4_4 + 9u)];
    let t4_7 = (31u - t4_5);
    let t4_8 = ((t4_0 >> 1u) & 3u);
    let t4_9 = (t4_8 * 2u);
    let t4_10 = (u1_b0 + (t4_2 * 16u));
    let t4_11 = (t4_10 >> 2u);
    let t4_12 = ((t4_10 & 3u) * 8u);
    let t4_13 = w[(t4_11 + 1u)];
    let t4_14 = (31u - t4_12);
    let t4_15 = (t4_1 * 4u);
    let t4_16 = (t4_15 + t4_8);
    let t4_17 = w[(t4_4 + 10u)];
    let t4_18 = w[(t4_11 + 2u)];
    let t4_19 = w[(t4_4 + 11u)];
    let t4_20 = w[(t4_11 + 3u)];
    let t4_21 = (u1_b0 + (t4_0 & 7u));
    let t4_22 = (u1_b0 + (t4_0 & 3u));
    let u1_q0_0_0 = (((((w[(t4_4 + 8u)] >> t4_5) | ((t4_6 << 1u) << t4_7)) >> t4_9) & 0x3030303u) | (((((w[t4_11] >> t4_12) | ((t4_13 << 1u) << t4_14)) >> t4_16) & 0x1010101u) << 2u));
    let u1_q0_0_1 = (((((t4_6 >> t4_5) | ((t4_17 << 1u) << t4_7)) >> t4_9) & 0x3030303u) | (((((t4_13 >> t4_12) | ((t4_18 << 1u) << t4_14)) >> t4_16) & 0x1010101u) << 2u));
    let u1_q0_0_2 = (((((t4_17 >> t4_5) | ((t4_19 << 1u) << t4_7)) >> t4_9) & 0x3030303u) | (((((t4_18 >> t4_12) | ((t4_20 << 1u) << t4_14)) >> t4_16) & 0x1010101u) << 2u));
    let u1_q0_0_3 = (((((t4_19 >> t4_5) | ((w[(t4_4 + 12u)] << 1u) << t4_7)) >> t4_9) & 0x3030303u) | (((((t4_20 >> t4_12) | ((w[(t4_11 + 4u)] << 1u) << t4_14)) >> t4_16) & 0x1010101u) << 2u));
    let u1_s0_0 = (unpack2x16float(((w[((u1_b0 >> 2u) + 27u)] >> ((u1_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t4_21 >> 2u) + 24u)] >> ((t4_21 & 3u) * 8u)) & 255u) >> t4_15) & 15u) | (((((w[((t4_22 >> 2u) + 26u)] >> ((t4_22 & 3u) * 8u)) & 255u) >> ((t4_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t5_0 = ((u1_slice * 2u) + 1u);
    let t5_1 = (t5_0 >> 3u);
    let t5_2 = (t5_0 & 1u);
    let t5_3 = (u1_b0 + (((t5_1 * 8u) + (t5_2 * 4u)) * 4u));
    let t5_4 = (t5_3 >> 2u);
    let t5_5 = ((t5_3 & 3u) * 8u);
    let t5_6 = w[(t5_4 + 9u)];
    let t5_7 = (31u - t5_5);
    let t5_8 = ((t5_0 >> 1u) & 3u);
    let t5_9 = (t5_8 * 2u);
    let t5_10 = (u1_b0 + (t5_2 * 16u));
    let t5_11 = (t5_10 >> 2u);
    let t5_12 = ((t5_10 & 3u) * 8u);
    let t5_13 = w[(t5_11 + 1u)];
    let t5_14 = (31u - t5_12);
    let t5_15 = (t5_1 * 4u);
    let t5_16 = (t5_15 + t5_8);
    let t5_17 = w[(t5_4 + 10u)];
    let t5_18 = w[(t5_11 + 2u)];
    let t5_19 = w[(t5_4 + 11u)];
    let t5_20 = w[(t5_11 + 3u)];
    let t5_21 = (u1_b0 + (t5_0 & 7u));
    let t5_22 = (u1_b0 + (t5_0 & 3u));
    let u1_q0_1_0 = (((((w[(t5_4 + 8u)] >> t5_5) | ((t5_6 << 1u) << t5_7)) >> t5_9) & 0x3030303u) | (((((w[t5_11] >> t5_12) | ((t5_13 << 1u) << t5_14)) >> t5_16) & 0x1010101u) << 2u));
    let u1_q0_1_1 = (((((t5_6 >> t5_5) | ((t5_17 << 1u) << t5_7)) >> t5_9) & 0x3030303u) | (((((t5_13 >> t5_12) | ((t5_18 << 1u) << t5_14)) >> t5_16) & 0x1010101u) << 2u));
    let u1_q0_1_2 = (((((t5_17 >> t5_5) | ((t5_19 << 1u) << t5_7)) >> t5_9) & 0x3030303u) | (((((t5_18 >> t5_12) | ((t5_20 << 1u) << t5_14)) >> t5_16) & 0x1010101u) << 2u));
    let u1_q0_1_3 = (((((t5_19 >> t5_5) | ((w[(t5_4 + 12u)] << 1u) << t5_7)) >> t5_9) & 0x3030303u) | (((((t5_20 >> t5_12) | ((w[(t5_11 + 4u)] << 1u) << t5_14)) >> t5_16) & 0x1010101u) << 2u));
    let u1_s0_1 = (unpack2x16float(((w[((u1_b0 >> 2u) + 27u)] >> ((u1_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t5_21 >> 2u) + 24u)] >> ((t5_21 & 3u) * 8u)) & 255u) >> t5_15) & 15u) | (((((w[((t5_22 >> 2u) + 26u)] >> ((t5_22 & 3u) * 8u)) & 255u) >> ((t5_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t6_0 = u1_x0_lo.x;
    let t6_1 = u1_x0_lo.y;
    let t6_2 = u1_x0_lo.z;
    let t6_3 = u1_x0_lo.w;
    let t6_4 = u1_x0_hi.x;
    let t6_5 = u1_x0_hi.y;
    let t6_6 = u1_x0_hi.z;
    let t6_7 = u1_x0_hi.w;
    acc0 = (acc0 + (u1_x0_d * ((u1_s0_0 * f32(((((dot4I8Packed(u1_q0_0_0, t6_0) + dot4I8Packed(u1_q0_0_1, t6_1)) + dot4I8Packed(u1_q0_0_2, t6_2)) + dot4I8Packed(u1_q0_0_3, t6_3)) - ((((dot4I8Packed(t6_0, 0x1010101u) + dot4I8Packed(t6_1, 0x1010101u)) + dot4I8Packed(t6_2, 0x1010101u)) + dot4I8Packed(t6_3, 0x1010101u)) * 4i)))) + (u1_s0_1 * f32(((((dot4I8Packed(u1_q0_1_0, t6_4) + dot4I8Packed(u1_q0_1_1, t6_5)) + dot4I8Packed(u1_q0_1_2, t6_6)) + dot4I8Packed(u1_q0_1_3, t6_7)) - ((((dot4I8Packed(t6_4, 0x1010101u) + dot4I8Packed(t6_5, 0x1010101u)) + dot4I8Packed(t6_6, 0x1010101u)) + dot4I8Packed(t6_7, 0x1010101u)) * 4i)))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 110u));
    let t7_0 = (slice * 2u);
    let t7_1 = (t7_0 >> 3u);
    let t7_2 = (t7_0 & 1u);
    let t7_3 = (b0 + (((t7_1 * 8u) + (t7_2 * 4u)) * 4u));
    let t7_4 = (t7_3 >> 2u);
    let t7_5 = ((t7_3 & 3u) * 8u);
    let t7_6 = w[(t7_4 + 9u)];
    let t7_7 = (31u - t7_5);
    let t7_8 = ((t7_0 >> 1u) & 3u);
    let t7_9 = (t7_8 * 2u);
    let t7_10 = (b0 + (t7_2 * 16u));
    let t7_11 = (t7_10 >> 2u);
    let t7_12 = ((t7_10 & 3u) * 8u);
    let t7_13 = w[(t7_11 + 1u)];
    let t7_14 = (31u - t7_12);
    let t7_15 = (t7_1 * 4u);
    let t7_16 = (t7_15 + t7_8);
    let t7_17 = w[(t7_4 + 10u)];
    let t7_18 = w[(t7_11 + 2u)];
    let t7_19 = w[(t7_4 + 11u)];
    let t7_20 = w[(t7_11 + 3u)];
    let t7_21 = (b0 + (t7_0 & 7u));
    let t7_22 = (b0 + (t7_0 & 3u));
    let q0_0_0 = (((((w[(t7_4 + 8u)] >> t7_5) | ((t7_6 << 1u) << t7_7)) >> t7_9) & 0x3030303u) | (((((w[t7_11] >> t7_12) | ((t7_13 << 1u) << t7_14)) >> t7_16) & 0x1010101u) << 2u));
    let q0_0_1 = (((((t7_6 >> t7_5) | ((t7_17 << 1u) << t7_7)) >> t7_9) & 0x3030303u) | (((((t7_13 >> t7_12) | ((t7_18 << 1u) << t7_14)) >> t7_16) & 0x1010101u) << 2u));
    let q0_0_2 = (((((t7_17 >> t7_5) | ((t7_19 << 1u) << t7_7)) >> t7_9) & 0x3030303u) | (((((t7_18 >> t7_12) | ((t7_20 << 1u) << t7_14)) >> t7_16) & 0x1010101u) << 2u));
    let q0_0_3 = (((((t7_19 >> t7_5) | ((w[(t7_4 + 12u)] << 1u) << t7_7)) >> t7_9) & 0x3030303u) | (((((t7_20 >> t7_12) | ((w[(t7_11 + 4u)] << 1u) << t7_14)) >> t7_16) & 0x1010101u) << 2u));
    let s0_0 = (unpack2x16float(((w[((b0 >> 2u) + 27u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t7_21 >> 2u) + 24u)] >> ((t7_21 & 3u) * 8u)) & 255u) >> t7_15) & 15u) | (((((w[((t7_22 >> 2u) + 26u)] >> ((t7_22 & 3u) * 8u)) & 255u) >> ((t7_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t8_0 = ((slice * 2u) + 1u);
    let t8_1 = (t8_0 >> 3u);
    let t8_2 = (t8_0 & 1u);
    let t8_3 = (b0 + (((t8_1 * 8u) + (t8_2 * 4u)) * 4u));
    let t8_4 = (t8_3 >> 2u);
    let t8_5 = ((t8_3 & 3u) * 8u);
    let t8_6 = w[(t8_4 + 9u)];
    let t8_7 = (31u - t8_5);
    let t8_8 = ((t8_0 >> 1u) & 3u);
    let t8_9 = (t8_8 * 2u);
    let t8_10 = (b0 + (t8_2 * 16u));
    let t8_11 = (t8_10 >> 2u);
    let t8_12 = ((t8_10 & 3u) * 8u);
    let t8_13 = w[(t8_11 + 1u)];
    let t8_14 = (31u - t8_12);
    let t8_15 = (t8_1 * 4u);
    let t8_16 = (t8_15 + t8_8);
    let t8_17 = w[(t8_4 + 10u)];
    let t8_18 = w[(t8_11 + 2u)];
    let t8_19 = w[(t8_4 + 11u)];
    let t8_20 = w[(t8_11 + 3u)];
    let t8_21 = (b0 + (t8_0 & 7u));
    let t8_22 = (b0 + (t8_0 & 3u));
    let q0_1_0 = (((((w[(t8_4 + 8u)] >> t8_5) | ((t8_6 << 1u) << t8_7)) >> t8_9) & 0x3030303u) | (((((w[t8_11] >> t8_12) | ((t8_13 << 1u) << t8_14)) >> t8_16) & 0x1010101u) << 2u));
    let q0_1_1 = (((((t8_6 >> t8_5) | ((t8_17 << 1u) << t8_7)) >> t8_9) & 0x3030303u) | (((((t8_13 >> t8_12) | ((t8_18 << 1u) << t8_14)) >> t8_16) & 0x1010101u) << 2u));
    let q0_1_2 = (((((t8_17 >> t8_5) | ((t8_19 << 1u) << t8_7)) >> t8_9) & 0x3030303u) | (((((t8_18 >> t8_12) | ((t8_20 << 1u) << t8_14)) >> t8_16) & 0x1010101u) << 2u));
    let q0_1_3 = (((((t8_19 >> t8_5) | ((w[(t8_4 + 12u)] << 1u) << t8_7)) >> t8_9) & 0x3030303u) | (((((t8_20 >> t8_12) | ((w[(t8_11 + 4u)] << 1u) << t8_14)) >> t8_16) & 0x1010101u) << 2u));
    let s0_1 = (unpack2x16float(((w[((b0 >> 2u) + 27u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t8_21 >> 2u) + 24u)] >> ((t8_21 & 3u) * 8u)) & 255u) >> t8_15) & 15u) | (((((w[((t8_22 >> 2u) + 26u)] >> ((t8_22 & 3u) * 8u)) & 255u) >> ((t8_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t9_0 = x0_lo.x;
    let t9_1 = x0_lo.y;
    let t9_2 = x0_lo.z;
    let t9_3 = x0_lo.w;
    let t9_4 = x0_hi.x;
    let t9_5 = x0_hi.y;
    let t9_6 = x0_hi.z;
    let t9_7 = x0_hi.w;
    acc0 = (acc0 + (x0_d * ((s0_0 * f32(((((dot4I8Packed(q0_0_0, t9_0) + dot4I8Packed(q0_0_1, t9_1)) + dot4I8Packed(q0_0_2, t9_2)) + dot4I8Packed(q0_0_3, t9_3)) - ((((dot4I8Packed(t9_0, 0x1010101u) + dot4I8Packed(t9_1, 0x1010101u)) + dot4I8Packed(t9_2, 0x1010101u)) + dot4I8Packed(t9_3, 0x1010101u)) * 4i)))) + (s0_1 * f32(((((dot4I8Packed(q0_1_0, t9_4) + dot4I8Packed(q0_1_1, t9_5)) + dot4I8Packed(q0_1_2, t9_6)) + dot4I8Packed(q0_1_3, t9_7)) - ((((dot4I8Packed(t9_4, 0x1010101u) + dot4I8Packed(t9_5, 0x1010101u)) + dot4I8Packed(t9_6, 0x1010101u)) + dot4I8Packed(t9_7, 0x1010101u)) * 4i)))))));
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
