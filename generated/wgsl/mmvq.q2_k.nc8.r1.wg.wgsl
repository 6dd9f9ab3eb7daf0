// kgen 0.1.0: mmvq.q2_k.nc8.r1.wg; generated, do not edit; content hash a7699bba1721bf59
// mmvq: y = W . x, W in q2_k (256 per 84-byte block), x in q8_1x4, y in f32
// 8 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format q2_k (ggml type 10) from dsl/formats/q2_k.ts

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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q2_k blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 8u * WG_SIZE>;

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
  var acc1: f32 = 0.0;
  var acc2: f32 = 0.0;
  var acc3: f32 = 0.0;
  var acc4: f32 = 0.0;
  var acc5: f32 = 0.0;
  var acc6: f32 = 0.0;
  var acc7: f32 = 0.0;
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
    let x7_at = ((x_base + (p.x_col_stride * 7u)) + ((j >> 2u) * 9u));
    let x7_hdr = x[x7_at][(j & 3u)];
    let x7_lo = x[((x7_at + 1u) + ((j & 3u) * 2u))];
    let x7_hi = x[((x7_at + 2u) + ((j & 3u) * 2u))];
    let t7_0 = (x7_hdr & 0xffffu);
    let t7_1 = ((t7_0 >> 10u) & 31u);
    let t7_2 = ((t7_0 & 0x8000u) << 16u);
    let t7_3 = (t7_0 & 0x3ffu);
    let t7_4 = (t7_3 << 13u);
    let x7_d = bitcast<f32>(select(select((t7_2 | (((t7_1 + 112u) << 23u) | t7_4)), (t7_2 | (0x7f800000u | t7_4)), (t7_1 == 31u)), (t7_2 | bitcast<u32>((f32(t7_3) * 5.960464477539063e-8f))), (t7_1 == 0u)));
    let x7_sum = f32((i32(x7_hdr) >> 16u));
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 84u));
    let t8_0 = (slice * 2u);
    let t8_1 = ((b0 + ((((t8_0 >> 3u) * 8u) + ((t8_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t8_2 = (((t8_0 >> 1u) & 3u) * 2u);
    let t8_3 = w[((b0 >> 2u) + 20u)];
    let t8_4 = (t8_3 & 0xffffu);
    let t8_5 = ((t8_4 >> 10u) & 31u);
    let t8_6 = ((t8_4 & 0x8000u) << 16u);
    let t8_7 = (t8_4 & 0x3ffu);
    let t8_8 = (t8_7 << 13u);
    let t8_9 = (b0 + t8_0);
    let t8_10 = ((w[(t8_9 >> 2u)] >> ((t8_9 & 3u) * 8u)) & 255u);
    let t8_11 = ((t8_3 >> 16u) & 0xffffu);
    let t8_12 = ((t8_11 >> 10u) & 31u);
    let t8_13 = ((t8_11 & 0x8000u) << 16u);
    let t8_14 = (t8_11 & 0x3ffu);
    let t8_15 = (t8_14 << 13u);
    let q0_0_0 = ((w[(t8_1 + 4u)] >> t8_2) & 0x3030303u);
    let q0_0_1 = ((w[(t8_1 + 5u)] >> t8_2) & 0x3030303u);
    let q0_0_2 = ((w[(t8_1 + 6u)] >> t8_2) & 0x3030303u);
    let q0_0_3 = ((w[(t8_1 + 7u)] >> t8_2) & 0x3030303u);
    let s0_0 = (bitcast<f32>(select(select((t8_6 | (((t8_5 + 112u) << 23u) | t8_8)), (t8_6 | (0x7f800000u | t8_8)), (t8_5 == 31u)), (t8_6 | bitcast<u32>((f32(t8_7) * 5.960464477539063e-8f))), (t8_5 == 0u))) * f32(i32((t8_10 & 15u))));
    let m0_0 = (-(bitcast<f32>(select(select((t8_13 | (((t8_12 + 112u) << 23u) | t8_15)), (t8_13 | (0x7f800000u | t8_15)), (t8_12 == 31u)), (t8_13 | bitcast<u32>((f32(t8_14) * 5.960464477539063e-8f))), (t8_12 == 0u))) * f32(i32((t8_10 >> 4u)))));
    let t9_0 = (slice * 2u);
    let t9_1 = (t9_0 + 1u);
    let t9_2 = ((b0 + ((((t9_1 >> 3u) * 8u) + ((t9_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t9_3 = (((t9_1 >> 1u) & 3u) * 2u);
    let t9_4 = w[((b0 >> 2u) + 20u)];
    let t9_5 = (t9_4 & 0xffffu);
    let t9_6 = ((t9_5 >> 10u) & 31u);
    let t9_7 = ((t9_5 & 0x8000u) << 16u);
    let t9_8 = (t9_5 & 0x3ffu);
    let t9_9 = (t9_8 << 13u);
    let t9_10 = (b0 + t9_0);
    let t9_11 = ((w[(t9_10 >> 2u)] >> (((t9_10 & 3u) * 8u) + 8u)) & 255u);
    let t9_12 = ((t9_4 >> 16u) & 0xffffu);
    let t9_13 = ((t9_12 >> 10u) & 31u);
    let t9_14 = ((t9_12 & 0x8000u) << 16u);
    let t9_15 = (t9_12 & 0x3ffu);
    let t9_16 = (t9_15 << 13u);
    let q0_1_0 = ((w[(t9_2 + 4u)] >> t9_3) & 0x3030303u);
    let q0_1_1 = ((w[(t9_2 + 5u)] >> t9_3) & 0x3030303u);
    let q0_1_2 = ((w[(t9_2 + 6u)] >> t9_3) & 0x3030303u);
    let q0_1_3 = ((w[(t9_2 + 7u)] >> t9_3) & 0x3030303u);
    let s0_1 = (bitcast<f32>(select(select((t9_7 | (((t9_6 + 112u) << 23u) | t9_9)), (t9_7 | (0x7f800000u | t9_9)), (t9_6 == 31u)), (t9_7 | bitcast<u32>((f32(t9_8) * 5.960464477539063e-8f))), (t9_6 == 0u))) * f32(i32((t9_11 & 15u))));
    let m0_1 = (-(bitcast<f32>(select(select((t9_14 | (((t9_13 + 112u) << 23u) | t9_16)), (t9_14 | (0x7f800000u | t9_16)), (t9_13 == 31u)), (t9_14 | bitcast<u32>((f32(t9_15) * 5.960464477539063e-8f))), (t9_13 == 0u))) * f32(i32((t9_11 >> 4u)))));
    let t10_0 = x0_lo.x;
    let t10_1 = x0_lo.y;
    let t10_2 = x0_lo.z;
    let t10_3 = x0_lo.w;
    let t10_4 = x0_hi.x;
    let t10_5 = x0_hi.y;
    let t10_6 = x0_hi.z;
    let t10_7 = x0_hi.w;
    acc0 = (acc0 + (x0_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t10_0) + dot4I8Packed(q0_0_1, t10_1)) + dot4I8Packed(q0_0_2, t10_2)) + dot4I8Packed(q0_0_3, t10_3)))) + (m0_0 * f32((((dot4I8Packed(t10_0, 0x1010101u) + dot4I8Packed(t10_1, 0x1010101u)) + dot4I8Packed(t10_2, 0x1010101u)) + dot4I8Packed(t10_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t10_4) + dot4I8Packed(q0_1_1, t10_5)) + dot4I8Packed(q0_1_2, t10_6)) + dot4I8Packed(q0_1_3, t10_7)))) + (m0_1 * f32((((dot4I8Packed(t10_4, 0x1010101u) + dot4I8Packed(t10_5, 0x1010101u)) + dot4I8Packed(t10_6, 0x1010101u)) + dot4I8Packed(t10_7, 0x1010101u))))))));
    let t11_0 = x1_lo.x;
    let t11_1 = x1_lo.y;
    let t11_2 = x1_lo.z;
    let t11_3 = x1_lo.w;
    let t11_4 = x1_hi.x;
    let t11_5 = x1_hi.y;
    let t11_6 = x1_hi.z;
    let t11_7 = x1_hi.w;
    acc1 = (acc1 + (x1_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t11_0) + dot4I8Packed(q0_0_1, t11_1)) + dot4I8Packed(q0_0_2, t11_2)) + dot4I8Packed(q0_0_3, t11_3)))) + (m0_0 * f32((((dot4I8Packed(t11_0, 0x1010101u) + dot4I8Packed(t11_1, 0x1010101u)) + dot4I8Packed(t11_2, 0x1010101u)) + dot4I8Packed(t11_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t11_4) + dot4I8Packed(q0_1_1, t11_5)) + dot4I8Packed(q0_1_2, t11_6)) + dot4I8Packed(q0_1_3, t11_7)))) + (m0_1 * f32((((dot4I8Packed(t11_4, 0x1010101u) + dot4I8Packed(t11_5, 0x1010101u)) + dot4I8Packed(t11_6, 0x1010101u)) + dot4I8Packed(t11_7, 0x1010101u))))))));
    let t12_0 = x2_lo.x;
    let t12_1 = x2_lo.y;
    let t12_2 = x2_lo.z;
    let t12_3 = x2_lo.w;
    let t12_4 = x2_hi.x;
    let t12_5 = x2_hi.y;
    let t12_6 = x2_hi.z;
    let t12_7 = x2_hi.w;
    acc2 = (acc2 + (x2_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t12_0) + dot4I8Packed(q0_0_1, t12_1)) + dot4I8Packed(q0_0_2, t12_2)) + dot4I8Packed(q0_0_3, t12_3)))) + (m0_0 * f32((((dot4I8Packed(t12_0, 0x1010101u) + dot4I8Packed(t12_1, 0x1010101u)) + dot4I8Packed(t12_2, 0x1010101u)) + dot4I8Packed(t12_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t12_4) + dot4I8Packed(q0_1_1, t12_5)) + dot4I8Packed(q0_1_2, t12_6)) + dot4I8Packed(q0_1_3, t12_7)))) + (m0_1 * f32((((dot4I8Packed(t12_4, 0x1010101u) + dot4I8Packed(t12_5, 0x1010101u)) + dot4I8Packed(t12_6, 0x1010101u)) + dot4I8Packed(t12_7, 0x1010101u))))))));
    let t13_0 = x3_lo.x;
    let t13_1 = x3_lo.y;
    let t13_2 = x3_lo.z;
    let t13_3 = x3_lo.w;
    let t13_4 = x3_hi.x;
    let t13_5 = x3_hi.y;
    let t13_6 = x3_hi.z;
    let t13_7 = x3_hi.w;
    acc3 = (acc3 + (x3_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t13_0) + dot4I8Packed(q0_0_1, t13_1)) + dot4I8Packed(q0_0_2, t13_2)) + dot4I8Packed(q0_0_3, t13_3)))) + (m0_0 * f32((((dot4I8Packed(t13_0, 0x1010101u) + dot4I8Packed(t13_1, 0x1010101u)) + dot4I8Packed(t13_2, 0x1010101u)) + dot4I8Packed(t13_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t13_4) + dot4I8Packed(q0_1_1, t13_5)) + dot4I8Packed(q0_1_2, t13_6)) + dot4I8Packed(q0_1_3, t13_7)))) + (m0_1 * f32((((dot4I8Packed(t13_4, 0x1010101u) + dot4I8Packed(t13_5, 0x1010101u)) + dot4I8Packed(t13_6, 0x1010101u)) + dot4I8Packed(t13_7, 0x1010101u))))))));
    let t14_0 = x4_lo.x;
    let t14_1 = x4_lo.y;
    let t14_2 = x4_lo.z;
    let t14_3 = x4_lo.w;
    let t14_4 = x4_hi.x;
    let t14_5 = x4_hi.y;
    let t14_6 = x4_hi.z;
    let t14_7 = x4_hi.w;
    acc4 = (acc4 + (x4_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t14_0) + dot4I8Packed(q0_0_1, t14_1)) + dot4I8Packed(q0_0_2, t14_2)) + dot4I8Packed(q0_0_3, t14_3)))) + (m0_0 * f32((((dot4I8Packed(t14_0, 0x1010101u) + dot4I8Packed(t14_1, 0x1010101u)) + dot4I8Packed(t14_2, 0x1010101u)) + dot4I8Packed(t14_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t14_4) + dot4I8Packed(q0_1_1, t14_5)) + dot4I8Packed(q0_1_2, t14_6)) + dot4I8Packed(q0_1_3, t14_7)))) + (m0_1 * f32((((dot4I8Packed(t14_4, 0x1010101u) + dot4I8Packed(t14_5, 0x1010101u)) + dot4I8Packed(t14_6, 0x1010101u)) + dot4I8Packed(t14_7, 0x1010101u))))))));
    let t15_0 = x5_lo.x;
    let t15_1 = x5_lo.y;
    let t15_2 = x5_lo.z;
    let t15_3 = x5_lo.w;
    let t15_4 = x5_hi.x;
    let t15_5 = x5_hi.y;
    let t15_6 = x5_hi.z;
    let t15_7 = x5_hi.w;
    acc5 = (acc5 + (x5_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t15_0) + dot4I8Packed(q0_0_1, t15_1)) + dot4I8Packed(q0_0_2, t15_2)) + dot4I8Packed(q0_0_3, t15_3)))) + (m0_0 * f32((((dot4I8Packed(t15_0, 0x1010101u) + dot4I8Packed(t15_1, 0x1010101u)) + dot4I8Packed(t15_2, 0x1010101u)) + dot4I8Packed(t15_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t15_4) + dot4I8Packed(q0_1_1, t15_5)) + dot4I8Packed(q0_1_2, t15_6)) + dot4I8Packed(q0_1_3, t15_7)))) + (m0_1 * f32((((dot4I8Packed(t15_4, 0x1010101u) + dot4I8Packed(t15_5, 0x1010101u)) + dot4I8Packed(t15_6, 0x1010101u)) + dot4I8Packed(t15_7, 0x1010101u))))))));
    let t16_0 = x6_lo.x;
    let t16_1 = x6_lo.y;
    let t16_2 = x6_lo.z;
    let t16_3 = x6_lo.w;
    let t16_4 = x6_hi.x;
    let t16_5 = x6_hi.y;
    let t16_6 = x6_hi.z;
    let t16_7 = x6_hi.w;
    acc6 = (acc6 + (x6_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t16_0) + dot4I8Packed(q0_0_1, t16_1)) + dot4I8Packed(q0_0_2, t16_2)) + dot4I8Packed(q0_0_3, t16_3)))) + (m0_0 * f32((((dot4I8Packed(t16_0, 0x1010101u) + dot4I8Packed(t16_1, 0x1010101u)) + dot4I8Packed(t16_2, 0x1010101u)) + dot4I8Packed(t16_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t16_4) + dot4I8Packed(q0_1_1, t16_5)) + dot4I8Packed(q0_1_2, t16_6)) + dot4I8Packed(q0_1_3, t16_7)))) + (m0_1 * f32((((dot4I8Packed(t16_4, 0x1010101u) + dot4I8Packed(t16_5, 0x1010101u)) + dot4I8Packed(t16_6, 0x1010101u)) + dot4I8Packed(t16_7, 0x1010101u))))))));
    let t17_0 = x7_lo.x;
    let t17_1 = x7_lo.y;
    let t17_2 = x7_lo.z;
    let t17_3 = x7_lo.w;
    let t17_4 = x7_hi.x;
    let t17_5 = x7_hi.y;
    let t17_6 = x7_hi.z;
    let t17_7 = x7_hi.w;
    acc7 = (acc7 + (x7_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t17_0) + dot4I8Packed(q0_0_1, t17_1)) + dot4I8Packed(q0_0_2, t17_2)) + dot4I8Packed(q0_0_3, t17_3)))) + (m0_0 * f32((((dot4I8Packed(t17_0, 0x1010101u) + dot4I8Packed(t17_1, 0x1010101u)) + dot4I8Packed(t17_2, 0x1010101u)) + dot4I8Packed(t17_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t17_4) + dot4I8Packed(q0_1_1, t17_5)) + dot4I8Packed(q0_1_2, t17_6)) + dot4I8Packed(q0_1_3, t17_7)))) + (m0_1 * f32((((dot4I8Packed(t17_4, 0x1010101u) + dot4I8Packed(t17_5, 0x1010101u)) + dot4I8Packed(t17_6, 0x1010101u)) + dot4I8Packed(t17_7, 0x1010101u))))))));
  }
  red[(lid * 8u)] = acc0;
  red[((lid * 8u) + 1u)] = acc1;
  red[((lid * 8u) + 2u)] = acc2;
  red[((lid * 8u) + 3u)] = acc3;
  red[((lid * 8u) + 4u)] = acc4;
  red[((lid * 8u) + 5u)] = acc5;
  red[((lid * 8u) + 6u)] = acc6;
  red[((lid * 8u) + 7u)] = acc7;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      let t18_0 = (lid * 8u);
      red[t18_0] = (red[t18_0] + red[((lid + stride) * 8u)]);
      let t19_0 = ((lid * 8u) + 1u);
      red[t19_0] = (red[t19_0] + red[(((lid + stride) * 8u) + 1u)]);
      let t20_0 = ((lid * 8u) + 2u);
      red[t20_0] = (red[t20_0] + red[(((lid + stride) * 8u) + 2u)]);
      let t21_0 = ((lid * 8u) + 3u);
      red[t21_0] = (red[t21_0] + red[(((lid + stride) * 8u) + 3u)]);
      let t22_0 = ((lid * 8u) + 4u);
      red[t22_0] = (red[t22_0] + red[(((lid + stride) * 8u) + 4u)]);
      let t23_0 = ((lid * 8u) + 5u);
      red[t23_0] = (red[t23_0] + red[(((lid + stride) * 8u) + 5u)]);
      let t24_0 = ((lid * 8u) + 6u);
      red[t24_0] = (red[t24_0] + red[(((lid + stride) * 8u) + 6u)]);
      let t25_0 = ((lid * 8u) + 7u);
      red[t25_0] = (red[t25_0] + red[(((lid + stride) * 8u) + 7u)]);
    }
    workgroupBarrier();
  }
  if ((lid == 0u)) {
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = red[0u];
    }
    if ((row0 < p.rows)) {
      y[((y_base + p.y_col_stride) + row0)] = red[1u];
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 2u)) + row0)] = red[2u];
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 3u)) + row0)] = red[3u];
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 4u)) + row0)] = red[4u];
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 5u)) + row0)] = red[5u];
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 6u)) + row0)] = red[6u];
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 7u)) + row0)] = red[7u];
    }
  }
}
