// kgen 0.1.0: mmvq.q3_k.nc1.r2.sg.u2c; generated, do not edit; content hash f411a8c51f61290b
// mmvq: y = W . x, W in q3_k (256 per 110-byte block), x in q8_1x4, y in f32
// 1 column(s) x 2 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 2) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (contig), lookup tables vec
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
var<workgroup> red: array<f32, 2u * WG_SIZE>;

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
    let u0_b1 = (row_base1 + (u0_blk * 110u));
    let t4_0 = (u0_slice * 2u);
    let t4_1 = (t4_0 >> 3u);
    let t4_2 = (t4_0 & 1u);
    let t4_3 = (u0_b1 + (((t4_1 * 8u) + (t4_2 * 4u)) * 4u));
    let t4_4 = (t4_3 >> 2u);
    let t4_5 = ((t4_3 & 3u) * 8u);
    let t4_6 = w[(t4_4 + 9u)];
    let t4_7 = (31u - t4_5);
    let t4_8 = ((t4_0 >> 1u) & 3u);
    let t4_9 = (t4_8 * 2u);
    let t4_10 = (u0_b1 + (t4_2 * 16u));
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
    let t4_21 = (u0_b1 + (t4_0 & 7u));
    let t4_22 = (u0_b1 + (t4_0 & 3u));
    let u0_q1_0_0 = (((((w[(t4_4 + 8u)] >> t4_5) | ((t4_6 << 1u) << t4_7)) >> t4_9) & 0x3030303u) | (((((w[t4_11] >> t4_12) | ((t4_13 << 1u) << t4_14)) >> t4_16) & 0x1010101u) << 2u));
    let u0_q1_0_1 = (((((t4_6 >> t4_5) | ((t4_17 << 1u) << t4_7)) >> t4_9) & 0x3030303u) | (((((t4_13 >> t4_12) | ((t4_18 << 1u) << t4_14)) >> t4_16) & 0x1010101u) << 2u));
    let u0_q1_0_2 = (((((t4_17 >> t4_5) | ((t4_19 << 1u) << t4_7)) >> t4_9) & 0x3030303u) | (((((t4_18 >> t4_12) | ((t4_20 << 1u) << t4_14)) >> t4_16) & 0x1010101u) << 2u));
    let u0_q1_0_3 = (((((t4_19 >> t4_5) | ((w[(t4_4 + 12u)] << 1u) << t4_7)) >> t4_9) & 0x3030303u) | (((((t4_20 >> t4_12) | ((w[(t4_11 + 4u)] << 1u) << t4_14)) >> t4_16) & 0x1010101u) << 2u));
    let u0_s1_0 = (unpack2x16float(((w[((u0_b1 >> 2u) + 27u)] >> ((u0_b1 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t4_21 >> 2u) + 24u)] >> ((t4_21 & 3u) * 8u)) & 255u) >> t4_15) & 15u) | (((((w[((t4_22 >> 2u) + 26u)] >> ((t4_22 & 3u) * 8u)) & 255u) >> ((t4_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t5_0 = ((u0_slice * 2u) + 1u);
    let t5_1 = (t5_0 >> 3u);
    let t5_2 = (t5_0 & 1u);
    let t5_3 = (u0_b1 + (((t5_1 * 8u) + (t5_2 * 4u)) * 4u));
    let t5_4 = (t5_3 >> 2u);
    let t5_5 = ((t5_3 & 3u) * 8u);
    let t5_6 = w[(t5_4 + 9u)];
    let t5_7 = (31u - t5_5);
    let t5_8 = ((t5_0 >> 1u) & 3u);
    let t5_9 = (t5_8 * 2u);
    let t5_10 = (u0_b1 + (t5_2 * 16u));
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
    let t5_21 = (u0_b1 + (t5_0 & 7u));
    let t5_22 = (u0_b1 + (t5_0 & 3u));
    let u0_q1_1_0 = (((((w[(t5_4 + 8u)] >> t5_5) | ((t5_6 << 1u) << t5_7)) >> t5_9) & 0x3030303u) | (((((w[t5_11] >> t5_12) | ((t5_13 << 1u) << t5_14)) >> t5_16) & 0x1010101u) << 2u));
    let u0_q1_1_1 = (((((t5_6 >> t5_5) | ((t5_17 << 1u) << t5_7)) >> t5_9) & 0x3030303u) | (((((t5_13 >> t5_12) | ((t5_18 << 1u) << t5_14)) >> t5_16) & 0x1010101u) << 2u));
    let u0_q1_1_2 = (((((t5_17 >> t5_5) | ((t5_19 << 1u) << t5_7)) >> t5_9) & 0x3030303u) | (((((t5_18 >> t5_12) | ((t5_20 << 1u) << t5_14)) >> t5_16) & 0x1010101u) << 2u));
    let u0_q1_1_3 = (((((t5_19 >> t5_5) | ((w[(t5_4 + 12u)] << 1u) << t5_7)) >> t5_9) & 0x3030303u) | (((((t5_20 >> t5_12) | ((w[(t5_11 + 4u)] << 1u) << t5_14)) >> t5_16) & 0x1010101u) << 2u));
    let u0_s1_1 = (unpack2x16float(((w[((u0_b1 >> 2u) + 27u)] >> ((u0_b1 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t5_21 >> 2u) + 24u)] >> ((t5_21 & 3u) * 8u)) & 255u) >> t5_15) & 15u) | (((((w[((t5_22 >> 2u) + 26u)] >> ((t5_22 & 3u) * 8u)) & 255u) >> ((t5_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t6_0 = u0_x0_lo.x;
    let t6_1 = u0_x0_lo.y;
    let t6_2 = u0_x0_lo.z;
    let t6_3 = u0_x0_lo.w;
    let t6_4 = u0_x0_hi.x;
    let t6_5 = u0_x0_hi.y;
    let t6_6 = u0_x0_hi.z;
    let t6_7 = u0_x0_hi.w;
    acc1 = (acc1 + (u0_x0_d * ((u0_s1_0 * f32(((((dot4I8Packed(u0_q1_0_0, t6_0) + dot4I8Packed(u0_q1_0_1, t6_1)) + dot4I8Packed(u0_q1_0_2, t6_2)) + dot4I8Packed(u0_q1_0_3, t6_3)) - ((((dot4I8Packed(t6_0, 0x1010101u) + dot4I8Packed(t6_1, 0x1010101u)) + dot4I8Packed(t6_2, 0x1010101u)) + dot4I8Packed(t6_3, 0x1010101u)) * 4i)))) + (u0_s1_1 * f32(((((dot4I8Packed(u0_q1_1_0, t6_4) + dot4I8Packed(u0_q1_1_1, t6_5)) + dot4I8Packed(u0_q1_1_2, t6_6)) + dot4I8Packed(u0_q1_1_3, t6_7)) - ((((dot4I8Packed(t6_4, 0x1010101u) + dot4I8Packed(t6_5, 0x1010101u)) + dot4I8Packed(t6_6, 0x1010101u)) + dot4I8Packed(t6_7, 0x1010101u)) * 4i)))))));
    let u1_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at][((j0 & 3u) + 1u)];
    let u1_x0_lo = x[(((u1_x0_at + 1u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x0_hi = x[(((u1_x0_at + 2u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (j0 >> 3u);
    let u1_slice = ((j0 & 7u) + 1u);
    let u1_b0 = (row_base0 + (u1_blk * 110u));
    let t7_0 = (u1_slice * 2u);
    let t7_1 = (t7_0 >> 3u);
    let t7_2 = (t7_0 & 1u);
    let t7_3 = (u1_b0 + (((t7_1 * 8u) + (t7_2 * 4u)) * 4u));
    let t7_4 = (t7_3 >> 2u);
    let t7_5 = ((t7_3 & 3u) * 8u);
    let t7_6 = w[(t7_4 + 9u)];
    let t7_7 = (31u - t7_5);
    let t7_8 = ((t7_0 >> 1u) & 3u);
    let t7_9 = (t7_8 * 2u);
    let t7_10 = (u1_b0 + (t7_2 * 16u));
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
    let t7_21 = (u1_b0 + (t7_0 & 7u));
    let t7_22 = (u1_b0 + (t7_0 & 3u));
    let u1_q0_0_0 = (((((w[(t7_4 + 8u)] >> t7_5) | ((t7_6 << 1u) << t7_7)) >> t7_9) & 0x3030303u) | (((((w[t7_11] >> t7_12) | ((t7_13 << 1u) << t7_14)) >> t7_16) & 0x1010101u) << 2u));
    let u1_q0_0_1 = (((((t7_6 >> t7_5) | ((t7_17 << 1u) << t7_7)) >> t7_9) & 0x3030303u) | (((((t7_13 >> t7_12) | ((t7_18 << 1u) << t7_14)) >> t7_16) & 0x1010101u) << 2u));
    let u1_q0_0_2 = (((((t7_17 >> t7_5) | ((t7_19 << 1u) << t7_7)) >> t7_9) & 0x3030303u) | (((((t7_18 >> t7_12) | ((t7_20 << 1u) << t7_14)) >> t7_16) & 0x1010101u) << 2u));
    let u1_q0_0_3 = (((((t7_19 >> t7_5) | ((w[(t7_4 + 12u)] << 1u) << t7_7)) >> t7_9) & 0x3030303u) | (((((t7_20 >> t7_12) | ((w[(t7_11 + 4u)] << 1u) << t7_14)) >> t7_16) & 0x1010101u) << 2u));
    let u1_s0_0 = (unpack2x16float(((w[((u1_b0 >> 2u) + 27u)] >> ((u1_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t7_21 >> 2u) + 24u)] >> ((t7_21 & 3u) * 8u)) & 255u) >> t7_15) & 15u) | (((((w[((t7_22 >> 2u) + 26u)] >> ((t7_22 & 3u) * 8u)) & 255u) >> ((t7_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t8_0 = ((u1_slice * 2u) + 1u);
    let t8_1 = (t8_0 >> 3u);
    let t8_2 = (t8_0 & 1u);
    let t8_3 = (u1_b0 + (((t8_1 * 8u) + (t8_2 * 4u)) * 4u));
    let t8_4 = (t8_3 >> 2u);
    let t8_5 = ((t8_3 & 3u) * 8u);
    let t8_6 = w[(t8_4 + 9u)];
    let t8_7 = (31u - t8_5);
    let t8_8 = ((t8_0 >> 1u) & 3u);
    let t8_9 = (t8_8 * 2u);
    let t8_10 = (u1_b0 + (t8_2 * 16u));
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
    let t8_21 = (u1_b0 + (t8_0 & 7u));
    let t8_22 = (u1_b0 + (t8_0 & 3u));
    let u1_q0_1_0 = (((((w[(t8_4 + 8u)] >> t8_5) | ((t8_6 << 1u) << t8_7)) >> t8_9) & 0x3030303u) | (((((w[t8_11] >> t8_12) | ((t8_13 << 1u) << t8_14)) >> t8_16) & 0x1010101u) << 2u));
    let u1_q0_1_1 = (((((t8_6 >> t8_5) | ((t8_17 << 1u) << t8_7)) >> t8_9) & 0x3030303u) | (((((t8_13 >> t8_12) | ((t8_18 << 1u) << t8_14)) >> t8_16) & 0x1010101u) << 2u));
    let u1_q0_1_2 = (((((t8_17 >> t8_5) | ((t8_19 << 1u) << t8_7)) >> t8_9) & 0x3030303u) | (((((t8_18 >> t8_12) | ((t8_20 << 1u) << t8_14)) >> t8_16) & 0x1010101u) << 2u));
    let u1_q0_1_3 = (((((t8_19 >> t8_5) | ((w[(t8_4 + 12u)] << 1u) << t8_7)) >> t8_9) & 0x3030303u) | (((((t8_20 >> t8_12) | ((w[(t8_11 + 4u)] << 1u) << t8_14)) >> t8_16) & 0x1010101u) << 2u));
    let u1_s0_1 = (unpack2x16float(((w[((u1_b0 >> 2u) + 27u)] >> ((u1_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t8_21 >> 2u) + 24u)] >> ((t8_21 & 3u) * 8u)) & 255u) >> t8_15) & 15u) | (((((w[((t8_22 >> 2u) + 26u)] >> ((t8_22 & 3u) * 8u)) & 255u) >> ((t8_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t9_0 = u1_x0_lo.x;
    let t9_1 = u1_x0_lo.y;
    let t9_2 = u1_x0_lo.z;
    let t9_3 = u1_x0_lo.w;
    let t9_4 = u1_x0_hi.x;
    let t9_5 = u1_x0_hi.y;
    let t9_6 = u1_x0_hi.z;
    let t9_7 = u1_x0_hi.w;
    acc0 = (acc0 + (u1_x0_d * ((u1_s0_0 * f32(((((dot4I8Packed(u1_q0_0_0, t9_0) + dot4I8Packed(u1_q0_0_1, t9_1)) + dot4I8Packed(u1_q0_0_2, t9_2)) + dot4I8Packed(u1_q0_0_3, t9_3)) - ((((dot4I8Packed(t9_0, 0x1010101u) + dot4I8Packed(t9_1, 0x1010101u)) + dot4I8Packed(t9_2, 0x1010101u)) + dot4I8Packed(t9_3, 0x1010101u)) * 4i)))) + (u1_s0_1 * f32(((((dot4I8Packed(u1_q0_1_0, t9_4) + dot4I8Packed(u1_q0_1_1, t9_5)) + dot4I8Packed(u1_q0_1_2, t9_6)) + dot4I8Packed(u1_q0_1_3, t9_7)) - ((((dot4I8Packed(t9_4, 0x1010101u) + dot4I8Packed(t9_5, 0x1010101u)) + dot4I8Packed(t9_6, 0x1010101u)) + dot4I8Packed(t9_7, 0x1010101u)) * 4i)))))));
    let u1_b1 = (row_base1 + (u1_blk * 110u));
    let t10_0 = (u1_slice * 2u);
    let t10_1 = (t10_0 >> 3u);
    let t10_2 = (t10_0 & 1u);
    let t10_3 = (u1_b1 + (((t10_1 * 8u) + (t10_2 * 4u)) * 4u));
    let t10_4 = (t10_3 >> 2u);
    let t10_5 = ((t10_3 & 3u) * 8u);
    let t10_6 = w[(t10_4 + 9u)];
    let t10_7 = (31u - t10_5);
    let t10_8 = ((t10_0 >> 1u) & 3u);
    let t10_9 = (t10_8 * 2u);
    let t10_10 = (u1_b1 + (t10_2 * 16u));
    let t10_11 = (t10_10 >> 2u);
    let t10_12 = ((t10_10 & 3u) * 8u);
    let t10_13 = w[(t10_11 + 1u)];
    let t10_14 = (31u - t10_12);
    let t10_15 = (t10_1 * 4u);
    let t10_16 = (t10_15 + t10_8);
    let t10_17 = w[(t10_4 + 10u)];
    let t10_18 = w[(t10_11 + 2u)];
    let t10_19 = w[(t10_4 + 11u)];
    let t10_20 = w[(t10_11 + 3u)];
    let t10_21 = (u1_b1 + (t10_0 & 7u));
    let t10_22 = (u1_b1 + (t10_0 & 3u));
    let u1_q1_0_0 = (((((w[(t10_4 + 8u)] >> t10_5) | ((t10_6 << 1u) << t10_7)) >> t10_9) & 0x3030303u) | (((((w[t10_11] >> t10_12) | ((t10_13 << 1u) << t10_14)) >> t10_16) & 0x1010101u) << 2u));
    let u1_q1_0_1 = (((((t10_6 >> t10_5) | ((t10_17 << 1u) << t10_7)) >> t10_9) & 0x3030303u) | (((((t10_13 >> t10_12) | ((t10_18 << 1u) << t10_14)) >> t10_16) & 0x1010101u) << 2u));
    let u1_q1_0_2 = (((((t10_17 >> t10_5) | ((t10_19 << 1u) << t10_7)) >> t10_9) & 0x3030303u) | (((((t10_18 >> t10_12) | ((t10_20 << 1u) << t10_14)) >> t10_16) & 0x1010101u) << 2u));
    let u1_q1_0_3 = (((((t10_19 >> t10_5) | ((w[(t10_4 + 12u)] << 1u) << t10_7)) >> t10_9) & 0x3030303u) | (((((t10_20 >> t10_12) | ((w[(t10_11 + 4u)] << 1u) << t10_14)) >> t10_16) & 0x1010101u) << 2u));
    let u1_s1_0 = (unpack2x16float(((w[((u1_b1 >> 2u) + 27u)] >> ((u1_b1 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t10_21 >> 2u) + 24u)] >> ((t10_21 & 3u) * 8u)) & 255u) >> t10_15) & 15u) | (((((w[((t10_22 >> 2u) + 26u)] >> ((t10_22 & 3u) * 8u)) & 255u) >> ((t10_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t11_0 = ((u1_slice * 2u) + 1u);
    let t11_1 = (t11_0 >> 3u);
    let t11_2 = (t11_0 & 1u);
    let t11_3 = (u1_b1 + (((t11_1 * 8u) + (t11_2 * 4u)) * 4u));
    let t11_4 = (t11_3 >> 2u);
    let t11_5 = ((t11_3 & 3u) * 8u);
    let t11_6 = w[(t11_4 + 9u)];
    let t11_7 = (31u - t11_5);
    let t11_8 = ((t11_0 >> 1u) & 3u);
    let t11_9 = (t11_8 * 2u);
    let t11_10 = (u1_b1 + (t11_2 * 16u));
    let t11_11 = (t11_10 >> 2u);
    let t11_12 = ((t11_10 & 3u) * 8u);
    let t11_13 = w[(t11_11 + 1u)];
    let t11_14 = (31u - t11_12);
    let t11_15 = (t11_1 * 4u);
    let t11_16 = (t11_15 + t11_8);
    let t11_17 = w[(t11_4 + 10u)];
    let t11_18 = w[(t11_11 + 2u)];
    let t11_19 = w[(t11_4 + 11u)];
    let t11_20 = w[(t11_11 + 3u)];
    let t11_21 = (u1_b1 + (t11_0 & 7u));
    let t11_22 = (u1_b1 + (t11_0 & 3u));
    let u1_q1_1_0 = (((((w[(t11_4 + 8u)] >> t11_5) | ((t11_6 << 1u) << t11_7)) >> t11_9) & 0x3030303u) | (((((w[t11_11] >> t11_12) | ((t11_13 << 1u) << t11_14)) >> t11_16) & 0x1010101u) << 2u));
    let u1_q1_1_1 = (((((t11_6 >> t11_5) | ((t11_17 << 1u) << t11_7)) >> t11_9) & 0x3030303u) | (((((t11_13 >> t11_12) | ((t11_18 << 1u) << t11_14)) >> t11_16) & 0x1010101u) << 2u));
    let u1_q1_1_2 = (((((t11_17 >> t11_5) | ((t11_19 << 1u) << t11_7)) >> t11_9) & 0x3030303u) | (((((t11_18 >> t11_12) | ((t11_20 << 1u) << t11_14)) >> t11_16) & 0x1010101u) << 2u));
    let u1_q1_1_3 = (((((t11_19 >> t11_5) | ((w[(t11_4 + 12u)] << 1u) << t11_7)) >> t11_9) & 0x3030303u) | (((((t11_20 >> t11_12) | ((w[(t11_11 + 4u)] << 1u) << t11_14)) >> t11_16) & 0x1010101u) << 2u));
    let u1_s1_1 = (unpack2x16float(((w[((u1_b1 >> 2u) + 27u)] >> ((u1_b1 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t11_21 >> 2u) + 24u)] >> ((t11_21 & 3u) * 8u)) & 255u) >> t11_15) & 15u) | (((((w[((t11_22 >> 2u) + 26u)] >> ((t11_22 & 3u) * 8u)) & 255u) >> ((t11_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t12_0 = u1_x0_lo.x;
    let t12_1 = u1_x0_lo.y;
    let t12_2 = u1_x0_lo.z;
    let t12_3 = u1_x0_lo.w;
    let t12_4 = u1_x0_hi.x;
    let t12_5 = u1_x0_hi.y;
    let t12_6 = u1_x0_hi.z;
    let t12_7 = u1_x0_hi.w;
    acc1 = (acc1 + (u1_x0_d * ((u1_s1_0 * f32(((((dot4I8Packed(u1_q1_0_0, t12_0) + dot4I8Packed(u1_q1_0_1, t12_1)) + dot4I8Packed(u1_q1_0_2, t12_2)) + dot4I8Packed(u1_q1_0_3, t12_3)) - ((((dot4I8Packed(t12_0, 0x1010101u) + dot4I8Packed(t12_1, 0x1010101u)) + dot4I8Packed(t12_2, 0x1010101u)) + dot4I8Packed(t12_3, 0x1010101u)) * 4i)))) + (u1_s1_1 * f32(((((dot4I8Packed(u1_q1_1_0, t12_4) + dot4I8Packed(u1_q1_1_1, t12_5)) + dot4I8Packed(u1_q1_1_2, t12_6)) + dot4I8Packed(u1_q1_1_3, t12_7)) - ((((dot4I8Packed(t12_4, 0x1010101u) + dot4I8Packed(t12_5, 0x1010101u)) + dot4I8Packed(t12_6, 0x1010101u)) + dot4I8Packed(t12_7, 0x1010101u)) * 4i)))))));
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
    let t13_0 = (slice * 2u);
    let t13_1 = (t13_0 >> 3u);
    let t13_2 = (t13_0 & 1u);
    let t13_3 = (b0 + (((t13_1 * 8u) + (t13_2 * 4u)) * 4u));
    let t13_4 = (t13_3 >> 2u);
    let t13_5 = ((t13_3 & 3u) * 8u);
    let t13_6 = w[(t13_4 + 9u)];
    let t13_7 = (31u - t13_5);
    let t13_8 = ((t13_0 >> 1u) & 3u);
    let t13_9 = (t13_8 * 2u);
    let t13_10 = (b0 + (t13_2 * 16u));
    let t13_11 = (t13_10 >> 2u);
    let t13_12 = ((t13_10 & 3u) * 8u);
    let t13_13 = w[(t13_11 + 1u)];
    let t13_14 = (31u - t13_12);
    let t13_15 = (t13_1 * 4u);
    let t13_16 = (t13_15 + t13_8);
    let t13_17 = w[(t13_4 + 10u)];
    let t13_18 = w[(t13_11 + 2u)];
    let t13_19 = w[(t13_4 + 11u)];
    let t13_20 = w[(t13_11 + 3u)];
    let t13_21 = (b0 + (t13_0 & 7u));
    let t13_22 = (b0 + (t13_0 & 3u));
    let q0_0_0 = (((((w[(t13_4 + 8u)] >> t13_5) | ((t13_6 << 1u) << t13_7)) >> t13_9) & 0x3030303u) | (((((w[t13_11] >> t13_12) | ((t13_13 << 1u) << t13_14)) >> t13_16) & 0x1010101u) << 2u));
    let q0_0_1 = (((((t13_6 >> t13_5) | ((t13_17 << 1u) << t13_7)) >> t13_9) & 0x3030303u) | (((((t13_13 >> t13_12) | ((t13_18 << 1u) << t13_14)) >> t13_16) & 0x1010101u) << 2u));
    let q0_0_2 = (((((t13_17 >> t13_5) | ((t13_19 << 1u) << t13_7)) >> t13_9) & 0x3030303u) | (((((t13_18 >> t13_12) | ((t13_20 << 1u) << t13_14)) >> t13_16) & 0x1010101u) << 2u));
    let q0_0_3 = (((((t13_19 >> t13_5) | ((w[(t13_4 + 12u)] << 1u) << t13_7)) >> t13_9) & 0x3030303u) | (((((t13_20 >> t13_12) | ((w[(t13_11 + 4u)] << 1u) << t13_14)) >> t13_16) & 0x1010101u) << 2u));
    let s0_0 = (unpack2x16float(((w[((b0 >> 2u) + 27u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t13_21 >> 2u) + 24u)] >> ((t13_21 & 3u) * 8u)) & 255u) >> t13_15) & 15u) | (((((w[((t13_22 >> 2u) + 26u)] >> ((t13_22 & 3u) * 8u)) & 255u) >> ((t13_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t14_0 = ((slice * 2u) + 1u);
    let t14_1 = (t14_0 >> 3u);
    let t14_2 = (t14_0 & 1u);
    let t14_3 = (b0 + (((t14_1 * 8u) + (t14_2 * 4u)) * 4u));
    let t14_4 = (t14_3 >> 2u);
    let t14_5 = ((t14_3 & 3u) * 8u);
    let t14_6 = w[(t14_4 + 9u)];
    let t14_7 = (31u - t14_5);
    let t14_8 = ((t14_0 >> 1u) & 3u);
    let t14_9 = (t14_8 * 2u);
    let t14_10 = (b0 + (t14_2 * 16u));
    let t14_11 = (t14_10 >> 2u);
    let t14_12 = ((t14_10 & 3u) * 8u);
    let t14_13 = w[(t14_11 + 1u)];
    let t14_14 = (31u - t14_12);
    let t14_15 = (t14_1 * 4u);
    let t14_16 = (t14_15 + t14_8);
    let t14_17 = w[(t14_4 + 10u)];
    let t14_18 = w[(t14_11 + 2u)];
    let t14_19 = w[(t14_4 + 11u)];
    let t14_20 = w[(t14_11 + 3u)];
    let t14_21 = (b0 + (t14_0 & 7u));
    let t14_22 = (b0 + (t14_0 & 3u));
    let q0_1_0 = (((((w[(t14_4 + 8u)] >> t14_5) | ((t14_6 << 1u) << t14_7)) >> t14_9) & 0x3030303u) | (((((w[t14_11] >> t14_12) | ((t14_13 << 1u) << t14_14)) >> t14_16) & 0x1010101u) << 2u));
    let q0_1_1 = (((((t14_6 >> t14_5) | ((t14_17 << 1u) << t14_7)) >> t14_9) & 0x3030303u) | (((((t14_13 >> t14_12) | ((t14_18 << 1u) << t14_14)) >> t14_16) & 0x1010101u) << 2u));
    let q0_1_2 = (((((t14_17 >> t14_5) | ((t14_19 << 1u) << t14_7)) >> t14_9) & 0x3030303u) | (((((t14_18 >> t14_12) | ((t14_20 << 1u) << t14_14)) >> t14_16) & 0x1010101u) << 2u));
    let q0_1_3 = (((((t14_19 >> t14_5) | ((w[(t14_4 + 12u)] << 1u) << t14_7)) >> t14_9) & 0x3030303u) | (((((t14_20 >> t14_12) | ((w[(t14_11 + 4u)] << 1u) << t14_14)) >> t14_16) & 0x1010101u) << 2u));
    let s0_1 = (unpack2x16float(((w[((b0 >> 2u) + 27u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t14_21 >> 2u) + 24u)] >> ((t14_21 & 3u) * 8u)) & 255u) >> t14_15) & 15u) | (((((w[((t14_22 >> 2u) + 26u)] >> ((t14_22 & 3u) * 8u)) & 255u) >> ((t14_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t15_0 = x0_lo.x;
    let t15_1 = x0_lo.y;
    let t15_2 = x0_lo.z;
    let t15_3 = x0_lo.w;
    let t15_4 = x0_hi.x;
    let t15_5 = x0_hi.y;
    let t15_6 = x0_hi.z;
    let t15_7 = x0_hi.w;
    acc0 = (acc0 + (x0_d * ((s0_0 * f32(((((dot4I8Packed(q0_0_0, t15_0) + dot4I8Packed(q0_0_1, t15_1)) + dot4I8Packed(q0_0_2, t15_2)) + dot4I8Packed(q0_0_3, t15_3)) - ((((dot4I8Packed(t15_0, 0x1010101u) + dot4I8Packed(t15_1, 0x1010101u)) + dot4I8Packed(t15_2, 0x1010101u)) + dot4I8Packed(t15_3, 0x1010101u)) * 4i)))) + (s0_1 * f32(((((dot4I8Packed(q0_1_0, t15_4) + dot4I8Packed(q0_1_1, t15_5)) + dot4I8Packed(q0_1_2, t15_6)) + dot4I8Packed(q0_1_3, t15_7)) - ((((dot4I8Packed(t15_4, 0x1010101u) + dot4I8Packed(t15_5, 0x1010101u)) + dot4I8Packed(t15_6, 0x1010101u)) + dot4I8Packed(t15_7, 0x1010101u)) * 4i)))))));
    let b1 = (row_base1 + (blk * 110u));
    let t16_0 = (slice * 2u);
    let t16_1 = (t16_0 >> 3u);
    let t16_2 = (t16_0 & 1u);
    let t16_3 = (b1 + (((t16_1 * 8u) + (t16_2 * 4u)) * 4u));
    let t16_4 = (t16_3 >> 2u);
    let t16_5 = ((t16_3 & 3u) * 8u);
    let t16_6 = w[(t16_4 + 9u)];
    let t16_7 = (31u - t16_5);
    let t16_8 = ((t16_0 >> 1u) & 3u);
    let t16_9 = (t16_8 * 2u);
    let t16_10 = (b1 + (t16_2 * 16u));
    let t16_11 = (t16_10 >> 2u);
    let t16_12 = ((t16_10 & 3u) * 8u);
    let t16_13 = w[(t16_11 + 1u)];
    let t16_14 = (31u - t16_12);
    let t16_15 = (t16_1 * 4u);
    let t16_16 = (t16_15 + t16_8);
    let t16_17 = w[(t16_4 + 10u)];
    let t16_18 = w[(t16_11 + 2u)];
    let t16_19 = w[(t16_4 + 11u)];
    let t16_20 = w[(t16_11 + 3u)];
    let t16_21 = (b1 + (t16_0 & 7u));
    let t16_22 = (b1 + (t16_0 & 3u));
    let q1_0_0 = (((((w[(t16_4 + 8u)] >> t16_5) | ((t16_6 << 1u) << t16_7)) >> t16_9) & 0x3030303u) | (((((w[t16_11] >> t16_12) | ((t16_13 << 1u) << t16_14)) >> t16_16) & 0x1010101u) << 2u));
    let q1_0_1 = (((((t16_6 >> t16_5) | ((t16_17 << 1u) << t16_7)) >> t16_9) & 0x3030303u) | (((((t16_13 >> t16_12) | ((t16_18 << 1u) << t16_14)) >> t16_16) & 0x1010101u) << 2u));
    let q1_0_2 = (((((t16_17 >> t16_5) | ((t16_19 << 1u) << t16_7)) >> t16_9) & 0x3030303u) | (((((t16_18 >> t16_12) | ((t16_20 << 1u) << t16_14)) >> t16_16) & 0x1010101u) << 2u));
    let q1_0_3 = (((((t16_19 >> t16_5) | ((w[(t16_4 + 12u)] << 1u) << t16_7)) >> t16_9) & 0x3030303u) | (((((t16_20 >> t16_12) | ((w[(t16_11 + 4u)] << 1u) << t16_14)) >> t16_16) & 0x1010101u) << 2u));
    let s1_0 = (unpack2x16float(((w[((b1 >> 2u) + 27u)] >> ((b1 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t16_21 >> 2u) + 24u)] >> ((t16_21 & 3u) * 8u)) & 255u) >> t16_15) & 15u) | (((((w[((t16_22 >> 2u) + 26u)] >> ((t16_22 & 3u) * 8u)) & 255u) >> ((t16_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t17_0 = ((slice * 2u) + 1u);
    let t17_1 = (t17_0 >> 3u);
    let t17_2 = (t17_0 & 1u);
    let t17_3 = (b1 + (((t17_1 * 8u) + (t17_2 * 4u)) * 4u));
    let t17_4 = (t17_3 >> 2u);
    let t17_5 = ((t17_3 & 3u) * 8u);
    let t17_6 = w[(t17_4 + 9u)];
    let t17_7 = (31u - t17_5);
    let t17_8 = ((t17_0 >> 1u) & 3u);
    let t17_9 = (t17_8 * 2u);
    let t17_10 = (b1 + (t17_2 * 16u));
    let t17_11 = (t17_10 >> 2u);
    let t17_12 = ((t17_10 & 3u) * 8u);
    let t17_13 = w[(t17_11 + 1u)];
    let t17_14 = (31u - t17_12);
    let t17_15 = (t17_1 * 4u);
    let t17_16 = (t17_15 + t17_8);
    let t17_17 = w[(t17_4 + 10u)];
    let t17_18 = w[(t17_11 + 2u)];
    let t17_19 = w[(t17_4 + 11u)];
    let t17_20 = w[(t17_11 + 3u)];
    let t17_21 = (b1 + (t17_0 & 7u));
    let t17_22 = (b1 + (t17_0 & 3u));
    let q1_1_0 = (((((w[(t17_4 + 8u)] >> t17_5) | ((t17_6 << 1u) << t17_7)) >> t17_9) & 0x3030303u) | (((((w[t17_11] >> t17_12) | ((t17_13 << 1u) << t17_14)) >> t17_16) & 0x1010101u) << 2u));
    let q1_1_1 = (((((t17_6 >> t17_5) | ((t17_17 << 1u) << t17_7)) >> t17_9) & 0x3030303u) | (((((t17_13 >> t17_12) | ((t17_18 << 1u) << t17_14)) >> t17_16) & 0x1010101u) << 2u));
    let q1_1_2 = (((((t17_17 >> t17_5) | ((t17_19 << 1u) << t17_7)) >> t17_9) & 0x3030303u) | (((((t17_18 >> t17_12) | ((t17_20 << 1u) << t17_14)) >> t17_16) & 0x1010101u) << 2u));
    let q1_1_3 = (((((t17_19 >> t17_5) | ((w[(t17_4 + 12u)] << 1u) << t17_7)) >> t17_9) & 0x3030303u) | (((((t17_20 >> t17_12) | ((w[(t17_11 + 4u)] << 1u) << t17_14)) >> t17_16) & 0x1010101u) << 2u));
    let s1_1 = (unpack2x16float(((w[((b1 >> 2u) + 27u)] >> ((b1 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t17_21 >> 2u) + 24u)] >> ((t17_21 & 3u) * 8u)) & 255u) >> t17_15) & 15u) | (((((w[((t17_22 >> 2u) + 26u)] >> ((t17_22 & 3u) * 8u)) & 255u) >> ((t17_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t18_0 = x0_lo.x;
    let t18_1 = x0_lo.y;
    let t18_2 = x0_lo.z;
    let t18_3 = x0_lo.w;
    let t18_4 = x0_hi.x;
    let t18_5 = x0_hi.y;
    let t18_6 = x0_hi.z;
    let t18_7 = x0_hi.w;
    acc1 = (acc1 + (x0_d * ((s1_0 * f32(((((dot4I8Packed(q1_0_0, t18_0) + dot4I8Packed(q1_0_1, t18_1)) + dot4I8Packed(q1_0_2, t18_2)) + dot4I8Packed(q1_0_3, t18_3)) - ((((dot4I8Packed(t18_0, 0x1010101u) + dot4I8Packed(t18_1, 0x1010101u)) + dot4I8Packed(t18_2, 0x1010101u)) + dot4I8Packed(t18_3, 0x1010101u)) * 4i)))) + (s1_1 * f32(((((dot4I8Packed(q1_1_0, t18_4) + dot4I8Packed(q1_1_1, t18_5)) + dot4I8Packed(q1_1_2, t18_6)) + dot4I8Packed(q1_1_3, t18_7)) - ((((dot4I8Packed(t18_4, 0x1010101u) + dot4I8Packed(t18_5, 0x1010101u)) + dot4I8Packed(t18_6, 0x1010101u)) + dot4I8Packed(t18_7, 0x1010101u)) * 4i)))))));
  }
  let sg_sum0 = subgroupAdd(acc0);
  let sg_sum1 = subgroupAdd(acc1);
  let sg_id = (lid / sg_size);
  if ((sg_lane == 0u)) {
    red[(sg_id * 2u)] = sg_sum0;
    red[((sg_id * 2u) + 1u)] = sg_sum1;
  }
  workgroupBarrier();
  let n_sg = (WG_SIZE / sg_size);
  if ((lid == 0u)) {
    var total0: f32 = 0.0;
    for (var s0: u32 = 0u; (s0 < n_sg); s0 = (s0 + 1u)) {
      total0 = (total0 + red[(s0 * 2u)]);
    }
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = total0;
    }
    var total1: f32 = 0.0;
    for (var s1: u32 = 0u; (s1 < n_sg); s1 = (s1 + 1u)) {
      total1 = (total1 + red[((s1 * 2u) + 1u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[((y_base + row0) + 1u)] = total1;
    }
  }
}
