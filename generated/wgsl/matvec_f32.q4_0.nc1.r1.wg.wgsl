// kgen 0.1.0: matvec_f32.q4_0.nc1.r1.wg; generated, do not edit; content hash 32b425cbbc98aa11
// matvec_f32: y = W . x, W in q4_0 dequantized on the fly (w = S * q + M), x and y in f32; needs no optional feature with wg reduction
// 1 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / rows per workgroup), y = batches (ne12 * ne13)
// format q4_0 (ggml type 2) from dsl/formats/q4_0.ts
// capabilities: none (baseline)

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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q4_0 blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<f32>>; // activations, f32 (strides in units of 4 floats)
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
  for (var j: u32 = lid; (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + (j * 8u));
    let x0_0 = x[x0_at];
    let x0_1 = x[(x0_at + 1u)];
    let x0_2 = x[(x0_at + 2u)];
    let x0_3 = x[(x0_at + 3u)];
    let x0_4 = x[(x0_at + 4u)];
    let x0_5 = x[(x0_at + 5u)];
    let x0_6 = x[(x0_at + 6u)];
    let x0_7 = x[(x0_at + 7u)];
    let blk = j;
    let slice = 0u;
    let b0 = (row_base0 + (blk * 18u));
    let t0_0 = ((b0 & 3u) * 8u);
    let t0_1 = (t0_0 + 16u);
    let t0_2 = (t0_1 < 32u);
    let t0_3 = (b0 >> 2u);
    let t0_4 = w[t0_3];
    let t0_5 = w[(t0_3 + 1u)];
    let t0_6 = (t0_1 & 31u);
    let t0_7 = w[(t0_3 + 2u)];
    let t0_8 = select(t0_7, t0_5, t0_2);
    let t0_9 = (31u - t0_6);
    let t0_10 = ((select(t0_5, t0_4, t0_2) >> t0_6) | ((t0_8 << 1u) << t0_9));
    let t0_11 = w[(t0_3 + 3u)];
    let t0_12 = select(t0_11, t0_7, t0_2);
    let t0_13 = ((t0_8 >> t0_6) | ((t0_12 << 1u) << t0_9));
    let t0_14 = w[(t0_3 + 4u)];
    let t0_15 = select(t0_14, t0_11, t0_2);
    let t0_16 = ((t0_12 >> t0_6) | ((t0_15 << 1u) << t0_9));
    let t0_17 = ((t0_15 >> t0_6) | ((select(w[(t0_3 + 5u)], t0_14, t0_2) << 1u) << t0_9));
    let q0_0_0 = (t0_10 & 0xf0f0f0fu);
    let q0_0_1 = (t0_13 & 0xf0f0f0fu);
    let q0_0_2 = (t0_16 & 0xf0f0f0fu);
    let q0_0_3 = (t0_17 & 0xf0f0f0fu);
    let q0_0_4 = ((t0_10 >> 4u) & 0xf0f0f0fu);
    let q0_0_5 = ((t0_13 >> 4u) & 0xf0f0f0fu);
    let q0_0_6 = ((t0_16 >> 4u) & 0xf0f0f0fu);
    let q0_0_7 = ((t0_17 >> 4u) & 0xf0f0f0fu);
    let s0_0 = unpack2x16float(((t0_4 >> t0_0) & 0xffffu)).x;
    acc0 = (acc0 + (((((((((((((((((((((((((((((((((s0_0 * f32(((i32((q0_0_0 << 24u)) >> 24u) + -8i))) * x0_0.x) + ((s0_0 * f32(((i32((q0_0_0 << 16u)) >> 24u) + -8i))) * x0_0.y)) + ((s0_0 * f32(((i32((q0_0_0 << 8u)) >> 24u) + -8i))) * x0_0.z)) + ((s0_0 * f32(((i32(q0_0_0) >> 24u) + -8i))) * x0_0.w)) + ((s0_0 * f32(((i32((q0_0_1 << 24u)) >> 24u) + -8i))) * x0_1.x)) + ((s0_0 * f32(((i32((q0_0_1 << 16u)) >> 24u) + -8i))) * x0_1.y)) + ((s0_0 * f32(((i32((q0_0_1 << 8u)) >> 24u) + -8i))) * x0_1.z)) + ((s0_0 * f32(((i32(q0_0_1) >> 24u) + -8i))) * x0_1.w)) + ((s0_0 * f32(((i32((q0_0_2 << 24u)) >> 24u) + -8i))) * x0_2.x)) + ((s0_0 * f32(((i32((q0_0_2 << 16u)) >> 24u) + -8i))) * x0_2.y)) + ((s0_0 * f32(((i32((q0_0_2 << 8u)) >> 24u) + -8i))) * x0_2.z)) + ((s0_0 * f32(((i32(q0_0_2) >> 24u) + -8i))) * x0_2.w)) + ((s0_0 * f32(((i32((q0_0_3 << 24u)) >> 24u) + -8i))) * x0_3.x)) + ((s0_0 * f32(((i32((q0_0_3 << 16u)) >> 24u) + -8i))) * x0_3.y)) + ((s0_0 * f32(((i32((q0_0_3 << 8u)) >> 24u) + -8i))) * x0_3.z)) + ((s0_0 * f32(((i32(q0_0_3) >> 24u) + -8i))) * x0_3.w)) + ((s0_0 * f32(((i32((q0_0_4 << 24u)) >> 24u) + -8i))) * x0_4.x)) + ((s0_0 * f32(((i32((q0_0_4 << 16u)) >> 24u) + -8i))) * x0_4.y)) + ((s0_0 * f32(((i32((q0_0_4 << 8u)) >> 24u) + -8i))) * x0_4.z)) + ((s0_0 * f32(((i32(q0_0_4) >> 24u) + -8i))) * x0_4.w)) + ((s0_0 * f32(((i32((q0_0_5 << 24u)) >> 24u) + -8i))) * x0_5.x)) + ((s0_0 * f32(((i32((q0_0_5 << 16u)) >> 24u) + -8i))) * x0_5.y)) + ((s0_0 * f32(((i32((q0_0_5 << 8u)) >> 24u) + -8i))) * x0_5.z)) + ((s0_0 * f32(((i32(q0_0_5) >> 24u) + -8i))) * x0_5.w)) + ((s0_0 * f32(((i32((q0_0_6 << 24u)) >> 24u) + -8i))) * x0_6.x)) + ((s0_0 * f32(((i32((q0_0_6 << 16u)) >> 24u) + -8i))) * x0_6.y)) + ((s0_0 * f32(((i32((q0_0_6 << 8u)) >> 24u) + -8i))) * x0_6.z)) + ((s0_0 * f32(((i32(q0_0_6) >> 24u) + -8i))) * x0_6.w)) + ((s0_0 * f32(((i32((q0_0_7 << 24u)) >> 24u) + -8i))) * x0_7.x)) + ((s0_0 * f32(((i32((q0_0_7 << 16u)) >> 24u) + -8i))) * x0_7.y)) + ((s0_0 * f32(((i32((q0_0_7 << 8u)) >> 24u) + -8i))) * x0_7.z)) + ((s0_0 * f32(((i32(q0_0_7) >> 24u) + -8i))) * x0_7.w)));
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
