// kgen 0.1.0: mmvq_id.nvfp4.nc1.r1.wg; generated, do not edit; content hash 81a14b21a99598a3
// mmvq_id: y = W . x, W in nvfp4 (64 per 36-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = n_used * tokens
// format nvfp4 (ggml type 40) from dsl/formats/nvfp4.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of nvfp4 blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<storage, read> ids: array<i32>; // expert ids, i32 [tokens][ids_stride]
@group(0) @binding(4) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 1u * WG_SIZE>;
const kvalues_mxfp4 = vec4<u32>(0x3020100u, 0xc080604u, 0xfdfeff00u, 0xf4f8fafcu); // i8 x 16, 4 per word

@compute @workgroup_size(WG_SIZE)
fn main(@builtin(local_invocation_index) lid: u32, @builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let slot = (wid.y % p.ne12);
  let token = (wid.y / p.ne12);
  let expert = u32(ids[((token * p.ids_stride) + slot)]);
  let w_base = (expert * p.w_stride2);
  let x_base = (((slot % p.ne11) * p.x_col_stride) + (token * p.x_stride2));
  let y_base = ((slot * p.y_col_stride) + (token * p.y_stride2));
  let row0 = (wid.x + (nwg.x * wid.z));
  let last_row = (p.rows - 1u);
  let row_base0 = (w_base + (min(row0, last_row) * p.w_row_stride));
  var acc0: f32 = 0.0;
  let n_chunks = (p.K >> 5u);
  for (var j: u32 = lid; (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 1u);
    let slice = (j & 1u);
    let b0 = (row_base0 + (blk * 36u));
    let t0_0 = ((b0 + (slice * 16u)) >> 2u);
    let t0_1 = w[(t0_0 + 1u)];
    let t0_2 = (t0_1 & 0xf0f0f0fu);
    let t0_3 = (t0_2 & 255u);
    let t0_4 = ((t0_2 >> 8u) & 255u);
    let t0_5 = ((t0_2 >> 16u) & 255u);
    let t0_6 = ((t0_2 >> 24u) & 255u);
    let t0_7 = w[(t0_0 + 2u)];
    let t0_8 = (t0_7 & 0xf0f0f0fu);
    let t0_9 = (t0_8 & 255u);
    let t0_10 = ((t0_8 >> 8u) & 255u);
    let t0_11 = ((t0_8 >> 16u) & 255u);
    let t0_12 = ((t0_8 >> 24u) & 255u);
    let t0_13 = ((t0_1 >> 4u) & 0xf0f0f0fu);
    let t0_14 = (t0_13 & 255u);
    let t0_15 = ((t0_13 >> 8u) & 255u);
    let t0_16 = ((t0_13 >> 16u) & 255u);
    let t0_17 = ((t0_13 >> 24u) & 255u);
    let t0_18 = ((t0_7 >> 4u) & 0xf0f0f0fu);
    let t0_19 = (t0_18 & 255u);
    let t0_20 = ((t0_18 >> 8u) & 255u);
    let t0_21 = ((t0_18 >> 16u) & 255u);
    let t0_22 = ((t0_18 >> 24u) & 255u);
    let t0_23 = (b0 + (slice * 2u));
    let t0_24 = ((w[(t0_23 >> 2u)] >> ((t0_23 & 3u) * 8u)) & 255u);
    let t0_25 = i32(t0_24);
    let t0_26 = ((t0_24 >> 3u) & 15u);
    let t0_27 = (t0_24 & 7u);
    let q0_0_0 = ((((u32((i32((((kvalues_mxfp4[(t0_3 >> 2u)] >> ((t0_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t0_4 >> 2u)] >> ((t0_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t0_5 >> 2u)] >> ((t0_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t0_6 >> 2u)] >> ((t0_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_1 = ((((u32((i32((((kvalues_mxfp4[(t0_9 >> 2u)] >> ((t0_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t0_10 >> 2u)] >> ((t0_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t0_11 >> 2u)] >> ((t0_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t0_12 >> 2u)] >> ((t0_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_2 = ((((u32((i32((((kvalues_mxfp4[(t0_14 >> 2u)] >> ((t0_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t0_15 >> 2u)] >> ((t0_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t0_16 >> 2u)] >> ((t0_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t0_17 >> 2u)] >> ((t0_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_3 = ((((u32((i32((((kvalues_mxfp4[(t0_19 >> 2u)] >> ((t0_19 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t0_20 >> 2u)] >> ((t0_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t0_21 >> 2u)] >> ((t0_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t0_22 >> 2u)] >> ((t0_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let s0_0 = select(select(unpack2x16float(((((t0_26 + 7u) << 10u) | (t0_27 << 7u)) & 0xffffu)).x, (f32(i32(t0_27)) * 0.0009765625f), (i32(t0_26) == 0i)), 0.0, ((t0_25 == 0i) || (t0_25 == 127i)));
    let t1_0 = ((b0 + (slice * 16u)) >> 2u);
    let t1_1 = w[(t1_0 + 3u)];
    let t1_2 = (t1_1 & 0xf0f0f0fu);
    let t1_3 = (t1_2 & 255u);
    let t1_4 = ((t1_2 >> 8u) & 255u);
    let t1_5 = ((t1_2 >> 16u) & 255u);
    let t1_6 = ((t1_2 >> 24u) & 255u);
    let t1_7 = w[(t1_0 + 4u)];
    let t1_8 = (t1_7 & 0xf0f0f0fu);
    let t1_9 = (t1_8 & 255u);
    let t1_10 = ((t1_8 >> 8u) & 255u);
    let t1_11 = ((t1_8 >> 16u) & 255u);
    let t1_12 = ((t1_8 >> 24u) & 255u);
    let t1_13 = ((t1_1 >> 4u) & 0xf0f0f0fu);
    let t1_14 = (t1_13 & 255u);
    let t1_15 = ((t1_13 >> 8u) & 255u);
    let t1_16 = ((t1_13 >> 16u) & 255u);
    let t1_17 = ((t1_13 >> 24u) & 255u);
    let t1_18 = ((t1_7 >> 4u) & 0xf0f0f0fu);
    let t1_19 = (t1_18 & 255u);
    let t1_20 = ((t1_18 >> 8u) & 255u);
    let t1_21 = ((t1_18 >> 16u) & 255u);
    let t1_22 = ((t1_18 >> 24u) & 255u);
    let t1_23 = (b0 + (slice * 2u));
    let t1_24 = ((w[(t1_23 >> 2u)] >> (((t1_23 & 3u) * 8u) + 8u)) & 255u);
    let t1_25 = i32(t1_24);
    let t1_26 = ((t1_24 >> 3u) & 15u);
    let t1_27 = (t1_24 & 7u);
    let q0_1_0 = ((((u32((i32((((kvalues_mxfp4[(t1_3 >> 2u)] >> ((t1_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_4 >> 2u)] >> ((t1_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_5 >> 2u)] >> ((t1_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_6 >> 2u)] >> ((t1_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_1_1 = ((((u32((i32((((kvalues_mxfp4[(t1_9 >> 2u)] >> ((t1_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_10 >> 2u)] >> ((t1_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_11 >> 2u)] >> ((t1_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_12 >> 2u)] >> ((t1_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_1_2 = ((((u32((i32((((kvalues_mxfp4[(t1_14 >> 2u)] >> ((t1_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_15 >> 2u)] >> ((t1_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_16 >> 2u)] >> ((t1_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_17 >> 2u)] >> ((t1_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_1_3 = ((((u32((i32((((kvalues_mxfp4[(t1_19 >> 2u)] >> ((t1_19 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_20 >> 2u)] >> ((t1_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_21 >> 2u)] >> ((t1_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_22 >> 2u)] >> ((t1_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let s0_1 = select(select(unpack2x16float(((((t1_26 + 7u) << 10u) | (t1_27 << 7u)) & 0xffffu)).x, (f32(i32(t1_27)) * 0.0009765625f), (i32(t1_26) == 0i)), 0.0, ((t1_25 == 0i) || (t1_25 == 127i)));
    acc0 = (acc0 + (x0_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x0_hi.x) + dot4I8Packed(q0_1_1, x0_hi.y)) + dot4I8Packed(q0_1_2, x0_hi.z)) + dot4I8Packed(q0_1_3, x0_hi.w)))))));
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
