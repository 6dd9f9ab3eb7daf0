// kgen 0.1.0: mmvq.q2_0.nc7.r1.wg; generated, do not edit; content hash ba6c040c37aef31d
// mmvq: y = W . x, W in q2_0 (64 per 18-byte block), x in q8_1x4, y in f32
// 7 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format q2_0 (ggml type 42) from dsl/formats/q2_0.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q2_0 blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 7u * WG_SIZE>;

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
  let n_chunks = (p.K >> 5u);
  for (var j: u32 = lid; (j < n_chunks); j = (j + WG_SIZE)) {
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
    let blk = (j >> 1u);
    let slice = (j & 1u);
    let b0 = (row_base0 + (blk * 18u));
    let t0_0 = (b0 + (slice * 8u));
    let t0_1 = ((t0_0 & 3u) * 8u);
    let t0_2 = (t0_1 + 16u);
    let t0_3 = (t0_2 < 32u);
    let t0_4 = (t0_0 >> 2u);
    let t0_5 = w[t0_4];
    let t0_6 = w[(t0_4 + 1u)];
    let t0_7 = (t0_2 & 31u);
    let t0_8 = w[(t0_4 + 2u)];
    let t0_9 = select(t0_8, t0_6, t0_3);
    let t0_10 = (31u - t0_7);
    let t0_11 = (((select(t0_6, t0_5, t0_3) >> t0_7) | ((t0_9 << 1u) << t0_10)) & 255u);
    let t0_12 = (t0_1 + 24u);
    let t0_13 = (t0_12 < 32u);
    let t0_14 = (t0_12 & 31u);
    let t0_15 = select(t0_8, t0_6, t0_13);
    let t0_16 = (31u - t0_14);
    let t0_17 = (((select(t0_6, t0_5, t0_13) >> t0_14) | ((t0_15 << 1u) << t0_16)) & 255u);
    let t0_18 = ((t0_6 >> t0_1) & 255u);
    let t0_19 = (t0_1 + 8u);
    let t0_20 = ((t0_6 >> t0_19) & 255u);
    let t0_21 = w[(t0_4 + 3u)];
    let t0_22 = (((t0_9 >> t0_7) | ((select(t0_21, t0_8, t0_3) << 1u) << t0_10)) & 255u);
    let t0_23 = (((t0_15 >> t0_14) | ((select(t0_21, t0_8, t0_13) << 1u) << t0_16)) & 255u);
    let t0_24 = ((t0_8 >> t0_1) & 255u);
    let t0_25 = ((t0_8 >> t0_19) & 255u);
    let q0_0_0 = ((((t0_11 & 3u) | ((t0_11 & 12u) << 6u)) | ((t0_11 & 48u) << 12u)) | ((t0_11 & 192u) << 18u));
    let q0_0_1 = ((((t0_17 & 3u) | ((t0_17 & 12u) << 6u)) | ((t0_17 & 48u) << 12u)) | ((t0_17 & 192u) << 18u));
    let q0_0_2 = ((((t0_18 & 3u) | ((t0_18 & 12u) << 6u)) | ((t0_18 & 48u) << 12u)) | ((t0_18 & 192u) << 18u));
    let q0_0_3 = ((((t0_20 & 3u) | ((t0_20 & 12u) << 6u)) | ((t0_20 & 48u) << 12u)) | ((t0_20 & 192u) << 18u));
    let q0_0_4 = ((((t0_22 & 3u) | ((t0_22 & 12u) << 6u)) | ((t0_22 & 48u) << 12u)) | ((t0_22 & 192u) << 18u));
    let q0_0_5 = ((((t0_23 & 3u) | ((t0_23 & 12u) << 6u)) | ((t0_23 & 48u) << 12u)) | ((t0_23 & 192u) << 18u));
    let q0_0_6 = ((((t0_24 & 3u) | ((t0_24 & 12u) << 6u)) | ((t0_24 & 48u) << 12u)) | ((t0_24 & 192u) << 18u));
    let q0_0_7 = ((((t0_25 & 3u) | ((t0_25 & 12u) << 6u)) | ((t0_25 & 48u) << 12u)) | ((t0_25 & 192u) << 18u));
    let s0_0 = unpack2x16float(((w[(b0 >> 2u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x;
    acc0 = (acc0 + (x0_d * (s0_0 * f32(((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w)) - (i32(x0_hdr) >> 16u))))));
    acc1 = (acc1 + (x1_d * (s0_0 * f32(((((((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)) + dot4I8Packed(q0_0_4, x1_hi.x)) + dot4I8Packed(q0_0_5, x1_hi.y)) + dot4I8Packed(q0_0_6, x1_hi.z)) + dot4I8Packed(q0_0_7, x1_hi.w)) - (i32(x1_hdr) >> 16u))))));
    acc2 = (acc2 + (x2_d * (s0_0 * f32(((((((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)) + dot4I8Packed(q0_0_4, x2_hi.x)) + dot4I8Packed(q0_0_5, x2_hi.y)) + dot4I8Packed(q0_0_6, x2_hi.z)) + dot4I8Packed(q0_0_7, x2_hi.w)) - (i32(x2_hdr) >> 16u))))));
    acc3 = (acc3 + (x3_d * (s0_0 * f32(((((((((dot4I8Packed(q0_0_0, x3_lo.x) + dot4I8Packed(q0_0_1, x3_lo.y)) + dot4I8Packed(q0_0_2, x3_lo.z)) + dot4I8Packed(q0_0_3, x3_lo.w)) + dot4I8Packed(q0_0_4, x3_hi.x)) + dot4I8Packed(q0_0_5, x3_hi.y)) + dot4I8Packed(q0_0_6, x3_hi.z)) + dot4I8Packed(q0_0_7, x3_hi.w)) - (i32(x3_hdr) >> 16u))))));
    acc4 = (acc4 + (x4_d * (s0_0 * f32(((((((((dot4I8Packed(q0_0_0, x4_lo.x) + dot4I8Packed(q0_0_1, x4_lo.y)) + dot4I8Packed(q0_0_2, x4_lo.z)) + dot4I8Packed(q0_0_3, x4_lo.w)) + dot4I8Packed(q0_0_4, x4_hi.x)) + dot4I8Packed(q0_0_5, x4_hi.y)) + dot4I8Packed(q0_0_6, x4_hi.z)) + dot4I8Packed(q0_0_7, x4_hi.w)) - (i32(x4_hdr) >> 16u))))));
    acc5 = (acc5 + (x5_d * (s0_0 * f32(((((((((dot4I8Packed(q0_0_0, x5_lo.x) + dot4I8Packed(q0_0_1, x5_lo.y)) + dot4I8Packed(q0_0_2, x5_lo.z)) + dot4I8Packed(q0_0_3, x5_lo.w)) + dot4I8Packed(q0_0_4, x5_hi.x)) + dot4I8Packed(q0_0_5, x5_hi.y)) + dot4I8Packed(q0_0_6, x5_hi.z)) + dot4I8Packed(q0_0_7, x5_hi.w)) - (i32(x5_hdr) >> 16u))))));
    acc6 = (acc6 + (x6_d * (s0_0 * f32(((((((((dot4I8Packed(q0_0_0, x6_lo.x) + dot4I8Packed(q0_0_1, x6_lo.y)) + dot4I8Packed(q0_0_2, x6_lo.z)) + dot4I8Packed(q0_0_3, x6_lo.w)) + dot4I8Packed(q0_0_4, x6_hi.x)) + dot4I8Packed(q0_0_5, x6_hi.y)) + dot4I8Packed(q0_0_6, x6_hi.z)) + dot4I8Packed(q0_0_7, x6_hi.w)) - (i32(x6_hdr) >> 16u))))));
  }
  red[(lid * 7u)] = acc0;
  red[((lid * 7u) + 1u)] = acc1;
  red[((lid * 7u) + 2u)] = acc2;
  red[((lid * 7u) + 3u)] = acc3;
  red[((lid * 7u) + 4u)] = acc4;
  red[((lid * 7u) + 5u)] = acc5;
  red[((lid * 7u) + 6u)] = acc6;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      let t1_0 = (lid * 7u);
      red[t1_0] = (red[t1_0] + red[((lid + stride) * 7u)]);
      let t2_0 = ((lid * 7u) + 1u);
      red[t2_0] = (red[t2_0] + red[(((lid + stride) * 7u) + 1u)]);
      let t3_0 = ((lid * 7u) + 2u);
      red[t3_0] = (red[t3_0] + red[(((lid + stride) * 7u) + 2u)]);
      let t4_0 = ((lid * 7u) + 3u);
      red[t4_0] = (red[t4_0] + red[(((lid + stride) * 7u) + 3u)]);
      let t5_0 = ((lid * 7u) + 4u);
      red[t5_0] = (red[t5_0] + red[(((lid + stride) * 7u) + 4u)]);
      let t6_0 = ((lid * 7u) + 5u);
      red[t6_0] = (red[t6_0] + red[(((lid + stride) * 7u) + 5u)]);
      let t7_0 = ((lid * 7u) + 6u);
      red[t7_0] = (red[t7_0] + red[(((lid + stride) * 7u) + 6u)]);
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
  }
}
