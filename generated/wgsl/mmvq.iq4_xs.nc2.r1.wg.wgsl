// kgen 0.1.0: mmvq.iq4_xs.nc2.r1.wg; generated, do not edit; content hash 76eca8387c10b520
// mmvq: y = W . x, W in iq4_xs (256 per 136-byte block), x in q8_1x4, y in f32
// 2 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format iq4_xs (ggml type 23) from dsl/formats/iq4_xs.ts

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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of iq4_xs blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 2u * WG_SIZE>;
const kvalues_iq4nl = vec4<u32>(0xbfad9881u, 0xf6eaddcfu, 0x26190d01u, 0x71594535u); // i8 x 16, 4 per word

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
    let t0_0 = (x0_hdr & 0xffffu);
    let t0_1 = ((t0_0 >> 10u) & 31u);
    let t0_2 = ((t0_0 & 0x8000u) << 16u);
    let t0_3 = (t0_0 & 0x3ffu);
    let t0_4 = (t0_3 << 13u);
    let x0_d = bitcast<f32>(select(select((t0_2 | (((t0_1 + 112u) << 23u) | t0_4)), (t0_2 | (0x7f800000u | t0_4)), (t0_1 == 31u)), (t0_2 | bitcast<u32>((f32(t0_3) * 5.960464477539063e-8f))), (t0_1 == 0u)));
    let x0_sum = f32((i32(x0_hdr) >> 16u));
    let x1_at = ((x_base + p.x_col_stride) + ((j >> 2u) * 9u));
    let x1_hdr = x[x1_at][(j & 3u)];
    let x1_lo = x[((x1_at + 1u) + ((j & 3u) * 2u))];
    let x1_hi = x[((x1_at + 2u) + ((j & 3u) * 2u))];
    let t1_0 = (x1_hdr & 0xffffu);
    let t1_1 = ((t1_0 >> 10u) & 31u);
    let t1_2 = ((t1_0 & 0x8000u) << 16u);
    let t1_3 = (t1_0 & 0x3ffu);
    let t1_4 = (t1_3 << 13u);
    let x1_d = bitcast<f32>(select(select((t1_2 | (((t1_1 + 112u) << 23u) | t1_4)), (t1_2 | (0x7f800000u | t1_4)), (t1_1 == 31u)), (t1_2 | bitcast<u32>((f32(t1_3) * 5.960464477539063e-8f))), (t1_1 == 0u)));
    let x1_sum = f32((i32(x1_hdr) >> 16u));
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 136u));
    let t2_0 = ((b0 + (slice * 16u)) >> 2u);
    let t2_1 = w[(t2_0 + 2u)];
    let t2_2 = (t2_1 & 0xf0f0f0fu);
    let t2_3 = (t2_2 & 255u);
    let t2_4 = ((t2_2 >> 8u) & 255u);
    let t2_5 = ((t2_2 >> 16u) & 255u);
    let t2_6 = ((t2_2 >> 24u) & 255u);
    let t2_7 = w[(t2_0 + 3u)];
    let t2_8 = (t2_7 & 0xf0f0f0fu);
    let t2_9 = (t2_8 & 255u);
    let t2_10 = ((t2_8 >> 8u) & 255u);
    let t2_11 = ((t2_8 >> 16u) & 255u);
    let t2_12 = ((t2_8 >> 24u) & 255u);
    let t2_13 = w[(t2_0 + 4u)];
    let t2_14 = (t2_13 & 0xf0f0f0fu);
    let t2_15 = (t2_14 & 255u);
    let t2_16 = ((t2_14 >> 8u) & 255u);
    let t2_17 = ((t2_14 >> 16u) & 255u);
    let t2_18 = ((t2_14 >> 24u) & 255u);
    let t2_19 = w[(t2_0 + 5u)];
    let t2_20 = (t2_19 & 0xf0f0f0fu);
    let t2_21 = (t2_20 & 255u);
    let t2_22 = ((t2_20 >> 8u) & 255u);
    let t2_23 = ((t2_20 >> 16u) & 255u);
    let t2_24 = ((t2_20 >> 24u) & 255u);
    let t2_25 = ((t2_1 >> 4u) & 0xf0f0f0fu);
    let t2_26 = (t2_25 & 255u);
    let t2_27 = ((t2_25 >> 8u) & 255u);
    let t2_28 = ((t2_25 >> 16u) & 255u);
    let t2_29 = ((t2_25 >> 24u) & 255u);
    let t2_30 = ((t2_7 >> 4u) & 0xf0f0f0fu);
    let t2_31 = (t2_30 & 255u);
    let t2_32 = ((t2_30 >> 8u) & 255u);
    let t2_33 = ((t2_30 >> 16u) & 255u);
    let t2_34 = ((t2_30 >> 24u) & 255u);
    let t2_35 = ((t2_13 >> 4u) & 0xf0f0f0fu);
    let t2_36 = (t2_35 & 255u);
    let t2_37 = ((t2_35 >> 8u) & 255u);
    let t2_38 = ((t2_35 >> 16u) & 255u);
    let t2_39 = ((t2_35 >> 24u) & 255u);
    let t2_40 = ((t2_19 >> 4u) & 0xf0f0f0fu);
    let t2_41 = (t2_40 & 255u);
    let t2_42 = ((t2_40 >> 8u) & 255u);
    let t2_43 = ((t2_40 >> 16u) & 255u);
    let t2_44 = ((t2_40 >> 24u) & 255u);
    let t2_45 = w[(b0 >> 2u)];
    let t2_46 = (t2_45 & 0xffffu);
    let t2_47 = ((t2_46 >> 10u) & 31u);
    let t2_48 = ((t2_46 & 0x8000u) << 16u);
    let t2_49 = (t2_46 & 0x3ffu);
    let t2_50 = (t2_49 << 13u);
    let t2_51 = (b0 + (slice >> 1u));
    let q0_0_0 = ((((u32((i32((((kvalues_iq4nl[(t2_3 >> 2u)] >> ((t2_3 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_4 >> 2u)] >> ((t2_4 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_5 >> 2u)] >> ((t2_5 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_6 >> 2u)] >> ((t2_6 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_1 = ((((u32((i32((((kvalues_iq4nl[(t2_9 >> 2u)] >> ((t2_9 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_10 >> 2u)] >> ((t2_10 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_11 >> 2u)] >> ((t2_11 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_12 >> 2u)] >> ((t2_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_2 = ((((u32((i32((((kvalues_iq4nl[(t2_15 >> 2u)] >> ((t2_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_16 >> 2u)] >> ((t2_16 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_17 >> 2u)] >> ((t2_17 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_18 >> 2u)] >> ((t2_18 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_3 = ((((u32((i32((((kvalues_iq4nl[(t2_21 >> 2u)] >> ((t2_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_22 >> 2u)] >> ((t2_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_23 >> 2u)] >> ((t2_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_24 >> 2u)] >> ((t2_24 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_4 = ((((u32((i32((((kvalues_iq4nl[(t2_26 >> 2u)] >> ((t2_26 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_27 >> 2u)] >> ((t2_27 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_28 >> 2u)] >> ((t2_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_29 >> 2u)] >> ((t2_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_5 = ((((u32((i32((((kvalues_iq4nl[(t2_31 >> 2u)] >> ((t2_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_32 >> 2u)] >> ((t2_32 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_33 >> 2u)] >> ((t2_33 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_34 >> 2u)] >> ((t2_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_6 = ((((u32((i32((((kvalues_iq4nl[(t2_36 >> 2u)] >> ((t2_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_37 >> 2u)] >> ((t2_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_38 >> 2u)] >> ((t2_38 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_39 >> 2u)] >> ((t2_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_7 = ((((u32((i32((((kvalues_iq4nl[(t2_41 >> 2u)] >> ((t2_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_42 >> 2u)] >> ((t2_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_43 >> 2u)] >> ((t2_43 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_44 >> 2u)] >> ((t2_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let s0_0 = (bitcast<f32>(select(select((t2_48 | (((t2_47 + 112u) << 23u) | t2_50)), (t2_48 | (0x7f800000u | t2_50)), (t2_47 == 31u)), (t2_48 | bitcast<u32>((f32(t2_49) * 5.960464477539063e-8f))), (t2_47 == 0u))) * f32(i32(((((((w[((t2_51 >> 2u) + 1u)] >> ((t2_51 & 3u) * 8u)) & 255u) >> ((slice & 1u) * 4u)) & 15u) | (((((t2_45 >> 16u) & 0xffffu) >> (slice * 2u)) & 3u) << 4u)) - 32u))));
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
    acc1 = (acc1 + (x1_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)) + dot4I8Packed(q0_0_4, x1_hi.x)) + dot4I8Packed(q0_0_5, x1_hi.y)) + dot4I8Packed(q0_0_6, x1_hi.z)) + dot4I8Packed(q0_0_7, x1_hi.w))))));
  }
  red[(lid * 2u)] = acc0;
  red[((lid * 2u) + 1u)] = acc1;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      let t3_0 = (lid * 2u);
      red[t3_0] = (red[t3_0] + red[((lid + stride) * 2u)]);
      let t4_0 = ((lid * 2u) + 1u);
      red[t4_0] = (red[t4_0] + red[(((lid + stride) * 2u) + 1u)]);
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
