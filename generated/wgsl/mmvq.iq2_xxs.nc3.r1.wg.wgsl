// kgen 0.1.0: mmvq.iq2_xxs.nc3.r1.wg; generated, do not edit; content hash 7011c896bb2ee198
// mmvq: y = W . x, W in iq2_xxs (256 per 66-byte block), x in q8_1x4, y in f32
// 3 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format iq2_xxs (ggml type 16) from dsl/formats/iq2_xxs.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of iq2_xxs blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 3u * WG_SIZE>;
// ksigns_iq2xs: u8 x 128, 4 per word
const ksigns_iq2xs = array<u32, 32>(
  0x3828100u, 0x87060584u, 0x8b0a0988u, 0xf8e8d0cu, 0x93121190u, 0x17969514u, 0x1b9a9918u, 0x9f1e1d9cu,
  0xa32221a0u, 0x27a6a524u, 0x2baaa928u, 0xaf2e2dacu, 0x33b2b130u, 0xb73635b4u, 0xbb3a39b8u, 0x3fbebd3cu,
  0xc34241c0u, 0x47c6c544u, 0x4bcac948u, 0xcf4e4dccu, 0x53d2d150u, 0xd75655d4u, 0xdb5a59d8u, 0x5fdedd5cu,
  0x63e2e160u, 0xe76665e4u, 0xeb6a69e8u, 0x6feeed6cu, 0xf37271f0u, 0x77f6f574u, 0x7bfaf978u, 0xff7e7dfcu
);
// iq2xxs_grid: u32 x 512
const iq2xxs_grid = array<u32, 512>(
  0x8080808u, 0x8080808u, 0x808082bu, 0x8080808u, 0x8081919u, 0x8080808u, 0x8082b08u, 0x8080808u,
  0x8082b2bu, 0x8080808u, 0x8190819u, 0x8080808u, 0x8191908u, 0x8080808u, 0x82b0808u, 0x8080808u,
  0x82b082bu, 0x8080808u, 0x82b2b08u, 0x8080808u, 0x82b2b2bu, 0x8080808u, 0x19080819u, 0x8080808u,
  0x19081908u, 0x8080808u, 0x19190808u, 0x8080808u, 0x19192b08u, 0x8080808u, 0x192b0819u, 0x8080808u,
  0x192b1908u, 0x8080808u, 0x2b080808u, 0x8080808u, 0x2b08082bu, 0x8080808u, 0x2b082b2bu, 0x8080808u,
  0x2b2b082bu, 0x8080808u, 0x8080819u, 0x8080819u, 0x8081908u, 0x8080819u, 0x8190808u, 0x8080819u,
  0x8191919u, 0x8080819u, 0x19080808u, 0x8080819u, 0x2b081908u, 0x8080819u, 0x2b192b08u, 0x8080819u,
  0x8080808u, 0x808082bu, 0x808082bu, 0x808082bu, 0x82b082bu, 0x808082bu, 0x2b08082bu, 0x808082bu,
  0x8080819u, 0x8081908u, 0x8081908u, 0x8081908u, 0x8190808u, 0x8081908u, 0x82b0819u, 0x8081908u,
  0x82b1908u, 0x8081908u, 0x19080808u, 0x8081908u, 0x1908082bu, 0x8081908u, 0x19082b08u, 0x8081908u,
  0x192b0808u, 0x8081908u, 0x2b080819u, 0x8081908u, 0x2b081908u, 0x8081908u, 0x2b190808u, 0x8081908u,
  0x2b2b1908u, 0x8081908u, 0x8080808u, 0x8081919u, 0x808082bu, 0x8081919u, 0x8082b08u, 0x8081919u,
  0x82b0808u, 0x8081919u, 0x1908192bu, 0x8081919u, 0x192b2b19u, 0x8081919u, 0x2b080808u, 0x8081919u,
  0x2b190819u, 0x8081919u, 0x8082b19u, 0x808192bu, 0x8190808u, 0x808192bu, 0x19080808u, 0x808192bu,
  0x2b081908u, 0x808192bu, 0x2b2b1908u, 0x808192bu, 0x8080808u, 0x8082b08u, 0x8081919u, 0x8082b08u,
  0x8082b08u, 0x8082b08u, 0x8191908u, 0x8082b08u, 0x82b2b08u, 0x8082b08u, 0x19080819u, 0x8082b08u,
  0x19081908u, 0x8082b08u, 0x19190808u, 0x8082b08u, 0x1919082bu, 0x8082b08u, 0x2b082b08u, 0x8082b08u,
  0x8081908u, 0x8082b19u, 0x19080808u, 0x8082b19u, 0x808082bu, 0x8082b2bu, 0x8191908u, 0x8082b2bu,
  0x8080819u, 0x8190808u, 0x8081908u, 0x8190808u, 0x8190808u, 0x8190808u, 0x82b0819u, 0x8190808u,
  0x19080808u, 0x8190808u, 0x192b0808u, 0x8190808u, 0x2b081908u, 0x8190808u, 0x2b190808u, 0x8190808u,
  0x2b191919u, 0x8190808u, 0x8080808u, 0x8190819u, 0x8082b08u, 0x8190819u, 0x82b0808u, 0x8190819u,
  0x19190808u, 0x8190819u, 0x19192b2bu, 0x8190819u, 0x2b080808u, 0x8190819u, 0x82b1908u, 0x819082bu,
  0x19081919u, 0x819082bu, 0x8080808u, 0x8191908u, 0x8082b08u, 0x8191908u, 0x82b0808u, 0x8191908u,
  0x82b1919u, 0x8191908u, 0x19082b19u, 0x8191908u, 0x2b080808u, 0x8191908u, 0x8192b08u, 0x8191919u,
  0x192b082bu, 0x8191919u, 0x8080808u, 0x819192bu, 0x819192bu, 0x819192bu, 0x8080819u, 0x8192b08u,
  0x8081908u, 0x8192b08u, 0x8190808u, 0x8192b08u, 0x19080808u, 0x8192b08u, 0x2b080819u, 0x8192b08u,
  0x8080808u, 0x8192b19u, 0x8081919u, 0x8192b19u, 0x2b2b0808u, 0x8192b19u, 0x19190819u, 0x8192b2bu,
  0x8080808u, 0x82b0808u, 0x808082bu, 0x82b0808u, 0x8082b2bu, 0x82b0808u, 0x19081908u, 0x82b0808u,
  0x192b0819u, 0x82b0808u, 0x2b080808u, 0x82b0808u, 0x2b08082bu, 0x82b0808u, 0x82b2b19u, 0x82b0819u,
  0x19082b08u, 0x82b0819u, 0x8080808u, 0x82b082bu, 0x808082bu, 0x82b082bu, 0x8080819u, 0x82b1908u,
  0x8081908u, 0x82b1908u, 0x8190808u, 0x82b1908u, 0x19080808u, 0x82b1908u, 0x1919192bu, 0x82b1908u,
  0x8080808u, 0x82b1919u, 0x19080819u, 0x82b1919u, 0x192b1908u, 0x82b1919u, 0x2b190808u, 0x82b192bu,
  0x8082b08u, 0x82b2b08u, 0x82b0808u, 0x82b2b08u, 0x2b191908u, 0x82b2b08u, 0x19081908u, 0x82b2b2bu,
  0x8080819u, 0x19080808u, 0x8081908u, 0x19080808u, 0x8190808u, 0x19080808u, 0x8192b08u, 0x19080808u,
  0x82b0819u, 0x19080808u, 0x82b1908u, 0x19080808u, 0x19080808u, 0x19080808u, 0x19082b08u, 0x19080808u,
  0x1919192bu, 0x19080808u, 0x192b0808u, 0x19080808u, 0x2b080819u, 0x19080808u, 0x2b081908u, 0x19080808u,
  0x2b190808u, 0x19080808u, 0x8080808u, 0x19080819u, 0x82b0808u, 0x19080819u, 0x192b0819u, 0x19080819u,
  0x2b080808u, 0x19080819u, 0x2b081919u, 0x19080819u, 0x8080819u, 0x1908082bu, 0x8190808u, 0x1908082bu,
  0x19082b08u, 0x1908082bu, 0x1919192bu, 0x1908082bu, 0x192b2b08u, 0x1908082bu, 0x8080808u, 0x19081908u,
  0x8082b08u, 0x19081908u, 0x82b0808u, 0x19081908u, 0x2b080808u, 0x19081908u, 0x2b192b19u, 0x19081908u,
  0x819082bu, 0x19081919u, 0x82b1908u, 0x19081919u, 0x8080808u, 0x1908192bu, 0x8080819u, 0x19082b08u,
  0x8081908u, 0x19082b08u, 0x8190808u, 0x19082b08u, 0x19080808u, 0x19082b08u, 0x19081919u, 0x19082b08u,
  0x8080808u, 0x19082b19u, 0x19192b08u, 0x19082b19u, 0x192b0819u, 0x19082b19u, 0x2b08082bu, 0x19082b19u,
  0x19081919u, 0x19082b2bu, 0x2b190808u, 0x19082b2bu, 0x8080808u, 0x19190808u, 0x8082b08u, 0x19190808u,
  0x8190819u, 0x19190808u, 0x8192b19u, 0x19190808u, 0x82b0808u, 0x19190808u, 0x2b080808u, 0x19190808u,
  0x2b082b08u, 0x19190808u, 0x8081908u, 0x19190819u, 0x1908082bu, 0x19190819u, 0x2b2b1908u, 0x19190819u,
  0x2b190819u, 0x1919082bu, 0x2b190808u, 0x19191908u, 0x2b19082bu, 0x19191908u, 0x8082b2bu, 0x19191919u,
  0x8080819u, 0x1919192bu, 0x19191908u, 0x1919192bu, 0x8080808u, 0x19192b08u, 0x8190819u, 0x19192b08u,
  0x8192b19u, 0x19192b08u, 0x192b1908u, 0x19192b08u, 0x19080808u, 0x19192b19u, 0x8082b08u, 0x19192b2bu,
  0x8081908u, 0x192b0808u, 0x8190808u, 0x192b0808u, 0x19080808u, 0x192b0808u, 0x192b2b08u, 0x192b0808u,
  0x8080808u, 0x192b0819u, 0x19191919u, 0x192b0819u, 0x8192b08u, 0x192b082bu, 0x192b0808u, 0x192b082bu,
  0x8080808u, 0x192b1908u, 0x8081919u, 0x192b1908u, 0x8190808u, 0x192b1919u, 0x819082bu, 0x192b1919u,
  0x2b081908u, 0x192b1919u, 0x1908082bu, 0x192b2b08u, 0x8080808u, 0x2b080808u, 0x808082bu, 0x2b080808u,
  0x8082b2bu, 0x2b080808u, 0x19080819u, 0x2b080808u, 0x2b08082bu, 0x2b080808u, 0x8081908u, 0x2b080819u,
  0x8192b08u, 0x2b080819u, 0x19080808u, 0x2b080819u, 0x8190819u, 0x2b08082bu, 0x8080819u, 0x2b081908u,
  0x8081908u, 0x2b081908u, 0x8190808u, 0x2b081908u, 0x8191919u, 0x2b081908u, 0x19080808u, 0x2b081908u,
  0x192b0808u, 0x2b081908u, 0x8080808u, 0x2b081919u, 0x1908192bu, 0x2b081919u, 0x2b191908u, 0x2b081919u,
  0x8082b19u, 0x2b08192bu, 0x19080808u, 0x2b08192bu, 0x192b0808u, 0x2b08192bu, 0x808082bu, 0x2b082b08u,
  0x8081908u, 0x2b082b19u, 0x8190819u, 0x2b082b2bu, 0x8081908u, 0x2b190808u, 0x8190808u, 0x2b190808u,
  0x82b1908u, 0x2b190808u, 0x19080808u, 0x2b190808u, 0x2b2b0819u, 0x2b190808u, 0x819192bu, 0x2b190819u,
  0x2b080808u, 0x2b190819u, 0x19081919u, 0x2b19082bu, 0x8080808u, 0x2b191908u, 0x82b082bu, 0x2b191908u,
  0x19081908u, 0x2b191908u, 0x19190819u, 0x2b191919u, 0x2b080819u, 0x2b192b08u, 0x82b0808u, 0x2b192b19u,
  0x808082bu, 0x2b2b0808u, 0x19190808u, 0x2b2b0808u, 0x2b081919u, 0x2b2b0808u, 0x8082b19u, 0x2b2b0819u,
  0x8080808u, 0x2b2b082bu, 0x8192b08u, 0x2b2b1908u, 0x19190808u, 0x2b2b2b08u, 0x8081908u, 0x2b2b2b19u
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
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 66u));
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
    let t0_11 = ((((select(t0_6, t0_5, t0_3) >> t0_7) | ((t0_9 << 1u) << t0_10)) & 255u) * 2u);
    let t0_12 = ((t0_9 >> t0_7) | ((select(w[(t0_4 + 3u)], t0_8, t0_3) << 1u) << t0_10));
    let t0_13 = (t0_12 & 127u);
    let t0_14 = ((ksigns_iq2xs[(t0_13 >> 2u)] >> ((t0_13 & 3u) * 8u)) & 255u);
    let t0_15 = ((((t0_14 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_16 = (iq2xxs_grid[t0_11] ^ t0_15);
    let t0_17 = (((((t0_14 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_18 = (iq2xxs_grid[(t0_11 + 1u)] ^ t0_17);
    let t0_19 = (t0_1 + 24u);
    let t0_20 = (t0_19 < 32u);
    let t0_21 = (t0_19 & 31u);
    let t0_22 = ((((select(t0_6, t0_5, t0_20) >> t0_21) | ((select(t0_8, t0_6, t0_20) << 1u) << (31u - t0_21))) & 255u) * 2u);
    let t0_23 = ((t0_12 >> 7u) & 127u);
    let t0_24 = ((ksigns_iq2xs[(t0_23 >> 2u)] >> ((t0_23 & 3u) * 8u)) & 255u);
    let t0_25 = ((((t0_24 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_26 = (iq2xxs_grid[t0_22] ^ t0_25);
    let t0_27 = (((((t0_24 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_28 = (iq2xxs_grid[(t0_22 + 1u)] ^ t0_27);
    let t0_29 = (((t0_6 >> t0_1) & 255u) * 2u);
    let t0_30 = ((t0_12 >> 14u) & 127u);
    let t0_31 = ((ksigns_iq2xs[(t0_30 >> 2u)] >> ((t0_30 & 3u) * 8u)) & 255u);
    let t0_32 = ((((t0_31 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_33 = (iq2xxs_grid[t0_29] ^ t0_32);
    let t0_34 = (((((t0_31 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_35 = (iq2xxs_grid[(t0_29 + 1u)] ^ t0_34);
    let t0_36 = (((t0_6 >> (t0_1 + 8u)) & 255u) * 2u);
    let t0_37 = ((t0_12 >> 21u) & 127u);
    let t0_38 = ((ksigns_iq2xs[(t0_37 >> 2u)] >> ((t0_37 & 3u) * 8u)) & 255u);
    let t0_39 = ((((t0_38 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_40 = (iq2xxs_grid[t0_36] ^ t0_39);
    let t0_41 = (((((t0_38 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_42 = (iq2xxs_grid[(t0_36 + 1u)] ^ t0_41);
    let q0_0_0 = (((t0_16 | 0x80808080u) - (t0_15 & 0x7f7f7f7fu)) ^ ((t0_16 ^ ~t0_15) & 0x80808080u));
    let q0_0_1 = (((t0_18 | 0x80808080u) - (t0_17 & 0x7f7f7f7fu)) ^ ((t0_18 ^ ~t0_17) & 0x80808080u));
    let q0_0_2 = (((t0_26 | 0x80808080u) - (t0_25 & 0x7f7f7f7fu)) ^ ((t0_26 ^ ~t0_25) & 0x80808080u));
    let q0_0_3 = (((t0_28 | 0x80808080u) - (t0_27 & 0x7f7f7f7fu)) ^ ((t0_28 ^ ~t0_27) & 0x80808080u));
    let q0_0_4 = (((t0_33 | 0x80808080u) - (t0_32 & 0x7f7f7f7fu)) ^ ((t0_33 ^ ~t0_32) & 0x80808080u));
    let q0_0_5 = (((t0_35 | 0x80808080u) - (t0_34 & 0x7f7f7f7fu)) ^ ((t0_35 ^ ~t0_34) & 0x80808080u));
    let q0_0_6 = (((t0_40 | 0x80808080u) - (t0_39 & 0x7f7f7f7fu)) ^ ((t0_40 ^ ~t0_39) & 0x80808080u));
    let q0_0_7 = (((t0_42 | 0x80808080u) - (t0_41 & 0x7f7f7f7fu)) ^ ((t0_42 ^ ~t0_41) & 0x80808080u));
    let s0_0 = ((unpack2x16float(((w[(b0 >> 2u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((t0_12 >> 28u))))) * 0.25f);
    acc0 = (acc0 + (x0_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x0_lo.x) + dot4I8Packed(q0_0_1, x0_lo.y)) + dot4I8Packed(q0_0_2, x0_lo.z)) + dot4I8Packed(q0_0_3, x0_lo.w)) + dot4I8Packed(q0_0_4, x0_hi.x)) + dot4I8Packed(q0_0_5, x0_hi.y)) + dot4I8Packed(q0_0_6, x0_hi.z)) + dot4I8Packed(q0_0_7, x0_hi.w))))));
    acc1 = (acc1 + (x1_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x1_lo.x) + dot4I8Packed(q0_0_1, x1_lo.y)) + dot4I8Packed(q0_0_2, x1_lo.z)) + dot4I8Packed(q0_0_3, x1_lo.w)) + dot4I8Packed(q0_0_4, x1_hi.x)) + dot4I8Packed(q0_0_5, x1_hi.y)) + dot4I8Packed(q0_0_6, x1_hi.z)) + dot4I8Packed(q0_0_7, x1_hi.w))))));
    acc2 = (acc2 + (x2_d * (s0_0 * f32((((((((dot4I8Packed(q0_0_0, x2_lo.x) + dot4I8Packed(q0_0_1, x2_lo.y)) + dot4I8Packed(q0_0_2, x2_lo.z)) + dot4I8Packed(q0_0_3, x2_lo.w)) + dot4I8Packed(q0_0_4, x2_hi.x)) + dot4I8Packed(q0_0_5, x2_hi.y)) + dot4I8Packed(q0_0_6, x2_hi.z)) + dot4I8Packed(q0_0_7, x2_hi.w))))));
  }
  red[(lid * 3u)] = acc0;
  red[((lid * 3u) + 1u)] = acc1;
  red[((lid * 3u) + 2u)] = acc2;
  workgroupBarrier();
  for (var stride: u32 = (WG_SIZE >> 1u); (stride > 0u); stride = (stride >> 1u)) {
    if ((lid < stride)) {
      let t1_0 = (lid * 3u);
      red[t1_0] = (red[t1_0] + red[((lid + stride) * 3u)]);
      let t2_0 = ((lid * 3u) + 1u);
      red[t2_0] = (red[t2_0] + red[(((lid + stride) * 3u) + 1u)]);
      let t3_0 = ((lid * 3u) + 2u);
      red[t3_0] = (red[t3_0] + red[(((lid + stride) * 3u) + 2u)]);
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
  }
}
