// kgen 0.1.0: mmvq.mxfp4.nc1.r1.wg; generated, do not edit; content hash c27d97b539ef7e73
// mmvq: y = W . x, W in mxfp4 (32 per 17-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format mxfp4 (ggml type 39) from dsl/formats/mxfp4.ts

requires packed_4x8_integer_dot_product;

struct Params {
  K: u32, // elements per weight row (a multiple of the block size)
  rows: u32, // weight rows (outputs per column)
  w_row_stride: u32, // bytes between weight rows
  w_stride2: u32, // bytes between weight matrices along dim 2 (experts for mmvq_id)
  w_stride3: u32, // bytes between weight matrices along dim 3
  x_col_stride: u32, // activation units between columns (vec4 of q8_1x4, or f32 for matvec_f32)
  x_stride2: u32, // activation units between batches along dim 2 (tokens for mmvq_id)
  x_stride3: u32, // activation units between batches along dim 3
  y_col_stride: u32, // f32 between output columns
  y_stride2: u32, // f32 between outputs along dim 2 (tokens for mmvq_id)
  y_stride3: u32, // f32 between outputs along dim 3
  ne12: u32, // batches along dim 2 of x and y (ids per token for mmvq_id: n_used)
  r2: u32, // broadcast ratio ne12 / ne02 (W reused across dim 2)
  r3: u32, // broadcast ratio ne13 / ne03
  ne11: u32, // mmvq_id: activation columns per token (1 = broadcast to every used expert)
  ids_stride: u32, // mmvq_id: i32 elements between the ids of consecutive tokens
}

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of mxfp4 blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 1u * WG_SIZE>;
const kvalues_mxfp4 = vec4<u32>(0x3020100u, 0xc080604u, 0xfdfeff00u, 0xf4f8fafcu); // i8 x 16, 4 per word

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
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let t0_0 = (x0_hdr & 0xffffu);
    let t0_1 = ((t0_0 >> 10u) & 31u);
    let t0_2 = ((t0_0 & 0x8000u) << 16u);
    let t0_3 = (t0_0 & 0x3ffu);
    let t0_4 = (t0_3 << 13u);
    let x0_d = bitcast<f32>(select(select((t0_2 | (((t0_1 + 112u) << 23u) | t0_4)), (t0_2 | (0x7f800000u | t0_4)), (t0_1 == 31u)), (t0_2 | bitcast<u32>((f32(t0_3) * 5.960464477539063e-8f))), (t0_1 == 0u)));
    let x0_sum = f32((i32(x0_hdr) >> 16u));
    let blk = j;
    let slice = 0u;
    let b0 = (row_base0 + (blk * 17u));
    let t1_0 = ((b0 & 3u) * 8u);
    let t1_1 = (t1_0 + 8u);
    let t1_2 = (t1_1 < 32u);
    let t1_3 = (b0 >> 2u);
    let t1_4 = w[t1_3];
    let t1_5 = w[(t1_3 + 1u)];
    let t1_6 = (t1_1 & 31u);
    let t1_7 = w[(t1_3 + 2u)];
    let t1_8 = select(t1_7, t1_5, t1_2);
    let t1_9 = (31u - t1_6);
    let t1_10 = ((select(t1_5, t1_4, t1_2) >> t1_6) | ((t1_8 << 1u) << t1_9));
    let t1_11 = (t1_10 & 0xf0f0f0fu);
    let t1_12 = (t1_11 & 255u);
    let t1_13 = ((t1_11 >> 8u) & 255u);
    let t1_14 = ((t1_11 >> 16u) & 255u);
    let t1_15 = ((t1_11 >> 24u) & 255u);
    let t1_16 = w[(t1_3 + 3u)];
    let t1_17 = select(t1_16, t1_7, t1_2);
    let t1_18 = ((t1_8 >> t1_6) | ((t1_17 << 1u) << t1_9));
    let t1_19 = (t1_18 & 0xf0f0f0fu);
    let t1_20 = (t1_19 & 255u);
    let t1_21 = ((t1_19 >> 8u) & 255u);
    let t1_22 = ((t1_19 >> 16u) & 255u);
    let t1_23 = ((t1_19 >> 24u) & 255u);
    let t1_24 = w[(t1_3 + 4u)];
    let t1_25 = select(t1_24, t1_16, t1_2);
    let t1_26 = ((t1_17 >> t1_6) | ((t1_25 << 1u) << t1_9));
    let t1_27 = (t1_26 & 0xf0f0f0fu);
    let t1_28 = (t1_27 & 255u);
    let t1_29 = ((t1_27 >> 8u) & 255u);
    let t1_30 = ((t1_27 >> 16u) & 255u);
    let t1_31 = ((t1_27 >> 24u) & 255u);
    let t1_32 = ((t1_25 >> t1_6) | ((select(w[(t1_3 + 5u)], t1_24, t1_2) << 1u) << t1_9));
    let t1_33 = (t1_32 & 0xf0f0f0fu);
    let t1_34 = (t1_33 & 255u);
    let t1_35 = ((t1_33 >> 8u) & 255u);
    let t1_36 = ((t1_33 >> 16u) & 255u);
    let t1_37 = ((t1_33 >> 24u) & 255u);
    let t1_38 = ((t1_10 >> 4u) & 0xf0f0f0fu);
    let t1_39 = (t1_38 & 255u);
    let t1_40 = ((t1_38 >> 8u) & 255u);
    let t1_41 = ((t1_38 >> 16u) & 255u);
    let t1_42 = ((t1_38 >> 24u) & 255u);
    let t1_43 = ((t1_18 >> 4u) & 0xf0f0f0fu);
    let t1_44 = (t1_43 & 255u);
    let t1_45 = ((t1_43 >> 8u) & 255u);
    let t1_46 = ((t1_43 >> 16u) & 255u);
    let t1_47 = ((t1_43 >> 24u) & 255u);
    let t1_48 = ((t1_26 >> 4u) & 0xf0f0f0fu);
    let t1_49 = (t1_48 & 255u);
    let t1_50 = ((t1_48 >> 8u) & 255u);
    let t1_51 = ((t1_48 >> 16u) & 255u);
    let t1_52 = ((t1_48 >> 24u) & 255u);
    let t1_53 = ((t1_32 >> 4u) & 0xf0f0f0fu);
    let t1_54 = (t1_53 & 255u);
    let t1_55 = ((t1_53 >> 8u) & 255u);
    let t1_56 = ((t1_53 >> 16u) & 255u);
    let t1_57 = ((t1_53 >> 24u) & 255u);
    let t1_58 = (((t1_4 >> t1_0) & 255u) & 255u);
    let q0_0_0 = ((((u32((i32((((kvalues_mxfp4[(t1_12 >> 2u)] >> ((t1_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_13 >> 2u)] >> ((t1_13 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_14 >> 2u)] >> ((t1_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_15 >> 2u)] >> ((t1_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_1 = ((((u32((i32((((kvalues_mxfp4[(t1_20 >> 2u)] >> ((t1_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_21 >> 2u)] >> ((t1_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_22 >> 2u)] >> ((t1_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_23 >> 2u)] >> ((t1_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_2 = ((((u32((i32((((kvalues_mxfp4[(t1_28 >> 2u)] >> ((t1_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_29 >> 2u)] >> ((t1_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_30 >> 2u)] >> ((t1_30 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_31 >> 2u)] >> ((t1_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_3 = ((((u32((i32((((kvalues_mxfp4[(t1_34 >> 2u)] >> ((t1_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_35 >> 2u)] >> ((t1_35 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_36 >> 2u)] >> ((t1_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_37 >> 2u)] >> ((t1_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_4 = ((((u32((i32((((kvalues_mxfp4[(t1_39 >> 2u)] >> ((t1_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_40 >> 2u)] >> ((t1_40 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_41 >> 2u)] >> ((t1_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_42 >> 2u)] >> ((t1_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_5 = ((((u32((i32((((kvalues_mxfp4[(t1_44 >> 2u)] >> ((t1_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_45 >> 2u)] >> ((t1_45 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_46 >> 2u)] >> ((t1_46 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_47 >> 2u)] >> ((t1_47 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_6 = ((((u32((i32((((kvalues_mxfp4[(t1_49 >> 2u)] >> ((t1_49 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_50 >> 2u)] >> ((t1_50 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_51 >> 2u)] >> ((t1_51 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_52 >> 2u)] >> ((t1_52 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_7 = ((((u32((i32((((kvalues_mxfp4[(t1_54 >> 2u)] >> ((t1_54 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t1_55 >> 2u)] >> ((t1_55 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t1_56 >> 2u)] >> ((t1_56 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t1_57 >> 2u)] >> ((t1_57 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let s0_0 = bitcast<f32>(select(((t1_58 - 1u) << 23u), (0x200000u << t1_58), (t1_58 < 2u)));
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
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
