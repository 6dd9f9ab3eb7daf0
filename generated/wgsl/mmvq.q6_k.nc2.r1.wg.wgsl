// kgen 0.1.0: mmvq.q6_k.nc2.r1.wg; generated, do not edit; content hash 9794486a10b275b7
// mmvq: y = W . x, W in q6_k (256 per 210-byte block), x in q8_1x4, y in f32
// 2 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format q6_k (ggml type 14) from dsl/formats/q6_k.ts

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
var<workgroup> red: array<f32, 2u * WG_SIZE>;

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
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 210u));
    let t2_0 = (slice * 2u);
    let t2_1 = (t2_0 >> 3u);
    let t2_2 = ((t2_0 >> 1u) & 3u);
    let t2_3 = ((t2_0 & 1u) * 4u);
    let t2_4 = (b0 + ((((t2_1 * 16u) + ((t2_2 & 1u) * 8u)) + t2_3) * 4u));
    let t2_5 = (t2_4 >> 2u);
    let t2_6 = ((t2_4 & 3u) * 8u);
    let t2_7 = w[(t2_5 + 1u)];
    let t2_8 = (31u - t2_6);
    let t2_9 = ((t2_2 >> 1u) * 4u);
    let t2_10 = (b0 + (((t2_1 * 8u) + t2_3) * 4u));
    let t2_11 = (t2_10 >> 2u);
    let t2_12 = ((t2_10 & 3u) * 8u);
    let t2_13 = w[(t2_11 + 33u)];
    let t2_14 = (31u - t2_12);
    let t2_15 = (t2_2 * 2u);
    let t2_16 = (((((w[t2_5] >> t2_6) | ((t2_7 << 1u) << t2_8)) >> t2_9) & 0xf0f0f0fu) | (((((w[(t2_11 + 32u)] >> t2_12) | ((t2_13 << 1u) << t2_14)) >> t2_15) & 0x3030303u) << 4u));
    let t2_17 = w[(t2_5 + 2u)];
    let t2_18 = w[(t2_11 + 34u)];
    let t2_19 = (((((t2_7 >> t2_6) | ((t2_17 << 1u) << t2_8)) >> t2_9) & 0xf0f0f0fu) | (((((t2_13 >> t2_12) | ((t2_18 << 1u) << t2_14)) >> t2_15) & 0x3030303u) << 4u));
    let t2_20 = w[(t2_5 + 3u)];
    let t2_21 = w[(t2_11 + 35u)];
    let t2_22 = (((((t2_17 >> t2_6) | ((t2_20 << 1u) << t2_8)) >> t2_9) & 0xf0f0f0fu) | (((((t2_18 >> t2_12) | ((t2_21 << 1u) << t2_14)) >> t2_15) & 0x3030303u) << 4u));
    let t2_23 = (((((t2_20 >> t2_6) | ((w[(t2_5 + 4u)] << 1u) << t2_8)) >> t2_9) & 0xf0f0f0fu) | (((((t2_21 >> t2_12) | ((w[(t2_11 + 36u)] << 1u) << t2_14)) >> t2_15) & 0x3030303u) << 4u));
    let t2_24 = ((w[((b0 >> 2u) + 52u)] >> ((b0 & 3u) * 8u)) & 0xffffu);
    let t2_25 = ((t2_24 >> 10u) & 31u);
    let t2_26 = ((t2_24 & 0x8000u) << 16u);
    let t2_27 = (t2_24 & 0x3ffu);
    let t2_28 = (t2_27 << 13u);
    let t2_29 = (b0 + t2_0);
    let q0_0_0 = (((t2_16 | 0x80808080u) - 0x20202020u) ^ ((t2_16 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_0_1 = (((t2_19 | 0x80808080u) - 0x20202020u) ^ ((t2_19 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_0_2 = (((t2_22 | 0x80808080u) - 0x20202020u) ^ ((t2_22 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_0_3 = (((t2_23 | 0x80808080u) - 0x20202020u) ^ ((t2_23 ^ 0xdfdfdfdfu) & 0x80808080u));
    let s0_0 = (bitcast<f32>(select(select((t2_26 | (((t2_25 + 112u) << 23u) | t2_28)), (t2_26 | (0x7f800000u | t2_28)), (t2_25 == 31u)), (t2_26 | bitcast<u32>((f32(t2_27) * 5.960464477539063e-8f))), (t2_25 == 0u))) * f32(i32(u32((i32((((w[((t2_29 >> 2u) + 48u)] >> ((t2_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)))));
    let t3_0 = (slice * 2u);
    let t3_1 = (t3_0 + 1u);
    let t3_2 = (t3_1 >> 3u);
    let t3_3 = ((t3_1 >> 1u) & 3u);
    let t3_4 = ((t3_1 & 1u) * 4u);
    let t3_5 = (b0 + ((((t3_2 * 16u) + ((t3_3 & 1u) * 8u)) + t3_4) * 4u));
    let t3_6 = (t3_5 >> 2u);
    let t3_7 = ((t3_5 & 3u) * 8u);
    let t3_8 = w[(t3_6 + 1u)];
    let t3_9 = (31u - t3_7);
    let t3_10 = ((t3_3 >> 1u) * 4u);
    let t3_11 = (b0 + (((t3_2 * 8u) + t3_4) * 4u));
    let t3_12 = (t3_11 >> 2u);
    let t3_13 = ((t3_11 & 3u) * 8u);
    let t3_14 = w[(t3_12 + 33u)];
    let t3_15 = (31u - t3_13);
    let t3_16 = (t3_3 * 2u);
    let t3_17 = (((((w[t3_6] >> t3_7) | ((t3_8 << 1u) << t3_9)) >> t3_10) & 0xf0f0f0fu) | (((((w[(t3_12 + 32u)] >> t3_13) | ((t3_14 << 1u) << t3_15)) >> t3_16) & 0x3030303u) << 4u));
    let t3_18 = w[(t3_6 + 2u)];
    let t3_19 = w[(t3_12 + 34u)];
    let t3_20 = (((((t3_8 >> t3_7) | ((t3_18 << 1u) << t3_9)) >> t3_10) & 0xf0f0f0fu) | (((((t3_14 >> t3_13) | ((t3_19 << 1u) << t3_15)) >> t3_16) & 0x3030303u) << 4u));
    let t3_21 = w[(t3_6 + 3u)];
    let t3_22 = w[(t3_12 + 35u)];
    let t3_23 = (((((t3_18 >> t3_7) | ((t3_21 << 1u) << t3_9)) >> t3_10) & 0xf0f0f0fu) | (((((t3_19 >> t3_13) | ((t3_22 << 1u) << t3_15)) >> t3_16) & 0x3030303u) << 4u));
    let t3_24 = (((((t3_21 >> t3_7) | ((w[(t3_6 + 4u)] << 1u) << t3_9)) >> t3_10) & 0xf0f0f0fu) | (((((t3_22 >> t3_13) | ((w[(t3_12 + 36u)] << 1u) << t3_15)) >> t3_16) & 0x3030303u) << 4u));
    let t3_25 = ((w[((b0 >> 2u) + 52u)] >> ((b0 & 3u) * 8u)) & 0xffffu);
    let t3_26 = ((t3_25 >> 10u) & 31u);
    let t3_27 = ((t3_25 & 0x8000u) << 16u);
    let t3_28 = (t3_25 & 0x3ffu);
    let t3_29 = (t3_28 << 13u);
    let t3_30 = (b0 + t3_0);
    let q0_1_0 = (((t3_17 | 0x80808080u) - 0x20202020u) ^ ((t3_17 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_1_1 = (((t3_20 | 0x80808080u) - 0x20202020u) ^ ((t3_20 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_1_2 = (((t3_23 | 0x80808080u) - 0x20202020u) ^ ((t3_23 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_1_3 = (((t3_24 | 0x80808080u) - 0x20202020u) ^ ((t3_24 ^ 0xdfdfdfdfu) & 0x80808080u));
    let s0_1 = (bitcast<f32>(select(select((t3_27 | (((t3_26 + 112u) << 23u) | t3_29)), (t3_27 | (0x7f800000u | t3_29)), (t3_26 == 31u)), (t3_27 | bitcast<u32>((f32(t3_28) * 5.960464477539063e-8f))), (t3_26 == 0u))) * f32(i32(u32((i32((((w[((t3_30 >> 2u) + 48u)] >> (((t3_30 & 3u) * 8u) + 8u)) & 255u) << 24u)) >> 24u)))));
    acc0 = (acc0 + (x0_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x0_hi.x) + dot4I8Packed(q0_1_1, x0_hi.y)) + dot4I8Packed(q0_1_2, x0_hi.z)) + dot4I8Packed(q0_1_3, x0_hi.w)))))));
    acc1 = (acc1 + (x1_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x1_hi.x) + dot4I8Packed(q0_1_1, x1_hi.y)) + dot4I8Packed(q0_1_2, x1_hi.z)) + dot4I8Packed(q0_1_3, x1_hi.w)))))));
  }
  red[(lid * 2u)] = acc0;
  red[((lid * 2u) + 1u)] = acc1;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      let t4_0 = (lid * 2u);
      red[t4_0] = (red[t4_0] + red[((lid + stride) * 2u)]);
      let t5_0 = ((lid * 2u) + 1u);
      red[t5_0] = (red[t5_0] + red[(((lid + stride) * 2u) + 1u)]);
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
  }
}
