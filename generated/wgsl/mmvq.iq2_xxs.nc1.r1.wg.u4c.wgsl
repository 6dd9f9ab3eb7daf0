// kgen 0.1.0: mmvq.iq2_xxs.nc1.r1.wg.u4c; generated, do not edit; content hash c8521c11c03bc19d
// mmvq: y = W . x, W in iq2_xxs (256 per 66-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 4 chunk(s) per thread per step (contig), lookup tables vec
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
var<workgroup> red: array<f32, 1u * WG_SIZE>;
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
  let n_chunks = (p.K >> 5u);
  let t0_0 = (WG_SIZE * 4u);
  let n_full = ((n_chunks / t0_0) * t0_0);
  for (var j0: u32 = (lid * 4u); (j0 < n_full); j0 = (j0 + (WG_SIZE * 4u))) {
    let u0_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u0_x0_hdr = x[u0_x0_at].x;
    let u0_x0_lo = x[(u0_x0_at + 1u)];
    let u0_x0_hi = x[(u0_x0_at + 2u)];
    let u0_x0_d = unpack2x16float((u0_x0_hdr & 0xffffu)).x;
    let u0_blk = (j0 >> 3u);
    let u0_slice = (j0 & 7u);
    let u0_b0 = (row_base0 + (u0_blk * 66u));
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
    let t1_11 = ((((select(t1_6, t1_5, t1_3) >> t1_7) | ((t1_9 << 1u) << t1_10)) & 255u) * 2u);
    let t1_12 = ((t1_9 >> t1_7) | ((select(w[(t1_4 + 3u)], t1_8, t1_3) << 1u) << t1_10));
    let t1_13 = (t1_12 & 127u);
    let t1_14 = ((ksigns_iq2xs[(t1_13 >> 2u)] >> ((t1_13 & 3u) * 8u)) & 255u);
    let t1_15 = ((((t1_14 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_16 = (iq2xxs_grid[t1_11] ^ t1_15);
    let t1_17 = (((((t1_14 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_18 = (iq2xxs_grid[(t1_11 + 1u)] ^ t1_17);
    let t1_19 = (t1_1 + 24u);
    let t1_20 = (t1_19 < 32u);
    let t1_21 = (t1_19 & 31u);
    let t1_22 = ((((select(t1_6, t1_5, t1_20) >> t1_21) | ((select(t1_8, t1_6, t1_20) << 1u) << (31u - t1_21))) & 255u) * 2u);
    let t1_23 = ((t1_12 >> 7u) & 127u);
    let t1_24 = ((ksigns_iq2xs[(t1_23 >> 2u)] >> ((t1_23 & 3u) * 8u)) & 255u);
    let t1_25 = ((((t1_24 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_26 = (iq2xxs_grid[t1_22] ^ t1_25);
    let t1_27 = (((((t1_24 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_28 = (iq2xxs_grid[(t1_22 + 1u)] ^ t1_27);
    let t1_29 = (((t1_6 >> t1_1) & 255u) * 2u);
    let t1_30 = ((t1_12 >> 14u) & 127u);
    let t1_31 = ((ksigns_iq2xs[(t1_30 >> 2u)] >> ((t1_30 & 3u) * 8u)) & 255u);
    let t1_32 = ((((t1_31 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_33 = (iq2xxs_grid[t1_29] ^ t1_32);
    let t1_34 = (((((t1_31 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_35 = (iq2xxs_grid[(t1_29 + 1u)] ^ t1_34);
    let t1_36 = (((t1_6 >> (t1_1 + 8u)) & 255u) * 2u);
    let t1_37 = ((t1_12 >> 21u) & 127u);
    let t1_38 = ((ksigns_iq2xs[(t1_37 >> 2u)] >> ((t1_37 & 3u) * 8u)) & 255u);
    let t1_39 = ((((t1_38 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_40 = (iq2xxs_grid[t1_36] ^ t1_39);
    let t1_41 = (((((t1_38 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_42 = (iq2xxs_grid[(t1_36 + 1u)] ^ t1_41);
    let u0_q0_0_0 = (((t1_16 | 0x80808080u) - (t1_15 & 0x7f7f7f7fu)) ^ ((t1_16 ^ ~t1_15) & 0x80808080u));
    let u0_q0_0_1 = (((t1_18 | 0x80808080u) - (t1_17 & 0x7f7f7f7fu)) ^ ((t1_18 ^ ~t1_17) & 0x80808080u));
    let u0_q0_0_2 = (((t1_26 | 0x80808080u) - (t1_25 & 0x7f7f7f7fu)) ^ ((t1_26 ^ ~t1_25) & 0x80808080u));
    let u0_q0_0_3 = (((t1_28 | 0x80808080u) - (t1_27 & 0x7f7f7f7fu)) ^ ((t1_28 ^ ~t1_27) & 0x80808080u));
    let u0_q0_0_4 = (((t1_33 | 0x80808080u) - (t1_32 & 0x7f7f7f7fu)) ^ ((t1_33 ^ ~t1_32) & 0x80808080u));
    let u0_q0_0_5 = (((t1_35 | 0x80808080u) - (t1_34 & 0x7f7f7f7fu)) ^ ((t1_35 ^ ~t1_34) & 0x80808080u));
    let u0_q0_0_6 = (((t1_40 | 0x80808080u) - (t1_39 & 0x7f7f7f7fu)) ^ ((t1_40 ^ ~t1_39) & 0x80808080u));
    let u0_q0_0_7 = (((t1_42 | 0x80808080u) - (t1_41 & 0x7f7f7f7fu)) ^ ((t1_42 ^ ~t1_41) & 0x80808080u));
    let u0_s0_0 = ((unpack2x16float(((w[(u0_b0 >> 2u)] >> ((u0_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((t1_12 >> 28u))))) * 0.25f);
    acc0 = (acc0 + (u0_x0_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x0_hi.w))))));
    let u1_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at].y;
    let u1_x0_lo = x[(u1_x0_at + 3u)];
    let u1_x0_hi = x[(u1_x0_at + 4u)];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (j0 >> 3u);
    let u1_slice = ((j0 & 7u) + 1u);
    let u1_b0 = (row_base0 + (u1_blk * 66u));
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
    let t2_11 = ((((select(t2_6, t2_5, t2_3) >> t2_7) | ((t2_9 << 1u) << t2_10)) & 255u) * 2u);
    let t2_12 = ((t2_9 >> t2_7) | ((select(w[(t2_4 + 3u)], t2_8, t2_3) << 1u) << t2_10));
    let t2_13 = (t2_12 & 127u);
    let t2_14 = ((ksigns_iq2xs[(t2_13 >> 2u)] >> ((t2_13 & 3u) * 8u)) & 255u);
    let t2_15 = ((((t2_14 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_16 = (iq2xxs_grid[t2_11] ^ t2_15);
    let t2_17 = (((((t2_14 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_18 = (iq2xxs_grid[(t2_11 + 1u)] ^ t2_17);
    let t2_19 = (t2_1 + 24u);
    let t2_20 = (t2_19 < 32u);
    let t2_21 = (t2_19 & 31u);
    let t2_22 = ((((select(t2_6, t2_5, t2_20) >> t2_21) | ((select(t2_8, t2_6, t2_20) << 1u) << (31u - t2_21))) & 255u) * 2u);
    let t2_23 = ((t2_12 >> 7u) & 127u);
    let t2_24 = ((ksigns_iq2xs[(t2_23 >> 2u)] >> ((t2_23 & 3u) * 8u)) & 255u);
    let t2_25 = ((((t2_24 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_26 = (iq2xxs_grid[t2_22] ^ t2_25);
    let t2_27 = (((((t2_24 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_28 = (iq2xxs_grid[(t2_22 + 1u)] ^ t2_27);
    let t2_29 = (((t2_6 >> t2_1) & 255u) * 2u);
    let t2_30 = ((t2_12 >> 14u) & 127u);
    let t2_31 = ((ksigns_iq2xs[(t2_30 >> 2u)] >> ((t2_30 & 3u) * 8u)) & 255u);
    let t2_32 = ((((t2_31 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_33 = (iq2xxs_grid[t2_29] ^ t2_32);
    let t2_34 = (((((t2_31 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_35 = (iq2xxs_grid[(t2_29 + 1u)] ^ t2_34);
    let t2_36 = (((t2_6 >> (t2_1 + 8u)) & 255u) * 2u);
    let t2_37 = ((t2_12 >> 21u) & 127u);
    let t2_38 = ((ksigns_iq2xs[(t2_37 >> 2u)] >> ((t2_37 & 3u) * 8u)) & 255u);
    let t2_39 = ((((t2_38 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_40 = (iq2xxs_grid[t2_36] ^ t2_39);
    let t2_41 = (((((t2_38 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_42 = (iq2xxs_grid[(t2_36 + 1u)] ^ t2_41);
    let u1_q0_0_0 = (((t2_16 | 0x80808080u) - (t2_15 & 0x7f7f7f7fu)) ^ ((t2_16 ^ ~t2_15) & 0x80808080u));
    let u1_q0_0_1 = (((t2_18 | 0x80808080u) - (t2_17 & 0x7f7f7f7fu)) ^ ((t2_18 ^ ~t2_17) & 0x80808080u));
    let u1_q0_0_2 = (((t2_26 | 0x80808080u) - (t2_25 & 0x7f7f7f7fu)) ^ ((t2_26 ^ ~t2_25) & 0x80808080u));
    let u1_q0_0_3 = (((t2_28 | 0x80808080u) - (t2_27 & 0x7f7f7f7fu)) ^ ((t2_28 ^ ~t2_27) & 0x80808080u));
    let u1_q0_0_4 = (((t2_33 | 0x80808080u) - (t2_32 & 0x7f7f7f7fu)) ^ ((t2_33 ^ ~t2_32) & 0x80808080u));
    let u1_q0_0_5 = (((t2_35 | 0x80808080u) - (t2_34 & 0x7f7f7f7fu)) ^ ((t2_35 ^ ~t2_34) & 0x80808080u));
    let u1_q0_0_6 = (((t2_40 | 0x80808080u) - (t2_39 & 0x7f7f7f7fu)) ^ ((t2_40 ^ ~t2_39) & 0x80808080u));
    let u1_q0_0_7 = (((t2_42 | 0x80808080u) - (t2_41 & 0x7f7f7f7fu)) ^ ((t2_42 ^ ~t2_41) & 0x80808080u));
    let u1_s0_0 = ((unpack2x16float(((w[(u1_b0 >> 2u)] >> ((u1_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((t2_12 >> 28u))))) * 0.25f);
    acc0 = (acc0 + (u1_x0_d * (u1_s0_0 * f32((((((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)) + dot4I8Packed(u1_q0_0_4, u1_x0_hi.x)) + dot4I8Packed(u1_q0_0_5, u1_x0_hi.y)) + dot4I8Packed(u1_q0_0_6, u1_x0_hi.z)) + dot4I8Packed(u1_q0_0_7, u1_x0_hi.w))))));
    let u2_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u2_x0_hdr = x[u2_x0_at].z;
    let u2_x0_lo = x[(u2_x0_at + 5u)];
    let u2_x0_hi = x[(u2_x0_at + 6u)];
    let u2_x0_d = unpack2x16float((u2_x0_hdr & 0xffffu)).x;
    let u2_blk = (j0 >> 3u);
    let u2_slice = ((j0 & 7u) + 2u);
    let u2_b0 = (row_base0 + (u2_blk * 66u));
    let t3_0 = (u2_b0 + (u2_slice * 8u));
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
    let t3_11 = ((((select(t3_6, t3_5, t3_3) >> t3_7) | ((t3_9 << 1u) << t3_10)) & 255u) * 2u);
    let t3_12 = ((t3_9 >> t3_7) | ((select(w[(t3_4 + 3u)], t3_8, t3_3) << 1u) << t3_10));
    let t3_13 = (t3_12 & 127u);
    let t3_14 = ((ksigns_iq2xs[(t3_13 >> 2u)] >> ((t3_13 & 3u) * 8u)) & 255u);
    let t3_15 = ((((t3_14 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_16 = (iq2xxs_grid[t3_11] ^ t3_15);
    let t3_17 = (((((t3_14 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_18 = (iq2xxs_grid[(t3_11 + 1u)] ^ t3_17);
    let t3_19 = (t3_1 + 24u);
    let t3_20 = (t3_19 < 32u);
    let t3_21 = (t3_19 & 31u);
    let t3_22 = ((((select(t3_6, t3_5, t3_20) >> t3_21) | ((select(t3_8, t3_6, t3_20) << 1u) << (31u - t3_21))) & 255u) * 2u);
    let t3_23 = ((t3_12 >> 7u) & 127u);
    let t3_24 = ((ksigns_iq2xs[(t3_23 >> 2u)] >> ((t3_23 & 3u) * 8u)) & 255u);
    let t3_25 = ((((t3_24 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_26 = (iq2xxs_grid[t3_22] ^ t3_25);
    let t3_27 = (((((t3_24 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_28 = (iq2xxs_grid[(t3_22 + 1u)] ^ t3_27);
    let t3_29 = (((t3_6 >> t3_1) & 255u) * 2u);
    let t3_30 = ((t3_12 >> 14u) & 127u);
    let t3_31 = ((ksigns_iq2xs[(t3_30 >> 2u)] >> ((t3_30 & 3u) * 8u)) & 255u);
    let t3_32 = ((((t3_31 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_33 = (iq2xxs_grid[t3_29] ^ t3_32);
    let t3_34 = (((((t3_31 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_35 = (iq2xxs_grid[(t3_29 + 1u)] ^ t3_34);
    let t3_36 = (((t3_6 >> (t3_1 + 8u)) & 255u) * 2u);
    let t3_37 = ((t3_12 >> 21u) & 127u);
    let t3_38 = ((ksigns_iq2xs[(t3_37 >> 2u)] >> ((t3_37 & 3u) * 8u)) & 255u);
    let t3_39 = ((((t3_38 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_40 = (iq2xxs_grid[t3_36] ^ t3_39);
    let t3_41 = (((((t3_38 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_42 = (iq2xxs_grid[(t3_36 + 1u)] ^ t3_41);
    let u2_q0_0_0 = (((t3_16 | 0x80808080u) - (t3_15 & 0x7f7f7f7fu)) ^ ((t3_16 ^ ~t3_15) & 0x80808080u));
    let u2_q0_0_1 = (((t3_18 | 0x80808080u) - (t3_17 & 0x7f7f7f7fu)) ^ ((t3_18 ^ ~t3_17) & 0x80808080u));
    let u2_q0_0_2 = (((t3_26 | 0x80808080u) - (t3_25 & 0x7f7f7f7fu)) ^ ((t3_26 ^ ~t3_25) & 0x80808080u));
    let u2_q0_0_3 = (((t3_28 | 0x80808080u) - (t3_27 & 0x7f7f7f7fu)) ^ ((t3_28 ^ ~t3_27) & 0x80808080u));
    let u2_q0_0_4 = (((t3_33 | 0x80808080u) - (t3_32 & 0x7f7f7f7fu)) ^ ((t3_33 ^ ~t3_32) & 0x80808080u));
    let u2_q0_0_5 = (((t3_35 | 0x80808080u) - (t3_34 & 0x7f7f7f7fu)) ^ ((t3_35 ^ ~t3_34) & 0x80808080u));
    let u2_q0_0_6 = (((t3_40 | 0x80808080u) - (t3_39 & 0x7f7f7f7fu)) ^ ((t3_40 ^ ~t3_39) & 0x80808080u));
    let u2_q0_0_7 = (((t3_42 | 0x80808080u) - (t3_41 & 0x7f7f7f7fu)) ^ ((t3_42 ^ ~t3_41) & 0x80808080u));
    let u2_s0_0 = ((unpack2x16float(((w[(u2_b0 >> 2u)] >> ((u2_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((t3_12 >> 28u))))) * 0.25f);
    acc0 = (acc0 + (u2_x0_d * (u2_s0_0 * f32((((((((dot4I8Packed(u2_q0_0_0, u2_x0_lo.x) + dot4I8Packed(u2_q0_0_1, u2_x0_lo.y)) + dot4I8Packed(u2_q0_0_2, u2_x0_lo.z)) + dot4I8Packed(u2_q0_0_3, u2_x0_lo.w)) + dot4I8Packed(u2_q0_0_4, u2_x0_hi.x)) + dot4I8Packed(u2_q0_0_5, u2_x0_hi.y)) + dot4I8Packed(u2_q0_0_6, u2_x0_hi.z)) + dot4I8Packed(u2_q0_0_7, u2_x0_hi.w))))));
    let u3_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u3_x0_hdr = x[u3_x0_at].w;
    let u3_x0_lo = x[(u3_x0_at + 7u)];
    let u3_x0_hi = x[(u3_x0_at + 8u)];
    let u3_x0_d = unpack2x16float((u3_x0_hdr & 0xffffu)).x;
    let u3_blk = (j0 >> 3u);
    let u3_slice = ((j0 & 7u) + 3u);
    let u3_b0 = (row_base0 + (u3_blk * 66u));
    let t4_0 = (u3_b0 + (u3_slice * 8u));
    let t4_1 = ((t4_0 & 3u) * 8u);
    let t4_2 = (t4_1 + 16u);
    let t4_3 = (t4_2 < 32u);
    let t4_4 = (t4_0 >> 2u);
    let t4_5 = w[t4_4];
    let t4_6 = w[(t4_4 + 1u)];
    let t4_7 = (t4_2 & 31u);
    let t4_8 = w[(t4_4 + 2u)];
    let t4_9 = select(t4_8, t4_6, t4_3);
    let t4_10 = (31u - t4_7);
    let t4_11 = ((((select(t4_6, t4_5, t4_3) >> t4_7) | ((t4_9 << 1u) << t4_10)) & 255u) * 2u);
    let t4_12 = ((t4_9 >> t4_7) | ((select(w[(t4_4 + 3u)], t4_8, t4_3) << 1u) << t4_10));
    let t4_13 = (t4_12 & 127u);
    let t4_14 = ((ksigns_iq2xs[(t4_13 >> 2u)] >> ((t4_13 & 3u) * 8u)) & 255u);
    let t4_15 = ((((t4_14 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t4_16 = (iq2xxs_grid[t4_11] ^ t4_15);
    let t4_17 = (((((t4_14 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t4_18 = (iq2xxs_grid[(t4_11 + 1u)] ^ t4_17);
    let t4_19 = (t4_1 + 24u);
    let t4_20 = (t4_19 < 32u);
    let t4_21 = (t4_19 & 31u);
    let t4_22 = ((((select(t4_6, t4_5, t4_20) >> t4_21) | ((select(t4_8, t4_6, t4_20) << 1u) << (31u - t4_21))) & 255u) * 2u);
    let t4_23 = ((t4_12 >> 7u) & 127u);
    let t4_24 = ((ksigns_iq2xs[(t4_23 >> 2u)] >> ((t4_23 & 3u) * 8u)) & 255u);
    let t4_25 = ((((t4_24 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t4_26 = (iq2xxs_grid[t4_22] ^ t4_25);
    let t4_27 = (((((t4_24 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t4_28 = (iq2xxs_grid[(t4_22 + 1u)] ^ t4_27);
    let t4_29 = (((t4_6 >> t4_1) & 255u) * 2u);
    let t4_30 = ((t4_12 >> 14u) & 127u);
    let t4_31 = ((ksigns_iq2xs[(t4_30 >> 2u)] >> ((t4_30 & 3u) * 8u)) & 255u);
    let t4_32 = ((((t4_31 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t4_33 = (iq2xxs_grid[t4_29] ^ t4_32);
    let t4_34 = (((((t4_31 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t4_35 = (iq2xxs_grid[(t4_29 + 1u)] ^ t4_34);
    let t4_36 = (((t4_6 >> (t4_1 + 8u)) & 255u) * 2u);
    let t4_37 = ((t4_12 >> 21u) & 127u);
    let t4_38 = ((ksigns_iq2xs[(t4_37 >> 2u)] >> ((t4_37 & 3u) * 8u)) & 255u);
    let t4_39 = ((((t4_38 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t4_40 = (iq2xxs_grid[t4_36] ^ t4_39);
    let t4_41 = (((((t4_38 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t4_42 = (iq2xxs_grid[(t4_36 + 1u)] ^ t4_41);
    let u3_q0_0_0 = (((t4_16 | 0x80808080u) - (t4_15 & 0x7f7f7f7fu)) ^ ((t4_16 ^ ~t4_15) & 0x80808080u));
    let u3_q0_0_1 = (((t4_18 | 0x80808080u) - (t4_17 & 0x7f7f7f7fu)) ^ ((t4_18 ^ ~t4_17) & 0x80808080u));
    let u3_q0_0_2 = (((t4_26 | 0x80808080u) - (t4_25 & 0x7f7f7f7fu)) ^ ((t4_26 ^ ~t4_25) & 0x80808080u));
    let u3_q0_0_3 = (((t4_28 | 0x80808080u) - (t4_27 & 0x7f7f7f7fu)) ^ ((t4_28 ^ ~t4_27) & 0x80808080u));
    let u3_q0_0_4 = (((t4_33 | 0x80808080u) - (t4_32 & 0x7f7f7f7fu)) ^ ((t4_33 ^ ~t4_32) & 0x80808080u));
    let u3_q0_0_5 = (((t4_35 | 0x80808080u) - (t4_34 & 0x7f7f7f7fu)) ^ ((t4_35 ^ ~t4_34) & 0x80808080u));
    let u3_q0_0_6 = (((t4_40 | 0x80808080u) - (t4_39 & 0x7f7f7f7fu)) ^ ((t4_40 ^ ~t4_39) & 0x80808080u));
    let u3_q0_0_7 = (((t4_42 | 0x80808080u) - (t4_41 & 0x7f7f7f7fu)) ^ ((t4_42 ^ ~t4_41) & 0x80808080u));
    let u3_s0_0 = ((unpack2x16float(((w[(u3_b0 >> 2u)] >> ((u3_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((t4_12 >> 28u))))) * 0.25f);
    acc0 = (acc0 + (u3_x0_d * (u3_s0_0 * f32((((((((dot4I8Packed(u3_q0_0_0, u3_x0_lo.x) + dot4I8Packed(u3_q0_0_1, u3_x0_lo.y)) + dot4I8Packed(u3_q0_0_2, u3_x0_lo.z)) + dot4I8Packed(u3_q0_0_3, u3_x0_lo.w)) + dot4I8Packed(u3_q0_0_4, u3_x0_hi.x)) + dot4I8Packed(u3_q0_0_5, u3_x0_hi.y)) + dot4I8Packed(u3_q0_0_6, u3_x0_hi.z)) + dot4I8Packed(u3_q0_0_7, u3_x0_hi.w))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 66u));
    let t5_0 = (b0 + (slice * 8u));
    let t5_1 = ((t5_0 & 3u) * 8u);
    let t5_2 = (t5_1 + 16u);
    let t5_3 = (t5_2 < 32u);
    let t5_4 = (t5_0 >> 2u);
    let t5_5 = w[t5_4];
    let t5_6 = w[(t5_4 + 1u)];
    let t5_7 = (t5_2 & 31u);
    let t5_8 = w[(t5_4 + 2u)];
    let t5_9 = select(t5_8, t5_6, t5_3);
    let t5_10 = (31u - t5_7);
    let t5_11 = ((((select(t5_6, t5_5, t5_3) >> t5_7) | ((t5_9 << 1u) << t5_10)) & 255u) * 2u);
    let t5_12 = ((t5_9 >> t5_7) | ((select(w[(t5_4 + 3u)], t5_8, t5_3) << 1u) << t5_10));
    let t5_13 = (t5_12 & 127u);
    let t5_14 = ((ksigns_iq2xs[(t5_13 >> 2u)] >> ((t5_13 & 3u) * 8u)) & 255u);
    let t5_15 = ((((t5_14 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t5_16 = (iq2xxs_grid[t5_11] ^ t5_15);
    let t5_17 = (((((t5_14 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t5_18 = (iq2xxs_grid[(t5_11 + 1u)] ^ t5_17);
    let t5_19 = (t5_1 + 24u);
    let t5_20 = (t5_19 < 32u);
    let t5_21 = (t5_19 & 31u);
    let t5_22 = ((((select(t5_6, t5_5, t5_20) >> t5_21) | ((select(t5_8, t5_6, t5_20) << 1u) << (31u - t5_21))) & 255u) * 2u);
    let t5_23 = ((t5_12 >> 7u) & 127u);
    let t5_24 = ((ksigns_iq2xs[(t5_23 >> 2u)] >> ((t5_23 & 3u) * 8u)) & 255u);
    let t5_25 = ((((t5_24 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t5_26 = (iq2xxs_grid[t5_22] ^ t5_25);
    let t5_27 = (((((t5_24 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t5_28 = (iq2xxs_grid[(t5_22 + 1u)] ^ t5_27);
    let t5_29 = (((t5_6 >> t5_1) & 255u) * 2u);
    let t5_30 = ((t5_12 >> 14u) & 127u);
    let t5_31 = ((ksigns_iq2xs[(t5_30 >> 2u)] >> ((t5_30 & 3u) * 8u)) & 255u);
    let t5_32 = ((((t5_31 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t5_33 = (iq2xxs_grid[t5_29] ^ t5_32);
    let t5_34 = (((((t5_31 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t5_35 = (iq2xxs_grid[(t5_29 + 1u)] ^ t5_34);
    let t5_36 = (((t5_6 >> (t5_1 + 8u)) & 255u) * 2u);
    let t5_37 = ((t5_12 >> 21u) & 127u);
    let t5_38 = ((ksigns_iq2xs[(t5_37 >> 2u)] >> ((t5_37 & 3u) * 8u)) & 255u);
    let t5_39 = ((((t5_38 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t5_40 = (iq2xxs_grid[t5_36] ^ t5_39);
    let t5_41 = (((((t5_38 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t5_42 = (iq2xxs_grid[(t5_36 + 1u)] ^ t5_41);
    let q0_0_0 = (((t5_16 | 0x80808080u) - (t5_15 & 0x7f7f7f7fu)) ^ ((t5_16 ^ ~t5_15) & 0x80808080u));
    let q0_0_1 = (((t5_18 | 0x80808080u) - (t5_17 & 0x7f7f7f7fu)) ^ ((t5_18 ^ ~t5_17) & 0x80808080u));
    let q0_0_2 = (((t5_26 | 0x80808080u) - (t5_25 & 0x7f7f7f7fu)) ^ ((t5_26 ^ ~t5_25) & 0x80808080u));
    let q0_0_3 = (((t5_28 | 0x80808080u) - (t5_27 & 0x7f7f7f7fu)) ^ ((t5_28 ^ ~t5_27) & 0x80808080u));
    let q0_0_4 = (((t5_33 | 0x80808080u) - (t5_32 & 0x7f7f7f7fu)) ^ ((t5_33 ^ ~t5_32) & 0x80808080u));
    let q0_0_5 = (((t5_35 | 0x80808080u) - (t5_34 & 0x7f7f7f7fu)) ^ ((t5_35 ^ ~t5_34) & 0x80808080u));
    let q0_0_6 = (((t5_40 | 0x80808080u) - (t5_39 & 0x7f7f7f7fu)) ^ ((t5_40 ^ ~t5_39) & 0x80808080u));
    let q0_0_7 = (((t5_42 | 0x80808080u) - (t5_41 & 0x7f7f7f7fu)) ^ ((t5_42 ^ ~t5_41) & 0x80808080u));
    let s0_0 = ((unpack2x16float(((w[(b0 >> 2u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((t5_12 >> 28u))))) * 0.25f);
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
