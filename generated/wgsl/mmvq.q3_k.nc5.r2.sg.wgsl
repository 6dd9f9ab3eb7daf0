// kgen 0.1.0: mmvq.q3_k.nc5.r2.sg; generated, do not edit; content hash 4378826d7aaf19a6
// mmvq: y = W . x, W in q3_k (256 per 110-byte block), x in q8_1x4, y in f32
// 5 column(s) x 2 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 2) row groups, y = batches (ne12 * ne13)
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
var<workgroup> red: array<f32, 10u * WG_SIZE>;

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
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 110u));
    let t0_0 = (slice * 2u);
    let t0_1 = (t0_0 >> 3u);
    let t0_2 = (t0_0 & 1u);
    let t0_3 = (b0 + (((t0_1 * 8u) + (t0_2 * 4u)) * 4u));
    let t0_4 = (t0_3 >> 2u);
    let t0_5 = ((t0_3 & 3u) * 8u);
    let t0_6 = w[(t0_4 + 9u)];
    let t0_7 = (31u - t0_5);
    let t0_8 = ((t0_0 >> 1u) & 3u);
    let t0_9 = (t0_8 * 2u);
    let t0_10 = (b0 + (t0_2 * 16u));
    let t0_11 = (t0_10 >> 2u);
    let t0_12 = ((t0_10 & 3u) * 8u);
    let t0_13 = w[(t0_11 + 1u)];
    let t0_14 = (31u - t0_12);
    let t0_15 = (t0_1 * 4u);
    let t0_16 = (t0_15 + t0_8);
    let t0_17 = w[(t0_4 + 10u)];
    let t0_18 = w[(t0_11 + 2u)];
    let t0_19 = w[(t0_4 + 11u)];
    let t0_20 = w[(t0_11 + 3u)];
    let t0_21 = (b0 + (t0_0 & 7u));
    let t0_22 = (b0 + (t0_0 & 3u));
    let q0_0_0 = (((((w[(t0_4 + 8u)] >> t0_5) | ((t0_6 << 1u) << t0_7)) >> t0_9) & 0x3030303u) | (((((w[t0_11] >> t0_12) | ((t0_13 << 1u) << t0_14)) >> t0_16) & 0x1010101u) << 2u));
    let q0_0_1 = (((((t0_6 >> t0_5) | ((t0_17 << 1u) << t0_7)) >> t0_9) & 0x3030303u) | (((((t0_13 >> t0_12) | ((t0_18 << 1u) << t0_14)) >> t0_16) & 0x1010101u) << 2u));
    let q0_0_2 = (((((t0_17 >> t0_5) | ((t0_19 << 1u) << t0_7)) >> t0_9) & 0x3030303u) | (((((t0_18 >> t0_12) | ((t0_20 << 1u) << t0_14)) >> t0_16) & 0x1010101u) << 2u));
    let q0_0_3 = (((((t0_19 >> t0_5) | ((w[(t0_4 + 12u)] << 1u) << t0_7)) >> t0_9) & 0x3030303u) | (((((t0_20 >> t0_12) | ((w[(t0_11 + 4u)] << 1u) << t0_14)) >> t0_16) & 0x1010101u) << 2u));
    let s0_0 = (unpack2x16float(((w[((b0 >> 2u) + 27u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t0_21 >> 2u) + 24u)] >> ((t0_21 & 3u) * 8u)) & 255u) >> t0_15) & 15u) | (((((w[((t0_22 >> 2u) + 26u)] >> ((t0_22 & 3u) * 8u)) & 255u) >> ((t0_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t1_0 = ((slice * 2u) + 1u);
    let t1_1 = (t1_0 >> 3u);
    let t1_2 = (t1_0 & 1u);
    let t1_3 = (b0 + (((t1_1 * 8u) + (t1_2 * 4u)) * 4u));
    let t1_4 = (t1_3 >> 2u);
    let t1_5 = ((t1_3 & 3u) * 8u);
    let t1_6 = w[(t1_4 + 9u)];
    let t1_7 = (31u - t1_5);
    let t1_8 = ((t1_0 >> 1u) & 3u);
    let t1_9 = (t1_8 * 2u);
    let t1_10 = (b0 + (t1_2 * 16u));
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
    let t1_21 = (b0 + (t1_0 & 7u));
    let t1_22 = (b0 + (t1_0 & 3u));
    let q0_1_0 = (((((w[(t1_4 + 8u)] >> t1_5) | ((t1_6 << 1u) << t1_7)) >> t1_9) & 0x3030303u) | (((((w[t1_11] >> t1_12) | ((t1_13 << 1u) << t1_14)) >> t1_16) & 0x1010101u) << 2u));
    let q0_1_1 = (((((t1_6 >> t1_5) | ((t1_17 << 1u) << t1_7)) >> t1_9) & 0x3030303u) | (((((t1_13 >> t1_12) | ((t1_18 << 1u) << t1_14)) >> t1_16) & 0x1010101u) << 2u));
    let q0_1_2 = (((((t1_17 >> t1_5) | ((t1_19 << 1u) << t1_7)) >> t1_9) & 0x3030303u) | (((((t1_18 >> t1_12) | ((t1_20 << 1u) << t1_14)) >> t1_16) & 0x1010101u) << 2u));
    let q0_1_3 = (((((t1_19 >> t1_5) | ((w[(t1_4 + 12u)] << 1u) << t1_7)) >> t1_9) & 0x3030303u) | (((((t1_20 >> t1_12) | ((w[(t1_11 + 4u)] << 1u) << t1_14)) >> t1_16) & 0x1010101u) << 2u));
    let s0_1 = (unpack2x16float(((w[((b0 >> 2u) + 27u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t1_21 >> 2u) + 24u)] >> ((t1_21 & 3u) * 8u)) & 255u) >> t1_15) & 15u) | (((((w[((t1_22 >> 2u) + 26u)] >> ((t1_22 & 3u) * 8u)) & 255u) >> ((t1_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t2_0 = x0_lo.x;
    let t2_1 = x0_lo.y;
    let t2_2 = x0_lo.z;
    let t2_3 = x0_lo.w;
    let t2_4 = x0_hi.x;
    let t2_5 = x0_hi.y;
    let t2_6 = x0_hi.z;
    let t2_7 = x0_hi.w;
    acc0 = (acc0 + (x0_d * ((s0_0 * f32(((((dot4I8Packed(q0_0_0, t2_0) + dot4I8Packed(q0_0_1, t2_1)) + dot4I8Packed(q0_0_2, t2_2)) + dot4I8Packed(q0_0_3, t2_3)) - ((((dot4I8Packed(t2_0, 0x1010101u) + dot4I8Packed(t2_1, 0x1010101u)) + dot4I8Packed(t2_2, 0x1010101u)) + dot4I8Packed(t2_3, 0x1010101u)) * 4i)))) + (s0_1 * f32(((((dot4I8Packed(q0_1_0, t2_4) + dot4I8Packed(q0_1_1, t2_5)) + dot4I8Packed(q0_1_2, t2_6)) + dot4I8Packed(q0_1_3, t2_7)) - ((((dot4I8Packed(t2_4, 0x1010101u) + dot4I8Packed(t2_5, 0x1010101u)) + dot4I8Packed(t2_6, 0x1010101u)) + dot4I8Packed(t2_7, 0x1010101u)) * 4i)))))));
    let t3_0 = x1_lo.x;
    let t3_1 = x1_lo.y;
    let t3_2 = x1_lo.z;
    let t3_3 = x1_lo.w;
    let t3_4 = x1_hi.x;
    let t3_5 = x1_hi.y;
    let t3_6 = x1_hi.z;
    let t3_7 = x1_hi.w;
    acc1 = (acc1 + (x1_d * ((s0_0 * f32(((((dot4I8Packed(q0_0_0, t3_0) + dot4I8Packed(q0_0_1, t3_1)) + dot4I8Packed(q0_0_2, t3_2)) + dot4I8Packed(q0_0_3, t3_3)) - ((((dot4I8Packed(t3_0, 0x1010101u) + dot4I8Packed(t3_1, 0x1010101u)) + dot4I8Packed(t3_2, 0x1010101u)) + dot4I8Packed(t3_3, 0x1010101u)) * 4i)))) + (s0_1 * f32(((((dot4I8Packed(q0_1_0, t3_4) + dot4I8Packed(q0_1_1, t3_5)) + dot4I8Packed(q0_1_2, t3_6)) + dot4I8Packed(q0_1_3, t3_7)) - ((((dot4I8Packed(t3_4, 0x1010101u) + dot4I8Packed(t3_5, 0x1010101u)) + dot4I8Packed(t3_6, 0x1010101u)) + dot4I8Packed(t3_7, 0x1010101u)) * 4i)))))));
    let t4_0 = x2_lo.x;
    let t4_1 = x2_lo.y;
    let t4_2 = x2_lo.z;
    let t4_3 = x2_lo.w;
    let t4_4 = x2_hi.x;
    let t4_5 = x2_hi.y;
    let t4_6 = x2_hi.z;
    let t4_7 = x2_hi.w;
    acc2 = (acc2 + (x2_d * ((s0_0 * f32(((((dot4I8Packed(q0_0_0, t4_0) + dot4I8Packed(q0_0_1, t4_1)) + dot4I8Packed(q0_0_2, t4_2)) + dot4I8Packed(q0_0_3, t4_3)) - ((((dot4I8Packed(t4_0, 0x1010101u) + dot4I8Packed(t4_1, 0x1010101u)) + dot4I8Packed(t4_2, 0x1010101u)) + dot4I8Packed(t4_3, 0x1010101u)) * 4i)))) + (s0_1 * f32(((((dot4I8Packed(q0_1_0, t4_4) + dot4I8Packed(q0_1_1, t4_5)) + dot4I8Packed(q0_1_2, t4_6)) + dot4I8Packed(q0_1_3, t4_7)) - ((((dot4I8Packed(t4_4, 0x1010101u) + dot4I8Packed(t4_5, 0x1010101u)) + dot4I8Packed(t4_6, 0x1010101u)) + dot4I8Packed(t4_7, 0x1010101u)) * 4i)))))));
    let t5_0 = x3_lo.x;
    let t5_1 = x3_lo.y;
    let t5_2 = x3_lo.z;
    let t5_3 = x3_lo.w;
    let t5_4 = x3_hi.x;
    let t5_5 = x3_hi.y;
    let t5_6 = x3_hi.z;
    let t5_7 = x3_hi.w;
    acc3 = (acc3 + (x3_d * ((s0_0 * f32(((((dot4I8Packed(q0_0_0, t5_0) + dot4I8Packed(q0_0_1, t5_1)) + dot4I8Packed(q0_0_2, t5_2)) + dot4I8Packed(q0_0_3, t5_3)) - ((((dot4I8Packed(t5_0, 0x1010101u) + dot4I8Packed(t5_1, 0x1010101u)) + dot4I8Packed(t5_2, 0x1010101u)) + dot4I8Packed(t5_3, 0x1010101u)) * 4i)))) + (s0_1 * f32(((((dot4I8Packed(q0_1_0, t5_4) + dot4I8Packed(q0_1_1, t5_5)) + dot4I8Packed(q0_1_2, t5_6)) + dot4I8Packed(q0_1_3, t5_7)) - ((((dot4I8Packed(t5_4, 0x1010101u) + dot4I8Packed(t5_5, 0x1010101u)) + dot4I8Packed(t5_6, 0x1010101u)) + dot4I8Packed(t5_7, 0x1010101u)) * 4i)))))));
    let t6_0 = x4_lo.x;
    let t6_1 = x4_lo.y;
    let t6_2 = x4_lo.z;
    let t6_3 = x4_lo.w;
    let t6_4 = x4_hi.x;
    let t6_5 = x4_hi.y;
    let t6_6 = x4_hi.z;
    let t6_7 = x4_hi.w;
    acc4 = (acc4 + (x4_d * ((s0_0 * f32(((((dot4I8Packed(q0_0_0, t6_0) + dot4I8Packed(q0_0_1, t6_1)) + dot4I8Packed(q0_0_2, t6_2)) + dot4I8Packed(q0_0_3, t6_3)) - ((((dot4I8Packed(t6_0, 0x1010101u) + dot4I8Packed(t6_1, 0x1010101u)) + dot4I8Packed(t6_2, 0x1010101u)) + dot4I8Packed(t6_3, 0x1010101u)) * 4i)))) + (s0_1 * f32(((((dot4I8Packed(q0_1_0, t6_4) + dot4I8Packed(q0_1_1, t6_5)) + dot4I8Packed(q0_1_2, t6_6)) + dot4I8Packed(q0_1_3, t6_7)) - ((((dot4I8Packed(t6_4, 0x1010101u) + dot4I8Packed(t6_5, 0x1010101u)) + dot4I8Packed(t6_6, 0x1010101u)) + dot4I8Packed(t6_7, 0x1010101u)) * 4i)))))));
    let b1 = (row_base1 + (blk * 110u));
    let t7_0 = (slice * 2u);
    let t7_1 = (t7_0 >> 3u);
    let t7_2 = (t7_0 & 1u);
    let t7_3 = (b1 + (((t7_1 * 8u) + (t7_2 * 4u)) * 4u));
    let t7_4 = (t7_3 >> 2u);
    let t7_5 = ((t7_3 & 3u) * 8u);
    let t7_6 = w[(t7_4 + 9u)];
    let t7_7 = (31u - t7_5);
    let t7_8 = ((t7_0 >> 1u) & 3u);
    let t7_9 = (t7_8 * 2u);
    let t7_10 = (b1 + (t7_2 * 16u));
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
    let t7_21 = (b1 + (t7_0 & 7u));
    let t7_22 = (b1 + (t7_0 & 3u));
    let q1_0_0 = (((((w[(t7_4 + 8u)] >> t7_5) | ((t7_6 << 1u) << t7_7)) >> t7_9) & 0x3030303u) | (((((w[t7_11] >> t7_12) | ((t7_13 << 1u) << t7_14)) >> t7_16) & 0x1010101u) << 2u));
    let q1_0_1 = (((((t7_6 >> t7_5) | ((t7_17 << 1u) << t7_7)) >> t7_9) & 0x3030303u) | (((((t7_13 >> t7_12) | ((t7_18 << 1u) << t7_14)) >> t7_16) & 0x1010101u) << 2u));
    let q1_0_2 = (((((t7_17 >> t7_5) | ((t7_19 << 1u) << t7_7)) >> t7_9) & 0x3030303u) | (((((t7_18 >> t7_12) | ((t7_20 << 1u) << t7_14)) >> t7_16) & 0x1010101u) << 2u));
    let q1_0_3 = (((((t7_19 >> t7_5) | ((w[(t7_4 + 12u)] << 1u) << t7_7)) >> t7_9) & 0x3030303u) | (((((t7_20 >> t7_12) | ((w[(t7_11 + 4u)] << 1u) << t7_14)) >> t7_16) & 0x1010101u) << 2u));
    let s1_0 = (unpack2x16float(((w[((b1 >> 2u) + 27u)] >> ((b1 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t7_21 >> 2u) + 24u)] >> ((t7_21 & 3u) * 8u)) & 255u) >> t7_15) & 15u) | (((((w[((t7_22 >> 2u) + 26u)] >> ((t7_22 & 3u) * 8u)) & 255u) >> ((t7_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t8_0 = ((slice * 2u) + 1u);
    let t8_1 = (t8_0 >> 3u);
    let t8_2 = (t8_0 & 1u);
    let t8_3 = (b1 + (((t8_1 * 8u) + (t8_2 * 4u)) * 4u));
    let t8_4 = (t8_3 >> 2u);
    let t8_5 = ((t8_3 & 3u) * 8u);
    let t8_6 = w[(t8_4 + 9u)];
    let t8_7 = (31u - t8_5);
    let t8_8 = ((t8_0 >> 1u) & 3u);
    let t8_9 = (t8_8 * 2u);
    let t8_10 = (b1 + (t8_2 * 16u));
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
    let t8_21 = (b1 + (t8_0 & 7u));
    let t8_22 = (b1 + (t8_0 & 3u));
    let q1_1_0 = (((((w[(t8_4 + 8u)] >> t8_5) | ((t8_6 << 1u) << t8_7)) >> t8_9) & 0x3030303u) | (((((w[t8_11] >> t8_12) | ((t8_13 << 1u) << t8_14)) >> t8_16) & 0x1010101u) << 2u));
    let q1_1_1 = (((((t8_6 >> t8_5) | ((t8_17 << 1u) << t8_7)) >> t8_9) & 0x3030303u) | (((((t8_13 >> t8_12) | ((t8_18 << 1u) << t8_14)) >> t8_16) & 0x1010101u) << 2u));
    let q1_1_2 = (((((t8_17 >> t8_5) | ((t8_19 << 1u) << t8_7)) >> t8_9) & 0x3030303u) | (((((t8_18 >> t8_12) | ((t8_20 << 1u) << t8_14)) >> t8_16) & 0x1010101u) << 2u));
    let q1_1_3 = (((((t8_19 >> t8_5) | ((w[(t8_4 + 12u)] << 1u) << t8_7)) >> t8_9) & 0x3030303u) | (((((t8_20 >> t8_12) | ((w[(t8_11 + 4u)] << 1u) << t8_14)) >> t8_16) & 0x1010101u) << 2u));
    let s1_1 = (unpack2x16float(((w[((b1 >> 2u) + 27u)] >> ((b1 & 3u) * 8u)) & 0xffffu)).x * f32(i32(((((((w[((t8_21 >> 2u) + 24u)] >> ((t8_21 & 3u) * 8u)) & 255u) >> t8_15) & 15u) | (((((w[((t8_22 >> 2u) + 26u)] >> ((t8_22 & 3u) * 8u)) & 255u) >> ((t8_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t9_0 = x0_lo.x;
    let t9_1 = x0_lo.y;
    let t9_2 = x0_lo.z;
    let t9_3 = x0_lo.w;
    let t9_4 = x0_hi.x;
    let t9_5 = x0_hi.y;
    let t9_6 = x0_hi.z;
    let t9_7 = x0_hi.w;
    acc5 = (acc5 + (x0_d * ((s1_0 * f32(((((dot4I8Packed(q1_0_0, t9_0) + dot4I8Packed(q1_0_1, t9_1)) + dot4I8Packed(q1_0_2, t9_2)) + dot4I8Packed(q1_0_3, t9_3)) - ((((dot4I8Packed(t9_0, 0x1010101u) + dot4I8Packed(t9_1, 0x1010101u)) + dot4I8Packed(t9_2, 0x1010101u)) + dot4I8Packed(t9_3, 0x1010101u)) * 4i)))) + (s1_1 * f32(((((dot4I8Packed(q1_1_0, t9_4) + dot4I8Packed(q1_1_1, t9_5)) + dot4I8Packed(q1_1_2, t9_6)) + dot4I8Packed(q1_1_3, t9_7)) - ((((dot4I8Packed(t9_4, 0x1010101u) + dot4I8Packed(t9_5, 0x1010101u)) + dot4I8Packed(t9_6, 0x1010101u)) + dot4I8Packed(t9_7, 0x1010101u)) * 4i)))))));
    let t10_0 = x1_lo.x;
    let t10_1 = x1_lo.y;
    let t10_2 = x1_lo.z;
    let t10_3 = x1_lo.w;
    let t10_4 = x1_hi.x;
    let t10_5 = x1_hi.y;
    let t10_6 = x1_hi.z;
    let t10_7 = x1_hi.w;
    acc6 = (acc6 + (x1_d * ((s1_0 * f32(((((dot4I8Packed(q1_0_0, t10_0) + dot4I8Packed(q1_0_1, t10_1)) + dot4I8Packed(q1_0_2, t10_2)) + dot4I8Packed(q1_0_3, t10_3)) - ((((dot4I8Packed(t10_0, 0x1010101u) + dot4I8Packed(t10_1, 0x1010101u)) + dot4I8Packed(t10_2, 0x1010101u)) + dot4I8Packed(t10_3, 0x1010101u)) * 4i)))) + (s1_1 * f32(((((dot4I8Packed(q1_1_0, t10_4) + dot4I8Packed(q1_1_1, t10_5)) + dot4I8Packed(q1_1_2, t10_6)) + dot4I8Packed(q1_1_3, t10_7)) - ((((dot4I8Packed(t10_4, 0x1010101u) + dot4I8Packed(t10_5, 0x1010101u)) + dot4I8Packed(t10_6, 0x1010101u)) + dot4I8Packed(t10_7, 0x1010101u)) * 4i)))))));
    let t11_0 = x2_lo.x;
    let t11_1 = x2_lo.y;
    let t11_2 = x2_lo.z;
    let t11_3 = x2_lo.w;
    let t11_4 = x2_hi.x;
    let t11_5 = x2_hi.y;
    let t11_6 = x2_hi.z;
    let t11_7 = x2_hi.w;
    acc7 = (acc7 + (x2_d * ((s1_0 * f32(((((dot4I8Packed(q1_0_0, t11_0) + dot4I8Packed(q1_0_1, t11_1)) + dot4I8Packed(q1_0_2, t11_2)) + dot4I8Packed(q1_0_3, t11_3)) - ((((dot4I8Packed(t11_0, 0x1010101u) + dot4I8Packed(t11_1, 0x1010101u)) + dot4I8Packed(t11_2, 0x1010101u)) + dot4I8Packed(t11_3, 0x1010101u)) * 4i)))) + (s1_1 * f32(((((dot4I8Packed(q1_1_0, t11_4) + dot4I8Packed(q1_1_1, t11_5)) + dot4I8Packed(q1_1_2, t11_6)) + dot4I8Packed(q1_1_3, t11_7)) - ((((dot4I8Packed(t11_4, 0x1010101u) + dot4I8Packed(t11_5, 0x1010101u)) + dot4I8Packed(t11_6, 0x1010101u)) + dot4I8Packed(t11_7, 0x1010101u)) * 4i)))))));
    let t12_0 = x3_lo.x;
    let t12_1 = x3_lo.y;
    let t12_2 = x3_lo.z;
    let t12_3 = x3_lo.w;
    let t12_4 = x3_hi.x;
    let t12_5 = x3_hi.y;
    let t12_6 = x3_hi.z;
    let t12_7 = x3_hi.w;
    acc8 = (acc8 + (x3_d * ((s1_0 * f32(((((dot4I8Packed(q1_0_0, t12_0) + dot4I8Packed(q1_0_1, t12_1)) + dot4I8Packed(q1_0_2, t12_2)) + dot4I8Packed(q1_0_3, t12_3)) - ((((dot4I8Packed(t12_0, 0x1010101u) + dot4I8Packed(t12_1, 0x1010101u)) + dot4I8Packed(t12_2, 0x1010101u)) + dot4I8Packed(t12_3, 0x1010101u)) * 4i)))) + (s1_1 * f32(((((dot4I8Packed(q1_1_0, t12_4) + dot4I8Packed(q1_1_1, t12_5)) + dot4I8Packed(q1_1_2, t12_6)) + dot4I8Packed(q1_1_3, t12_7)) - ((((dot4I8Packed(t12_4, 0x1010101u) + dot4I8Packed(t12_5, 0x1010101u)) + dot4I8Packed(t12_6, 0x1010101u)) + dot4I8Packed(t12_7, 0x1010101u)) * 4i)))))));
    let t13_0 = x4_lo.x;
    let t13_1 = x4_lo.y;
    let t13_2 = x4_lo.z;
    let t13_3 = x4_lo.w;
    let t13_4 = x4_hi.x;
    let t13_5 = x4_hi.y;
    let t13_6 = x4_hi.z;
    let t13_7 = x4_hi.w;
    acc9 = (acc9 + (x4_d * ((s1_0 * f32(((((dot4I8Packed(q1_0_0, t13_0) + dot4I8Packed(q1_0_1, t13_1)) + dot4I8Packed(q1_0_2, t13_2)) + dot4I8Packed(q1_0_3, t13_3)) - ((((dot4I8Packed(t13_0, 0x1010101u) + dot4I8Packed(t13_1, 0x1010101u)) + dot4I8Packed(t13_2, 0x1010101u)) + dot4I8Packed(t13_3, 0x1010101u)) * 4i)))) + (s1_1 * f32(((((dot4I8Packed(q1_1_0, t13_4) + dot4I8Packed(q1_1_1, t13_5)) + dot4I8Packed(q1_1_2, t13_6)) + dot4I8Packed(q1_1_3, t13_7)) - ((((dot4I8Packed(t13_4, 0x1010101u) + dot4I8Packed(t13_5, 0x1010101u)) + dot4I8Packed(t13_6, 0x1010101u)) + dot4I8Packed(t13_7, 0x1010101u)) * 4i)))))));
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
  let sg_id = (lid / sg_size);
  if ((sg_lane == 0u)) {
    red[(sg_id * 10u)] = sg_sum0;
    red[((sg_id * 10u) + 1u)] = sg_sum1;
    red[((sg_id * 10u) + 2u)] = sg_sum2;
    red[((sg_id * 10u) + 3u)] = sg_sum3;
    red[((sg_id * 10u) + 4u)] = sg_sum4;
    red[((sg_id * 10u) + 5u)] = sg_sum5;
    red[((sg_id * 10u) + 6u)] = sg_sum6;
    red[((sg_id * 10u) + 7u)] = sg_sum7;
    red[((sg_id * 10u) + 8u)] = sg_sum8;
    red[((sg_id * 10u) + 9u)] = sg_sum9;
  }
  workgroupBarrier();
  let n_sg = (WG_SIZE / sg_size);
  if ((lid == 0u)) {
    var total0: f32 = 0.0;
    for (var s0: u32 = 0u; (s0 < n_sg); s0 = (s0 + 1u)) {
      total0 = (total0 + red[(s0 * 10u)]);
    }
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = total0;
    }
    var total1: f32 = 0.0;
    for (var s1: u32 = 0u; (s1 < n_sg); s1 = (s1 + 1u)) {
      total1 = (total1 + red[((s1 * 10u) + 1u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + p.y_col_stride) + row0)] = total1;
    }
    var total2: f32 = 0.0;
    for (var s2: u32 = 0u; (s2 < n_sg); s2 = (s2 + 1u)) {
      total2 = (total2 + red[((s2 * 10u) + 2u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 2u)) + row0)] = total2;
    }
    var total3: f32 = 0.0;
    for (var s3: u32 = 0u; (s3 < n_sg); s3 = (s3 + 1u)) {
      total3 = (total3 + red[((s3 * 10u) + 3u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 3u)) + row0)] = total3;
    }
    var total4: f32 = 0.0;
    for (var s4: u32 = 0u; (s4 < n_sg); s4 = (s4 + 1u)) {
      total4 = (total4 + red[((s4 * 10u) + 4u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 4u)) + row0)] = total4;
    }
    var total5: f32 = 0.0;
    for (var s5: u32 = 0u; (s5 < n_sg); s5 = (s5 + 1u)) {
      total5 = (total5 + red[((s5 * 10u) + 5u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[((y_base + row0) + 1u)] = total5;
    }
    var total6: f32 = 0.0;
    for (var s6: u32 = 0u; (s6 < n_sg); s6 = (s6 + 1u)) {
      total6 = (total6 + red[((s6 * 10u) + 6u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[(((y_base + p.y_col_stride) + row0) + 1u)] = total6;
    }
    var total7: f32 = 0.0;
    for (var s7: u32 = 0u; (s7 < n_sg); s7 = (s7 + 1u)) {
      total7 = (total7 + red[((s7 * 10u) + 7u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[(((y_base + (p.y_col_stride * 2u)) + row0) + 1u)] = total7;
    }
    var total8: f32 = 0.0;
    for (var s8: u32 = 0u; (s8 < n_sg); s8 = (s8 + 1u)) {
      total8 = (total8 + red[((s8 * 10u) + 8u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[(((y_base + (p.y_col_stride * 3u)) + row0) + 1u)] = total8;
    }
    var total9: f32 = 0.0;
    for (var s9: u32 = 0u; (s9 < n_sg); s9 = (s9 + 1u)) {
      total9 = (total9 + red[((s9 * 10u) + 9u)]);
    }
    if (((row0 + 1u) < p.rows)) {
      y[(((y_base + (p.y_col_stride * 4u)) + row0) + 1u)] = total9;
    }
  }
}
