// kgen 0.1.0: mmvq.q2_k.nc1.r2.sg.u2; generated, do not edit; content hash ad7837efa8542df4
// mmvq: y = W . x, W in q2_k (256 per 84-byte block), x in q8_1x4, y in f32
// 1 column(s) x 2 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 2) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (strided), lookup tables vec
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
  for (var j0: u32 = lid; (j0 < n_full); j0 = (j0 + (WG_SIZE * 2u))) {
    let u0_j = j0;
    let u0_x0_at = (x_base + ((u0_j >> 2u) * 9u));
    let u0_x0_hdr = x[u0_x0_at][(u0_j & 3u)];
    let u0_x0_lo = x[((u0_x0_at + 1u) + ((u0_j & 3u) * 2u))];
    let u0_x0_hi = x[((u0_x0_at + 2u) + ((u0_j & 3u) * 2u))];
    let u0_x0_d = unpack2x16float((u0_x0_hdr & 0xffffu)).x;
    let u0_blk = (u0_j >> 3u);
    let u0_slice = (u0_j & 7u);
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
    let u0_b1 = (row_base1 + (u0_blk * 84u));
    let t4_0 = (u0_slice * 2u);
    let t4_1 = ((u0_b1 + ((((t4_0 >> 3u) * 8u) + ((t4_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t4_2 = (((t4_0 >> 1u) & 3u) * 2u);
    let t4_3 = w[((u0_b1 >> 2u) + 20u)];
    let t4_4 = (u0_b1 + t4_0);
    let t4_5 = ((w[(t4_4 >> 2u)] >> ((t4_4 & 3u) * 8u)) & 255u);
    let u0_q1_0_0 = ((w[(t4_1 + 4u)] >> t4_2) & 0x3030303u);
    let u0_q1_0_1 = ((w[(t4_1 + 5u)] >> t4_2) & 0x3030303u);
    let u0_q1_0_2 = ((w[(t4_1 + 6u)] >> t4_2) & 0x3030303u);
    let u0_q1_0_3 = ((w[(t4_1 + 7u)] >> t4_2) & 0x3030303u);
    let u0_s1_0 = (unpack2x16float((t4_3 & 0xffffu)).x * f32(i32((t4_5 & 15u))));
    let u0_m1_0 = (-(unpack2x16float(((t4_3 >> 16u) & 0xffffu)).x * f32(i32((t4_5 >> 4u)))));
    let t5_0 = (u0_slice * 2u);
    let t5_1 = (t5_0 + 1u);
    let t5_2 = ((u0_b1 + ((((t5_1 >> 3u) * 8u) + ((t5_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t5_3 = (((t5_1 >> 1u) & 3u) * 2u);
    let t5_4 = w[((u0_b1 >> 2u) + 20u)];
    let t5_5 = (u0_b1 + t5_0);
    let t5_6 = ((w[(t5_5 >> 2u)] >> (((t5_5 & 3u) * 8u) + 8u)) & 255u);
    let u0_q1_1_0 = ((w[(t5_2 + 4u)] >> t5_3) & 0x3030303u);
    let u0_q1_1_1 = ((w[(t5_2 + 5u)] >> t5_3) & 0x3030303u);
    let u0_q1_1_2 = ((w[(t5_2 + 6u)] >> t5_3) & 0x3030303u);
    let u0_q1_1_3 = ((w[(t5_2 + 7u)] >> t5_3) & 0x3030303u);
    let u0_s1_1 = (unpack2x16float((t5_4 & 0xffffu)).x * f32(i32((t5_6 & 15u))));
    let u0_m1_1 = (-(unpack2x16float(((t5_4 >> 16u) & 0xffffu)).x * f32(i32((t5_6 >> 4u)))));
    let t6_0 = u0_x0_lo.x;
    let t6_1 = u0_x0_lo.y;
    let t6_2 = u0_x0_lo.z;
    let t6_3 = u0_x0_lo.w;
    let t6_4 = u0_x0_hi.x;
    let t6_5 = u0_x0_hi.y;
    let t6_6 = u0_x0_hi.z;
    let t6_7 = u0_x0_hi.w;
    acc1 = (acc1 + (u0_x0_d * (((u0_s1_0 * f32((((dot4I8Packed(u0_q1_0_0, t6_0) + dot4I8Packed(u0_q1_0_1, t6_1)) + dot4I8Packed(u0_q1_0_2, t6_2)) + dot4I8Packed(u0_q1_0_3, t6_3)))) + (u0_m1_0 * f32((((dot4I8Packed(t6_0, 0x1010101u) + dot4I8Packed(t6_1, 0x1010101u)) + dot4I8Packed(t6_2, 0x1010101u)) + dot4I8Packed(t6_3, 0x1010101u))))) + ((u0_s1_1 * f32((((dot4I8Packed(u0_q1_1_0, t6_4) + dot4I8Packed(u0_q1_1_1, t6_5)) + dot4I8Packed(u0_q1_1_2, t6_6)) + dot4I8Packed(u0_q1_1_3, t6_7)))) + (u0_m1_1 * f32((((dot4I8Packed(t6_4, 0x1010101u) + dot4I8Packed(t6_5, 0x1010101u)) + dot4I8Packed(t6_6, 0x1010101u)) + dot4I8Packed(t6_7, 0x1010101u))))))));
    let u1_j = (j0 + WG_SIZE);
    let u1_x0_at = (x_base + ((u1_j >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at][(u1_j & 3u)];
    let u1_x0_lo = x[((u1_x0_at + 1u) + ((u1_j & 3u) * 2u))];
    let u1_x0_hi = x[((u1_x0_at + 2u) + ((u1_j & 3u) * 2u))];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (u1_j >> 3u);
    let u1_slice = (u1_j & 7u);
    let u1_b0 = (row_base0 + (u1_blk * 84u));
    let t7_0 = (u1_slice * 2u);
    let t7_1 = ((u1_b0 + ((((t7_0 >> 3u) * 8u) + ((t7_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t7_2 = (((t7_0 >> 1u) & 3u) * 2u);
    let t7_3 = w[((u1_b0 >> 2u) + 20u)];
    let t7_4 = (u1_b0 + t7_0);
    let t7_5 = ((w[(t7_4 >> 2u)] >> ((t7_4 & 3u) * 8u)) & 255u);
    let u1_q0_0_0 = ((w[(t7_1 + 4u)] >> t7_2) & 0x3030303u);
    let u1_q0_0_1 = ((w[(t7_1 + 5u)] >> t7_2) & 0x3030303u);
    let u1_q0_0_2 = ((w[(t7_1 + 6u)] >> t7_2) & 0x3030303u);
    let u1_q0_0_3 = ((w[(t7_1 + 7u)] >> t7_2) & 0x3030303u);
    let u1_s0_0 = (unpack2x16float((t7_3 & 0xffffu)).x * f32(i32((t7_5 & 15u))));
    let u1_m0_0 = (-(unpack2x16float(((t7_3 >> 16u) & 0xffffu)).x * f32(i32((t7_5 >> 4u)))));
    let t8_0 = (u1_slice * 2u);
    let t8_1 = (t8_0 + 1u);
    let t8_2 = ((u1_b0 + ((((t8_1 >> 3u) * 8u) + ((t8_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t8_3 = (((t8_1 >> 1u) & 3u) * 2u);
    let t8_4 = w[((u1_b0 >> 2u) + 20u)];
    let t8_5 = (u1_b0 + t8_0);
    let t8_6 = ((w[(t8_5 >> 2u)] >> (((t8_5 & 3u) * 8u) + 8u)) & 255u);
    let u1_q0_1_0 = ((w[(t8_2 + 4u)] >> t8_3) & 0x3030303u);
    let u1_q0_1_1 = ((w[(t8_2 + 5u)] >> t8_3) & 0x3030303u);
    let u1_q0_1_2 = ((w[(t8_2 + 6u)] >> t8_3) & 0x3030303u);
    let u1_q0_1_3 = ((w[(t8_2 + 7u)] >> t8_3) & 0x3030303u);
    let u1_s0_1 = (unpack2x16float((t8_4 & 0xffffu)).x * f32(i32((t8_6 & 15u))));
    let u1_m0_1 = (-(unpack2x16float(((t8_4 >> 16u) & 0xffffu)).x * f32(i32((t8_6 >> 4u)))));
    let t9_0 = u1_x0_lo.x;
    let t9_1 = u1_x0_lo.y;
    let t9_2 = u1_x0_lo.z;
    let t9_3 = u1_x0_lo.w;
    let t9_4 = u1_x0_hi.x;
    let t9_5 = u1_x0_hi.y;
    let t9_6 = u1_x0_hi.z;
    let t9_7 = u1_x0_hi.w;
    acc0 = (acc0 + (u1_x0_d * (((u1_s0_0 * f32((((dot4I8Packed(u1_q0_0_0, t9_0) + dot4I8Packed(u1_q0_0_1, t9_1)) + dot4I8Packed(u1_q0_0_2, t9_2)) + dot4I8Packed(u1_q0_0_3, t9_3)))) + (u1_m0_0 * f32((((dot4I8Packed(t9_0, 0x1010101u) + dot4I8Packed(t9_1, 0x1010101u)) + dot4I8Packed(t9_2, 0x1010101u)) + dot4I8Packed(t9_3, 0x1010101u))))) + ((u1_s0_1 * f32((((dot4I8Packed(u1_q0_1_0, t9_4) + dot4I8Packed(u1_q0_1_1, t9_5)) + dot4I8Packed(u1_q0_1_2, t9_6)) + dot4I8Packed(u1_q0_1_3, t9_7)))) + (u1_m0_1 * f32((((dot4I8Packed(t9_4, 0x1010101u) + dot4I8Packed(t9_5, 0x1010101u)) + dot4I8Packed(t9_6, 0x1010101u)) + dot4I8Packed(t9_7, 0x1010101u))))))));
    let u1_b1 = (row_base1 + (u1_blk * 84u));
    let t10_0 = (u1_slice * 2u);
    let t10_1 = ((u1_b1 + ((((t10_0 >> 3u) * 8u) + ((t10_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t10_2 = (((t10_0 >> 1u) & 3u) * 2u);
    let t10_3 = w[((u1_b1 >> 2u) + 20u)];
    let t10_4 = (u1_b1 + t10_0);
    let t10_5 = ((w[(t10_4 >> 2u)] >> ((t10_4 & 3u) * 8u)) & 255u);
    let u1_q1_0_0 = ((w[(t10_1 + 4u)] >> t10_2) & 0x3030303u);
    let u1_q1_0_1 = ((w[(t10_1 + 5u)] >> t10_2) & 0x3030303u);
    let u1_q1_0_2 = ((w[(t10_1 + 6u)] >> t10_2) & 0x3030303u);
    let u1_q1_0_3 = ((w[(t10_1 + 7u)] >> t10_2) & 0x3030303u);
    let u1_s1_0 = (unpack2x16float((t10_3 & 0xffffu)).x * f32(i32((t10_5 & 15u))));
    let u1_m1_0 = (-(unpack2x16float(((t10_3 >> 16u) & 0xffffu)).x * f32(i32((t10_5 >> 4u)))));
    let t11_0 = (u1_slice * 2u);
    let t11_1 = (t11_0 + 1u);
    let t11_2 = ((u1_b1 + ((((t11_1 >> 3u) * 8u) + ((t11_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t11_3 = (((t11_1 >> 1u) & 3u) * 2u);
    let t11_4 = w[((u1_b1 >> 2u) + 20u)];
    let t11_5 = (u1_b1 + t11_0);
    let t11_6 = ((w[(t11_5 >> 2u)] >> (((t11_5 & 3u) * 8u) + 8u)) & 255u);
    let u1_q1_1_0 = ((w[(t11_2 + 4u)] >> t11_3) & 0x3030303u);
    let u1_q1_1_1 = ((w[(t11_2 + 5u)] >> t11_3) & 0x3030303u);
    let u1_q1_1_2 = ((w[(t11_2 + 6u)] >> t11_3) & 0x3030303u);
    let u1_q1_1_3 = ((w[(t11_2 + 7u)] >> t11_3) & 0x3030303u);
    let u1_s1_1 = (unpack2x16float((t11_4 & 0xffffu)).x * f32(i32((t11_6 & 15u))));
    let u1_m1_1 = (-(unpack2x16float(((t11_4 >> 16u) & 0xffffu)).x * f32(i32((t11_6 >> 4u)))));
    let t12_0 = u1_x0_lo.x;
    let t12_1 = u1_x0_lo.y;
    let t12_2 = u1_x0_lo.z;
    let t12_3 = u1_x0_lo.w;
    let t12_4 = u1_x0_hi.x;
    let t12_5 = u1_x0_hi.y;
    let t12_6 = u1_x0_hi.z;
    let t12_7 = u1_x0_hi.w;
    acc1 = (acc1 + (u1_x0_d * (((u1_s1_0 * f32((((dot4I8Packed(u1_q1_0_0, t12_0) + dot4I8Packed(u1_q1_0_1, t12_1)) + dot4I8Packed(u1_q1_0_2, t12_2)) + dot4I8Packed(u1_q1_0_3, t12_3)))) + (u1_m1_0 * f32((((dot4I8Packed(t12_0, 0x1010101u) + dot4I8Packed(t12_1, 0x1010101u)) + dot4I8Packed(t12_2, 0x1010101u)) + dot4I8Packed(t12_3, 0x1010101u))))) + ((u1_s1_1 * f32((((dot4I8Packed(u1_q1_1_0, t12_4) + dot4I8Packed(u1_q1_1_1, t12_5)) + dot4I8Packed(u1_q1_1_2, t12_6)) + dot4I8Packed(u1_q1_1_3, t12_7)))) + (u1_m1_1 * f32((((dot4I8Packed(t12_4, 0x1010101u) + dot4I8Packed(t12_5, 0x1010101u)) + dot4I8Packed(t12_6, 0x1010101u)) + dot4I8Packed(t12_7, 0x1010101u))))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 84u));
    let t13_0 = (slice * 2u);
    let t13_1 = ((b0 + ((((t13_0 >> 3u) * 8u) + ((t13_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t13_2 = (((t13_0 >> 1u) & 3u) * 2u);
    let t13_3 = w[((b0 >> 2u) + 20u)];
    let t13_4 = (b0 + t13_0);
    let t13_5 = ((w[(t13_4 >> 2u)] >> ((t13_4 & 3u) * 8u)) & 255u);
    let q0_0_0 = ((w[(t13_1 + 4u)] >> t13_2) & 0x3030303u);
    let q0_0_1 = ((w[(t13_1 + 5u)] >> t13_2) & 0x3030303u);
    let q0_0_2 = ((w[(t13_1 + 6u)] >> t13_2) & 0x3030303u);
    let q0_0_3 = ((w[(t13_1 + 7u)] >> t13_2) & 0x3030303u);
    let s0_0 = (unpack2x16float((t13_3 & 0xffffu)).x * f32(i32((t13_5 & 15u))));
    let m0_0 = (-(unpack2x16float(((t13_3 >> 16u) & 0xffffu)).x * f32(i32((t13_5 >> 4u)))));
    let t14_0 = (slice * 2u);
    let t14_1 = (t14_0 + 1u);
    let t14_2 = ((b0 + ((((t14_1 >> 3u) * 8u) + ((t14_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t14_3 = (((t14_1 >> 1u) & 3u) * 2u);
    let t14_4 = w[((b0 >> 2u) + 20u)];
    let t14_5 = (b0 + t14_0);
    let t14_6 = ((w[(t14_5 >> 2u)] >> (((t14_5 & 3u) * 8u) + 8u)) & 255u);
    let q0_1_0 = ((w[(t14_2 + 4u)] >> t14_3) & 0x3030303u);
    let q0_1_1 = ((w[(t14_2 + 5u)] >> t14_3) & 0x3030303u);
    let q0_1_2 = ((w[(t14_2 + 6u)] >> t14_3) & 0x3030303u);
    let q0_1_3 = ((w[(t14_2 + 7u)] >> t14_3) & 0x3030303u);
    let s0_1 = (unpack2x16float((t14_4 & 0xffffu)).x * f32(i32((t14_6 & 15u))));
    let m0_1 = (-(unpack2x16float(((t14_4 >> 16u) & 0xffffu)).x * f32(i32((t14_6 >> 4u)))));
    let t15_0 = x0_lo.x;
    let t15_1 = x0_lo.y;
    let t15_2 = x0_lo.z;
    let t15_3 = x0_lo.w;
    let t15_4 = x0_hi.x;
    let t15_5 = x0_hi.y;
    let t15_6 = x0_hi.z;
    let t15_7 = x0_hi.w;
    acc0 = (acc0 + (x0_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t15_0) + dot4I8Packed(q0_0_1, t15_1)) + dot4I8Packed(q0_0_2, t15_2)) + dot4I8Packed(q0_0_3, t15_3)))) + (m0_0 * f32((((dot4I8Packed(t15_0, 0x1010101u) + dot4I8Packed(t15_1, 0x1010101u)) + dot4I8Packed(t15_2, 0x1010101u)) + dot4I8Packed(t15_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t15_4) + dot4I8Packed(q0_1_1, t15_5)) + dot4I8Packed(q0_1_2, t15_6)) + dot4I8Packed(q0_1_3, t15_7)))) + (m0_1 * f32((((dot4I8Packed(t15_4, 0x1010101u) + dot4I8Packed(t15_5, 0x1010101u)) + dot4I8Packed(t15_6, 0x1010101u)) + dot4I8Packed(t15_7, 0x1010101u))))))));
    let b1 = (row_base1 + (blk * 84u));
    let t16_0 = (slice * 2u);
    let t16_1 = ((b1 + ((((t16_0 >> 3u) * 8u) + ((t16_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t16_2 = (((t16_0 >> 1u) & 3u) * 2u);
    let t16_3 = w[((b1 >> 2u) + 20u)];
    let t16_4 = (b1 + t16_0);
    let t16_5 = ((w[(t16_4 >> 2u)] >> ((t16_4 & 3u) * 8u)) & 255u);
    let q1_0_0 = ((w[(t16_1 + 4u)] >> t16_2) & 0x3030303u);
    let q1_0_1 = ((w[(t16_1 + 5u)] >> t16_2) & 0x3030303u);
    let q1_0_2 = ((w[(t16_1 + 6u)] >> t16_2) & 0x3030303u);
    let q1_0_3 = ((w[(t16_1 + 7u)] >> t16_2) & 0x3030303u);
    let s1_0 = (unpack2x16float((t16_3 & 0xffffu)).x * f32(i32((t16_5 & 15u))));
    let m1_0 = (-(unpack2x16float(((t16_3 >> 16u) & 0xffffu)).x * f32(i32((t16_5 >> 4u)))));
    let t17_0 = (slice * 2u);
    let t17_1 = (t17_0 + 1u);
    let t17_2 = ((b1 + ((((t17_1 >> 3u) * 8u) + ((t17_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t17_3 = (((t17_1 >> 1u) & 3u) * 2u);
    let t17_4 = w[((b1 >> 2u) + 20u)];
    let t17_5 = (b1 + t17_0);
    let t17_6 = ((w[(t17_5 >> 2u)] >> (((t17_5 & 3u) * 8u) + 8u)) & 255u);
    let q1_1_0 = ((w[(t17_2 + 4u)] >> t17_3) & 0x3030303u);
    let q1_1_1 = ((w[(t17_2 + 5u)] >> t17_3) & 0x3030303u);
    let q1_1_2 = ((w[(t17_2 + 6u)] >> t17_3) & 0x3030303u);
    let q1_1_3 = ((w[(t17_2 + 7u)] >> t17_3) & 0x3030303u);
    let s1_1 = (unpack2x16float((t17_4 & 0xffffu)).x * f32(i32((t17_6 & 15u))));
    let m1_1 = (-(unpack2x16float(((t17_4 >> 16u) & 0xffffu)).x * f32(i32((t17_6 >> 4u)))));
    let t18_0 = x0_lo.x;
    let t18_1 = x0_lo.y;
    let t18_2 = x0_lo.z;
    let t18_3 = x0_lo.w;
    let t18_4 = x0_hi.x;
    let t18_5 = x0_hi.y;
    let t18_6 = x0_hi.z;
    let t18_7 = x0_hi.w;
    acc1 = (acc1 + (x0_d * (((s1_0 * f32((((dot4I8Packed(q1_0_0, t18_0) + dot4I8Packed(q1_0_1, t18_1)) + dot4I8Packed(q1_0_2, t18_2)) + dot4I8Packed(q1_0_3, t18_3)))) + (m1_0 * f32((((dot4I8Packed(t18_0, 0x1010101u) + dot4I8Packed(t18_1, 0x1010101u)) + dot4I8Packed(t18_2, 0x1010101u)) + dot4I8Packed(t18_3, 0x1010101u))))) + ((s1_1 * f32((((dot4I8Packed(q1_1_0, t18_4) + dot4I8Packed(q1_1_1, t18_5)) + dot4I8Packed(q1_1_2, t18_6)) + dot4I8Packed(q1_1_3, t18_7)))) + (m1_1 * f32((((dot4I8Packed(t18_4, 0x1010101u) + dot4I8Packed(t18_5, 0x1010101u)) + dot4I8Packed(t18_6, 0x1010101u)) + dot4I8Packed(t18_7, 0x1010101u))))))));
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
