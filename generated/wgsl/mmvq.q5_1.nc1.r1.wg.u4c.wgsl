// kgen 0.1.0: mmvq.q5_1.nc1.r1.wg.u4c; generated, do not edit; content hash f40d6c8faab67c1f
// mmvq: y = W . x, W in q5_1 (32 per 24-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 4 chunk(s) per thread per step (contig), lookup tables vec
// format q5_1 (ggml type 7) from dsl/formats/q5_1.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q5_1 blocks (ggml/GGUF bytes)
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
    let u0_blk = j0;
    let u0_b0 = (row_base0 + (u0_blk * 24u));
    let t1_0 = (u0_b0 >> 2u);
    let t1_1 = w[(t1_0 + 2u)];
    let t1_2 = w[(t1_0 + 1u)];
    let t1_3 = w[(t1_0 + 3u)];
    let t1_4 = w[(t1_0 + 4u)];
    let t1_5 = w[(t1_0 + 5u)];
    let t1_6 = w[t1_0];
    let u0_q0_0_0 = ((t1_1 & 0xf0f0f0fu) | (((t1_2 & 15u) * 0x2040810u) & 0x10101010u));
    let u0_q0_0_1 = ((t1_3 & 0xf0f0f0fu) | ((((t1_2 >> 4u) & 15u) * 0x2040810u) & 0x10101010u));
    let u0_q0_0_2 = ((t1_4 & 0xf0f0f0fu) | ((((t1_2 >> 8u) & 15u) * 0x2040810u) & 0x10101010u));
    let u0_q0_0_3 = ((t1_5 & 0xf0f0f0fu) | ((((t1_2 >> 12u) & 15u) * 0x2040810u) & 0x10101010u));
    let u0_q0_0_4 = (((t1_1 >> 4u) & 0xf0f0f0fu) | ((((t1_2 >> 16u) & 15u) * 0x2040810u) & 0x10101010u));
    let u0_q0_0_5 = (((t1_3 >> 4u) & 0xf0f0f0fu) | ((((t1_2 >> 20u) & 15u) * 0x2040810u) & 0x10101010u));
    let u0_q0_0_6 = (((t1_4 >> 4u) & 0xf0f0f0fu) | ((((t1_2 >> 24u) & 15u) * 0x2040810u) & 0x10101010u));
    let u0_q0_0_7 = (((t1_5 >> 4u) & 0xf0f0f0fu) | ((((t1_2 >> 28u) & 15u) * 0x2040810u) & 0x10101010u));
    let u0_s0_0 = unpack2x16float((t1_6 & 0xffffu)).x;
    let u0_m0_0 = unpack2x16float(((t1_6 >> 16u) & 0xffffu)).x;
    acc0 = (acc0 + (u0_x0_d * ((u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x0_hi.w)))) + (u0_m0_0 * f32((i32(u0_x0_hdr) >> 16u))))));
    let u1_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at].y;
    let u1_x0_lo = x[(u1_x0_at + 3u)];
    let u1_x0_hi = x[(u1_x0_at + 4u)];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (j0 + 1u);
    let u1_b0 = (row_base0 + (u1_blk * 24u));
    let t2_0 = (u1_b0 >> 2u);
    let t2_1 = w[(t2_0 + 2u)];
    let t2_2 = w[(t2_0 + 1u)];
    let t2_3 = w[(t2_0 + 3u)];
    let t2_4 = w[(t2_0 + 4u)];
    let t2_5 = w[(t2_0 + 5u)];
    let t2_6 = w[t2_0];
    let u1_q0_0_0 = ((t2_1 & 0xf0f0f0fu) | (((t2_2 & 15u) * 0x2040810u) & 0x10101010u));
    let u1_q0_0_1 = ((t2_3 & 0xf0f0f0fu) | ((((t2_2 >> 4u) & 15u) * 0x2040810u) & 0x10101010u));
    let u1_q0_0_2 = ((t2_4 & 0xf0f0f0fu) | ((((t2_2 >> 8u) & 15u) * 0x2040810u) & 0x10101010u));
    let u1_q0_0_3 = ((t2_5 & 0xf0f0f0fu) | ((((t2_2 >> 12u) & 15u) * 0x2040810u) & 0x10101010u));
    let u1_q0_0_4 = (((t2_1 >> 4u) & 0xf0f0f0fu) | ((((t2_2 >> 16u) & 15u) * 0x2040810u) & 0x10101010u));
    let u1_q0_0_5 = (((t2_3 >> 4u) & 0xf0f0f0fu) | ((((t2_2 >> 20u) & 15u) * 0x2040810u) & 0x10101010u));
    let u1_q0_0_6 = (((t2_4 >> 4u) & 0xf0f0f0fu) | ((((t2_2 >> 24u) & 15u) * 0x2040810u) & 0x10101010u));
    let u1_q0_0_7 = (((t2_5 >> 4u) & 0xf0f0f0fu) | ((((t2_2 >> 28u) & 15u) * 0x2040810u) & 0x10101010u));
    let u1_s0_0 = unpack2x16float((t2_6 & 0xffffu)).x;
    let u1_m0_0 = unpack2x16float(((t2_6 >> 16u) & 0xffffu)).x;
    acc0 = (acc0 + (u1_x0_d * ((u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x0_hi.w)))) + (u1_m0_0 * f32((i32(u1_x0_hdr) >> 16u))))));
    let u2_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u2_x0_hdr = x[u2_x0_at].z;
    let u2_x0_lo = x[(u2_x0_at + 5u)];
    let u2_x0_hi = x[(u2_x0_at + 6u)];
    let u2_x0_d = unpack2x16float((u2_x0_hdr & 0xffffu)).x;
    let u2_blk = (j0 + 2u);
    let u2_b0 = (row_base0 + (u2_blk * 24u));
    let t3_0 = (u2_b0 >> 2u);
    let t3_1 = w[(t3_0 + 2u)];
    let t3_2 = w[(t3_0 + 1u)];
    let t3_3 = w[(t3_0 + 3u)];
    let t3_4 = w[(t3_0 + 4u)];
    let t3_5 = w[(t3_0 + 5u)];
    let t3_6 = w[t3_0];
    let u2_q0_0_0 = ((t3_1 & 0xf0f0f0fu) | (((t3_2 & 15u) * 0x2040810u) & 0x10101010u));
    let u2_q0_0_1 = ((t3_3 & 0xf0f0f0fu) | ((((t3_2 >> 4u) & 15u) * 0x2040810u) & 0x10101010u));
    let u2_q0_0_2 = ((t3_4 & 0xf0f0f0fu) | ((((t3_2 >> 8u) & 15u) * 0x2040810u) & 0x10101010u));
    let u2_q0_0_3 = ((t3_5 & 0xf0f0f0fu) | ((((t3_2 >> 12u) & 15u) * 0x2040810u) & 0x10101010u));
    let u2_q0_0_4 = (((t3_1 >> 4u) & 0xf0f0f0fu) | ((((t3_2 >> 16u) & 15u) * 0x2040810u) & 0x10101010u));
    let u2_q0_0_5 = (((t3_3 >> 4u) & 0xf0f0f0fu) | ((((t3_2 >> 20u) & 15u) * 0x2040810u) & 0x10101010u));
    let u2_q0_0_6 = (((t3_4 >> 4u) & 0xf0f0f0fu) | ((((t3_2 >> 24u) & 15u) * 0x2040810u) & 0x10101010u));
    let u2_q0_0_7 = (((t3_5 >> 4u) & 0xf0f0f0fu) | ((((t3_2 >> 28u) & 15u) * 0x2040810u) & 0x10101010u));
    let u2_s0_0 = unpack2x16float((t3_6 & 0xffffu)).x;
    let u2_m0_0 = unpack2x16float(((t3_6 >> 16u) & 0xffffu)).x;
    acc0 = (acc0 + (u2_x0_d * ((u2_s0_0 * f32((((((((dot4I8Packed(u2_q0_0_0, u2_x0_lo.x) + dot4I8Packed(u2_q0_0_1, u2_x0_lo.y)) + dot4I8Packed(u2_q0_0_2, u2_x0_lo.z)) + dot4I8Packed(u2_q0_0_3, u2_x0_lo.w)) + dot4I8Packed(u2_q0_0_4, u2_x0_hi.x)) + dot4I8Packed(u2_q0_0_5, u2_x0_hi.y)) + dot4I8Packed(u2_q0_0_6, u2_x0_hi.z)) + dot4I8Packed(u2_q0_0_7, u2_x0_hi.w)))) + (u2_m0_0 * f32((i32(u2_x0_hdr) >> 16u))))));
    let u3_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u3_x0_hdr = x[u3_x0_at].w;
    let u3_x0_lo = x[(u3_x0_at + 7u)];
    let u3_x0_hi = x[(u3_x0_at + 8u)];
    let u3_x0_d = unpack2x16float((u3_x0_hdr & 0xffffu)).x;
    let u3_blk = (j0 + 3u);
    let u3_b0 = (row_base0 + (u3_blk * 24u));
    let t4_0 = (u3_b0 >> 2u);
    let t4_1 = w[(t4_0 + 2u)];
    let t4_2 = w[(t4_0 + 1u)];
    let t4_3 = w[(t4_0 + 3u)];
    let t4_4 = w[(t4_0 + 4u)];
    let t4_5 = w[(t4_0 + 5u)];
    let t4_6 = w[t4_0];
    let u3_q0_0_0 = ((t4_1 & 0xf0f0f0fu) | (((t4_2 & 15u) * 0x2040810u) & 0x10101010u));
    let u3_q0_0_1 = ((t4_3 & 0xf0f0f0fu) | ((((t4_2 >> 4u) & 15u) * 0x2040810u) & 0x10101010u));
    let u3_q0_0_2 = ((t4_4 & 0xf0f0f0fu) | ((((t4_2 >> 8u) & 15u) * 0x2040810u) & 0x10101010u));
    let u3_q0_0_3 = ((t4_5 & 0xf0f0f0fu) | ((((t4_2 >> 12u) & 15u) * 0x2040810u) & 0x10101010u));
    let u3_q0_0_4 = (((t4_1 >> 4u) & 0xf0f0f0fu) | ((((t4_2 >> 16u) & 15u) * 0x2040810u) & 0x10101010u));
    let u3_q0_0_5 = (((t4_3 >> 4u) & 0xf0f0f0fu) | ((((t4_2 >> 20u) & 15u) * 0x2040810u) & 0x10101010u));
    let u3_q0_0_6 = (((t4_4 >> 4u) & 0xf0f0f0fu) | ((((t4_2 >> 24u) & 15u) * 0x2040810u) & 0x10101010u));
    let u3_q0_0_7 = (((t4_5 >> 4u) & 0xf0f0f0fu) | ((((t4_2 >> 28u) & 15u) * 0x2040810u) & 0x10101010u));
    let u3_s0_0 = unpack2x16float((t4_6 & 0xffffu)).x;
    let u3_m0_0 = unpack2x16float(((t4_6 >> 16u) & 0xffffu)).x;
    acc0 = (acc0 + (u3_x0_d * ((u3_s0_0 * f32((((((((dot4I8Packed(u3_q0_0_0, u3_x0_lo.x) + dot4I8Packed(u3_q0_0_1, u3_x0_lo.y)) + dot4I8Packed(u3_q0_0_2, u3_x0_lo.z)) + dot4I8Packed(u3_q0_0_3, u3_x0_lo.w)) + dot4I8Packed(u3_q0_0_4, u3_x0_hi.x)) + dot4I8Packed(u3_q0_0_5, u3_x0_hi.y)) + dot4I8Packed(u3_q0_0_6, u3_x0_hi.z)) + dot4I8Packed(u3_q0_0_7, u3_x0_hi.w)))) + (u3_m0_0 * f32((i32(u3_x0_hdr) >> 16u))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = j;
    let b0 = (row_base0 + (blk * 24u));
    let t5_0 = (b0 >> 2u);
    let t5_1 = w[(t5_0 + 2u)];
    let t5_2 = w[(t5_0 + 1u)];
    let t5_3 = w[(t5_0 + 3u)];
    let t5_4 = w[(t5_0 + 4u)];
    let t5_5 = w[(t5_0 + 5u)];
    let t5_6 = w[t5_0];
    let q0_0_0 = ((t5_1 & 0xf0f0f0fu) | (((t5_2 & 15u) * 0x2040810u) & 0x10101010u));
    let q0_0_1 = ((t5_3 & 0xf0f0f0fu) | ((((t5_2 >> 4u) & 15u) * 0x2040810u) & 0x10101010u));
    let q0_0_2 = ((t5_4 & 0xf0f0f0fu) | ((((t5_2 >> 8u) & 15u) * 0x2040810u) & 0x10101010u));
    let q0_0_3 = ((t5_5 & 0xf0f0f0fu) | ((((t5_2 >> 12u) & 15u) * 0x2040810u) & 0x10101010u));
    let q0_0_4 = (((t5_1 >> 4u) & 0xf0f0f0fu) | ((((t5_2 >> 16u) & 15u) * 0x2040810u) & 0x10101010u));
    let q0_0_5 = (((t5_3 >> 4u) & 0xf0f0f0fu) | ((((t5_2 >> 20u) & 15u) * 0x2040810u) & 0x10101010u));
    let q0_0_6 = (((t5_4 >> 4u) & 0xf0f0f0fu) | ((((t5_2 >> 24u) & 15u) * 0x2040810u) & 0x10101010u));
    let q0_0_7 = (((t5_5 >> 4u) & 0xf0f0f0fu) | ((((t5_2 >> 28u) & 15u) * 0x2040810u) & 0x10101010u));
    let s0_0 = unpack2x16float((t5_6 & 0xffffu)).x;
    let m0_0 = unpack2x16float(((t5_6 >> 16u) & 0xffffu)).x;
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
