// kgen 0.1.0: mmvq.q1_0.nc6.r1.sg; generated, do not edit; content hash 0abf28eb4123951d
// mmvq: y = W . x, W in q1_0 (128 per 18-byte block), x in q8_1x4, y in f32
// 6 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format q1_0 (ggml type 41) from dsl/formats/q1_0.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q1_0 blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 6u * WG_SIZE>;

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
    let blk = (j >> 2u);
    let slice = (j & 3u);
    let b0 = (row_base0 + (blk * 18u));
    let t0_0 = (b0 + (slice * 4u));
    let t0_1 = ((t0_0 & 3u) * 8u);
    let t0_2 = (t0_1 + 16u);
    let t0_3 = (t0_2 < 32u);
    let t0_4 = (t0_0 >> 2u);
    let t0_5 = w[t0_4];
    let t0_6 = w[(t0_4 + 1u)];
    let t0_7 = (t0_2 & 31u);
    let t0_8 = w[(t0_4 + 2u)];
    let t0_9 = (((select(t0_6, t0_5, t0_3) >> t0_7) | ((select(t0_8, t0_6, t0_3) << 1u) << (31u - t0_7))) & 255u);
    let t0_10 = (((t0_9 & 15u) * 0x204081u) & 0x1010101u);
    let t0_11 = ((((t0_9 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let t0_12 = (t0_1 + 24u);
    let t0_13 = (t0_12 < 32u);
    let t0_14 = (t0_12 & 31u);
    let t0_15 = (((select(t0_6, t0_5, t0_13) >> t0_14) | ((select(t0_8, t0_6, t0_13) << 1u) << (31u - t0_14))) & 255u);
    let t0_16 = (((t0_15 & 15u) * 0x204081u) & 0x1010101u);
    let t0_17 = ((((t0_15 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let t0_18 = ((t0_6 >> t0_1) & 255u);
    let t0_19 = (((t0_18 & 15u) * 0x204081u) & 0x1010101u);
    let t0_20 = ((((t0_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let t0_21 = ((t0_6 >> (t0_1 + 8u)) & 255u);
    let t0_22 = (((t0_21 & 15u) * 0x204081u) & 0x1010101u);
    let t0_23 = ((((t0_21 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let q0_0_0 = (t0_10 | ((t0_10 ^ 0x1010101u) * 255u));
    let q0_0_1 = (t0_11 | ((t0_11 ^ 0x1010101u) * 255u));
    let q0_0_2 = (t0_16 | ((t0_16 ^ 0x1010101u) * 255u));
    let q0_0_3 = (t0_17 | ((t0_17 ^ 0x1010101u) * 255u));
    let q0_0_4 = (t0_19 | ((t0_19 ^ 0x1010101u) * 255u));
    let q0_0_5 = (t0_20 | ((t0_20 ^ 0x1010101u) * 255u));
    let q0_0_6 = (t0_22 | ((t0_22 ^ 0x1010101u) * 255u));
    let q0_0_7 = (t0_23 | ((t0_23 ^ 0x1010101u) * 255u));
    let s0_0 = unpack2x16float(((w[(b0 >> 2u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x;
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
    acc1 = (acc1 + (x1_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)) + dot4I8Packed(q0_0_4, x1_hi.x)) + dot4I8Packed(q0_0_5, x1_hi.y)) + dot4I8Packed(q0_0_6, x1_hi.z)) + dot4I8Packed(q0_0_7, x1_hi.w))))));
    acc2 = (acc2 + (x2_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)) + dot4I8Packed(q0_0_4, x2_hi.x)) + dot4I8Packed(q0_0_5, x2_hi.y)) + dot4I8Packed(q0_0_6, x2_hi.z)) + dot4I8Packed(q0_0_7, x2_hi.w))))));
    acc3 = (acc3 + (x3_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x3_lo.x) + dot4I8Packed(q0_0_1, x3_lo.y)) + dot4I8Packed(q0_0_2, x3_lo.z)) + dot4I8Packed(q0_0_3, x3_lo.w)) + dot4I8Packed(q0_0_4, x3_hi.x)) + dot4I8Packed(q0_0_5, x3_hi.y)) + dot4I8Packed(q0_0_6, x3_hi.z)) + dot4I8Packed(q0_0_7, x3_hi.w))))));
    acc4 = (acc4 + (x4_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x4_lo.x) + dot4I8Packed(q0_0_1, x4_lo.y)) + dot4I8Packed(q0_0_2, x4_lo.z)) + dot4I8Packed(q0_0_3, x4_lo.w)) + dot4I8Packed(q0_0_4, x4_hi.x)) + dot4I8Packed(q0_0_5, x4_hi.y)) + dot4I8Packed(q0_0_6, x4_hi.z)) + dot4I8Packed(q0_0_7, x4_hi.w))))));
    acc5 = (acc5 + (x5_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x5_lo.x) + dot4I8Packed(q0_0_1, x5_lo.y)) + dot4I8Packed(q0_0_2, x5_lo.z)) + dot4I8Packed(q0_0_3, x5_lo.w)) + dot4I8Packed(q0_0_4, x5_hi.x)) + dot4I8Packed(q0_0_5, x5_hi.y)) + dot4I8Packed(q0_0_6, x5_hi.z)) + dot4I8Packed(q0_0_7, x5_hi.w))))));
  }
  let sg_sum0 = subgroupAdd(acc0);
  let sg_sum1 = subgroupAdd(acc1);
  let sg_sum2 = subgroupAdd(acc2);
  let sg_sum3 = subgroupAdd(acc3);
  let sg_sum4 = subgroupAdd(acc4);
  let sg_sum5 = subgroupAdd(acc5);
  let sg_id = (lid / sg_size);
  if ((sg_lane == 0u)) {
    red[(sg_id * 6u)] = sg_sum0;
    red[((sg_id * 6u) + 1u)] = sg_sum1;
    red[((sg_id * 6u) + 2u)] = sg_sum2;
    red[((sg_id * 6u) + 3u)] = sg_sum3;
    red[((sg_id * 6u) + 4u)] = sg_sum4;
    red[((sg_id * 6u) + 5u)] = sg_sum5;
  }
  workgroupBarrier();
  let n_sg = (WG_SIZE / sg_size);
  if ((lid == 0u)) {
    var total0: f32 = 0.0;
    for (var s0: u32 = 0u; (s0 < n_sg); s0 = (s0 + 1u)) {
      total0 = (total0 + red[(s0 * 6u)]);
    }
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = total0;
    }
    var total1: f32 = 0.0;
    for (var s1: u32 = 0u; (s1 < n_sg); s1 = (s1 + 1u)) {
      total1 = (total1 + red[((s1 * 6u) + 1u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + p.y_col_stride) + row0)] = total1;
    }
    var total2: f32 = 0.0;
    for (var s2: u32 = 0u; (s2 < n_sg); s2 = (s2 + 1u)) {
      total2 = (total2 + red[((s2 * 6u) + 2u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 2u)) + row0)] = total2;
    }
    var total3: f32 = 0.0;
    for (var s3: u32 = 0u; (s3 < n_sg); s3 = (s3 + 1u)) {
      total3 = (total3 + red[((s3 * 6u) + 3u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 3u)) + row0)] = total3;
    }
    var total4: f32 = 0.0;
    for (var s4: u32 = 0u; (s4 < n_sg); s4 = (s4 + 1u)) {
      total4 = (total4 + red[((s4 * 6u) + 4u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 4u)) + row0)] = total4;
    }
    var total5: f32 = 0.0;
    for (var s5: u32 = 0u; (s5 < n_sg); s5 = (s5 + 1u)) {
      total5 = (total5 + red[((s5 * 6u) + 5u)]);
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 5u)) + row0)] = total5;
    }
  }
}
