// kgen 0.1.0: mmvq.q5_k.nc1.r2.sg.u2; generated, do not edit; content hash 6ce10ae504915486
// mmvq: y = W . x, W in q5_k (256 per 176-byte block), x in q8_1x4, y in f32
// 1 column(s) x 2 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 2) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (strided), lookup tables vec
// format q5_k (ggml type 13) from dsl/formats/q5_k.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q5_k blocks (ggml/GGUF bytes)
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
    let u0_b0 = (row_base0 + (u0_blk * 176u));
    let t1_0 = ((u0_b0 + ((u0_slice >> 1u) * 32u)) >> 2u);
    let t1_1 = ((u0_slice & 1u) * 4u);
    let t1_2 = (u0_b0 >> 2u);
    let t1_3 = w[t1_2];
    let t1_4 = (i32(u0_slice) < 4i);
    let t1_5 = (u0_b0 + u0_slice);
    let t1_6 = (t1_5 >> 2u);
    let t1_7 = ((t1_5 & 3u) * 8u);
    let t1_8 = ((w[(t1_6 + 1u)] >> t1_7) & 255u);
    let t1_9 = ((w[(t1_6 + 2u)] >> t1_7) & 255u);
    let t1_10 = (u0_b0 + (u0_slice & 3u));
    let u0_q0_0_0 = (((w[(t1_0 + 12u)] >> t1_1) & 0xf0f0f0fu) | (((w[(t1_2 + 4u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q0_0_1 = (((w[(t1_0 + 13u)] >> t1_1) & 0xf0f0f0fu) | (((w[(t1_2 + 5u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q0_0_2 = (((w[(t1_0 + 14u)] >> t1_1) & 0xf0f0f0fu) | (((w[(t1_2 + 6u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q0_0_3 = (((w[(t1_0 + 15u)] >> t1_1) & 0xf0f0f0fu) | (((w[(t1_2 + 7u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q0_0_4 = (((w[(t1_0 + 16u)] >> t1_1) & 0xf0f0f0fu) | (((w[(t1_2 + 8u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q0_0_5 = (((w[(t1_0 + 17u)] >> t1_1) & 0xf0f0f0fu) | (((w[(t1_2 + 9u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q0_0_6 = (((w[(t1_0 + 18u)] >> t1_1) & 0xf0f0f0fu) | (((w[(t1_2 + 10u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q0_0_7 = (((w[(t1_0 + 19u)] >> t1_1) & 0xf0f0f0fu) | (((w[(t1_2 + 11u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_s0_0 = (unpack2x16float((t1_3 & 0xffffu)).x * f32(i32(select(((t1_9 & 15u) | ((((w[((t1_10 >> 2u) + 1u)] >> ((t1_10 & 3u) * 8u)) & 255u) >> 6u) << 4u)), (t1_8 & 63u), t1_4))));
    let u0_m0_0 = (-(unpack2x16float(((t1_3 >> 16u) & 0xffffu)).x * f32(i32(select(((t1_9 >> 4u) | ((t1_8 >> 6u) << 4u)), (t1_9 & 63u), t1_4)))));
    acc0 = (acc0 + (u0_x0_d * ((u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x0_hi.w)))) + (u0_m0_0 * f32((i32(u0_x0_hdr) >> 16u))))));
    let u0_b1 = (row_base1 + (u0_blk * 176u));
    let t2_0 = ((u0_b1 + ((u0_slice >> 1u) * 32u)) >> 2u);
    let t2_1 = ((u0_slice & 1u) * 4u);
    let t2_2 = (u0_b1 >> 2u);
    let t2_3 = w[t2_2];
    let t2_4 = (i32(u0_slice) < 4i);
    let t2_5 = (u0_b1 + u0_slice);
    let t2_6 = (t2_5 >> 2u);
    let t2_7 = ((t2_5 & 3u) * 8u);
    let t2_8 = ((w[(t2_6 + 1u)] >> t2_7) & 255u);
    let t2_9 = ((w[(t2_6 + 2u)] >> t2_7) & 255u);
    let t2_10 = (u0_b1 + (u0_slice & 3u));
    let u0_q1_0_0 = (((w[(t2_0 + 12u)] >> t2_1) & 0xf0f0f0fu) | (((w[(t2_2 + 4u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q1_0_1 = (((w[(t2_0 + 13u)] >> t2_1) & 0xf0f0f0fu) | (((w[(t2_2 + 5u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q1_0_2 = (((w[(t2_0 + 14u)] >> t2_1) & 0xf0f0f0fu) | (((w[(t2_2 + 6u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q1_0_3 = (((w[(t2_0 + 15u)] >> t2_1) & 0xf0f0f0fu) | (((w[(t2_2 + 7u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q1_0_4 = (((w[(t2_0 + 16u)] >> t2_1) & 0xf0f0f0fu) | (((w[(t2_2 + 8u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q1_0_5 = (((w[(t2_0 + 17u)] >> t2_1) & 0xf0f0f0fu) | (((w[(t2_2 + 9u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q1_0_6 = (((w[(t2_0 + 18u)] >> t2_1) & 0xf0f0f0fu) | (((w[(t2_2 + 10u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_q1_0_7 = (((w[(t2_0 + 19u)] >> t2_1) & 0xf0f0f0fu) | (((w[(t2_2 + 11u)] >> u0_slice) & 0x1010101u) << 4u));
    let u0_s1_0 = (unpack2x16float((t2_3 & 0xffffu)).x * f32(i32(select(((t2_9 & 15u) | ((((w[((t2_10 >> 2u) + 1u)] >> ((t2_10 & 3u) * 8u)) & 255u) >> 6u) << 4u)), (t2_8 & 63u), t2_4))));
    let u0_m1_0 = (-(unpack2x16float(((t2_3 >> 16u) & 0xffffu)).x * f32(i32(select(((t2_9 >> 4u) | ((t2_8 >> 6u) << 4u)), (t2_9 & 63u), t2_4)))));
    acc1 = (acc1 + (u0_x0_d * ((u0_s1_0 * f32((((((((dot4I8Packed(u0_q1_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q1_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q1_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q1_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q1_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q1_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q1_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q1_0_7, u0_x0_hi.w)))) + (u0_m1_0 * f32((i32(u0_x0_hdr) >> 16u))))));
    let u1_j = (j0 + WG_SIZE);
    let u1_x0_at = (x_base + ((u1_j >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at][(u1_j & 3u)];
    let u1_x0_lo = x[((u1_x0_at + 1u) + ((u1_j & 3u) * 2u))];
    let u1_x0_hi = x[((u1_x0_at + 2u) + ((u1_j & 3u) * 2u))];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (u1_j >> 3u);
    let u1_slice = (u1_j & 7u);
    let u1_b0 = (row_base0 + (u1_blk * 176u));
    let t3_0 = ((u1_b0 + ((u1_slice >> 1u) * 32u)) >> 2u);
    let t3_1 = ((u1_slice & 1u) * 4u);
    let t3_2 = (u1_b0 >> 2u);
    let t3_3 = w[t3_2];
    let t3_4 = (i32(u1_slice) < 4i);
    let t3_5 = (u1_b0 + u1_slice);
    let t3_6 = (t3_5 >> 2u);
    let t3_7 = ((t3_5 & 3u) * 8u);
    let t3_8 = ((w[(t3_6 + 1u)] >> t3_7) & 255u);
    let t3_9 = ((w[(t3_6 + 2u)] >> t3_7) & 255u);
    let t3_10 = (u1_b0 + (u1_slice & 3u));
    let u1_q0_0_0 = (((w[(t3_0 + 12u)] >> t3_1) & 0xf0f0f0fu) | (((w[(t3_2 + 4u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q0_0_1 = (((w[(t3_0 + 13u)] >> t3_1) & 0xf0f0f0fu) | (((w[(t3_2 + 5u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q0_0_2 = (((w[(t3_0 + 14u)] >> t3_1) & 0xf0f0f0fu) | (((w[(t3_2 + 6u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q0_0_3 = (((w[(t3_0 + 15u)] >> t3_1) & 0xf0f0f0fu) | (((w[(t3_2 + 7u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q0_0_4 = (((w[(t3_0 + 16u)] >> t3_1) & 0xf0f0f0fu) | (((w[(t3_2 + 8u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q0_0_5 = (((w[(t3_0 + 17u)] >> t3_1) & 0xf0f0f0fu) | (((w[(t3_2 + 9u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q0_0_6 = (((w[(t3_0 + 18u)] >> t3_1) & 0xf0f0f0fu) | (((w[(t3_2 + 10u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q0_0_7 = (((w[(t3_0 + 19u)] >> t3_1) & 0xf0f0f0fu) | (((w[(t3_2 + 11u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_s0_0 = (unpack2x16float((t3_3 & 0xffffu)).x * f32(i32(select(((t3_9 & 15u) | ((((w[((t3_10 >> 2u) + 1u)] >> ((t3_10 & 3u) * 8u)) & 255u) >> 6u) << 4u)), (t3_8 & 63u), t3_4))));
    let u1_m0_0 = (-(unpack2x16float(((t3_3 >> 16u) & 0xffffu)).x * f32(i32(select(((t3_9 >> 4u) | ((t3_8 >> 6u) << 4u)), (t3_9 & 63u), t3_4)))));
    acc0 = (acc0 + (u1_x0_d * ((u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x0_hi.w)))) + (u1_m0_0 * f32((i32(u1_x0_hdr) >> 16u))))));
    let u1_b1 = (row_base1 + (u1_blk * 176u));
    let t4_0 = ((u1_b1 + ((u1_slice >> 1u) * 32u)) >> 2u);
    let t4_1 = ((u1_slice & 1u) * 4u);
    let t4_2 = (u1_b1 >> 2u);
    let t4_3 = w[t4_2];
    let t4_4 = (i32(u1_slice) < 4i);
    let t4_5 = (u1_b1 + u1_slice);
    let t4_6 = (t4_5 >> 2u);
    let t4_7 = ((t4_5 & 3u) * 8u);
    let t4_8 = ((w[(t4_6 + 1u)] >> t4_7) & 255u);
    let t4_9 = ((w[(t4_6 + 2u)] >> t4_7) & 255u);
    let t4_10 = (u1_b1 + (u1_slice & 3u));
    let u1_q1_0_0 = (((w[(t4_0 + 12u)] >> t4_1) & 0xf0f0f0fu) | (((w[(t4_2 + 4u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q1_0_1 = (((w[(t4_0 + 13u)] >> t4_1) & 0xf0f0f0fu) | (((w[(t4_2 + 5u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q1_0_2 = (((w[(t4_0 + 14u)] >> t4_1) & 0xf0f0f0fu) | (((w[(t4_2 + 6u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q1_0_3 = (((w[(t4_0 + 15u)] >> t4_1) & 0xf0f0f0fu) | (((w[(t4_2 + 7u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q1_0_4 = (((w[(t4_0 + 16u)] >> t4_1) & 0xf0f0f0fu) | (((w[(t4_2 + 8u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q1_0_5 = (((w[(t4_0 + 17u)] >> t4_1) & 0xf0f0f0fu) | (((w[(t4_2 + 9u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q1_0_6 = (((w[(t4_0 + 18u)] >> t4_1) & 0xf0f0f0fu) | (((w[(t4_2 + 10u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_q1_0_7 = (((w[(t4_0 + 19u)] >> t4_1) & 0xf0f0f0fu) | (((w[(t4_2 + 11u)] >> u1_slice) & 0x1010101u) << 4u));
    let u1_s1_0 = (unpack2x16float((t4_3 & 0xffffu)).x * f32(i32(select(((t4_9 & 15u) | ((((w[((t4_10 >> 2u) + 1u)] >> ((t4_10 & 3u) * 8u)) & 255u) >> 6u) << 4u)), (t4_8 & 63u), t4_4))));
    let u1_m1_0 = (-(unpack2x16float(((t4_3 >> 16u) & 0xffffu)).x * f32(i32(select(((t4_9 >> 4u) | ((t4_8 >> 6u) << 4u)), (t4_9 & 63u), t4_4)))));
    acc1 = (acc1 + (u1_x0_d * ((u1_s1_0 * f32((((((((dot4I8Packed(u1_q1_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q1_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q1_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q1_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q1_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q1_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q1_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q1_0_7, u1_x0_hi.w)))) + (u1_m1_0 * f32((i32(u1_x0_hdr) >> 16u))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 176u));
    let t5_0 = ((b0 + ((slice >> 1u) * 32u)) >> 2u);
    let t5_1 = ((slice & 1u) * 4u);
    let t5_2 = (b0 >> 2u);
    let t5_3 = w[t5_2];
    let t5_4 = (i32(slice) < 4i);
    let t5_5 = (b0 + slice);
    let t5_6 = (t5_5 >> 2u);
    let t5_7 = ((t5_5 & 3u) * 8u);
    let t5_8 = ((w[(t5_6 + 1u)] >> t5_7) & 255u);
    let t5_9 = ((w[(t5_6 + 2u)] >> t5_7) & 255u);
    let t5_10 = (b0 + (slice & 3u));
    let q0_0_0 = (((w[(t5_0 + 12u)] >> t5_1) & 0xf0f0f0fu) | (((w[(t5_2 + 4u)] >> slice) & 0x1010101u) << 4u));
    let q0_0_1 = (((w[(t5_0 + 13u)] >> t5_1) & 0xf0f0f0fu) | (((w[(t5_2 + 5u)] >> slice) & 0x1010101u) << 4u));
    let q0_0_2 = (((w[(t5_0 + 14u)] >> t5_1) & 0xf0f0f0fu) | (((w[(t5_2 + 6u)] >> slice) & 0x1010101u) << 4u));
    let q0_0_3 = (((w[(t5_0 + 15u)] >> t5_1) & 0xf0f0f0fu) | (((w[(t5_2 + 7u)] >> slice) & 0x1010101u) << 4u));
    let q0_0_4 = (((w[(t5_0 + 16u)] >> t5_1) & 0xf0f0f0fu) | (((w[(t5_2 + 8u)] >> slice) & 0x1010101u) << 4u));
    let q0_0_5 = (((w[(t5_0 + 17u)] >> t5_1) & 0xf0f0f0fu) | (((w[(t5_2 + 9u)] >> slice) & 0x1010101u) << 4u));
    let q0_0_6 = (((w[(t5_0 + 18u)] >> t5_1) & 0xf0f0f0fu) | (((w[(t5_2 + 10u)] >> slice) & 0x1010101u) << 4u));
    let q0_0_7 = (((w[(t5_0 + 19u)] >> t5_1) & 0xf0f0f0fu) | (((w[(t5_2 + 11u)] >> slice) & 0x1010101u) << 4u));
    let s0_0 = (unpack2x16float((t5_3 & 0xffffu)).x * f32(i32(select(((t5_9 & 15u) | ((((w[((t5_10 >> 2u) + 1u)] >> ((t5_10 & 3u) * 8u)) & 255u) >> 6u) << 4u)), (t5_8 & 63u), t5_4))));
    let m0_0 = (-(unpack2x16float(((t5_3 >> 16u) & 0xffffu)).x * f32(i32(select(((t5_9 >> 4u) | ((t5_8 >> 6u) << 4u)), (t5_9 & 63u), t5_4)))));
    acc0 = (acc0 + (x0_d * ((s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w)))) + (m0_0 * f32((i32(x0_hdr) >> 16u))))));
    let b1 = (row_base1 + (blk * 176u));
    let t6_0 = ((b1 + ((slice >> 1u) * 32u)) >> 2u);
    let t6_1 = ((slice & 1u) * 4u);
    let t6_2 = (b1 >> 2u);
    let t6_3 = w[t6_2];
    let t6_4 = (i32(slice) < 4i);
    let t6_5 = (b1 + slice);
    let t6_6 = (t6_5 >> 2u);
    let t6_7 = ((t6_5 & 3u) * 8u);
    let t6_8 = ((w[(t6_6 + 1u)] >> t6_7) & 255u);
    let t6_9 = ((w[(t6_6 + 2u)] >> t6_7) & 255u);
    let t6_10 = (b1 + (slice & 3u));
    let q1_0_0 = (((w[(t6_0 + 12u)] >> t6_1) & 0xf0f0f0fu) | (((w[(t6_2 + 4u)] >> slice) & 0x1010101u) << 4u));
    let q1_0_1 = (((w[(t6_0 + 13u)] >> t6_1) & 0xf0f0f0fu) | (((w[(t6_2 + 5u)] >> slice) & 0x1010101u) << 4u));
    let q1_0_2 = (((w[(t6_0 + 14u)] >> t6_1) & 0xf0f0f0fu) | (((w[(t6_2 + 6u)] >> slice) & 0x1010101u) << 4u));
    let q1_0_3 = (((w[(t6_0 + 15u)] >> t6_1) & 0xf0f0f0fu) | (((w[(t6_2 + 7u)] >> slice) & 0x1010101u) << 4u));
    let q1_0_4 = (((w[(t6_0 + 16u)] >> t6_1) & 0xf0f0f0fu) | (((w[(t6_2 + 8u)] >> slice) & 0x1010101u) << 4u));
    let q1_0_5 = (((w[(t6_0 + 17u)] >> t6_1) & 0xf0f0f0fu) | (((w[(t6_2 + 9u)] >> slice) & 0x1010101u) << 4u));
    let q1_0_6 = (((w[(t6_0 + 18u)] >> t6_1) & 0xf0f0f0fu) | (((w[(t6_2 + 10u)] >> slice) & 0x1010101u) << 4u));
    let q1_0_7 = (((w[(t6_0 + 19u)] >> t6_1) & 0xf0f0f0fu) | (((w[(t6_2 + 11u)] >> slice) & 0x1010101u) << 4u));
    let s1_0 = (unpack2x16float((t6_3 & 0xffffu)).x * f32(i32(select(((t6_9 & 15u) | ((((w[((t6_10 >> 2u) + 1u)] >> ((t6_10 & 3u) * 8u)) & 255u) >> 6u) << 4u)), (t6_8 & 63u), t6_4))));
    let m1_0 = (-(unpack2x16float(((t6_3 >> 16u) & 0xffffu)).x * f32(i32(select(((t6_9 >> 4u) | ((t6_8 >> 6u) << 4u)), (t6_9 & 63u), t6_4)))));
    acc1 = (acc1 + (x0_d * ((s1_0 * f32((((((((dot4I8Packed(q1_0_0, x0_lo.x) + dot4I8Packed(q1_0_1, x0_lo.y)) + dot4I8Packed(q1_0_2, x0_lo.z)) + dot4I8Packed(q1_0_3, x0_lo.w)) + dot4I8Packed(q1_0_4, x0_hi.x)) + dot4I8Packed(q1_0_5, x0_hi.y)) + dot4I8Packed(q1_0_6, x0_hi.z)) + dot4I8Packed(q1_0_7, x0_hi.w)))) + (m1_0 * f32((i32(x0_hdr) >> 16u))))));
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
