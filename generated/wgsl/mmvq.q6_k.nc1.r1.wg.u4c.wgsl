// kgen 0.1.0: mmvq.q6_k.nc1.r1.wg.u4c; generated, do not edit; content hash 9525abbe2e20272d
// mmvq: y = W . x, W in q6_k (256 per 210-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 4 chunk(s) per thread per step (contig), lookup tables vec
// format q6_k (ggml type 14) from dsl/formats/q6_k.ts
// capabilities: dot4i8

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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q6_k blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 1u * WG_SIZE>;

@compute @workgroup_size(WG_SIZE)
fn main(@builtin(local_invocation_index) lid: u32, @builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
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
  let t0_0 = (WG_SIZE * 4u);
  let n_full = ((n_chunks / t0_0) * t0_0);
  for (var j0: u32 = (lid * 4u); (j0 < n_full); j0 = (j0 + (WG_SIZE * 4u))) {
    let u0_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u0_x0_hdr = x[u0_x0_at].x;
    let u0_x0_lo = x[(u0_x0_at + 1u)];
    let u0_x0_hi = x[(u0_x0_at + 2u)];
    let u0_x0_d = unpack2x16float((u0_x0_hdr & 0xffffu)).x;
    let u0_blk = (j0 >> 3u);
    let u0_slice = (j0 & 7u);
    let u0_b0 = (row_base0 + (u0_blk * 210u));
    let t1_0 = (u0_slice * 2u);
    let t1_1 = (t1_0 >> 3u);
    let t1_2 = ((t1_0 >> 1u) & 3u);
    let t1_3 = ((t1_0 & 1u) * 4u);
    let t1_4 = (u0_b0 + ((((t1_1 * 16u) + ((t1_2 & 1u) * 8u)) + t1_3) * 4u));
    let t1_5 = (t1_4 >> 2u);
    let t1_6 = ((t1_4 & 3u) * 8u);
    let t1_7 = w[(t1_5 + 1u)];
    let t1_8 = (31u - t1_6);
    let t1_9 = ((t1_2 >> 1u) * 4u);
    let t1_10 = (u0_b0 + (((t1_1 * 8u) + t1_3) * 4u));
    let t1_11 = (t1_10 >> 2u);
    let t1_12 = ((t1_10 & 3u) * 8u);
    let t1_13 = w[(t1_11 + 33u)];
    let t1_14 = (31u - t1_12);
    let t1_15 = (t1_2 * 2u);
    let t1_16 = w[(t1_5 + 2u)];
    let t1_17 = w[(t1_11 + 34u)];
    let t1_18 = w[(t1_5 + 3u)];
    let t1_19 = w[(t1_11 + 35u)];
    let t1_20 = (u0_b0 + t1_0);
    let u0_q0_0_0 = (((((w[t1_5] >> t1_6) | ((t1_7 << 1u) << t1_8)) >> t1_9) & 0xf0f0f0fu) | (((((w[(t1_11 + 32u)] >> t1_12) | ((t1_13 << 1u) << t1_14)) >> t1_15) & 0x3030303u) << 4u));
    let u0_q0_0_1 = (((((t1_7 >> t1_6) | ((t1_16 << 1u) << t1_8)) >> t1_9) & 0xf0f0f0fu) | (((((t1_13 >> t1_12) | ((t1_17 << 1u) << t1_14)) >> t1_15) & 0x3030303u) << 4u));
    let u0_q0_0_2 = (((((t1_16 >> t1_6) | ((t1_18 << 1u) << t1_8)) >> t1_9) & 0xf0f0f0fu) | (((((t1_17 >> t1_12) | ((t1_19 << 1u) << t1_14)) >> t1_15) & 0x3030303u) << 4u));
    let u0_q0_0_3 = (((((t1_18 >> t1_6) | ((w[(t1_5 + 4u)] << 1u) << t1_8)) >> t1_9) & 0xf0f0f0fu) | (((((t1_19 >> t1_12) | ((w[(t1_11 + 36u)] << 1u) << t1_14)) >> t1_15) & 0x3030303u) << 4u));
    let u0_s0_0 = (unpack2x16float(((w[((u0_b0 >> 2u) + 52u)] >> ((u0_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(u32((i32((((w[((t1_20 >> 2u) + 48u)] >> ((t1_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)))));
    let t2_0 = (u0_slice * 2u);
    let t2_1 = (t2_0 + 1u);
    let t2_2 = (t2_1 >> 3u);
    let t2_3 = ((t2_1 >> 1u) & 3u);
    let t2_4 = ((t2_1 & 1u) * 4u);
    let t2_5 = (u0_b0 + ((((t2_2 * 16u) + ((t2_3 & 1u) * 8u)) + t2_4) * 4u));
    let t2_6 = (t2_5 >> 2u);
    let t2_7 = ((t2_5 & 3u) * 8u);
    let t2_8 = w[(t2_6 + 1u)];
    let t2_9 = (31u - t2_7);
    let t2_10 = ((t2_3 >> 1u) * 4u);
    let t2_11 = (u0_b0 + (((t2_2 * 8u) + t2_4) * 4u));
    let t2_12 = (t2_11 >> 2u);
    let t2_13 = ((t2_11 & 3u) * 8u);
    let t2_14 = w[(t2_12 + 33u)];
    let t2_15 = (31u - t2_13);
    let t2_16 = (t2_3 * 2u);
    let t2_17 = w[(t2_6 + 2u)];
    let t2_18 = w[(t2_12 + 34u)];
    let t2_19 = w[(t2_6 + 3u)];
    let t2_20 = w[(t2_12 + 35u)];
    let t2_21 = (u0_b0 + t2_0);
    let u0_q0_1_0 = (((((w[t2_6] >> t2_7) | ((t2_8 << 1u) << t2_9)) >> t2_10) & 0xf0f0f0fu) | (((((w[(t2_12 + 32u)] >> t2_13) | ((t2_14 << 1u) << t2_15)) >> t2_16) & 0x3030303u) << 4u));
    let u0_q0_1_1 = (((((t2_8 >> t2_7) | ((t2_17 << 1u) << t2_9)) >> t2_10) & 0xf0f0f0fu) | (((((t2_14 >> t2_13) | ((t2_18 << 1u) << t2_15)) >> t2_16) & 0x3030303u) << 4u));
    let u0_q0_1_2 = (((((t2_17 >> t2_7) | ((t2_19 << 1u) << t2_9)) >> t2_10) & 0xf0f0f0fu) | (((((t2_18 >> t2_13) | ((t2_20 << 1u) << t2_15)) >> t2_16) & 0x3030303u) << 4u));
    let u0_q0_1_3 = (((((t2_19 >> t2_7) | ((w[(t2_6 + 4u)] << 1u) << t2_9)) >> t2_10) & 0xf0f0f0fu) | (((((t2_20 >> t2_13) | ((w[(t2_12 + 36u)] << 1u) << t2_15)) >> t2_16) & 0x3030303u) << 4u));
    let u0_s0_1 = (unpack2x16float(((w[((u0_b0 >> 2u) + 52u)] >> ((u0_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(u32((i32((((w[((t2_21 >> 2u) + 48u)] >> (((t2_21 & 3u) * 8u) + 8u)) & 255u) << 24u)) >> 24u)))));
    let t3_0 = u0_x0_lo.x;
    let t3_1 = u0_x0_lo.y;
    let t3_2 = u0_x0_lo.z;
    let t3_3 = u0_x0_lo.w;
    let t3_4 = u0_x0_hi.x;
    let t3_5 = u0_x0_hi.y;
    let t3_6 = u0_x0_hi.z;
    let t3_7 = u0_x0_hi.w;
    acc0 = (acc0 + (u0_x0_d * ((u0_s0_0 * f32(((((dot4I8Packed(u0_q0_0_0, t3_0) + dot4I8Packed(u0_q0_0_1, t3_1)) + dot4I8Packed(u0_q0_0_2, t3_2)) + dot4I8Packed(u0_q0_0_3, t3_3)) - ((((dot4I8Packed(t3_0, 0x1010101u) + dot4I8Packed(t3_1, 0x1010101u)) + dot4I8Packed(t3_2, 0x1010101u)) + dot4I8Packed(t3_3, 0x1010101u)) * 32i)))) + (u0_s0_1 * f32(((((dot4I8Packed(u0_q0_1_0, t3_4) + dot4I8Packed(u0_q0_1_1, t3_5)) + dot4I8Packed(u0_q0_1_2, t3_6)) + dot4I8Packed(u0_q0_1_3, t3_7)) - ((((dot4I8Packed(t3_4, 0x1010101u) + dot4I8Packed(t3_5, 0x1010101u)) + dot4I8Packed(t3_6, 0x1010101u)) + dot4I8Packed(t3_7, 0x1010101u)) * 32i)))))));
    let u1_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at].y;
    let u1_x0_lo = x[(u1_x0_at + 3u)];
    let u1_x0_hi = x[(u1_x0_at + 4u)];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (j0 >> 3u);
    let u1_slice = ((j0 & 7u) + 1u);
    let u1_b0 = (row_base0 + (u1_blk * 210u));
    let t4_0 = (u1_slice * 2u);
    let t4_1 = (t4_0 >> 3u);
    let t4_2 = ((t4_0 >> 1u) & 3u);
    let t4_3 = ((t4_0 & 1u) * 4u);
    let t4_4 = (u1_b0 + ((((t4_1 * 16u) + ((t4_2 & 1u) * 8u)) + t4_3) * 4u));
    let t4_5 = (t4_4 >> 2u);
    let t4_6 = ((t4_4 & 3u) * 8u);
    let t4_7 = w[(t4_5 + 1u)];
    let t4_8 = (31u - t4_6);
    let t4_9 = ((t4_2 >> 1u) * 4u);
    let t4_10 = (u1_b0 + (((t4_1 * 8u) + t4_3) * 4u));
    let t4_11 = (t4_10 >> 2u);
    let t4_12 = ((t4_10 & 3u) * 8u);
    let t4_13 = w[(t4_11 + 33u)];
    let t4_14 = (31u - t4_12);
    let t4_15 = (t4_2 * 2u);
    let t4_16 = w[(t4_5 + 2u)];
    let t4_17 = w[(t4_11 + 34u)];
    let t4_18 = w[(t4_5 + 3u)];
    let t4_19 = w[(t4_11 + 35u)];
    let t4_20 = (u1_b0 + t4_0);
    let u1_q0_0_0 = (((((w[t4_5] >> t4_6) | ((t4_7 << 1u) << t4_8)) >> t4_9) & 0xf0f0f0fu) | (((((w[(t4_11 + 32u)] >> t4_12) | ((t4_13 << 1u) << t4_14)) >> t4_15) & 0x3030303u) << 4u));
    let u1_q0_0_1 = (((((t4_7 >> t4_6) | ((t4_16 << 1u) << t4_8)) >> t4_9) & 0xf0f0f0fu) | (((((t4_13 >> t4_12) | ((t4_17 << 1u) << t4_14)) >> t4_15) & 0x3030303u) << 4u));
    let u1_q0_0_2 = (((((t4_16 >> t4_6) | ((t4_18 << 1u) << t4_8)) >> t4_9) & 0xf0f0f0fu) | (((((t4_17 >> t4_12) | ((t4_19 << 1u) << t4_14)) >> t4_15) & 0x3030303u) << 4u));
    let u1_q0_0_3 = (((((t4_18 >> t4_6) | ((w[(t4_5 + 4u)] << 1u) << t4_8)) >> t4_9) & 0xf0f0f0fu) | (((((t4_19 >> t4_12) | ((w[(t4_11 + 36u)] << 1u) << t4_14)) >> t4_15) & 0x3030303u) << 4u));
    let u1_s0_0 = (unpack2x16float(((w[((u1_b0 >> 2u) + 52u)] >> ((u1_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(u32((i32((((w[((t4_20 >> 2u) + 48u)] >> ((t4_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)))));
    let t5_0 = (u1_slice * 2u);
    let t5_1 = (t5_0 + 1u);
    let t5_2 = (t5_1 >> 3u);
    let t5_3 = ((t5_1 >> 1u) & 3u);
    let t5_4 = ((t5_1 & 1u) * 4u);
    let t5_5 = (u1_b0 + ((((t5_2 * 16u) + ((t5_3 & 1u) * 8u)) + t5_4) * 4u));
    let t5_6 = (t5_5 >> 2u);
    let t5_7 = ((t5_5 & 3u) * 8u);
    let t5_8 = w[(t5_6 + 1u)];
    let t5_9 = (31u - t5_7);
    let t5_10 = ((t5_3 >> 1u) * 4u);
    let t5_11 = (u1_b0 + (((t5_2 * 8u) + t5_4) * 4u));
    let t5_12 = (t5_11 >> 2u);
    let t5_13 = ((t5_11 & 3u) * 8u);
    let t5_14 = w[(t5_12 + 33u)];
    let t5_15 = (31u - t5_13);
    let t5_16 = (t5_3 * 2u);
    let t5_17 = w[(t5_6 + 2u)];
    let t5_18 = w[(t5_12 + 34u)];
    let t5_19 = w[(t5_6 + 3u)];
    let t5_20 = w[(t5_12 + 35u)];
    let t5_21 = (u1_b0 + t5_0);
    let u1_q0_1_0 = (((((w[t5_6] >> t5_7) | ((t5_8 << 1u) << t5_9)) >> t5_10) & 0xf0f0f0fu) | (((((w[(t5_12 + 32u)] >> t5_13) | ((t5_14 << 1u) << t5_15)) >> t5_16) & 0x3030303u) << 4u));
    let u1_q0_1_1 = (((((t5_8 >> t5_7) | ((t5_17 << 1u) << t5_9)) >> t5_10) & 0xf0f0f0fu) | (((((t5_14 >> t5_13) | ((t5_18 << 1u) << t5_15)) >> t5_16) & 0x3030303u) << 4u));
    let u1_q0_1_2 = (((((t5_17 >> t5_7) | ((t5_19 << 1u) << t5_9)) >> t5_10) & 0xf0f0f0fu) | (((((t5_18 >> t5_13) | ((t5_20 << 1u) << t5_15)) >> t5_16) & 0x3030303u) << 4u));
    let u1_q0_1_3 = (((((t5_19 >> t5_7) | ((w[(t5_6 + 4u)] << 1u) << t5_9)) >> t5_10) & 0xf0f0f0fu) | (((((t5_20 >> t5_13) | ((w[(t5_12 + 36u)] << 1u) << t5_15)) >> t5_16) & 0x3030303u) << 4u));
    let u1_s0_1 = (unpack2x16float(((w[((u1_b0 >> 2u) + 52u)] >> ((u1_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(u32((i32((((w[((t5_21 >> 2u) + 48u)] >> (((t5_21 & 3u) * 8u) + 8u)) & 255u) << 24u)) >> 24u)))));
    let t6_0 = u1_x0_lo.x;
    let t6_1 = u1_x0_lo.y;
    let t6_2 = u1_x0_lo.z;
    let t6_3 = u1_x0_lo.w;
    let t6_4 = u1_x0_hi.x;
    let t6_5 = u1_x0_hi.y;
    let t6_6 = u1_x0_hi.z;
    let t6_7 = u1_x0_hi.w;
    acc0 = (acc0 + (u1_x0_d * ((u1_s0_0 * f32(((((dot4I8Packed(u1_q0_0_0, t6_0) + dot4I8Packed(u1_q0_0_1, t6_1)) + dot4I8Packed(u1_q0_0_2, t6_2)) + dot4I8Packed(u1_q0_0_3, t6_3)) - ((((dot4I8Packed(t6_0, 0x1010101u) + dot4I8Packed(t6_1, 0x1010101u)) + dot4I8Packed(t6_2, 0x1010101u)) + dot4I8Packed(t6_3, 0x1010101u)) * 32i)))) + (u1_s0_1 * f32(((((dot4I8Packed(u1_q0_1_0, t6_4) + dot4I8Packed(u1_q0_1_1, t6_5)) + dot4I8Packed(u1_q0_1_2, t6_6)) + dot4I8Packed(u1_q0_1_3, t6_7)) - ((((dot4I8Packed(t6_4, 0x1010101u) + dot4I8Packed(t6_5, 0x1010101u)) + dot4I8Packed(t6_6, 0x1010101u)) + dot4I8Packed(t6_7, 0x1010101u)) * 32i)))))));
    let u2_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u2_x0_hdr = x[u2_x0_at].z;
    let u2_x0_lo = x[(u2_x0_at + 5u)];
    let u2_x0_hi = x[(u2_x0_at + 6u)];
    let u2_x0_d = unpack2x16float((u2_x0_hdr & 0xffffu)).x;
    let u2_blk = (j0 >> 3u);
    let u2_slice = ((j0 & 7u) + 2u);
    let u2_b0 = (row_base0 + (u2_blk * 210u));
    let t7_0 = (u2_slice * 2u);
    let t7_1 = (t7_0 >> 3u);
    let t7_2 = ((t7_0 >> 1u) & 3u);
    let t7_3 = ((t7_0 & 1u) * 4u);
    let t7_4 = (u2_b0 + ((((t7_1 * 16u) + ((t7_2 & 1u) * 8u)) + t7_3) * 4u));
    let t7_5 = (t7_4 >> 2u);
    let t7_6 = ((t7_4 & 3u) * 8u);
    let t7_7 = w[(t7_5 + 1u)];
    let t7_8 = (31u - t7_6);
    let t7_9 = ((t7_2 >> 1u) * 4u);
    let t7_10 = (u2_b0 + (((t7_1 * 8u) + t7_3) * 4u));
    let t7_11 = (t7_10 >> 2u);
    let t7_12 = ((t7_10 & 3u) * 8u);
    let t7_13 = w[(t7_11 + 33u)];
    let t7_14 = (31u - t7_12);
    let t7_15 = (t7_2 * 2u);
    let t7_16 = w[(t7_5 + 2u)];
    let t7_17 = w[(t7_11 + 34u)];
    let t7_18 = w[(t7_5 + 3u)];
    let t7_19 = w[(t7_11 + 35u)];
    let t7_20 = (u2_b0 + t7_0);
    let u2_q0_0_0 = (((((w[t7_5] >> t7_6) | ((t7_7 << 1u) << t7_8)) >> t7_9) & 0xf0f0f0fu) | (((((w[(t7_11 + 32u)] >> t7_12) | ((t7_13 << 1u) << t7_14)) >> t7_15) & 0x3030303u) << 4u));
    let u2_q0_0_1 = (((((t7_7 >> t7_6) | ((t7_16 << 1u) << t7_8)) >> t7_9) & 0xf0f0f0fu) | (((((t7_13 >> t7_12) | ((t7_17 << 1u) << t7_14)) >> t7_15) & 0x3030303u) << 4u));
    let u2_q0_0_2 = (((((t7_16 >> t7_6) | ((t7_18 << 1u) << t7_8)) >> t7_9) & 0xf0f0f0fu) | (((((t7_17 >> t7_12) | ((t7_19 << 1u) << t7_14)) >> t7_15) & 0x3030303u) << 4u));
    let u2_q0_0_3 = (((((t7_18 >> t7_6) | ((w[(t7_5 + 4u)] << 1u) << t7_8)) >> t7_9) & 0xf0f0f0fu) | (((((t7_19 >> t7_12) | ((w[(t7_11 + 36u)] << 1u) << t7_14)) >> t7_15) & 0x3030303u) << 4u));
    let u2_s0_0 = (unpack2x16float(((w[((u2_b0 >> 2u) + 52u)] >> ((u2_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(u32((i32((((w[((t7_20 >> 2u) + 48u)] >> ((t7_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)))));
    let t8_0 = (u2_slice * 2u);
    let t8_1 = (t8_0 + 1u);
    let t8_2 = (t8_1 >> 3u);
    let t8_3 = ((t8_1 >> 1u) & 3u);
    let t8_4 = ((t8_1 & 1u) * 4u);
    let t8_5 = (u2_b0 + ((((t8_2 * 16u) + ((t8_3 & 1u) * 8u)) + t8_4) * 4u));
    let t8_6 = (t8_5 >> 2u);
    let t8_7 = ((t8_5 & 3u) * 8u);
    let t8_8 = w[(t8_6 + 1u)];
    let t8_9 = (31u - t8_7);
    let t8_10 = ((t8_3 >> 1u) * 4u);
    let t8_11 = (u2_b0 + (((t8_2 * 8u) + t8_4) * 4u));
    let t8_12 = (t8_11 >> 2u);
    let t8_13 = ((t8_11 & 3u) * 8u);
    let t8_14 = w[(t8_12 + 33u)];
    let t8_15 = (31u - t8_13);
    let t8_16 = (t8_3 * 2u);
    let t8_17 = w[(t8_6 + 2u)];
    let t8_18 = w[(t8_12 + 34u)];
    let t8_19 = w[(t8_6 + 3u)];
    let t8_20 = w[(t8_12 + 35u)];
    let t8_21 = (u2_b0 + t8_0);
    let u2_q0_1_0 = (((((w[t8_6] >> t8_7) | ((t8_8 << 1u) << t8_9)) >> t8_10) & 0xf0f0f0fu) | (((((w[(t8_12 + 32u)] >> t8_13) | ((t8_14 << 1u) << t8_15)) >> t8_16) & 0x3030303u) << 4u));
    let u2_q0_1_1 = (((((t8_8 >> t8_7) | ((t8_17 << 1u) << t8_9)) >> t8_10) & 0xf0f0f0fu) | (((((t8_14 >> t8_13) | ((t8_18 << 1u) << t8_15)) >> t8_16) & 0x3030303u) << 4u));
    let u2_q0_1_2 = (((((t8_17 >> t8_7) | ((t8_19 << 1u) << t8_9)) >> t8_10) & 0xf0f0f0fu) | (((((t8_18 >> t8_13) | ((t8_20 << 1u) << t8_15)) >> t8_16) & 0x3030303u) << 4u));
    let u2_q0_1_3 = (((((t8_19 >> t8_7) | ((w[(t8_6 + 4u)] << 1u) << t8_9)) >> t8_10) & 0xf0f0f0fu) | (((((t8_20 >> t8_13) | ((w[(t8_12 + 36u)] << 1u) << t8_15)) >> t8_16) & 0x3030303u) << 4u));
    let u2_s0_1 = (unpack2x16float(((w[((u2_b0 >> 2u) + 52u)] >> ((u2_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(u32((i32((((w[((t8_21 >> 2u) + 48u)] >> (((t8_21 & 3u) * 8u) + 8u)) & 255u) << 24u)) >> 24u)))));
    let t9_0 = u2_x0_lo.x;
    let t9_1 = u2_x0_lo.y;
    let t9_2 = u2_x0_lo.z;
    let t9_3 = u2_x0_lo.w;
    let t9_4 = u2_x0_hi.x;
    let t9_5 = u2_x0_hi.y;
    let t9_6 = u2_x0_hi.z;
    let t9_7 = u2_x0_hi.w;
    acc0 = (acc0 + (u2_x0_d * ((u2_s0_0 * f32(((((dot4I8Packed(u2_q0_0_0, t9_0) + dot4I8Packed(u2_q0_0_1, t9_1)) + dot4I8Packed(u2_q0_0_2, t9_2)) + dot4I8Packed(u2_q0_0_3, t9_3)) - ((((dot4I8Packed(t9_0, 0x1010101u) + dot4I8Packed(t9_1, 0x1010101u)) + dot4I8Packed(t9_2, 0x1010101u)) + dot4I8Packed(t9_3, 0x1010101u)) * 32i)))) + (u2_s0_1 * f32(((((dot4I8Packed(u2_q0_1_0, t9_4) + dot4I8Packed(u2_q0_1_1, t9_5)) + dot4I8Packed(u2_q0_1_2, t9_6)) + dot4I8Packed(u2_q0_1_3, t9_7)) - ((((dot4I8Packed(t9_4, 0x1010101u) + dot4I8Packed(t9_5, 0x1010101u)) + dot4I8Packed(t9_6, 0x1010101u)) + dot4I8Packed(t9_7, 0x1010101u)) * 32i)))))));
    let u3_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u3_x0_hdr = x[u3_x0_at].w;
    let u3_x0_lo = x[(u3_x0_at + 7u)];
    let u3_x0_hi = x[(u3_x0_at + 8u)];
    let u3_x0_d = unpack2x16float((u3_x0_hdr & 0xffffu)).x;
    let u3_blk = (j0 >> 3u);
    let u3_slice = ((j0 & 7u) + 3u);
    let u3_b0 = (row_base0 + (u3_blk * 210u));
    let t10_0 = (u3_slice * 2u);
    let t10_1 = (t10_0 >> 3u);
    let t10_2 = ((t10_0 >> 1u) & 3u);
    let t10_3 = ((t10_0 & 1u) * 4u);
    let t10_4 = (u3_b0 + ((((t10_1 * 16u) + ((t10_2 & 1u) * 8u)) + t10_3) * 4u));
    let t10_5 = (t10_4 >> 2u);
    let t10_6 = ((t10_4 & 3u) * 8u);
    let t10_7 = w[(t10_5 + 1u)];
    let t10_8 = (31u - t10_6);
    let t10_9 = ((t10_2 >> 1u) * 4u);
    let t10_10 = (u3_b0 + (((t10_1 * 8u) + t10_3) * 4u));
    let t10_11 = (t10_10 >> 2u);
    let t10_12 = ((t10_10 & 3u) * 8u);
    let t10_13 = w[(t10_11 + 33u)];
    let t10_14 = (31u - t10_12);
    let t10_15 = (t10_2 * 2u);
    let t10_16 = w[(t10_5 + 2u)];
    let t10_17 = w[(t10_11 + 34u)];
    let t10_18 = w[(t10_5 + 3u)];
    let t10_19 = w[(t10_11 + 35u)];
    let t10_20 = (u3_b0 + t10_0);
    let u3_q0_0_0 = (((((w[t10_5] >> t10_6) | ((t10_7 << 1u) << t10_8)) >> t10_9) & 0xf0f0f0fu) | (((((w[(t10_11 + 32u)] >> t10_12) | ((t10_13 << 1u) << t10_14)) >> t10_15) & 0x3030303u) << 4u));
    let u3_q0_0_1 = (((((t10_7 >> t10_6) | ((t10_16 << 1u) << t10_8)) >> t10_9) & 0xf0f0f0fu) | (((((t10_13 >> t10_12) | ((t10_17 << 1u) << t10_14)) >> t10_15) & 0x3030303u) << 4u));
    let u3_q0_0_2 = (((((t10_16 >> t10_6) | ((t10_18 << 1u) << t10_8)) >> t10_9) & 0xf0f0f0fu) | (((((t10_17 >> t10_12) | ((t10_19 << 1u) << t10_14)) >> t10_15) & 0x3030303u) << 4u));
    let u3_q0_0_3 = (((((t10_18 >> t10_6) | ((w[(t10_5 + 4u)] << 1u) << t10_8)) >> t10_9) & 0xf0f0f0fu) | (((((t10_19 >> t10_12) | ((w[(t10_11 + 36u)] << 1u) << t10_14)) >> t10_15) & 0x3030303u) << 4u));
    let u3_s0_0 = (unpack2x16float(((w[((u3_b0 >> 2u) + 52u)] >> ((u3_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(u32((i32((((w[((t10_20 >> 2u) + 48u)] >> ((t10_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)))));
    let t11_0 = (u3_slice * 2u);
    let t11_1 = (t11_0 + 1u);
    let t11_2 = (t11_1 >> 3u);
    let t11_3 = ((t11_1 >> 1u) & 3u);
    let t11_4 = ((t11_1 & 1u) * 4u);
    let t11_5 = (u3_b0 + ((((t11_2 * 16u) + ((t11_3 & 1u) * 8u)) + t11_4) * 4u));
    let t11_6 = (t11_5 >> 2u);
    let t11_7 = ((t11_5 & 3u) * 8u);
    let t11_8 = w[(t11_6 + 1u)];
    let t11_9 = (31u - t11_7);
    let t11_10 = ((t11_3 >> 1u) * 4u);
    let t11_11 = (u3_b0 + (((t11_2 * 8u) + t11_4) * 4u));
    let t11_12 = (t11_11 >> 2u);
    let t11_13 = ((t11_11 & 3u) * 8u);
    let t11_14 = w[(t11_12 + 33u)];
    let t11_15 = (31u - t11_13);
    let t11_16 = (t11_3 * 2u);
    let t11_17 = w[(t11_6 + 2u)];
    let t11_18 = w[(t11_12 + 34u)];
    let t11_19 = w[(t11_6 + 3u)];
    let t11_20 = w[(t11_12 + 35u)];
    let t11_21 = (u3_b0 + t11_0);
    let u3_q0_1_0 = (((((w[t11_6] >> t11_7) | ((t11_8 << 1u) << t11_9)) >> t11_10) & 0xf0f0f0fu) | (((((w[(t11_12 + 32u)] >> t11_13) | ((t11_14 << 1u) << t11_15)) >> t11_16) & 0x3030303u) << 4u));
    let u3_q0_1_1 = (((((t11_8 >> t11_7) | ((t11_17 << 1u) << t11_9)) >> t11_10) & 0xf0f0f0fu) | (((((t11_14 >> t11_13) | ((t11_18 << 1u) << t11_15)) >> t11_16) & 0x3030303u) << 4u));
    let u3_q0_1_2 = (((((t11_17 >> t11_7) | ((t11_19 << 1u) << t11_9)) >> t11_10) & 0xf0f0f0fu) | (((((t11_18 >> t11_13) | ((t11_20 << 1u) << t11_15)) >> t11_16) & 0x3030303u) << 4u));
    let u3_q0_1_3 = (((((t11_19 >> t11_7) | ((w[(t11_6 + 4u)] << 1u) << t11_9)) >> t11_10) & 0xf0f0f0fu) | (((((t11_20 >> t11_13) | ((w[(t11_12 + 36u)] << 1u) << t11_15)) >> t11_16) & 0x3030303u) << 4u));
    let u3_s0_1 = (unpack2x16float(((w[((u3_b0 >> 2u) + 52u)] >> ((u3_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(u32((i32((((w[((t11_21 >> 2u) + 48u)] >> (((t11_21 & 3u) * 8u) + 8u)) & 255u) << 24u)) >> 24u)))));
    let t12_0 = u3_x0_lo.x;
    let t12_1 = u3_x0_lo.y;
    let t12_2 = u3_x0_lo.z;
    let t12_3 = u3_x0_lo.w;
    let t12_4 = u3_x0_hi.x;
    let t12_5 = u3_x0_hi.y;
    let t12_6 = u3_x0_hi.z;
    let t12_7 = u3_x0_hi.w;
    acc0 = (acc0 + (u3_x0_d * ((u3_s0_0 * f32(((((dot4I8Packed(u3_q0_0_0, t12_0) + dot4I8Packed(u3_q0_0_1, t12_1)) + dot4I8Packed(u3_q0_0_2, t12_2)) + dot4I8Packed(u3_q0_0_3, t12_3)) - ((((dot4I8Packed(t12_0, 0x1010101u) + dot4I8Packed(t12_1, 0x1010101u)) + dot4I8Packed(t12_2, 0x1010101u)) + dot4I8Packed(t12_3, 0x1010101u)) * 32i)))) + (u3_s0_1 * f32(((((dot4I8Packed(u3_q0_1_0, t12_4) + dot4I8Packed(u3_q0_1_1, t12_5)) + dot4I8Packed(u3_q0_1_2, t12_6)) + dot4I8Packed(u3_q0_1_3, t12_7)) - ((((dot4I8Packed(t12_4, 0x1010101u) + dot4I8Packed(t12_5, 0x1010101u)) + dot4I8Packed(t12_6, 0x1010101u)) + dot4I8Packed(t12_7, 0x1010101u)) * 32i)))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 210u));
    let t13_0 = (slice * 2u);
    let t13_1 = (t13_0 >> 3u);
    let t13_2 = ((t13_0 >> 1u) & 3u);
    let t13_3 = ((t13_0 & 1u) * 4u);
    let t13_4 = (b0 + ((((t13_1 * 16u) + ((t13_2 & 1u) * 8u)) + t13_3) * 4u));
    let t13_5 = (t13_4 >> 2u);
    let t13_6 = ((t13_4 & 3u) * 8u);
    let t13_7 = w[(t13_5 + 1u)];
    let t13_8 = (31u - t13_6);
    let t13_9 = ((t13_2 >> 1u) * 4u);
    let t13_10 = (b0 + (((t13_1 * 8u) + t13_3) * 4u));
    let t13_11 = (t13_10 >> 2u);
    let t13_12 = ((t13_10 & 3u) * 8u);
    let t13_13 = w[(t13_11 + 33u)];
    let t13_14 = (31u - t13_12);
    let t13_15 = (t13_2 * 2u);
    let t13_16 = w[(t13_5 + 2u)];
    let t13_17 = w[(t13_11 + 34u)];
    let t13_18 = w[(t13_5 + 3u)];
    let t13_19 = w[(t13_11 + 35u)];
    let t13_20 = (b0 + t13_0);
    let q0_0_0 = (((((w[t13_5] >> t13_6) | ((t13_7 << 1u) << t13_8)) >> t13_9) & 0xf0f0f0fu) | (((((w[(t13_11 + 32u)] >> t13_12) | ((t13_13 << 1u) << t13_14)) >> t13_15) & 0x3030303u) << 4u));
    let q0_0_1 = (((((t13_7 >> t13_6) | ((t13_16 << 1u) << t13_8)) >> t13_9) & 0xf0f0f0fu) | (((((t13_13 >> t13_12) | ((t13_17 << 1u) << t13_14)) >> t13_15) & 0x3030303u) << 4u));
    let q0_0_2 = (((((t13_16 >> t13_6) | ((t13_18 << 1u) << t13_8)) >> t13_9) & 0xf0f0f0fu) | (((((t13_17 >> t13_12) | ((t13_19 << 1u) << t13_14)) >> t13_15) & 0x3030303u) << 4u));
    let q0_0_3 = (((((t13_18 >> t13_6) | ((w[(t13_5 + 4u)] << 1u) << t13_8)) >> t13_9) & 0xf0f0f0fu) | (((((t13_19 >> t13_12) | ((w[(t13_11 + 36u)] << 1u) << t13_14)) >> t13_15) & 0x3030303u) << 4u));
    let s0_0 = (unpack2x16float(((w[((b0 >> 2u) + 52u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(u32((i32((((w[((t13_20 >> 2u) + 48u)] >> ((t13_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)))));
    let t14_0 = (slice * 2u);
    let t14_1 = (t14_0 + 1u);
    let t14_2 = (t14_1 >> 3u);
    let t14_3 = ((t14_1 >> 1u) & 3u);
    let t14_4 = ((t14_1 & 1u) * 4u);
    let t14_5 = (b0 + ((((t14_2 * 16u) + ((t14_3 & 1u) * 8u)) + t14_4) * 4u));
    let t14_6 = (t14_5 >> 2u);
    let t14_7 = ((t14_5 & 3u) * 8u);
    let t14_8 = w[(t14_6 + 1u)];
    let t14_9 = (31u - t14_7);
    let t14_10 = ((t14_3 >> 1u) * 4u);
    let t14_11 = (b0 + (((t14_2 * 8u) + t14_4) * 4u));
    let t14_12 = (t14_11 >> 2u);
    let t14_13 = ((t14_11 & 3u) * 8u);
    let t14_14 = w[(t14_12 + 33u)];
    let t14_15 = (31u - t14_13);
    let t14_16 = (t14_3 * 2u);
    let t14_17 = w[(t14_6 + 2u)];
    let t14_18 = w[(t14_12 + 34u)];
    let t14_19 = w[(t14_6 + 3u)];
    let t14_20 = w[(t14_12 + 35u)];
    let t14_21 = (b0 + t14_0);
    let q0_1_0 = (((((w[t14_6] >> t14_7) | ((t14_8 << 1u) << t14_9)) >> t14_10) & 0xf0f0f0fu) | (((((w[(t14_12 + 32u)] >> t14_13) | ((t14_14 << 1u) << t14_15)) >> t14_16) & 0x3030303u) << 4u));
    let q0_1_1 = (((((t14_8 >> t14_7) | ((t14_17 << 1u) << t14_9)) >> t14_10) & 0xf0f0f0fu) | (((((t14_14 >> t14_13) | ((t14_18 << 1u) << t14_15)) >> t14_16) & 0x3030303u) << 4u));
    let q0_1_2 = (((((t14_17 >> t14_7) | ((t14_19 << 1u) << t14_9)) >> t14_10) & 0xf0f0f0fu) | (((((t14_18 >> t14_13) | ((t14_20 << 1u) << t14_15)) >> t14_16) & 0x3030303u) << 4u));
    let q0_1_3 = (((((t14_19 >> t14_7) | ((w[(t14_6 + 4u)] << 1u) << t14_9)) >> t14_10) & 0xf0f0f0fu) | (((((t14_20 >> t14_13) | ((w[(t14_12 + 36u)] << 1u) << t14_15)) >> t14_16) & 0x3030303u) << 4u));
    let s0_1 = (unpack2x16float(((w[((b0 >> 2u) + 52u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(u32((i32((((w[((t14_21 >> 2u) + 48u)] >> (((t14_21 & 3u) * 8u) + 8u)) & 255u) << 24u)) >> 24u)))));
    let t15_0 = x0_lo.x;
    let t15_1 = x0_lo.y;
    let t15_2 = x0_lo.z;
    let t15_3 = x0_lo.w;
    let t15_4 = x0_hi.x;
    let t15_5 = x0_hi.y;
    let t15_6 = x0_hi.z;
    let t15_7 = x0_hi.w;
    acc0 = (acc0 + (x0_d * ((s0_0 * f32(((((dot4I8Packed(q0_0_0, t15_0) + dot4I8Packed(q0_0_1, t15_1)) + dot4I8Packed(q0_0_2, t15_2)) + dot4I8Packed(q0_0_3, t15_3)) - ((((dot4I8Packed(t15_0, 0x1010101u) + dot4I8Packed(t15_1, 0x1010101u)) + dot4I8Packed(t15_2, 0x1010101u)) + dot4I8Packed(t15_3, 0x1010101u)) * 32i)))) + (s0_1 * f32(((((dot4I8Packed(q0_1_0, t15_4) + dot4I8Packed(q0_1_1, t15_5)) + dot4I8Packed(q0_1_2, t15_6)) + dot4I8Packed(q0_1_3, t15_7)) - ((((dot4I8Packed(t15_4, 0x1010101u) + dot4I8Packed(t15_5, 0x1010101u)) + dot4I8Packed(t15_6, 0x1010101u)) + dot4I8Packed(t15_7, 0x1010101u)) * 32i)))))));
  }
  red[lid] = acc0;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      red[lid] = (red[lid] + red[(lid + stride)]);
    }
    workgroupBarrier();
  }
  if ((lid == 0u)) {
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = red[0u];
    }
  }
}
