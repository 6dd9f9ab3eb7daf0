// kgen 0.1.0: mmvq.iq4_nl.nc1.r1.wg.u4c; generated, do not edit; content hash 09ad1dbef5a39168
// mmvq: y = W . x, W in iq4_nl (32 per 18-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 4 chunk(s) per thread per step (contig), lookup tables vec
// format iq4_nl (ggml type 20) from dsl/formats/iq4_nl.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of iq4_nl blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 1u * WG_SIZE>;
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
    let u0_b0 = (row_base0 + (u0_blk * 18u));
    let t1_0 = ((u0_b0 & 3u) * 8u);
    let t1_1 = (t1_0 + 16u);
    let t1_2 = (t1_1 < 32u);
    let t1_3 = (u0_b0 >> 2u);
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
    let u0_q0_0_0 = ((((u32((i32((((kvalues_iq4nl[(t1_12 >> 2u)] >> ((t1_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_13 >> 2u)] >> ((t1_13 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_14 >> 2u)] >> ((t1_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_15 >> 2u)] >> ((t1_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_1 = ((((u32((i32((((kvalues_iq4nl[(t1_20 >> 2u)] >> ((t1_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_21 >> 2u)] >> ((t1_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_22 >> 2u)] >> ((t1_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_23 >> 2u)] >> ((t1_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_2 = ((((u32((i32((((kvalues_iq4nl[(t1_28 >> 2u)] >> ((t1_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_29 >> 2u)] >> ((t1_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_30 >> 2u)] >> ((t1_30 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_31 >> 2u)] >> ((t1_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_3 = ((((u32((i32((((kvalues_iq4nl[(t1_34 >> 2u)] >> ((t1_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_35 >> 2u)] >> ((t1_35 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_36 >> 2u)] >> ((t1_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_37 >> 2u)] >> ((t1_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_4 = ((((u32((i32((((kvalues_iq4nl[(t1_39 >> 2u)] >> ((t1_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_40 >> 2u)] >> ((t1_40 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_41 >> 2u)] >> ((t1_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_42 >> 2u)] >> ((t1_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_5 = ((((u32((i32((((kvalues_iq4nl[(t1_44 >> 2u)] >> ((t1_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_45 >> 2u)] >> ((t1_45 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_46 >> 2u)] >> ((t1_46 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_47 >> 2u)] >> ((t1_47 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_6 = ((((u32((i32((((kvalues_iq4nl[(t1_49 >> 2u)] >> ((t1_49 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_50 >> 2u)] >> ((t1_50 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_51 >> 2u)] >> ((t1_51 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_52 >> 2u)] >> ((t1_52 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_q0_0_7 = ((((u32((i32((((kvalues_iq4nl[(t1_54 >> 2u)] >> ((t1_54 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t1_55 >> 2u)] >> ((t1_55 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t1_56 >> 2u)] >> ((t1_56 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t1_57 >> 2u)] >> ((t1_57 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u0_s0_0 = unpack2x16float(((t1_4 >> t1_0) & 0xffffu)).x;
    acc0 = (acc0 + (u0_x0_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x0_hi.w))))));
    let u1_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at].y;
    let u1_x0_lo = x[(u1_x0_at + 3u)];
    let u1_x0_hi = x[(u1_x0_at + 4u)];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (j0 + 1u);
    let u1_b0 = (row_base0 + (u1_blk * 18u));
    let t2_0 = ((u1_b0 & 3u) * 8u);
    let t2_1 = (t2_0 + 16u);
    let t2_2 = (t2_1 < 32u);
    let t2_3 = (u1_b0 >> 2u);
    let t2_4 = w[t2_3];
    let t2_5 = w[(t2_3 + 1u)];
    let t2_6 = (t2_1 & 31u);
    let t2_7 = w[(t2_3 + 2u)];
    let t2_8 = select(t2_7, t2_5, t2_2);
    let t2_9 = (31u - t2_6);
    let t2_10 = ((select(t2_5, t2_4, t2_2) >> t2_6) | ((t2_8 << 1u) << t2_9));
    let t2_11 = (t2_10 & 0xf0f0f0fu);
    let t2_12 = (t2_11 & 255u);
    let t2_13 = ((t2_11 >> 8u) & 255u);
    let t2_14 = ((t2_11 >> 16u) & 255u);
    let t2_15 = ((t2_11 >> 24u) & 255u);
    let t2_16 = w[(t2_3 + 3u)];
    let t2_17 = select(t2_16, t2_7, t2_2);
    let t2_18 = ((t2_8 >> t2_6) | ((t2_17 << 1u) << t2_9));
    let t2_19 = (t2_18 & 0xf0f0f0fu);
    let t2_20 = (t2_19 & 255u);
    let t2_21 = ((t2_19 >> 8u) & 255u);
    let t2_22 = ((t2_19 >> 16u) & 255u);
    let t2_23 = ((t2_19 >> 24u) & 255u);
    let t2_24 = w[(t2_3 + 4u)];
    let t2_25 = select(t2_24, t2_16, t2_2);
    let t2_26 = ((t2_17 >> t2_6) | ((t2_25 << 1u) << t2_9));
    let t2_27 = (t2_26 & 0xf0f0f0fu);
    let t2_28 = (t2_27 & 255u);
    let t2_29 = ((t2_27 >> 8u) & 255u);
    let t2_30 = ((t2_27 >> 16u) & 255u);
    let t2_31 = ((t2_27 >> 24u) & 255u);
    let t2_32 = ((t2_25 >> t2_6) | ((select(w[(t2_3 + 5u)], t2_24, t2_2) << 1u) << t2_9));
    let t2_33 = (t2_32 & 0xf0f0f0fu);
    let t2_34 = (t2_33 & 255u);
    let t2_35 = ((t2_33 >> 8u) & 255u);
    let t2_36 = ((t2_33 >> 16u) & 255u);
    let t2_37 = ((t2_33 >> 24u) & 255u);
    let t2_38 = ((t2_10 >> 4u) & 0xf0f0f0fu);
    let t2_39 = (t2_38 & 255u);
    let t2_40 = ((t2_38 >> 8u) & 255u);
    let t2_41 = ((t2_38 >> 16u) & 255u);
    let t2_42 = ((t2_38 >> 24u) & 255u);
    let t2_43 = ((t2_18 >> 4u) & 0xf0f0f0fu);
    let t2_44 = (t2_43 & 255u);
    let t2_45 = ((t2_43 >> 8u) & 255u);
    let t2_46 = ((t2_43 >> 16u) & 255u);
    let t2_47 = ((t2_43 >> 24u) & 255u);
    let t2_48 = ((t2_26 >> 4u) & 0xf0f0f0fu);
    let t2_49 = (t2_48 & 255u);
    let t2_50 = ((t2_48 >> 8u) & 255u);
    let t2_51 = ((t2_48 >> 16u) & 255u);
    let t2_52 = ((t2_48 >> 24u) & 255u);
    let t2_53 = ((t2_32 >> 4u) & 0xf0f0f0fu);
    let t2_54 = (t2_53 & 255u);
    let t2_55 = ((t2_53 >> 8u) & 255u);
    let t2_56 = ((t2_53 >> 16u) & 255u);
    let t2_57 = ((t2_53 >> 24u) & 255u);
    let u1_q0_0_0 = ((((u32((i32((((kvalues_iq4nl[(t2_12 >> 2u)] >> ((t2_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_13 >> 2u)] >> ((t2_13 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_14 >> 2u)] >> ((t2_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_15 >> 2u)] >> ((t2_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_1 = ((((u32((i32((((kvalues_iq4nl[(t2_20 >> 2u)] >> ((t2_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_21 >> 2u)] >> ((t2_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_22 >> 2u)] >> ((t2_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_23 >> 2u)] >> ((t2_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_2 = ((((u32((i32((((kvalues_iq4nl[(t2_28 >> 2u)] >> ((t2_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_29 >> 2u)] >> ((t2_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_30 >> 2u)] >> ((t2_30 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_31 >> 2u)] >> ((t2_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_3 = ((((u32((i32((((kvalues_iq4nl[(t2_34 >> 2u)] >> ((t2_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_35 >> 2u)] >> ((t2_35 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_36 >> 2u)] >> ((t2_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_37 >> 2u)] >> ((t2_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_4 = ((((u32((i32((((kvalues_iq4nl[(t2_39 >> 2u)] >> ((t2_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_40 >> 2u)] >> ((t2_40 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_41 >> 2u)] >> ((t2_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_42 >> 2u)] >> ((t2_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_5 = ((((u32((i32((((kvalues_iq4nl[(t2_44 >> 2u)] >> ((t2_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_45 >> 2u)] >> ((t2_45 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_46 >> 2u)] >> ((t2_46 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_47 >> 2u)] >> ((t2_47 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_6 = ((((u32((i32((((kvalues_iq4nl[(t2_49 >> 2u)] >> ((t2_49 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_50 >> 2u)] >> ((t2_50 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_51 >> 2u)] >> ((t2_51 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_52 >> 2u)] >> ((t2_52 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_q0_0_7 = ((((u32((i32((((kvalues_iq4nl[(t2_54 >> 2u)] >> ((t2_54 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t2_55 >> 2u)] >> ((t2_55 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t2_56 >> 2u)] >> ((t2_56 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t2_57 >> 2u)] >> ((t2_57 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u1_s0_0 = unpack2x16float(((t2_4 >> t2_0) & 0xffffu)).x;
    acc0 = (acc0 + (u1_x0_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x0_hi.w))))));
    let u2_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u2_x0_hdr = x[u2_x0_at].z;
    let u2_x0_lo = x[(u2_x0_at + 5u)];
    let u2_x0_hi = x[(u2_x0_at + 6u)];
    let u2_x0_d = unpack2x16float((u2_x0_hdr & 0xffffu)).x;
    let u2_blk = (j0 + 2u);
    let u2_b0 = (row_base0 + (u2_blk * 18u));
    let t3_0 = ((u2_b0 & 3u) * 8u);
    let t3_1 = (t3_0 + 16u);
    let t3_2 = (t3_1 < 32u);
    let t3_3 = (u2_b0 >> 2u);
    let t3_4 = w[t3_3];
    let t3_5 = w[(t3_3 + 1u)];
    let t3_6 = (t3_1 & 31u);
    let t3_7 = w[(t3_3 + 2u)];
    let t3_8 = select(t3_7, t3_5, t3_2);
    let t3_9 = (31u - t3_6);
    let t3_10 = ((select(t3_5, t3_4, t3_2) >> t3_6) | ((t3_8 << 1u) << t3_9));
    let t3_11 = (t3_10 & 0xf0f0f0fu);
    let t3_12 = (t3_11 & 255u);
    let t3_13 = ((t3_11 >> 8u) & 255u);
    let t3_14 = ((t3_11 >> 16u) & 255u);
    let t3_15 = ((t3_11 >> 24u) & 255u);
    let t3_16 = w[(t3_3 + 3u)];
    let t3_17 = select(t3_16, t3_7, t3_2);
    let t3_18 = ((t3_8 >> t3_6) | ((t3_17 << 1u) << t3_9));
    let t3_19 = (t3_18 & 0xf0f0f0fu);
    let t3_20 = (t3_19 & 255u);
    let t3_21 = ((t3_19 >> 8u) & 255u);
    let t3_22 = ((t3_19 >> 16u) & 255u);
    let t3_23 = ((t3_19 >> 24u) & 255u);
    let t3_24 = w[(t3_3 + 4u)];
    let t3_25 = select(t3_24, t3_16, t3_2);
    let t3_26 = ((t3_17 >> t3_6) | ((t3_25 << 1u) << t3_9));
    let t3_27 = (t3_26 & 0xf0f0f0fu);
    let t3_28 = (t3_27 & 255u);
    let t3_29 = ((t3_27 >> 8u) & 255u);
    let t3_30 = ((t3_27 >> 16u) & 255u);
    let t3_31 = ((t3_27 >> 24u) & 255u);
    let t3_32 = ((t3_25 >> t3_6) | ((select(w[(t3_3 + 5u)], t3_24, t3_2) << 1u) << t3_9));
    let t3_33 = (t3_32 & 0xf0f0f0fu);
    let t3_34 = (t3_33 & 255u);
    let t3_35 = ((t3_33 >> 8u) & 255u);
    let t3_36 = ((t3_33 >> 16u) & 255u);
    let t3_37 = ((t3_33 >> 24u) & 255u);
    let t3_38 = ((t3_10 >> 4u) & 0xf0f0f0fu);
    let t3_39 = (t3_38 & 255u);
    let t3_40 = ((t3_38 >> 8u) & 255u);
    let t3_41 = ((t3_38 >> 16u) & 255u);
    let t3_42 = ((t3_38 >> 24u) & 255u);
    let t3_43 = ((t3_18 >> 4u) & 0xf0f0f0fu);
    let t3_44 = (t3_43 & 255u);
    let t3_45 = ((t3_43 >> 8u) & 255u);
    let t3_46 = ((t3_43 >> 16u) & 255u);
    let t3_47 = ((t3_43 >> 24u) & 255u);
    let t3_48 = ((t3_26 >> 4u) & 0xf0f0f0fu);
    let t3_49 = (t3_48 & 255u);
    let t3_50 = ((t3_48 >> 8u) & 255u);
    let t3_51 = ((t3_48 >> 16u) & 255u);
    let t3_52 = ((t3_48 >> 24u) & 255u);
    let t3_53 = ((t3_32 >> 4u) & 0xf0f0f0fu);
    let t3_54 = (t3_53 & 255u);
    let t3_55 = ((t3_53 >> 8u) & 255u);
    let t3_56 = ((t3_53 >> 16u) & 255u);
    let t3_57 = ((t3_53 >> 24u) & 255u);
    let u2_q0_0_0 = ((((u32((i32((((kvalues_iq4nl[(t3_12 >> 2u)] >> ((t3_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_13 >> 2u)] >> ((t3_13 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_14 >> 2u)] >> ((t3_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_15 >> 2u)] >> ((t3_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u2_q0_0_1 = ((((u32((i32((((kvalues_iq4nl[(t3_20 >> 2u)] >> ((t3_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_21 >> 2u)] >> ((t3_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_22 >> 2u)] >> ((t3_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_23 >> 2u)] >> ((t3_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u2_q0_0_2 = ((((u32((i32((((kvalues_iq4nl[(t3_28 >> 2u)] >> ((t3_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_29 >> 2u)] >> ((t3_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_30 >> 2u)] >> ((t3_30 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_31 >> 2u)] >> ((t3_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u2_q0_0_3 = ((((u32((i32((((kvalues_iq4nl[(t3_34 >> 2u)] >> ((t3_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_35 >> 2u)] >> ((t3_35 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_36 >> 2u)] >> ((t3_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_37 >> 2u)] >> ((t3_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u2_q0_0_4 = ((((u32((i32((((kvalues_iq4nl[(t3_39 >> 2u)] >> ((t3_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_40 >> 2u)] >> ((t3_40 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_41 >> 2u)] >> ((t3_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_42 >> 2u)] >> ((t3_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u2_q0_0_5 = ((((u32((i32((((kvalues_iq4nl[(t3_44 >> 2u)] >> ((t3_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_45 >> 2u)] >> ((t3_45 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_46 >> 2u)] >> ((t3_46 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_47 >> 2u)] >> ((t3_47 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u2_q0_0_6 = ((((u32((i32((((kvalues_iq4nl[(t3_49 >> 2u)] >> ((t3_49 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_50 >> 2u)] >> ((t3_50 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_51 >> 2u)] >> ((t3_51 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_52 >> 2u)] >> ((t3_52 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u2_q0_0_7 = ((((u32((i32((((kvalues_iq4nl[(t3_54 >> 2u)] >> ((t3_54 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t3_55 >> 2u)] >> ((t3_55 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t3_56 >> 2u)] >> ((t3_56 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t3_57 >> 2u)] >> ((t3_57 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u2_s0_0 = unpack2x16float(((t3_4 >> t3_0) & 0xffffu)).x;
    acc0 = (acc0 + (u2_x0_d * (u2_s0_0 * f32((((((((dot4I8Packed(u2_q0_0_0, u2_x0_lo.x) + dot4I8Packed(u2_q0_0_1, u2_x0_lo.y)) + dot4I8Packed(u2_q0_0_2, u2_x0_lo.z)) + dot4I8Packed(u2_q0_0_3, u2_x0_lo.w)) + dot4I8Packed(u2_q0_0_4, u2_x0_hi.x)) + dot4I8Packed(u2_q0_0_5, u2_x0_hi.y)) + dot4I8Packed(u2_q0_0_6, u2_x0_hi.z)) + dot4I8Packed(u2_q0_0_7, u2_x0_hi.w))))));
    let u3_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u3_x0_hdr = x[u3_x0_at].w;
    let u3_x0_lo = x[(u3_x0_at + 7u)];
    let u3_x0_hi = x[(u3_x0_at + 8u)];
    let u3_x0_d = unpack2x16float((u3_x0_hdr & 0xffffu)).x;
    let u3_blk = (j0 + 3u);
    let u3_b0 = (row_base0 + (u3_blk * 18u));
    let t4_0 = ((u3_b0 & 3u) * 8u);
    let t4_1 = (t4_0 + 16u);
    let t4_2 = (t4_1 < 32u);
    let t4_3 = (u3_b0 >> 2u);
    let t4_4 = w[t4_3];
    let t4_5 = w[(t4_3 + 1u)];
    let t4_6 = (t4_1 & 31u);
    let t4_7 = w[(t4_3 + 2u)];
    let t4_8 = select(t4_7, t4_5, t4_2);
    let t4_9 = (31u - t4_6);
    let t4_10 = ((select(t4_5, t4_4, t4_2) >> t4_6) | ((t4_8 << 1u) << t4_9));
    let t4_11 = (t4_10 & 0xf0f0f0fu);
    let t4_12 = (t4_11 & 255u);
    let t4_13 = ((t4_11 >> 8u) & 255u);
    let t4_14 = ((t4_11 >> 16u) & 255u);
    let t4_15 = ((t4_11 >> 24u) & 255u);
    let t4_16 = w[(t4_3 + 3u)];
    let t4_17 = select(t4_16, t4_7, t4_2);
    let t4_18 = ((t4_8 >> t4_6) | ((t4_17 << 1u) << t4_9));
    let t4_19 = (t4_18 & 0xf0f0f0fu);
    let t4_20 = (t4_19 & 255u);
    let t4_21 = ((t4_19 >> 8u) & 255u);
    let t4_22 = ((t4_19 >> 16u) & 255u);
    let t4_23 = ((t4_19 >> 24u) & 255u);
    let t4_24 = w[(t4_3 + 4u)];
    let t4_25 = select(t4_24, t4_16, t4_2);
    let t4_26 = ((t4_17 >> t4_6) | ((t4_25 << 1u) << t4_9));
    let t4_27 = (t4_26 & 0xf0f0f0fu);
    let t4_28 = (t4_27 & 255u);
    let t4_29 = ((t4_27 >> 8u) & 255u);
    let t4_30 = ((t4_27 >> 16u) & 255u);
    let t4_31 = ((t4_27 >> 24u) & 255u);
    let t4_32 = ((t4_25 >> t4_6) | ((select(w[(t4_3 + 5u)], t4_24, t4_2) << 1u) << t4_9));
    let t4_33 = (t4_32 & 0xf0f0f0fu);
    let t4_34 = (t4_33 & 255u);
    let t4_35 = ((t4_33 >> 8u) & 255u);
    let t4_36 = ((t4_33 >> 16u) & 255u);
    let t4_37 = ((t4_33 >> 24u) & 255u);
    let t4_38 = ((t4_10 >> 4u) & 0xf0f0f0fu);
    let t4_39 = (t4_38 & 255u);
    let t4_40 = ((t4_38 >> 8u) & 255u);
    let t4_41 = ((t4_38 >> 16u) & 255u);
    let t4_42 = ((t4_38 >> 24u) & 255u);
    let t4_43 = ((t4_18 >> 4u) & 0xf0f0f0fu);
    let t4_44 = (t4_43 & 255u);
    let t4_45 = ((t4_43 >> 8u) & 255u);
    let t4_46 = ((t4_43 >> 16u) & 255u);
    let t4_47 = ((t4_43 >> 24u) & 255u);
    let t4_48 = ((t4_26 >> 4u) & 0xf0f0f0fu);
    let t4_49 = (t4_48 & 255u);
    let t4_50 = ((t4_48 >> 8u) & 255u);
    let t4_51 = ((t4_48 >> 16u) & 255u);
    let t4_52 = ((t4_48 >> 24u) & 255u);
    let t4_53 = ((t4_32 >> 4u) & 0xf0f0f0fu);
    let t4_54 = (t4_53 & 255u);
    let t4_55 = ((t4_53 >> 8u) & 255u);
    let t4_56 = ((t4_53 >> 16u) & 255u);
    let t4_57 = ((t4_53 >> 24u) & 255u);
    let u3_q0_0_0 = ((((u32((i32((((kvalues_iq4nl[(t4_12 >> 2u)] >> ((t4_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t4_13 >> 2u)] >> ((t4_13 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t4_14 >> 2u)] >> ((t4_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t4_15 >> 2u)] >> ((t4_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u3_q0_0_1 = ((((u32((i32((((kvalues_iq4nl[(t4_20 >> 2u)] >> ((t4_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t4_21 >> 2u)] >> ((t4_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t4_22 >> 2u)] >> ((t4_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t4_23 >> 2u)] >> ((t4_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u3_q0_0_2 = ((((u32((i32((((kvalues_iq4nl[(t4_28 >> 2u)] >> ((t4_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t4_29 >> 2u)] >> ((t4_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t4_30 >> 2u)] >> ((t4_30 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t4_31 >> 2u)] >> ((t4_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u3_q0_0_3 = ((((u32((i32((((kvalues_iq4nl[(t4_34 >> 2u)] >> ((t4_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t4_35 >> 2u)] >> ((t4_35 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t4_36 >> 2u)] >> ((t4_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t4_37 >> 2u)] >> ((t4_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u3_q0_0_4 = ((((u32((i32((((kvalues_iq4nl[(t4_39 >> 2u)] >> ((t4_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t4_40 >> 2u)] >> ((t4_40 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t4_41 >> 2u)] >> ((t4_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t4_42 >> 2u)] >> ((t4_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u3_q0_0_5 = ((((u32((i32((((kvalues_iq4nl[(t4_44 >> 2u)] >> ((t4_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t4_45 >> 2u)] >> ((t4_45 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t4_46 >> 2u)] >> ((t4_46 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t4_47 >> 2u)] >> ((t4_47 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u3_q0_0_6 = ((((u32((i32((((kvalues_iq4nl[(t4_49 >> 2u)] >> ((t4_49 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t4_50 >> 2u)] >> ((t4_50 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t4_51 >> 2u)] >> ((t4_51 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t4_52 >> 2u)] >> ((t4_52 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u3_q0_0_7 = ((((u32((i32((((kvalues_iq4nl[(t4_54 >> 2u)] >> ((t4_54 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t4_55 >> 2u)] >> ((t4_55 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t4_56 >> 2u)] >> ((t4_56 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t4_57 >> 2u)] >> ((t4_57 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let u3_s0_0 = unpack2x16float(((t4_4 >> t4_0) & 0xffffu)).x;
    acc0 = (acc0 + (u3_x0_d * (u3_s0_0 * f32((((((((dot4I8Packed(u3_q0_0_0, u3_x0_lo.x) + dot4I8Packed(u3_q0_0_1, u3_x0_lo.y)) + dot4I8Packed(u3_q0_0_2, u3_x0_lo.z)) + dot4I8Packed(u3_q0_0_3, u3_x0_lo.w)) + dot4I8Packed(u3_q0_0_4, u3_x0_hi.x)) + dot4I8Packed(u3_q0_0_5, u3_x0_hi.y)) + dot4I8Packed(u3_q0_0_6, u3_x0_hi.z)) + dot4I8Packed(u3_q0_0_7, u3_x0_hi.w))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = j;
    let b0 = (row_base0 + (blk * 18u));
    let t5_0 = ((b0 & 3u) * 8u);
    let t5_1 = (t5_0 + 16u);
    let t5_2 = (t5_1 < 32u);
    let t5_3 = (b0 >> 2u);
    let t5_4 = w[t5_3];
    let t5_5 = w[(t5_3 + 1u)];
    let t5_6 = (t5_1 & 31u);
    let t5_7 = w[(t5_3 + 2u)];
    let t5_8 = select(t5_7, t5_5, t5_2);
    let t5_9 = (31u - t5_6);
    let t5_10 = ((select(t5_5, t5_4, t5_2) >> t5_6) | ((t5_8 << 1u) << t5_9));
    let t5_11 = (t5_10 & 0xf0f0f0fu);
    let t5_12 = (t5_11 & 255u);
    let t5_13 = ((t5_11 >> 8u) & 255u);
    let t5_14 = ((t5_11 >> 16u) & 255u);
    let t5_15 = ((t5_11 >> 24u) & 255u);
    let t5_16 = w[(t5_3 + 3u)];
    let t5_17 = select(t5_16, t5_7, t5_2);
    let t5_18 = ((t5_8 >> t5_6) | ((t5_17 << 1u) << t5_9));
    let t5_19 = (t5_18 & 0xf0f0f0fu);
    let t5_20 = (t5_19 & 255u);
    let t5_21 = ((t5_19 >> 8u) & 255u);
    let t5_22 = ((t5_19 >> 16u) & 255u);
    let t5_23 = ((t5_19 >> 24u) & 255u);
    let t5_24 = w[(t5_3 + 4u)];
    let t5_25 = select(t5_24, t5_16, t5_2);
    let t5_26 = ((t5_17 >> t5_6) | ((t5_25 << 1u) << t5_9));
    let t5_27 = (t5_26 & 0xf0f0f0fu);
    let t5_28 = (t5_27 & 255u);
    let t5_29 = ((t5_27 >> 8u) & 255u);
    let t5_30 = ((t5_27 >> 16u) & 255u);
    let t5_31 = ((t5_27 >> 24u) & 255u);
    let t5_32 = ((t5_25 >> t5_6) | ((select(w[(t5_3 + 5u)], t5_24, t5_2) << 1u) << t5_9));
    let t5_33 = (t5_32 & 0xf0f0f0fu);
    let t5_34 = (t5_33 & 255u);
    let t5_35 = ((t5_33 >> 8u) & 255u);
    let t5_36 = ((t5_33 >> 16u) & 255u);
    let t5_37 = ((t5_33 >> 24u) & 255u);
    let t5_38 = ((t5_10 >> 4u) & 0xf0f0f0fu);
    let t5_39 = (t5_38 & 255u);
    let t5_40 = ((t5_38 >> 8u) & 255u);
    let t5_41 = ((t5_38 >> 16u) & 255u);
    let t5_42 = ((t5_38 >> 24u) & 255u);
    let t5_43 = ((t5_18 >> 4u) & 0xf0f0f0fu);
    let t5_44 = (t5_43 & 255u);
    let t5_45 = ((t5_43 >> 8u) & 255u);
    let t5_46 = ((t5_43 >> 16u) & 255u);
    let t5_47 = ((t5_43 >> 24u) & 255u);
    let t5_48 = ((t5_26 >> 4u) & 0xf0f0f0fu);
    let t5_49 = (t5_48 & 255u);
    let t5_50 = ((t5_48 >> 8u) & 255u);
    let t5_51 = ((t5_48 >> 16u) & 255u);
    let t5_52 = ((t5_48 >> 24u) & 255u);
    let t5_53 = ((t5_32 >> 4u) & 0xf0f0f0fu);
    let t5_54 = (t5_53 & 255u);
    let t5_55 = ((t5_53 >> 8u) & 255u);
    let t5_56 = ((t5_53 >> 16u) & 255u);
    let t5_57 = ((t5_53 >> 24u) & 255u);
    let q0_0_0 = ((((u32((i32((((kvalues_iq4nl[(t5_12 >> 2u)] >> ((t5_12 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t5_13 >> 2u)] >> ((t5_13 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t5_14 >> 2u)] >> ((t5_14 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t5_15 >> 2u)] >> ((t5_15 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_1 = ((((u32((i32((((kvalues_iq4nl[(t5_20 >> 2u)] >> ((t5_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t5_21 >> 2u)] >> ((t5_21 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t5_22 >> 2u)] >> ((t5_22 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t5_23 >> 2u)] >> ((t5_23 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_2 = ((((u32((i32((((kvalues_iq4nl[(t5_28 >> 2u)] >> ((t5_28 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t5_29 >> 2u)] >> ((t5_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t5_30 >> 2u)] >> ((t5_30 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t5_31 >> 2u)] >> ((t5_31 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_3 = ((((u32((i32((((kvalues_iq4nl[(t5_34 >> 2u)] >> ((t5_34 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t5_35 >> 2u)] >> ((t5_35 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t5_36 >> 2u)] >> ((t5_36 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t5_37 >> 2u)] >> ((t5_37 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_4 = ((((u32((i32((((kvalues_iq4nl[(t5_39 >> 2u)] >> ((t5_39 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t5_40 >> 2u)] >> ((t5_40 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t5_41 >> 2u)] >> ((t5_41 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t5_42 >> 2u)] >> ((t5_42 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_5 = ((((u32((i32((((kvalues_iq4nl[(t5_44 >> 2u)] >> ((t5_44 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t5_45 >> 2u)] >> ((t5_45 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t5_46 >> 2u)] >> ((t5_46 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t5_47 >> 2u)] >> ((t5_47 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_6 = ((((u32((i32((((kvalues_iq4nl[(t5_49 >> 2u)] >> ((t5_49 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t5_50 >> 2u)] >> ((t5_50 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t5_51 >> 2u)] >> ((t5_51 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t5_52 >> 2u)] >> ((t5_52 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let q0_0_7 = ((((u32((i32((((kvalues_iq4nl[(t5_54 >> 2u)] >> ((t5_54 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) | ((u32((i32((((kvalues_iq4nl[(t5_55 >> 2u)] >> ((t5_55 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 8u)) | ((u32((i32((((kvalues_iq4nl[(t5_56 >> 2u)] >> ((t5_56 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 16u)) | ((u32((i32((((kvalues_iq4nl[(t5_57 >> 2u)] >> ((t5_57 & 3u) * 8u)) & 255u) << 24u)) >> 24u)) & 255u) << 24u));
    let s0_0 = unpack2x16float(((t5_4 >> t5_0) & 0xffffu)).x;
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
