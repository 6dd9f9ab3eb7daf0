// kgen 0.1.0: mmvq.mxfp4.nc5.r1.wg; generated, do not edit; content hash c79f842efb614102
// mmvq: y = W . x, W in mxfp4 (32 per 17-byte block), x in q8_1x4, y in f32
// 5 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format mxfp4 (ggml type 39) from dsl/formats/mxfp4.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of mxfp4 blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 5u * WG_SIZE>;
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
  var acc1: f32 = 0.0;
  var acc2: f32 = 0.0;
  var acc3: f32 = 0.0;
  var acc4: f32 = 0.0;
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
    let blk = j;
    let slice = 0u;
    let b0 = (row_base0 + (blk * 17u));
    let t0_0 = ((b0 & 3u) * 8u);
    let t0_1 = (t0_0 + 8u);
    let t0_2 = (t0_1 < 32u);
    let t0_3 = (b0 >> 2u);
    let t0_4 = w[t0_3];
    let t0_5 = w[(t0_3 + 1u)];
    let t0_6 = (t0_1 & 31u);
    let t0_7 = w[(t0_3 + 2u)];
    let t0_8 = select(t0_7, t0_5, t0_2);
    let t0_9 = (31u - t0_6);
    let t0_10 = ((select(t0_5, t0_4, t0_2) >> t0_6) | ((t0_8 << 1u) << t0_9));
    let t0_11 = (t0_10 & 0xf0f0f0fu);
    let t0_12 = (t0_11 & 255u);
    let t0_13 = ((t0_11 >> 8u) & 255u);
    let t0_14 = ((t0_11 >> 16u) & 255u);
    let t0_15 = ((t0_11 >> 24u) & 255u);
    let t0_16 = w[(t0_3 + 3u)];
    let t0_17 = select(t0_16, t0_7, t0_2);
    let t0_18 = ((t0_8 >> t0_6) | ((t0_17 << 1u) << t0_9));
    let t0_19 = (t0_18 & 0xf0f0f0fu);
    let t0_20 = (t0_19 & 255u);
    let t0_21 = ((t0_19 >> 8u) & 255u);
    let t0_22 = ((t0_19 >> 16u) & 255u);
    let t0_23 = ((t0_19 >> 24u) & 255u);
    let t0_24 = w[(t0_3 + 4u)];
    let t0_25 = select(t0_24, t0_16, t0_2);
    let t0_26 = ((t0_17 >> t0_6) | ((t0_25 << 1u) << t0_9));
    let t0_27 = (t0_26 & 0xf0f0f0fu);
    let t0_28 = (t0_27 & 255u);
    let t0_29 = ((t0_27 >> 8u) & 255u);
    let t0_30 = ((t0_27 >> 16u) & 255u);
    let t0_31 = ((t0_27 >> 24u) & 255u);
    let t0_32 = ((t0_25 >> t0_6) | ((select(w[(t0_3 + 5u)], t0_24, t0_2) << 1u) << t0_9));
    let t0_33 = (t0_32 & 0xf0f0f0fu);
    let t0_34 = (t0_33 & 255u);
    let t0_35 = ((t0_33 >> 8u) & 255u);
    let t0_36 = ((t0_33 >> 16u) & 255u);
    let t0_37 = ((t0_33 >> 24u) & 255u);
    let t0_38 = ((t0_10 >> 4u) & 0xf0f0f0fu);
    let t0_39 = (t0_38 & 255u);
    let t0_40 = ((t0_38 >> 8u) & 255u);
    let t0_41 = ((t0_38 >> 16u) & 255u);
    let t0_42 = ((t0_38 >> 24u) & 255u);
    let t0_43 = ((t0_18 >> 4u) & 0xf0f0f0fu);
    let t0_44 = (t0_43 & 255u);
    let t0_45 = ((t0_43 >> 8u) & 255u);
    let t0_46 = ((t0_43 >> 16u) & 255u);
    let t0_47 = ((t0_43 >> 24u) & 255u);
    let t0_48 = ((t0_26 >> 4u) & 0xf0f0f0fu);
    let t0_49 = (t0_48 & 255u);
    let t0_50 = ((t0_48 >> 8u) & 255u);
    let t0_51 = ((t0_48 >> 16u) & 255u);
    let t0_52 = ((t0_48 >> 24u) & 255u);
    let t0_53 = ((t0_32 >> 4u) & 0xf0f0f0fu);
    let t0_54 = (t0_53 & 255u);
    let t0_55 = ((t0_53 >> 8u) & 255u);
    let t0_56 = ((t0_53 >> 16u) & 255u);
    let t0_57 = ((t0_53 >> 24u) & 255u);
    let t0_58 = (((t0_4 >> t0_0) & 255u) & 255u);
    let q0_0_0 = ((((u32((i32((((kvalues_mxfp4[(t0_12 >> 2u)] >> ((t0_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t0_13 >> 2u)] >> ((t0_13 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t0_14 >> 2u)] >> ((t0_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t0_15 >> 2u)] >> ((t0_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_1 = ((((u32((i32((((kvalues_mxfp4[(t0_20 >> 2u)] >> ((t0_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t0_21 >> 2u)] >> ((t0_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t0_22 >> 2u)] >> ((t0_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t0_23 >> 2u)] >> ((t0_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_2 = ((((u32((i32((((kvalues_mxfp4[(t0_28 >> 2u)] >> ((t0_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t0_29 >> 2u)] >> ((t0_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t0_30 >> 2u)] >> ((t0_30 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t0_31 >> 2u)] >> ((t0_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_3 = ((((u32((i32((((kvalues_mxfp4[(t0_34 >> 2u)] >> ((t0_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t0_35 >> 2u)] >> ((t0_35 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t0_36 >> 2u)] >> ((t0_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t0_37 >> 2u)] >> ((t0_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_4 = ((((u32((i32((((kvalues_mxfp4[(t0_39 >> 2u)] >> ((t0_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t0_40 >> 2u)] >> ((t0_40 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t0_41 >> 2u)] >> ((t0_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t0_42 >> 2u)] >> ((t0_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_5 = ((((u32((i32((((kvalues_mxfp4[(t0_44 >> 2u)] >> ((t0_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t0_45 >> 2u)] >> ((t0_45 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t0_46 >> 2u)] >> ((t0_46 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t0_47 >> 2u)] >> ((t0_47 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_6 = ((((u32((i32((((kvalues_mxfp4[(t0_49 >> 2u)] >> ((t0_49 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t0_50 >> 2u)] >> ((t0_50 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t0_51 >> 2u)] >> ((t0_51 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t0_52 >> 2u)] >> ((t0_52 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_7 = ((((u32((i32((((kvalues_mxfp4[(t0_54 >> 2u)] >> ((t0_54 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_mxfp4[(t0_55 >> 2u)] >> ((t0_55 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_mxfp4[(t0_56 >> 2u)] >> ((t0_56 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_mxfp4[(t0_57 >> 2u)] >> ((t0_57 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let s0_0 = bitcast<f32>(select(((t0_58 - 1u) << 23u), (0x200000u << t0_58), (t0_58 < 2u)));
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
    acc1 = (acc1 + (x1_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)) + dot4I8Packed(q0_0_4, x1_hi.x)) + dot4I8Packed(q0_0_5, x1_hi.y)) + dot4I8Packed(q0_0_6, x1_hi.z)) + dot4I8Packed(q0_0_7, x1_hi.w))))));
    acc2 = (acc2 + (x2_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)) + dot4I8Packed(q0_0_4, x2_hi.x)) + dot4I8Packed(q0_0_5, x2_hi.y)) + dot4I8Packed(q0_0_6, x2_hi.z)) + dot4I8Packed(q0_0_7, x2_hi.w))))));
    acc3 = (acc3 + (x3_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x3_lo.x) + dot4I8Packed(q0_0_1, x3_lo.y)) + dot4I8Packed(q0_0_2, x3_lo.z)) + dot4I8Packed(q0_0_3, x3_lo.w)) + dot4I8Packed(q0_0_4, x3_hi.x)) + dot4I8Packed(q0_0_5, x3_hi.y)) + dot4I8Packed(q0_0_6, x3_hi.z)) + dot4I8Packed(q0_0_7, x3_hi.w))))));
    acc4 = (acc4 + (x4_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x4_lo.x) + dot4I8Packed(q0_0_1, x4_lo.y)) + dot4I8Packed(q0_0_2, x4_lo.z)) + dot4I8Packed(q0_0_3, x4_lo.w)) + dot4I8Packed(q0_0_4, x4_hi.x)) + dot4I8Packed(q0_0_5, x4_hi.y)) + dot4I8Packed(q0_0_6, x4_hi.z)) + dot4I8Packed(q0_0_7, x4_hi.w))))));
  }
  red[(lid * 5u)] = acc0;
  red[((lid * 5u) + 1u)] = acc1;
  red[((lid * 5u) + 2u)] = acc2;
  red[((lid * 5u) + 3u)] = acc3;
  red[((lid * 5u) + 4u)] = acc4;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      let t1_0 = (lid * 5u);
      red[t1_0] = (red[t1_0] + red[((lid + stride) * 5u)]);
      let t2_0 = ((lid * 5u) + 1u);
      red[t2_0] = (red[t2_0] + red[(((lid + stride) * 5u) + 1u)]);
      let t3_0 = ((lid * 5u) + 2u);
      red[t3_0] = (red[t3_0] + red[(((lid + stride) * 5u) + 2u)]);
      let t4_0 = ((lid * 5u) + 3u);
      red[t4_0] = (red[t4_0] + red[(((lid + stride) * 5u) + 3u)]);
      let t5_0 = ((lid * 5u) + 4u);
      red[t5_0] = (red[t5_0] + red[(((lid + stride) * 5u) + 4u)]);
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
  }
}
