// kgen 0.1.0: mmvq.q2_k.nc7.r1.wg; generated, do not edit; content hash 2b1a84253fb8295e
// mmvq: y = W . x, W in q2_k (256 per 84-byte block), x in q8_1x4, y in f32
// 7 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format q2_k (ggml type 10) from dsl/formats/q2_k.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q2_k blocks (ggml/GGUF bytes)
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
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 84u));
    let t0_0 = (slice * 2u);
    let t0_1 = ((b0 + ((((t0_0 >> 3u) * 8u) + ((t0_0 & 1u) * 4u)) * 4u)) >> 2u);
    let t0_2 = (((t0_0 >> 1u) & 3u) * 2u);
    let t0_3 = w[((b0 >> 2u) + 20u)];
    let t0_4 = (b0 + t0_0);
    let t0_5 = ((w[(t0_4 >> 2u)] >> ((t0_4 & 3u) * 8u)) & 255u);
    let q0_0_0 = ((w[(t0_1 + 4u)] >> t0_2) & 0x3030303u);
    let q0_0_1 = ((w[(t0_1 + 5u)] >> t0_2) & 0x3030303u);
    let q0_0_2 = ((w[(t0_1 + 6u)] >> t0_2) & 0x3030303u);
    let q0_0_3 = ((w[(t0_1 + 7u)] >> t0_2) & 0x3030303u);
    let s0_0 = (unpack2x16float((t0_3 & 0xffffu)).x * f32(i32((t0_5 & 15u))));
    let m0_0 = (-(unpack2x16float(((t0_3 >> 16u) & 0xffffu)).x * f32(i32((t0_5 >> 4u)))));
    let t1_0 = (slice * 2u);
    let t1_1 = (t1_0 + 1u);
    let t1_2 = ((b0 + ((((t1_1 >> 3u) * 8u) + ((t1_1 & 1u) * 4u)) * 4u)) >> 2u);
    let t1_3 = (((t1_1 >> 1u) & 3u) * 2u);
    let t1_4 = w[((b0 >> 2u) + 20u)];
    let t1_5 = (b0 + t1_0);
    let t1_6 = ((w[(t1_5 >> 2u)] >> (((t1_5 & 3u) * 8u) + 8u)) & 255u);
    let q0_1_0 = ((w[(t1_2 + 4u)] >> t1_3) & 0x3030303u);
    let q0_1_1 = ((w[(t1_2 + 5u)] >> t1_3) & 0x3030303u);
    let q0_1_2 = ((w[(t1_2 + 6u)] >> t1_3) & 0x3030303u);
    let q0_1_3 = ((w[(t1_2 + 7u)] >> t1_3) & 0x3030303u);
    let s0_1 = (unpack2x16float((t1_4 & 0xffffu)).x * f32(i32((t1_6 & 15u))));
    let m0_1 = (-(unpack2x16float(((t1_4 >> 16u) & 0xffffu)).x * f32(i32((t1_6 >> 4u)))));
    let t2_0 = x0_lo.x;
    let t2_1 = x0_lo.y;
    let t2_2 = x0_lo.z;
    let t2_3 = x0_lo.w;
    let t2_4 = x0_hi.x;
    let t2_5 = x0_hi.y;
    let t2_6 = x0_hi.z;
    let t2_7 = x0_hi.w;
    acc0 = (acc0 + (x0_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t2_0) + dot4I8Packed(q0_0_1, t2_1)) + dot4I8Packed(q0_0_2, t2_2)) + dot4I8Packed(q0_0_3, t2_3)))) + (m0_0 * f32((((dot4I8Packed(t2_0, 0x1010101u) + dot4I8Packed(t2_1, 0x1010101u)) + dot4I8Packed(t2_2, 0x1010101u)) + dot4I8Packed(t2_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t2_4) + dot4I8Packed(q0_1_1, t2_5)) + dot4I8Packed(q0_1_2, t2_6)) + dot4I8Packed(q0_1_3, t2_7)))) + (m0_1 * f32((((dot4I8Packed(t2_4, 0x1010101u) + dot4I8Packed(t2_5, 0x1010101u)) + dot4I8Packed(t2_6, 0x1010101u)) + dot4I8Packed(t2_7, 0x1010101u))))))));
    let t3_0 = x1_lo.x;
    let t3_1 = x1_lo.y;
    let t3_2 = x1_lo.z;
    let t3_3 = x1_lo.w;
    let t3_4 = x1_hi.x;
    let t3_5 = x1_hi.y;
    let t3_6 = x1_hi.z;
    let t3_7 = x1_hi.w;
    acc1 = (acc1 + (x1_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t3_0) + dot4I8Packed(q0_0_1, t3_1)) + dot4I8Packed(q0_0_2, t3_2)) + dot4I8Packed(q0_0_3, t3_3)))) + (m0_0 * f32((((dot4I8Packed(t3_0, 0x1010101u) + dot4I8Packed(t3_1, 0x1010101u)) + dot4I8Packed(t3_2, 0x1010101u)) + dot4I8Packed(t3_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t3_4) + dot4I8Packed(q0_1_1, t3_5)) + dot4I8Packed(q0_1_2, t3_6)) + dot4I8Packed(q0_1_3, t3_7)))) + (m0_1 * f32((((dot4I8Packed(t3_4, 0x1010101u) + dot4I8Packed(t3_5, 0x1010101u)) + dot4I8Packed(t3_6, 0x1010101u)) + dot4I8Packed(t3_7, 0x1010101u))))))));
    let t4_0 = x2_lo.x;
    let t4_1 = x2_lo.y;
    let t4_2 = x2_lo.z;
    let t4_3 = x2_lo.w;
    let t4_4 = x2_hi.x;
    let t4_5 = x2_hi.y;
    let t4_6 = x2_hi.z;
    let t4_7 = x2_hi.w;
    acc2 = (acc2 + (x2_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t4_0) + dot4I8Packed(q0_0_1, t4_1)) + dot4I8Packed(q0_0_2, t4_2)) + dot4I8Packed(q0_0_3, t4_3)))) + (m0_0 * f32((((dot4I8Packed(t4_0, 0x1010101u) + dot4I8Packed(t4_1, 0x1010101u)) + dot4I8Packed(t4_2, 0x1010101u)) + dot4I8Packed(t4_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t4_4) + dot4I8Packed(q0_1_1, t4_5)) + dot4I8Packed(q0_1_2, t4_6)) + dot4I8Packed(q0_1_3, t4_7)))) + (m0_1 * f32((((dot4I8Packed(t4_4, 0x1010101u) + dot4I8Packed(t4_5, 0x1010101u)) + dot4I8Packed(t4_6, 0x1010101u)) + dot4I8Packed(t4_7, 0x1010101u))))))));
    let t5_0 = x3_lo.x;
    let t5_1 = x3_lo.y;
    let t5_2 = x3_lo.z;
    let t5_3 = x3_lo.w;
    let t5_4 = x3_hi.x;
    let t5_5 = x3_hi.y;
    let t5_6 = x3_hi.z;
    let t5_7 = x3_hi.w;
    acc3 = (acc3 + (x3_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t5_0) + dot4I8Packed(q0_0_1, t5_1)) + dot4I8Packed(q0_0_2, t5_2)) + dot4I8Packed(q0_0_3, t5_3)))) + (m0_0 * f32((((dot4I8Packed(t5_0, 0x1010101u) + dot4I8Packed(t5_1, 0x1010101u)) + dot4I8Packed(t5_2, 0x1010101u)) + dot4I8Packed(t5_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t5_4) + dot4I8Packed(q0_1_1, t5_5)) + dot4I8Packed(q0_1_2, t5_6)) + dot4I8Packed(q0_1_3, t5_7)))) + (m0_1 * f32((((dot4I8Packed(t5_4, 0x1010101u) + dot4I8Packed(t5_5, 0x1010101u)) + dot4I8Packed(t5_6, 0x1010101u)) + dot4I8Packed(t5_7, 0x1010101u))))))));
    let t6_0 = x4_lo.x;
    let t6_1 = x4_lo.y;
    let t6_2 = x4_lo.z;
    let t6_3 = x4_lo.w;
    let t6_4 = x4_hi.x;
    let t6_5 = x4_hi.y;
    let t6_6 = x4_hi.z;
    let t6_7 = x4_hi.w;
    acc4 = (acc4 + (x4_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t6_0) + dot4I8Packed(q0_0_1, t6_1)) + dot4I8Packed(q0_0_2, t6_2)) + dot4I8Packed(q0_0_3, t6_3)))) + (m0_0 * f32((((dot4I8Packed(t6_0, 0x1010101u) + dot4I8Packed(t6_1, 0x1010101u)) + dot4I8Packed(t6_2, 0x1010101u)) + dot4I8Packed(t6_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t6_4) + dot4I8Packed(q0_1_1, t6_5)) + dot4I8Packed(q0_1_2, t6_6)) + dot4I8Packed(q0_1_3, t6_7)))) + (m0_1 * f32((((dot4I8Packed(t6_4, 0x1010101u) + dot4I8Packed(t6_5, 0x1010101u)) + dot4I8Packed(t6_6, 0x1010101u)) + dot4I8Packed(t6_7, 0x1010101u))))))));
    let t7_0 = x5_lo.x;
    let t7_1 = x5_lo.y;
    let t7_2 = x5_lo.z;
    let t7_3 = x5_lo.w;
    let t7_4 = x5_hi.x;
    let t7_5 = x5_hi.y;
    let t7_6 = x5_hi.z;
    let t7_7 = x5_hi.w;
    acc5 = (acc5 + (x5_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t7_0) + dot4I8Packed(q0_0_1, t7_1)) + dot4I8Packed(q0_0_2, t7_2)) + dot4I8Packed(q0_0_3, t7_3)))) + (m0_0 * f32((((dot4I8Packed(t7_0, 0x1010101u) + dot4I8Packed(t7_1, 0x1010101u)) + dot4I8Packed(t7_2, 0x1010101u)) + dot4I8Packed(t7_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t7_4) + dot4I8Packed(q0_1_1, t7_5)) + dot4I8Packed(q0_1_2, t7_6)) + dot4I8Packed(q0_1_3, t7_7)))) + (m0_1 * f32((((dot4I8Packed(t7_4, 0x1010101u) + dot4I8Packed(t7_5, 0x1010101u)) + dot4I8Packed(t7_6, 0x1010101u)) + dot4I8Packed(t7_7, 0x1010101u))))))));
    let t8_0 = x6_lo.x;
    let t8_1 = x6_lo.y;
    let t8_2 = x6_lo.z;
    let t8_3 = x6_lo.w;
    let t8_4 = x6_hi.x;
    let t8_5 = x6_hi.y;
    let t8_6 = x6_hi.z;
    let t8_7 = x6_hi.w;
    acc6 = (acc6 + (x6_d * (((s0_0 * f32((((dot4I8Packed(q0_0_0, t8_0) + dot4I8Packed(q0_0_1, t8_1)) + dot4I8Packed(q0_0_2, t8_2)) + dot4I8Packed(q0_0_3, t8_3)))) + (m0_0 * f32((((dot4I8Packed(t8_0, 0x1010101u) + dot4I8Packed(t8_1, 0x1010101u)) + dot4I8Packed(t8_2, 0x1010101u)) + dot4I8Packed(t8_3, 0x1010101u))))) + ((s0_1 * f32((((dot4I8Packed(q0_1_0, t8_4) + dot4I8Packed(q0_1_1, t8_5)) + dot4I8Packed(q0_1_2, t8_6)) + dot4I8Packed(q0_1_3, t8_7)))) + (m0_1 * f32((((dot4I8Packed(t8_4, 0x1010101u) + dot4I8Packed(t8_5, 0x1010101u)) + dot4I8Packed(t8_6, 0x1010101u)) + dot4I8Packed(t8_7, 0x1010101u))))))));
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
      let t9_0 = (lid * 7u);
      red[t9_0] = (red[t9_0] + red[((lid + stride) * 7u)]);
      let t10_0 = ((lid * 7u) + 1u);
      red[t10_0] = (red[t10_0] + red[(((lid + stride) * 7u) + 1u)]);
      let t11_0 = ((lid * 7u) + 2u);
      red[t11_0] = (red[t11_0] + red[(((lid + stride) * 7u) + 2u)]);
      let t12_0 = ((lid * 7u) + 3u);
      red[t12_0] = (red[t12_0] + red[(((lid + stride) * 7u) + 3u)]);
      let t13_0 = ((lid * 7u) + 4u);
      red[t13_0] = (red[t13_0] + red[(((lid + stride) * 7u) + 4u)]);
      let t14_0 = ((lid * 7u) + 5u);
      red[t14_0] = (red[t14_0] + red[(((lid + stride) * 7u) + 5u)]);
      let t15_0 = ((lid * 7u) + 6u);
      red[t15_0] = (red[t15_0] + red[(((lid + stride) * 7u) + 6u)]);
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
