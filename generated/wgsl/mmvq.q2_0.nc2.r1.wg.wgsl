// kgen 0.1.0: mmvq.q2_0.nc2.r1.wg; generated, do not edit; content hash 02e2256c2f2e1f4e
// mmvq: y = W . x, W in q2_0 (64 per 18-byte block), x in q8_1x4, y in f32
// 2 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
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
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let x1_at = ((x_base + p.x_col_stride) + ((j >> 2u) * 9u));
    let x1_hdr = x[x1_at][(j & 3u)];
    let x1_lo = x[((x1_at + 1u) + ((j & 3u) * 2u))];
    let x1_hi = x[((x1_at + 2u) + ((j & 3u) * 2u))];
    let x1_d = unpack2x16float((x1_hdr & 0xffffu)).x;
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
  }
  red[(lid * 2u)] = acc0;
  red[((lid * 2u) + 1u)] = acc1;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      let t1_0 = (lid * 2u);
      red[t1_0] = (red[t1_0] + red[((lid + stride) * 2u)]);
      let t2_0 = ((lid * 2u) + 1u);
      red[t2_0] = (red[t2_0] + red[(((lid + stride) * 2u) + 1u)]);
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
