// kgen 0.1.0: mmvq.iq2_xs.nc1.r1.wg.u4c; generated, do not edit; content hash 7c31cb7ee282e72b
// mmvq: y = W . x, W in iq2_xs (256 per 74-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through workgroup memory
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 4 chunk(s) per thread per step (contig), lookup tables vec
// format iq2_xs (ggml type 17) from dsl/formats/iq2_xs.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of iq2_xs blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 1u * WG_SIZE>;
// iq2xs_grid: u32 x 1024
const iq2xs_grid = array<u32, 1024>(
  0x8080808u, 0x8080808u, 0x808082bu, 0x8080808u, 0x8081919u, 0x8080808u, 0x8082b08u, 0x8080808u,
  0x8082b2bu, 0x8080808u, 0x8190819u, 0x8080808u, 0x8191908u, 0x8080808u, 0x819192bu, 0x8080808u,
  0x8192b19u, 0x8080808u, 0x82b0808u, 0x8080808u, 0x82b082bu, 0x8080808u, 0x82b1919u, 0x8080808u,
  0x82b2b08u, 0x8080808u, 0x19080819u, 0x8080808u, 0x19081908u, 0x8080808u, 0x1908192bu, 0x8080808u,
  0x19082b19u, 0x8080808u, 0x19190808u, 0x8080808u, 0x1919082bu, 0x8080808u, 0x19191919u, 0x8080808u,
  0x19192b08u, 0x8080808u, 0x192b0819u, 0x8080808u, 0x192b1908u, 0x8080808u, 0x2b080808u, 0x8080808u,
  0x2b08082bu, 0x8080808u, 0x2b081919u, 0x8080808u, 0x2b082b08u, 0x8080808u, 0x2b190819u, 0x8080808u,
  0x2b191908u, 0x8080808u, 0x2b192b19u, 0x8080808u, 0x2b2b0808u, 0x8080808u, 0x8080819u, 0x8080819u,
  0x8081908u, 0x8080819u, 0x808192bu, 0x8080819u, 0x8082b19u, 0x8080819u, 0x8190808u, 0x8080819u,
  0x819082bu, 0x8080819u, 0x8191919u, 0x8080819u, 0x8192b08u, 0x8080819u, 0x8192b2bu, 0x8080819u,
  0x82b0819u, 0x8080819u, 0x82b1908u, 0x8080819u, 0x19080808u, 0x8080819u, 0x1908082bu, 0x8080819u,
  0x19081919u, 0x8080819u, 0x19082b08u, 0x8080819u, 0x19190819u, 0x8080819u, 0x19191908u, 0x8080819u,
  0x192b0808u, 0x8080819u, 0x192b2b08u, 0x8080819u, 0x2b080819u, 0x8080819u, 0x2b081908u, 0x8080819u,
  0x2b190808u, 0x8080819u, 0x8080808u, 0x808082bu, 0x808082bu, 0x808082bu, 0x8081919u, 0x808082bu,
  0x8082b08u, 0x808082bu, 0x8190819u, 0x808082bu, 0x8191908u, 0x808082bu, 0x82b0808u, 0x808082bu,
  0x19080819u, 0x808082bu, 0x19081908u, 0x808082bu, 0x19190808u, 0x808082bu, 0x19191919u, 0x808082bu,
  0x2b080808u, 0x808082bu, 0x2b082b2bu, 0x808082bu, 0x8080819u, 0x8081908u, 0x8081908u, 0x8081908u,
  0x808192bu, 0x8081908u, 0x8082b19u, 0x8081908u, 0x8190808u, 0x8081908u, 0x819082bu, 0x8081908u,
  0x8191919u, 0x8081908u, 0x8192b08u, 0x8081908u, 0x82b0819u, 0x8081908u, 0x82b1908u, 0x8081908u,
  0x19080808u, 0x8081908u, 0x1908082bu, 0x8081908u, 0x19081919u, 0x8081908u, 0x19082b08u, 0x8081908u,
  0x19190819u, 0x8081908u, 0x19191908u, 0x8081908u, 0x1919192bu, 0x8081908u, 0x192b0808u, 0x8081908u,
  0x2b080819u, 0x8081908u, 0x2b081908u, 0x8081908u, 0x2b190808u, 0x8081908u, 0x8080808u, 0x8081919u,
  0x808082bu, 0x8081919u, 0x8081919u, 0x8081919u, 0x8082b08u, 0x8081919u, 0x8190819u, 0x8081919u,
  0x8191908u, 0x8081919u, 0x82b0808u, 0x8081919u, 0x19080819u, 0x8081919u, 0x19081908u, 0x8081919u,
  0x19190808u, 0x8081919u, 0x192b0819u, 0x8081919u, 0x2b080808u, 0x8081919u, 0x8080819u, 0x808192bu,
  0x8081908u, 0x808192bu, 0x8190808u, 0x808192bu, 0x82b192bu, 0x808192bu, 0x19080808u, 0x808192bu,
  0x1908082bu, 0x808192bu, 0x2b081908u, 0x808192bu, 0x8080808u, 0x8082b08u, 0x808082bu, 0x8082b08u,
  0x8081919u, 0x8082b08u, 0x8082b08u, 0x8082b08u, 0x8082b2bu, 0x8082b08u, 0x8190819u, 0x8082b08u,
  0x8191908u, 0x8082b08u, 0x82b0808u, 0x8082b08u, 0x82b1919u, 0x8082b08u, 0x19080819u, 0x8082b08u,
  0x19081908u, 0x8082b08u, 0x19190808u, 0x8082b08u, 0x19192b08u, 0x8082b08u, 0x2b080808u, 0x8082b08u,
  0x2b2b0808u, 0x8082b08u, 0x2b2b2b2bu, 0x8082b08u, 0x8080819u, 0x8082b19u, 0x8081908u, 0x8082b19u,
  0x8190808u, 0x8082b19u, 0x19080808u, 0x8082b19u, 0x2b080819u, 0x8082b19u, 0x2b082b19u, 0x8082b19u,
  0x8080808u, 0x8082b2bu, 0x82b0808u, 0x8082b2bu, 0x82b2b08u, 0x8082b2bu, 0x2b19192bu, 0x8082b2bu,
  0x2b2b0808u, 0x8082b2bu, 0x8080819u, 0x8190808u, 0x8081908u, 0x8190808u, 0x808192bu, 0x8190808u,
  0x8082b19u, 0x8190808u, 0x8190808u, 0x8190808u, 0x819082bu, 0x8190808u, 0x8191919u, 0x8190808u,
  0x8192b08u, 0x8190808u, 0x82b0819u, 0x8190808u, 0x82b1908u, 0x8190808u, 0x19080808u, 0x8190808u,
  0x1908082bu, 0x8190808u, 0x19081919u, 0x8190808u, 0x19082b08u, 0x8190808u, 0x19190819u, 0x8190808u,
  0x19191908u, 0x8190808u, 0x192b0808u, 0x8190808u, 0x192b2b2bu, 0x8190808u, 0x2b080819u, 0x8190808u,
  0x2b081908u, 0x8190808u, 0x2b190808u, 0x8190808u, 0x8080808u, 0x8190819u, 0x808082bu, 0x8190819u,
  0x8081919u, 0x8190819u, 0x8082b08u, 0x8190819u, 0x8190819u, 0x8190819u, 0x8191908u, 0x8190819u,
  0x82b0808u, 0x8190819u, 0x19080819u, 0x8190819u, 0x19081908u, 0x8190819u, 0x19190808u, 0x8190819u,
  0x2b080808u, 0x8190819u, 0x2b191908u, 0x8190819u, 0x2b19192bu, 0x8190819u, 0x8080819u, 0x819082bu,
  0x8081908u, 0x819082bu, 0x808192bu, 0x819082bu, 0x8190808u, 0x819082bu, 0x19080808u, 0x819082bu,
  0x192b0808u, 0x819082bu, 0x8080808u, 0x8191908u, 0x808082bu, 0x8191908u, 0x8081919u, 0x8191908u,
  0x8082b08u, 0x8191908u, 0x8190819u, 0x8191908u, 0x8191908u, 0x8191908u, 0x82b0808u, 0x8191908u,
  0x19080819u, 0x8191908u, 0x19081908u, 0x8191908u, 0x19082b19u, 0x8191908u, 0x19190808u, 0x8191908u,
  0x192b1908u, 0x8191908u, 0x2b080808u, 0x8191908u, 0x8080819u, 0x8191919u, 0x8081908u, 0x8191919u,
  0x8190808u, 0x8191919u, 0x19080808u, 0x8191919u, 0x8080808u, 0x819192bu, 0x8191908u, 0x819192bu,
  0x19082b19u, 0x819192bu, 0x8080819u, 0x8192b08u, 0x8081908u, 0x8192b08u, 0x8190808u, 0x8192b08u,
  0x819082bu, 0x8192b08u, 0x19080808u, 0x8192b08u, 0x19191908u, 0x8192b08u, 0x2b08192bu, 0x8192b08u,
  0x8080808u, 0x8192b19u, 0x8081919u, 0x8192b19u, 0x192b192bu, 0x8192b19u, 0x19190819u, 0x8192b2bu,
  0x2b2b2b19u, 0x8192b2bu, 0x8080808u, 0x82b0808u, 0x808082bu, 0x82b0808u, 0x8081919u, 0x82b0808u,
  0x8082b08u, 0x82b0808u, 0x8082b2bu, 0x82b0808u, 0x8190819u, 0x82b0808u, 0x8191908u, 0x82b0808u,
  0x82b0808u, 0x82b0808u, 0x19080819u, 0x82b0808u, 0x19081908u, 0x82b0808u, 0x19190808u, 0x82b0808u,
  0x2b080808u, 0x82b0808u, 0x2b2b0808u, 0x82b0808u, 0x8080819u, 0x82b0819u, 0x8081908u, 0x82b0819u,
  0x8190808u, 0x82b0819u, 0x19080808u, 0x82b0819u, 0x19082b08u, 0x82b0819u, 0x192b1919u, 0x82b0819u,
  0x8080808u, 0x82b082bu, 0x82b082bu, 0x82b082bu, 0x2b080808u, 0x82b082bu, 0x2b2b2b08u, 0x82b082bu,
  0x8080819u, 0x82b1908u, 0x8081908u, 0x82b1908u, 0x8190808u, 0x82b1908u, 0x82b2b19u, 0x82b1908u,
  0x19080808u, 0x82b1908u, 0x8080808u, 0x82b1919u, 0x19080819u, 0x82b1919u, 0x1919082bu, 0x82b1919u,
  0x2b192b19u, 0x82b1919u, 0x8080819u, 0x82b192bu, 0x8192b2bu, 0x82b192bu, 0x2b2b192bu, 0x82b192bu,
  0x8080808u, 0x82b2b08u, 0x8082b08u, 0x82b2b08u, 0x8082b2bu, 0x82b2b08u, 0x82b0808u, 0x82b2b08u,
  0x19191919u, 0x82b2b08u, 0x2b082b08u, 0x82b2b08u, 0x2b2b082bu, 0x82b2b08u, 0x192b2b08u, 0x82b2b19u,
  0x2b190808u, 0x82b2b19u, 0x8082b08u, 0x82b2b2bu, 0x82b0808u, 0x82b2b2bu, 0x2b08082bu, 0x82b2b2bu,
  0x2b082b08u, 0x82b2b2bu, 0x2b082b2bu, 0x82b2b2bu, 0x8080819u, 0x19080808u, 0x8081908u, 0x19080808u,
  0x808192bu, 0x19080808u, 0x8082b19u, 0x19080808u, 0x8190808u, 0x19080808u, 0x819082bu, 0x19080808u,
  0x8191919u, 0x19080808u, 0x8192b08u, 0x19080808u, 0x82b0819u, 0x19080808u, 0x82b1908u, 0x19080808u,
  0x19080808u, 0x19080808u, 0x1908082bu, 0x19080808u, 0x19081919u, 0x19080808u, 0x19082b08u, 0x19080808u,
  0x19082b2bu, 0x19080808u, 0x19190819u, 0x19080808u, 0x19191908u, 0x19080808u, 0x192b0808u, 0x19080808u,
  0x192b1919u, 0x19080808u, 0x2b080819u, 0x19080808u, 0x2b081908u, 0x19080808u, 0x2b190808u, 0x19080808u,
  0x8080808u, 0x19080819u, 0x808082bu, 0x19080819u, 0x8081919u, 0x19080819u, 0x8082b08u, 0x19080819u,
  0x8190819u, 0x19080819u, 0x8191908u, 0x19080819u, 0x82b0808u, 0x19080819u, 0x19080819u, 0x19080819u,
  0x19081908u, 0x19080819u, 0x19190808u, 0x19080819u, 0x2b080808u, 0x19080819u, 0x2b081919u, 0x19080819u,
  0x2b2b082bu, 0x19080819u, 0x8080819u, 0x1908082bu, 0x8081908u, 0x1908082bu, 0x8190808u, 0x1908082bu,
  0x819082bu, 0x1908082bu, 0x82b2b19u, 0x1908082bu, 0x19080808u, 0x1908082bu, 0x8080808u, 0x19081908u,
  0x808082bu, 0x19081908u, 0x8081919u, 0x19081908u, 0x8082b08u, 0x19081908u, 0x8190819u, 0x19081908u,
  0x8191908u, 0x19081908u, 0x8192b19u, 0x19081908u, 0x82b0808u, 0x19081908u, 0x19080819u, 0x19081908u,
  0x19081908u, 0x19081908u, 0x19190808u, 0x19081908u, 0x2b080808u, 0x19081908u, 0x2b191908u, 0x19081908u,
  0x8080819u, 0x19081919u, 0x8081908u, 0x19081919u, 0x8190808u, 0x19081919u, 0x82b1908u, 0x19081919u,
  0x19080808u, 0x19081919u, 0x2b192b2bu, 0x19081919u, 0x8080808u, 0x1908192bu, 0x8082b2bu, 0x1908192bu,
  0x19081908u, 0x1908192bu, 0x19190808u, 0x1908192bu, 0x8080819u, 0x19082b08u, 0x8081908u, 0x19082b08u,
  0x8190808u, 0x19082b08u, 0x19080808u, 0x19082b08u, 0x19081919u, 0x19082b08u, 0x19191908u, 0x19082b08u,
  0x192b082bu, 0x19082b08u, 0x8080808u, 0x19082b19u, 0x8190819u, 0x19082b19u, 0x19081908u, 0x19082b19u,
  0x19190808u, 0x19082b19u, 0x192b2b19u, 0x19082b19u, 0x8081908u, 0x19082b2bu, 0x8080808u, 0x19190808u,
  0x808082bu, 0x19190808u, 0x8081919u, 0x19190808u, 0x8082b08u, 0x19190808u, 0x8190819u, 0x19190808u,
  0x8191908u, 0x19190808u, 0x82b0808u, 0x19190808u, 0x82b2b08u, 0x19190808u, 0x19080819u, 0x19190808u,
  0x19081908u, 0x19190808u, 0x19190808u, 0x19190808u, 0x2b080808u, 0x19190808u, 0x8080819u, 0x19190819u,
  0x8081908u, 0x19190819u, 0x8190808u, 0x19190819u, 0x8191919u, 0x19190819u, 0x19080808u, 0x19190819u,
  0x1908082bu, 0x19190819u, 0x8080808u, 0x1919082bu, 0x19081908u, 0x1919082bu, 0x2b2b2b2bu, 0x1919082bu,
  0x8080819u, 0x19191908u, 0x8081908u, 0x19191908u, 0x8190808u, 0x19191908u, 0x82b0819u, 0x19191908u,
  0x19080808u, 0x19191908u, 0x192b0808u, 0x19191908u, 0x2b080819u, 0x19191908u, 0x2b2b0819u, 0x19191908u,
  0x8080808u, 0x19191919u, 0x8082b08u, 0x19191919u, 0x2b080808u, 0x19191919u, 0x2b082b08u, 0x19191919u,
  0x82b0819u, 0x1919192bu, 0x192b2b08u, 0x1919192bu, 0x2b2b0819u, 0x1919192bu, 0x8080808u, 0x19192b08u,
  0x8191908u, 0x19192b08u, 0x19080819u, 0x19192b08u, 0x19190808u, 0x19192b08u, 0x2b192b19u, 0x19192b08u,
  0x8192b2bu, 0x19192b19u, 0x19080808u, 0x19192b19u, 0x1908082bu, 0x19192b19u, 0x2b081919u, 0x19192b2bu,
  0x8080819u, 0x192b0808u, 0x8081908u, 0x192b0808u, 0x8190808u, 0x192b0808u, 0x19080808u, 0x192b0808u,
  0x19191908u, 0x192b0808u, 0x192b082bu, 0x192b0808u, 0x2b08192bu, 0x192b0808u, 0x2b2b2b19u, 0x192b0808u,
  0x8080808u, 0x192b0819u, 0x82b1908u, 0x192b082bu, 0x19082b2bu, 0x192b082bu, 0x2b19082bu, 0x192b082bu,
  0x8080808u, 0x192b1908u, 0x819192bu, 0x192b1908u, 0x8190808u, 0x192b1919u, 0x19080808u, 0x192b1919u,
  0x19081919u, 0x192b1919u, 0x2b2b1908u, 0x192b1919u, 0x8080819u, 0x192b2b08u, 0x192b2b2bu, 0x192b2b08u,
  0x82b1919u, 0x192b2b19u, 0x808192bu, 0x192b2b2bu, 0x19191908u, 0x192b2b2bu, 0x192b082bu, 0x192b2b2bu,
  0x8080808u, 0x2b080808u, 0x808082bu, 0x2b080808u, 0x8081919u, 0x2b080808u, 0x8082b08u, 0x2b080808u,
  0x8190819u, 0x2b080808u, 0x8191908u, 0x2b080808u, 0x82b0808u, 0x2b080808u, 0x82b2b2bu, 0x2b080808u,
  0x19080819u, 0x2b080808u, 0x19081908u, 0x2b080808u, 0x19190808u, 0x2b080808u, 0x2b080808u, 0x2b080808u,
  0x2b08082bu, 0x2b080808u, 0x2b2b2b08u, 0x2b080808u, 0x2b2b2b2bu, 0x2b080808u, 0x8080819u, 0x2b080819u,
  0x8081908u, 0x2b080819u, 0x808192bu, 0x2b080819u, 0x8190808u, 0x2b080819u, 0x19080808u, 0x2b080819u,
  0x19190819u, 0x2b080819u, 0x19192b19u, 0x2b080819u, 0x8080808u, 0x2b08082bu, 0x82b0808u, 0x2b08082bu,
  0x2b080808u, 0x2b08082bu, 0x2b08082bu, 0x2b08082bu, 0x2b2b0808u, 0x2b08082bu, 0x2b2b2b08u, 0x2b08082bu,
  0x8080819u, 0x2b081908u, 0x8081908u, 0x2b081908u, 0x8190808u, 0x2b081908u, 0x819082bu, 0x2b081908u,
  0x8191919u, 0x2b081908u, 0x19080808u, 0x2b081908u, 0x192b0808u, 0x2b081908u, 0x2b082b19u, 0x2b081908u,
  0x8080808u, 0x2b081919u, 0x19081908u, 0x2b081919u, 0x2b2b1919u, 0x2b081919u, 0x8192b08u, 0x2b08192bu,
  0x192b2b2bu, 0x2b08192bu, 0x8080808u, 0x2b082b08u, 0x8082b08u, 0x2b082b08u, 0x82b1919u, 0x2b082b08u,
  0x19192b2bu, 0x2b082b08u, 0x2b080808u, 0x2b082b08u, 0x2b08082bu, 0x2b082b08u, 0x2b2b2b08u, 0x2b082b08u,
  0x808192bu, 0x2b082b19u, 0x82b082bu, 0x2b082b2bu, 0x2b080808u, 0x2b082b2bu, 0x2b082b08u, 0x2b082b2bu,
  0x2b19192bu, 0x2b082b2bu, 0x2b2b2b08u, 0x2b082b2bu, 0x8080819u, 0x2b190808u, 0x8081908u, 0x2b190808u,
  0x8190808u, 0x2b190808u, 0x19080808u, 0x2b190808u, 0x1919192bu, 0x2b190808u, 0x2b081908u, 0x2b190808u,
  0x8080808u, 0x2b190819u, 0x82b082bu, 0x2b190819u, 0x192b1908u, 0x2b190819u, 0x1919192bu, 0x2b19082bu,
  0x2b082b19u, 0x2b19082bu, 0x8080808u, 0x2b191908u, 0x8081919u, 0x2b191908u, 0x19081908u, 0x2b191908u,
  0x19190808u, 0x2b191908u, 0x19192b08u, 0x2b191908u, 0x82b2b19u, 0x2b191919u, 0x2b190808u, 0x2b191919u,
  0x2b19082bu, 0x2b191919u, 0x19080819u, 0x2b19192bu, 0x19190819u, 0x2b192b08u, 0x2b2b192bu, 0x2b192b08u,
  0x19082b19u, 0x2b192b19u, 0x8191919u, 0x2b192b2bu, 0x192b0808u, 0x2b192b2bu, 0x8080808u, 0x2b2b0808u,
  0x808082bu, 0x2b2b0808u, 0x8082b08u, 0x2b2b0808u, 0x8082b2bu, 0x2b2b0808u, 0x82b0808u, 0x2b2b0808u,
  0x82b2b2bu, 0x2b2b0808u, 0x2b2b0808u, 0x2b2b0808u, 0x19190819u, 0x2b2b0819u, 0x19192b19u, 0x2b2b0819u,
  0x2b2b192bu, 0x2b2b0819u, 0x8080808u, 0x2b2b082bu, 0x808082bu, 0x2b2b082bu, 0x8082b08u, 0x2b2b082bu,
  0x82b2b2bu, 0x2b2b082bu, 0x2b080808u, 0x2b2b082bu, 0x2b2b0808u, 0x2b2b082bu, 0x19080808u, 0x2b2b1908u,
  0x2b191919u, 0x2b2b1908u, 0x192b1919u, 0x2b2b192bu, 0x2b192b08u, 0x2b2b192bu, 0x8082b2bu, 0x2b2b2b08u,
  0x82b0808u, 0x2b2b2b08u, 0x82b082bu, 0x2b2b2b08u, 0x82b2b08u, 0x2b2b2b08u, 0x2b2b0808u, 0x2b2b2b08u,
  0x2b2b2b08u, 0x2b2b2b08u, 0x8081908u, 0x2b2b2b19u, 0x2b081908u, 0x2b2b2b19u, 0x2b08192bu, 0x2b2b2b19u,
  0x82b2b08u, 0x2b2b2b2bu, 0x82b2b2bu, 0x2b2b2b2bu, 0x2b190819u, 0x2b2b2b2bu, 0x2b2b2b2bu, 0x2b2b2b2bu
);
// ksigns_iq2xs: u8 x 128, 4 per word
const ksigns_iq2xs = array<u32, 32>(
  0x3828100u, 0x87060584u, 0x8b0a0988u, 0xf8e8d0cu, 0x93121190u, 0x17969514u, 0x1b9a9918u, 0x9f1e1d9cu,
  0xa32221a0u, 0x27a6a524u, 0x2baaa928u, 0xaf2e2dacu, 0x33b2b130u, 0xb73635b4u, 0xbb3a39b8u, 0x3fbebd3cu,
  0xc34241c0u, 0x47c6c544u, 0x4bcac948u, 0xcf4e4dccu, 0x53d2d150u, 0xd75655d4u, 0xdb5a59d8u, 0x5fdedd5cu,
  0x63e2e160u, 0xe76665e4u, 0xeb6a69e8u, 0x6feeed6cu, 0xf37271f0u, 0x77f6f574u, 0x7bfaf978u, 0xff7e7dfcu
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
    let u0_b0 = (row_base0 + (u0_blk * 74u));
    let t1_0 = (u0_b0 + (u0_slice * 8u));
    let t1_1 = ((t1_0 & 3u) * 8u);
    let t1_2 = (t1_1 + 16u);
    let t1_3 = (t1_2 < 32u);
    let t1_4 = (t1_0 >> 2u);
    let t1_5 = w[(t1_4 + 1u)];
    let t1_6 = (t1_2 & 31u);
    let t1_7 = (((select(t1_5, w[t1_4], t1_3) >> t1_6) | ((select(w[(t1_4 + 2u)], t1_5, t1_3) << 1u) << (31u - t1_6))) & 0xffffu);
    let t1_8 = ((t1_7 & 0x1ffu) * 2u);
    let t1_9 = (t1_7 >> 9u);
    let t1_10 = ((ksigns_iq2xs[(t1_9 >> 2u)] >> ((t1_9 & 3u) * 8u)) & 255u);
    let t1_11 = ((((t1_10 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_12 = (iq2xs_grid[t1_8] ^ t1_11);
    let t1_13 = (((((t1_10 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_14 = (iq2xs_grid[(t1_8 + 1u)] ^ t1_13);
    let t1_15 = ((t1_5 >> t1_1) & 0xffffu);
    let t1_16 = ((t1_15 & 0x1ffu) * 2u);
    let t1_17 = (t1_15 >> 9u);
    let t1_18 = ((ksigns_iq2xs[(t1_17 >> 2u)] >> ((t1_17 & 3u) * 8u)) & 255u);
    let t1_19 = ((((t1_18 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_20 = (iq2xs_grid[t1_16] ^ t1_19);
    let t1_21 = (((((t1_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_22 = (iq2xs_grid[(t1_16 + 1u)] ^ t1_21);
    let t1_23 = (u0_slice * 2u);
    let t1_24 = (u0_b0 + (t1_23 >> 1u));
    let t1_25 = (((t1_24 & 3u) * 8u) + 16u);
    let t1_26 = (t1_25 < 32u);
    let t1_27 = (t1_24 >> 2u);
    let t1_28 = w[(t1_27 + 17u)];
    let t1_29 = (t1_25 & 31u);
    let u0_q0_0_0 = (((t1_12 | 0x80808080u) - (t1_11 & 0x7f7f7f7fu)) ^ ((t1_12 ^ ~t1_11) & 0x80808080u));
    let u0_q0_0_1 = (((t1_14 | 0x80808080u) - (t1_13 & 0x7f7f7f7fu)) ^ ((t1_14 ^ ~t1_13) & 0x80808080u));
    let u0_q0_0_2 = (((t1_20 | 0x80808080u) - (t1_19 & 0x7f7f7f7fu)) ^ ((t1_20 ^ ~t1_19) & 0x80808080u));
    let u0_q0_0_3 = (((t1_22 | 0x80808080u) - (t1_21 & 0x7f7f7f7fu)) ^ ((t1_22 ^ ~t1_21) & 0x80808080u));
    let u0_s0_0 = ((unpack2x16float(((w[(u0_b0 >> 2u)] >> ((u0_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((((((select(t1_28, w[(t1_27 + 16u)], t1_26) >> t1_29) | ((select(w[(t1_27 + 18u)], t1_28, t1_26) << 1u) << (31u - t1_29))) & 255u) >> ((t1_23 & 1u) * 4u)) & 15u))))) * 0.25f);
    let t2_0 = (u0_b0 + (u0_slice * 8u));
    let t2_1 = ((t2_0 & 3u) * 8u);
    let t2_2 = (t2_1 + 16u);
    let t2_3 = (t2_2 < 32u);
    let t2_4 = (t2_0 >> 2u);
    let t2_5 = w[(t2_4 + 2u)];
    let t2_6 = (t2_2 & 31u);
    let t2_7 = (((select(t2_5, w[(t2_4 + 1u)], t2_3) >> t2_6) | ((select(w[(t2_4 + 3u)], t2_5, t2_3) << 1u) << (31u - t2_6))) & 0xffffu);
    let t2_8 = ((t2_7 & 0x1ffu) * 2u);
    let t2_9 = (t2_7 >> 9u);
    let t2_10 = ((ksigns_iq2xs[(t2_9 >> 2u)] >> ((t2_9 & 3u) * 8u)) & 255u);
    let t2_11 = ((((t2_10 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_12 = (iq2xs_grid[t2_8] ^ t2_11);
    let t2_13 = (((((t2_10 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_14 = (iq2xs_grid[(t2_8 + 1u)] ^ t2_13);
    let t2_15 = ((t2_5 >> t2_1) & 0xffffu);
    let t2_16 = ((t2_15 & 0x1ffu) * 2u);
    let t2_17 = (t2_15 >> 9u);
    let t2_18 = ((ksigns_iq2xs[(t2_17 >> 2u)] >> ((t2_17 & 3u) * 8u)) & 255u);
    let t2_19 = ((((t2_18 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_20 = (iq2xs_grid[t2_16] ^ t2_19);
    let t2_21 = (((((t2_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_22 = (iq2xs_grid[(t2_16 + 1u)] ^ t2_21);
    let t2_23 = ((u0_slice * 2u) + 1u);
    let t2_24 = (u0_b0 + (t2_23 >> 1u));
    let t2_25 = (((t2_24 & 3u) * 8u) + 16u);
    let t2_26 = (t2_25 < 32u);
    let t2_27 = (t2_24 >> 2u);
    let t2_28 = w[(t2_27 + 17u)];
    let t2_29 = (t2_25 & 31u);
    let u0_q0_1_0 = (((t2_12 | 0x80808080u) - (t2_11 & 0x7f7f7f7fu)) ^ ((t2_12 ^ ~t2_11) & 0x80808080u));
    let u0_q0_1_1 = (((t2_14 | 0x80808080u) - (t2_13 & 0x7f7f7f7fu)) ^ ((t2_14 ^ ~t2_13) & 0x80808080u));
    let u0_q0_1_2 = (((t2_20 | 0x80808080u) - (t2_19 & 0x7f7f7f7fu)) ^ ((t2_20 ^ ~t2_19) & 0x80808080u));
    let u0_q0_1_3 = (((t2_22 | 0x80808080u) - (t2_21 & 0x7f7f7f7fu)) ^ ((t2_22 ^ ~t2_21) & 0x80808080u));
    let u0_s0_1 = ((unpack2x16float(((w[(u0_b0 >> 2u)] >> ((u0_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((((((select(t2_28, w[(t2_27 + 16u)], t2_26) >> t2_29) | ((select(w[(t2_27 + 18u)], t2_28, t2_26) << 1u) << (31u - t2_29))) & 255u) >> ((t2_23 & 1u) * 4u)) & 15u))))) * 0.25f);
    acc0 = (acc0 + (u0_x0_d * ((u0_s0_0 * f32((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)))) + (u0_s0_1 * f32((((dot4I8Packed(u0_q0_1_0, u0_x0_hi.x) + dot4I8Packed(u0_q0_1_1, u0_x0_hi.y)) + dot4I8Packed(u0_q0_1_2, u0_x0_hi.z)) + dot4I8Packed(u0_q0_1_3, u0_x0_hi.w)))))));
    let u1_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at].y;
    let u1_x0_lo = x[(u1_x0_at + 3u)];
    let u1_x0_hi = x[(u1_x0_at + 4u)];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (j0 >> 3u);
    let u1_slice = ((j0 & 7u) + 1u);
    let u1_b0 = (row_base0 + (u1_blk * 74u));
    let t3_0 = (u1_b0 + (u1_slice * 8u));
    let t3_1 = ((t3_0 & 3u) * 8u);
    let t3_2 = (t3_1 + 16u);
    let t3_3 = (t3_2 < 32u);
    let t3_4 = (t3_0 >> 2u);
    let t3_5 = w[(t3_4 + 1u)];
    let t3_6 = (t3_2 & 31u);
    let t3_7 = (((select(t3_5, w[t3_4], t3_3) >> t3_6) | ((select(w[(t3_4 + 2u)], t3_5, t3_3) << 1u) << (31u - t3_6))) & 0xffffu);
    let t3_8 = ((t3_7 & 0x1ffu) * 2u);
    let t3_9 = (t3_7 >> 9u);
    let t3_10 = ((ksigns_iq2xs[(t3_9 >> 2u)] >> ((t3_9 & 3u) * 8u)) & 255u);
    let t3_11 = ((((t3_10 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_12 = (iq2xs_grid[t3_8] ^ t3_11);
    let t3_13 = (((((t3_10 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_14 = (iq2xs_grid[(t3_8 + 1u)] ^ t3_13);
    let t3_15 = ((t3_5 >> t3_1) & 0xffffu);
    let t3_16 = ((t3_15 & 0x1ffu) * 2u);
    let t3_17 = (t3_15 >> 9u);
    let t3_18 = ((ksigns_iq2xs[(t3_17 >> 2u)] >> ((t3_17 & 3u) * 8u)) & 255u);
    let t3_19 = ((((t3_18 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_20 = (iq2xs_grid[t3_16] ^ t3_19);
    let t3_21 = (((((t3_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_22 = (iq2xs_grid[(t3_16 + 1u)] ^ t3_21);
    let t3_23 = (u1_slice * 2u);
    let t3_24 = (u1_b0 + (t3_23 >> 1u));
    let t3_25 = (((t3_24 & 3u) * 8u) + 16u);
    let t3_26 = (t3_25 < 32u);
    let t3_27 = (t3_24 >> 2u);
    let t3_28 = w[(t3_27 + 17u)];
    let t3_29 = (t3_25 & 31u);
    let u1_q0_0_0 = (((t3_12 | 0x80808080u) - (t3_11 & 0x7f7f7f7fu)) ^ ((t3_12 ^ ~t3_11) & 0x80808080u));
    let u1_q0_0_1 = (((t3_14 | 0x80808080u) - (t3_13 & 0x7f7f7f7fu)) ^ ((t3_14 ^ ~t3_13) & 0x80808080u));
    let u1_q0_0_2 = (((t3_20 | 0x80808080u) - (t3_19 & 0x7f7f7f7fu)) ^ ((t3_20 ^ ~t3_19) & 0x80808080u));
    let u1_q0_0_3 = (((t3_22 | 0x80808080u) - (t3_21 & 0x7f7f7f7fu)) ^ ((t3_22 ^ ~t3_21) & 0x80808080u));
    let u1_s0_0 = ((unpack2x16float(((w[(u1_b0 >> 2u)] >> ((u1_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((((((select(t3_28, w[(t3_27 + 16u)], t3_26) >> t3_29) | ((select(w[(t3_27 + 18u)], t3_28, t3_26) << 1u) << (31u - t3_29))) & 255u) >> ((t3_23 & 1u) * 4u)) & 15u))))) * 0.25f);
    let t4_0 = (u1_b0 + (u1_slice * 8u));
    let t4_1 = ((t4_0 & 3u) * 8u);
    let t4_2 = (t4_1 + 16u);
    let t4_3 = (t4_2 < 32u);
    let t4_4 = (t4_0 >> 2u);
    let t4_5 = w[(t4_4 + 2u)];
    let t4_6 = (t4_2 & 31u);
    let t4_7 = (((select(t4_5, w[(t4_4 + 1u)], t4_3) >> t4_6) | ((select(w[(t4_4 + 3u)], t4_5, t4_3) << 1u) << (31u - t4_6))) & 0xffffu);
    let t4_8 = ((t4_7 & 0x1ffu) * 2u);
    let t4_9 = (t4_7 >> 9u);
    let t4_10 = ((ksigns_iq2xs[(t4_9 >> 2u)] >> ((t4_9 & 3u) * 8u)) & 255u);
    let t4_11 = ((((t4_10 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t4_12 = (iq2xs_grid[t4_8] ^ t4_11);
    let t4_13 = (((((t4_10 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t4_14 = (iq2xs_grid[(t4_8 + 1u)] ^ t4_13);
    let t4_15 = ((t4_5 >> t4_1) & 0xffffu);
    let t4_16 = ((t4_15 & 0x1ffu) * 2u);
    let t4_17 = (t4_15 >> 9u);
    let t4_18 = ((ksigns_iq2xs[(t4_17 >> 2u)] >> ((t4_17 & 3u) * 8u)) & 255u);
    let t4_19 = ((((t4_18 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t4_20 = (iq2xs_grid[t4_16] ^ t4_19);
    let t4_21 = (((((t4_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t4_22 = (iq2xs_grid[(t4_16 + 1u)] ^ t4_21);
    let t4_23 = ((u1_slice * 2u) + 1u);
    let t4_24 = (u1_b0 + (t4_23 >> 1u));
    let t4_25 = (((t4_24 & 3u) * 8u) + 16u);
    let t4_26 = (t4_25 < 32u);
    let t4_27 = (t4_24 >> 2u);
    let t4_28 = w[(t4_27 + 17u)];
    let t4_29 = (t4_25 & 31u);
    let u1_q0_1_0 = (((t4_12 | 0x80808080u) - (t4_11 & 0x7f7f7f7fu)) ^ ((t4_12 ^ ~t4_11) & 0x80808080u));
    let u1_q0_1_1 = (((t4_14 | 0x80808080u) - (t4_13 & 0x7f7f7f7fu)) ^ ((t4_14 ^ ~t4_13) & 0x80808080u));
    let u1_q0_1_2 = (((t4_20 | 0x80808080u) - (t4_19 & 0x7f7f7f7fu)) ^ ((t4_20 ^ ~t4_19) & 0x80808080u));
    let u1_q0_1_3 = (((t4_22 | 0x80808080u) - (t4_21 & 0x7f7f7f7fu)) ^ ((t4_22 ^ ~t4_21) & 0x80808080u));
    let u1_s0_1 = ((unpack2x16float(((w[(u1_b0 >> 2u)] >> ((u1_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((((((select(t4_28, w[(t4_27 + 16u)], t4_26) >> t4_29) | ((select(w[(t4_27 + 18u)], t4_28, t4_26) << 1u) << (31u - t4_29))) & 255u) >> ((t4_23 & 1u) * 4u)) & 15u))))) * 0.25f);
    acc0 = (acc0 + (u1_x0_d * ((u1_s0_0 * f32((((dot4I8Packed(u1_q0_0_0, u1_x0_lo.x) + dot4I8Packed(u1_q0_0_1, u1_x0_lo.y)) + dot4I8Packed(u1_q0_0_2, u1_x0_lo.z)) + dot4I8Packed(u1_q0_0_3, u1_x0_lo.w)))) + (u1_s0_1 * f32((((dot4I8Packed(u1_q0_1_0, u1_x0_hi.x) + dot4I8Packed(u1_q0_1_1, u1_x0_hi.y)) + dot4I8Packed(u1_q0_1_2, u1_x0_hi.z)) + dot4I8Packed(u1_q0_1_3, u1_x0_hi.w)))))));
    let u2_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u2_x0_hdr = x[u2_x0_at].z;
    let u2_x0_lo = x[(u2_x0_at + 5u)];
    let u2_x0_hi = x[(u2_x0_at + 6u)];
    let u2_x0_d = unpack2x16float((u2_x0_hdr & 0xffffu)).x;
    let u2_blk = (j0 >> 3u);
    let u2_slice = ((j0 & 7u) + 2u);
    let u2_b0 = (row_base0 + (u2_blk * 74u));
    let t5_0 = (u2_b0 + (u2_slice * 8u));
    let t5_1 = ((t5_0 & 3u) * 8u);
    let t5_2 = (t5_1 + 16u);
    let t5_3 = (t5_2 < 32u);
    let t5_4 = (t5_0 >> 2u);
    let t5_5 = w[(t5_4 + 1u)];
    let t5_6 = (t5_2 & 31u);
    let t5_7 = (((select(t5_5, w[t5_4], t5_3) >> t5_6) | ((select(w[(t5_4 + 2u)], t5_5, t5_3) << 1u) << (31u - t5_6))) & 0xffffu);
    let t5_8 = ((t5_7 & 0x1ffu) * 2u);
    let t5_9 = (t5_7 >> 9u);
    let t5_10 = ((ksigns_iq2xs[(t5_9 >> 2u)] >> ((t5_9 & 3u) * 8u)) & 255u);
    let t5_11 = ((((t5_10 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t5_12 = (iq2xs_grid[t5_8] ^ t5_11);
    let t5_13 = (((((t5_10 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t5_14 = (iq2xs_grid[(t5_8 + 1u)] ^ t5_13);
    let t5_15 = ((t5_5 >> t5_1) & 0xffffu);
    let t5_16 = ((t5_15 & 0x1ffu) * 2u);
    let t5_17 = (t5_15 >> 9u);
    let t5_18 = ((ksigns_iq2xs[(t5_17 >> 2u)] >> ((t5_17 & 3u) * 8u)) & 255u);
    let t5_19 = ((((t5_18 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t5_20 = (iq2xs_grid[t5_16] ^ t5_19);
    let t5_21 = (((((t5_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t5_22 = (iq2xs_grid[(t5_16 + 1u)] ^ t5_21);
    let t5_23 = (u2_slice * 2u);
    let t5_24 = (u2_b0 + (t5_23 >> 1u));
    let t5_25 = (((t5_24 & 3u) * 8u) + 16u);
    let t5_26 = (t5_25 < 32u);
    let t5_27 = (t5_24 >> 2u);
    let t5_28 = w[(t5_27 + 17u)];
    let t5_29 = (t5_25 & 31u);
    let u2_q0_0_0 = (((t5_12 | 0x80808080u) - (t5_11 & 0x7f7f7f7fu)) ^ ((t5_12 ^ ~t5_11) & 0x80808080u));
    let u2_q0_0_1 = (((t5_14 | 0x80808080u) - (t5_13 & 0x7f7f7f7fu)) ^ ((t5_14 ^ ~t5_13) & 0x80808080u));
    let u2_q0_0_2 = (((t5_20 | 0x80808080u) - (t5_19 & 0x7f7f7f7fu)) ^ ((t5_20 ^ ~t5_19) & 0x80808080u));
    let u2_q0_0_3 = (((t5_22 | 0x80808080u) - (t5_21 & 0x7f7f7f7fu)) ^ ((t5_22 ^ ~t5_21) & 0x80808080u));
    let u2_s0_0 = ((unpack2x16float(((w[(u2_b0 >> 2u)] >> ((u2_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((((((select(t5_28, w[(t5_27 + 16u)], t5_26) >> t5_29) | ((select(w[(t5_27 + 18u)], t5_28, t5_26) << 1u) << (31u - t5_29))) & 255u) >> ((t5_23 & 1u) * 4u)) & 15u))))) * 0.25f);
    let t6_0 = (u2_b0 + (u2_slice * 8u));
    let t6_1 = ((t6_0 & 3u) * 8u);
    let t6_2 = (t6_1 + 16u);
    let t6_3 = (t6_2 < 32u);
    let t6_4 = (t6_0 >> 2u);
    let t6_5 = w[(t6_4 + 2u)];
    let t6_6 = (t6_2 & 31u);
    let t6_7 = (((select(t6_5, w[(t6_4 + 1u)], t6_3) >> t6_6) | ((select(w[(t6_4 + 3u)], t6_5, t6_3) << 1u) << (31u - t6_6))) & 0xffffu);
    let t6_8 = ((t6_7 & 0x1ffu) * 2u);
    let t6_9 = (t6_7 >> 9u);
    let t6_10 = ((ksigns_iq2xs[(t6_9 >> 2u)] >> ((t6_9 & 3u) * 8u)) & 255u);
    let t6_11 = ((((t6_10 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t6_12 = (iq2xs_grid[t6_8] ^ t6_11);
    let t6_13 = (((((t6_10 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t6_14 = (iq2xs_grid[(t6_8 + 1u)] ^ t6_13);
    let t6_15 = ((t6_5 >> t6_1) & 0xffffu);
    let t6_16 = ((t6_15 & 0x1ffu) * 2u);
    let t6_17 = (t6_15 >> 9u);
    let t6_18 = ((ksigns_iq2xs[(t6_17 >> 2u)] >> ((t6_17 & 3u) * 8u)) & 255u);
    let t6_19 = ((((t6_18 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t6_20 = (iq2xs_grid[t6_16] ^ t6_19);
    let t6_21 = (((((t6_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t6_22 = (iq2xs_grid[(t6_16 + 1u)] ^ t6_21);
    let t6_23 = ((u2_slice * 2u) + 1u);
    let t6_24 = (u2_b0 + (t6_23 >> 1u));
    let t6_25 = (((t6_24 & 3u) * 8u) + 16u);
    let t6_26 = (t6_25 < 32u);
    let t6_27 = (t6_24 >> 2u);
    let t6_28 = w[(t6_27 + 17u)];
    let t6_29 = (t6_25 & 31u);
    let u2_q0_1_0 = (((t6_12 | 0x80808080u) - (t6_11 & 0x7f7f7f7fu)) ^ ((t6_12 ^ ~t6_11) & 0x80808080u));
    let u2_q0_1_1 = (((t6_14 | 0x80808080u) - (t6_13 & 0x7f7f7f7fu)) ^ ((t6_14 ^ ~t6_13) & 0x80808080u));
    let u2_q0_1_2 = (((t6_20 | 0x80808080u) - (t6_19 & 0x7f7f7f7fu)) ^ ((t6_20 ^ ~t6_19) & 0x80808080u));
    let u2_q0_1_3 = (((t6_22 | 0x80808080u) - (t6_21 & 0x7f7f7f7fu)) ^ ((t6_22 ^ ~t6_21) & 0x80808080u));
    let u2_s0_1 = ((unpack2x16float(((w[(u2_b0 >> 2u)] >> ((u2_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((((((select(t6_28, w[(t6_27 + 16u)], t6_26) >> t6_29) | ((select(w[(t6_27 + 18u)], t6_28, t6_26) << 1u) << (31u - t6_29))) & 255u) >> ((t6_23 & 1u) * 4u)) & 15u))))) * 0.25f);
    acc0 = (acc0 + (u2_x0_d * ((u2_s0_0 * f32((((dot4I8Packed(u2_q0_0_0, u2_x0_lo.x) + dot4I8Packed(u2_q0_0_1, u2_x0_lo.y)) + dot4I8Packed(u2_q0_0_2, u2_x0_lo.z)) + dot4I8Packed(u2_q0_0_3, u2_x0_lo.w)))) + (u2_s0_1 * f32((((dot4I8Packed(u2_q0_1_0, u2_x0_hi.x) + dot4I8Packed(u2_q0_1_1, u2_x0_hi.y)) + dot4I8Packed(u2_q0_1_2, u2_x0_hi.z)) + dot4I8Packed(u2_q0_1_3, u2_x0_hi.w)))))));
    let u3_x0_at = (x_base + ((j0 >> 2u) * 9u));
    let u3_x0_hdr = x[u3_x0_at].w;
    let u3_x0_lo = x[(u3_x0_at + 7u)];
    let u3_x0_hi = x[(u3_x0_at + 8u)];
    let u3_x0_d = unpack2x16float((u3_x0_hdr & 0xffffu)).x;
    let u3_blk = (j0 >> 3u);
    let u3_slice = ((j0 & 7u) + 3u);
    let u3_b0 = (row_base0 + (u3_blk * 74u));
    let t7_0 = (u3_b0 + (u3_slice * 8u));
    let t7_1 = ((t7_0 & 3u) * 8u);
    let t7_2 = (t7_1 + 16u);
    let t7_3 = (t7_2 < 32u);
    let t7_4 = (t7_0 >> 2u);
    let t7_5 = w[(t7_4 + 1u)];
    let t7_6 = (t7_2 & 31u);
    let t7_7 = (((select(t7_5, w[t7_4], t7_3) >> t7_6) | ((select(w[(t7_4 + 2u)], t7_5, t7_3) << 1u) << (31u - t7_6))) & 0xffffu);
    let t7_8 = ((t7_7 & 0x1ffu) * 2u);
    let t7_9 = (t7_7 >> 9u);
    let t7_10 = ((ksigns_iq2xs[(t7_9 >> 2u)] >> ((t7_9 & 3u) * 8u)) & 255u);
    let t7_11 = ((((t7_10 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t7_12 = (iq2xs_grid[t7_8] ^ t7_11);
    let t7_13 = (((((t7_10 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t7_14 = (iq2xs_grid[(t7_8 + 1u)] ^ t7_13);
    let t7_15 = ((t7_5 >> t7_1) & 0xffffu);
    let t7_16 = ((t7_15 & 0x1ffu) * 2u);
    let t7_17 = (t7_15 >> 9u);
    let t7_18 = ((ksigns_iq2xs[(t7_17 >> 2u)] >> ((t7_17 & 3u) * 8u)) & 255u);
    let t7_19 = ((((t7_18 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t7_20 = (iq2xs_grid[t7_16] ^ t7_19);
    let t7_21 = (((((t7_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t7_22 = (iq2xs_grid[(t7_16 + 1u)] ^ t7_21);
    let t7_23 = (u3_slice * 2u);
    let t7_24 = (u3_b0 + (t7_23 >> 1u));
    let t7_25 = (((t7_24 & 3u) * 8u) + 16u);
    let t7_26 = (t7_25 < 32u);
    let t7_27 = (t7_24 >> 2u);
    let t7_28 = w[(t7_27 + 17u)];
    let t7_29 = (t7_25 & 31u);
    let u3_q0_0_0 = (((t7_12 | 0x80808080u) - (t7_11 & 0x7f7f7f7fu)) ^ ((t7_12 ^ ~t7_11) & 0x80808080u));
    let u3_q0_0_1 = (((t7_14 | 0x80808080u) - (t7_13 & 0x7f7f7f7fu)) ^ ((t7_14 ^ ~t7_13) & 0x80808080u));
    let u3_q0_0_2 = (((t7_20 | 0x80808080u) - (t7_19 & 0x7f7f7f7fu)) ^ ((t7_20 ^ ~t7_19) & 0x80808080u));
    let u3_q0_0_3 = (((t7_22 | 0x80808080u) - (t7_21 & 0x7f7f7f7fu)) ^ ((t7_22 ^ ~t7_21) & 0x80808080u));
    let u3_s0_0 = ((unpack2x16float(((w[(u3_b0 >> 2u)] >> ((u3_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((((((select(t7_28, w[(t7_27 + 16u)], t7_26) >> t7_29) | ((select(w[(t7_27 + 18u)], t7_28, t7_26) << 1u) << (31u - t7_29))) & 255u) >> ((t7_23 & 1u) * 4u)) & 15u))))) * 0.25f);
    let t8_0 = (u3_b0 + (u3_slice * 8u));
    let t8_1 = ((t8_0 & 3u) * 8u);
    let t8_2 = (t8_1 + 16u);
    let t8_3 = (t8_2 < 32u);
    let t8_4 = (t8_0 >> 2u);
    let t8_5 = w[(t8_4 + 2u)];
    let t8_6 = (t8_2 & 31u);
    let t8_7 = (((select(t8_5, w[(t8_4 + 1u)], t8_3) >> t8_6) | ((select(w[(t8_4 + 3u)], t8_5, t8_3) << 1u) << (31u - t8_6))) & 0xffffu);
    let t8_8 = ((t8_7 & 0x1ffu) * 2u);
    let t8_9 = (t8_7 >> 9u);
    let t8_10 = ((ksigns_iq2xs[(t8_9 >> 2u)] >> ((t8_9 & 3u) * 8u)) & 255u);
    let t8_11 = ((((t8_10 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t8_12 = (iq2xs_grid[t8_8] ^ t8_11);
    let t8_13 = (((((t8_10 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t8_14 = (iq2xs_grid[(t8_8 + 1u)] ^ t8_13);
    let t8_15 = ((t8_5 >> t8_1) & 0xffffu);
    let t8_16 = ((t8_15 & 0x1ffu) * 2u);
    let t8_17 = (t8_15 >> 9u);
    let t8_18 = ((ksigns_iq2xs[(t8_17 >> 2u)] >> ((t8_17 & 3u) * 8u)) & 255u);
    let t8_19 = ((((t8_18 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t8_20 = (iq2xs_grid[t8_16] ^ t8_19);
    let t8_21 = (((((t8_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t8_22 = (iq2xs_grid[(t8_16 + 1u)] ^ t8_21);
    let t8_23 = ((u3_slice * 2u) + 1u);
    let t8_24 = (u3_b0 + (t8_23 >> 1u));
    let t8_25 = (((t8_24 & 3u) * 8u) + 16u);
    let t8_26 = (t8_25 < 32u);
    let t8_27 = (t8_24 >> 2u);
    let t8_28 = w[(t8_27 + 17u)];
    let t8_29 = (t8_25 & 31u);
    let u3_q0_1_0 = (((t8_12 | 0x80808080u) - (t8_11 & 0x7f7f7f7fu)) ^ ((t8_12 ^ ~t8_11) & 0x80808080u));
    let u3_q0_1_1 = (((t8_14 | 0x80808080u) - (t8_13 & 0x7f7f7f7fu)) ^ ((t8_14 ^ ~t8_13) & 0x80808080u));
    let u3_q0_1_2 = (((t8_20 | 0x80808080u) - (t8_19 & 0x7f7f7f7fu)) ^ ((t8_20 ^ ~t8_19) & 0x80808080u));
    let u3_q0_1_3 = (((t8_22 | 0x80808080u) - (t8_21 & 0x7f7f7f7fu)) ^ ((t8_22 ^ ~t8_21) & 0x80808080u));
    let u3_s0_1 = ((unpack2x16float(((w[(u3_b0 >> 2u)] >> ((u3_b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((((((select(t8_28, w[(t8_27 + 16u)], t8_26) >> t8_29) | ((select(w[(t8_27 + 18u)], t8_28, t8_26) << 1u) << (31u - t8_29))) & 255u) >> ((t8_23 & 1u) * 4u)) & 15u))))) * 0.25f);
    acc0 = (acc0 + (u3_x0_d * ((u3_s0_0 * f32((((dot4I8Packed(u3_q0_0_0, u3_x0_lo.x) + dot4I8Packed(u3_q0_0_1, u3_x0_lo.y)) + dot4I8Packed(u3_q0_0_2, u3_x0_lo.z)) + dot4I8Packed(u3_q0_0_3, u3_x0_lo.w)))) + (u3_s0_1 * f32((((dot4I8Packed(u3_q0_1_0, u3_x0_hi.x) + dot4I8Packed(u3_q0_1_1, u3_x0_hi.y)) + dot4I8Packed(u3_q0_1_2, u3_x0_hi.z)) + dot4I8Packed(u3_q0_1_3, u3_x0_hi.w)))))));
  }
  for (var j: u32 = (n_full + lid); (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 74u));
    let t9_0 = (b0 + (slice * 8u));
    let t9_1 = ((t9_0 & 3u) * 8u);
    let t9_2 = (t9_1 + 16u);
    let t9_3 = (t9_2 < 32u);
    let t9_4 = (t9_0 >> 2u);
    let t9_5 = w[(t9_4 + 1u)];
    let t9_6 = (t9_2 & 31u);
    let t9_7 = (((select(t9_5, w[t9_4], t9_3) >> t9_6) | ((select(w[(t9_4 + 2u)], t9_5, t9_3) << 1u) << (31u - t9_6))) & 0xffffu);
    let t9_8 = ((t9_7 & 0x1ffu) * 2u);
    let t9_9 = (t9_7 >> 9u);
    let t9_10 = ((ksigns_iq2xs[(t9_9 >> 2u)] >> ((t9_9 & 3u) * 8u)) & 255u);
    let t9_11 = ((((t9_10 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t9_12 = (iq2xs_grid[t9_8] ^ t9_11);
    let t9_13 = (((((t9_10 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t9_14 = (iq2xs_grid[(t9_8 + 1u)] ^ t9_13);
    let t9_15 = ((t9_5 >> t9_1) & 0xffffu);
    let t9_16 = ((t9_15 & 0x1ffu) * 2u);
    let t9_17 = (t9_15 >> 9u);
    let t9_18 = ((ksigns_iq2xs[(t9_17 >> 2u)] >> ((t9_17 & 3u) * 8u)) & 255u);
    let t9_19 = ((((t9_18 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t9_20 = (iq2xs_grid[t9_16] ^ t9_19);
    let t9_21 = (((((t9_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t9_22 = (iq2xs_grid[(t9_16 + 1u)] ^ t9_21);
    let t9_23 = (slice * 2u);
    let t9_24 = (b0 + (t9_23 >> 1u));
    let t9_25 = (((t9_24 & 3u) * 8u) + 16u);
    let t9_26 = (t9_25 < 32u);
    let t9_27 = (t9_24 >> 2u);
    let t9_28 = w[(t9_27 + 17u)];
    let t9_29 = (t9_25 & 31u);
    let q0_0_0 = (((t9_12 | 0x80808080u) - (t9_11 & 0x7f7f7f7fu)) ^ ((t9_12 ^ ~t9_11) & 0x80808080u));
    let q0_0_1 = (((t9_14 | 0x80808080u) - (t9_13 & 0x7f7f7f7fu)) ^ ((t9_14 ^ ~t9_13) & 0x80808080u));
    let q0_0_2 = (((t9_20 | 0x80808080u) - (t9_19 & 0x7f7f7f7fu)) ^ ((t9_20 ^ ~t9_19) & 0x80808080u));
    let q0_0_3 = (((t9_22 | 0x80808080u) - (t9_21 & 0x7f7f7f7fu)) ^ ((t9_22 ^ ~t9_21) & 0x80808080u));
    let s0_0 = ((unpack2x16float(((w[(b0 >> 2u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((((((select(t9_28, w[(t9_27 + 16u)], t9_26) >> t9_29) | ((select(w[(t9_27 + 18u)], t9_28, t9_26) << 1u) << (31u - t9_29))) & 255u) >> ((t9_23 & 1u) * 4u)) & 15u))))) * 0.25f);
    let t10_0 = (b0 + (slice * 8u));
    let t10_1 = ((t10_0 & 3u) * 8u);
    let t10_2 = (t10_1 + 16u);
    let t10_3 = (t10_2 < 32u);
    let t10_4 = (t10_0 >> 2u);
    let t10_5 = w[(t10_4 + 2u)];
    let t10_6 = (t10_2 & 31u);
    let t10_7 = (((select(t10_5, w[(t10_4 + 1u)], t10_3) >> t10_6) | ((select(w[(t10_4 + 3u)], t10_5, t10_3) << 1u) << (31u - t10_6))) & 0xffffu);
    let t10_8 = ((t10_7 & 0x1ffu) * 2u);
    let t10_9 = (t10_7 >> 9u);
    let t10_10 = ((ksigns_iq2xs[(t10_9 >> 2u)] >> ((t10_9 & 3u) * 8u)) & 255u);
    let t10_11 = ((((t10_10 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t10_12 = (iq2xs_grid[t10_8] ^ t10_11);
    let t10_13 = (((((t10_10 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t10_14 = (iq2xs_grid[(t10_8 + 1u)] ^ t10_13);
    let t10_15 = ((t10_5 >> t10_1) & 0xffffu);
    let t10_16 = ((t10_15 & 0x1ffu) * 2u);
    let t10_17 = (t10_15 >> 9u);
    let t10_18 = ((ksigns_iq2xs[(t10_17 >> 2u)] >> ((t10_17 & 3u) * 8u)) & 255u);
    let t10_19 = ((((t10_18 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t10_20 = (iq2xs_grid[t10_16] ^ t10_19);
    let t10_21 = (((((t10_18 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t10_22 = (iq2xs_grid[(t10_16 + 1u)] ^ t10_21);
    let t10_23 = ((slice * 2u) + 1u);
    let t10_24 = (b0 + (t10_23 >> 1u));
    let t10_25 = (((t10_24 & 3u) * 8u) + 16u);
    let t10_26 = (t10_25 < 32u);
    let t10_27 = (t10_24 >> 2u);
    let t10_28 = w[(t10_27 + 17u)];
    let t10_29 = (t10_25 & 31u);
    let q0_1_0 = (((t10_12 | 0x80808080u) - (t10_11 & 0x7f7f7f7fu)) ^ ((t10_12 ^ ~t10_11) & 0x80808080u));
    let q0_1_1 = (((t10_14 | 0x80808080u) - (t10_13 & 0x7f7f7f7fu)) ^ ((t10_14 ^ ~t10_13) & 0x80808080u));
    let q0_1_2 = (((t10_20 | 0x80808080u) - (t10_19 & 0x7f7f7f7fu)) ^ ((t10_20 ^ ~t10_19) & 0x80808080u));
    let q0_1_3 = (((t10_22 | 0x80808080u) - (t10_21 & 0x7f7f7f7fu)) ^ ((t10_22 ^ ~t10_21) & 0x80808080u));
    let s0_1 = ((unpack2x16float(((w[(b0 >> 2u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * (0.5f + f32(i32((((((select(t10_28, w[(t10_27 + 16u)], t10_26) >> t10_29) | ((select(w[(t10_27 + 18u)], t10_28, t10_26) << 1u) << (31u - t10_29))) & 255u) >> ((t10_23 & 1u) * 4u)) & 15u))))) * 0.25f);
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
