// kgen 0.1.0: matvec_f32.q2_k.nc2.r1.wg; generated, do not edit; content hash 79de52b31394d471
// matvec_f32: y = W . x, W in q2_k dequantized on the fly (w = S * q + M), x and y in f32; needs no optional feature with wg reduction
// 2 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / rows per workgroup), y = batches (ne12 * ne13)
// format q2_k (ggml type 10) from dsl/formats/q2_k.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q2_k blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<f32>>; // activations, f32 (strides in units of 4 floats)
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
    let x0_at = (x_base + (j * 8u));
    let x0_0 = x[x0_at];
    let x0_1 = x[(x0_at + 1u)];
    let x0_2 = x[(x0_at + 2u)];
    let x0_3 = x[(x0_at + 3u)];
    let x0_4 = x[(x0_at + 4u)];
    let x0_5 = x[(x0_at + 5u)];
    let x0_6 = x[(x0_at + 6u)];
    let x0_7 = x[(x0_at + 7u)];
    let x1_at = ((x_base + p.x_col_stride) + (j * 8u));
    let x1_0 = x[x1_at];
    let x1_1 = x[(x1_at + 1u)];
    let x1_2 = x[(x1_at + 2u)];
    let x1_3 = x[(x1_at + 3u)];
    let x1_4 = x[(x1_at + 4u)];
    let x1_5 = x[(x1_at + 5u)];
    let x1_6 = x[(x1_at + 6u)];
    let x1_7 = x[(x1_at + 7u)];
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
    acc0 = (acc0 + ((((((((((((((((((s0_0 * f32((i32((q0_0_0 << 24u)) >> 24u))) + m0_0) * x0_0.x) + (((s0_0 * f32((i32((q0_0_0 << 16u)) >> 24u))) + m0_0) * x0_0.y)) + (((s0_0 * f32((i32((q0_0_0 << 8u)) >> 24u))) + m0_0) * x0_0.z)) + (((s0_0 * f32((i32(q0_0_0) >> 24u))) + m0_0) * x0_0.w)) + (((s0_0 * f32((i32((q0_0_1 << 24u)) >> 24u))) + m0_0) * x0_1.x)) + (((s0_0 * f32((i32((q0_0_1 << 16u)) >> 24u))) + m0_0) * x0_1.y)) + (((s0_0 * f32((i32((q0_0_1 << 8u)) >> 24u))) + m0_0) * x0_1.z)) + (((s0_0 * f32((i32(q0_0_1) >> 24u))) + m0_0) * x0_1.w)) + (((s0_0 * f32((i32((q0_0_2 << 24u)) >> 24u))) + m0_0) * x0_2.x)) + (((s0_0 * f32((i32((q0_0_2 << 16u)) >> 24u))) + m0_0) * x0_2.y)) + (((s0_0 * f32((i32((q0_0_2 << 8u)) >> 24u))) + m0_0) * x0_2.z)) + (((s0_0 * f32((i32(q0_0_2) >> 24u))) + m0_0) * x0_2.w)) + (((s0_0 * f32((i32((q0_0_3 << 24u)) >> 24u))) + m0_0) * x0_3.x)) + (((s0_0 * f32((i32((q0_0_3 << 16u)) >> 24u))) + m0_0) * x0_3.y)) + (((s0_0 * f32((i32((q0_0_3 << 8u)) >> 24u))) + m0_0) * x0_3.z)) + (((s0_0 * f32((i32(q0_0_3) >> 24u))) + m0_0) * x0_3.w)));
    acc1 = (acc1 + ((((((((((((((((((s0_0 * f32((i32((q0_0_0 << 24u)) >> 24u))) + m0_0) * x1_0.x) + (((s0_0 * f32((i32((q0_0_0 << 16u)) >> 24u))) + m0_0) * x1_0.y)) + (((s0_0 * f32((i32((q0_0_0 << 8u)) >> 24u))) + m0_0) * x1_0.z)) + (((s0_0 * f32((i32(q0_0_0) >> 24u))) + m0_0) * x1_0.w)) + (((s0_0 * f32((i32((q0_0_1 << 24u)) >> 24u))) + m0_0) * x1_1.x)) + (((s0_0 * f32((i32((q0_0_1 << 16u)) >> 24u))) + m0_0) * x1_1.y)) + (((s0_0 * f32((i32((q0_0_1 << 8u)) >> 24u))) + m0_0) * x1_1.z)) + (((s0_0 * f32((i32(q0_0_1) >> 24u))) + m0_0) * x1_1.w)) + (((s0_0 * f32((i32((q0_0_2 << 24u)) >> 24u))) + m0_0) * x1_2.x)) + (((s0_0 * f32((i32((q0_0_2 << 16u)) >> 24u))) + m0_0) * x1_2.y)) + (((s0_0 * f32((i32((q0_0_2 << 8u)) >> 24u))) + m0_0) * x1_2.z)) + (((s0_0 * f32((i32(q0_0_2) >> 24u))) + m0_0) * x1_2.w)) + (((s0_0 * f32((i32((q0_0_3 << 24u)) >> 24u))) + m0_0) * x1_3.x)) + (((s0_0 * f32((i32((q0_0_3 << 16u)) >> 24u))) + m0_0) * x1_3.y)) + (((s0_0 * f32((i32((q0_0_3 << 8u)) >> 24u))) + m0_0) * x1_3.z)) + (((s0_0 * f32((i32(q0_0_3) >> 24u))) + m0_0) * x1_3.w)));
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
    acc0 = (acc0 + ((((((((((((((((((s0_1 * f32((i32((q0_1_0 << 24u)) >> 24u))) + m0_1) * x0_4.x) + (((s0_1 * f32((i32((q0_1_0 << 16u)) >> 24u))) + m0_1) * x0_4.y)) + (((s0_1 * f32((i32((q0_1_0 << 8u)) >> 24u))) + m0_1) * x0_4.z)) + (((s0_1 * f32((i32(q0_1_0) >> 24u))) + m0_1) * x0_4.w)) + (((s0_1 * f32((i32((q0_1_1 << 24u)) >> 24u))) + m0_1) * x0_5.x)) + (((s0_1 * f32((i32((q0_1_1 << 16u)) >> 24u))) + m0_1) * x0_5.y)) + (((s0_1 * f32((i32((q0_1_1 << 8u)) >> 24u))) + m0_1) * x0_5.z)) + (((s0_1 * f32((i32(q0_1_1) >> 24u))) + m0_1) * x0_5.w)) + (((s0_1 * f32((i32((q0_1_2 << 24u)) >> 24u))) + m0_1) * x0_6.x)) + (((s0_1 * f32((i32((q0_1_2 << 16u)) >> 24u))) + m0_1) * x0_6.y)) + (((s0_1 * f32((i32((q0_1_2 << 8u)) >> 24u))) + m0_1) * x0_6.z)) + (((s0_1 * f32((i32(q0_1_2) >> 24u))) + m0_1) * x0_6.w)) + (((s0_1 * f32((i32((q0_1_3 << 24u)) >> 24u))) + m0_1) * x0_7.x)) + (((s0_1 * f32((i32((q0_1_3 << 16u)) >> 24u))) + m0_1) * x0_7.y)) + (((s0_1 * f32((i32((q0_1_3 << 8u)) >> 24u))) + m0_1) * x0_7.z)) + (((s0_1 * f32((i32(q0_1_3) >> 24u))) + m0_1) * x0_7.w)));
    acc1 = (acc1 + ((((((((((((((((((s0_1 * f32((i32((q0_1_0 << 24u)) >> 24u))) + m0_1) * x1_4.x) + (((s0_1 * f32((i32((q0_1_0 << 16u)) >> 24u))) + m0_1) * x1_4.y)) + (((s0_1 * f32((i32((q0_1_0 << 8u)) >> 24u))) + m0_1) * x1_4.z)) + (((s0_1 * f32((i32(q0_1_0) >> 24u))) + m0_1) * x1_4.w)) + (((s0_1 * f32((i32((q0_1_1 << 24u)) >> 24u))) + m0_1) * x1_5.x)) + (((s0_1 * f32((i32((q0_1_1 << 16u)) >> 24u))) + m0_1) * x1_5.y)) + (((s0_1 * f32((i32((q0_1_1 << 8u)) >> 24u))) + m0_1) * x1_5.z)) + (((s0_1 * f32((i32(q0_1_1) >> 24u))) + m0_1) * x1_5.w)) + (((s0_1 * f32((i32((q0_1_2 << 24u)) >> 24u))) + m0_1) * x1_6.x)) + (((s0_1 * f32((i32((q0_1_2 << 16u)) >> 24u))) + m0_1) * x1_6.y)) + (((s0_1 * f32((i32((q0_1_2 << 8u)) >> 24u))) + m0_1) * x1_6.z)) + (((s0_1 * f32((i32(q0_1_2) >> 24u))) + m0_1) * x1_6.w)) + (((s0_1 * f32((i32((q0_1_3 << 24u)) >> 24u))) + m0_1) * x1_7.x)) + (((s0_1 * f32((i32((q0_1_3 << 16u)) >> 24u))) + m0_1) * x1_7.y)) + (((s0_1 * f32((i32((q0_1_3 << 8u)) >> 24u))) + m0_1) * x1_7.z)) + (((s0_1 * f32((i32(q0_1_3) >> 24u))) + m0_1) * x1_7.w)));
  }
  red[(lid * 2u)] = acc0;
  red[((lid * 2u) + 1u)] = acc1;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      let t2_0 = (lid * 2u);
      red[t2_0] = (red[t2_0] + red[((lid + stride) * 2u)]);
      let t3_0 = ((lid * 2u) + 1u);
      red[t3_0] = (red[t3_0] + red[(((lid + stride) * 2u) + 1u)]);
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
