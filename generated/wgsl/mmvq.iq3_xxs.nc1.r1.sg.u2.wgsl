// kgen 0.1.0: mmvq.iq3_xxs.nc1.r1.sg.u2; generated, do not edit; content hash 2903f8bc2e4c9cec
// mmvq: y = W . x, W in iq3_xxs (256 per 98-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (strided), lookup tables vec
// format iq3_xxs (ggml type 18) from dsl/formats/iq3_xxs.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of iq3_xxs blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 1u * WG_SIZE>;
// ksigns_iq2xs: u8 x 128, 4 per word
const ksigns_iq2xs = array<u32, 32>(
  0x3828100u, 0x87060584u, 0x8b0a0988u, 0xf8e8d0cu, 0x93121190u, 0x17969514u, 0x1b9a9918u, 0x9f1e1d9cu,
  0xa32221a0u, 0x27a6a524u, 0x2baaa928u, 0xaf2e2dacu, 0x33b2b130u, 0xb73635b4u, 0xbb3a39b8u, 0x3fbebd3cu,
  0xc34241c0u, 0x47c6c544u, 0x4bcac948u, 0xcf4e4dccu, 0x53d2d150u, 0xd75655d4u, 0xdb5a59d8u, 0x5fdedd5cu,
  0x63e2e160u, 0xe76665e4u, 0xeb6a69e8u, 0x6feeed6cu, 0xf37271f0u, 0x77f6f574u, 0x7bfaf978u, 0xff7e7dfcu
);
// iq3xxs_grid: u32 x 256
const iq3xxs_grid = array<u32, 256>(
  0x4040404u, 0x4040414u, 0x4040424u, 0x4040c0cu, 0x4040c1cu, 0x4040c3eu, 0x4041404u, 0x4041414u,
  0x4041c0cu, 0x4042414u, 0x4043e1cu, 0x4043e2cu, 0x40c040cu, 0x40c041cu, 0x40c0c04u, 0x40c0c14u,
  0x40c140cu, 0x40c142cu, 0x40c1c04u, 0x40c1c14u, 0x40c240cu, 0x40c2c24u, 0x40c3e04u, 0x4140404u,
  0x4140414u, 0x4140424u, 0x4140c0cu, 0x4141404u, 0x4141414u, 0x4141c0cu, 0x4141c1cu, 0x4141c3eu,
  0x4142c0cu, 0x4142c3eu, 0x4143e2cu, 0x41c040cu, 0x41c043eu, 0x41c0c04u, 0x41c0c14u, 0x41c142cu,
  0x41c3e04u, 0x4240c1cu, 0x4241c3eu, 0x4242424u, 0x4242c3eu, 0x4243e1cu, 0x4243e2cu, 0x42c040cu,
  0x42c043eu, 0x42c1c14u, 0x42c2c14u, 0x4341c2cu, 0x4343424u, 0x43e0c04u, 0x43e0c24u, 0x43e0c34u,
  0x43e241cu, 0x43e340cu, 0xc04040cu, 0xc04041cu, 0xc040c04u, 0xc040c14u, 0xc04140cu, 0xc04141cu,
  0xc041c04u, 0xc041c14u, 0xc041c24u, 0xc04243eu, 0xc042c04u, 0xc0c0404u, 0xc0c0414u, 0xc0c0c0cu,
  0xc0c1404u, 0xc0c1414u, 0xc14040cu, 0xc14041cu, 0xc140c04u, 0xc140c14u, 0xc14140cu, 0xc141c04u,
  0xc143e14u, 0xc1c0404u, 0xc1c0414u, 0xc1c1404u, 0xc1c1c0cu, 0xc1c2434u, 0xc1c3434u, 0xc24040cu,
  0xc24042cu, 0xc242c04u, 0xc2c1404u, 0xc2c1424u, 0xc2c2434u, 0xc2c3e0cu, 0xc34042cu, 0xc3e1414u,
  0xc3e2404u, 0x14040404u, 0x14040414u, 0x14040c0cu, 0x14040c1cu, 0x14041404u, 0x14041414u, 0x14041434u,
  0x14041c0cu, 0x14042414u, 0x140c040cu, 0x140c041cu, 0x140c042cu, 0x140c0c04u, 0x140c0c14u, 0x140c140cu,
  0x140c1c04u, 0x140c341cu, 0x140c343eu, 0x140c3e04u, 0x14140404u, 0x14140414u, 0x14140c0cu, 0x14140c3eu,
  0x14141404u, 0x14141414u, 0x14141c3eu, 0x14142404u, 0x14142c2cu, 0x141c040cu, 0x141c0c04u, 0x141c0c24u,
  0x141c3e04u, 0x141c3e24u, 0x14241c2cu, 0x14242c1cu, 0x142c041cu, 0x142c143eu, 0x142c240cu, 0x142c3e24u,
  0x143e040cu, 0x143e041cu, 0x143e0c34u, 0x143e242cu, 0x1c04040cu, 0x1c040c04u, 0x1c040c14u, 0x1c04140cu,
  0x1c04141cu, 0x1c042c04u, 0x1c04342cu, 0x1c043e14u, 0x1c0c0404u, 0x1c0c0414u, 0x1c0c1404u, 0x1c0c1c0cu,
  0x1c0c2424u, 0x1c0c2434u, 0x1c14040cu, 0x1c14041cu, 0x1c140c04u, 0x1c14142cu, 0x1c142c14u, 0x1c143e14u,
  0x1c1c0c0cu, 0x1c1c1c1cu, 0x1c241c04u, 0x1c24243eu, 0x1c243e14u, 0x1c2c0404u, 0x1c2c0434u, 0x1c2c1414u,
  0x1c2c2c2cu, 0x1c340c24u, 0x1c341c34u, 0x1c34341cu, 0x1c3e1c1cu, 0x1c3e3404u, 0x24040424u, 0x24040c3eu,
  0x24041c2cu, 0x24041c3eu, 0x24042c1cu, 0x24042c3eu, 0x240c3e24u, 0x24141404u, 0x24141c3eu, 0x24142404u,
  0x24143404u, 0x24143434u, 0x241c043eu, 0x241c242cu, 0x24240424u, 0x24242c0cu, 0x24243424u, 0x242c142cu,
  0x242c241cu, 0x242c3e04u, 0x243e042cu, 0x243e0c04u, 0x243e0c14u, 0x243e1c04u, 0x2c040c14u, 0x2c04240cu,
  0x2c043e04u, 0x2c0c0404u, 0x2c0c0434u, 0x2c0c1434u, 0x2c0c2c2cu, 0x2c140c24u, 0x2c141c14u, 0x2c143e14u,
  0x2c1c0414u, 0x2c1c2c1cu, 0x2c240c04u, 0x2c24141cu, 0x2c24143eu, 0x2c243e14u, 0x2c2c0414u, 0x2c2c1c0cu,
  0x2c342c04u, 0x2c3e1424u, 0x2c3e2414u, 0x34041424u, 0x34042424u, 0x34042434u, 0x34043424u, 0x340c140cu,
  0x340c340cu, 0x34140c3eu, 0x34143424u, 0x341c1c04u, 0x341c1c34u, 0x34242424u, 0x342c042cu, 0x342c2c14u,
  0x34341c1cu, 0x343e041cu, 0x343e140cu, 0x3e04041cu, 0x3e04042cu, 0x3e04043eu, 0x3e040c04u, 0x3e041c14u,
  0x3e042c14u, 0x3e0c1434u, 0x3e0c2404u, 0x3e140c14u, 0x3e14242cu, 0x3e142c14u, 0x3e1c0404u, 0x3e1c0c2cu,
  0x3e1c1c1cu, 0x3e1c3404u, 0x3e24140cu, 0x3e24240cu, 0x3e2c0404u, 0x3e2c0414u, 0x3e2c1424u, 0x3e341c04u
);

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
  for (var j0: u32 = lid; (j0 < n_full); j0 = (j0 + (WG_SIZE * 2u))) {
    let u0_j = j0;
    let u0_x0_at = (x_base + ((u0_j >> 2u) * 9u));
    let u0_x0_hdr = x[u0_x0_at][(u0_j & 3u)];
    let u0_x0_lo = x[((u0_x0_at + 1u) + ((u0_j & 3u) * 2u))];
    let u0_x0_hi = x[((u0_x0_at + 2u) + ((u0_j & 3u) * 2u))];
    let u0_x0_d = unpack2x16float((u0_x0_hdr & 0xffffu)).x;
    let u0_blk = (u0_j >> 3u);
    let u0_slice = (u0_j & 7u);
    let u0_b0 = (row_base0 + (u0_blk * 98u));
    let t1_0 = (u0_b0 + (u0_slice * 8u));
    let t1_1 = ((t1_0 & 3u) * 8u);
    let t1_2 = (t1_1 + 16u);
    let t1_3 = (t1_2 < 32u);
    let t1_4 = (t1_0 >> 2u);
    let t1_5 = w[t1_4];
    let t1_6 = w[(t1_4 + 1u)];
    let t1_7 = (t1_2 & 31u);
    let t1_8 = w[(t1_4 + 2u)];
    let t1_9 = select(t1_8, t1_6, t1_3);
    let t1_10 = (31u - t1_7);
    let t1_11 = (u0_b0 + (u0_slice * 4u));
    let t1_12 = (((t1_11 & 3u) * 8u) + 16u);
    let t1_13 = (t1_12 < 32u);
    let t1_14 = (t1_11 >> 2u);
    let t1_15 = w[(t1_14 + 17u)];
    let t1_16 = (t1_12 & 31u);
    let t1_17 = ((select(t1_15, w[(t1_14 + 16u)], t1_13) >> t1_16) | ((select(w[(t1_14 + 18u)], t1_15, t1_13) << 1u) << (31u - t1_16)));
    let t1_18 = (t1_17 & 127u);
    let t1_19 = ((ksigns_iq2xs[(t1_18 >> 2u)] >> ((t1_18 & 3u) * 8u)) & 255u);
    let t1_20 = ((((t1_19 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_21 = (iq3xxs_grid[(((select(t1_6, t1_5, t1_3) >> t1_7) | ((t1_9 << 1u) << t1_10)) & 255u)] ^ t1_20);
    let t1_22 = (t1_1 + 24u);
    let t1_23 = (t1_22 < 32u);
    let t1_24 = (t1_22 & 31u);
    let t1_25 = select(t1_8, t1_6, t1_23);
    let t1_26 = (31u - t1_24);
    let t1_27 = (((((t1_19 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_28 = (iq3xxs_grid[(((select(t1_6, t1_5, t1_23) >> t1_24) | ((t1_25 << 1u) << t1_26)) & 255u)] ^ t1_27);
    let t1_29 = ((t1_17 >> 7u) & 127u);
    let t1_30 = ((ksigns_iq2xs[(t1_29 >> 2u)] >> ((t1_29 & 3u) * 8u)) & 255u);
    let t1_31 = ((((t1_30 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_32 = (iq3xxs_grid[((t1_6 >> t1_1) & 255u)] ^ t1_31);
    let t1_33 = (t1_1 + 8u);
    let t1_34 = (((((t1_30 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_35 = (iq3xxs_grid[((t1_6 >> t1_33) & 255u)] ^ t1_34);
    let t1_36 = w[(t1_4 + 3u)];
    let t1_37 = ((t1_17 >> 14u) & 127u);
    let t1_38 = ((ksigns_iq2xs[(t1_37 >> 2u)] >> ((t1_37 & 3u) * 8u)) & 255u);
    let t1_39 = ((((t1_38 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_40 = (iq3xxs_grid[(((t1_9 >> t1_7) | ((select(t1_36, t1_8, t1_3) << 1u) << t1_10)) & 255u)] ^ t1_39);
    let t1_41 = (((((t1_38 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_42 = (iq3xxs_grid[(((t1_25 >> t1_24) | ((select(t1_36, t1_8, t1_23) << 1u) << t1_26)) & 255u)] ^ t1_41);
    let t1_43 = ((t1_17 >> 21u) & 127u);
    let t1_44 = ((ksigns_iq2xs[(t1_43 >> 2u)] >> ((t1_43 & 3u) * 8u)) & 255u);
    let t1_45 = ((((t1_44 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_46 = (iq3xxs_grid[((t1_8 >> t1_1) & 255u)] ^ t1_45);
    let t1_47 = (((((t1_44 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_48 = (iq3xxs_grid[((t1_8 >> t1_33) & 255u)] ^ t1_47);
    let u0_q0_0_0 = (((t1_21 | 0x80808080u) - (t1_20 & 0x7f7f7f7fu)) ^ ((t1_21 ^ ~t1_20) & 0x80808080u));
    let u0_q0_0_1 = (((t1_28 | 0x80808080u) - (t1_27 & 0x7f7f7f7fu)) ^ ((t1_28 ^ ~t1_27) & 0x80808080u));
    let u0_q0_0_2 = (((t1_32 | 0x80808080u) - (t1_31 & 0x7f7f7f7fu)) ^ ((t1_32 ^ ~t1_31) & 0x80808080u));
    let u0_q0_0_3 = (((t1_35 | 0x80808080u) - (t1_34 & 0x7f7f7f7fu)) ^ ((t1_35 ^ ~t1_34) & 0x80808080u));
    let u0_q0_0_4 = (((t1_40 | 0x80808080u) - (t1_39 & 0x7f7f7f7fu)) ^ ((t1_40 ^ ~t1_39) & 0x80808080u));
    let u0_q0_0_5 = (((t1_42 | 0x80808080u) - (t1_41 & 0x7f7f7f7fu)) ^ ((t1_42 ^ ~t1_41) & 0x80808080u));
    let u0_q0_0_6 = (((t1_46 | 0x80808080u) - (t1_45 & 0x7f7f7f7fu)) ^ ((t1_46 ^ ~t1_45) & 0x80808080u));
    let u0_q0_0_7 = (((t1_48 | 0x80808080u) - (t1_47 & 0x7f7f7f7fu)) ^ ((t1_48 ^ ~t1_47) & 0x80808080u));
    let u0_s0_0 = ((unpack2x16float(((w[(u0_b0 >> 2u)] >> ((u0_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((t1_17 >> 28u))))) * 0.5f);
    acc0 = (acc0 + (u0_x0_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x0_hi.w))))));
    let u1_j = (j0 + WG_SIZE);
    let u1_x0_at = (x_base + ((u1_j >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at][(u1_j & 3u)];
    let u1_x0_lo = x[((u1_x0_at + 1u) + ((u1_j & 3u) * 2u))];
    let u1_x0_hi = x[((u1_x0_at + 2u) + ((u1_j & 3u) * 2u))];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (u1_j >> 3u);
    let u1_slice = (u1_j & 7u);
    let u1_b0 = (row_base0 + (u1_blk * 98u));
    let t2_0 = (u1_b0 + (u1_slice * 8u));
    let t2_1 = ((t2_0 & 3u) * 8u);
    let t2_2 = (t2_1 + 16u);
    let t2_3 = (t2_2 < 32u);
    let t2_4 = (t2_0 >> 2u);
    let t2_5 = w[t2_4];
    let t2_6 = w[(t2_4 + 1u)];
    let t2_7 = (t2_2 & 31u);
    let t2_8 = w[(t2_4 + 2u)];
    let t2_9 = select(t2_8, t2_6, t2_3);
    let t2_10 = (31u - t2_7);
    let t2_11 = (u1_b0 + (u1_slice * 4u));
    let t2_12 = (((t2_11 & 3u) * 8u) + 16u);
    let t2_13 = (t2_12 < 32u);
    let t2_14 = (t2_11 >> 2u);
    let t2_15 = w[(t2_14 + 17u)];
    let t2_16 = (t2_12 & 31u);
    let t2_17 = ((select(t2_15, w[(t2_14 + 16u)], t2_13) >> t2_16) | ((select(w[(t2_14 + 18u)], t2_15, t2_13) << 1u) << (31u - t2_16)));
    let t2_18 = (t2_17 & 127u);
    let t2_19 = ((ksigns_iq2xs[(t2_18 >> 2u)] >> ((t2_18 & 3u) * 8u)) & 255u);
    let t2_20 = ((((t2_19 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_21 = (iq3xxs_grid[(((select(t2_6, t2_5, t2_3) >> t2_7) | ((t2_9 << 1u) << t2_10)) & 255u)] ^ t2_20);
    let t2_22 = (t2_1 + 24u);
    let t2_23 = (t2_22 < 32u);
    let t2_24 = (t2_22 & 31u);
    let t2_25 = select(t2_8, t2_6, t2_23);
    let t2_26 = (31u - t2_24);
    let t2_27 = (((((t2_19 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_28 = (iq3xxs_grid[(((select(t2_6, t2_5, t2_23) >> t2_24) | ((t2_25 << 1u) << t2_26)) & 255u)] ^ t2_27);
    let t2_29 = ((t2_17 >> 7u) & 127u);
    let t2_30 = ((ksigns_iq2xs[(t2_29 >> 2u)] >> ((t2_29 & 3u) * 8u)) & 255u);
    let t2_31 = ((((t2_30 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_32 = (iq3xxs_grid[((t2_6 >> t2_1) & 255u)] ^ t2_31);
    let t2_33 = (t2_1 + 8u);
    let t2_34 = (((((t2_30 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_35 = (iq3xxs_grid[((t2_6 >> t2_33) & 255u)] ^ t2_34);
    let t2_36 = w[(t2_4 + 3u)];
    let t2_37 = ((t2_17 >> 14u) & 127u);
    let t2_38 = ((ksigns_iq2xs[(t2_37 >> 2u)] >> ((t2_37 & 3u) * 8u)) & 255u);
    let t2_39 = ((((t2_38 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_40 = (iq3xxs_grid[(((t2_9 >> t2_7) | ((select(t2_36, t2_8, t2_3) << 1u) << t2_10)) & 255u)] ^ t2_39);
    let t2_41 = (((((t2_38 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_42 = (iq3xxs_grid[(((t2_25 >> t2_24) | ((select(t2_36, t2_8, t2_23) << 1u) << t2_26)) & 255u)] ^ t2_41);
    let t2_43 = ((t2_17 >> 21u) & 127u);
    let t2_44 = ((ksigns_iq2xs[(t2_43 >> 2u)] >> ((t2_43 & 3u) * 8u)) & 255u);
    let t2_45 = ((((t2_44 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_46 = (iq3xxs_grid[((t2_8 >> t2_1) & 255u)] ^ t2_45);
    let t2_47 = (((((t2_44 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_48 = (iq3xxs_grid[((t2_8 >> t2_33) & 255u)] ^ t2_47);
    let u1_q0_0_0 = (((t2_21 | 0x80808080u) - (t2_20 & 0x7f7f7f7fu)) ^ ((t2_21 ^ ~t2_20) & 0x80808080u));
    let u1_q0_0_1 = (((t2_28 | 0x80808080u) - (t2_27 & 0x7f7f7f7fu)) ^ ((t2_28 ^ ~t2_27) & 0x80808080u));
    let u1_q0_0_2 = (((t2_32 | 0x80808080u) - (t2_31 & 0x7f7f7f7fu)) ^ ((t2_32 ^ ~t2_31) & 0x80808080u));
    let u1_q0_0_3 = (((t2_35 | 0x80808080u) - (t2_34 & 0x7f7f7f7fu)) ^ ((t2_35 ^ ~t2_34) & 0x80808080u));
    let u1_q0_0_4 = (((t2_40 | 0x80808080u) - (t2_39 & 0x7f7f7f7fu)) ^ ((t2_40 ^ ~t2_39) & 0x80808080u));
    let u1_q0_0_5 = (((t2_42 | 0x80808080u) - (t2_41 & 0x7f7f7f7fu)) ^ ((t2_42 ^ ~t2_41) & 0x80808080u));
    let u1_q0_0_6 = (((t2_46 | 0x80808080u) - (t2_45 & 0x7f7f7f7fu)) ^ ((t2_46 ^ ~t2_45) & 0x80808080u));
    let u1_q0_0_7 = (((t2_48 | 0x80808080u) - (t2_47 & 0x7f7f7f7fu)) ^ ((t2_48 ^ ~t2_47) & 0x80808080u));
    let u1_s0_0 = ((unpack2x16float(((w[(u1_b0 >> 2u)] >> ((u1_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((t2_17 >> 28u))))) * 0.5f);
    acc0 = (acc0 + (u1_x0_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x0_hi.w))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 98u));
    let t3_0 = (b0 + (slice * 8u));
    let t3_1 = ((t3_0 & 3u) * 8u);
    let t3_2 = (t3_1 + 16u);
    let t3_3 = (t3_2 < 32u);
    let t3_4 = (t3_0 >> 2u);
    let t3_5 = w[t3_4];
    let t3_6 = w[(t3_4 + 1u)];
    let t3_7 = (t3_2 & 31u);
    let t3_8 = w[(t3_4 + 2u)];
    let t3_9 = select(t3_8, t3_6, t3_3);
    let t3_10 = (31u - t3_7);
    let t3_11 = (b0 + (slice * 4u));
    let t3_12 = (((t3_11 & 3u) * 8u) + 16u);
    let t3_13 = (t3_12 < 32u);
    let t3_14 = (t3_11 >> 2u);
    let t3_15 = w[(t3_14 + 17u)];
    let t3_16 = (t3_12 & 31u);
    let t3_17 = ((select(t3_15, w[(t3_14 + 16u)], t3_13) >> t3_16) | ((select(w[(t3_14 + 18u)], t3_15, t3_13) << 1u) << (31u - t3_16)));
    let t3_18 = (t3_17 & 127u);
    let t3_19 = ((ksigns_iq2xs[(t3_18 >> 2u)] >> ((t3_18 & 3u) * 8u)) & 255u);
    let t3_20 = ((((t3_19 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_21 = (iq3xxs_grid[(((select(t3_6, t3_5, t3_3) >> t3_7) | ((t3_9 << 1u) << t3_10)) & 255u)] ^ t3_20);
    let t3_22 = (t3_1 + 24u);
    let t3_23 = (t3_22 < 32u);
    let t3_24 = (t3_22 & 31u);
    let t3_25 = select(t3_8, t3_6, t3_23);
    let t3_26 = (31u - t3_24);
    let t3_27 = (((((t3_19 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_28 = (iq3xxs_grid[(((select(t3_6, t3_5, t3_23) >> t3_24) | ((t3_25 << 1u) << t3_26)) & 255u)] ^ t3_27);
    let t3_29 = ((t3_17 >> 7u) & 127u);
    let t3_30 = ((ksigns_iq2xs[(t3_29 >> 2u)] >> ((t3_29 & 3u) * 8u)) & 255u);
    let t3_31 = ((((t3_30 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_32 = (iq3xxs_grid[((t3_6 >> t3_1) & 255u)] ^ t3_31);
    let t3_33 = (t3_1 + 8u);
    let t3_34 = (((((t3_30 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_35 = (iq3xxs_grid[((t3_6 >> t3_33) & 255u)] ^ t3_34);
    let t3_36 = w[(t3_4 + 3u)];
    let t3_37 = ((t3_17 >> 14u) & 127u);
    let t3_38 = ((ksigns_iq2xs[(t3_37 >> 2u)] >> ((t3_37 & 3u) * 8u)) & 255u);
    let t3_39 = ((((t3_38 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_40 = (iq3xxs_grid[(((t3_9 >> t3_7) | ((select(t3_36, t3_8, t3_3) << 1u) << t3_10)) & 255u)] ^ t3_39);
    let t3_41 = (((((t3_38 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_42 = (iq3xxs_grid[(((t3_25 >> t3_24) | ((select(t3_36, t3_8, t3_23) << 1u) << t3_26)) & 255u)] ^ t3_41);
    let t3_43 = ((t3_17 >> 21u) & 127u);
    let t3_44 = ((ksigns_iq2xs[(t3_43 >> 2u)] >> ((t3_43 & 3u) * 8u)) & 255u);
    let t3_45 = ((((t3_44 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_46 = (iq3xxs_grid[((t3_8 >> t3_1) & 255u)] ^ t3_45);
    let t3_47 = (((((t3_44 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_48 = (iq3xxs_grid[((t3_8 >> t3_33) & 255u)] ^ t3_47);
    let q0_0_0 = (((t3_21 | 0x80808080u) - (t3_20 & 0x7f7f7f7fu)) ^ ((t3_21 ^ ~t3_20) & 0x80808080u));
    let q0_0_1 = (((t3_28 | 0x80808080u) - (t3_27 & 0x7f7f7f7fu)) ^ ((t3_28 ^ ~t3_27) & 0x80808080u));
    let q0_0_2 = (((t3_32 | 0x80808080u) - (t3_31 & 0x7f7f7f7fu)) ^ ((t3_32 ^ ~t3_31) & 0x80808080u));
    let q0_0_3 = (((t3_35 | 0x80808080u) - (t3_34 & 0x7f7f7f7fu)) ^ ((t3_35 ^ ~t3_34) & 0x80808080u));
    let q0_0_4 = (((t3_40 | 0x80808080u) - (t3_39 & 0x7f7f7f7fu)) ^ ((t3_40 ^ ~t3_39) & 0x80808080u));
    let q0_0_5 = (((t3_42 | 0x80808080u) - (t3_41 & 0x7f7f7f7fu)) ^ ((t3_42 ^ ~t3_41) & 0x80808080u));
    let q0_0_6 = (((t3_46 | 0x80808080u) - (t3_45 & 0x7f7f7f7fu)) ^ ((t3_46 ^ ~t3_45) & 0x80808080u));
    let q0_0_7 = (((t3_48 | 0x80808080u) - (t3_47 & 0x7f7f7f7fu)) ^ ((t3_48 ^ ~t3_47) & 0x80808080u));
    let s0_0 = ((unpack2x16float(((w[(b0 >> 2u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((t3_17 >> 28u))))) * 0.5f);
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
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
