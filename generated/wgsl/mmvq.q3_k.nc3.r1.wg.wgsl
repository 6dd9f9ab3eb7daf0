// kgen 0.1.0: mmvq.q3_k.nc3.r1.wg; generated, do not edit; content hash d28126b84fd6479f
// mmvq: y = W . x, W in q3_k (256 per 110-byte block), x in q8_1x4, y in f32
// 3 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
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
var<workgroup> red: array<f32, 3u * WG_SIZE>;

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
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 110u));
    let t3_0 = (slice * 2u);
    let t3_1 = (t3_0 >> 3u);
    let t3_2 = (t3_0 & 1u);
    let t3_3 = (b0 + (((t3_1 * 8u) + (t3_2 * 4u)) * 4u));
    let t3_4 = (t3_3 >> 2u);
    let t3_5 = ((t3_3 & 3u) * 8u);
    let t3_6 = w[(t3_4 + 9u)];
    let t3_7 = (31u - t3_5);
    let t3_8 = ((t3_0 >> 1u) & 3u);
    let t3_9 = (t3_8 * 2u);
    let t3_10 = (b0 + (t3_2 * 16u));
    let t3_11 = (t3_10 >> 2u);
    let t3_12 = ((t3_10 & 3u) * 8u);
    let t3_13 = w[(t3_11 + 1u)];
    let t3_14 = (31u - t3_12);
    let t3_15 = (t3_1 * 4u);
    let t3_16 = (t3_15 + t3_8);
    let t3_17 = (((((w[(t3_4 + 8u)] >> t3_5) | ((t3_6 << 1u) << t3_7)) >> t3_9) & 0x3030303u) | (((((w[t3_11] >> t3_12) | ((t3_13 << 1u) << t3_14)) >> t3_16) & 0x1010101u) << 2u));
    let t3_18 = w[(t3_4 + 10u)];
    let t3_19 = w[(t3_11 + 2u)];
    let t3_20 = (((((t3_6 >> t3_5) | ((t3_18 << 1u) << t3_7)) >> t3_9) & 0x3030303u) | (((((t3_13 >> t3_12) | ((t3_19 << 1u) << t3_14)) >> t3_16) & 0x1010101u) << 2u));
    let t3_21 = w[(t3_4 + 11u)];
    let t3_22 = w[(t3_11 + 3u)];
    let t3_23 = (((((t3_18 >> t3_5) | ((t3_21 << 1u) << t3_7)) >> t3_9) & 0x3030303u) | (((((t3_19 >> t3_12) | ((t3_22 << 1u) << t3_14)) >> t3_16) & 0x1010101u) << 2u));
    let t3_24 = (((((t3_21 >> t3_5) | ((w[(t3_4 + 12u)] << 1u) << t3_7)) >> t3_9) & 0x3030303u) | (((((t3_22 >> t3_12) | ((w[(t3_11 + 4u)] << 1u) << t3_14)) >> t3_16) & 0x1010101u) << 2u));
    let t3_25 = ((w[((b0 >> 2u) + 27u)] >> ((b0 & 3u) * 8u)) & 0xffffu);
    let t3_26 = ((t3_25 >> 10u) & 31u);
    let t3_27 = ((t3_25 & 0x8000u) << 16u);
    let t3_28 = (t3_25 & 0x3ffu);
    let t3_29 = (t3_28 << 13u);
    let t3_30 = (b0 + (t3_0 & 7u));
    let t3_31 = (b0 + (t3_0 & 3u));
    let q0_0_0 = (((t3_17 | 0x80808080u) - 0x4040404u) ^ ((t3_17 ^ 0xfbfbfbfbu) & 0x80808080u));
    let q0_0_1 = (((t3_20 | 0x80808080u) - 0x4040404u) ^ ((t3_20 ^ 0xfbfbfbfbu) & 0x80808080u));
    let q0_0_2 = (((t3_23 | 0x80808080u) - 0x4040404u) ^ ((t3_23 ^ 0xfbfbfbfbu) & 0x80808080u));
    let q0_0_3 = (((t3_24 | 0x80808080u) - 0x4040404u) ^ ((t3_24 ^ 0xfbfbfbfbu) & 0x80808080u));
    let s0_0 = (bitcast<f32>(select(select((t3_27 | (((t3_26 + 112u) << 23u) | t3_29)), (t3_27 | (0x7f800000u | t3_29)), (t3_26 == 31u)), (t3_27 | bitcast<u32>((f32(t3_28) * 5.960464477539063e-8f))), (t3_26 == 0u))) * f32(i32(((((((w[((t3_30 >> 2u) + 24u)] >> ((t3_30 & 3u) * 8u)) & 255u) >> t3_15) & 15u) | (((((w[((t3_31 >> 2u) + 26u)] >> ((t3_31 & 3u) * 8u)) & 255u) >> ((t3_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    let t4_0 = ((slice * 2u) + 1u);
    let t4_1 = (t4_0 >> 3u);
    let t4_2 = (t4_0 & 1u);
    let t4_3 = (b0 + (((t4_1 * 8u) + (t4_2 * 4u)) * 4u));
    let t4_4 = (t4_3 >> 2u);
    let t4_5 = ((t4_3 & 3u) * 8u);
    let t4_6 = w[(t4_4 + 9u)];
    let t4_7 = (31u - t4_5);
    let t4_8 = ((t4_0 >> 1u) & 3u);
    let t4_9 = (t4_8 * 2u);
    let t4_10 = (b0 + (t4_2 * 16u));
    let t4_11 = (t4_10 >> 2u);
    let t4_12 = ((t4_10 & 3u) * 8u);
    let t4_13 = w[(t4_11 + 1u)];
    let t4_14 = (31u - t4_12);
    let t4_15 = (t4_1 * 4u);
    let t4_16 = (t4_15 + t4_8);
    let t4_17 = (((((w[(t4_4 + 8u)] >> t4_5) | ((t4_6 << 1u) << t4_7)) >> t4_9) & 0x3030303u) | (((((w[t4_11] >> t4_12) | ((t4_13 << 1u) << t4_14)) >> t4_16) & 0x1010101u) << 2u));
    let t4_18 = w[(t4_4 + 10u)];
    let t4_19 = w[(t4_11 + 2u)];
    let t4_20 = (((((t4_6 >> t4_5) | ((t4_18 << 1u) << t4_7)) >> t4_9) & 0x3030303u) | (((((t4_13 >> t4_12) | ((t4_19 << 1u) << t4_14)) >> t4_16) & 0x1010101u) << 2u));
    let t4_21 = w[(t4_4 + 11u)];
    let t4_22 = w[(t4_11 + 3u)];
    let t4_23 = (((((t4_18 >> t4_5) | ((t4_21 << 1u) << t4_7)) >> t4_9) & 0x3030303u) | (((((t4_19 >> t4_12) | ((t4_22 << 1u) << t4_14)) >> t4_16) & 0x1010101u) << 2u));
    let t4_24 = (((((t4_21 >> t4_5) | ((w[(t4_4 + 12u)] << 1u) << t4_7)) >> t4_9) & 0x3030303u) | (((((t4_22 >> t4_12) | ((w[(t4_11 + 4u)] << 1u) << t4_14)) >> t4_16) & 0x1010101u) << 2u));
    let t4_25 = ((w[((b0 >> 2u) + 27u)] >> ((b0 & 3u) * 8u)) & 0xffffu);
    let t4_26 = ((t4_25 >> 10u) & 31u);
    let t4_27 = ((t4_25 & 0x8000u) << 16u);
    let t4_28 = (t4_25 & 0x3ffu);
    let t4_29 = (t4_28 << 13u);
    let t4_30 = (b0 + (t4_0 & 7u));
    let t4_31 = (b0 + (t4_0 & 3u));
    let q0_1_0 = (((t4_17 | 0x80808080u) - 0x4040404u) ^ ((t4_17 ^ 0xfbfbfbfbu) & 0x80808080u));
    let q0_1_1 = (((t4_20 | 0x80808080u) - 0x4040404u) ^ ((t4_20 ^ 0xfbfbfbfbu) & 0x80808080u));
    let q0_1_2 = (((t4_23 | 0x80808080u) - 0x4040404u) ^ ((t4_23 ^ 0xfbfbfbfbu) & 0x80808080u));
    let q0_1_3 = (((t4_24 | 0x80808080u) - 0x4040404u) ^ ((t4_24 ^ 0xfbfbfbfbu) & 0x80808080u));
    let s0_1 = (bitcast<f32>(select(select((t4_27 | (((t4_26 + 112u) << 23u) | t4_29)), (t4_27 | (0x7f800000u | t4_29)), (t4_26 == 31u)), (t4_27 | bitcast<u32>((f32(t4_28) * 5.960464477539063e-8f))), (t4_26 == 0u))) * f32(i32(((((((w[((t4_30 >> 2u) + 24u)] >> ((t4_30 & 3u) * 8u)) & 255u) >> t4_15) & 15u) | (((((w[((t4_31 >> 2u) + 26u)] >> ((t4_31 & 3u) * 8u)) & 255u) >> ((t4_0 >> 2u) * 2u)) & 3u) << 4u)) - 32u))));
    acc0 = (acc0 + (x0_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x0_hi.x) + dot4I8Packed(q0_1_1, x0_hi.y)) + dot4I8Packed(q0_1_2, x0_hi.z)) + dot4I8Packed(q0_1_3, x0_hi.w)))))));
    acc1 = (acc1 + (x1_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x1_hi.x) + dot4I8Packed(q0_1_1, x1_hi.y)) + dot4I8Packed(q0_1_2, x1_hi.z)) + dot4I8Packed(q0_1_3, x1_hi.w)))))));
    acc2 = (acc2 + (x2_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x2_hi.x) + dot4I8Packed(q0_1_1, x2_hi.y)) + dot4I8Packed(q0_1_2, x2_hi.z)) + dot4I8Packed(q0_1_3, x2_hi.w)))))));
  }
  red[(lid * 3u)] = acc0;
  red[((lid * 3u) + 1u)] = acc1;
  red[((lid * 3u) + 2u)] = acc2;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      let t5_0 = (lid * 3u);
      red[t5_0] = (red[t5_0] + red[((lid + stride) * 3u)]);
      let t6_0 = ((lid * 3u) + 1u);
      red[t6_0] = (red[t6_0] + red[(((lid + stride) * 3u) + 1u)]);
      let t7_0 = ((lid * 3u) + 2u);
      red[t7_0] = (red[t7_0] + red[(((lid + stride) * 3u) + 2u)]);
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
  }
}
