// kgen 0.1.0: mmvq.q4_k.nc1.r1.wg.u4c; generated, do not edit; content hash 4c2041ecd2195647
// mmvq: y = W . x, W in q4_k (256 per 144-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 4 chunk(s) per thread per step (contig), lookup tables vec
// format q4_k (ggml type 12) from dsl/formats/q4_k.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q4_k blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 1u * WG_SIZE>;

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
  let n_chunks = (p.K >> 5u);
  let t0_0 = (WG_SIZE * 4u);
  let n_full = ((n_chunks / t0_0) * t0_0);
  for (var j0: u32 = (lid * 4u); (j0 < n_full); j0 = (j0 + (WG_SIZE * 4u))) {
    let u0_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u0_x0_hdr = x[u0_x0_at].x;
    let u0_x0_lo = x[(u0_x0_at + 1u)];
    let u0_x0_hi = x[(u0_x0_at + 2u)];
    let u0_x0_d = unpack2x16float((u0_x0_hdr & 0xffffu)).x;
    let u0_blk = (j0 >> 3u);
    let u0_slice = (j0 & 7u);
    let u0_b0 = (row_base0 + (u0_blk * 144u));
    let t1_0 = ((u0_b0 + ((u0_slice >> 1u) * 32u)) >> 2u);
    let t1_1 = ((u0_slice & 1u) * 4u);
    let t1_2 = w[(u0_b0 >> 2u)];
    let t1_3 = (i32(u0_slice) < 4i);
    let t1_4 = (u0_b0 + u0_slice);
    let t1_5 = (t1_4 >> 2u);
    let t1_6 = ((t1_4 & 3u) * 8u);
    let t1_7 = ((w[(t1_5 + 1u)] >> t1_6) & 255u);
    let t1_8 = ((w[(t1_5 + 2u)] >> t1_6) & 255u);
    let t1_9 = (u0_b0 + (u0_slice & 3u));
    let u0_q0_0_0 = ((w[(t1_0 + 4u)] >> t1_1) & 0xf0f0f0fu);
    let u0_q0_0_1 = ((w[(t1_0 + 5u)] >> t1_1) & 0xf0f0f0fu);
    let u0_q0_0_2 = ((w[(t1_0 + 6u)] >> t1_1) & 0xf0f0f0fu);
    let u0_q0_0_3 = ((w[(t1_0 + 7u)] >> t1_1) & 0xf0f0f0fu);
    let u0_q0_0_4 = ((w[(t1_0 + 8u)] >> t1_1) & 0xf0f0f0fu);
    let u0_q0_0_5 = ((w[(t1_0 + 9u)] >> t1_1) & 0xf0f0f0fu);
    let u0_q0_0_6 = ((w[(t1_0 + 10u)] >> t1_1) & 0xf0f0f0fu);
    let u0_q0_0_7 = ((w[(t1_0 + 11u)] >> t1_1) & 0xf0f0f0fu);
    let u0_s0_0 = (unpack2x16float((t1_2 & 0xffffu)).x * f32(i32(select(((t1_8 & 15u) | ((((w[((t1_9 >> 2u) + 1u)] >> ((t1_9 & 3u) * 8u)) & 255u) >> 6u) << 4u)), (t1_7 & 63u), t1_3))));
    let u0_m0_0 = (-(unpack2x16float(((t1_2 >> 16u) & 0xffffu)).x * f32(i32(select(((t1_8 >> 4u) | ((t1_7 >> 6u) << 4u)), (t1_8 & 63u), t1_3)))));
    acc0 = (acc0 + (u0_x0_d * ((u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x0_hi.w)))) + (u0_m0_0 * f32((i32(u0_x0_hdr) >> 16u))))));
    let u1_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at].y;
    let u1_x0_lo = x[(u1_x0_at + 3u)];
    let u1_x0_hi = x[(u1_x0_at + 4u)];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (j0 >> 3u);
    let u1_slice = ((j0 & 7u) + 1u);
    let u1_b0 = (row_base0 + (u1_blk * 144u));
    let t2_0 = ((u1_b0 + ((u1_slice >> 1u) * 32u)) >> 2u);
    let t2_1 = ((u1_slice & 1u) * 4u);
    let t2_2 = w[(u1_b0 >> 2u)];
    let t2_3 = (i32(u1_slice) < 4i);
    let t2_4 = (u1_b0 + u1_slice);
    let t2_5 = (t2_4 >> 2u);
    let t2_6 = ((t2_4 & 3u) * 8u);
    let t2_7 = ((w[(t2_5 + 1u)] >> t2_6) & 255u);
    let t2_8 = ((w[(t2_5 + 2u)] >> t2_6) & 255u);
    let t2_9 = (u1_b0 + (u1_slice & 3u));
    let u1_q0_0_0 = ((w[(t2_0 + 4u)] >> t2_1) & 0xf0f0f0fu);
    let u1_q0_0_1 = ((w[(t2_0 + 5u)] >> t2_1) & 0xf0f0f0fu);
    let u1_q0_0_2 = ((w[(t2_0 + 6u)] >> t2_1) & 0xf0f0f0fu);
    let u1_q0_0_3 = ((w[(t2_0 + 7u)] >> t2_1) & 0xf0f0f0fu);
    let u1_q0_0_4 = ((w[(t2_0 + 8u)] >> t2_1) & 0xf0f0f0fu);
    let u1_q0_0_5 = ((w[(t2_0 + 9u)] >> t2_1) & 0xf0f0f0fu);
    let u1_q0_0_6 = ((w[(t2_0 + 10u)] >> t2_1) & 0xf0f0f0fu);
    let u1_q0_0_7 = ((w[(t2_0 + 11u)] >> t2_1) & 0xf0f0f0fu);
    let u1_s0_0 = (unpack2x16float((t2_2 & 0xffffu)).x * f32(i32(select(((t2_8 & 15u) | ((((w[((t2_9 >> 2u) + 1u)] >> ((t2_9 & 3u) * 8u)) & 255u) >> 6u) << 4u)), (t2_7 & 63u), t2_3))));
    let u1_m0_0 = (-(unpack2x16float(((t2_2 >> 16u) & 0xffffu)).x * f32(i32(select(((t2_8 >> 4u) | ((t2_7 >> 6u) << 4u)), (t2_8 & 63u), t2_3)))));
    acc0 = (acc0 + (u1_x0_d * ((u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x0_hi.w)))) + (u1_m0_0 * f32((i32(u1_x0_hdr) >> 16u))))));
    let u2_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u2_x0_hdr = x[u2_x0_at].z;
    let u2_x0_lo = x[(u2_x0_at + 5u)];
    let u2_x0_hi = x[(u2_x0_at + 6u)];
    let u2_x0_d = unpack2x16float((u2_x0_hdr & 0xffffu)).x;
    let u2_blk = (j0 >> 3u);
    let u2_slice = ((j0 & 7u) + 2u);
    let u2_b0 = (row_base0 + (u2_blk * 144u));
    let t3_0 = ((u2_b0 + ((u2_slice >> 1u) * 32u)) >> 2u);
    let t3_1 = ((u2_slice & 1u) * 4u);
    let t3_2 = w[(u2_b0 >> 2u)];
    let t3_3 = (i32(u2_slice) < 4i);
    let t3_4 = (u2_b0 + u2_slice);
    let t3_5 = (t3_4 >> 2u);
    let t3_6 = ((t3_4 & 3u) * 8u);
    let t3_7 = ((w[(t3_5 + 1u)] >> t3_6) & 255u);
    let t3_8 = ((w[(t3_5 + 2u)] >> t3_6) & 255u);
    let t3_9 = (u2_b0 + (u2_slice & 3u));
    let u2_q0_0_0 = ((w[(t3_0 + 4u)] >> t3_1) & 0xf0f0f0fu);
    let u2_q0_0_1 = ((w[(t3_0 + 5u)] >> t3_1) & 0xf0f0f0fu);
    let u2_q0_0_2 = ((w[(t3_0 + 6u)] >> t3_1) & 0xf0f0f0fu);
    let u2_q0_0_3 = ((w[(t3_0 + 7u)] >> t3_1) & 0xf0f0f0fu);
    let u2_q0_0_4 = ((w[(t3_0 + 8u)] >> t3_1) & 0xf0f0f0fu);
    let u2_q0_0_5 = ((w[(t3_0 + 9u)] >> t3_1) & 0xf0f0f0fu);
    let u2_q0_0_6 = ((w[(t3_0 + 10u)] >> t3_1) & 0xf0f0f0fu);
    let u2_q0_0_7 = ((w[(t3_0 + 11u)] >> t3_1) & 0xf0f0f0fu);
    let u2_s0_0 = (unpack2x16float((t3_2 & 0xffffu)).x * f32(i32(select(((t3_8 & 15u) | ((((w[((t3_9 >> 2u) + 1u)] >> ((t3_9 & 3u) * 8u)) & 255u) >> 6u) << 4u)), (t3_7 & 63u), t3_3))));
    let u2_m0_0 = (-(unpack2x16float(((t3_2 >> 16u) & 0xffffu)).x * f32(i32(select(((t3_8 >> 4u) | ((t3_7 >> 6u) << 4u)), (t3_8 & 63u), t3_3)))));
    acc0 = (acc0 + (u2_x0_d * ((u2_s0_0 * f32((((((((dot4I8Packed(u2_q0_0_0, u2_x0_lo.x) + dot4I8Packed(u2_q0_0_1, u2_x0_lo.y)) + dot4I8Packed(u2_q0_0_2, u2_x0_lo.z)) + dot4I8Packed(u2_q0_0_3, u2_x0_lo.w)) + dot4I8Packed(u2_q0_0_4, u2_x0_hi.x)) + dot4I8Packed(u2_q0_0_5, u2_x0_hi.y)) + dot4I8Packed(u2_q0_0_6, u2_x0_hi.z)) + dot4I8Packed(u2_q0_0_7, u2_x0_hi.w)))) + (u2_m0_0 * f32((i32(u2_x0_hdr) >> 16u))))));
    let u3_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u3_x0_hdr = x[u3_x0_at].w;
    let u3_x0_lo = x[(u3_x0_at + 7u)];
    let u3_x0_hi = x[(u3_x0_at + 8u)];
    let u3_x0_d = unpack2x16float((u3_x0_hdr & 0xffffu)).x;
    let u3_blk = (j0 >> 3u);
    let u3_slice = ((j0 & 7u) + 3u);
    let u3_b0 = (row_base0 + (u3_blk * 144u));
    let t4_0 = ((u3_b0 + ((u3_slice >> 1u) * 32u)) >> 2u);
    let t4_1 = ((u3_slice & 1u) * 4u);
    let t4_2 = w[(u3_b0 >> 2u)];
    let t4_3 = (i32(u3_slice) < 4i);
    let t4_4 = (u3_b0 + u3_slice);
    let t4_5 = (t4_4 >> 2u);
    let t4_6 = ((t4_4 & 3u) * 8u);
    let t4_7 = ((w[(t4_5 + 1u)] >> t4_6) & 255u);
    let t4_8 = ((w[(t4_5 + 2u)] >> t4_6) & 255u);
    let t4_9 = (u3_b0 + (u3_slice & 3u));
    let u3_q0_0_0 = ((w[(t4_0 + 4u)] >> t4_1) & 0xf0f0f0fu);
    let u3_q0_0_1 = ((w[(t4_0 + 5u)] >> t4_1) & 0xf0f0f0fu);
    let u3_q0_0_2 = ((w[(t4_0 + 6u)] >> t4_1) & 0xf0f0f0fu);
    let u3_q0_0_3 = ((w[(t4_0 + 7u)] >> t4_1) & 0xf0f0f0fu);
    let u3_q0_0_4 = ((w[(t4_0 + 8u)] >> t4_1) & 0xf0f0f0fu);
    let u3_q0_0_5 = ((w[(t4_0 + 9u)] >> t4_1) & 0xf0f0f0fu);
    let u3_q0_0_6 = ((w[(t4_0 + 10u)] >> t4_1) & 0xf0f0f0fu);
    let u3_q0_0_7 = ((w[(t4_0 + 11u)] >> t4_1) & 0xf0f0f0fu);
    let u3_s0_0 = (unpack2x16float((t4_2 & 0xffffu)).x * f32(i32(select(((t4_8 & 15u) | ((((w[((t4_9 >> 2u) + 1u)] >> ((t4_9 & 3u) * 8u)) & 255u) >> 6u) << 4u)), (t4_7 & 63u), t4_3))));
    let u3_m0_0 = (-(unpack2x16float(((t4_2 >> 16u) & 0xffffu)).x * f32(i32(select(((t4_8 >> 4u) | ((t4_7 >> 6u) << 4u)), (t4_8 & 63u), t4_3)))));
    acc0 = (acc0 + (u3_x0_d * ((u3_s0_0 * f32((((((((dot4I8Packed(u3_q0_0_0, u3_x0_lo.x) + dot4I8Packed(u3_q0_0_1, u3_x0_lo.y)) + dot4I8Packed(u3_q0_0_2, u3_x0_lo.z)) + dot4I8Packed(u3_q0_0_3, u3_x0_lo.w)) + dot4I8Packed(u3_q0_0_4, u3_x0_hi.x)) + dot4I8Packed(u3_q0_0_5, u3_x0_hi.y)) + dot4I8Packed(u3_q0_0_6, u3_x0_hi.z)) + dot4I8Packed(u3_q0_0_7, u3_x0_hi.w)))) + (u3_m0_0 * f32((i32(u3_x0_hdr) >> 16u))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 144u));
    let t5_0 = ((b0 + ((slice >> 1u) * 32u)) >> 2u);
    let t5_1 = ((slice & 1u) * 4u);
    let t5_2 = w[(b0 >> 2u)];
    let t5_3 = (i32(slice) < 4i);
    let t5_4 = (b0 + slice);
    let t5_5 = (t5_4 >> 2u);
    let t5_6 = ((t5_4 & 3u) * 8u);
    let t5_7 = ((w[(t5_5 + 1u)] >> t5_6) & 255u);
    let t5_8 = ((w[(t5_5 + 2u)] >> t5_6) & 255u);
    let t5_9 = (b0 + (slice & 3u));
    let q0_0_0 = ((w[(t5_0 + 4u)] >> t5_1) & 0xf0f0f0fu);
    let q0_0_1 = ((w[(t5_0 + 5u)] >> t5_1) & 0xf0f0f0fu);
    let q0_0_2 = ((w[(t5_0 + 6u)] >> t5_1) & 0xf0f0f0fu);
    let q0_0_3 = ((w[(t5_0 + 7u)] >> t5_1) & 0xf0f0f0fu);
    let q0_0_4 = ((w[(t5_0 + 8u)] >> t5_1) & 0xf0f0f0fu);
    let q0_0_5 = ((w[(t5_0 + 9u)] >> t5_1) & 0xf0f0f0fu);
    let q0_0_6 = ((w[(t5_0 + 10u)] >> t5_1) & 0xf0f0f0fu);
    let q0_0_7 = ((w[(t5_0 + 11u)] >> t5_1) & 0xf0f0f0fu);
    let s0_0 = (unpack2x16float((t5_2 & 0xffffu)).x * f32(i32(select(((t5_8 & 15u) | ((((w[((t5_9 >> 2u) + 1u)] >> ((t5_9 & 3u) * 8u)) & 255u) >> 6u) << 4u)), (t5_7 & 63u), t5_3))));
    let m0_0 = (-(unpack2x16float(((t5_2 >> 16u) & 0xffffu)).x * f32(i32(select(((t5_8 >> 4u) | ((t5_7 >> 6u) << 4u)), (t5_8 & 63u), t5_3)))));
    acc0 = (acc0 + (x0_d * ((s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w)))) + (m0_0 * f32((i32(x0_hdr) >> 16u))))));
  }
  red[lid] = acc0;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      red[lid] = (red[lid] + red[(lid + stride)]);
    }
    workgroupBarrier();
  }
  if ((lid == 0u)) {
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = red[0u];
    }
  }
}
