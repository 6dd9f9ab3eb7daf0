// kgen 0.1.0: mmvq.q1_0.nc1.r1.sg.u2; generated, do not edit; content hash 5115a33011a22f61
// mmvq: y = W . x, W in q1_0 (128 per 18-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (strided), lookup tables vec
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
var<workgroup> red: array<f32, 1u * WG_SIZE>;

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
  let n_chunks = (p.K >> 5u);
  let t0_0 = (WG_SIZE * 2u);
  let n_full = ((n_chunks / t0_0) * t0_0);
  for (var j0: u32 = lid; (j0 < n_full); j0 = (j0 + (WG_SIZE * 2u))) {
    let u0_j = j0;
    let u0_x0_at = (x_base + ((u0_j >> 2u) * 9u));
    let u0_x0_hdr = x[u0_x0_at][(u0_j & 3u)];
    let u0_x0_lo = x[((u0_x0_at + 1u) + ((u0_j & 3u) * 2u))];
    let u0_x0_hi = x[((u0_x0_at + 2u) + ((u0_j & 3u) * 2u))];
    let u0_x0_d = unpack2x16float((u0_x0_hdr & 0xffffu)).x;
    let u0_blk = (u0_j >> 2u);
    let u0_slice = (u0_j & 3u);
    let u0_b0 = (row_base0 + (u0_blk * 18u));
    let t1_0 = (u0_b0 + (u0_slice * 4u));
    let t1_1 = ((t1_0 & 3u) * 8u);
    let t1_2 = (t1_1 + 16u);
    let t1_3 = (t1_2 < 32u);
    let t1_4 = (t1_0 >> 2u);
    let t1_5 = w[t1_4];
    let t1_6 = w[(t1_4 + 1u)];
    let t1_7 = (t1_2 & 31u);
    let t1_8 = w[(t1_4 + 2u)];
    let t1_9 = (((select(t1_6, t1_5, t1_3) >> t1_7) | ((select(t1_8, t1_6, t1_3) << 1u) << (31u - t1_7))) & 255u);
    let t1_10 = (((t1_9 & 15u) * 0x204081u) & 0x1010101u);
    let t1_11 = ((((t1_9 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let t1_12 = (t1_1 + 24u);
    let t1_13 = (t1_12 < 32u);
    let t1_14 = (t1_12 & 31u);
    let t1_15 = (((select(t1_6, t1_5, t1_13) >> t1_14) | ((select(t1_8, t1_6, t1_13) << 1u) << (31u - t1_14))) & 255u);
    let t1_16 = (((t1_15 & 15u) * 0x204081u) & 0x1010101u);
    let t1_17 = ((((t1_15 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let t1_18 = ((t1_6 >> t1_1) & 255u);
    let t1_19 = (((t1_18 & 15u) * 0x204081u) & 0x1010101u);
    let t1_20 = ((((t1_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let t1_21 = ((t1_6 >> (t1_1 + 8u)) & 255u);
    let t1_22 = (((t1_21 & 15u) * 0x204081u) & 0x1010101u);
    let t1_23 = ((((t1_21 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let u0_q0_0_0 = (t1_10 | ((t1_10 ^ 0x1010101u) * 255u));
    let u0_q0_0_1 = (t1_11 | ((t1_11 ^ 0x1010101u) * 255u));
    let u0_q0_0_2 = (t1_16 | ((t1_16 ^ 0x1010101u) * 255u));
    let u0_q0_0_3 = (t1_17 | ((t1_17 ^ 0x1010101u) * 255u));
    let u0_q0_0_4 = (t1_19 | ((t1_19 ^ 0x1010101u) * 255u));
    let u0_q0_0_5 = (t1_20 | ((t1_20 ^ 0x1010101u) * 255u));
    let u0_q0_0_6 = (t1_22 | ((t1_22 ^ 0x1010101u) * 255u));
    let u0_q0_0_7 = (t1_23 | ((t1_23 ^ 0x1010101u) * 255u));
    let u0_s0_0 = unpack2x16float(((w[(u0_b0 >> 2u)] >> ((u0_b0 & 3u) * 8u)) & 0xffffu)).x;
    acc0 = (acc0 + (u0_x0_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x0_hi.w))))));
    let u1_j = (j0 + WG_SIZE);
    let u1_x0_at = (x_base + ((u1_j >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at][(u1_j & 3u)];
    let u1_x0_lo = x[((u1_x0_at + 1u) + ((u1_j & 3u) * 2u))];
    let u1_x0_hi = x[((u1_x0_at + 2u) + ((u1_j & 3u) * 2u))];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (u1_j >> 2u);
    let u1_slice = (u1_j & 3u);
    let u1_b0 = (row_base0 + (u1_blk * 18u));
    let t2_0 = (u1_b0 + (u1_slice * 4u));
    let t2_1 = ((t2_0 & 3u) * 8u);
    let t2_2 = (t2_1 + 16u);
    let t2_3 = (t2_2 < 32u);
    let t2_4 = (t2_0 >> 2u);
    let t2_5 = w[t2_4];
    let t2_6 = w[(t2_4 + 1u)];
    let t2_7 = (t2_2 & 31u);
    let t2_8 = w[(t2_4 + 2u)];
    let t2_9 = (((select(t2_6, t2_5, t2_3) >> t2_7) | ((select(t2_8, t2_6, t2_3) << 1u) << (31u - t2_7))) & 255u);
    let t2_10 = (((t2_9 & 15u) * 0x204081u) & 0x1010101u);
    let t2_11 = ((((t2_9 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let t2_12 = (t2_1 + 24u);
    let t2_13 = (t2_12 < 32u);
    let t2_14 = (t2_12 & 31u);
    let t2_15 = (((select(t2_6, t2_5, t2_13) >> t2_14) | ((select(t2_8, t2_6, t2_13) << 1u) << (31u - t2_14))) & 255u);
    let t2_16 = (((t2_15 & 15u) * 0x204081u) & 0x1010101u);
    let t2_17 = ((((t2_15 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let t2_18 = ((t2_6 >> t2_1) & 255u);
    let t2_19 = (((t2_18 & 15u) * 0x204081u) & 0x1010101u);
    let t2_20 = ((((t2_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let t2_21 = ((t2_6 >> (t2_1 + 8u)) & 255u);
    let t2_22 = (((t2_21 & 15u) * 0x204081u) & 0x1010101u);
    let t2_23 = ((((t2_21 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let u1_q0_0_0 = (t2_10 | ((t2_10 ^ 0x1010101u) * 255u));
    let u1_q0_0_1 = (t2_11 | ((t2_11 ^ 0x1010101u) * 255u));
    let u1_q0_0_2 = (t2_16 | ((t2_16 ^ 0x1010101u) * 255u));
    let u1_q0_0_3 = (t2_17 | ((t2_17 ^ 0x1010101u) * 255u));
    let u1_q0_0_4 = (t2_19 | ((t2_19 ^ 0x1010101u) * 255u));
    let u1_q0_0_5 = (t2_20 | ((t2_20 ^ 0x1010101u) * 255u));
    let u1_q0_0_6 = (t2_22 | ((t2_22 ^ 0x1010101u) * 255u));
    let u1_q0_0_7 = (t2_23 | ((t2_23 ^ 0x1010101u) * 255u));
    let u1_s0_0 = unpack2x16float(((w[(u1_b0 >> 2u)] >> ((u1_b0 & 3u) * 8u)) & 0xffffu)).x;
    acc0 = (acc0 + (u1_x0_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x0_hi.w))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 2u);
    let slice = (j & 3u);
    let b0 = (row_base0 + (blk * 18u));
    let t3_0 = (b0 + (slice * 4u));
    let t3_1 = ((t3_0 & 3u) * 8u);
    let t3_2 = (t3_1 + 16u);
    let t3_3 = (t3_2 < 32u);
    let t3_4 = (t3_0 >> 2u);
    let t3_5 = w[t3_4];
    let t3_6 = w[(t3_4 + 1u)];
    let t3_7 = (t3_2 & 31u);
    let t3_8 = w[(t3_4 + 2u)];
    let t3_9 = (((select(t3_6, t3_5, t3_3) >> t3_7) | ((select(t3_8, t3_6, t3_3) << 1u) << (31u - t3_7))) & 255u);
    let t3_10 = (((t3_9 & 15u) * 0x204081u) & 0x1010101u);
    let t3_11 = ((((t3_9 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let t3_12 = (t3_1 + 24u);
    let t3_13 = (t3_12 < 32u);
    let t3_14 = (t3_12 & 31u);
    let t3_15 = (((select(t3_6, t3_5, t3_13) >> t3_14) | ((select(t3_8, t3_6, t3_13) << 1u) << (31u - t3_14))) & 255u);
    let t3_16 = (((t3_15 & 15u) * 0x204081u) & 0x1010101u);
    let t3_17 = ((((t3_15 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let t3_18 = ((t3_6 >> t3_1) & 255u);
    let t3_19 = (((t3_18 & 15u) * 0x204081u) & 0x1010101u);
    let t3_20 = ((((t3_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let t3_21 = ((t3_6 >> (t3_1 + 8u)) & 255u);
    let t3_22 = (((t3_21 & 15u) * 0x204081u) & 0x1010101u);
    let t3_23 = ((((t3_21 >> 4u) & 15u) * 0x204081u) & 0x1010101u);
    let q0_0_0 = (t3_10 | ((t3_10 ^ 0x1010101u) * 255u));
    let q0_0_1 = (t3_11 | ((t3_11 ^ 0x1010101u) * 255u));
    let q0_0_2 = (t3_16 | ((t3_16 ^ 0x1010101u) * 255u));
    let q0_0_3 = (t3_17 | ((t3_17 ^ 0x1010101u) * 255u));
    let q0_0_4 = (t3_19 | ((t3_19 ^ 0x1010101u) * 255u));
    let q0_0_5 = (t3_20 | ((t3_20 ^ 0x1010101u) * 255u));
    let q0_0_6 = (t3_22 | ((t3_22 ^ 0x1010101u) * 255u));
    let q0_0_7 = (t3_23 | ((t3_23 ^ 0x1010101u) * 255u));
    let s0_0 = unpack2x16float(((w[(b0 >> 2u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x;
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
  }
  let sg_sum0 = subgroupAdd(acc0);
  let sg_id = (lid / sg_size);
  if ((sg_lane == 0u)) {
    red[sg_id] = sg_sum0;
  }
  workgroupBarrier();
  let n_sg = (WG_SIZE / sg_size);
  if ((lid == 0u)) {
    var total0: f32 = 0.0;
    for (var s0: u32 = 0u; (s0 < n_sg); s0 = (s0 + 1u)) {
      total0 = (total0 + red[s0]);
    }
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = total0;
    }
  }
}
