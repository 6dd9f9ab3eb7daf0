// kgen 0.1.0: mmvq.iq3_s.nc1.r1.sg.tw; generated, do not edit; content hash 523d2490dc6e09e8
// mmvq: y = W . x, W in iq3_s (256 per 110-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// format iq3_s (ggml type 21) from dsl/formats/iq3_s.ts
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

@group(0) @binding(0) var<storage, read> w: array<u32>; // weights: rows of iq3_s blocks (ggml/GGUF bytes)
@group(0) @binding(1) var<storage, read> x: array<vec4<u32>>; // activations in q8_1x4 (from quantize_q8_1)
@group(0) @binding(2) var<storage, read_write> y: array<f32>; // output, f32
@group(0) @binding(3) var<uniform> p: Params;

override WG_SIZE: u32 = 128u; // threads per workgroup (a power of two, >= 4)
var<workgroup> red: array<f32, 1u * WG_SIZE>;
var<workgroup> iq3s_grid_wg: array<u32, 512u>;
// iq3s_grid: u32 x 512; copied into workgroup array iq3s_grid_wg once per workgroup
const iq3s_grid = array<u32, 512>(
  0x1010101u, 0x1010103u, 0x1010105u, 0x101010bu, 0x101010fu, 0x1010301u, 0x1010303u, 0x1010305u,
  0x1010309u, 0x101030du, 0x1010501u, 0x1010503u, 0x101050bu, 0x1010707u, 0x1010901u, 0x1010905u,
  0x101090bu, 0x101090fu, 0x1010b03u, 0x1010b07u, 0x1010d01u, 0x1010d05u, 0x1010f03u, 0x1010f09u,
  0x1010f0fu, 0x1030101u, 0x1030103u, 0x1030105u, 0x1030109u, 0x1030301u, 0x1030303u, 0x103030bu,
  0x1030501u, 0x1030507u, 0x103050fu, 0x1030703u, 0x103070bu, 0x1030909u, 0x1030d03u, 0x1030d0bu,
  0x1030f05u, 0x1050101u, 0x1050103u, 0x105010bu, 0x105010fu, 0x1050301u, 0x1050307u, 0x105030du,
  0x1050503u, 0x105050bu, 0x1050701u, 0x1050709u, 0x1050905u, 0x105090bu, 0x105090fu, 0x1050b03u,
  0x1050b07u, 0x1050f01u, 0x1050f07u, 0x1070107u, 0x1070303u, 0x107030bu, 0x1070501u, 0x1070505u,
  0x1070703u, 0x1070707u, 0x107070du, 0x1070909u, 0x1070b01u, 0x1070b05u, 0x1070d0fu, 0x1070f03u,
  0x1070f0bu, 0x1090101u, 0x1090307u, 0x109030fu, 0x1090503u, 0x1090509u, 0x1090705u, 0x1090901u,
  0x1090907u, 0x1090b03u, 0x1090f01u, 0x10b0105u, 0x10b0109u, 0x10b0501u, 0x10b0505u, 0x10b050du,
  0x10b0707u, 0x10b0903u, 0x10b090bu, 0x10b090fu, 0x10b0d0du, 0x10b0f07u, 0x10d010du, 0x10d0303u,
  0x10d0307u, 0x10d0703u, 0x10d0b05u, 0x10d0f03u, 0x10f0101u, 0x10f0105u, 0x10f0109u, 0x10f0501u,
  0x10f0505u, 0x10f050du, 0x10f0707u, 0x10f0b01u, 0x10f0b09u, 0x3010101u, 0x3010103u, 0x3010105u,
  0x3010109u, 0x3010301u, 0x3010303u, 0x3010307u, 0x301030bu, 0x301030fu, 0x3010501u, 0x3010505u,
  0x3010703u, 0x3010709u, 0x301070du, 0x3010b09u, 0x3010b0du, 0x3010d03u, 0x3010f05u, 0x3030101u,
  0x3030103u, 0x3030107u, 0x303010du, 0x3030301u, 0x3030309u, 0x3030503u, 0x3030701u, 0x3030707u,
  0x3030903u, 0x3030b01u, 0x3030b05u, 0x3030f01u, 0x3030f0du, 0x3050101u, 0x3050305u, 0x305030bu,
  0x305030fu, 0x3050501u, 0x3050509u, 0x3050705u, 0x3050901u, 0x3050907u, 0x3050b0bu, 0x3050d01u,
  0x3050f05u, 0x3070103u, 0x3070109u, 0x307010fu, 0x3070301u, 0x3070307u, 0x3070503u, 0x307050fu,
  0x3070701u, 0x3070709u, 0x3070903u, 0x3070d05u, 0x3070f01u, 0x3090107u, 0x309010bu, 0x3090305u,
  0x3090309u, 0x3090703u, 0x3090707u, 0x3090905u, 0x309090du, 0x3090b01u, 0x3090b09u, 0x30b0103u,
  0x30b0301u, 0x30b0307u, 0x30b0503u, 0x30b0701u, 0x30b0705u, 0x30b0b03u, 0x30d0501u, 0x30d0509u,
  0x30d050fu, 0x30d0909u, 0x30d090du, 0x30f0103u, 0x30f0107u, 0x30f0301u, 0x30f0305u, 0x30f0503u,
  0x30f070bu, 0x30f0903u, 0x30f0d05u, 0x30f0f01u, 0x5010101u, 0x5010103u, 0x5010107u, 0x501010bu,
  0x501010fu, 0x5010301u, 0x5010305u, 0x5010309u, 0x501030du, 0x5010503u, 0x5010507u, 0x501050fu,
  0x5010701u, 0x5010705u, 0x5010903u, 0x5010907u, 0x501090bu, 0x5010b01u, 0x5010b05u, 0x5010d0fu,
  0x5010f01u, 0x5010f07u, 0x5010f0bu, 0x5030101u, 0x5030105u, 0x5030301u, 0x5030307u, 0x503030fu,
  0x5030505u, 0x503050bu, 0x5030703u, 0x5030709u, 0x5030905u, 0x5030b03u, 0x5050103u, 0x5050109u,
  0x505010fu, 0x5050503u, 0x5050507u, 0x5050701u, 0x505070fu, 0x5050903u, 0x5050b07u, 0x5050b0fu,
  0x5050f03u, 0x5050f09u, 0x5070101u, 0x5070105u, 0x507010bu, 0x5070303u, 0x5070505u, 0x5070509u,
  0x5070703u, 0x5070707u, 0x5070905u, 0x5070b01u, 0x5070d0du, 0x5090103u, 0x509010fu, 0x5090501u,
  0x5090507u, 0x5090705u, 0x509070bu, 0x5090903u, 0x5090f05u, 0x5090f0bu, 0x50b0109u, 0x50b0303u,
  0x50b0505u, 0x50b070fu, 0x50b0901u, 0x50b0b07u, 0x50b0f01u, 0x50d0101u, 0x50d0105u, 0x50d010fu,
  0x50d0503u, 0x50d0b0bu, 0x50d0d03u, 0x50f010bu, 0x50f0303u, 0x50f050du, 0x50f0701u, 0x50f0907u,
  0x50f0b01u, 0x7010105u, 0x7010303u, 0x7010307u, 0x701030bu, 0x701030fu, 0x7010505u, 0x7010703u,
  0x7010707u, 0x701070bu, 0x7010905u, 0x7010909u, 0x701090fu, 0x7010b03u, 0x7010d07u, 0x7010f03u,
  0x7030103u, 0x7030107u, 0x703010bu, 0x7030309u, 0x7030503u, 0x7030507u, 0x7030901u, 0x7030d01u,
  0x7030f05u, 0x7030f0du, 0x7050101u, 0x7050305u, 0x7050501u, 0x7050705u, 0x7050709u, 0x7050b01u,
  0x7070103u, 0x7070301u, 0x7070309u, 0x7070503u, 0x7070507u, 0x707050fu, 0x7070701u, 0x7070903u,
  0x7070907u, 0x707090fu, 0x7070b0bu, 0x7070f07u, 0x7090107u, 0x7090303u, 0x709030du, 0x7090505u,
  0x7090703u, 0x7090b05u, 0x7090d01u, 0x7090d09u, 0x70b0103u, 0x70b0301u, 0x70b0305u, 0x70b050bu,
  0x70b0705u, 0x70b0909u, 0x70b0b0du, 0x70b0f07u, 0x70d030du, 0x70d0903u, 0x70f0103u, 0x70f0107u,
  0x70f0501u, 0x70f0505u, 0x70f070bu, 0x9010101u, 0x9010109u, 0x9010305u, 0x9010501u, 0x9010509u,
  0x901050fu, 0x9010705u, 0x9010903u, 0x9010b01u, 0x9010f01u, 0x9030105u, 0x903010fu, 0x9030303u,
  0x9030307u, 0x9030505u, 0x9030701u, 0x903070bu, 0x9030907u, 0x9030b03u, 0x9030b0bu, 0x9050103u,
  0x9050107u, 0x9050301u, 0x905030bu, 0x9050503u, 0x9050707u, 0x9050901u, 0x9050b0fu, 0x9050d05u,
  0x9050f01u, 0x9070109u, 0x9070303u, 0x9070307u, 0x9070501u, 0x9070505u, 0x9070703u, 0x907070bu,
  0x9090101u, 0x9090105u, 0x9090509u, 0x909070fu, 0x9090901u, 0x9090f03u, 0x90b010bu, 0x90b010fu,
  0x90b0503u, 0x90b0d05u, 0x90d0307u, 0x90d0709u, 0x90d0d01u, 0x90f0301u, 0x90f030bu, 0x90f0701u,
  0x90f0907u, 0x90f0b03u, 0xb010105u, 0xb010301u, 0xb010309u, 0xb010505u, 0xb010901u, 0xb010909u,
  0xb01090fu, 0xb010b05u, 0xb010d0du, 0xb010f09u, 0xb030103u, 0xb030107u, 0xb03010bu, 0xb030305u,
  0xb030503u, 0xb030705u, 0xb030f05u, 0xb050101u, 0xb050303u, 0xb050507u, 0xb050701u, 0xb05070du,
  0xb050b07u, 0xb070105u, 0xb07010fu, 0xb070301u, 0xb07050fu, 0xb070909u, 0xb070b03u, 0xb070d0bu,
  0xb070f07u, 0xb090103u, 0xb090109u, 0xb090501u, 0xb090705u, 0xb09090du, 0xb0b0305u, 0xb0b050du,
  0xb0b0b03u, 0xb0b0b07u, 0xb0d0905u, 0xb0f0105u, 0xb0f0109u, 0xb0f0505u, 0xd010303u, 0xd010307u,
  0xd01030bu, 0xd010703u, 0xd010707u, 0xd010d01u, 0xd030101u, 0xd030501u, 0xd03050fu, 0xd030d09u,
  0xd050305u, 0xd050709u, 0xd050905u, 0xd050b0bu, 0xd050d05u, 0xd050f01u, 0xd070101u, 0xd070309u,
  0xd070503u, 0xd070901u, 0xd09050bu, 0xd090907u, 0xd090d05u, 0xd0b0101u, 0xd0b0107u, 0xd0b0709u,
  0xd0b0d01u, 0xd0d010bu, 0xd0d0901u, 0xd0f0303u, 0xd0f0307u, 0xf010101u, 0xf010109u, 0xf01010fu,
  0xf010501u, 0xf010505u, 0xf01070du, 0xf010901u, 0xf010b09u, 0xf010d05u, 0xf030105u, 0xf030303u,
  0xf030509u, 0xf030907u, 0xf03090bu, 0xf050103u, 0xf050109u, 0xf050301u, 0xf05030du, 0xf050503u,
  0xf050701u, 0xf050b03u, 0xf070105u, 0xf070705u, 0xf07070bu, 0xf070b07u, 0xf090103u, 0xf09010bu,
  0xf090307u, 0xf090501u, 0xf090b01u, 0xf0b0505u, 0xf0b0905u, 0xf0d0105u, 0xf0d0703u, 0xf0f0101u
);

