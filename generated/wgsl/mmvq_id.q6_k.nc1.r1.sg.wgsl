// kgen 0.1.0: mmvq_id.q6_k.nc1.r1.sg; generated, do not edit; content hash 28e6e8e0c2d62ed6
// mmvq_id: y = W . x, W in q6_k (256 per 210-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = n_used * tokens
// format q6_k (ggml type 14) from dsl/formats/q6_k.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of q6_k blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<storage, read> ids: array<i32>; // expert ids, i32 [tokens][ids_stride]
@group(0) @binding(4) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 1u * WG_SIZE>;

@compute @workgroup_size(WG_SIZE)
fn main(@builtin(local_invocation_index) lid: u32, @builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>, @builtin(subgroup_invocation_id) sg_lane: u32, @builtin(subgroup_size) sg_size: u32) {
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
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 210u));
    let t0_0 = (slice * 2u);
    let t0_1 = (t0_0 >> 3u);
    let t0_2 = ((t0_0 >> 1u) & 3u);
    let t0_3 = ((t0_0 & 1u) * 4u);
    let t0_4 = (b0 + ((((t0_1 * 16u) + ((t0_2 & 1u) * 8u)) + t0_3) * 4u));
    let t0_5 = (t0_4 >> 2u);
    let t0_6 = ((t0_4 & 3u) * 8u);
    let t0_7 = w[(t0_5 + 1u)];
    let t0_8 = (31u - t0_6);
    let t0_9 = ((t0_2 >> 1u) * 4u);
    let t0_10 = (b0 + (((t0_1 * 8u) + t0_3) * 4u));
    let t0_11 = (t0_10 >> 2u);
    let t0_12 = ((t0_10 & 3u) * 8u);
    let t0_13 = w[(t0_11 + 33u)];
    let t0_14 = (31u - t0_12);
    let t0_15 = (t0_2 * 2u);
    let t0_16 = w[(t0_5 + 2u)];
    let t0_17 = w[(t0_11 + 34u)];
    let t0_18 = w[(t0_5 + 3u)];
    let t0_19 = w[(t0_11 + 35u)];
    let t0_20 = (b0 + t0_0);
    let q0_0_0 = (((((w[t0_5] >> t0_6) | ((t0_7 << 1u) << t0_8)) >> t0_9) & 0xf0f0f0fu) | (((((w[(t0_11 + 32u)] >> t0_12) | ((t0_13 << 1u) << t0_14)) >> t0_15) & 0x3030303u) << 4u));
    let q0_0_1 = (((((t0_7 >> t0_6) | ((t0_16 << 1u) << t0_8)) >> t0_9) & 0xf0f0f0fu) | (((((t0_13 >> t0_12) | ((t0_17 << 1u) << t0_14)) >> t0_15) & 0x3030303u) << 4u));
    let q0_0_2 = (((((t0_16 >> t0_6) | ((t0_18 << 1u) << t0_8)) >> t0_9) & 0xf0f0f0fu) | (((((t0_17 >> t0_12) | ((t0_19 << 1u) << t0_14)) >> t0_15) & 0x3030303u) << 4u));
    let q0_0_3 = (((((t0_18 >> t0_6) | ((w[(t0_5 + 4u)] << 1u) << t0_8)) >> t0_9) & 0xf0f0f0fu) | (((((t0_19 >> t0_12) | ((w[(t0_11 + 36u)] << 1u) << t0_14)) >> t0_15) & 0x3030303u) << 4u));
    let s0_0 = (unpack2x16float(((w[((b0 >> 2u) + 52u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(u32((i32((((w[((t0_20 >> 2u) + 48u)] >> ((t0_20 & 3u) * 8u)) & 255u) << 24u)) >> 24u)))));
    let t1_0 = (slice * 2u);
    let t1_1 = (t1_0 + 1u);
    let t1_2 = (t1_1 >> 3u);
    let t1_3 = ((t1_1 >> 1u) & 3u);
    let t1_4 = ((t1_1 & 1u) * 4u);
    let t1_5 = (b0 + ((((t1_2 * 16u) + ((t1_3 & 1u) * 8u)) + t1_4) * 4u));
    let t1_6 = (t1_5 >> 2u);
    let t1_7 = ((t1_5 & 3u) * 8u);
    let t1_8 = w[(t1_6 + 1u)];
    let t1_9 = (31u - t1_7);
    let t1_10 = ((t1_3 >> 1u) * 4u);
    let t1_11 = (b0 + (((t1_2 * 8u) + t1_4) * 4u));
    let t1_12 = (t1_11 >> 2u);
    let t1_13 = ((t1_11 & 3u) * 8u);
    let t1_14 = w[(t1_12 + 33u)];
    let t1_15 = (31u - t1_13);
    let t1_16 = (t1_3 * 2u);
    let t1_17 = w[(t1_6 + 2u)];
    let t1_18 = w[(t1_12 + 34u)];
    let t1_19 = w[(t1_6 + 3u)];
    let t1_20 = w[(t1_12 + 35u)];
    let t1_21 = (b0 + t1_0);
    let q0_1_0 = (((((w[t1_6] >> t1_7) | ((t1_8 << 1u) << t1_9)) >> t1_10) & 0xf0f0f0fu) | (((((w[(t1_12 + 32u)] >> t1_13) | ((t1_14 << 1u) << t1_15)) >> t1_16) & 0x3030303u) << 4u));
    let q0_1_1 = (((((t1_8 >> t1_7) | ((t1_17 << 1u) << t1_9)) >> t1_10) & 0xf0f0f0fu) | (((((t1_14 >> t1_13) | ((t1_18 << 1u) << t1_15)) >> t1_16) & 0x3030303u) << 4u));
    let q0_1_2 = (((((t1_17 >> t1_7) | ((t1_19 << 1u) << t1_9)) >> t1_10) & 0xf0f0f0fu) | (((((t1_18 >> t1_13) | ((t1_20 << 1u) << t1_15)) >> t1_16) & 0x3030303u) << 4u));
    let q0_1_3 = (((((t1_19 >> t1_7) | ((w[(t1_6 + 4u)] << 1u) << t1_9)) >> t1_10) & 0xf0f0f0fu) | (((((t1_20 >> t1_13) | ((w[(t1_12 + 36u)] << 1u) << t1_15)) >> t1_16) & 0x3030303u) << 4u));
    let s0_1 = (unpack2x16float(((w[((b0 >> 2u) + 52u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32(u32((i32((((w[((t1_21 >> 2u) + 48u)] >> (((t1_21 & 3u) * 8u) + 8u)) & 255u) << 24u)) >> 24u)))));
    let t2_0 = x0_lo.x;
    let t2_1 = x0_lo.y;
    let t2_2 = x0_lo.z;
    let t2_3 = x0_lo.w;
    let t2_4 = x0_hi.x;
    let t2_5 = x0_hi.y;
    let t2_6 = x0_hi.z;
    let t2_7 = x0_hi.w;
    acc0 = (acc0 + (x0_d * ((s0_0 * f32(((((dot4I8Packed(q0_0_0, t2_0) + dot4I8Packed(q0_0_1, t2_1)) + dot4I8Packed(q0_0_2, t2_2)) + dot4I8Packed(q0_0_3, t2_3)) - ((((dot4I8Packed(t2_0, 0x1010101u) + dot4I8Packed(t2_1, 0x1010101u)) + dot4I8Packed(t2_2, 0x1010101u)) + dot4I8Packed(t2_3, 0x1010101u)) * 32i)))) + (s0_1 * f32(((((dot4I8Packed(q0_1_0, t2_4) + dot4I8Packed(q0_1_1, t2_5)) + dot4I8Packed(q0_1_2, t2_6)) + dot4I8Packed(q0_1_3, t2_7)) - ((((dot4I8Packed(t2_4, 0x1010101u) + dot4I8Packed(t2_5, 0x1010101u)) + dot4I8Packed(t2_6, 0x1010101u)) + dot4I8Packed(t2_7, 0x1010101u)) * 32i)))))));
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
