// kgen 0.1.0: mmvq.q2_k.nc8.r2.sg.u2c; generated, do not edit; content hash 5bbeda9c1daafc02
// mmvq: y = W . x, W in q2_k (256 per 84-byte block), x in q8_1x4, y in f32
// 8 column(s) x 2 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 2) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (contig), lookup tables vec
// format q2_k (ggml type 10) from dsl/formats/q2_k.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q2_k blocks (ggml/GGUF bytes)
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
    let u0_b0 = (row_base0 + (u0_blk * 84u));
    let t1_0 = (u0_slice * 2u);
    let t1_1 = ((u0_b0 + ((((t1_0 >> 3u) * 8u) + ((t1_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t1_2 = (((t1_0 >> 1u) & 3u) * 2u);
    let t1_3 = w[((u0_b0 >> 2u) + 20u)];
    let t1_4 = (u0_b0 + t1_0);
    let t1_5 = ((w[(t1_4 >> 2u)] >> ((t1_4 & 3u) * 8u)) & 255u);
    let u0_q0_0_0 = ((w[(t1_1 + 4u)] >> t1_2) & 0x3030303u);
    let u0_q0_0_1 = ((w[(t1_1 + 5u)] >> t1_2) & 0x3030303u);
    let u0_q0_0_2 = ((w[(t1_1 + 6u)] >> t1_2) & 0x3030303u);
    let u0_q0_0_3 = ((w[(t1_1 + 7u)] >> t1_2) & 0x3030303u);
    let u0_s0_0 = (unpack2x16float((t1_3 & 0xffffu)).x * f32(i32((t1_5 & 15u))));
    let u0_m0_0 = (-(unpack2x16float(((t1_3 >> 16u) & 0xffffu)).x * f32(i32((t1_5 >> 4u)))));
    let t2_0 = (u0_slice * 2u);
    let t2_1 = (t2_0 + 1u);
    let t2_2 = ((u0_b0 + ((((t2_1 >> 3u) * 8u) + ((t2_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t2_3 = (((t2_1 >> 1u) & 3u) * 2u);
    let t2_4 = w[((u0_b0 >> 2u) + 20u)];
    let t2_5 = (u0_b0 + t2_0);
    let t2_6 = ((w[(t2_5 >> 2u)] >> (((t2_5 & 3u) * 8u) + 8u)) & 255u);
    let u0_q0_1_0 = ((w[(t2_2 + 4u)] >> t2_3) & 0x3030303u);
    let u0_q0_1_1 = ((w[(t2_2 + 5u)] >> t2_3) & 0x3030303u);
    let u0_q0_1_2 = ((w[(t2_2 + 6u)] >> t2_3) & 0x3030303u);
    let u0_q0_1_3 = ((w[(t2_2 + 7u)] >> t2_3) & 0x3030303u);
    let u0_s0_1 = (unpack2x16float((t2_4 & 0xffffu)).x * f32(i32((t2_6 & 15u))));
    let u0_m0_1 = (-(unpack2x16float(((t2_4 >> 16u) & 0xffffu)).x * f32(i32((t2_6 >> 4u)))));
    let t3_0 = u0_x0_lo.x;
    let t3_1 = u0_x0_lo.y;
    let t3_2 = u0_x0_lo.z;
    let t3_3 = u0_x0_lo.w;
    let t3_4 = u0_x0_hi.x;
    let t3_5 = u0_x0_hi.y;
    let t3_6 = u0_x0_hi.z;
    let t3_7 = u0_x0_hi.w;
    acc0 = (acc0 + (u0_x0_d * (((u0_s0_0 * f32((((dot4I8Packed(u0_q0_0_0, t3_0) + dot4I8Packed(u0_q0_0_1, t3_1)) + dot4I8Packed(u0_q0_0_2, t3_2)) + dot4I8Packed(u0_q0_0_3, t3_3)))) + (u0_m0_0 * f32((((dot4I8Packed(t3_0, 0x1010101u) + dot4I8Packed(t3_1, 0x1010101u)) + dot4I8Packed(t3_2, 0x1010101u)) + dot4I8Packed(t3_3, 0x1010101u))))) + ((u0_s0_1 * f32((((dot4I8Packed(u0_q0_1_0, t3_4) + dot4I8Packed(u0_q0_1_1, t3_5)) + dot4I8Packed(u0_q0_1_2, t3_6)) + dot4I8Packed(u0_q0_1_3, t3_7)))) + (u0_m0_1 * f32((((dot4I8Packed(t3_4, 0x1010101u) + dot4I8Packed(t3_5, 0x1010101u)) + dot4I8Packed(t3_6, 0x1010101u)) + dot4I8Packed(t3_7, 0x1010101u))))))));
    let t4_0 = u0_x1_lo.x;
    let t4_1 = u0_x1_lo.y;
    let t4_2 = u0_x1_lo.z;
    let t4_3 = u0_x1_lo.w;
    let t4_4 = u0_x1_hi.x;
    let t4_5 = u0_x1_hi.y;
    let t4_6 = u0_x1_hi.z;
    let t4_7 = u0_x1_hi.w;
    acc1 = (acc1 + (u0_x1_d * (((u0_s0_0 * f32((((dot4I8Packed(u0_q0_0_0, t4_0) + dot4I8Packed(u0_q0_0_1, t4_1)) + dot4I8Packed(u0_q0_0_2, t4_2)) + dot4I8Packed(u0_q0_0_3, t4_3)))) + (u0_m0_0 * f32((((dot4I8Packed(t4_0, 0x1010101u) + dot4I8Packed(t4_1, 0x1010101u)) + dot4I8Packed(t4_2, 0x1010101u)) + dot4I8Packed(t4_3, 0x1010101u))))) + ((u0_s0_1 * f32((((dot4I8Packed(u0_q0_1_0, t4_4) + dot4I8Packed(u0_q0_1_1, t4_5)) + dot4I8Packed(u0_q0_1_2, t4_6)) + dot4I8Packed(u0_q0_1_3, t4_7)))) + (u0_m0_1 * f32((((dot4I8Packed(t4_4, 0x1010101u) + dot4I8Packed(t4_5, 0x1010101u)) + dot4I8Packed(t4_6, 0x1010101u)) + dot4I8Packed(t4_7, 0x1010101u))))))));
    let t5_0 = u0_x2_lo.x;
    let t5_1 = u0_x2_lo.y;
    let t5_2 = u0_x2_lo.z;
    let t5_3 = u0_x2_lo.w;
    let t5_4 = u0_x2_hi.x;
    let t5_5 = u0_x2_hi.y;
    let t5_6 = u0_x2_hi.z;
    let t5_7 = u0_x2_hi.w;
    acc2 = (acc2 + (u0_x2_d * (((u0_s0_0 * f32((((dot4I8Packed(u0_q0_0_0, t5_0) + dot4I8Packed(u0_q0_0_1, t5_1)) + dot4I8Packed(u0_q0_0_2, t5_2)) + dot4I8Packed(u0_q0_0_3, t5_3)))) + (u0_m0_0 * f32((((dot4I8Packed(t5_0, 0x1010101u) + dot4I8Packed(t5_1, 0x1010101u)) + dot4I8Packed(t5_2, 0x1010101u)) + dot4I8Packed(t5_3, 0x1010101u))))) + ((u0_s0_1 * f32((((dot4I8Packed(u0_q0_1_0, t5_4) + dot4I8Packed(u0_q0_1_1, t5_5)) + dot4I8Packed(u0_q0_1_2, t5_6)) + dot4I8Packed(u0_q0_1_3, t5_7)))) + (u0_m0_1 * f32((((dot4I8Packed(t5_4, 0x1010101u) + dot4I8Packed(t5_5, 0x1010101u)) + dot4I8Packed(t5_6, 0x1010101u)) + dot4I8Packed(t5_7, 0x1010101u))))))));
    let t6_0 = u0_x3_lo.x;
    let t6_1 = u0_x3_lo.y;
    let t6_2 = u0_x3_lo.z;
    let t6_3 = u0_x3_lo.w;
    let t6_4 = u0_x3_hi.x;
    let t6_5 = u0_x3_hi.y;
    let t6_6 = u0_x3_hi.z;
    let t6_7 = u0_x3_hi.w;
    acc3 = (acc3 + (u0_x3_d * (((u0_s0_0 * f32((((dot4I8Packed(u0_q0_0_0, t6_0) + dot4I8Packed(u0_q0_0_1, t6_1)) + dot4I8Packed(u0_q0_0_2, t6_2)) + dot4I8Packed(u0_q0_0_3, t6_3)))) + (u0_m0_0 * f32((((dot4I8Packed(t6_0, 0x1010101u) + dot4I8Packed(t6_1, 0x1010101u)) + dot4I8Packed(t6_2, 0x1010101u)) + dot4I8Packed(t6_3, 0x1010101u))))) + ((u0_s0_1 * f32((((dot4I8Packed(u0_q0_1_0, t6_4) + dot4I8Packed(u0_q0_1_1, t6_5)) + dot4I8Packed(u0_q0_1_2, t6_6)) + dot4I8Packed(u0_q0_1_3, t6_7)))) + (u0_m0_1 * f32((((dot4I8Packed(t6_4, 0x1010101u) + dot4I8Packed(t6_5, 0x1010101u)) + dot4I8Packed(t6_6, 0x1010101u)) + dot4I8Packed(t6_7, 0x1010101u))))))));
    let t7_0 = u0_x4_lo.x;
    let t7_1 = u0_x4_lo.y;
    let t7_2 = u0_x4_lo.z;
    let t7_3 = u0_x4_lo.w;
    let t7_4 = u0_x4_hi.x;
    let t7_5 = u0_x4_hi.y;
    let t7_6 = u0_x4_hi.z;
    let t7_7 = u0_x4_hi.w;
    acc4 = (acc4 + (u0_x4_d * (((u0_s0_0 * f32((((dot4I8Packed(u0_q0_0_0, t7_0) + dot4I8Packed(u0_q0_0_1, t7_1)) + dot4I8Packed(u0_q0_0_2, t7_2)) + dot4I8Packed(u0_q0_0_3, t7_3)))) + (u0_m0_0 * f32((((dot4I8Packed(t7_0, 0x1010101u) + dot4I8Packed(t7_1, 0x1010101u)) + dot4I8Packed(t7_2, 0x1010101u)) + dot4I8Packed(t7_3, 0x1010101u))))) + ((u0_s0_1 * f32((((dot4I8Packed(u0_q0_1_0, t7_4) + dot4I8Packed(u0_q0_1_1, t7_5)) + dot4I8Packed(u0_q0_1_2, t7_6)) + dot4I8Packed(u0_q0_1_3, t7_7)))) + (u0_m0_1 * f32((((dot4I8Packed(t7_4, 0x1010101u) + dot4I8Packed(t7_5, 0x1010101u)) + dot4I8Packed(t7_6, 0x1010101u)) + dot4I8Packed(t7_7, 0x1010101u))))))));
    let t8_0 = u0_x5_lo.x;
    let t8_1 = u0_x5_lo.y;
    let t8_2 = u0_x5_lo.z;
    let t8_3 = u0_x5_lo.w;
    let t8_4 = u0_x5_hi.x;
    let t8_5 = u0_x5_hi.y;
    let t8_6 = u0_x5_hi.z;
    let t8_7 = u0_x5_hi.w;
    acc5 = (acc5 + (u0_x5_d * (((u0_s0_0 * f32((((dot4I8Packed(u0_q0_0_0, t8_0) + dot4I8Packed(u0_q0_0_1, t8_1)) + dot4I8Packed(u0_q0_0_2, t8_2)) + dot4I8Packed(u0_q0_0_3, t8_3)))) + (u0_m0_0 * f32((((dot4I8Packed(t8_0, 0x1010101u) + dot4I8Packed(t8_1, 0x1010101u)) + dot4I8Packed(t8_2, 0x1010101u)) + dot4I8Packed(t8_3, 0x1010101u))))) + ((u0_s0_1 * f32((((dot4I8Packed(u0_q0_1_0, t8_4) + dot4I8Packed(u0_q0_1_1, t8_5)) + dot4I8Packed(u0_q0_1_2, t8_6)) + dot4I8Packed(u0_q0_1_3, t8_7)))) + (u0_m0_1 * f32((((dot4I8Packed(t8_4, 0x1010101u) + dot4I8Packed(t8_5, 0x1010101u)) + dot4I8Packed(t8_6, 0x1010101u)) + dot4I8Packed(t8_7, 0x1010101u))))))));
    let t9_0 = u0_x6_lo.x;
    let t9_1 = u0_x6_lo.y;
    let t9_2 = u0_x6_lo.z;
    let t9_3 = u0_x6_lo.w;
    let t9_4 = u0_x6_hi.x;
    let t9_5 = u0_x6_hi.y;
    let t9_6 = u0_x6_hi.z;
    let t9_7 = u0_x6_hi.w;
    acc6 = (acc6 + (u0_x6_d * (((u0_s0_0 * f32((((dot4I8Packed(u0_q0_0_0, t9_0) + dot4I8Packed(u0_q0_0_1, t9_1)) + dot4I8Packed(u0_q0_0_2, t9_2)) + dot4I8Packed(u0_q0_0_3, t9_3)))) + (u0_m0_0 * f32((((dot4I8Packed(t9_0, 0x1010101u) + dot4I8Packed(t9_1, 0x1010101u)) + dot4I8Packed(t9_2, 0x1010101u)) + dot4I8Packed(t9_3, 0x1010101u))))) + ((u0_s0_1 * f32((((dot4I8Packed(u0_q0_1_0, t9_4) + dot4I8Packed(u0_q0_1_1, t9_5)) + dot4I8Packed(u0_q0_1_2, t9_6)) + dot4I8Packed(u0_q0_1_3, t9_7)))) + (u0_m0_1 * f32((((dot4I8Packed(t9_4, 0x1010101u) + dot4I8Packed(t9_5, 0x1010101u)) + dot4I8Packed(t9_6, 0x1010101u)) + dot4I8Packed(t9_7, 0x1010101u))))))));
    let t10_0 = u0_x7_lo.x;
    let t10_1 = u0_x7_lo.y;
    let t10_2 = u0_x7_lo.z;
    let t10_3 = u0_x7_lo.w;
    let t10_4 = u0_x7_hi.x;
    let t10_5 = u0_x7_hi.y;
    let t10_6 = u0_x7_hi.z;
    let t10_7 = u0_x7_hi.w;
    acc7 = (acc7 + (u0_x7_d * (((u0_s0_0 * f32((((dot4I8Packed(u0_q0_0_0, t10_0) + dot4I8Packed(u0_q0_0_1, t10_1)) + dot4I8Packed(u0_q0_0_2, t10_2)) + dot4I8Packed(u0_q0_0_3, t10_3)))) + (u0_m0_0 * f32((((dot4I8Packed(t10_0, 0x1010101u) + dot4I8Packed(t10_1, 0x1010101u)) + dot4I8Packed(t10_2, 0x1010101u)) + dot4I8Packed(t10_3, 0x1010101u))))) + ((u0_s0_1 * f32((((dot4I8Packed(u0_q0_1_0, t10_4) + dot4I8Packed(u0_q0_1_1, t10_5)) + dot4I8Packed(u0_q0_1_2, t10_6)) + dot4I8Packed(u0_q0_1_3, t10_7)))) + (u0_m0_1 * f32((((dot4I8Packed(t10_4, 0x1010101u) + dot4I8Packed(t10_5, 0x1010101u)) + dot4I8Packed(t10_6, 0x1010101u)) + dot4I8Packed(t10_7, 0x1010101u))))))));
    let u0_b1 = (row_base1 + (u0_blk * 84u));
    let t11_0 = (u0_slice * 2u);
    let t11_1 = ((u0_b1 + ((((t11_0 >> 3u) * 8u) + ((t11_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t11_2 = (((t11_0 >> 1u) & 3u) * 2u);
    let t11_3 = w[((u0_b1 >> 2u) + 20u)];
    let t11_4 = (u0_b1 + t11_0);
    let t11_5 = ((w[(t11_4 >> 2u)] >> ((t11_4 & 3u) * 8u)) & 255u);
    let u0_q1_0_0 = ((w[(t11_1 + 4u)] >> t11_2) & 0x3030303u);
    let u0_q1_0_1 = ((w[(t11_1 + 5u)] >> t11_2) & 0x3030303u);
    let u0_q1_0_2 = ((w[(t11_1 + 6u)] >> t11_2) & 0x3030303u);
    let u0_q1_0_3 = ((w[(t11_1 + 7u)] >> t11_2) & 0x3030303u);
    let u0_s1_0 = (unpack2x16float((t11_3 & 0xffffu)).x * f32(i32((t11_5 & 15u))));
    let u0_m1_0 = (-(unpack2x16float(((t11_3 >> 16u) & 0xffffu)).x * f32(i32((t11_5 >> 4u)))));
    let t12_0 = (u0_slice * 2u);
    let t12_1 = (t12_0 + 1u);
    let t12_2 = ((u0_b1 + ((((t12_1 >> 3u) * 8u) + ((t12_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t12_3 = (((t12_1 >> 1u) & 3u) * 2u);
    let t12_4 = w[((u0_b1 >> 2u) + 20u)];
    let t12_5 = (u0_b1 + t12_0);
    let t12_6 = ((w[(t12_5 >> 2u)] >> (((t12_5 & 3u) * 8u) + 8u)) & 255u);
    let u0_q1_1_0 = ((w[(t12_2 + 4u)] >> t12_3) & 0x3030303u);
    let u0_q1_1_1 = ((w[(t12_2 + 5u)] >> t12_3) & 0x3030303u);
    let u0_q1_1_2 = ((w[(t12_2 + 6u)] >> t12_3) & 0x3030303u);
    let u0_q1_1_3 = ((w[(t12_2 + 7u)] >> t12_3) & 0x3030303u);
    let u0_s1_1 = (unpack2x16float((t12_4 & 0xffffu)).x * f32(i32((t12_6 & 15u))));
    let u0_m1_1 = (-(unpack2x16float(((t12_4 >> 16u) & 0xffffu)).x * f32(i32((t12_6 >> 4u)))));
    let t13_0 = u0_x0_lo.x;
    let t13_1 = u0_x0_lo.y;
    let t13_2 = u0_x0_lo.z;
    let t13_3 = u0_x0_lo.w;
    let t13_4 = u0_x0_hi.x;
    let t13_5 = u0_x0_hi.y;
    let t13_6 = u0_x0_hi.z;
    let t13_7 = u0_x0_hi.w;
    acc8 = (acc8 + (u0_x0_d * (((u0_s1_0 * f32((((dot4I8Packed(u0_q1_0_0, t13_0) + dot4I8Packed(u0_q1_0_1, t13_1)) + dot4I8Packed(u0_q1_0_2, t13_2)) + dot4I8Packed(u0_q1_0_3, t13_3)))) + (u0_m1_0 * f32((((dot4I8Packed(t13_0, 0x1010101u) + dot4I8Packed(t13_1, 0x1010101u)) + dot4I8Packed(t13_2, 0x1010101u)) + dot4I8Packed(t13_3, 0x1010101u))))) + ((u0_s1_1 * f32((((dot4I8Packed(u0_q1_1_0, t13_4) + dot4I8Packed(u0_q1_1_1, t13_5)) + dot4I8Packed(u0_q1_1_2, t13_6)) + dot4I8Packed(u0_q1_1_3, t13_7)))) + (u0_m1_1 * f32((((dot4I8Packed(t13_4, 0x1010101u) + dot4I8Packed(t13_5, 0x1010101u)) + dot4I8Packed(t13_6, 0x1010101u)) + dot4I8Packed(t13_7, 0x1010101u))))))));
    let t14_0 = u0_x1_lo.x;
    let t14_1 = u0_x1_lo.y;
    let t14_2 = u0_x1_lo.z;
    let t14_3 = u0_x1_lo.w;
    let t14_4 = u0_x1_hi.x;
    let t14_5 = u0_x1_hi.y;
    let t14_6 = u0_x1_hi.z;
    let t14_7 = u0_x1_hi.w;
    acc9 = (acc9 + (u0_x1_d * (((u0_s1_0 * f32((((dot4I8Packed(u0_q1_0_0, t14_0) + dot4I8Packed(u0_q1_0_1, t14_1)) + dot4I8Packed(u0_q1_0_2, t14_2)) + dot4I8Packed(u0_q1_0_3, t14_3)))) + (u0_m1_0 * f32((((dot4I8Packed(t14_0, 0x1010101u) + dot4I8Packed(t14_1, 0x1010101u)) + dot4I8Packed(t14_2, 0x1010101u)) + dot4I8Packed(t14_3, 0x1010101u))))) + ((u0_s1_1 * f32((((dot4I8Packed(u0_q1_1_0, t14_4) + dot4I8Packed(u0_q1_1_1, t14_5)) + dot4I8Packed(u0_q1_1_2, t14_6)) + dot4I8Packed(u0_q1_1_3, t14_7)))) + (u0_m1_1 * f32((((dot4I8Packed(t14_4, 0x1010101u) + dot4I8Packed(t14_5, 0x1010101u)) + dot4I8Packed(t14_6, 0x1010101u)) + dot4I8Packed(t14_7, 0x1010101u))))))));
    let t15_0 = u0_x2_lo.x;
    let t15_1 = u0_x2_lo.y;
    let t15_2 = u0_x2_lo.z;
    let t15_3 = u0_x2_lo.w;
    let t15_4 = u0_x2_hi.x;
    let t15_5 = u0_x2_hi.y;
    let t15_6 = u0_x2_hi.z;
    let t15_7 = u0_x2_hi.w;
    acc10 = (acc10 + (u0_x2_d * (((u0_s1_0 * f32((((dot4I8Packed(u0_q1_0_0, t15_0) + dot4I8Packed(u0_q1_0_1, t15_1)) + dot4I8Packed(u0_q1_0_2, t15_2)) + dot4I8Packed(u0_q1_0_3, t15_3)))) + (u0_m1_0 * f32((((dot4I8Packed(t15_0, 0x1010101u) + dot4I8Packed(t15_1, 0x1010101u)) + dot4I8Packed(t15_2, 0x1010101u)) + dot4I8Packed(t15_3, 0x1010101u))))) + ((u0_s1_1 * f32((((dot4I8Packed(u0_q1_1_0, t15_4) + dot4I8Packed(u0_q1_1_1, t15_5)) + dot4I8Packed(u0_q1_1_2, t15_6)) + dot4I8Packed(u0_q1_1_3, t15_7)))) + (u0_m1_1 * f32((((dot4I8Packed(t15_4, 0x1010101u) + dot4I8Packed(t15_5, 0x1010101u)) + dot4I8Packed(t15_6, 0x1010101u)) + dot4I8Packed(t15_7, 0x1010101u))))))));
    let t16_0 = u0_x3_lo.x;
    let t16_1 = u0_x3_lo.y;
    let t16_2 = u0_x3_lo.z;
    let t16_3 = u0_x3_lo.w;
    let t16_4 = u0_x3_hi.x;
    let t16_5 = u0_x3_hi.y;
    let t16_6 = u0_x3_hi.z;
    let t16_7 = u0_x3_hi.w;
    acc11 = (acc11 + (u0_x3_d * (((u0_s1_0 * f32((((dot4I8Packed(u0_q1_0_0, t16_0) + dot4I8Packed(u0_q1_0_1, t16_1)) + dot4I8Packed(u0_q1_0_2, t16_2)) + dot4I8Packed(u0_q1_0_3, t16_3)))) + (u0_m1_0 * f32((((dot4I8Packed(t16_0, 0x1010101u) + dot4I8Packed(t16_1, 0x1010101u)) + dot4I8Packed(t16_2, 0x1010101u)) + dot4I8Packed(t16_3, 0x1010101u))))) + ((u0_s1_1 * f32((((dot4I8Packed(u0_q1_1_0, t16_4) + dot4I8Packed(u0_q1_1_1, t16_5)) + dot4I8Packed(u0_q1_1_2, t16_6)) + dot4I8Packed(u0_q1_1_3, t16_7)))) + (u0_m1_1 * f32((((dot4I8Packed(t16_4, 0x1010101u) + dot4I8Packed(t16_5, 0x1010101u)) + dot4I8Packed(t16_6, 0x1010101u)) + dot4I8Packed(t16_7, 0x1010101u))))))));
    let t17_0 = u0_x4_lo.x;
    let t17_1 = u0_x4_lo.y;
    let t17_2 = u0_x4_lo.z;
    let t17_3 = u0_x4_lo.w;
    let t17_4 = u0_x4_hi.x;
    let t17_5 = u0_x4_hi.y;
    let t17_6 = u0_x4_hi.z;
    let t17_7 = u0_x4_hi.w;
    acc12 = (acc12 + (u0_x4_d * (((u0_s1_0 * f32((((dot4I8Packed(u0_q1_0_0, t17_0) + dot4I8Packed(u0_q1_0_1, t17_1)) + dot4I8Packed(u0_q1_0_2, t17_2)) + dot4I8Packed(u0_q1_0_3, t17_3)))) + (u0_m1_0 * f32((((dot4I8Packed(t17_0, 0x1010101u) + dot4I8Packed(t17_1, 0x1010101u)) + dot4I8Packed(t17_2, 0x1010101u)) + dot4I8Packed(t17_3, 0x1010101u))))) + ((u0_s1_1 * f32((((dot4I8Packed(u0_q1_1_0, t17_4) + dot4I8Packed(u0_q1_1_1, t17_5)) + dot4I8Packed(u0_q1_1_2, t17_6)) + dot4I8Packed(u0_q1_1_3, t17_7)))) + (u0_m1_1 * f32((((dot4I8Packed(t17_4, 0x1010101u) + dot4I8Packed(t17_5, 0x1010101u)) + dot4I8Packed(t17_6, 0x1010101u)) + dot4I8Packed(t17_7, 0x1010101u))))))));
    let t18_0 = u0_x5_lo.x;
    let t18_1 = u0_x5_lo.y;
    let t18_2 = u0_x5_lo.z;
    let t18_3 = u0_x5_lo.w;
    let t18_4 = u0_x5_hi.x;
    let t18_5 = u0_x5_hi.y;
    let t18_6 = u0_x5_hi.z;
    let t18_7 = u0_x5_hi.w;
    acc13 = (acc13 + (u0_x5_d * (((u0_s1_0 * f32((((dot4I8Packed(u0_q1_0_0, t18_0) + dot4I8Packed(u0_q1_0_1, t18_1)) + dot4I8Packed(u0_q1_0_2, t18_2)) + dot4I8Packed(u0_q1_0_3, t18_3)))) + (u0_m1_0 * f32((((dot4I8Packed(t18_0, 0x1010101u) + dot4I8Packed(t18_1, 0x1010101u)) + dot4I8Packed(t18_2, 0x1010101u)) + dot4I8Packed(t18_3, 0x1010101u))))) + ((u0_s1_1 * f32((((dot4I8Packed(u0_q1_1_0, t18_4) + dot4I8Packed(u0_q1_1_1, t18_5)) + dot4I8Packed(u0_q1_1_2, t18_6)) + dot4I8Packed(u0_q1_1_3, t18_7)))) + (u0_m1_1 * f32((((dot4I8Packed(t18_4, 0x1010101u) + dot4I8Packed(t18_5, 0x1010101u)) + dot4I8Packed(t18_6, 0x1010101u)) + dot4I8Packed(t18_7, 0x1010101u))))))));
    let t19_0 = u0_x6_lo.x;
    let t19_1 = u0_x6_lo.y;
    let t19_2 = u0_x6_lo.z;
    let t19_3 = u0_x6_lo.w;
    let t19_4 = u0_x6_hi.x;
    let t19_5 = u0_x6_hi.y;
    let t19_6 = u0_x6_hi.z;
    let t19_7 = u0_x6_hi.w;
    acc14 = (acc14 + (u0_x6_d * (((u0_s1_0 * f32((((dot4I8Packed(u0_q1_0_0, t19_0) + dot4I8Packed(u0_q1_0_1, t19_1)) + dot4I8Packed(u0_q1_0_2, t19_2)) + dot4I8Packed(u0_q1_0_3, t19_3)))) + (u0_m1_0 * f32((((dot4I8Packed(t19_0, 0x1010101u) + dot4I8Packed(t19_1, 0x1010101u)) + dot4I8Packed(t19_2, 0x1010101u)) + dot4I8Packed(t19_3, 0x1010101u))))) + ((u0_s1_1 * f32((((dot4I8Packed(u0_q1_1_0, t19_4) + dot4I8Packed(u0_q1_1_1, t19_5)) + dot4I8Packed(u0_q1_1_2, t19_6)) + dot4I8Packed(u0_q1_1_3, t19_7)))) + (u0_m1_1 * f32((((dot4I8Packed(t19_4, 0x1010101u) + dot4I8Packed(t19_5, 0x1010101u)) + dot4I8Packed(t19_6, 0x1010101u)) + dot4I8Packed(t19_7, 0x1010101u))))))));
    let t20_0 = u0_x7_lo.x;
    let t20_1 = u0_x7_lo.y;
    let t20_2 = u0_x7_lo.z;
    let t20_3 = u0_x7_lo.w;
    let t20_4 = u0_x7_hi.x;
    let t20_5 = u0_x7_hi.y;
    let t20_6 = u0_x7_hi.z;
    let t20_7 = u0_x7_hi.w;
    acc15 = (acc15 + (u0_x7_d * (((u0_s1_0 * f32((((dot4I8Packed(u0_q1_0_0, t20_0) + dot4I8Packed(u0_q1_0_1, t20_1)) + dot4I8Packed(u0_q1_0_2, t20_2)) + dot4I8Packed(u0_q1_0_3, t20_3)))) + (u0_m1_0 * f32((((dot4I8Packed(t20_0, 0x1010101u) + dot4I8Packed(t20_1, 0x1010101u)) + dot4I8Packed(t20_2, 0x1010101u)) + dot4I8Packed(t20_3, 0x1010101u))))) + ((u0_s1_1 * f32((((dot4I8Packed(u0_q1_1_0, t20_4) + dot4I8Packed(u0_q1_1_1, t20_5)) + dot4I8Packed(u0_q1_1_2, t20_6)) + dot4I8Packed(u0_q1_1_3, t20_7)))) + (u0_m1_1 * f32((((dot4I8Packed(t20_4, 0x1010101u) + dot4I8Packed(t20_5, 0x1010101u)) + dot4I8Packed(t20_6, 0x1010101u)) + dot4I8Packed(t20_7, 0x1010101u))))))));
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
    let u1_b0 = (row_base0 + (u1_blk * 84u));
    let t21_0 = (u1_slice * 2u);
    let t21_1 = ((u1_b0 + ((((t21_0 >> 3u) * 8u) + ((t21_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t21_2 = (((t21_0 >> 1u) & 3u) * 2u);
    let t21_3 = w[((u1_b0 >> 2u) + 20u)];
    let t21_4 = (u1_b0 + t21_0);
    let t21_5 = ((w[(t21_4 >> 2u)] >> ((t21_4 & 3u) * 8u)) & 255u);
    let u1_q0_0_0 = ((w[(t21_1 + 4u)] >> t21_2) & 0x3030303u);
    let u1_q0_0_1 = ((w[(t21_1 + 5u)] >> t21_2) & 0x3030303u);
    let u1_q0_0_2 = ((w[(t21_1 + 6u)] >> t21_2) & 0x3030303u);
    let u1_q0_0_3 = ((w[(t21_1 + 7u)] >> t21_2) & 0x3030303u);
    let u1_s0_0 = (unpack2x16float((t21_3 & 0xffffu)).x * f32(i32((t21_5 & 15u))));
    let u1_m0_0 = (-(unpack2x16float(((t21_3 >> 16u) & 0xffffu)).x * f32(i32((t21_5 >> 4u)))));
    let t22_0 = (u1_slice * 2u);
    let t22_1 = (t22_0 + 1u);
    let t22_2 = ((u1_b0 + ((((t22_1 >> 3u) * 8u) + ((t22_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t22_3 = (((t22_1 >> 1u) & 3u) * 2u);
    let t22_4 = w[((u1_b0 >> 2u) + 20u)];
    let t22_5 = (u1_b0 + t22_0);
    let t22_6 = ((w[(t22_5 >> 2u)] >> (((t22_5 & 3u) * 8u) + 8u)) & 255u);
    let u1_q0_1_0 = ((w[(t22_2 + 4u)] >> t22_3) & 0x3030303u);
    let u1_q0_1_1 = ((w[(t22_2 + 5u)] >> t22_3) & 0x3030303u);
    let u1_q0_1_2 = ((w[(t22_2 + 6u)] >> t22_3) & 0x3030303u);
    let u1_q0_1_3 = ((w[(t22_2 + 7u)] >> t22_3) & 0x3030303u);
    let u1_s0_1 = (unpack2x16float((t22_4 & 0xffffu)).x * f32(i32((t22_6 & 15u))));
    let u1_m0_1 = (-(unpack2x16float(((t22_4 >> 16u) & 0xffffu)).x * f32(i32((t22_6 >> 4u)))));
    let t23_0 = u1_x0_lo.x;
    let t23_1 = u1_x0_lo.y;
    let t23_2 = u1_x0_lo.z;
    let t23_3 = u1_x0_lo.w;
    let t23_4 = u1_x0_hi.x;
    let t23_5 = u1_x0_hi.y;
    let t23_6 = u1_x0_hi.z;
    let t23_7 = u1_x0_hi.w;
    acc0 = (acc0 + (u1_x0_d * (((u1_s0_0 * f32((((dot4I8Packed(u1_q0_0_0, t23_0) + dot4I8Packed(u1_q0_0_1, t23_1)) + dot4I8Packed(u1_q0_0_2, t23_2)) + dot4I8Packed(u1_q0_0_3, t23_3)))) + (u1_m0_0 * f32((((dot4I8Packed(t23_0, 0x1010101u) + dot4I8Packed(t23_1, 0x1010101u)) + dot4I8Packed(t23_2, 0x1010101u)) + dot4I8Packed(t23_3, 0x1010101u))))) + ((u1_s0_1 * f32((((dot4I8Packed(u1_q0_1_0, t23_4) + dot4I8Packed(u1_q0_1_1, t23_5)) + dot4I8Packed(u1_q0_1_2, t23_6)) + dot4I8Packed(u1_q0_1_3, t23_7)))) + (u1_m0_1 * f32((((dot4I8Packed(t23_4, 0x1010101u) + dot4I8Packed(t23_5, 0x1010101u)) + dot4I8Packed(t23_6, 0x1010101u)) + dot4I8Packed(t23_7, 0x1010101u))))))));
    let t24_0 = u1_x1_lo.x;
    let t24_1 = u1_x1_lo.y;
    let t24_2 = u1_x1_lo.z;
    let t24_3 = u1_x1_lo.w;
    let t24_4 = u1_x1_hi.x;
    let t24_5 = u1_x1_hi.y;
    let t24_6 = u1_x1_hi.z;
    let t24_7 = u1_x1_hi.w;
    acc1 = (acc1 + (u1_x1_d * (((u1_s0_0 * f32((((dot4I8Packed(u1_q0_0_0, t24_0) + dot4I8Packed(u1_q0_0_1, t24_1)) + dot4I8Packed(u1_q0_0_2, t24_2)) + dot4I8Packed(u1_q0_0_3, t24_3)))) + (u1_m0_0 * f32((((dot4I8Packed(t24_0, 0x1010101u) + dot4I8Packed(t24_1, 0x1010101u)) + dot4I8Packed(t24_2, 0x1010101u)) + dot4I8Packed(t24_3, 0x1010101u))))) + ((u1_s0_1 * f32((((dot4I8Packed(u1_q0_1_0, t24_4) + dot4I8Packed(u1_q0_1_1, t24_5)) + dot4I8Packed(u1_q0_1_2, t24_6)) + dot4I8Packed(u1_q0_1_3, t24_7)))) + (u1_m0_1 * f32((((dot4I8Packed(t24_4, 0x1010101u) + dot4I8Packed(t24_5, 0x1010101u)) + dot4I8Packed(t24_6, 0x1010101u)) + dot4I8Packed(t24_7, 0x1010101u))))))));
    let t25_0 = u1_x2_lo.x;
    let t25_1 = u1_x2_lo.y;
    let t25_2 = u1_x2_lo.z;
    let t25_3 = u1_x2_lo.w;
    let t25_4 = u1_x2_hi.x;
    let t25_5 = u1_x2_hi.y;
    let t25_6 = u1_x2_hi.z;
    let t25_7 = u1_x2_hi.w;
    acc2 = (acc2 + (u1_x2_d * (((u1_s0_0 * f32((((dot4I8Packed(u1_q0_0_0, t25_0) + dot4I8Packed(u1_q0_0_1, t25_1)) + dot4I8Packed(u1_q0_0_2, t25_2)) + dot4I8Packed(u1_q0_0_3, t25_3)))) + (u1_m0_0 * f32((((dot4I8Packed(t25_0, 0x1010101u) + dot4I8Packed(t25_1, 0x1010101u)) + dot4I8Packed(t25_2, 0x1010101u)) + dot4I8Packed(t25_3, 0x1010101u))))) + ((u1_s0_1 * f32((((dot4I8Packed(u1_q0_1_0, t25_4) + dot4I8Packed(u1_q0_1_1, t25_5)) + dot4I8Packed(u1_q0_1_2, t25_6)) + dot4I8Packed(u1_q0_1_3, t25_7)))) + (u1_m0_1 * f32((((dot4I8Packed(t25_4, 0x1010101u) + dot4I8Packed(t25_5, 0x1010101u)) + dot4I8Packed(t25_6, 0x1010101u)) + dot4I8Packed(t25_7, 0x1010101u))))))));
    let t26_0 = u1_x3_lo.x;
    let t26_1 = u1_x3_lo.y;
    let t26_2 = u1_x3_lo.z;
    let t26_3 = u1_x3_lo.w;
    let t26_4 = u1_x3_hi.x;
    let t26_5 = u1_x3_hi.y;
    let t26_6 = u1_x3_hi.z;
    let t26_7 = u1_x3_hi.w;
    acc3 = (acc3 + (u1_x3_d * (((u1_s0_0 * f32((((dot4I8Packed(u1_q0_0_0, t26_0) + dot4I8Packed(u1_q0_0_1, t26_1)) + dot4I8Packed(u1_q0_0_2, t26_2)) + dot4I8Packed(u1_q0_0_3, t26_3)))) + (u1_m0_0 * f32((((dot4I8Packed(t26_0, 0x1010101u) + dot4I8Packed(t26_1, 0x1010101u)) + dot4I8Packed(t26_2, 0x1010101u)) + dot4I8Packed(t26_3, 0x1010101u))))) + ((u1_s0_1 * f32((((dot4I8Packed(u1_q0_1_0, t26_4) + dot4I8Packed(u1_q0_1_1, t26_5)) + dot4I8Packed(u1_q0_1_2, t26_6)) + dot4I8Packed(u1_q0_1_3, t26_7)))) + (u1_m0_1 * f32((((dot4I8Packed(t26_4, 0x1010101u) + dot4I8Packed(t26_5, 0x1010101u)) + dot4I8Packed(t26_6, 0x1010101u)) + dot4I8Packed(t26_7, 0x1010101u))))))));
    let t27_0 = u1_x4_lo.x;
    let t27_1 = u1_x4_lo.y;
    let t27_2 = u1_x4_lo.z;
    let t27_3 = u1_x4_lo.w;
    let t27_4 = u1_x4_hi.x;
    let t27_5 = u1_x4_hi.y;
    let t27_6 = u1_x4_hi.z;
    let t27_7 = u1_x4_hi.w;
    acc4 = (acc4 + (u1_x4_d * (((u1_s0_0 * f32((((dot4I8Packed(u1_q0_0_0, t27_0) + dot4I8Packed(u1_q0_0_1, t27_1)) + dot4I8Packed(u1_q0_0_2, t27_2)) + dot4I8Packed(u1_q0_0_3, t27_3)))) + (u1_m0_0 * f32((((dot4I8Packed(t27_0, 0x1010101u) + dot4I8Packed(t27_1, 0x1010101u)) + dot4I8Packed(t27_2, 0x1010101u)) + dot4I8Packed(t27_3, 0x1010101u))))) + ((u1_s0_1 * f32((((dot4I8Packed(u1_q0_1_0, t27_4) + dot4I8Packed(u1_q0_1_1, t27_5)) + dot4I8Packed(u1_q0_1_2, t27_6)) + dot4I8Packed(u1_q0_1_3, t27_7)))) + (u1_m0_1 * f32((((dot4I8Packed(t27_4, 0x1010101u) + dot4I8Packed(t27_5, 0x1010101u)) + dot4I8Packed(t27_6, 0x1010101u)) + dot4I8Packed(t27_7, 0x1010101u))))))));
    let t28_0 = u1_x5_lo.x;
    let t28_1 = u1_x5_lo.y;
    let t28_2 = u1_x5_lo.z;
    let t28_3 = u1_x5_lo.w;
    let t28_4 = u1_x5_hi.x;
    let t28_5 = u1_x5_hi.y;
    let t28_6 = u1_x5_hi.z;
    let t28_7 = u1_x5_hi.w;
    acc5 = (acc5 + (u1_x5_d * (((u1_s0_0 * f32((((dot4I8Packed(u1_q0_0_0, t28_0) + dot4I8Packed(u1_q0_0_1, t28_1)) + dot4I8Packed(u1_q0_0_2, t28_2)) + dot4I8Packed(u1_q0_0_3, t28_3)))) + (u1_m0_0 * f32((((dot4I8Packed(t28_0, 0x1010101u) + dot4I8Packed(t28_1, 0x1010101u)) + dot4I8Packed(t28_2, 0x1010101u)) + dot4I8Packed(t28_3, 0x1010101u))))) + ((u1_s0_1 * f32((((dot4I8Packed(u1_q0_1_0, t28_4) + dot4I8Packed(u1_q0_1_1, t28_5)) + dot4I8Packed(u1_q0_1_2, t28_6)) + dot4I8Packed(u1_q0_1_3, t28_7)))) + (u1_m0_1 * f32((((dot4I8Packed(t28_4, 0x1010101u) + dot4I8Packed(t28_5, 0x1010101u)) + dot4I8Packed(t28_6, 0x1010101u)) + dot4I8Packed(t28_7, 0x1010101u))))))));
    let t29_0 = u1_x6_lo.x;
    let t29_1 = u1_x6_lo.y;
    let t29_2 = u1_x6_lo.z;
    let t29_3 = u1_x6_lo.w;
    let t29_4 = u1_x6_hi.x;
    let t29_5 = u1_x6_hi.y;
    let t29_6 = u1_x6_hi.z;
    let t29_7 = u1_x6_hi.w;
    acc6 = (acc6 + (u1_x6_d * (((u1_s0_0 * f32((((dot4I8Packed(u1_q0_0_0, t29_0) + dot4I8Packed(u1_q0_0_1, t29_1)) + dot4I8Packed(u1_q0_0_2, t29_2)) + dot4I8Packed(u1_q0_0_3, t29_3)))) + (u1_m0_0 * f32((((dot4I8Packed(t29_0, 0x1010101u) + dot4I8Packed(t29_1, 0x1010101u)) + dot4I8Packed(t29_2, 0x1010101u)) + dot4I8Packed(t29_3, 0x1010101u))))) + ((u1_s0_1 * f32((((dot4I8Packed(u1_q0_1_0, t29_4) + dot4I8Packed(u1_q0_1_1, t29_5)) + dot4I8Packed(u1_q0_1_2, t29_6)) + dot4I8Packed(u1_q0_1_3, t29_7)))) + (u1_m0_1 * f32((((dot4I8Packed(t29_4, 0x1010101u) + dot4I8Packed(t29_5, 0x1010101u)) + dot4I8Packed(t29_6, 0x1010101u)) + dot4I8Packed(t29_7, 0x1010101u))))))));
    let t30_0 = u1_x7_lo.x;
    let t30_1 = u1_x7_lo.y;
    let t30_2 = u1_x7_lo.z;
    let t30_3 = u1_x7_lo.w;
    let t30_4 = u1_x7_hi.x;
    let t30_5 = u1_x7_hi.y;
    let t30_6 = u1_x7_hi.z;
    let t30_7 = u1_x7_hi.w;
    acc7 = (acc7 + (u1_x7_d * (((u1_s0_0 * f32((((dot4I8Packed(u1_q0_0_0, t30_0) + dot4I8Packed(u1_q0_0_1, t30_1)) + dot4I8Packed(u1_q0_0_2, t30_2)) + dot4I8Packed(u1_q0_0_3, t30_3)))) + (u1_m0_0 * f32((((dot4I8Packed(t30_0, 0x1010101u) + dot4I8Packed(t30_1, 0x1010101u)) + dot4I8Packed(t30_2, 0x1010101u)) + dot4I8Packed(t30_3, 0x1010101u))))) + ((u1_s0_1 * f32((((dot4I8Packed(u1_q0_1_0, t30_4) + dot4I8Packed(u1_q0_1_1, t30_5)) + dot4I8Packed(u1_q0_1_2, t30_6)) + dot4I8Packed(u1_q0_1_3, t30_7)))) + (u1_m0_1 * f32((((dot4I8Packed(t30_4, 0x1010101u) + dot4I8Packed(t30_5, 0x1010101u)) + dot4I8Packed(t30_6, 0x1010101u)) + dot4I8Packed(t30_7, 0x1010101u))))))));
    let u1_b1 = (row_base1 + (u1_blk * 84u));
    let t31_0 = (u1_slice * 2u);
    let t31_1 = ((u1_b1 + ((((t31_0 >> 3u) * 8u) + ((t31_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t31_2 = (((t31_0 >> 1u) & 3u) * 2u);
    let t31_3 = w[((u1_b1 >> 2u) + 20u)];
    let t31_4 = (u1_b1 + t31_0);
    let t31_5 = ((w[(t31_4 >> 2u)] >> ((t31_4 & 3u) * 8u)) & 255u);
    let u1_q1_0_0 = ((w[(t31_1 + 4u)] >> t31_2) & 0x3030303u);
    let u1_q1_0_1 = ((w[(t31_1 + 5u)] >> t31_2) & 0x3030303u);
    let u1_q1_0_2 = ((w[(t31_1 + 6u)] >> t31_2) & 0x3030303u);
    let u1_q1_0_3 = ((w[(t31_1 + 7u)] >> t31_2) & 0x3030303u);
    let u1_s1_0 = (unpack2x16float((t31_3 & 0xffffu)).x * f32(i32((t31_5 & 15u))));
    let u1_m1_0 = (-(unpack2x16float(((t31_3 >> 16u) & 0xffffu)).x * f32(i32((t31_5 >> 4u)))));
    let t32_0 = (u1_slice * 2u);
    let t32_1 = (t32_0 + 1u);
    let t32_2 = ((u1_b1 + ((((t32_1 >> 3u) * 8u) + ((t32_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t32_3 = (((t32_1 >> 1u) & 3u) * 2u);
    let t32_4 = w[((u1_b1 >> 2u) + 20u)];
    let t32_5 = (u1_b1 + t32_0);
    let t32_6 = ((w[(t32_5 >> 2u)] >> (((t32_5 & 3u) * 8u) + 8u)) & 255u);
    let u1_q1_1_0 = ((w[(t32_2 + 4u)] >> t32_3) & 0x3030303u);
    let u1_q1_1_1 = ((w[(t32_2 + 5u)] >> t32_3) & 0x3030303u);
    let u1_q1_1_2 = ((w[(t32_2 + 6u)] >> t32_3) & 0x3030303u);
    let u1_q1_1_3 = ((w[(t32_2 + 7u)] >> t32_3) & 0x3030303u);
    let u1_s1_1 = (unpack2x16float((t32_4 & 0xffffu)).x * f32(i32((t32_6 & 15u))));
    let u1_m1_1 = (-(unpack2x16float(((t32_4 >> 16u) & 0xffffu)).x * f32(i32((t32_6 >> 4u)))));
    let t33_0 = u1_x0_lo.x;
    let t33_1 = u1_x0_lo.y;
    let t33_2 = u1_x0_lo.z;
    let t33_3 = u1_x0_lo.w;
    let t33_4 = u1_x0_hi.x;
    let t33_5 = u1_x0_hi.y;
    let t33_6 = u1_x0_hi.z;
    let t33_7 = u1_x0_hi.w;
    acc8 = (acc8 + (u1_x0_d * (((u1_s1_0 * f32((((dot4I8Packed(u1_q1_0_0, t33_0) + dot4I8Packed(u1_q1_0_1, t33_1)) + dot4I8Packed(u1_q1_0_2, t33_2)) + dot4I8Packed(u1_q1_0_3, t33_3)))) + (u1_m1_0 * f32((((dot4I8Packed(t33_0, 0x1010101u) + dot4I8Packed(t33_1, 0x1010101u)) + dot4I8Packed(t33_2, 0x1010101u)) + dot4I8Packed(t33_3, 0x1010101u))))) + ((u1_s1_1 * f32((((dot4I8Packed(u1_q1_1_0, t33_4) + dot4I8Packed(u1_q1_1_1, t33_5)) + dot4I8Packed(u1_q1_1_2, t33_6)) + dot4I8Packed(u1_q1_1_3, t33_7)))) + (u1_m1_1 * f32((((dot4I8Packed(t33_4, 0x1010101u) + dot4I8Packed(t33_5, 0x1010101u)) + dot4I8Packed(t33_6, 0x1010101u)) + dot4I8Packed(t33_7, 0x1010101u))))))));
    let t34_0 = u1_x1_lo.x;
    let t34_1 = u1_x1_lo.y;
    let t34_2 = u1_x1_lo.z;
    let t34_3 = u1_x1_lo.w;
    let t34_4 = u1_x1_hi.x;
    let t34_5 = u1_x1_hi.y;
    let t34_6 = u1_x1_hi.z;
    let t34_7 = u1_x1_hi.w;
    acc9 = (acc9 + (u1_x1_d * (((u1_s1_0 * f32((((dot4I8Packed(u1_q1_0_0, t34_0) + dot4I8Packed(u1_q1_0_1, t34_1)) + dot4I8Packed(u1_q1_0_2, t34_2)) + dot4I8Packed(u1_q1_0_3, t34_3)))) + (u1_m1_0 * f32((((dot4I8Packed(t34_0, 0x1010101u) + dot4I8Packed(t34_1, 0x1010101u)) + dot4I8Packed(t34_2, 0x1010101u)) + dot4I8Packed(t34_3, 0x1010101u))))) + ((u1_s1_1 * f32((((dot4I8Packed(u1_q1_1_0, t34_4) + dot4I8Packed(u1_q1_1_1, t34_5)) + dot4I8Packed(u1_q1_1_2, t34_6)) + dot4I8Packed(u1_q1_1_3, t34_7)))) + (u1_m1_1 * f32((((dot4I8Packed(t34_4, 0x1010101u) + dot4I8Packed(t34_5, 0x1010101u)) + dot4I8Packed(t34_6, 0x1010101u)) + dot4I8Packed(t34_7, 0x1010101u))))))));
    let t35_0 = u1_x2_lo.x;
    let t35_1 = u1_x2_lo.y;
    let t35_2 = u1_x2_lo.z;
    let t35_3 = u1_x2_lo.w;
    let t35_4 = u1_x2_hi.x;
    let t35_5 = u1_x2_hi.y;
    let t35_6 = u1_x2_hi.z;
    let t35_7 = u1_x2_hi.w;
    acc10 = (acc10 + (u1_x2_d * (((u1_s1_0 * f32((((dot4I8Packed(u1_q1_0_0, t35_0) + dot4I8Packed(u1_q1_0_1, t35_1)) + dot4I8Packed(u1_q1_0_2, t35_2)) + dot4I8Packed(u1_q1_0_3, t35_3)))) + (u1_m1_0 * f32((((dot4I8Packed(t35_0, 0x1010101u) + dot4I8Packed(t35_1, 0x1010101u)) + dot4I8Packed(t35_2, 0x1010101u)) + dot4I8Packed(t35_3, 0x1010101u))))) + ((u1_s1_1 * f32((((dot4I8Packed(u1_q1_1_0, t35_4) + dot4I8Packed(u1_q1_1_1, t35_5)) + dot4I8Packed(u1_q1_1_2, t35_6)) + dot4I8Packed(u1_q1_1_3, t35_7)))) + (u1_m1_1 * f32((((dot4I8Packed(t35_4, 0x1010101u) + dot4I8Packed(t35_5, 0x1010101u)) + dot4I8Packed(t35_6, 0x1010101u)) + dot4I8Packed(t35_7, 0x1010101u))))))));
    let t36_0 = u1_x3_lo.x;
    let t36_1 = u1_x3_lo.y;
    let t36_2 = u1_x3_lo.z;
    let t36_3 = u1_x3_lo.w;
    let t36_4 = u1_x3_hi.x;
    let t36_5 = u1_x3_hi.y;
    let t36_6 = u1_x3_hi.z;
    let t36_7 = u1_x3_hi.w;
    acc11 = (acc11 + (u1_x3_d * (((u1_s1_0 * f32((((dot4I8Packed(u1_q1_0_0, t36_0) + dot4I8Packed(u1_q1_0_1, t36_1)) + dot4I8Packed(u1_q1_0_2, t36_2)) + dot4I8Packed(u1_q1_0_3, t36_3)))) + (u1_m1_0 * f32((((dot4I8Packed(t36_0, 0x1010101u) + dot4I8Packed(t36_1, 0x1010101u)) + dot4I8Packed(t36_2, 0x1010101u)) + dot4I8Packed(t36_3, 0x1010101u))))) + ((u1_s1_1 * f32((((dot4I8Packed(u1_q1_1_0, t36_4) + dot4I8Packed(u1_q1_1_1, t36_5)) + dot4I8Packed(u1_q1_1_2, t36_6)) + dot4I8Packed(u1_q1_1_3, t36_7)))) + (u1_m1_1 * f32((((dot4I8Packed(t36_4, 0x1010101u) + dot4I8Packed(t36_5, 0x1010101u)) + dot4I8Packed(t36_6, 0x1010101u)) + dot4I8Packed(t36_7, 0x1010101u))))))));
    let t37_0 = u1_x4_lo.x;
    let t37_1 = u1_x4_lo.y;
    let t37_2 = u1_x4_lo.z;
    let t37_3 = u1_x4_lo.w;
    let t37_4 = u1_x4_hi.x;
    let t37_5 = u1_x4_hi.y;
    let t37_6 = u1_x4_hi.z;
    let t37_7 = u1_x4_hi.w;
    acc12 = (acc12 + (u1_x4_d * (((u1_s1_0 * f32((((dot4I8Packed(u1_q1_0_0, t37_0) + dot4I8Packed(u1_q1_0_1, t37_1)) + dot4I8Packed(u1_q1_0_2, t37_2)) + dot4I8Packed(u1_q1_0_3, t37_3)))) + (u1_m1_0 * f32((((dot4I8Packed(t37_0, 0x1010101u) + dot4I8Packed(t37_1, 0x1010101u)) + dot4I8Packed(t37_2, 0x1010101u)) + dot4I8Packed(t37_3, 0x1010101u))))) + ((u1_s1_1 * f32((((dot4I8Packed(u1_q1_1_0, t37_4) + dot4I8Packed(u1_q1_1_1, t37_5)) + dot4I8Packed(u1_q1_1_2, t37_6)) + dot4I8Packed(u1_q1_1_3, t37_7)))) + (u1_m1_1 * f32((((dot4I8Packed(t37_4, 0x1010101u) + dot4I8Packed(t37_5, 0x1010101u)) + dot4I8Packed(t37_6, 0x1010101u)) + dot4I8Packed(t37_7, 0x1010101u))))))));
    let t38_0 = u1_x5_lo.x;
    let t38_1 = u1_x5_lo.y;
    let t38_2 = u1_x5_lo.z;
    let t38_3 = u1_x5_lo.w;
    let t38_4 = u1_x5_hi.x;
    let t38_5 = u1_x5_hi.y;
    let t38_6 = u1_x5_hi.z;
    let t38_7 = u1_x5_hi.w;
    acc13 = (acc13 + (u1_x5_d * (((u1_s1_0 * f32((((dot4I8Packed(u1_q1_0_0, t38_0) + dot4I8Packed(u1_q1_0_1, t38_1)) + dot4I8Packed(u1_q1_0_2, t38_2)) + dot4I8Packed(u1_q1_0_3, t38_3)))) + (u1_m1_0 * f32((((dot4I8Packed(t38_0, 0x1010101u) + dot4I8Packed(t38_1, 0x1010101u)) + dot4I8Packed(t38_2, 0x1010101u)) + dot4I8Packed(t38_3, 0x1010101u))))) + ((u1_s1_1 * f32((((dot4I8Packed(u1_q1_1_0, t38_4) + dot4I8Packed(u1_q1_1_1, t38_5)) + dot4I8Packed(u1_q1_1_2, t38_6)) + dot4I8Packed(u1_q1_1_3, t38_7)))) + (u1_m1_1 * f32((((dot4I8Packed(t38_4, 0x1010101u) + dot4I8Packed(t38_5, 0x1010101u)) + dot4I8Packed(t38_6, 0x1010101u)) + dot4I8Packed(t38_7, 0x1010101u))))))));
    let t39_0 = u1_x6_lo.x;
    let t39_1 = u1_x6_lo.y;
    let t39_2 = u1_x6_lo.z;
    let t39_3 = u1_x6_lo.w;
    let t39_4 = u1_x6_hi.x;
    let t39_5 = u1_x6_hi.y;
    let t39_6 = u1_x6_hi.z;
    let t39_7 = u1_x6_hi.w;
    acc14 = (acc14 + (u1_x6_d * (((u1_s1_0 * f32((((dot4I8Packed(u1_q1_0_0, t39_0) + dot4I8Packed(u1_q1_0_1, t39_1)) + dot4I8Packed(u1_q1_0_2, t39_2)) + dot4I8Packed(u1_q1_0_3, t39_3)))) + (u1_m1_0 * f32((((dot4I8Packed(t39_0, 0x1010101u) + dot4I8Packed(t39_1, 0x1010101u)) + dot4I8Packed(t39_2, 0x1010101u)) + dot4I8Packed(t39_3, 0x1010101u))))) + ((u1_s1_1 * f32((((dot4I8Packed(u1_q1_1_0, t39_4) + dot4I8Packed(u1_q1_1_1, t39_5)) + dot4I8Packed(u1_q1_1_2, t39_6)) + dot4I8Packed(u1_q1_1_3, t39_7)))) + (u1_m1_1 * f32((((dot4I8Packed(t39_4, 0x1010101u) + dot4I8Packed(t39_5, 0x1010101u)) + dot4I8Packed(t39_6, 0x1010101u)) + dot4I8Packed(t39_7, 0x1010101u))))))));
    let t40_0 = u1_x7_lo.x;
    let t40_1 = u1_x7_lo.y;
    let t40_2 = u1_x7_lo.z;
    let t40_3 = u1_x7_lo.w;
    let t40_4 = u1_x7_hi.x;
    let t40_5 = u1_x7_hi.y;
    let t40_6 = u1_x7_hi.z;
    let t40_7 = u1_x7_hi.w;
    acc15 = (acc15 + (u1_x7_d * (((u1_s1_0 * f32((((dot4I8Packed(u1_q1_0_0, t40_0) + dot4I8Packed(u1_q1_0_1, t40_1)) + dot4I8Packed(u1_q1_0_2, t40_2)) + dot4I8Packed(u1_q1_0_3, t40_3)))) + (u1_m1_0 * f32((((dot4I8Packed(t40_0, 0x1010101u) + dot4I8Packed(t40_1, 0x1010101u)) + dot4I8Packed(t40_2, 0x1010101u)) + dot4I8Packed(t40_3, 0x1010101u))))) + ((u1_s1_1 * f32((((dot4I8Packed(u1_q1_1_0, t40_4) + dot4I8Packed(u1_q1_1_1, t40_5)) + dot4I8Packed(u1_q1_1_2, t40_6)) + dot4I8Packed(u1_q1_1_3, t40_7)))) + (u1_m1_1 * f32((((dot4I8Packed(t40_4, 0x1010101u) + dot4I8Packed(t40_5, 0x1010101u)) + dot4I8Packed(t40_6, 0x1010101u)) + dot4I8Packed(t40_7, 0x1010101u))))))));
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
    let b0 = (row_base0 + (blk * 84u));
    let t41_0 = (slice * 2u);
    let t41_1 = ((b0 + ((((t41_0 >> 3u) * 8u) + ((t41_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t41_2 = (((t41_0 >> 1u) & 3u) * 2u);
    let t41_3 = w[((b0 >> 2u) + 20u)];
    let t41_4 = (b0 + t41_0);
    let t41_5 = ((w[(t41_4 >> 2u)] >> ((t41_4 & 3u) * 8u)) & 255u);
    let q0_0_0 = ((w[(t41_1 + 4u)] >> t41_2) & 0x3030303u);
    let q0_0_1 = ((w[(t41_1 + 5u)] >> t41_2) & 0x3030303u);
    let q0_0_2 = ((w[(t41_1 + 6u)] >> t41_2) & 0x3030303u);
    let q0_0_3 = ((w[(t41_1 + 7u)] >> t41_2) & 0x3030303u);
    let s0_0 = (unpack2x16float((t41_3 & 0xffffu)).x * f32(i32((t41_5 & 15u))));
    let m0_0 = (-(unpack2x16float(((t41_3 >> 16u) & 0xffffu)).x * f32(i32((t41_5 >> 4u)))));
    let t42_0 = (slice * 2u);
    let t42_1 = (t42_0 + 1u);
    let t42_2 = ((b0 + ((((t42_1 >> 3u) * 8u) + ((t42_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t42_3 = (((t42_1 >> 1u) & 3u) * 2u);
    let t42_4 = w[((b0 >> 2u) + 20u)];
    let t42_5 = (b0 + t42_0);
    let t42_6 = ((w[(t42_5 >> 2u)] >> (((t42_5 & 3u) * 8u) + 8u)) & 255u);
    let q0_1_0 = ((w[(t42_2 + 4u)] >> t42_3) & 0x3030303u);
    let q0_1_1 = ((w[(t42_2 + 5u)] >> t42_3) & 0x3030303u);
    let q0_1_2 = ((w[(t42_2 + 6u)] >> t42_3) & 0x3030303u);
    let q0_1_3 = ((w[(t42_2 + 7u)] >> t42_3) & 0x3030303u);
    let s0_1 = (unpack2x16float((t42_4 & 0xffffu)).x * f32(i32((t42_6 & 15u))));
    let m0_1 = (-(unpack2x16float(((t42_4 >> 16u) & 0xffffu)).x * f32(i32((t42_6 >> 4u)))));
    let t43_0 = x0_lo.x;
    let t43_1 = x0_lo.y;
    let t43_2 = x0_lo.z;
    let t43_3 = x0_lo.w;
    let t43_4 = x0_hi.x;
    let t43_5 = x0_hi.y;
    let t43_6 = x0_hi.z;
    let t43_7 = x0_hi.w;
    acc0 = (acc0 + (x0_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t43_0) + dot4I8Packed(q0_0_1, t43_1)) + dot4I8Packed(q0_0_2, t43_2)) + dot4I8Packed(q0_0_3, t43_3)))) + (m0_0 * f32((((dot4I8Packed(t43_0, 0x1010101u) + dot4I8Packed(t43_1, 0x1010101u)) + dot4I8Packed(t43_2, 0x1010101u)) + dot4I8Packed(t43_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t43_4) + dot4I8Packed(q0_1_1, t43_5)) + dot4I8Packed(q0_1_2, t43_6)) + dot4I8Packed(q0_1_3, t43_7)))) + (m0_1 * f32((((dot4I8Packed(t43_4, 0x1010101u) + dot4I8Packed(t43_5, 0x1010101u)) + dot4I8Packed(t43_6, 0x1010101u)) + dot4I8Packed(t43_7, 0x1010101u))))))));
    let t44_0 = x1_lo.x;
    let t44_1 = x1_lo.y;
    let t44_2 = x1_lo.z;
    let t44_3 = x1_lo.w;
    let t44_4 = x1_hi.x;
    let t44_5 = x1_hi.y;
    let t44_6 = x1_hi.z;
    let t44_7 = x1_hi.w;
    acc1 = (acc1 + (x1_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t44_0) + dot4I8Packed(q0_0_1, t44_1)) + dot4I8Packed(q0_0_2, t44_2)) + dot4I8Packed(q0_0_3, t44_3)))) + (m0_0 * f32((((dot4I8Packed(t44_0, 0x1010101u) + dot4I8Packed(t44_1, 0x1010101u)) + dot4I8Packed(t44_2, 0x1010101u)) + dot4I8Packed(t44_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t44_4) + dot4I8Packed(q0_1_1, t44_5)) + dot4I8Packed(q0_1_2, t44_6)) + dot4I8Packed(q0_1_3, t44_7)))) + (m0_1 * f32((((dot4I8Packed(t44_4, 0x1010101u) + dot4I8Packed(t44_5, 0x1010101u)) + dot4I8Packed(t44_6, 0x1010101u)) + dot4I8Packed(t44_7, 0x1010101u))))))));
    let t45_0 = x2_lo.x;
    let t45_1 = x2_lo.y;
    let t45_2 = x2_lo.z;
    let t45_3 = x2_lo.w;
    let t45_4 = x2_hi.x;
    let t45_5 = x2_hi.y;
    let t45_6 = x2_hi.z;
    let t45_7 = x2_hi.w;
    acc2 = (acc2 + (x2_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t45_0) + dot4I8Packed(q0_0_1, t45_1)) + dot4I8Packed(q0_0_2, t45_2)) + dot4I8Packed(q0_0_3, t45_3)))) + (m0_0 * f32((((dot4I8Packed(t45_0, 0x1010101u) + dot4I8Packed(t45_1, 0x1010101u)) + dot4I8Packed(t45_2, 0x1010101u)) + dot4I8Packed(t45_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t45_4) + dot4I8Packed(q0_1_1, t45_5)) + dot4I8Packed(q0_1_2, t45_6)) + dot4I8Packed(q0_1_3, t45_7)))) + (m0_1 * f32((((dot4I8Packed(t45_4, 0x1010101u) + dot4I8Packed(t45_5, 0x1010101u)) + dot4I8Packed(t45_6, 0x1010101u)) + dot4I8Packed(t45_7, 0x1010101u))))))));
    let t46_0 = x3_lo.x;
    let t46_1 = x3_lo.y;
    let t46_2 = x3_lo.z;
    let t46_3 = x3_lo.w;
    let t46_4 = x3_hi.x;
    let t46_5 = x3_hi.y;
    let t46_6 = x3_hi.z;
    let t46_7 = x3_hi.w;
    acc3 = (acc3 + (x3_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t46_0) + dot4I8Packed(q0_0_1, t46_1)) + dot4I8Packed(q0_0_2, t46_2)) + dot4I8Packed(q0_0_3, t46_3)))) + (m0_0 * f32((((dot4I8Packed(t46_0, 0x1010101u) + dot4I8Packed(t46_1, 0x1010101u)) + dot4I8Packed(t46_2, 0x1010101u)) + dot4I8Packed(t46_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t46_4) + dot4I8Packed(q0_1_1, t46_5)) + dot4I8Packed(q0_1_2, t46_6)) + dot4I8Packed(q0_1_3, t46_7)))) + (m0_1 * f32((((dot4I8Packed(t46_4, 0x1010101u) + dot4I8Packed(t46_5, 0x1010101u)) + dot4I8Packed(t46_6, 0x1010101u)) + dot4I8Packed(t46_7, 0x1010101u))))))));
    let t47_0 = x4_lo.x;
    let t47_1 = x4_lo.y;
    let t47_2 = x4_lo.z;
    let t47_3 = x4_lo.w;
    let t47_4 = x4_hi.x;
    let t47_5 = x4_hi.y;
    let t47_6 = x4_hi.z;
    let t47_7 = x4_hi.w;
    acc4 = (acc4 + (x4_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t47_0) + dot4I8Packed(q0_0_1, t47_1)) + dot4I8Packed(q0_0_2, t47_2)) + dot4I8Packed(q0_0_3, t47_3)))) + (m0_0 * f32((((dot4I8Packed(t47_0, 0x1010101u) + dot4I8Packed(t47_1, 0x1010101u)) + dot4I8Packed(t47_2, 0x1010101u)) + dot4I8Packed(t47_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t47_4) + dot4I8Packed(q0_1_1, t47_5)) + dot4I8Packed(q0_1_2, t47_6)) + dot4I8Packed(q0_1_3, t47_7)))) + (m0_1 * f32((((dot4I8Packed(t47_4, 0x1010101u) + dot4I8Packed(t47_5, 0x1010101u)) + dot4I8Packed(t47_6, 0x1010101u)) + dot4I8Packed(t47_7, 0x1010101u))))))));
    let t48_0 = x5_lo.x;
    let t48_1 = x5_lo.y;
    let t48_2 = x5_lo.z;
    let t48_3 = x5_lo.w;
    let t48_4 = x5_hi.x;
    let t48_5 = x5_hi.y;
    let t48_6 = x5_hi.z;
    let t48_7 = x5_hi.w;
    acc5 = (acc5 + (x5_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t48_0) + dot4I8Packed(q0_0_1, t48_1)) + dot4I8Packed(q0_0_2, t48_2)) + dot4I8Packed(q0_0_3, t48_3)))) + (m0_0 * f32((((dot4I8Packed(t48_0, 0x1010101u) + dot4I8Packed(t48_1, 0x1010101u)) + dot4I8Packed(t48_2, 0x1010101u)) + dot4I8Packed(t48_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t48_4) + dot4I8Packed(q0_1_1, t48_5)) + dot4I8Packed(q0_1_2, t48_6)) + dot4I8Packed(q0_1_3, t48_7)))) + (m0_1 * f32((((dot4I8Packed(t48_4, 0x1010101u) + dot4I8Packed(t48_5, 0x1010101u)) + dot4I8Packed(t48_6, 0x1010101u)) + dot4I8Packed(t48_7, 0x1010101u))))))));
    let t49_0 = x6_lo.x;
    let t49_1 = x6_lo.y;
    let t49_2 = x6_lo.z;
    let t49_3 = x6_lo.w;
    let t49_4 = x6_hi.x;
    let t49_5 = x6_hi.y;
    let t49_6 = x6_hi.z;
    let t49_7 = x6_hi.w;
    acc6 = (acc6 + (x6_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t49_0) + dot4I8Packed(q0_0_1, t49_1)) + dot4I8Packed(q0_0_2, t49_2)) + dot4I8Packed(q0_0_3, t49_3)))) + (m0_0 * f32((((dot4I8Packed(t49_0, 0x1010101u) + dot4I8Packed(t49_1, 0x1010101u)) + dot4I8Packed(t49_2, 0x1010101u)) + dot4I8Packed(t49_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t49_4) + dot4I8Packed(q0_1_1, t49_5)) + dot4I8Packed(q0_1_2, t49_6)) + dot4I8Packed(q0_1_3, t49_7)))) + (m0_1 * f32((((dot4I8Packed(t49_4, 0x1010101u) + dot4I8Packed(t49_5, 0x1010101u)) + dot4I8Packed(t49_6, 0x1010101u)) + dot4I8Packed(t49_7, 0x1010101u))))))));
    let t50_0 = x7_lo.x;
    let t50_1 = x7_lo.y;
    let t50_2 = x7_lo.z;
    let t50_3 = x7_lo.w;
    let t50_4 = x7_hi.x;
    let t50_5 = x7_hi.y;
    let t50_6 = x7_hi.z;
    let t50_7 = x7_hi.w;
    acc7 = (acc7 + (x7_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t50_0) + dot4I8Packed(q0_0_1, t50_1)) + dot4I8Packed(q0_0_2, t50_2)) + dot4I8Packed(q0_0_3, t50_3)))) + (m0_0 * f32((((dot4I8Packed(t50_0, 0x1010101u) + dot4I8Packed(t50_1, 0x1010101u)) + dot4I8Packed(t50_2, 0x1010101u)) + dot4I8Packed(t50_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t50_4) + dot4I8Packed(q0_1_1, t50_5)) + dot4I8Packed(q0_1_2, t50_6)) + dot4I8Packed(q0_1_3, t50_7)))) + (m0_1 * f32((((dot4I8Packed(t50_4, 0x1010101u) + dot4I8Packed(t50_5, 0x1010101u)) + dot4I8Packed(t50_6, 0x1010101u)) + dot4I8Packed(t50_7, 0x1010101u))))))));
    let b1 = (row_base1 + (blk * 84u));
    let t51_0 = (slice * 2u);
    let t51_1 = ((b1 + ((((t51_0 >> 3u) * 8u) + ((t51_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t51_2 = (((t51_0 >> 1u) & 3u) * 2u);
    let t51_3 = w[((b1 >> 2u) + 20u)];
    let t51_4 = (b1 + t51_0);
    let t51_5 = ((w[(t51_4 >> 2u)] >> ((t51_4 & 3u) * 8u)) & 255u);
    let q1_0_0 = ((w[(t51_1 + 4u)] >> t51_2) & 0x3030303u);
    let q1_0_1 = ((w[(t51_1 + 5u)] >> t51_2) & 0x3030303u);
    let q1_0_2 = ((w[(t51_1 + 6u)] >> t51_2) & 0x3030303u);
    let q1_0_3 = ((w[(t51_1 + 7u)] >> t51_2) & 0x3030303u);
    let s1_0 = (unpack2x16float((t51_3 & 0xffffu)).x * f32(i32((t51_5 & 15u))));
    let m1_0 = (-(unpack2x16float(((t51_3 >> 16u) & 0xffffu)).x * f32(i32((t51_5 >> 4u)))));
    let t52_0 = (slice * 2u);
    let t52_1 = (t52_0 + 1u);
    let t52_2 = ((b1 + ((((t52_1 >> 3u) * 8u) + ((t52_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t52_3 = (((t52_1 >> 1u) & 3u) * 2u);
    let t52_4 = w[((b1 >> 2u) + 20u)];
    let t52_5 = (b1 + t52_0);
    let t52_6 = ((w[(t52_5 >> 2u)] >> (((t52_5 & 3u) * 8u) + 8u)) & 255u);
    let q1_1_0 = ((w[(t52_2 + 4u)] >> t52_3) & 0x3030303u);
    let q1_1_1 = ((w[(t52_2 + 5u)] >> t52_3) & 0x3030303u);
    let q1_1_2 = ((w[(t52_2 + 6u)] >> t52_3) & 0x3030303u);
    let q1_1_3 = ((w[(t52_2 + 7u)] >> t52_3) & 0x3030303u);
    let s1_1 = (unpack2x16float((t52_4 & 0xffffu)).x * f32(i32((t52_6 & 15u))));
    let m1_1 = (-(unpack2x16float(((t52_4 >> 16u) & 0xffffu)).x * f32(i32((t52_6 >> 4u)))));
    let t53_0 = x0_lo.x;
    let t53_1 = x0_lo.y;
    let t53_2 = x0_lo.z;
    let t53_3 = x0_lo.w;
    let t53_4 = x0_hi.x;
    let t53_5 = x0_hi.y;
    let t53_6 = x0_hi.z;
    let t53_7 = x0_hi.w;
    acc8 = (acc8 + (x0_d * (((s1_0 * f32((((dot4I8Packed(q1_0_0, t53_0) + dot4I8Packed(q1_0_1, t53_1)) + dot4I8Packed(q1_0_2, t53_2)) + dot4I8Packed(q1_0_3, t53_3)))) + (m1_0 * f32((((dot4I8Packed(t53_0, 0x1010101u) + dot4I8Packed(t53_1, 0x1010101u)) + dot4I8Packed(t53_2, 0x1010101u)) + dot4I8Packed(t53_3, 0x1010101u))))) + ((s1_1 * f32((((dot4I8Packed(q1_1_0, t53_4) + dot4I8Packed(q1_1_1, t53_5)) + dot4I8Packed(q1_1_2, t53_6)) + dot4I8Packed(q1_1_3, t53_7)))) + (m1_1 * f32((((dot4I8Packed(t53_4, 0x1010101u) + dot4I8Packed(t53_5, 0x1010101u)) + dot4I8Packed(t53_6, 0x1010101u)) + dot4I8Packed(t53_7, 0x1010101u))))))));
    let t54_0 = x1_lo.x;
    let t54_1 = x1_lo.y;
    let t54_2 = x1_lo.z;
    let t54_3 = x1_lo.w;
    let t54_4 = x1_hi.x;
    let t54_5 = x1_hi.y;
    let t54_6 = x1_hi.z;
    let t54_7 = x1_hi.w;
    acc9 = (acc9 + (x1_d * (((s1_0 * f32((((dot4I8Packed(q1_0_0, t54_0) + dot4I8Packed(q1_0_1, t54_1)) + dot4I8Packed(q1_0_2, t54_2)) + dot4I8Packed(q1_0_3, t54_3)))) + (m1_0 * f32((((dot4I8Packed(t54_0, 0x1010101u) + dot4I8Packed(t54_1, 0x1010101u)) + dot4I8Packed(t54_2, 0x1010101u)) + dot4I8Packed(t54_3, 0x1010101u))))) + ((s1_1 * f32((((dot4I8Packed(q1_1_0, t54_4) + dot4I8Packed(q1_1_1, t54_5)) + dot4I8Packed(q1_1_2, t54_6)) + dot4I8Packed(q1_1_3, t54_7)))) + (m1_1 * f32((((dot4I8Packed(t54_4, 0x1010101u) + dot4I8Packed(t54_5, 0x1010101u)) + dot4I8Packed(t54_6, 0x1010101u)) + dot4I8Packed(t54_7, 0x1010101u))))))));
    let t55_0 = x2_lo.x;
    let t55_1 = x2_lo.y;
    let t55_2 = x2_lo.z;
    let t55_3 = x2_lo.w;
    let t55_4 = x2_hi.x;
    let t55_5 = x2_hi.y;
    let t55_6 = x2_hi.z;
    let t55_7 = x2_hi.w;
    acc10 = (acc10 + (x2_d * (((s1_0 * f32((((dot4I8Packed(q1_0_0, t55_0) + dot4I8Packed(q1_0_1, t55_1)) + dot4I8Packed(q1_0_2, t55_2)) + dot4I8Packed(q1_0_3, t55_3)))) + (m1_0 * f32((((dot4I8Packed(t55_0, 0x1010101u) + dot4I8Packed(t55_1, 0x1010101u)) + dot4I8Packed(t55_2, 0x1010101u)) + dot4I8Packed(t55_3, 0x1010101u))))) + ((s1_1 * f32((((dot4I8Packed(q1_1_0, t55_4) + dot4I8Packed(q1_1_1, t55_5)) + dot4I8Packed(q1_1_2, t55_6)) + dot4I8Packed(q1_1_3, t55_7)))) + (m1_1 * f32((((dot4I8Packed(t55_4, 0x1010101u) + dot4I8Packed(t55_5, 0x1010101u)) + dot4I8Packed(t55_6, 0x1010101u)) + dot4I8Packed(t55_7, 0x1010101u))))))));
    let t56_0 = x3_lo.x;
    let t56_1 = x3_lo.y;
    let t56_2 = x3_lo.z;
    let t56_3 = x3_lo.w;
    let t56_4 = x3_hi.x;
    let t56_5 = x3_hi.y;
    let t56_6 = x3_hi.z;
    let t56_7 = x3_hi.w;
    acc11 = (acc11 + (x3_d * (((s1_0 * f32((((dot4I8Packed(q1_0_0, t56_0) + dot4I8Packed(q1_0_1, t56_1)) + dot4I8Packed(q1_0_2, t56_2)) + dot4I8Packed(q1_0_3, t56_3)))) + (m1_0 * f32((((dot4I8Packed(t56_0, 0x1010101u) + dot4I8Packed(t56_1, 0x1010101u)) + dot4I8Packed(t56_2, 0x1010101u)) + dot4I8Packed(t56_3, 0x1010101u))))) + ((s1_1 * f32((((dot4I8Packed(q1_1_0, t56_4) + dot4I8Packed(q1_1_1, t56_5)) + dot4I8Packed(q1_1_2, t56_6)) + dot4I8Packed(q1_1_3, t56_7)))) + (m1_1 * f32((((dot4I8Packed(t56_4, 0x1010101u) + dot4I8Packed(t56_5, 0x1010101u)) + dot4I8Packed(t56_6, 0x1010101u)) + dot4I8Packed(t56_7, 0x1010101u))))))));
    let t57_0 = x4_lo.x;
    let t57_1 = x4_lo.y;
    let t57_2 = x4_lo.z;
    let t57_3 = x4_lo.w;
    let t57_4 = x4_hi.x;
    let t57_5 = x4_hi.y;
    let t57_6 = x4_hi.z;
    let t57_7 = x4_hi.w;
    acc12 = (acc12 + (x4_d * (((s1_0 * f32((((dot4I8Packed(q1_0_0, t57_0) + dot4I8Packed(q1_0_1, t57_1)) + dot4I8Packed(q1_0_2, t57_2)) + dot4I8Packed(q1_0_3, t57_3)))) + (m1_0 * f32((((dot4I8Packed(t57_0, 0x1010101u) + dot4I8Packed(t57_1, 0x1010101u)) + dot4I8Packed(t57_2, 0x1010101u)) + dot4I8Packed(t57_3, 0x1010101u))))) + ((s1_1 * f32((((dot4I8Packed(q1_1_0, t57_4) + dot4I8Packed(q1_1_1, t57_5)) + dot4I8Packed(q1_1_2, t57_6)) + dot4I8Packed(q1_1_3, t57_7)))) + (m1_1 * f32((((dot4I8Packed(t57_4, 0x1010101u) + dot4I8Packed(t57_5, 0x1010101u)) + dot4I8Packed(t57_6, 0x1010101u)) + dot4I8Packed(t57_7, 0x1010101u))))))));
    let t58_0 = x5_lo.x;
    let t58_1 = x5_lo.y;
    let t58_2 = x5_lo.z;
    let t58_3 = x5_lo.w;
    let t58_4 = x5_hi.x;
    let t58_5 = x5_hi.y;
    let t58_6 = x5_hi.z;
    let t58_7 = x5_hi.w;
    acc13 = (acc13 + (x5_d * (((s1_0 * f32((((dot4I8Packed(q1_0_0, t58_0) + dot4I8Packed(q1_0_1, t58_1)) + dot4I8Packed(q1_0_2, t58_2)) + dot4I8Packed(q1_0_3, t58_3)))) + (m1_0 * f32((((dot4I8Packed(t58_0, 0x1010101u) + dot4I8Packed(t58_1, 0x1010101u)) + dot4I8Packed(t58_2, 0x1010101u)) + dot4I8Packed(t58_3, 0x1010101u))))) + ((s1_1 * f32((((dot4I8Packed(q1_1_0, t58_4) + dot4I8Packed(q1_1_1, t58_5)) + dot4I8Packed(q1_1_2, t58_6)) + dot4I8Packed(q1_1_3, t58_7)))) + (m1_1 * f32((((dot4I8Packed(t58_4, 0x1010101u) + dot4I8Packed(t58_5, 0x1010101u)) + dot4I8Packed(t58_6, 0x1010101u)) + dot4I8Packed(t58_7, 0x1010101u))))))));
    let t59_0 = x6_lo.x;
    let t59_1 = x6_lo.y;
    let t59_2 = x6_lo.z;
    let t59_3 = x6_lo.w;
    let t59_4 = x6_hi.x;
    let t59_5 = x6_hi.y;
    let t59_6 = x6_hi.z;
    let t59_7 = x6_hi.w;
    acc14 = (acc14 + (x6_d * (((s1_0 * f32((((dot4I8Packed(q1_0_0, t59_0) + dot4I8Packed(q1_0_1, t59_1)) + dot4I8Packed(q1_0_2, t59_2)) + dot4I8Packed(q1_0_3, t59_3)))) + (m1_0 * f32((((dot4I8Packed(t59_0, 0x1010101u) + dot4I8Packed(t59_1, 0x1010101u)) + dot4I8Packed(t59_2, 0x1010101u)) + dot4I8Packed(t59_3, 0x1010101u))))) + ((s1_1 * f32((((dot4I8Packed(q1_1_0, t59_4) + dot4I8Packed(q1_1_1, t59_5)) + dot4I8Packed(q1_1_2, t59_6)) + dot4I8Packed(q1_1_3, t59_7)))) + (m1_1 * f32((((dot4I8Packed(t59_4, 0x1010101u) + dot4I8Packed(t59_5, 0x1010101u)) + dot4I8Packed(t59_6, 0x1010101u)) + dot4I8Packed(t59_7, 0x1010101u))))))));
    let t60_0 = x7_lo.x;
    let t60_1 = x7_lo.y;
    let t60_2 = x7_lo.z;
    let t60_3 = x7_lo.w;
    let t60_4 = x7_hi.x;
    let t60_5 = x7_hi.y;
    let t60_6 = x7_hi.z;
    let t60_7 = x7_hi.w;
    acc15 = (acc15 + (x7_d * (((s1_0 * f32((((dot4I8Packed(q1_0_0, t60_0) + dot4I8Packed(q1_0_1, t60_1)) + dot4I8Packed(q1_0_2, t60_2)) + dot4I8Packed(q1_0_3, t60_3)))) + (m1_0 * f32((((dot4I8Packed(t60_0, 0x1010101u) + dot4I8Packed(t60_1, 0x1010101u)) + dot4I8Packed(t60_2, 0x1010101u)) + dot4I8Packed(t60_3, 0x1010101u))))) + ((s1_1 * f32((((dot4I8Packed(q1_1_0, t60_4) + dot4I8Packed(q1_1_1, t60_5)) + dot4I8Packed(q1_1_2, t60_6)) + dot4I8Packed(q1_1_3, t60_7)))) + (m1_1 * f32((((dot4I8Packed(t60_4, 0x1010101u) + dot4I8Packed(t60_5, 0x1010101u)) + dot4I8Packed(t60_6, 0x1010101u)) + dot4I8Packed(t60_7, 0x1010101u))))))));
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
