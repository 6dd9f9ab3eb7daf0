// kgen 0.1.0: mmvq.iq3_xxs.nc8.r1.wg; generated, do not edit; content hash dba8f414b41c41f1
// mmvq: y = W . x, W in iq3_xxs (256 per 98-byte block), x in q8_1x4, y in f32
// 8 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format iq3_xxs (ggml type 18) from dsl/formats/iq3_xxs.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of iq3_xxs blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 8u * WG_SIZE>;
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
  var acc5: f32 = 0.0;
  var acc6: f32 = 0.0;
  var acc7: f32 = 0.0;
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
    let x5_at = ((x_base + (p.x_col_stride * 5u)) + ((j >> 2u) * 9u));
    let x5_hdr = x[x5_at][(j & 3u)];
    let x5_lo = x[((x5_at + 1u) + ((j & 3u) * 2u))];
    let x5_hi = x[((x5_at + 2u) + ((j & 3u) * 2u))];
    let x5_d = unpack2x16float((x5_hdr & 0xffffu)).x;
    let x6_at = ((x_base + (p.x_col_stride * 6u)) + ((j >> 2u) * 9u));
    let x6_hdr = x[x6_at][(j & 3u)];
    let x6_lo = x[((x6_at + 1u) + ((j & 3u) * 2u))];
    let x6_hi = x[((x6_at + 2u) + ((j & 3u) * 2u))];
    let x6_d = unpack2x16float((x6_hdr & 0xffffu)).x;
    let x7_at = ((x_base + (p.x_col_stride * 7u)) + ((j >> 2u) * 9u));
    let x7_hdr = x[x7_at][(j & 3u)];
    let x7_lo = x[((x7_at + 1u) + ((j & 3u) * 2u))];
    let x7_hi = x[((x7_at + 2u) + ((j & 3u) * 2u))];
    let x7_d = unpack2x16float((x7_hdr & 0xffffu)).x;
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 98u));
    let t0_0 = (b0 + (slice * 8u));
    let t0_1 = ((t0_0 & 3u) * 8u);
    let t0_2 = (t0_1 + 16u);
    let t0_3 = (t0_2 < 32u);
    let t0_4 = (t0_0 >> 2u);
    let t0_5 = w[t0_4];
    let t0_6 = w[(t0_4 + 1u)];
    let t0_7 = (t0_2 & 31u);
    let t0_8 = w[(t0_4 + 2u)];
    let t0_9 = select(t0_8, t0_6, t0_3);
    let t0_10 = (31u - t0_7);
    let t0_11 = (b0 + (slice * 4u));
    let t0_12 = (((t0_11 & 3u) * 8u) + 16u);
    let t0_13 = (t0_12 < 32u);
    let t0_14 = (t0_11 >> 2u);
    let t0_15 = w[(t0_14 + 17u)];
    let t0_16 = (t0_12 & 31u);
    let t0_17 = ((select(t0_15, w[(t0_14 + 16u)], t0_13) >> t0_16) | ((select(w[(t0_14 + 18u)], t0_15, t0_13) << 1u) << (31u - t0_16)));
    let t0_18 = (t0_17 & 127u);
    let t0_19 = ((ksigns_iq2xs[(t0_18 >> 2u)] >> ((t0_18 & 3u) * 8u)) & 255u);
    let t0_20 = ((((t0_19 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_21 = (iq3xxs_grid[(((select(t0_6, t0_5, t0_3) >> t0_7) | ((t0_9 << 1u) << t0_10)) & 255u)] ^ t0_20);
    let t0_22 = (t0_1 + 24u);
    let t0_23 = (t0_22 < 32u);
    let t0_24 = (t0_22 & 31u);
    let t0_25 = select(t0_8, t0_6, t0_23);
    let t0_26 = (31u - t0_24);
    let t0_27 = (((((t0_19 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_28 = (iq3xxs_grid[(((select(t0_6, t0_5, t0_23) >> t0_24) | ((t0_25 << 1u) << t0_26)) & 255u)] ^ t0_27);
    let t0_29 = ((t0_17 >> 7u) & 127u);
    let t0_30 = ((ksigns_iq2xs[(t0_29 >> 2u)] >> ((t0_29 & 3u) * 8u)) & 255u);
    let t0_31 = ((((t0_30 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_32 = (iq3xxs_grid[((t0_6 >> t0_1) & 255u)] ^ t0_31);
    let t0_33 = (t0_1 + 8u);
    let t0_34 = (((((t0_30 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_35 = (iq3xxs_grid[((t0_6 >> t0_33) & 255u)] ^ t0_34);
    let t0_36 = w[(t0_4 + 3u)];
    let t0_37 = ((t0_17 >> 14u) & 127u);
    let t0_38 = ((ksigns_iq2xs[(t0_37 >> 2u)] >> ((t0_37 & 3u) * 8u)) & 255u);
    let t0_39 = ((((t0_38 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_40 = (iq3xxs_grid[(((t0_9 >> t0_7) | ((select(t0_36, t0_8, t0_3) << 1u) << t0_10)) & 255u)] ^ t0_39);
    let t0_41 = (((((t0_38 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_42 = (iq3xxs_grid[(((t0_25 >> t0_24) | ((select(t0_36, t0_8, t0_23) << 1u) << t0_26)) & 255u)] ^ t0_41);
    let t0_43 = ((t0_17 >> 21u) & 127u);
    let t0_44 = ((ksigns_iq2xs[(t0_43 >> 2u)] >> ((t0_43 & 3u) * 8u)) & 255u);
    let t0_45 = ((((t0_44 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_46 = (iq3xxs_grid[((t0_8 >> t0_1) & 255u)] ^ t0_45);
    let t0_47 = (((((t0_44 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_48 = (iq3xxs_grid[((t0_8 >> t0_33) & 255u)] ^ t0_47);
    let q0_0_0 = (((t0_21 | 0x80808080u) - (t0_20 & 0x7f7f7f7fu)) ^ ((t0_21 ^ ~t0_20) & 0x80808080u));
    let q0_0_1 = (((t0_28 | 0x80808080u) - (t0_27 & 0x7f7f7f7fu)) ^ ((t0_28 ^ ~t0_27) & 0x80808080u));
    let q0_0_2 = (((t0_32 | 0x80808080u) - (t0_31 & 0x7f7f7f7fu)) ^ ((t0_32 ^ ~t0_31) & 0x80808080u));
    let q0_0_3 = (((t0_35 | 0x80808080u) - (t0_34 & 0x7f7f7f7fu)) ^ ((t0_35 ^ ~t0_34) & 0x80808080u));
    let q0_0_4 = (((t0_40 | 0x80808080u) - (t0_39 & 0x7f7f7f7fu)) ^ ((t0_40 ^ ~t0_39) & 0x80808080u));
    let q0_0_5 = (((t0_42 | 0x80808080u) - (t0_41 & 0x7f7f7f7fu)) ^ ((t0_42 ^ ~t0_41) & 0x80808080u));
    let q0_0_6 = (((t0_46 | 0x80808080u) - (t0_45 & 0x7f7f7f7fu)) ^ ((t0_46 ^ ~t0_45) & 0x80808080u));
    let q0_0_7 = (((t0_48 | 0x80808080u) - (t0_47 & 0x7f7f7f7fu)) ^ ((t0_48 ^ ~t0_47) & 0x80808080u));
    let s0_0 = ((unpack2x16float(((w[(b0 >> 2u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((t0_17 >> 28u))))) * 0.5f);
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
    acc1 = (acc1 + (x1_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)) + dot4I8Packed(q0_0_4, x1_hi.x)) + dot4I8Packed(q0_0_5, x1_hi.y)) + dot4I8Packed(q0_0_6, x1_hi.z)) + dot4I8Packed(q0_0_7, x1_hi.w))))));
    acc2 = (acc2 + (x2_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)) + dot4I8Packed(q0_0_4, x2_hi.x)) + dot4I8Packed(q0_0_5, x2_hi.y)) + dot4I8Packed(q0_0_6, x2_hi.z)) + dot4I8Packed(q0_0_7, x2_hi.w))))));
    acc3 = (acc3 + (x3_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x3_lo.x) + dot4I8Packed(q0_0_1, x3_lo.y)) + dot4I8Packed(q0_0_2, x3_lo.z)) + dot4I8Packed(q0_0_3, x3_lo.w)) + dot4I8Packed(q0_0_4, x3_hi.x)) + dot4I8Packed(q0_0_5, x3_hi.y)) + dot4I8Packed(q0_0_6, x3_hi.z)) + dot4I8Packed(q0_0_7, x3_hi.w))))));
    acc4 = (acc4 + (x4_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x4_lo.x) + dot4I8Packed(q0_0_1, x4_lo.y)) + dot4I8Packed(q0_0_2, x4_lo.z)) + dot4I8Packed(q0_0_3, x4_lo.w)) + dot4I8Packed(q0_0_4, x4_hi.x)) + dot4I8Packed(q0_0_5, x4_hi.y)) + dot4I8Packed(q0_0_6, x4_hi.z)) + dot4I8Packed(q0_0_7, x4_hi.w))))));
    acc5 = (acc5 + (x5_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x5_lo.x) + dot4I8Packed(q0_0_1, x5_lo.y)) + dot4I8Packed(q0_0_2, x5_lo.z)) + dot4I8Packed(q0_0_3, x5_lo.w)) + dot4I8Packed(q0_0_4, x5_hi.x)) + dot4I8Packed(q0_0_5, x5_hi.y)) + dot4I8Packed(q0_0_6, x5_hi.z)) + dot4I8Packed(q0_0_7, x5_hi.w))))));
    acc6 = (acc6 + (x6_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x6_lo.x) + dot4I8Packed(q0_0_1, x6_lo.y)) + dot4I8Packed(q0_0_2, x6_lo.z)) + dot4I8Packed(q0_0_3, x6_lo.w)) + dot4I8Packed(q0_0_4, x6_hi.x)) + dot4I8Packed(q0_0_5, x6_hi.y)) + dot4I8Packed(q0_0_6, x6_hi.z)) + dot4I8Packed(q0_0_7, x6_hi.w))))));
    acc7 = (acc7 + (x7_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x7_lo.x) + dot4I8Packed(q0_0_1, x7_lo.y)) + dot4I8Packed(q0_0_2, x7_lo.z)) + dot4I8Packed(q0_0_3, x7_lo.w)) + dot4I8Packed(q0_0_4, x7_hi.x)) + dot4I8Packed(q0_0_5, x7_hi.y)) + dot4I8Packed(q0_0_6, x7_hi.z)) + dot4I8Packed(q0_0_7, x7_hi.w))))));
  }
  red[(lid * 8u)] = acc0;
  red[((lid * 8u) + 1u)] = acc1;
  red[((lid * 8u) + 2u)] = acc2;
  red[((lid * 8u) + 3u)] = acc3;
  red[((lid * 8u) + 4u)] = acc4;
  red[((lid * 8u) + 5u)] = acc5;
  red[((lid * 8u) + 6u)] = acc6;
  red[((lid * 8u) + 7u)] = acc7;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      let t1_0 = (lid * 8u);
      red[t1_0] = (red[t1_0] + red[((lid + stride) * 8u)]);
      let t2_0 = ((lid * 8u) + 1u);
      red[t2_0] = (red[t2_0] + red[(((lid + stride) * 8u) + 1u)]);
      let t3_0 = ((lid * 8u) + 2u);
      red[t3_0] = (red[t3_0] + red[(((lid + stride) * 8u) + 2u)]);
      let t4_0 = ((lid * 8u) + 3u);
      red[t4_0] = (red[t4_0] + red[(((lid + stride) * 8u) + 3u)]);
      let t5_0 = ((lid * 8u) + 4u);
      red[t5_0] = (red[t5_0] + red[(((lid + stride) * 8u) + 4u)]);
      let t6_0 = ((lid * 8u) + 5u);
      red[t6_0] = (red[t6_0] + red[(((lid + stride) * 8u) + 5u)]);
      let t7_0 = ((lid * 8u) + 6u);
      red[t7_0] = (red[t7_0] + red[(((lid + stride) * 8u) + 6u)]);
      let t8_0 = ((lid * 8u) + 7u);
      red[t8_0] = (red[t8_0] + red[(((lid + stride) * 8u) + 7u)]);
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
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 5u)) + row0)] = red[5u];
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 6u)) + row0)] = red[6u];
    }
    if ((row0 < p.rows)) {
      y[((y_base + (p.y_col_stride * 7u)) + row0)] = red[7u];
    }
  }
}