@compute @workgroup_size(WG_SIZE)
fn main(@builtin(local_invocation_index) lid: u32, @builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>, @builtin(subgroup_invocation_id) sg_lane: u32, @builtin(subgroup_size) sg_size: u32) {
  // lookup tables into workgroup memory, once per workgroup
  for (var ti: u32 = lid; (ti < 0x200u); ti = (ti + WG_SIZE)) {
    iq3s_grid_wg[ti] = iq3s_grid[ti];
  }
  workgroupBarrier();
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
  for (var j: u32 = lid; (j < n_chunks); j = (j + WG_SIZE)) {
    let x0_at = (x_base + ((j >> 2u) * 9u));
    let x0_hdr = x[x0_at][(j & 3u)];
    let x0_lo = x[((x0_at + 1u) + ((j & 3u) * 2u))];
    let x0_hi = x[((x0_at + 2u) + ((j & 3u) * 2u))];
    let x0_d = unpack2x16float((x0_hdr & 0xffffu)).x;
    let blk = (j >> 3u);
    let slice = (j & 7u);
    let b0 = (row_base0 + (blk * 110u));
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
    let t0_11 = (b0 + slice);
    let t0_12 = (((t0_11 & 3u) * 8u) + 16u);
    let t0_13 = (t0_12 < 32u);
    let t0_14 = (t0_11 >> 2u);
    let t0_15 = w[(t0_14 + 17u)];
    let t0_16 = (t0_12 & 31u);
    let t0_17 = (((select(t0_15, w[(t0_14 + 16u)], t0_13) >> t0_16) | ((select(w[(t0_14 + 18u)], t0_15, t0_13) << 1u) << (31u - t0_16))) & 255u);
    let t0_18 = (b0 + (slice * 4u));
    let t0_19 = ((t0_18 & 3u) * 8u);
    let t0_20 = (t0_19 + 16u);
    let t0_21 = (t0_20 < 32u);
    let t0_22 = (t0_18 >> 2u);
    let t0_23 = w[(t0_22 + 18u)];
    let t0_24 = w[(t0_22 + 19u)];
    let t0_25 = (t0_20 & 31u);
    let t0_26 = w[(t0_22 + 20u)];
    let t0_27 = (((select(t0_24, t0_23, t0_21) >> t0_25) | ((select(t0_26, t0_24, t0_21) << 1u) << (31u - t0_25))) & 255u);
    let t0_28 = ((((t0_27 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_29 = (iq3s_grid_wg[((((select(t0_6, t0_5, t0_3) >> t0_7) | ((t0_9 << 1u) << t0_10)) & 255u) | ((t0_17 & 1u) << 8u))] ^ t0_28);
    let t0_30 = (t0_1 + 24u);
    let t0_31 = (t0_30 < 32u);
    let t0_32 = (t0_30 & 31u);
    let t0_33 = select(t0_8, t0_6, t0_31);
    let t0_34 = (31u - t0_32);
    let t0_35 = (((((t0_27 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_36 = (iq3s_grid_wg[((((select(t0_6, t0_5, t0_31) >> t0_32) | ((t0_33 << 1u) << t0_34)) & 255u) | (((t0_17 >> 1u) & 1u) << 8u))] ^ t0_35);
    let t0_37 = (t0_19 + 24u);
    let t0_38 = (t0_37 < 32u);
    let t0_39 = (t0_37 & 31u);
    let t0_40 = (((select(t0_24, t0_23, t0_38) >> t0_39) | ((select(t0_26, t0_24, t0_38) << 1u) << (31u - t0_39))) & 255u);
    let t0_41 = ((((t0_40 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_42 = (iq3s_grid_wg[(((t0_6 >> t0_1) & 255u) | (((t0_17 >> 2u) & 1u) << 8u))] ^ t0_41);
    let t0_43 = (t0_1 + 8u);
    let t0_44 = (((((t0_40 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_45 = (iq3s_grid_wg[(((t0_6 >> t0_43) & 255u) | (((t0_17 >> 3u) & 1u) << 8u))] ^ t0_44);
    let t0_46 = w[(t0_4 + 3u)];
    let t0_47 = ((t0_24 >> t0_19) & 255u);
    let t0_48 = ((((t0_47 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_49 = (iq3s_grid_wg[((((t0_9 >> t0_7) | ((select(t0_46, t0_8, t0_3) << 1u) << t0_10)) & 255u) | (((t0_17 >> 4u) & 1u) << 8u))] ^ t0_48);
    let t0_50 = (((((t0_47 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_51 = (iq3s_grid_wg[((((t0_33 >> t0_32) | ((select(t0_46, t0_8, t0_31) << 1u) << t0_34)) & 255u) | (((t0_17 >> 5u) & 1u) << 8u))] ^ t0_50);
    let t0_52 = ((t0_24 >> (t0_19 + 8u)) & 255u);
    let t0_53 = ((((t0_52 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_54 = (iq3s_grid_wg[(((t0_8 >> t0_1) & 255u) | (((t0_17 >> 6u) & 1u) << 8u))] ^ t0_53);
    let t0_55 = (((((t0_52 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t0_56 = (iq3s_grid_wg[(((t0_8 >> t0_43) & 255u) | (((t0_17 >> 7u) & 1u) << 8u))] ^ t0_55);
    let t0_57 = (b0 + (slice >> 1u));
    let t0_58 = (((t0_57 & 3u) * 8u) + 16u);
    let t0_59 = (t0_58 < 32u);
    let t0_60 = (t0_57 >> 2u);
    let t0_61 = w[(t0_60 + 27u)];
    let t0_62 = (t0_58 & 31u);
    let q0_0_0 = (((t0_29 | 0x80808080u) - (t0_28 & 0x7f7f7f7fu)) ^ ((t0_29 ^ ~t0_28) & 0x80808080u));
    let q0_0_1 = (((t0_36 | 0x80808080u) - (t0_35 & 0x7f7f7f7fu)) ^ ((t0_36 ^ ~t0_35) & 0x80808080u));
    let q0_0_2 = (((t0_42 | 0x80808080u) - (t0_41 & 0x7f7f7f7fu)) ^ ((t0_42 ^ ~t0_41) & 0x80808080u));
    let q0_0_3 = (((t0_45 | 0x80808080u) - (t0_44 & 0x7f7f7f7fu)) ^ ((t0_45 ^ ~t0_44) & 0x80808080u));
    let q0_0_4 = (((t0_49 | 0x80808080u) - (t0_48 & 0x7f7f7f7fu)) ^ ((t0_49 ^ ~t0_48) & 0x80808080u));
    let q0_0_5 = (((t0_51 | 0x80808080u) - (t0_50 & 0x7f7f7f7fu)) ^ ((t0_51 ^ ~t0_50) & 0x80808080u));
    let q0_0_6 = (((t0_54 | 0x80808080u) - (t0_53 & 0x7f7f7f7fu)) ^ ((t0_54 ^ ~t0_53) & 0x80808080u));
    let q0_0_7 = (((t0_56 | 0x80808080u) - (t0_55 & 0x7f7f7f7fu)) ^ ((t0_56 ^ ~t0_55) & 0x80808080u));
    let s0_0 = (unpack2x16float(((w[(b0 >> 2u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32((((((((select(t0_61, w[(t0_60 + 26u)], t0_59) >> t0_62) | ((select(w[(t0_60 + 28u)], t0_61, t0_59) << 1u) << (31u - t0_62))) & 255u) >> ((slice & 1u) * 4u)) & 15u) * 2u) + 1u))));
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
