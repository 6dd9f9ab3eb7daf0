// kgen 0.1.0: mmvq.q8_0.nc8.r1.wg; generated, do not edit; content hash c99a69e0cb3f0046
// mmvq: y = W . x, W in q8_0 (32 per 34-byte block), x in q8_1x4, y in f32
// 8 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format q8_0 (ggml type 8) from dsl/formats/q8_0.ts

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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q8_0 blocks (ggml/GGUF bytes)
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
    let blk = j;
    let slice = 0u;
    let b0 = (row_base0 + (blk * 34u));
    let t8_0 = ((b0 & 3u) * 8u);
    let t8_1 = (t8_0 + 16u);
    let t8_2 = (t8_1 < 32u);
    let t8_3 = (b0 >> 2u);
    let t8_4 = w[t8_3];
    let t8_5 = w[(t8_3 + 1u)];
    let t8_6 = (t8_1 & 31u);
    let t8_7 = w[(t8_3 + 2u)];
    let t8_8 = select(t8_7, t8_5, t8_2);
    let t8_9 = (31u - t8_6);
    let t8_10 = w[(t8_3 + 3u)];
    let t8_11 = select(t8_10, t8_7, t8_2);
    let t8_12 = w[(t8_3 + 4u)];
    let t8_13 = select(t8_12, t8_10, t8_2);
    let t8_14 = w[(t8_3 + 5u)];
    let t8_15 = select(t8_14, t8_12, t8_2);
    let t8_16 = w[(t8_3 + 6u)];
    let t8_17 = select(t8_16, t8_14, t8_2);
    let t8_18 = w[(t8_3 + 7u)];
    let t8_19 = select(t8_18, t8_16, t8_2);
    let t8_20 = w[(t8_3 + 8u)];
    let t8_21 = select(t8_20, t8_18, t8_2);
    let t8_22 = ((t8_4 >> t8_0) & 0xffffu);
    let t8_23 = ((t8_22 >> 10u) & 31u);
    let t8_24 = ((t8_22 & 0x8000u) << 16u);
    let t8_25 = (t8_22 & 0x3ffu);
    let t8_26 = (t8_25 << 13u);
    let q0_0_0 = ((select(t8_5, t8_4, t8_2) >> t8_6) | ((t8_8 << 1u) << t8_9));
    let q0_0_1 = ((t8_8 >> t8_6) | ((t8_11 << 1u) << t8_9));
    let q0_0_2 = ((t8_11 >> t8_6) | ((t8_13 << 1u) << t8_9));
    let q0_0_3 = ((t8_13 >> t8_6) | ((t8_15 << 1u) << t8_9));
    let q0_0_4 = ((t8_15 >> t8_6) | ((t8_17 << 1u) << t8_9));
    let q0_0_5 = ((t8_17 >> t8_6) | ((t8_19 << 1u) << t8_9));
    let q0_0_6 = ((t8_19 >> t8_6) | ((t8_21 << 1u) << t8_9));
    let q0_0_7 = ((t8_21 >> t8_6) | ((select(w[(t8_3 + 9u)], t8_20, t8_2) << 1u) << t8_9));
    let s0_0 = bitcast<f32>(select(select((t8_24 | (((t8_23 + 112u) << 23u) | t8_26)), (t8_24 | (0x7f800000u | t8_26)), (t8_23 == 31u)), (t8_24 | bitcast<u32>((f32(t8_25) * 5.960464477539063e-8f))), (t8_23 == 0u)));
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
    acc1 = (acc1 + (x1_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)) + dot4I8Packed(q0_0_4, x1_hi.x)) + dot4I8Packed(q0_0_5, x1_hi.y)) + dot4I8Packed(q0_0_6, x1_hi.z)) + dot4I8Packed(q0_0_7, x1_hi.w))))));
    acc2 = (acc2 + (x2_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)) + dot4I8Packed(q0_0_4, x2_hi.x)) + dot4I8Packed(q0_0_5, x2_hi.y)) + dot4I8Packed(q0_0_6, x2_hi.z)) + dot4I8Packed(q0_0_7, x2_hi.w))))));
    acc3 = (acc3 + (x3_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x3_lo.x) + dot4I8Packed(q0_0_1, x3_lo.y)) + dot4I8Packed(q0_0_2, x3_lo.z)) + dot4I8Packed(q0_0_3, x3_lo.w)) + dot4I8Packed(q0_0_4, x3_hi.x)) + dot4I8Packed(q0_0_5, x3_hi.y)) + dot4I8Packed(q0_0_6, x3_hi.z)) + dot4I8Packed(q0_0_7, x3_hi.w))))));
    acc4 = (acc4 + (x4_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x4_lo.x) + dot4I8Packed(q0_0_1, x4_lo.y)) + dot4I8Packed(q0_0_2, x4_lo.z)) + dot4I8Packed(q0_0_3, x4_lo.w)) + dot4I8Packed(q0_0_4, x4_hi.x)) + dot4I8Packed(q0_0_5, x4_hi.y)) + dot4I8Packed(q0_0_6, x4_hi.z)) + dot4I8Packed(q0_0_7, x4_hi.w))))));
    acc5 = (acc5 + (x5_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x5_lo.x) + dot4I8Packed(q0_0_1, x5_lo.y)) + dot4I8Packed(q0_0_2, x5_lo.z)) + dot4I8Packed(q0_0_3, x5_lo.w)) + dot4I8Packed(q0_0_4, x5_hi.x)) + dot4I8Packed(q0_0_5, x5_hi.y)) + dot4I8Packed(q0_0_6, x5_hi.z)) + dot4I8Packed(q0_0_7, x5_hi.w))))));
    acc6 = (acc6 + (x6_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x6_lo.x) + dot4I8Packed(q0_0_1, x6_lo.y)) + dot4I8Packed(q0_0_2, x6_lo.z)) + dot4I8Packed(q0_0_3, x6_lo.w)) + dot4I8Packed(q0_0_4, x6_hi.x)) + dot4I8Packed(q0_0_5, x6_hi.y)) + dot4I8Packed(q0_0_6, x6_hi.z)) + dot4I8Packed(q0_0_7, x6_hi.w))))));
    acc7 = (acc7 + (x7_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x7_lo.x) + dot4I8Packed(q0_0_1, x7_lo.y)) + dot4I8Packed(q0_0_2, x7_lo.z)) + dot4I8Packed(q0_0_3, x7_lo.w)) + dot4I8Packed(q0_0_4, x7_hi.x)) + dot4I8Packed(q0_0_5, x7_hi.y)) + dot4I8Packed(q0_0_6, x7_hi.z)) + dot4I8Packed(q0_0_7, x7_hi.w))))));
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
      let t9_0 = (lid * 8u);
      red[t9_0] = (red[t9_0] + red[((lid + stride) * 8u)]);
      let t10_0 = ((lid * 8u) + 1u);
      red[t10_0] = (red[t10_0] + red[(((lid + stride) * 8u) + 1u)]);
      let t11_0 = ((lid * 8u) + 2u);
      red[t11_0] = (red[t11_0] + red[(((lid + stride) * 8u) + 2u)]);
      let t12_0 = ((lid * 8u) + 3u);
      red[t12_0] = (red[t12_0] + red[(((lid + stride) * 8u) + 3u)]);
      let t13_0 = ((lid * 8u) + 4u);
      red[t13_0] = (red[t13_0] + red[(((lid + stride) * 8u) + 4u)]);
      let t14_0 = ((lid * 8u) + 5u);
      red[t14_0] = (red[t14_0] + red[(((lid + stride) * 8u) + 5u)]);
      let t15_0 = ((lid * 8u) + 6u);
      red[t15_0] = (red[t15_0] + red[(((lid + stride) * 8u) + 6u)]);
      let t16_0 = ((lid * 8u) + 7u);
      red[t16_0] = (red[t16_0] + red[(((lid + stride) * 8u) + 7u)]);
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
