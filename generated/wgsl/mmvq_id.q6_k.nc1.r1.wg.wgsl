// kgen 0.1.0: mmvq_id.q6_k.nc1.r1.wg; generated, do not edit; content hash 071fc80ce4af64c3
// mmvq_id: y = W . x, W in q6_k (256 per 210-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = n_used * tokens
// format q6_k (ggml type 14) from dsl/formats/q6_k.ts

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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q6_k blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<storage, read> ids: array<i32>; // expert ids, i32 [tokens][ids_stride]
@group(0) @binding(4) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 1u * WG_SIZE>;

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
    let t0_0 = (x0_hdr & 0xffffu);
    let t0_1 = ((t0_0 >> 10u) & 31u);
    let t0_2 = ((t0_0 & 0x8000u) << 16u);
    let t0_3 = (t0_0 & 0x3ffu);
    let t0_4 = (t0_3 << 13u);
    let x0_d = bitcast<f32>(select(select((t0_2 | (((t0_1 + 112u) << 23u) | t0_4)), (t0_2 | (0x7f800000u | t0_4)), (t0_1 == 31u)), (t0_2 | bitcast<u32>((f32(t0_3) * 5.960464477539063e-8f))), (t0_1 == 0u)));
    let x0_sum = f32((i32(x0_hdr) >> 16u));
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 210u));
    let t1_0 = (slice * 2u);
    let t1_1 = (t1_0 >> 3u);
    let t1_2 = ((t1_0 >> 1u) & 3u);
    let t1_3 = ((t1_0 & 1u) * 4u);
    let t1_4 = (b0 + ((((t1_1 * 16u) + ((t1_2 & 1u) * 8u)) + t1_3) * 4u));
    let t1_5 = (t1_4 >> 2u);
    let t1_6 = ((t1_4 & 3u) * 8u);
    let t1_7 = w[(t1_5 + 1u)];
    let t1_8 = (31u - t1_6);
    let t1_9 = ((t1_2 >> 1u) * 4u);
    let t1_10 = (b0 + (((t1_1 * 8u) + t1_3) * 4u));
    let t1_11 = (t1_10 >> 2u);
    let t1_12 = ((t1_10 & 3u) * 8u);
    let t1_13 = w[(t1_11 + 33u)];
    let t1_14 = (31u - t1_12);
    let t1_15 = (t1_2 * 2u);
    let t1_16 = (((((w[t1_5] >> t1_6) | ((t1_7 << 1u) << t1_8)) >> t1_9) & 0xf0f0f0fu) | (((((w[(t1_11 + 32u)] >> t1_12) | ((t1_13 << 1u) << t1_14)) >> t1_15) & 0x3030303u) << 4u));
    let t1_17 = w[(t1_5 + 2u)];
    let t1_18 = w[(t1_11 + 34u)];
    let t1_19 = (((((t1_7 >> t1_6) | ((t1_17 << 1u) << t1_8)) >> t1_9) & 0xf0f0f0fu) | (((((t1_13 >> t1_12) | ((t1_18 << 1u) << t1_14)) >> t1_15) & 0x3030303u) << 4u));
    let t1_20 = w[(t1_5 + 3u)];
    let t1_21 = w[(t1_11 + 35u)];
    let t1_22 = (((((t1_17 >> t1_6) | ((t1_20 << 1u) << t1_8)) >> t1_9) & 0xf0f0f0fu) | (((((t1_18 >> t1_12) | ((t1_21 << 1u) << t1_14)) >> t1_15) & 0x3030303u) << 4u));
    let t1_23 = (((((t1_20 >> t1_6) | ((w[(t1_5 + 4u)] << 1u) << t1_8)) >> t1_9) & 0xf0f0f0fu) | (((((t1_21 >> t1_12) | ((w[(t1_11 + 36u)] << 1u) << t1_14)) >> t1_15) & 0x3030303u) << 4u));
    let t1_24 = ((w[((b0 >> 2u) + 52u)] >> ((b0 & 3u) * 8u)) & 0xffffu);
    let t1_25 = ((t1_24 >> 10u) & 31u);
    let t1_26 = ((t1_24 & 0x8000u) << 16u);
    let t1_27 = (t1_24 & 0x3ffu);
    let t1_28 = (t1_27 << 13u);
    let t1_29 = (b0 + t1_0);
    let q0_0_0 = (((t1_16 | 0x80808080u) - 0x20202020u) ^ ((t1_16 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_0_1 = (((t1_19 | 0x80808080u) - 0x20202020u) ^ ((t1_19 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_0_2 = (((t1_22 | 0x80808080u) - 0x20202020u) ^ ((t1_22 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_0_3 = (((t1_23 | 0x80808080u) - 0x20202020u) ^ ((t1_23 ^ 0xdfdfdfdfu) & 0x80808080u));
    let s0_0 = (bitcast<f32>(select(select((t1_26 | (((t1_25 + 112u) << 23u) | t1_28)), (t1_26 | (0x7f800000u | t1_28)), (t1_25 == 31u)), (t1_26 | bitcast<u32>((f32(t1_27) * 5.960464477539063e-8f))), (t1_25 == 0u))) * f32(i32(u32((i32((((w[((t1_29 >> 2u) + 48u)] >> ((t1_29 & 3u) * 8u)) & 255u) << 24u)) >> 24u)))));
    let t2_0 = (slice * 2u);
    let t2_1 = (t2_0 + 1u);
    let t2_2 = (t2_1 >> 3u);
    let t2_3 = ((t2_1 >> 1u) & 3u);
    let t2_4 = ((t2_1 & 1u) * 4u);
    let t2_5 = (b0 + ((((t2_2 * 16u) + ((t2_3 & 1u) * 8u)) + t2_4) * 4u));
    let t2_6 = (t2_5 >> 2u);
    let t2_7 = ((t2_5 & 3u) * 8u);
    let t2_8 = w[(t2_6 + 1u)];
    let t2_9 = (31u - t2_7);
    let t2_10 = ((t2_3 >> 1u) * 4u);
    let t2_11 = (b0 + (((t2_2 * 8u) + t2_4) * 4u));
    let t2_12 = (t2_11 >> 2u);
    let t2_13 = ((t2_11 & 3u) * 8u);
    let t2_14 = w[(t2_12 + 33u)];
    let t2_15 = (31u - t2_13);
    let t2_16 = (t2_3 * 2u);
    let t2_17 = (((((w[t2_6] >> t2_7) | ((t2_8 << 1u) << t2_9)) >> t2_10) & 0xf0f0f0fu) | (((((w[(t2_12 + 32u)] >> t2_13) | ((t2_14 << 1u) << t2_15)) >> t2_16) & 0x3030303u) << 4u));
    let t2_18 = w[(t2_6 + 2u)];
    let t2_19 = w[(t2_12 + 34u)];
    let t2_20 = (((((t2_8 >> t2_7) | ((t2_18 << 1u) << t2_9)) >> t2_10) & 0xf0f0f0fu) | (((((t2_14 >> t2_13) | ((t2_19 << 1u) << t2_15)) >> t2_16) & 0x3030303u) << 4u));
    let t2_21 = w[(t2_6 + 3u)];
    let t2_22 = w[(t2_12 + 35u)];
    let t2_23 = (((((t2_18 >> t2_7) | ((t2_21 << 1u) << t2_9)) >> t2_10) & 0xf0f0f0fu) | (((((t2_19 >> t2_13) | ((t2_22 << 1u) << t2_15)) >> t2_16) & 0x3030303u) << 4u));
    let t2_24 = (((((t2_21 >> t2_7) | ((w[(t2_6 + 4u)] << 1u) << t2_9)) >> t2_10) & 0xf0f0f0fu) | (((((t2_22 >> t2_13) | ((w[(t2_12 + 36u)] << 1u) << t2_15)) >> t2_16) & 0x3030303u) << 4u));
    let t2_25 = ((w[((b0 >> 2u) + 52u)] >> ((b0 & 3u) * 8u)) & 0xffffu);
    let t2_26 = ((t2_25 >> 10u) & 31u);
    let t2_27 = ((t2_25 & 0x8000u) << 16u);
    let t2_28 = (t2_25 & 0x3ffu);
    let t2_29 = (t2_28 << 13u);
    let t2_30 = (b0 + t2_0);
    let q0_1_0 = (((t2_17 | 0x80808080u) - 0x20202020u) ^ ((t2_17 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_1_1 = (((t2_20 | 0x80808080u) - 0x20202020u) ^ ((t2_20 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_1_2 = (((t2_23 | 0x80808080u) - 0x20202020u) ^ ((t2_23 ^ 0xdfdfdfdfu) & 0x80808080u));
    let q0_1_3 = (((t2_24 | 0x80808080u) - 0x20202020u) ^ ((t2_24 ^ 0xdfdfdfdfu) & 0x80808080u));
    let s0_1 = (bitcast<f32>(select(select((t2_27 | (((t2_26 + 112u) << 23u) | t2_29)), (t2_27 | (0x7f800000u | t2_29)), (t2_26 == 31u)), (t2_27 | bitcast<u32>((f32(t2_28) * 5.960464477539063e-8f))), (t2_26 == 0u))) * f32(i32(u32((i32((((w[((t2_30 >> 2u) + 48u)] >> (((t2_30 & 3u) * 8u) + 8u)) & 255u) << 24u)) >> 24u)))));
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
