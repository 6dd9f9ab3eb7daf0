// kgen 0.1.0: mmvq.q6_k.nc7.r1.sg; generated, do not edit; content hash c1b1604491e8afe8
// mmvq: y = W . x, W in q6_k (256 per 210-byte block), x in q8_1x4, y in f32
// 7 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format q6_k (ggml type 14) from dsl/formats/q6_k.ts

enable subgroups;
requires packed_4x8_integer_dot_product;

struct Params {
  K: u32, // elements per weight row (a multiple of the block size)
  rows: u32, // weight rows (outputs per column)
  w_row_stride: u32, // bytes between weight rows
  w_stride2: u32, // bytes between weight matrices along dim 2 (experts for mmvq_id)
  w_stride3: u32, // bytes between weight matrices along dim 3
  x_col_stride: u32, // activation units between columns (vec4 of q8_1x4, or f32 for matvec_f32)
  x_stride2: u32, // activation units between batches along dim 2 (tokens for mmvq_id)
  x_stride3: u32, // activation units between batches along dim 3
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
var<workgroup> red: array<f32, 7u * WG_SIZE>;

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
  var acc1: f32 = 0.0;
  var acc2: f32 = 0.0;
  var acc3: f32 = 0.0;
  var acc4: f32 = 0.0;
  var acc5: f32 = 0.0;
  var acc6: f32 = 0.0;
  let n_chunks = (p.K >> 5u);
  for (var j: u32 = lid; (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let t0_0 = (x0_hdr & 0xffffu);
    let t0_1 = ((t0_0 >> 10u) & 31u);
    let t0_2 = ((t0_0 & 0x8000u) << 16u);
    let t0_3 = (t0_0 & 0x3ffu);
    let t0_4 = (t0_3 << 13u);
    let x0_d = bitcast<f32>(select(select((t0_2 | (((t0_1 + 112u) << 23u) | t0_4)), (t0_2 | (0x7f800000u | t0_4)), (t0_1 == 31u)), (t0_2 | bitcast<u32>((f32(t0_3) * 5.960464477539063e-8f))), (t0_1 == 0u)));
    let x0_sum = f32((i32(x0_hdr) >> 16u));
    let x1_at = ((x_base + p.x_col_stride) + ((j >> 2u) * 9u));
    let x1_hdr = x[x1_at][(j & 3u)];
    let x1_lo = x[((x1_at + 1u) + ((j & 3u) * 2u))];
    let x1_hi = x[((x1_at + 2u) + ((j & 3u) * 2u))];
    let t1_0 = (x1_hdr & 0xffffu);
    let t1_1 = ((t1_0 >> 10u) & 31u);
    let t1_2 = ((t1_0 & 0x8000u) << 16u);
    let t1_3 = (t1_0 & 0x3ffu);
    let t1_4 = (t1_3 << 13u);
    let x1_d = bitcast<f32>(select(select((t1_2 | (((t1_1 + 112u) << 23u) | t1_4)), (t1_2 | (0x7f800000u | t1_4)), (t1_1 == 31u)), (t1_2 | bitcast<u32>((f32(t1_3) * 5.960464477539063e-8f))), (t1_1 == 0u)));
    let x1_sum = f32((i32(x1_hdr) >> 16u));
    let x2_at = ((x_base + (p.x_col_stride * 2u)) + ((j >> 2u) * 9u));
    let x2_hdr = x[x2_at][(j & 3u)];
    let x2_lo = x[((x2_at + 1u) + ((j & 3u) * 2u))];
    let x2_hi = x[((x2_at + 2u) + ((j & 3u) * 2u))];
    let t2_0 = (x2_hdr & 0xffffu);
    let t2_1 = ((t2_0 >> 10u) & 31u);
    let t2_2 = ((t2_0 & 0x8000u) << 16u);
    let t2_3 = (t2_0 & 0x3ffu);
    let t2_4 = (t2_3 << 13u);
    let x2_d = bitcast<f32>(select(select((t2_2 | (((t2_1 + 112u) << 23u) | t2_4)), (t2_2 | (0x7f800000u | t2_4)), (t2_1 == 31u)), (t2_2 | bitcast<u32>((f32(t2_3) * 5.960464477539063e-8f))), (t2_1 == 0u)));
    let x2_sum = f32((i32(x2_hdr) >> 16u));
    let x3_at = ((x_base + (p.x_col_stride * 3u)) + ((j >> 2u) * 9u));
    let x3_hdr = x[x3_at][(j & 3u)];
    let x3_lo = x[((x3_at + 1u) + ((j & 3u) * 2u))];
    let x3_hi = x[((x3_at + 2u) + ((j & 3u) * 2u))];
    let t3_0 = (x3_hdr & 0xffffu);
    let t3_1 = ((t3_0 >> 10u) & 31u);
    let t3_2 = ((t3_0 & 0x8000u) << 16u);
    let t3_3 = (t3_0 & 0x3ffu);
    let t3_4 = (t3_3 << 13u);
    let x3_d = bitcast<f32>(select(select((t3_2 | (((t3_1 + 112u) << 23u) | t3_4)), (t3_2 | (0x7f800000u | t3_4)), (t3_1 == 31u)), (t3_2 | bitcast<u32>((f32(t3_3) * 5.960464477539063e-8f))), (t3_1 == 0u)));
    let x3_sum = f32((i32(x3_hdr) >> 16u));
    let x4_at = ((x_base + (p.x_col_stride * 4u)) + ((j >> 2u) * 9u));
    let x4_hdr = x[x4_at][(j & 3u)];
    let x4_lo = x[((x4_at + 1u) + ((j & 3u) * 2u))];
    let x4_hi = x[((x4_at + 2u) + ((j & 3u) * 2u))];
    let t4_0 = (x4_hdr & 0xffffu);
    let t4_1 = ((t4_0 >> 10u) & 31u);
    let t4_2 = ((t4_0 & 0x8000u) << 16u);
    let t4_3 = (t4_0 & 0x3ffu);
    let t4_4 = (t4_3 << 13u);
    let x4_d = bitcast<f32>(select(select((t4_2 | (((t4_1 + 112u) << 23u) | t4_4)), (t4_2 | (0x7f800000u | t4_4)), (t4_1 == 31u)), (t4_2 | bitcast<u32>((f32(t4_3) * 5.960464477539063e-8f))), (t4_1 == 0u)));
    let x4_sum = f32((i32(x4_hdr) >> 16u));
    let x5_at = ((x_base + (p.x_col_stride * 5u)) + ((j >> 2u) * 9u));
    let x5_hdr = x[x5_at][(j & 3u)];
    let x5_lo = x[((x5_at + 1u) + ((j & 3u) * 2u))];
    let x5_hi = x[((x5_at + 2u) + ((j & 3u) * 2u))];
    let t5_0 = (x5_hdr & 0xffffu);
    let t5_1 = ((t5_0 >> 10u) & 31u);
    let t5_2 = ((t5_0 & 0x8000u) << 16u);
    let t5_3 = (t5_0 & 0x3ffu);
    let t5_4 = (t5_3 << 13u);
    let x5_d = bitcast<f32>(select(select((t5_2 | (((t5_1 + 112u) << 23u) | t5_4)), (t5_2 | (0x7f800000u | t5_4)), (t5_1 == 31u)), (t5_2 | bitcast<u32>((f32(t5_3) * 5.960464477539063e-8f))), (t5_1 == 0u)));
    let x5_sum = f32((i32(x5_hdr) >> 16u));
    let x6_at = ((x_base + (p.x_col_stride * 6u)) + ((j >> 2u) * 9u));
    let x6_hdr = x[x6_at][(j & 3u)];
    let x6_lo = x[((x6_at + 1u) + ((j & 3u) * 2u))];
    let x6_hi = x[((x6_at + 2u) + ((j & 3u) * 2u))];
    let t6_0 = (x6_hdr & 0xffffu);
    let t6_1 = ((t6_0 >> 10u) & 31u);
    let t6_2 = ((t6_0 & 0x8000u) << 16u);
    let t6_3 = (t6_0 & 0x3ffu);
    let t6_4 = (t6_3 << 13u);
    let x6_d = bitcast<f32>(select(select((t6_2 | (((t6_1 + 112u) << 23u) | t6_4)), (t6_2 | (0x7f800000u | t6_4)), (t6_1 == 31u)), (t6_2 | bitcast<u32>((f32(t6_3) * 5.960464477539063e-8f))), (t6_1 == 0u)));
    let x6_sum = f32((i32(x6_hdr) >> 16u));
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 210u));
    let t7_0 = (slice * 2u);
    let t7_1 = (t7_0 >> 3u);
    let t7_2 = ((t7_0 >> 1u) & 3u);
    let t7_3 = ((t7_0 & 1u) * 4u);
    let t7_4 = (b0 + ((((t7_1 * 16u) + ((t7_2 & 1u) * 8u)) + t7_3) * 4u));
    let t7_5 = (t7_4 >> 2u);
    let t7_6 = ((t7_4 & 3u) * 8u);
    let t7_7 = w[(t7_5 + 1u)];
    let t7_8 = (31u - t7_6);
    let t7_9 = ((t7_2 >> 1u) * 4u);
    let t7_10 = (b0 + (((t7_1 * 8u) + t7_3) * 4u));
    let t7_11 = (t7_10 >> 2u);
    let t7_12 = ((t7_10 & 3u) * 8u);
    let t7_13 = w[(t7_11 + 33u)];
    let t7_14 = (31u - t7_12);
    let t7_15 = (t7_2 * 2u);
    let t7_16 = (((((w[t7_5] >> t7_6) | ((t7_7 << 1u) << t7_8)) >> t7_9) & 0xf0f0f0fu) | (((((w[(t7_11 + 32u)] >> t7_12) | ((t7_13 << 1u) << t7_14)) >> t7_15) & 0x3030303u) << 4u));
    let t7_17 = w[(t7_5 + 2u)];
    let t7_18 = w[(t7_11 + 34u)];
    let t7_19 = (((((t7_7 >> t7_6) | ((t7_17 << 1u) << t7_8)) >> t7_9) & 0xf0f0f0fu) | (((((t7_13 >> t7_12) | ((t7_18 << 1u) << t7_14)) >> t7_15) & 0x3030303u) << 4u));
    let t7_20 = w[(t7_5 + 3u)];
    let t7_21 = w[(t7_11 + 35u)];
    let t7_22 = (((((t7_17 >> t7_6) | ((t7_20 << 1u) << t7_8)) >> t7_9) & 0xf0f0f0fu) | (((((t7_18 >> t7_12) | ((t7_21 << 1u) << t7_14)) >> t7_15) & 0x3030303u) << 4u));
    let t7_23 = (((((t7_20 >> t7_6) | ((w[(t7_5 + 4u)] << 1u) << t7_8)) >> t7_9) & 0xf0f0f0fu) | (((((t7_21 >> t7_12) | ((w[(t7_11 + 36u)] << 1u) << t7_14)) >> t7_15) & 0x3030303u) << 4u));
    let t7_24 = ((w[((b0 >> 2u) + 52u)] >> ((b0 & 3u) * 8u)) & 0xffffu);
    let t7_25 = ((t7_24 >> 10u) & 31u);
    let t7_26 = ((t7_24 & 0x8000u) << 16u);
    let t7_27 = (t7_24 & 0x3ffu);
    let t7_28 = (t7_27 << 13u);
    let t7_29 = (b0 + t7_0);
    let q0_0_0 = (((t7_16 | 0x80808080u) - 0x20202020u) ^ ((t7_16 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_0_1 = (((t7_19 | 0x80808080u) - 0x20202020u) ^ ((t7_19 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_0_2 = (((t7_22 | 0x80808080u) - 0x20202020u) ^ ((t7_22 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_0_3 = (((t7_23 | 0x80808080u) - 0x20202020u) ^ ((t7_23 ^ 0xdfdfdfdfu) & 0x80808080u));
    let s0_0 = (bitcast<f32>(select(select((t7_26 | (((t7_25 + 112u) << 23u) | t7_28)), (t7_26 | (0x7f800000u | t7_28)), (t7_25 == 31u)), (t7_26 | bitcast<u32>((f32(t7_27) * 5.960464477539063e-8f))), (t7_25 == 0u))) * f32(i32(u32((i32((((w[((t7_29 >> 2u) + 48u)] >> ((t7_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)))));
    let t8_0 = (slice * 2u);
    let t8_1 = (t8_0 + 1u);
    let t8_2 = (t8_1 >> 3u);
    let t8_3 = ((t8_1 >> 1u) & 3u);
    let t8_4 = ((t8_1 & 1u) * 4u);
    let t8_5 = (b0 + ((((t8_2 * 16u) + ((t8_3 & 1u) * 8u)) + t8_4) * 4u));
    let t8_6 = (t8_5 >> 2u);
    let t8_7 = ((t8_5 & 3u) * 8u);
    let t8_8 = w[(t8_6 + 1u)];
    let t8_9 = (31u - t8_7);
    let t8_10 = ((t8_3 >> 1u) * 4u);
    let t8_11 = (b0 + (((t8_2 * 8u) + t8_4) * 4u));
    let t8_12 = (t8_11 >> 2u);
    let t8_13 = ((t8_11 & 3u) * 8u);
    let t8_14 = w[(t8_12 + 33u)];
    let t8_15 = (31u - t8_13);
    let t8_16 = (t8_3 * 2u);
    let t8_17 = (((((w[t8_6] >> t8_7) | ((t8_8 << 1u) << t8_9)) >> t8_10) & 0xf0f0f0fu) | (((((w[(t8_12 + 32u)] >> t8_13) | ((t8_14 << 1u) << t8_15)) >> t8_16) & 0x3030303u) << 4u));
    let t8_18 = w[(t8_6 + 2u)];
    let t8_19 = w[(t8_12 + 34u)];
    let t8_20 = (((((t8_8 >> t8_7) | ((t8_18 << 1u) << t8_9)) >> t8_10) & 0xf0f0f0fu) | (((((t8_14 >> t8_13) | ((t8_19 << 1u) << t8_15)) >> t8_16) & 0x3030303u) << 4u));
    let t8_21 = w[(t8_6 + 3u)];
    let t8_22 = w[(t8_12 + 35u)];
    let t8_23 = (((((t8_18 >> t8_7) | ((t8_21 << 1u) << t8_9)) >> t8_10) & 0xf0f0f0fu) | (((((t8_19 >> t8_13) | ((t8_22 << 1u) << t8_15)) >> t8_16) & 0x3030303u) << 4u));
    let t8_24 = (((((t8_21 >> t8_7) | ((w[(t8_6 + 4u)] << 1u) << t8_9)) >> t8_10) & 0xf0f0f0fu) | (((((t8_22 >> t8_13) | ((w[(t8_12 + 36u)] << 1u) << t8_15)) >> t8_16) & 0x3030303u) << 4u));
    let t8_25 = ((w[((b0 >> 2u) + 52u)] >> ((b0 & 3u) * 8u)) & 0xffffu);
    let t8_26 = ((t8_25 >> 10u) & 31u);
    let t8_27 = ((t8_25 & 0x8000u) << 16u);
    let t8_28 = (t8_25 & 0x3ffu);
    let t8_29 = (t8_28 << 13u);
    let t8_30 = (b0 + t8_0);
    let q0_1_0 = (((t8_17 | 0x80808080u) - 0x20202020u) ^ ((t8_17 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_1_1 = (((t8_20 | 0x80808080u) - 0x20202020u) ^ ((t8_20 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_1_2 = (((t8_23 | 0x80808080u) - 0x20202020u) ^ ((t8_23 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_1_3 = (((t8_24 | 0x80808080u) - 0x20202020u) ^ ((t8_24 ^ 0xdfdfdfdfu) & 0x80808080u));
    let s0_1 = (bitcast<f32>(select(select((t8_27 | (((t8_26 + 112u) << 23u) | t8_29)), (t8_27 | (0x7f800000u | t8_29)), (t8_26 == 31u)), (t8_27 | bitcast<u32>((f32(t8_28) * 5.960464477539063e-8f))), (t8_26 == 0u))) * f32(i32(u32((i32((((w[((t8_30 >> 2u) + 48u)] >> (((t8_30 & 3u) * 8u) + 8u)) & 255u) << 24u)) >> 24u)))));
    acc0 = (acc0 + (x0_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x0_hi.x) + dot4I8Packed(q0_1_1, x0_hi.y)) + dot4I8Packed(q0_1_2, x0_hi.z)) + dot4I8Packed(q0_1_3, x0_hi.w)))))));
    acc1 = (acc1 + (x1_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x1_hi.x) + dot4I8Packed(q0_1_1, x1_hi.y)) + dot4I8Packed(q0_1_2, x1_hi.z)) + dot4I8Packed(q0_1_3, x1_hi.w)))))));
    acc2 = (acc2 + (x2_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x2_hi.x) + dot4I8Packed(q0_1_1, x2_hi.y)) + dot4I8Packed(q0_1_2, x2_hi.z)) + dot4I8Packed(q0_1_3, x2_hi.w)))))));
    acc3 = (acc3 + (x3_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x3_lo.x) + dot4I8Packed(q0_0_1, x3_lo.y)) + dot4I8Packed(q0_0_2, x3_lo.z)) + dot4I8Packed(q0_0_3, x3_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x3_hi.x) + dot4I8Packed(q0_1_1, x3_hi.y)) + dot4I8Packed(q0_1_2, x3_hi.z)) + dot4I8Packed(q0_1_3, x3_hi.w)))))));
    acc4 = (acc4 + (x4_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x4_lo.x) + dot4I8Packed(q0_0_1, x4_lo.y)) + dot4I8Packed(q0_0_2, x4_lo.z)) + dot4I8Packed(q0_0_3, x4_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x4_hi.x) + dot4I8Packed(q0_1_1, x4_hi.y)) + dot4I8Packed(q0_1_2, x4_hi.z)) + dot4I8Packed(q0_1_3, x4_hi.w)))))));
    acc5 = (acc5 + (x5_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x5_lo.x) + dot4I8Packed(q0_0_1, x5_lo.y)) + dot4I8Packed(q0_0_2, x5_lo.z)) + dot4I8Packed(q0_0_3, x5_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x5_hi.x) + dot4I8Packed(q0_1_1, x5_hi.y)) + dot4I8Packed(q0_1_2, x5_hi.z)) + dot4I8Packed(q0_1_3, x5_hi.w)))))));
    acc6 = (acc6 + (x6_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x6_lo.x) + dot4I8Packed(q0_0_1, x6_lo.y)) + dot4I8Packed(q0_0_2, x6_lo.z)) + dot4I8Packed(q0_0_3, x6_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x6_hi.x) + dot4I8Packed(q0_1_1, x6_hi.y)) + dot4I8Packed(q0_1_2, x6_hi.z)) + dot4I8Packed(q0_1_3, x6_hi.w)))))));
  }
  let sg_sum0 = subgroupAdd(acc0);
  let sg_sum1 = subgroupAdd(acc1);
  let sg_sum2 = subgroupAdd(acc2);
  let sg_sum3 = subgroupAdd(acc3);
  let sg_sum4 = subgroupAdd(acc4);
  let sg_sum5 = subgroupAdd(acc5);
  let sg_sum6 = subgroupAdd(acc6);
  let sg_id = (lid / sg_size);
  if ((sg_lane == 0u)) {
    red[(sg_id * 7u)] = sg_sum0;
    red[((sg_id * 7u) + 1u)] = sg_sum1;
    red[((sg_id * 7u) + 2u)] = sg_sum2;
    red[((sg_id * 7u) + 3u)] = sg_sum3;
    red[((sg_id * 7u) + 4u)] = sg_sum4;
    red[((sg_id * 7u) + 5u)] = sg_sum5;
    red[((sg_id * 7u) + 6u)] = sg_sum6;
  }
  workgroupBarrier();
  let n_sg = (WG_SIZE / sg_size);
  if ((lid == 0u)) {
    var total0: f32 = 0.0;
    for (var s0: u32 = 0u; (s0 < n_sg); s0 = (s0 + 1u)) {
      total0 = (total0 + red[(s0 * 7u)]);
    }
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = total0;
    }
    var total1: f32 = 0.0;
    for (var s1: u32 = 0u; (s1 < n_sg); s1 = (s1 + 1u)) {
      total1 = (total1 + red[((s1 * 7u) + 1u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + p.y_col_stride) + row0)] = total1;
    }
    var total2: f32 = 0.0;
    for (var s2: u32 = 0u; (s2 < n_sg); s2 = (s2 + 1u)) {
      total2 = (total2 + red[((s2 * 7u) + 2u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 2u)) + row0)] = total2;
    }
    var total3: f32 = 0.0;
    for (var s3: u32 = 0u; (s3 < n_sg); s3 = (s3 + 1u)) {
      total3 = (total3 + red[((s3 * 7u) + 3u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 3u)) + row0)] = total3;
    }
    var total4: f32 = 0.0;
    for (var s4: u32 = 0u; (s4 < n_sg); s4 = (s4 + 1u)) {
      total4 = (total4 + red[((s4 * 7u) + 4u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 4u)) + row0)] = total4;
    }
    var total5: f32 = 0.0;
    for (var s5: u32 = 0u; (s5 < n_sg); s5 = (s5 + 1u)) {
      total5 = (total5 + red[((s5 * 7u) + 5u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 5u)) + row0)] = total5;
    }
    var total6: f32 = 0.0;
    for (var s6: u32 = 0u; (s6 < n_sg); s6 = (s6 + 1u)) {
      total6 = (total6 + red[((s6 * 7u) + 6u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 6u)) + row0)] = total6;
    }
  }
}
