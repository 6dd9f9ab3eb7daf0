// kgen 0.1.0: mmvq.q8_0.nc8.r2.sg.u2c; generated, do not edit; content hash 24273e2c0b0ea167
// mmvq: y = W . x, W in q8_0 (32 per 34-byte block), x in q8_1x4, y in f32
// 8 column(s) x 2 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 2) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (contig), lookup tables vec
// format q8_0 (ggml type 8) from dsl/formats/q8_0.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q8_0 blocks (ggml/GGUF bytes)
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
    let u0_blk = j0;
    let u0_b0 = (row_base0 + (u0_blk * 34u));
    let t1_0 = ((u0_b0 & 3u) * 8u);
    let t1_1 = (t1_0 + 16u);
    let t1_2 = (t1_1 < 32u);
    let t1_3 = (u0_b0 >> 2u);
    let t1_4 = w[t1_3];
    let t1_5 = w[(t1_3 + 1u)];
    let t1_6 = (t1_1 & 31u);
    let t1_7 = w[(t1_3 + 2u)];
    let t1_8 = select(t1_7, t1_5, t1_2);
    let t1_9 = (31u - t1_6);
    let t1_10 = w[(t1_3 + 3u)];
    let t1_11 = select(t1_10, t1_7, t1_2);
    let t1_12 = w[(t1_3 + 4u)];
    let t1_13 = select(t1_12, t1_10, t1_2);
    let t1_14 = w[(t1_3 + 5u)];
    let t1_15 = select(t1_14, t1_12, t1_2);
    let t1_16 = w[(t1_3 + 6u)];
    let t1_17 = select(t1_16, t1_14, t1_2);
    let t1_18 = w[(t1_3 + 7u)];
    let t1_19 = select(t1_18, t1_16, t1_2);
    let t1_20 = w[(t1_3 + 8u)];
    let t1_21 = select(t1_20, t1_18, t1_2);
    let u0_q0_0_0 = ((select(t1_5, t1_4, t1_2) >> t1_6) | ((t1_8 << 1u) << t1_9));
    let u0_q0_0_1 = ((t1_8 >> t1_6) | ((t1_11 << 1u) << t1_9));
    let u0_q0_0_2 = ((t1_11 >> t1_6) | ((t1_13 << 1u) << t1_9));
    let u0_q0_0_3 = ((t1_13 >> t1_6) | ((t1_15 << 1u) << t1_9));
    let u0_q0_0_4 = ((t1_15 >> t1_6) | ((t1_17 << 1u) << t1_9));
    let u0_q0_0_5 = ((t1_17 >> t1_6) | ((t1_19 << 1u) << t1_9));
    let u0_q0_0_6 = ((t1_19 >> t1_6) | ((t1_21 << 1u) << t1_9));
    let u0_q0_0_7 = ((t1_21 >> t1_6) | ((select(w[(t1_3 + 9u)], t1_20, t1_2) << 1u) << t1_9));
    let u0_s0_0 = unpack2x16float(((t1_4 >> t1_0) & 0xffffu)).x;
    acc0 = (acc0 + (u0_x0_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x0_hi.w))))));
    acc1 = (acc1 + (u0_x1_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x1_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x1_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x1_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x1_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x1_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x1_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x1_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x1_hi.w))))));
    acc2 = (acc2 + (u0_x2_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x2_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x2_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x2_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x2_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x2_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x2_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x2_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x2_hi.w))))));
    acc3 = (acc3 + (u0_x3_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x3_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x3_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x3_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x3_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x3_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x3_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x3_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x3_hi.w))))));
    acc4 = (acc4 + (u0_x4_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x4_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x4_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x4_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x4_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x4_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x4_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x4_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x4_hi.w))))));
    acc5 = (acc5 + (u0_x5_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x5_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x5_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x5_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x5_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x5_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x5_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x5_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x5_hi.w))))));
    acc6 = (acc6 + (u0_x6_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x6_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x6_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x6_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x6_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x6_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x6_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x6_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x6_hi.w))))));
    acc7 = (acc7 + (u0_x7_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x7_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x7_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x7_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x7_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x7_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x7_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x7_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x7_hi.w))))));
    let u0_b1 = (row_base1 + (u0_blk * 34u));
    let t2_0 = ((u0_b1 & 3u) * 8u);
    let t2_1 = (t2_0 + 16u);
    let t2_2 = (t2_1 < 32u);
    let t2_3 = (u0_b1 >> 2u);
    let t2_4 = w[t2_3];
    let t2_5 = w[(t2_3 + 1u)];
    let t2_6 = (t2_1 & 31u);
    let t2_7 = w[(t2_3 + 2u)];
    let t2_8 = select(t2_7, t2_5, t2_2);
    let t2_9 = (31u - t2_6);
    let t2_10 = w[(t2_3 + 3u)];
    let t2_11 = select(t2_10, t2_7, t2_2);
    let t2_12 = w[(t2_3 + 4u)];
    let t2_13 = select(t2_12, t2_10, t2_2);
    let t2_14 = w[(t2_3 + 5u)];
    let t2_15 = select(t2_14, t2_12, t2_2);
    let t2_16 = w[(t2_3 + 6u)];
    let t2_17 = select(t2_16, t2_14, t2_2);
    let t2_18 = w[(t2_3 + 7u)];
    let t2_19 = select(t2_18, t2_16, t2_2);
    let t2_20 = w[(t2_3 + 8u)];
    let t2_21 = select(t2_20, t2_18, t2_2);
    let u0_q1_0_0 = ((select(t2_5, t2_4, t2_2) >> t2_6) | ((t2_8 << 1u) << t2_9));
    let u0_q1_0_1 = ((t2_8 >> t2_6) | ((t2_11 << 1u) << t2_9));
    let u0_q1_0_2 = ((t2_11 >> t2_6) | ((t2_13 << 1u) << t2_9));
    let u0_q1_0_3 = ((t2_13 >> t2_6) | ((t2_15 << 1u) << t2_9));
    let u0_q1_0_4 = ((t2_15 >> t2_6) | ((t2_17 << 1u) << t2_9));
    let u0_q1_0_5 = ((t2_17 >> t2_6) | ((t2_19 << 1u) << t2_9));
    let u0_q1_0_6 = ((t2_19 >> t2_6) | ((t2_21 << 1u) << t2_9));
    let u0_q1_0_7 = ((t2_21 >> t2_6) | ((select(w[(t2_3 + 9u)], t2_20, t2_2) << 1u) << t2_9));
    let u0_s1_0 = unpack2x16float(((t2_4 >> t2_0) & 0xffffu)).x;
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
    let u1_blk = (j0 + 1u);
    let u1_b0 = (row_base0 + (u1_blk * 34u));
    let t3_0 = ((u1_b0 & 3u) * 8u);
    let t3_1 = (t3_0 + 16u);
    let t3_2 = (t3_1 < 32u);
    let t3_3 = (u1_b0 >> 2u);
    let t3_4 = w[t3_3];
    let t3_5 = w[(t3_3 + 1u)];
    let t3_6 = (t3_1 & 31u);
    let t3_7 = w[(t3_3 + 2u)];
    let t3_8 = select(t3_7, t3_5, t3_2);
    let t3_9 = (31u - t3_6);
    let t3_10 = w[(t3_3 + 3u)];
    let t3_11 = select(t3_10, t3_7, t3_2);
    let t3_12 = w[(t3_3 + 4u)];
    let t3_13 = select(t3_12, t3_10, t3_2);
    let t3_14 = w[(t3_3 + 5u)];
    let t3_15 = select(t3_14, t3_12, t3_2);
    let t3_16 = w[(t3_3 + 6u)];
    let t3_17 = select(t3_16, t3_14, t3_2);
    let t3_18 = w[(t3_3 + 7u)];
    let t3_19 = select(t3_18, t3_16, t3_2);
    let t3_20 = w[(t3_3 + 8u)];
    let t3_21 = select(t3_20, t3_18, t3_2);
    let u1_q0_0_0 = ((select(t3_5, t3_4, t3_2) >> t3_6) | ((t3_8 << 1u) << t3_9));
    let u1_q0_0_1 = ((t3_8 >> t3_6) | ((t3_11 << 1u) << t3_9));
    let u1_q0_0_2 = ((t3_11 >> t3_6) | ((t3_13 << 1u) << t3_9));
    let u1_q0_0_3 = ((t3_13 >> t3_6) | ((t3_15 << 1u) << t3_9));
    let u1_q0_0_4 = ((t3_15 >> t3_6) | ((t3_17 << 1u) << t3_9));
    let u1_q0_0_5 = ((t3_17 >> t3_6) | ((t3_19 << 1u) << t3_9));
    let u1_q0_0_6 = ((t3_19 >> t3_6) | ((t3_21 << 1u) << t3_9));
    let u1_q0_0_7 = ((t3_21 >> t3_6) | ((select(w[(t3_3 + 9u)], t3_20, t3_2) << 1u) << t3_9));
    let u1_s0_0 = unpack2x16float(((t3_4 >> t3_0) & 0xffffu)).x;
    acc0 = (acc0 + (u1_x0_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x0_hi.w))))));
    acc1 = (acc1 + (u1_x1_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x1_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x1_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x1_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x1_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x1_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x1_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x1_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x1_hi.w))))));
    acc2 = (acc2 + (u1_x2_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x2_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x2_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x2_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x2_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x2_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x2_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x2_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x2_hi.w))))));
    acc3 = (acc3 + (u1_x3_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x3_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x3_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x3_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x3_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x3_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x3_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x3_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x3_hi.w))))));
    acc4 = (acc4 + (u1_x4_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x4_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x4_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x4_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x4_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x4_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x4_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x4_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x4_hi.w))))));
    acc5 = (acc5 + (u1_x5_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x5_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x5_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x5_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x5_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x5_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x5_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x5_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x5_hi.w))))));
    acc6 = (acc6 + (u1_x6_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x6_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x6_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x6_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x6_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x6_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x6_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x6_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x6_hi.w))))));
    acc7 = (acc7 + (u1_x7_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x7_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x7_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x7_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x7_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x7_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x7_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x7_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x7_hi.w))))));
    let u1_b1 = (row_base1 + (u1_blk * 34u));
    let t4_0 = ((u1_b1 & 3u) * 8u);
    let t4_1 = (t4_0 + 16u);
    let t4_2 = (t4_1 < 32u);
    let t4_3 = (u1_b1 >> 2u);
    let t4_4 = w[t4_3];
    let t4_5 = w[(t4_3 + 1u)];
    let t4_6 = (t4_1 & 31u);
    let t4_7 = w[(t4_3 + 2u)];
    let t4_8 = select(t4_7, t4_5, t4_2);
    let t4_9 = (31u - t4_6);
    let t4_10 = w[(t4_3 + 3u)];
    let t4_11 = select(t4_10, t4_7, t4_2);
    let t4_12 = w[(t4_3 + 4u)];
    let t4_13 = select(t4_12, t4_10, t4_2);
    let t4_14 = w[(t4_3 + 5u)];
    let t4_15 = select(t4_14, t4_12, t4_2);
    let t4_16 = w[(t4_3 + 6u)];
    let t4_17 = select(t4_16, t4_14, t4_2);
    let t4_18 = w[(t4_3 + 7u)];
    let t4_19 = select(t4_18, t4_16, t4_2);
    let t4_20 = w[(t4_3 + 8u)];
    let t4_21 = select(t4_20, t4_18, t4_2);
    let u1_q1_0_0 = ((select(t4_5, t4_4, t4_2) >> t4_6) | ((t4_8 << 1u) << t4_9));
    let u1_q1_0_1 = ((t4_8 >> t4_6) | ((t4_11 << 1u) << t4_9));
    let u1_q1_0_2 = ((t4_11 >> t4_6) | ((t4_13 << 1u) << t4_9));
    let u1_q1_0_3 = ((t4_13 >> t4_6) | ((t4_15 << 1u) << t4_9));
    let u1_q1_0_4 = ((t4_15 >> t4_6) | ((t4_17 << 1u) << t4_9));
    let u1_q1_0_5 = ((t4_17 >> t4_6) | ((t4_19 << 1u) << t4_9));
    let u1_q1_0_6 = ((t4_19 >> t4_6) | ((t4_21 << 1u) << t4_9));
    let u1_q1_0_7 = ((t4_21 >> t4_6) | ((select(w[(t4_3 + 9u)], t4_20, t4_2) << 1u) << t4_9));
    let u1_s1_0 = unpack2x16float(((t4_4 >> t4_0) & 0xffffu)).x;
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
    let blk = j;
    let b0 = (row_base0 + (blk * 34u));
    let t5_0 = ((b0 & 3u) * 8u);
    let t5_1 = (t5_0 + 16u);
    let t5_2 = (t5_1 < 32u);
    let t5_3 = (b0 >> 2u);
    let t5_4 = w[t5_3];
    let t5_5 = w[(t5_3 + 1u)];
    let t5_6 = (t5_1 & 31u);
    let t5_7 = w[(t5_3 + 2u)];
    let t5_8 = select(t5_7, t5_5, t5_2);
    let t5_9 = (31u - t5_6);
    let t5_10 = w[(t5_3 + 3u)];
    let t5_11 = select(t5_10, t5_7, t5_2);
    let t5_12 = w[(t5_3 + 4u)];
    let t5_13 = select(t5_12, t5_10, t5_2);
    let t5_14 = w[(t5_3 + 5u)];
    let t5_15 = select(t5_14, t5_12, t5_2);
    let t5_16 = w[(t5_3 + 6u)];
    let t5_17 = select(t5_16, t5_14, t5_2);
    let t5_18 = w[(t5_3 + 7u)];
    let t5_19 = select(t5_18, t5_16, t5_2);
    let t5_20 = w[(t5_3 + 8u)];
    let t5_21 = select(t5_20, t5_18, t5_2);
    let q0_0_0 = ((select(t5_5, t5_4, t5_2) >> t5_6) | ((t5_8 << 1u) << t5_9));
    let q0_0_1 = ((t5_8 >> t5_6) | ((t5_11 << 1u) << t5_9));
    let q0_0_2 = ((t5_11 >> t5_6) | ((t5_13 << 1u) << t5_9));
    let q0_0_3 = ((t5_13 >> t5_6) | ((t5_15 << 1u) << t5_9));
    let q0_0_4 = ((t5_15 >> t5_6) | ((t5_17 << 1u) << t5_9));
    let q0_0_5 = ((t5_17 >> t5_6) | ((t5_19 << 1u) << t5_9));
    let q0_0_6 = ((t5_19 >> t5_6) | ((t5_21 << 1u) << t5_9));
    let q0_0_7 = ((t5_21 >> t5_6) | ((select(w[(t5_3 + 9u)], t5_20, t5_2) << 1u) << t5_9));
    let s0_0 = unpack2x16float(((t5_4 >> t5_0) & 0xffffu)).x;
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
    acc1 = (acc1 + (x1_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)) + dot4I8Packed(q0_0_4, x1_hi.x)) + dot4I8Packed(q0_0_5, x1_hi.y)) + dot4I8Packed(q0_0_6, x1_hi.z)) + dot4I8Packed(q0_0_7, x1_hi.w))))));
    acc2 = (acc2 + (x2_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)) + dot4I8Packed(q0_0_4, x2_hi.x)) + dot4I8Packed(q0_0_5, x2_hi.y)) + dot4I8Packed(q0_0_6, x2_hi.z)) + dot4I8Packed(q0_0_7, x2_hi.w))))));
    acc3 = (acc3 + (x3_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x3_lo.x) + dot4I8Packed(q0_0_1, x3_lo.y)) + dot4I8Packed(q0_0_2, x3_lo.z)) + dot4I8Packed(q0_0_3, x3_lo.w)) + dot4I8Packed(q0_0_4, x3_hi.x)) + dot4I8Packed(q0_0_5, x3_hi.y)) + dot4I8Packed(q0_0_6, x3_hi.z)) + dot4I8Packed(q0_0_7, x3_hi.w))))));
    acc4 = (acc4 + (x4_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x4_lo.x) + dot4I8Packed(q0_0_1, x4_lo.y)) + dot4I8Packed(q0_0_2, x4_lo.z)) + dot4I8Packed(q0_0_3, x4_lo.w)) + dot4I8Packed(q0_0_4, x4_hi.x)) + dot4I8Packed(q0_0_5, x4_hi.y)) + dot4I8Packed(q0_0_6, x4_hi.z)) + dot4I8Packed(q0_0_7, x4_hi.w))))));
    acc5 = (acc5 + (x5_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x5_lo.x) + dot4I8Packed(q0_0_1, x5_lo.y)) + dot4I8Packed(q0_0_2, x5_lo.z)) + dot4I8Packed(q0_0_3, x5_lo.w)) + dot4I8Packed(q0_0_4, x5_hi.x)) + dot4I8Packed(q0_0_5, x5_hi.y)) + dot4I8Packed(q0_0_6, x5_hi.z)) + dot4I8Packed(q0_0_7, x5_hi.w))))));
    acc6 = (acc6 + (x6_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x6_lo.x) + dot4I8Packed(q0_0_1, x6_lo.y)) + dot4I8Packed(q0_0_2, x6_lo.z)) + dot4I8Packed(q0_0_3, x6_lo.w)) + dot4I8Packed(q0_0_4, x6_hi.x)) + dot4I8Packed(q0_0_5, x6_hi.y)) + dot4I8Packed(q0_0_6, x6_hi.z)) + dot4I8Packed(q0_0_7, x6_hi.w))))));
    acc7 = (acc7 + (x7_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x7_lo.x) + dot4I8Packed(q0_0_1, x7_lo.y)) + dot4I8Packed(q0_0_2, x7_lo.z)) + dot4I8Packed(q0_0_3, x7_lo.w)) + dot4I8Packed(q0_0_4, x7_hi.x)) + dot4I8Packed(q0_0_5, x7_hi.y)) + dot4I8Packed(q0_0_6, x7_hi.z)) + dot4I8Packed(q0_0_7, x7_hi.w))))));
    let b1 = (row_base1 + (blk * 34u));
    let t6_0 = ((b1 & 3u) * 8u);
    let t6_1 = (t6_0 + 16u);
    let t6_2 = (t6_1 < 32u);
    let t6_3 = (b1 >> 2u);
    let t6_4 = w[t6_3];
    let t6_5 = w[(t6_3 + 1u)];
    let t6_6 = (t6_1 & 31u);
    let t6_7 = w[(t6_3 + 2u)];
    let t6_8 = select(t6_7, t6_5, t6_2);
    let t6_9 = (31u - t6_6);
    let t6_10 = w[(t6_3 + 3u)];
    let t6_11 = select(t6_10, t6_7, t6_2);
    let t6_12 = w[(t6_3 + 4u)];
    let t6_13 = select(t6_12, t6_10, t6_2);
    let t6_14 = w[(t6_3 + 5u)];
    let t6_15 = select(t6_14, t6_12, t6_2);
    let t6_16 = w[(t6_3 + 6u)];
    let t6_17 = select(t6_16, t6_14, t6_2);
    let t6_18 = w[(t6_3 + 7u)];
    let t6_19 = select(t6_18, t6_16, t6_2);
    let t6_20 = w[(t6_3 + 8u)];
    let t6_21 = select(t6_20, t6_18, t6_2);
    let q1_0_0 = ((select(t6_5, t6_4, t6_2) >> t6_6) | ((t6_8 << 1u) << t6_9));
    let q1_0_1 = ((t6_8 >> t6_6) | ((t6_11 << 1u) << t6_9));
    let q1_0_2 = ((t6_11 >> t6_6) | ((t6_13 << 1u) << t6_9));
    let q1_0_3 = ((t6_13 >> t6_6) | ((t6_15 << 1u) << t6_9));
    let q1_0_4 = ((t6_15 >> t6_6) | ((t6_17 << 1u) << t6_9));
    let q1_0_5 = ((t6_17 >> t6_6) | ((t6_19 << 1u) << t6_9));
    let q1_0_6 = ((t6_19 >> t6_6) | ((t6_21 << 1u) << t6_9));
    let q1_0_7 = ((t6_21 >> t6_6) | ((select(w[(t6_3 + 9u)], t6_20, t6_2) << 1u) << t6_9));
    let s1_0 = unpack2x16float(((t6_4 >> t6_0) & 0xffffu)).x;
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
