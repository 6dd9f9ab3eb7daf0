// kgen 0.1.0: mmvq.nvfp4.nc1.r1.sg.u2c.lsel; generated, do not edit; content hash 88c693ff6945e5b1
// mmvq: y = W . x, W in nvfp4 (64 per 36-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (contig), lookup tables sel
// format nvfp4 (ggml type 40) from dsl/formats/nvfp4.ts
// capabilities: dot4i8, subgroups

enable subgroups;
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
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 1u * WG_SIZE>;

@compute @workgroup_size(WG_SIZE)
fn main(@builtin(local_invocation_index) lid: u32, @builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>, @builtin(subgroup_invocation_id) sg_lane: u32, @builtin(subgroup_size) sg_size: u32) {
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
  let t0_0 = (WG_SIZE * 2u);
  let n_full = ((n_chunks / t0_0) * t0_0);
  for (var j0: u32 = (lid * 2u); (j0 < n_full); j0 = (j0 + (WG_SIZE * 2u))) {
    let u0_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u0_x0_hdr = x[u0_x0_at][(j0 & 3u)];
    let u0_x0_lo = x[((u0_x0_at + 1u) + ((j0 & 3u) * 2u))];
    let u0_x0_hi = x[((u0_x0_at + 2u) + ((j0 & 3u) * 2u))];
    let u0_x0_d = unpack2x16float((u0_x0_hdr & 0xffffu)).x;
    let u0_blk = (j0 >> 1u);
    let u0_b0 = (row_base0 + (u0_blk * 36u));
    let t1_0 = (u0_b0 >> 2u);
    let t1_1 = w[(t1_0 + 1u)];
    let t1_2 = (t1_1 & 0xf0f0f0fu);
    let t1_3 = (t1_2 & 255u);
    let t1_4 = ((t1_3 & 4u) != 0u);
    let t1_5 = ((t1_2 >> 8u) & 255u);
    let t1_6 = ((t1_5 & 4u) != 0u);
    let t1_7 = ((t1_2 >> 16u) & 255u);
    let t1_8 = ((t1_7 & 4u) != 0u);
    let t1_9 = ((t1_2 >> 24u) & 255u);
    let t1_10 = ((t1_9 & 4u) != 0u);
    let t1_11 = w[(t1_0 + 2u)];
    let t1_12 = (t1_11 & 0xf0f0f0fu);
    let t1_13 = (t1_12 & 255u);
    let t1_14 = ((t1_13 & 4u) != 0u);
    let t1_15 = ((t1_12 >> 8u) & 255u);
    let t1_16 = ((t1_15 & 4u) != 0u);
    let t1_17 = ((t1_12 >> 16u) & 255u);
    let t1_18 = ((t1_17 & 4u) != 0u);
    let t1_19 = ((t1_12 >> 24u) & 255u);
    let t1_20 = ((t1_19 & 4u) != 0u);
    let t1_21 = ((t1_1 >> 4u) & 0xf0f0f0fu);
    let t1_22 = (t1_21 & 255u);
    let t1_23 = ((t1_22 & 4u) != 0u);
    let t1_24 = ((t1_21 >> 8u) & 255u);
    let t1_25 = ((t1_24 & 4u) != 0u);
    let t1_26 = ((t1_21 >> 16u) & 255u);
    let t1_27 = ((t1_26 & 4u) != 0u);
    let t1_28 = ((t1_21 >> 24u) & 255u);
    let t1_29 = ((t1_28 & 4u) != 0u);
    let t1_30 = ((t1_11 >> 4u) & 0xf0f0f0fu);
    let t1_31 = (t1_30 & 255u);
    let t1_32 = ((t1_31 & 4u) != 0u);
    let t1_33 = ((t1_30 >> 8u) & 255u);
    let t1_34 = ((t1_33 & 4u) != 0u);
    let t1_35 = ((t1_30 >> 16u) & 255u);
    let t1_36 = ((t1_35 & 4u) != 0u);
    let t1_37 = ((t1_30 >> 24u) & 255u);
    let t1_38 = ((t1_37 & 4u) != 0u);
    let t1_39 = (w[t1_0] & 255u);
    let t1_40 = i32(t1_39);
    let t1_41 = ((t1_39 >> 3u) & 15u);
    let t1_42 = (t1_39 & 7u);
    let u0_q0_0_0 = (((((select(select(0x3020100u, 0xc080604u, t1_4), select(0xfdfeff00u, 0xf4f8fafcu, t1_4), ((t1_3 & 8u) != 0u)) >> ((t1_3 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t1_6), select(0xfdfeff00u, 0xf4f8fafcu, t1_6), ((t1_5 & 8u) != 0u)) >> ((t1_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t1_8), select(0xfdfeff00u, 0xf4f8fafcu, t1_8), ((t1_7 & 8u) != 0u)) >> ((t1_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t1_10), select(0xfdfeff00u, 0xf4f8fafcu, t1_10), ((t1_9 & 8u) != 0u)) >> ((t1_9 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_1 = (((((select(select(0x3020100u, 0xc080604u, t1_14), select(0xfdfeff00u, 0xf4f8fafcu, t1_14), ((t1_13 & 8u) != 0u)) >> ((t1_13 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t1_16), select(0xfdfeff00u, 0xf4f8fafcu, t1_16), ((t1_15 & 8u) != 0u)) >> ((t1_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t1_18), select(0xfdfeff00u, 0xf4f8fafcu, t1_18), ((t1_17 & 8u) != 0u)) >> ((t1_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t1_20), select(0xfdfeff00u, 0xf4f8fafcu, t1_20), ((t1_19 & 8u) != 0u)) >> ((t1_19 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_2 = (((((select(select(0x3020100u, 0xc080604u, t1_23), select(0xfdfeff00u, 0xf4f8fafcu, t1_23), ((t1_22 & 8u) != 0u)) >> ((t1_22 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t1_25), select(0xfdfeff00u, 0xf4f8fafcu, t1_25), ((t1_24 & 8u) != 0u)) >> ((t1_24 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t1_27), select(0xfdfeff00u, 0xf4f8fafcu, t1_27), ((t1_26 & 8u) != 0u)) >> ((t1_26 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t1_29), select(0xfdfeff00u, 0xf4f8fafcu, t1_29), ((t1_28 & 8u) != 0u)) >> ((t1_28 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_0_3 = (((((select(select(0x3020100u, 0xc080604u, t1_32), select(0xfdfeff00u, 0xf4f8fafcu, t1_32), ((t1_31 & 8u) != 0u)) >> ((t1_31 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t1_34), select(0xfdfeff00u, 0xf4f8fafcu, t1_34), ((t1_33 & 8u) != 0u)) >> ((t1_33 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t1_36), select(0xfdfeff00u, 0xf4f8fafcu, t1_36), ((t1_35 & 8u) != 0u)) >> ((t1_35 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t1_38), select(0xfdfeff00u, 0xf4f8fafcu, t1_38), ((t1_37 & 8u) != 0u)) >> ((t1_37 & 3u) << 3u)) & 255u) << 24u));
    let u0_s0_0 = select(select(unpack2x16float(((((t1_41 + 7u) << 10u) | (t1_42 << 7u)) & 0xffffu)).x, (f32(i32(t1_42)) * 0.0009765625f), (i32(t1_41) == 0i)), 0.0, ((t1_40 == 0i) || (t1_40 == 127i)));
    let t2_0 = (u0_b0 >> 2u);
    let t2_1 = w[(t2_0 + 3u)];
    let t2_2 = (t2_1 & 0xf0f0f0fu);
    let t2_3 = (t2_2 & 255u);
    let t2_4 = ((t2_3 & 4u) != 0u);
    let t2_5 = ((t2_2 >> 8u) & 255u);
    let t2_6 = ((t2_5 & 4u) != 0u);
    let t2_7 = ((t2_2 >> 16u) & 255u);
    let t2_8 = ((t2_7 & 4u) != 0u);
    let t2_9 = ((t2_2 >> 24u) & 255u);
    let t2_10 = ((t2_9 & 4u) != 0u);
    let t2_11 = w[(t2_0 + 4u)];
    let t2_12 = (t2_11 & 0xf0f0f0fu);
    let t2_13 = (t2_12 & 255u);
    let t2_14 = ((t2_13 & 4u) != 0u);
    let t2_15 = ((t2_12 >> 8u) & 255u);
    let t2_16 = ((t2_15 & 4u) != 0u);
    let t2_17 = ((t2_12 >> 16u) & 255u);
    let t2_18 = ((t2_17 & 4u) != 0u);
    let t2_19 = ((t2_12 >> 24u) & 255u);
    let t2_20 = ((t2_19 & 4u) != 0u);
    let t2_21 = ((t2_1 >> 4u) & 0xf0f0f0fu);
    let t2_22 = (t2_21 & 255u);
    let t2_23 = ((t2_22 & 4u) != 0u);
    let t2_24 = ((t2_21 >> 8u) & 255u);
    let t2_25 = ((t2_24 & 4u) != 0u);
    let t2_26 = ((t2_21 >> 16u) & 255u);
    let t2_27 = ((t2_26 & 4u) != 0u);
    let t2_28 = ((t2_21 >> 24u) & 255u);
    let t2_29 = ((t2_28 & 4u) != 0u);
    let t2_30 = ((t2_11 >> 4u) & 0xf0f0f0fu);
    let t2_31 = (t2_30 & 255u);
    let t2_32 = ((t2_31 & 4u) != 0u);
    let t2_33 = ((t2_30 >> 8u) & 255u);
    let t2_34 = ((t2_33 & 4u) != 0u);
    let t2_35 = ((t2_30 >> 16u) & 255u);
    let t2_36 = ((t2_35 & 4u) != 0u);
    let t2_37 = ((t2_30 >> 24u) & 255u);
    let t2_38 = ((t2_37 & 4u) != 0u);
    let t2_39 = ((w[t2_0] >> 8u) & 255u);
    let t2_40 = i32(t2_39);
    let t2_41 = ((t2_39 >> 3u) & 15u);
    let t2_42 = (t2_39 & 7u);
    let u0_q0_1_0 = (((((select(select(0x3020100u, 0xc080604u, t2_4), select(0xfdfeff00u, 0xf4f8fafcu, t2_4), ((t2_3 & 8u) != 0u)) >> ((t2_3 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t2_6), select(0xfdfeff00u, 0xf4f8fafcu, t2_6), ((t2_5 & 8u) != 0u)) >> ((t2_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t2_8), select(0xfdfeff00u, 0xf4f8fafcu, t2_8), ((t2_7 & 8u) != 0u)) >> ((t2_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t2_10), select(0xfdfeff00u, 0xf4f8fafcu, t2_10), ((t2_9 & 8u) != 0u)) >> ((t2_9 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_1_1 = (((((select(select(0x3020100u, 0xc080604u, t2_14), select(0xfdfeff00u, 0xf4f8fafcu, t2_14), ((t2_13 & 8u) != 0u)) >> ((t2_13 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t2_16), select(0xfdfeff00u, 0xf4f8fafcu, t2_16), ((t2_15 & 8u) != 0u)) >> ((t2_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t2_18), select(0xfdfeff00u, 0xf4f8fafcu, t2_18), ((t2_17 & 8u) != 0u)) >> ((t2_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t2_20), select(0xfdfeff00u, 0xf4f8fafcu, t2_20), ((t2_19 & 8u) != 0u)) >> ((t2_19 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_1_2 = (((((select(select(0x3020100u, 0xc080604u, t2_23), select(0xfdfeff00u, 0xf4f8fafcu, t2_23), ((t2_22 & 8u) != 0u)) >> ((t2_22 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t2_25), select(0xfdfeff00u, 0xf4f8fafcu, t2_25), ((t2_24 & 8u) != 0u)) >> ((t2_24 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t2_27), select(0xfdfeff00u, 0xf4f8fafcu, t2_27), ((t2_26 & 8u) != 0u)) >> ((t2_26 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t2_29), select(0xfdfeff00u, 0xf4f8fafcu, t2_29), ((t2_28 & 8u) != 0u)) >> ((t2_28 & 3u) << 3u)) & 255u) << 24u));
    let u0_q0_1_3 = (((((select(select(0x3020100u, 0xc080604u, t2_32), select(0xfdfeff00u, 0xf4f8fafcu, t2_32), ((t2_31 & 8u) != 0u)) >> ((t2_31 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t2_34), select(0xfdfeff00u, 0xf4f8fafcu, t2_34), ((t2_33 & 8u) != 0u)) >> ((t2_33 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t2_36), select(0xfdfeff00u, 0xf4f8fafcu, t2_36), ((t2_35 & 8u) != 0u)) >> ((t2_35 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t2_38), select(0xfdfeff00u, 0xf4f8fafcu, t2_38), ((t2_37 & 8u) != 0u)) >> ((t2_37 & 3u) << 3u)) & 255u) << 24u));
    let u0_s0_1 = select(select(unpack2x16float(((((t2_41 + 7u) << 10u) | (t2_42 << 7u)) & 0xffffu)).x, (f32(i32(t2_42)) * 0.0009765625f), (i32(t2_41) == 0i)), 0.0, ((t2_40 == 0i) || (t2_40 == 127i)));
    acc0 = (acc0 + (u0_x0_d * ((u0_s0_0 * f32((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)))) + (u0_s0_1 * f32((((dot4I8Packed(u0_q0_1_0, u0_x0_hi.x) + dot4I8Packed(u0_q0_1_1, u0_x0_hi.y)) + dot4I8Packed(u0_q0_1_2, u0_x0_hi.z)) + dot4I8Packed(u0_q0_1_3, u0_x0_hi.w)))))));
    let u1_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at][((j0 & 3u) + 1u)];
    let u1_x0_lo = x[(((u1_x0_at + 1u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x0_hi = x[(((u1_x0_at + 2u) + ((j0 & 3u) * 2u)) + 2u)];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (j0 >> 1u);
    let u1_b0 = (row_base0 + (u1_blk * 36u));
    let t3_0 = (u1_b0 >> 2u);
    let t3_1 = w[(t3_0 + 5u)];
    let t3_2 = (t3_1 & 0xf0f0f0fu);
    let t3_3 = (t3_2 & 255u);
    let t3_4 = ((t3_3 & 4u) != 0u);
    let t3_5 = ((t3_2 >> 8u) & 255u);
    let t3_6 = ((t3_5 & 4u) != 0u);
    let t3_7 = ((t3_2 >> 16u) & 255u);
    let t3_8 = ((t3_7 & 4u) != 0u);
    let t3_9 = ((t3_2 >> 24u) & 255u);
    let t3_10 = ((t3_9 & 4u) != 0u);
    let t3_11 = w[(t3_0 + 6u)];
    let t3_12 = (t3_11 & 0xf0f0f0fu);
    let t3_13 = (t3_12 & 255u);
    let t3_14 = ((t3_13 & 4u) != 0u);
    let t3_15 = ((t3_12 >> 8u) & 255u);
    let t3_16 = ((t3_15 & 4u) != 0u);
    let t3_17 = ((t3_12 >> 16u) & 255u);
    let t3_18 = ((t3_17 & 4u) != 0u);
    let t3_19 = ((t3_12 >> 24u) & 255u);
    let t3_20 = ((t3_19 & 4u) != 0u);
    let t3_21 = ((t3_1 >> 4u) & 0xf0f0f0fu);
    let t3_22 = (t3_21 & 255u);
    let t3_23 = ((t3_22 & 4u) != 0u);
    let t3_24 = ((t3_21 >> 8u) & 255u);
    let t3_25 = ((t3_24 & 4u) != 0u);
    let t3_26 = ((t3_21 >> 16u) & 255u);
    let t3_27 = ((t3_26 & 4u) != 0u);
    let t3_28 = ((t3_21 >> 24u) & 255u);
    let t3_29 = ((t3_28 & 4u) != 0u);
    let t3_30 = ((t3_11 >> 4u) & 0xf0f0f0fu);
    let t3_31 = (t3_30 & 255u);
    let t3_32 = ((t3_31 & 4u) != 0u);
    let t3_33 = ((t3_30 >> 8u) & 255u);
    let t3_34 = ((t3_33 & 4u) != 0u);
    let t3_35 = ((t3_30 >> 16u) & 255u);
    let t3_36 = ((t3_35 & 4u) != 0u);
    let t3_37 = ((t3_30 >> 24u) & 255u);
    let t3_38 = ((t3_37 & 4u) != 0u);
    let t3_39 = ((w[t3_0] >> 16u) & 255u);
    let t3_40 = i32(t3_39);
    let t3_41 = ((t3_39 >> 3u) & 15u);
    let t3_42 = (t3_39 & 7u);
    let u1_q0_0_0 = (((((select(select(0x3020100u, 0xc080604u, t3_4), select(0xfdfeff00u, 0xf4f8fafcu, t3_4), ((t3_3 & 8u) != 0u)) >> ((t3_3 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t3_6), select(0xfdfeff00u, 0xf4f8fafcu, t3_6), ((t3_5 & 8u) != 0u)) >> ((t3_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t3_8), select(0xfdfeff00u, 0xf4f8fafcu, t3_8), ((t3_7 & 8u) != 0u)) >> ((t3_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t3_10), select(0xfdfeff00u, 0xf4f8fafcu, t3_10), ((t3_9 & 8u) != 0u)) >> ((t3_9 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_1 = (((((select(select(0x3020100u, 0xc080604u, t3_14), select(0xfdfeff00u, 0xf4f8fafcu, t3_14), ((t3_13 & 8u) != 0u)) >> ((t3_13 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t3_16), select(0xfdfeff00u, 0xf4f8fafcu, t3_16), ((t3_15 & 8u) != 0u)) >> ((t3_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t3_18), select(0xfdfeff00u, 0xf4f8fafcu, t3_18), ((t3_17 & 8u) != 0u)) >> ((t3_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t3_20), select(0xfdfeff00u, 0xf4f8fafcu, t3_20), ((t3_19 & 8u) != 0u)) >> ((t3_19 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_2 = (((((select(select(0x3020100u, 0xc080604u, t3_23), select(0xfdfeff00u, 0xf4f8fafcu, t3_23), ((t3_22 & 8u) != 0u)) >> ((t3_22 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t3_25), select(0xfdfeff00u, 0xf4f8fafcu, t3_25), ((t3_24 & 8u) != 0u)) >> ((t3_24 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t3_27), select(0xfdfeff00u, 0xf4f8fafcu, t3_27), ((t3_26 & 8u) != 0u)) >> ((t3_26 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t3_29), select(0xfdfeff00u, 0xf4f8fafcu, t3_29), ((t3_28 & 8u) != 0u)) >> ((t3_28 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_0_3 = (((((select(select(0x3020100u, 0xc080604u, t3_32), select(0xfdfeff00u, 0xf4f8fafcu, t3_32), ((t3_31 & 8u) != 0u)) >> ((t3_31 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t3_34), select(0xfdfeff00u, 0xf4f8fafcu, t3_34), ((t3_33 & 8u) != 0u)) >> ((t3_33 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t3_36), select(0xfdfeff00u, 0xf4f8fafcu, t3_36), ((t3_35 & 8u) != 0u)) >> ((t3_35 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t3_38), select(0xfdfeff00u, 0xf4f8fafcu, t3_38), ((t3_37 & 8u) != 0u)) >> ((t3_37 & 3u) << 3u)) & 255u) << 24u));
    let u1_s0_0 = select(select(unpack2x16float(((((t3_41 + 7u) << 10u) | (t3_42 << 7u)) & 0xffffu)).x, (f32(i32(t3_42)) * 0.0009765625f), (i32(t3_41) == 0i)), 0.0, ((t3_40 == 0i) || (t3_40 == 127i)));
    let t4_0 = (u1_b0 >> 2u);
    let t4_1 = w[(t4_0 + 7u)];
    let t4_2 = (t4_1 & 0xf0f0f0fu);
    let t4_3 = (t4_2 & 255u);
    let t4_4 = ((t4_3 & 4u) != 0u);
    let t4_5 = ((t4_2 >> 8u) & 255u);
    let t4_6 = ((t4_5 & 4u) != 0u);
    let t4_7 = ((t4_2 >> 16u) & 255u);
    let t4_8 = ((t4_7 & 4u) != 0u);
    let t4_9 = ((t4_2 >> 24u) & 255u);
    let t4_10 = ((t4_9 & 4u) != 0u);
    let t4_11 = w[(t4_0 + 8u)];
    let t4_12 = (t4_11 & 0xf0f0f0fu);
    let t4_13 = (t4_12 & 255u);
    let t4_14 = ((t4_13 & 4u) != 0u);
    let t4_15 = ((t4_12 >> 8u) & 255u);
    let t4_16 = ((t4_15 & 4u) != 0u);
    let t4_17 = ((t4_12 >> 16u) & 255u);
    let t4_18 = ((t4_17 & 4u) != 0u);
    let t4_19 = ((t4_12 >> 24u) & 255u);
    let t4_20 = ((t4_19 & 4u) != 0u);
    let t4_21 = ((t4_1 >> 4u) & 0xf0f0f0fu);
    let t4_22 = (t4_21 & 255u);
    let t4_23 = ((t4_22 & 4u) != 0u);
    let t4_24 = ((t4_21 >> 8u) & 255u);
    let t4_25 = ((t4_24 & 4u) != 0u);
    let t4_26 = ((t4_21 >> 16u) & 255u);
    let t4_27 = ((t4_26 & 4u) != 0u);
    let t4_28 = ((t4_21 >> 24u) & 255u);
    let t4_29 = ((t4_28 & 4u) != 0u);
    let t4_30 = ((t4_11 >> 4u) & 0xf0f0f0fu);
    let t4_31 = (t4_30 & 255u);
    let t4_32 = ((t4_31 & 4u) != 0u);
    let t4_33 = ((t4_30 >> 8u) & 255u);
    let t4_34 = ((t4_33 & 4u) != 0u);
    let t4_35 = ((t4_30 >> 16u) & 255u);
    let t4_36 = ((t4_35 & 4u) != 0u);
    let t4_37 = ((t4_30 >> 24u) & 255u);
    let t4_38 = ((t4_37 & 4u) != 0u);
    let t4_39 = ((w[t4_0] >> 24u) & 255u);
    let t4_40 = i32(t4_39);
    let t4_41 = ((t4_39 >> 3u) & 15u);
    let t4_42 = (t4_39 & 7u);
    let u1_q0_1_0 = (((((select(select(0x3020100u, 0xc080604u, t4_4), select(0xfdfeff00u, 0xf4f8fafcu, t4_4), ((t4_3 & 8u) != 0u)) >> ((t4_3 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t4_6), select(0xfdfeff00u, 0xf4f8fafcu, t4_6), ((t4_5 & 8u) != 0u)) >> ((t4_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t4_8), select(0xfdfeff00u, 0xf4f8fafcu, t4_8), ((t4_7 & 8u) != 0u)) >> ((t4_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t4_10), select(0xfdfeff00u, 0xf4f8fafcu, t4_10), ((t4_9 & 8u) != 0u)) >> ((t4_9 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_1_1 = (((((select(select(0x3020100u, 0xc080604u, t4_14), select(0xfdfeff00u, 0xf4f8fafcu, t4_14), ((t4_13 & 8u) != 0u)) >> ((t4_13 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t4_16), select(0xfdfeff00u, 0xf4f8fafcu, t4_16), ((t4_15 & 8u) != 0u)) >> ((t4_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t4_18), select(0xfdfeff00u, 0xf4f8fafcu, t4_18), ((t4_17 & 8u) != 0u)) >> ((t4_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t4_20), select(0xfdfeff00u, 0xf4f8fafcu, t4_20), ((t4_19 & 8u) != 0u)) >> ((t4_19 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_1_2 = (((((select(select(0x3020100u, 0xc080604u, t4_23), select(0xfdfeff00u, 0xf4f8fafcu, t4_23), ((t4_22 & 8u) != 0u)) >> ((t4_22 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t4_25), select(0xfdfeff00u, 0xf4f8fafcu, t4_25), ((t4_24 & 8u) != 0u)) >> ((t4_24 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t4_27), select(0xfdfeff00u, 0xf4f8fafcu, t4_27), ((t4_26 & 8u) != 0u)) >> ((t4_26 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t4_29), select(0xfdfeff00u, 0xf4f8fafcu, t4_29), ((t4_28 & 8u) != 0u)) >> ((t4_28 & 3u) << 3u)) & 255u) << 24u));
    let u1_q0_1_3 = (((((select(select(0x3020100u, 0xc080604u, t4_32), select(0xfdfeff00u, 0xf4f8fafcu, t4_32), ((t4_31 & 8u) != 0u)) >> ((t4_31 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t4_34), select(0xfdfeff00u, 0xf4f8fafcu, t4_34), ((t4_33 & 8u) != 0u)) >> ((t4_33 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t4_36), select(0xfdfeff00u, 0xf4f8fafcu, t4_36), ((t4_35 & 8u) != 0u)) >> ((t4_35 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t4_38), select(0xfdfeff00u, 0xf4f8fafcu, t4_38), ((t4_37 & 8u) != 0u)) >> ((t4_37 & 3u) << 3u)) & 255u) << 24u));
    let u1_s0_1 = select(select(unpack2x16float(((((t4_41 + 7u) << 10u) | (t4_42 << 7u)) & 0xffffu)).x, (f32(i32(t4_42)) * 0.0009765625f), (i32(t4_41) == 0i)), 0.0, ((t4_40 == 0i) || (t4_40 == 127i)));
    acc0 = (acc0 + (u1_x0_d * ((u1_s0_0 * f32((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)))) + (u1_s0_1 * f32((((dot4I8Packed(u1_q0_1_0, u1_x0_hi.x) + dot4I8Packed(u1_q0_1_1, u1_x0_hi.y)) + dot4I8Packed(u1_q0_1_2, u1_x0_hi.z)) + dot4I8Packed(u1_q0_1_3, u1_x0_hi.w)))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 1u);
    let slice = (j & 1u);
    let b0 = (row_base0 + (blk * 36u));
    let t5_0 = ((b0 + (slice * 16u)) >> 2u);
    let t5_1 = w[(t5_0 + 1u)];
    let t5_2 = (t5_1 & 0xf0f0f0fu);
    let t5_3 = (t5_2 & 255u);
    let t5_4 = ((t5_3 & 4u) != 0u);
    let t5_5 = ((t5_2 >> 8u) & 255u);
    let t5_6 = ((t5_5 & 4u) != 0u);
    let t5_7 = ((t5_2 >> 16u) & 255u);
    let t5_8 = ((t5_7 & 4u) != 0u);
    let t5_9 = ((t5_2 >> 24u) & 255u);
    let t5_10 = ((t5_9 & 4u) != 0u);
    let t5_11 = w[(t5_0 + 2u)];
    let t5_12 = (t5_11 & 0xf0f0f0fu);
    let t5_13 = (t5_12 & 255u);
    let t5_14 = ((t5_13 & 4u) != 0u);
    let t5_15 = ((t5_12 >> 8u) & 255u);
    let t5_16 = ((t5_15 & 4u) != 0u);
    let t5_17 = ((t5_12 >> 16u) & 255u);
    let t5_18 = ((t5_17 & 4u) != 0u);
    let t5_19 = ((t5_12 >> 24u) & 255u);
    let t5_20 = ((t5_19 & 4u) != 0u);
    let t5_21 = ((t5_1 >> 4u) & 0xf0f0f0fu);
    let t5_22 = (t5_21 & 255u);
    let t5_23 = ((t5_22 & 4u) != 0u);
    let t5_24 = ((t5_21 >> 8u) & 255u);
    let t5_25 = ((t5_24 & 4u) != 0u);
    let t5_26 = ((t5_21 >> 16u) & 255u);
    let t5_27 = ((t5_26 & 4u) != 0u);
    let t5_28 = ((t5_21 >> 24u) & 255u);
    let t5_29 = ((t5_28 & 4u) != 0u);
    let t5_30 = ((t5_11 >> 4u) & 0xf0f0f0fu);
    let t5_31 = (t5_30 & 255u);
    let t5_32 = ((t5_31 & 4u) != 0u);
    let t5_33 = ((t5_30 >> 8u) & 255u);
    let t5_34 = ((t5_33 & 4u) != 0u);
    let t5_35 = ((t5_30 >> 16u) & 255u);
    let t5_36 = ((t5_35 & 4u) != 0u);
    let t5_37 = ((t5_30 >> 24u) & 255u);
    let t5_38 = ((t5_37 & 4u) != 0u);
    let t5_39 = (b0 + (slice * 2u));
    let t5_40 = ((w[(t5_39 >> 2u)] >> ((t5_39 & 3u) * 8u)) & 255u);
    let t5_41 = i32(t5_40);
    let t5_42 = ((t5_40 >> 3u) & 15u);
    let t5_43 = (t5_40 & 7u);
    let q0_0_0 = (((((select(select(0x3020100u, 0xc080604u, t5_4), select(0xfdfeff00u, 0xf4f8fafcu, t5_4), ((t5_3 & 8u) != 0u)) >> ((t5_3 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t5_6), select(0xfdfeff00u, 0xf4f8fafcu, t5_6), ((t5_5 & 8u) != 0u)) >> ((t5_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t5_8), select(0xfdfeff00u, 0xf4f8fafcu, t5_8), ((t5_7 & 8u) != 0u)) >> ((t5_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t5_10), select(0xfdfeff00u, 0xf4f8fafcu, t5_10), ((t5_9 & 8u) != 0u)) >> ((t5_9 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_1 = (((((select(select(0x3020100u, 0xc080604u, t5_14), select(0xfdfeff00u, 0xf4f8fafcu, t5_14), ((t5_13 & 8u) != 0u)) >> ((t5_13 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t5_16), select(0xfdfeff00u, 0xf4f8fafcu, t5_16), ((t5_15 & 8u) != 0u)) >> ((t5_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t5_18), select(0xfdfeff00u, 0xf4f8fafcu, t5_18), ((t5_17 & 8u) != 0u)) >> ((t5_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t5_20), select(0xfdfeff00u, 0xf4f8fafcu, t5_20), ((t5_19 & 8u) != 0u)) >> ((t5_19 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_2 = (((((select(select(0x3020100u, 0xc080604u, t5_23), select(0xfdfeff00u, 0xf4f8fafcu, t5_23), ((t5_22 & 8u) != 0u)) >> ((t5_22 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t5_25), select(0xfdfeff00u, 0xf4f8fafcu, t5_25), ((t5_24 & 8u) != 0u)) >> ((t5_24 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t5_27), select(0xfdfeff00u, 0xf4f8fafcu, t5_27), ((t5_26 & 8u) != 0u)) >> ((t5_26 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t5_29), select(0xfdfeff00u, 0xf4f8fafcu, t5_29), ((t5_28 & 8u) != 0u)) >> ((t5_28 & 3u) << 3u)) & 255u) << 24u));
    let q0_0_3 = (((((select(select(0x3020100u, 0xc080604u, t5_32), select(0xfdfeff00u, 0xf4f8fafcu, t5_32), ((t5_31 & 8u) != 0u)) >> ((t5_31 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t5_34), select(0xfdfeff00u, 0xf4f8fafcu, t5_34), ((t5_33 & 8u) != 0u)) >> ((t5_33 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t5_36), select(0xfdfeff00u, 0xf4f8fafcu, t5_36), ((t5_35 & 8u) != 0u)) >> ((t5_35 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t5_38), select(0xfdfeff00u, 0xf4f8fafcu, t5_38), ((t5_37 & 8u) != 0u)) >> ((t5_37 & 3u) << 3u)) & 255u) << 24u));
    let s0_0 = select(select(unpack2x16float(((((t5_42 + 7u) << 10u) | (t5_43 << 7u)) & 0xffffu)).x, (f32(i32(t5_43)) * 0.0009765625f), (i32(t5_42) == 0i)), 0.0, ((t5_41 == 0i) || (t5_41 == 127i)));
    let t6_0 = ((b0 + (slice * 16u)) >> 2u);
    let t6_1 = w[(t6_0 + 3u)];
    let t6_2 = (t6_1 & 0xf0f0f0fu);
    let t6_3 = (t6_2 & 255u);
    let t6_4 = ((t6_3 & 4u) != 0u);
    let t6_5 = ((t6_2 >> 8u) & 255u);
    let t6_6 = ((t6_5 & 4u) != 0u);
    let t6_7 = ((t6_2 >> 16u) & 255u);
    let t6_8 = ((t6_7 & 4u) != 0u);
    let t6_9 = ((t6_2 >> 24u) & 255u);
    let t6_10 = ((t6_9 & 4u) != 0u);
    let t6_11 = w[(t6_0 + 4u)];
    let t6_12 = (t6_11 & 0xf0f0f0fu);
    let t6_13 = (t6_12 & 255u);
    let t6_14 = ((t6_13 & 4u) != 0u);
    let t6_15 = ((t6_12 >> 8u) & 255u);
    let t6_16 = ((t6_15 & 4u) != 0u);
    let t6_17 = ((t6_12 >> 16u) & 255u);
    let t6_18 = ((t6_17 & 4u) != 0u);
    let t6_19 = ((t6_12 >> 24u) & 255u);
    let t6_20 = ((t6_19 & 4u) != 0u);
    let t6_21 = ((t6_1 >> 4u) & 0xf0f0f0fu);
    let t6_22 = (t6_21 & 255u);
    let t6_23 = ((t6_22 & 4u) != 0u);
    let t6_24 = ((t6_21 >> 8u) & 255u);
    let t6_25 = ((t6_24 & 4u) != 0u);
    let t6_26 = ((t6_21 >> 16u) & 255u);
    let t6_27 = ((t6_26 & 4u) != 0u);
    let t6_28 = ((t6_21 >> 24u) & 255u);
    let t6_29 = ((t6_28 & 4u) != 0u);
    let t6_30 = ((t6_11 >> 4u) & 0xf0f0f0fu);
    let t6_31 = (t6_30 & 255u);
    let t6_32 = ((t6_31 & 4u) != 0u);
    let t6_33 = ((t6_30 >> 8u) & 255u);
    let t6_34 = ((t6_33 & 4u) != 0u);
    let t6_35 = ((t6_30 >> 16u) & 255u);
    let t6_36 = ((t6_35 & 4u) != 0u);
    let t6_37 = ((t6_30 >> 24u) & 255u);
    let t6_38 = ((t6_37 & 4u) != 0u);
    let t6_39 = (b0 + (slice * 2u));
    let t6_40 = ((w[(t6_39 >> 2u)] >> (((t6_39 & 3u) * 8u) + 8u)) & 255u);
    let t6_41 = i32(t6_40);
    let t6_42 = ((t6_40 >> 3u) & 15u);
    let t6_43 = (t6_40 & 7u);
    let q0_1_0 = (((((select(select(0x3020100u, 0xc080604u, t6_4), select(0xfdfeff00u, 0xf4f8fafcu, t6_4), ((t6_3 & 8u) != 0u)) >> ((t6_3 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t6_6), select(0xfdfeff00u, 0xf4f8fafcu, t6_6), ((t6_5 & 8u) != 0u)) >> ((t6_5 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t6_8), select(0xfdfeff00u, 0xf4f8fafcu, t6_8), ((t6_7 & 8u) != 0u)) >> ((t6_7 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t6_10), select(0xfdfeff00u, 0xf4f8fafcu, t6_10), ((t6_9 & 8u) != 0u)) >> ((t6_9 & 3u) << 3u)) & 255u) << 24u));
    let q0_1_1 = (((((select(select(0x3020100u, 0xc080604u, t6_14), select(0xfdfeff00u, 0xf4f8fafcu, t6_14), ((t6_13 & 8u) != 0u)) >> ((t6_13 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t6_16), select(0xfdfeff00u, 0xf4f8fafcu, t6_16), ((t6_15 & 8u) != 0u)) >> ((t6_15 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t6_18), select(0xfdfeff00u, 0xf4f8fafcu, t6_18), ((t6_17 & 8u) != 0u)) >> ((t6_17 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t6_20), select(0xfdfeff00u, 0xf4f8fafcu, t6_20), ((t6_19 & 8u) != 0u)) >> ((t6_19 & 3u) << 3u)) & 255u) << 24u));
    let q0_1_2 = (((((select(select(0x3020100u, 0xc080604u, t6_23), select(0xfdfeff00u, 0xf4f8fafcu, t6_23), ((t6_22 & 8u) != 0u)) >> ((t6_22 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t6_25), select(0xfdfeff00u, 0xf4f8fafcu, t6_25), ((t6_24 & 8u) != 0u)) >> ((t6_24 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t6_27), select(0xfdfeff00u, 0xf4f8fafcu, t6_27), ((t6_26 & 8u) != 0u)) >> ((t6_26 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t6_29), select(0xfdfeff00u, 0xf4f8fafcu, t6_29), ((t6_28 & 8u) != 0u)) >> ((t6_28 & 3u) << 3u)) & 255u) << 24u));
    let q0_1_3 = (((((select(select(0x3020100u, 0xc080604u, t6_32), select(0xfdfeff00u, 0xf4f8fafcu, t6_32), ((t6_31 & 8u) != 0u)) >> ((t6_31 & 3u) << 3u)) & 255u) | (((select(select(0x3020100u, 0xc080604u, t6_34), select(0xfdfeff00u, 0xf4f8fafcu, t6_34), ((t6_33 & 8u) != 0u)) >> ((t6_33 & 3u) << 3u)) & 255u) << 8u)) | (((select(select(0x3020100u, 0xc080604u, t6_36), select(0xfdfeff00u, 0xf4f8fafcu, t6_36), ((t6_35 & 8u) != 0u)) >> ((t6_35 & 3u) << 3u)) & 255u) << 16u)) | (((select(select(0x3020100u, 0xc080604u, t6_38), select(0xfdfeff00u, 0xf4f8fafcu, t6_38), ((t6_37 & 8u) != 0u)) >> ((t6_37 & 3u) << 3u)) & 255u) << 24u));
    let s0_1 = select(select(unpack2x16float(((((t6_42 + 7u) << 10u) | (t6_43 << 7u)) & 0xffffu)).x, (f32(i32(t6_43)) * 0.0009765625f), (i32(t6_42) == 0i)), 0.0, ((t6_41 == 0i) || (t6_41 == 127i)));
    acc0 = (acc0 + (x0_d * ((s0_0 * f32((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)))) + (s0_1 * f32((((dot4I8Packed(q0_1_0, x0_hi.x) + dot4I8Packed(q0_1_1, x0_hi.y)) + dot4I8Packed(q0_1_2, x0_hi.z)) + dot4I8Packed(q0_1_3, x0_hi.w)))))));
  }
  let sg_sum0 = subgroupAdd(acc0);
  let sg_id = (lid / sg_size);
  if ((sg_lane == 0u)) {
    red[sg_id] = sg_sum0;
  }
  workgroupBarrier();
  let n_sg = (WG_SIZE / sg_size);
  if ((lid == 0u)) {
    var total0: f32 = 0.0;
    for (var s0: u32 = 0u; (s0 < n_sg); s0 = (s0 + 1u)) {
      total0 = (total0 + red[s0]);
    }
    if ((row0 < p.rows)) {
      y[(y_base + row0)] = total0;
    }
  }
}
