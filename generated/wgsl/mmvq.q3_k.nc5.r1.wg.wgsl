// kgen 0.1.0: mmvq.q3_k.nc5.r1.wg; generated, do not edit; content hash b22891e54891f436
// mmvq: y = W . x, W in q3_k (256 per 110-byte block), x in q8_1x4, y in f32
// 5 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format q3_k (ggml type 11) from dsl/formats/q3_k.ts

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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q3_k blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 5u * WG_SIZE>;

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
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 110u));
    let t5_0 = (slice * 2u);
    let t5_1 = (t5_0 >> 3u);
    let t5_2 = (t5_0 & 1u);
    let t5_3 = (b0 + (((t5_1 * 8u) + (t5_2 * 4u)) * 4u));
    let t5_4 = (t5_3 >> 2u);
    let t5_5 = ((t5_3 & 3u) * 8u);
    let t5_6 = w[(t5_4 + 9u)];
    let t5_7 = (31u - t5_5);
    let t5_8 = ((t5_0 >> 1u) & 3u);
    let t5_9 = (t5_8 * 2u);
    let t5_10 = (b0 + (t5_2 * 16u));
    let t5_11 = (t5_10 >> 2u);
    let t5_12 = ((t5_10 & 3u) * 8u);
    let t5_13 = w[(t5_11 + 1u)];
    let t5_14 = (31u - t5_12);
    let t5_15 = (t5_1 * 4u);
    let t5_16 = (t5_15 + t5_8);
    let t5_17 = (((((w[(t5_4 + 8u)] >> t5_5) | ((t5_6 << 1u) << t5_7)) >> t5_9) & 0x3030303u) | (((((w[t5_11] >> t5_12) | ((t5_13 << 1u) << t5_14)) >> t5_16) & 0x1010101u) << 2u));
    let t5_18 = w[(t5_4 + 10u)];
    let t5_19 = w[(t5_11 + 2u)];
    let t5_20 = (((((t5_6 >> t5_5) | ((t5_18 << 1u) << t5_7)) >> t5_9) & 0x3030303u) | (((((t5_13 >> t5_12) | ((t5_19 << 1u) << t5_14)) >> t5_16) & 0x1010101u) << 2u));
    let t5_21 = w[(t5_4 + 11u)];
    let t5_22 = w[(t5_11 + 3u)];
    let t5_23 = (((((t5_18 >> t5_5) | ((t5_21 << 1u) << t5_7)) >> t5_9) & 0x3030303u) | (((((t5_19 >> t5_12) | ((t5_22 << 1u) << t5_14)) >> t5_16) & 0x1010101u) << 2u));
    let t5_24 = (((((t5_21 >> t5_5) | ((w[(t5_4 + 12u)] << 1u) << t5_7)) >> t5_9) & 0x3030303u) | (((((t5_22 >> t5_12) | ((w[(t5_11 + 4u)] << 1u) << t5_14)) >> t5_16) & 0x1010101u) << 2u));
    let t5_25 = ((w[((b0 >> 2u) + 27u)] >> ((b0 & 3u) * 8u)) & 0xffffu);
    let t5_26 = ((t5_25 >> 10u) & 31u);
    let t5_27 = ((t5_25 & 0x8000u) << 16u);
    let t5_28 = (t5_25 & 0x3ffu);
    let t5_29 = (t5_28 << 13u);
    let t5_30 = (b0 + (t5_0 & 7u));
    let t5_31 = (b0 + (t5_0 & 3u));
    let q0_0_0 = (((t5_17 | 0x80808080u) - 0x4040404u) ^ ((t5_17 ^ 0xfbfbfbfbu) & 0x80808080u));
    let q0_0_1 = (((t5_20 | 0x80808080u) - 0x4040404u) ^ ((t5_20 ^ 0xfbfbfbfbu) & 0x80808080u));
    let q0_0_2 = (((t5_23 | 0x80808080u) - 0x4040404u) ^ ((t5_23 ^ 0xfbfbfbfbu) & 0x80808080u));
    let q0_0_3 = (((t5_24 | 0x80808080u) - 0x4040404u) ^ ((t5_24 ^ 0xfbfbfbfbu) & 0x80808080u));
    let s0_0 = (bitcast<f32>(select(select((t5_27 | (((t5_26 + 112u) << 23u) | t5_29)), (t5_27 | (0x7f800000u | t5_29)), (t5_26 == 31u)), (t5_27 | bitcast<u32>((f32(t5_28) * 5.960464477539063e-8f))), (t5_26 == 0u))) * f32(i32(((((((w[((t5_30 >> 2u) + 24u)] >> ((t5_30 & 3u) * 8u)) & 255u) >> t5_15) & 15u) | (((((w[((t5_31 >> 2u) + 26u)] >> ((t5_31 & 3u) * 8u)) & 255u) >> ((t5_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t6_0 = ((slice * 2u) + 1u);
    let t6_1 = (t6_0 >> 3u);
    let t6_2 = (t6_0 & 1u);
    let t6_3 = (b0 + (((t6_1 * 8u) + (t6_2 * 4u)) * 4u));
    let t6_4 = (t6_3 >> 2u);
    let t6_5 = ((t6_3 & 3u) * 8u);
    let t6_6 = w[(t6_4 + 9u)];
    let t6_7 = (31u - t6_5);
    let t6_8 = ((t6_0 >> 1u) & 3u);
    let t6_9 = (t6_8 * 2u);
    let t6_10 = (b0 + (t6_2 * 16u));
    let t6_11 = (t6_10 >> 2u);
    let t6_12 = ((t6_10 & 3u) * 8u);
    let t6_13 = w[(t6_11 + 1u)];
    let t6_14 = (31u - t6_12);
    let t6_15 = (t6_1 * 4u);
    let t6_16 = (t6_15 + t6_8);
    let t6_17 = (((((w[(t6_4 + 8u)] >> t6_5) | ((t6_6 << 1u) << t6_7)) >> t6_9) & 0x3030303u) | (((((w[t6_11] >> t6_12) | ((t6_13 << 1u) << t6_14)) >> t6_16) & 0x1010101u) << 2u));
    let t6_18 = w[(t6_4 + 10u)];
    let t6_19 = w[(t6_11 + 2u)];
    let t6_20 = (((((t6_6 >> t6_5) | ((t6_18 << 1u) << t6_7)) >> t6_9) & 0x3030303u) | (((((t6_13 >> t6_12) | ((t6_19 << 1u) << t6_14)) >> t6_16) & 0x1010101u) << 2u));
    let t6_21 = w[(t6_4 + 11u)];
    let t6_22 = w[(t6_11 + 3u)];
    let t6_23 = (((((t6_18 >> t6_5) | ((t6_21 << 1u) << t6_7)) >> t6_9) & 0x3030303u) | (((((t6_19 >> t6_12) | ((t6_22 << 1u) << t6_14)) >> t6_16) & 0x1010101u) << 2u));
    let t6_24 = (((((t6_21 >> t6_5) | ((w[(t6_4 + 12u)] << 1u) << t6_7)) >> t6_9) & 0x3030303u) | (((((t6_22 >> t6_12) | ((w[(t6_11 + 4u)] << 1u) << t6_14)) >> t6_16) & 0x1010101u) << 2u));
    let t6_25 = ((w[((b0 >> 2u) + 27u)] >> ((b0 & 3u) * 8u)) & 0xffffu);
    let t6_26 = ((t6_25 >> 10u) & 31u);
    let t6_27 = ((t6_25 & 0x8000u) << 16u);
    let t6_28 = (t6_25 & 0x3ffu);
    let t6_29 = (t6_28 << 13u);
    let t6_30 = (b0 + (t6_0 & 7u));
    let t6_31 = (b0 + (t6_0 & 3u));
    let q0_1_0 = (((t6_17 | 0x80808080u) - 0x4040404u) ^ ((t6_17 ^ 0xfbfbfbfbu) & 0x80808080u));
    let q0_1_1 = (((t6_20 | 0x80808080u) - 0x4040404u) ^ ((t6_20 ^ 0xfbfbfbfbu) & 0x80808080u));
    let q0_1_2 = (((t6_23 | 0x80808080u) - 0x4040404u) ^ ((t6_23 ^ 0xfbfbfbfbu) & 0x80808080u));
    let q0_1_3 = (((t6_24 | 0x80808080u) - 0x4040404u) ^ ((t6_24 ^ 0xfbfbfbfbu) & 0x80808080u));
    let s0_1 = (bitcast<f32>(select(select((t6_27 | (((t6_26 + 112u) << 23u) | t6_29)), (t6_27 | (0x7f800000u | t6_29)), (t6_26 == 31u)), (t6_27 | bitcast<u32>((f32(t6_28) * 5.960464477539063e-8f))), (t6_26 == 0u))) * f32(i32(((((((w[((t6_30 >> 2u) + 24u)] >> ((t6_30 & 3u) * 8u)) & 255u) >> t6_15) & 15u) | (((((w[((t6_31 >> 2u) + 26u)] >> ((t6_31 & 3u) * 8u)) & 255u) >> ((t6_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    acc0 = (acc0 + (x0_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x0_hi.x) + dot4I8Packed(q0_1_1, x0_hi.y)) + dot4I8Packed(q0_1_2, x0_hi.z)) + dot4I8Packed(q0_1_3, x0_hi.w)))))));
    acc1 = (acc1 + (x1_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x1_hi.x) + dot4I8Packed(q0_1_1, x1_hi.y)) + dot4I8Packed(q0_1_2, x1_hi.z)) + dot4I8Packed(q0_1_3, x1_hi.w)))))));
    acc2 = (acc2 + (x2_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x2_hi.x) + dot4I8Packed(q0_1_1, x2_hi.y)) + dot4I8Packed(q0_1_2, x2_hi.z)) + dot4I8Packed(q0_1_3, x2_hi.w)))))));
    acc3 = (acc3 + (x3_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x3_lo.x) + dot4I8Packed(q0_0_1, x3_lo.y)) + dot4I8Packed(q0_0_2, x3_lo.z)) + dot4I8Packed(q0_0_3, x3_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x3_hi.x) + dot4I8Packed(q0_1_1, x3_hi.y)) + dot4I8Packed(q0_1_2, x3_hi.z)) + dot4I8Packed(q0_1_3, x3_hi.w)))))));
    acc4 = (acc4 + (x4_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x4_lo.x) + dot4I8Packed(q0_0_1, x4_lo.y)) + dot4I8Packed(q0_0_2, x4_lo.z)) + dot4I8Packed(q0_0_3, x4_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x4_hi.x) + dot4I8Packed(q0_1_1, x4_hi.y)) + dot4I8Packed(q0_1_2, x4_hi.z)) + dot4I8Packed(q0_1_3, x4_hi.w)))))));
  }
  red[(lid * 5u)] = acc0;
  red[((lid * 5u) + 1u)] = acc1;
  red[((lid * 5u) + 2u)] = acc2;
  red[((lid * 5u) + 3u)] = acc3;
  red[((lid * 5u) + 4u)] = acc4;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      let t7_0 = (lid * 5u);
      red[t7_0] = (red[t7_0] + red[((lid + stride) * 5u)]);
      let t8_0 = ((lid * 5u) + 1u);
      red[t8_0] = (red[t8_0] + red[(((lid + stride) * 5u) + 1u)]);
      let t9_0 = ((lid * 5u) + 2u);
      red[t9_0] = (red[t9_0] + red[(((lid + stride) * 5u) + 2u)]);
      let t10_0 = ((lid * 5u) + 3u);
      red[t10_0] = (red[t10_0] + red[(((lid + stride) * 5u) + 3u)]);
      let t11_0 = ((lid * 5u) + 4u);
      red[t11_0] = (red[t11_0] + red[(((lid + stride) * 5u) + 4u)]);
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
  }
}
