// kgen 0.1.0: mmvq.iq3_s.nc1.r1.sg.u2; generated, do not edit; content hash 78cfd9494e689e08
// mmvq: y = W . x, W in iq3_s (256 per 110-byte block), x in q8_1x4, y in f32
// 1 column(s) x 1 row(s) per workgroup; reduction through subgroup operations
// grid: x * z = ceil(rows / 1) row groups, y = batches (ne12 * ne13)
// schedule: 2 chunk(s) per thread per step (strided), lookup tables vec
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
// iq3s_grid: u32 x 512
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
    let u0_b0 = (row_base0 + (u0_blk * 110u));
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
    let t1_11 = (u0_b0 + u0_slice);
    let t1_12 = (((t1_11 & 3u) * 8u) + 16u);
    let t1_13 = (t1_12 < 32u);
    let t1_14 = (t1_11 >> 2u);
    let t1_15 = w[(t1_14 + 17u)];
    let t1_16 = (t1_12 & 31u);
    let t1_17 = (((select(t1_15, w[(t1_14 + 16u)], t1_13) >> t1_16) | ((select(w[(t1_14 + 18u)], t1_15, t1_13) << 1u) << (31u - t1_16))) & 255u);
    let t1_18 = (u0_b0 + (u0_slice * 4u));
    let t1_19 = ((t1_18 & 3u) * 8u);
    let t1_20 = (t1_19 + 16u);
    let t1_21 = (t1_20 < 32u);
    let t1_22 = (t1_18 >> 2u);
    let t1_23 = w[(t1_22 + 18u)];
    let t1_24 = w[(t1_22 + 19u)];
    let t1_25 = (t1_20 & 31u);
    let t1_26 = w[(t1_22 + 20u)];
    let t1_27 = (((select(t1_24, t1_23, t1_21) >> t1_25) | ((select(t1_26, t1_24, t1_21) << 1u) << (31u - t1_25))) & 255u);
    let t1_28 = ((((t1_27 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_29 = (iq3s_grid[((((select(t1_6, t1_5, t1_3) >> t1_7) | ((t1_9 << 1u) << t1_10)) & 255u) | ((t1_17 & 1u) << 8u))] ^ t1_28);
    let t1_30 = (t1_1 + 24u);
    let t1_31 = (t1_30 < 32u);
    let t1_32 = (t1_30 & 31u);
    let t1_33 = select(t1_8, t1_6, t1_31);
    let t1_34 = (31u - t1_32);
    let t1_35 = (((((t1_27 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_36 = (iq3s_grid[((((select(t1_6, t1_5, t1_31) >> t1_32) | ((t1_33 << 1u) << t1_34)) & 255u) | (((t1_17 >> 1u) & 1u) << 8u))] ^ t1_35);
    let t1_37 = (t1_19 + 24u);
    let t1_38 = (t1_37 < 32u);
    let t1_39 = (t1_37 & 31u);
    let t1_40 = (((select(t1_24, t1_23, t1_38) >> t1_39) | ((select(t1_26, t1_24, t1_38) << 1u) << (31u - t1_39))) & 255u);
    let t1_41 = ((((t1_40 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_42 = (iq3s_grid[(((t1_6 >> t1_1) & 255u) | (((t1_17 >> 2u) & 1u) << 8u))] ^ t1_41);
    let t1_43 = (t1_1 + 8u);
    let t1_44 = (((((t1_40 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_45 = (iq3s_grid[(((t1_6 >> t1_43) & 255u) | (((t1_17 >> 3u) & 1u) << 8u))] ^ t1_44);
    let t1_46 = w[(t1_4 + 3u)];
    let t1_47 = ((t1_24 >> t1_19) & 255u);
    let t1_48 = ((((t1_47 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_49 = (iq3s_grid[((((t1_9 >> t1_7) | ((select(t1_46, t1_8, t1_3) << 1u) << t1_10)) & 255u) | (((t1_17 >> 4u) & 1u) << 8u))] ^ t1_48);
    let t1_50 = (((((t1_47 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_51 = (iq3s_grid[((((t1_33 >> t1_32) | ((select(t1_46, t1_8, t1_31) << 1u) << t1_34)) & 255u) | (((t1_17 >> 5u) & 1u) << 8u))] ^ t1_50);
    let t1_52 = ((t1_24 >> (t1_19 + 8u)) & 255u);
    let t1_53 = ((((t1_52 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_54 = (iq3s_grid[(((t1_8 >> t1_1) & 255u) | (((t1_17 >> 6u) & 1u) << 8u))] ^ t1_53);
    let t1_55 = (((((t1_52 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t1_56 = (iq3s_grid[(((t1_8 >> t1_43) & 255u) | (((t1_17 >> 7u) & 1u) << 8u))] ^ t1_55);
    let t1_57 = (u0_b0 + (u0_slice >> 1u));
    let t1_58 = (((t1_57 & 3u) * 8u) + 16u);
    let t1_59 = (t1_58 < 32u);
    let t1_60 = (t1_57 >> 2u);
    let t1_61 = w[(t1_60 + 27u)];
    let t1_62 = (t1_58 & 31u);
    let u0_q0_0_0 = (((t1_29 | 0x80808080u) - (t1_28 & 0x7f7f7f7fu)) ^ ((t1_29 ^ ~t1_28) & 0x80808080u));
    let u0_q0_0_1 = (((t1_36 | 0x80808080u) - (t1_35 & 0x7f7f7f7fu)) ^ ((t1_36 ^ ~t1_35) & 0x80808080u));
    let u0_q0_0_2 = (((t1_42 | 0x80808080u) - (t1_41 & 0x7f7f7f7fu)) ^ ((t1_42 ^ ~t1_41) & 0x80808080u));
    let u0_q0_0_3 = (((t1_45 | 0x80808080u) - (t1_44 & 0x7f7f7f7fu)) ^ ((t1_45 ^ ~t1_44) & 0x80808080u));
    let u0_q0_0_4 = (((t1_49 | 0x80808080u) - (t1_48 & 0x7f7f7f7fu)) ^ ((t1_49 ^ ~t1_48) & 0x80808080u));
    let u0_q0_0_5 = (((t1_51 | 0x80808080u) - (t1_50 & 0x7f7f7f7fu)) ^ ((t1_51 ^ ~t1_50) & 0x80808080u));
    let u0_q0_0_6 = (((t1_54 | 0x80808080u) - (t1_53 & 0x7f7f7f7fu)) ^ ((t1_54 ^ ~t1_53) & 0x80808080u));
    let u0_q0_0_7 = (((t1_56 | 0x80808080u) - (t1_55 & 0x7f7f7f7fu)) ^ ((t1_56 ^ ~t1_55) & 0x80808080u));
    let u0_s0_0 = (unpack2x16float(((w[(u0_b0 >> 2u)] >> ((u0_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32((((((((select(t1_61, w[(t1_60 + 26u)], t1_59) >> t1_62) | ((select(w[(t1_60 + 28u)], t1_61, t1_59) << 1u) << (31u - t1_62))) & 255u) >> ((u0_slice & 1u) * 4u)) & 15u) * 2u) + 1u))));
    acc0 = (acc0 + (u0_x0_d * (u0_s0_0 * f32((((((((dot4I8Packed(u0_q0_0_0, u0_x0_lo.x) + dot4I8Packed(u0_q0_0_1, u0_x0_lo.y)) + dot4I8Packed(u0_q0_0_2, u0_x0_lo.z)) + dot4I8Packed(u0_q0_0_3, u0_x0_lo.w)) + dot4I8Packed(u0_q0_0_4, u0_x0_hi.x)) + dot4I8Packed(u0_q0_0_5, u0_x0_hi.y)) + dot4I8Packed(u0_q0_0_6, u0_x0_hi.z)) + dot4I8Packed(u0_q0_0_7, u0_x0_hi.w))))));
    let u1_j = (j0 + WG_SIZE);
    let u1_x0_at = (x_base + ((u1_j >> 2u) * 9u));
    let u1_x0_hdr = x[u1_x0_at][(u1_j & 3u)];
    let u1_x0_lo = x[((u1_x0_at + 1u) + ((u1_j & 3u) * 2u))];
    let u1_x0_hi = x[((u1_x0_at + 2u) + ((u1_j & 3u) * 2u))];
    let u1_x0_d = unpack2x16float((u1_x0_hdr & 0xffffu)).x;
    let u1_blk = (u1_j >> 3u);
    let u1_slice = (u1_j & 7u);
    let u1_b0 = (row_base0 + (u1_blk * 110u));
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
    let t2_11 = (u1_b0 + u1_slice);
    let t2_12 = (((t2_11 & 3u) * 8u) + 16u);
    let t2_13 = (t2_12 < 32u);
    let t2_14 = (t2_11 >> 2u);
    let t2_15 = w[(t2_14 + 17u)];
    let t2_16 = (t2_12 & 31u);
    let t2_17 = (((select(t2_15, w[(t2_14 + 16u)], t2_13) >> t2_16) | ((select(w[(t2_14 + 18u)], t2_15, t2_13) << 1u) << (31u - t2_16))) & 255u);
    let t2_18 = (u1_b0 + (u1_slice * 4u));
    let t2_19 = ((t2_18 & 3u) * 8u);
    let t2_20 = (t2_19 + 16u);
    let t2_21 = (t2_20 < 32u);
    let t2_22 = (t2_18 >> 2u);
    let t2_23 = w[(t2_22 + 18u)];
    let t2_24 = w[(t2_22 + 19u)];
    let t2_25 = (t2_20 & 31u);
    let t2_26 = w[(t2_22 + 20u)];
    let t2_27 = (((select(t2_24, t2_23, t2_21) >> t2_25) | ((select(t2_26, t2_24, t2_21) << 1u) << (31u - t2_25))) & 255u);
    let t2_28 = ((((t2_27 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_29 = (iq3s_grid[((((select(t2_6, t2_5, t2_3) >> t2_7) | ((t2_9 << 1u) << t2_10)) & 255u) | ((t2_17 & 1u) << 8u))] ^ t2_28);
    let t2_30 = (t2_1 + 24u);
    let t2_31 = (t2_30 < 32u);
    let t2_32 = (t2_30 & 31u);
    let t2_33 = select(t2_8, t2_6, t2_31);
    let t2_34 = (31u - t2_32);
    let t2_35 = (((((t2_27 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_36 = (iq3s_grid[((((select(t2_6, t2_5, t2_31) >> t2_32) | ((t2_33 << 1u) << t2_34)) & 255u) | (((t2_17 >> 1u) & 1u) << 8u))] ^ t2_35);
    let t2_37 = (t2_19 + 24u);
    let t2_38 = (t2_37 < 32u);
    let t2_39 = (t2_37 & 31u);
    let t2_40 = (((select(t2_24, t2_23, t2_38) >> t2_39) | ((select(t2_26, t2_24, t2_38) << 1u) << (31u - t2_39))) & 255u);
    let t2_41 = ((((t2_40 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_42 = (iq3s_grid[(((t2_6 >> t2_1) & 255u) | (((t2_17 >> 2u) & 1u) << 8u))] ^ t2_41);
    let t2_43 = (t2_1 + 8u);
    let t2_44 = (((((t2_40 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_45 = (iq3s_grid[(((t2_6 >> t2_43) & 255u) | (((t2_17 >> 3u) & 1u) << 8u))] ^ t2_44);
    let t2_46 = w[(t2_4 + 3u)];
    let t2_47 = ((t2_24 >> t2_19) & 255u);
    let t2_48 = ((((t2_47 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_49 = (iq3s_grid[((((t2_9 >> t2_7) | ((select(t2_46, t2_8, t2_3) << 1u) << t2_10)) & 255u) | (((t2_17 >> 4u) & 1u) << 8u))] ^ t2_48);
    let t2_50 = (((((t2_47 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_51 = (iq3s_grid[((((t2_33 >> t2_32) | ((select(t2_46, t2_8, t2_31) << 1u) << t2_34)) & 255u) | (((t2_17 >> 5u) & 1u) << 8u))] ^ t2_50);
    let t2_52 = ((t2_24 >> (t2_19 + 8u)) & 255u);
    let t2_53 = ((((t2_52 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_54 = (iq3s_grid[(((t2_8 >> t2_1) & 255u) | (((t2_17 >> 6u) & 1u) << 8u))] ^ t2_53);
    let t2_55 = (((((t2_52 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t2_56 = (iq3s_grid[(((t2_8 >> t2_43) & 255u) | (((t2_17 >> 7u) & 1u) << 8u))] ^ t2_55);
    let t2_57 = (u1_b0 + (u1_slice >> 1u));
    let t2_58 = (((t2_57 & 3u) * 8u) + 16u);
    let t2_59 = (t2_58 < 32u);
    let t2_60 = (t2_57 >> 2u);
    let t2_61 = w[(t2_60 + 27u)];
    let t2_62 = (t2_58 & 31u);
    let u1_q0_0_0 = (((t2_29 | 0x80808080u) - (t2_28 & 0x7f7f7f7fu)) ^ ((t2_29 ^ ~t2_28) & 0x80808080u));
    let u1_q0_0_1 = (((t2_36 | 0x80808080u) - (t2_35 & 0x7f7f7f7fu)) ^ ((t2_36 ^ ~t2_35) & 0x80808080u));
    let u1_q0_0_2 = (((t2_42 | 0x80808080u) - (t2_41 & 0x7f7f7f7fu)) ^ ((t2_42 ^ ~t2_41) & 0x80808080u));
    let u1_q0_0_3 = (((t2_45 | 0x80808080u) - (t2_44 & 0x7f7f7f7fu)) ^ ((t2_45 ^ ~t2_44) & 0x80808080u));
    let u1_q0_0_4 = (((t2_49 | 0x80808080u) - (t2_48 & 0x7f7f7f7fu)) ^ ((t2_49 ^ ~t2_48) & 0x80808080u));
    let u1_q0_0_5 = (((t2_51 | 0x80808080u) - (t2_50 & 0x7f7f7f7fu)) ^ ((t2_51 ^ ~t2_50) & 0x80808080u));
    let u1_q0_0_6 = (((t2_54 | 0x80808080u) - (t2_53 & 0x7f7f7f7fu)) ^ ((t2_54 ^ ~t2_53) & 0x80808080u));
    let u1_q0_0_7 = (((t2_56 | 0x80808080u) - (t2_55 & 0x7f7f7f7fu)) ^ ((t2_56 ^ ~t2_55) & 0x80808080u));
    let u1_s0_0 = (unpack2x16float(((w[(u1_b0 >> 2u)] >> ((u1_b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32((((((((select(t2_61, w[(t2_60 + 26u)], t2_59) >> t2_62) | ((select(w[(t2_60 + 28u)], t2_61, t2_59) << 1u) << (31u - t2_62))) & 255u) >> ((u1_slice & 1u) * 4u)) & 15u) * 2u) + 1u))));
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
    let b0 = (row_base0 + (blk * 110u));
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
    let t3_11 = (b0 + slice);
    let t3_12 = (((t3_11 & 3u) * 8u) + 16u);
    let t3_13 = (t3_12 < 32u);
    let t3_14 = (t3_11 >> 2u);
    let t3_15 = w[(t3_14 + 17u)];
    let t3_16 = (t3_12 & 31u);
    let t3_17 = (((select(t3_15, w[(t3_14 + 16u)], t3_13) >> t3_16) | ((select(w[(t3_14 + 18u)], t3_15, t3_13) << 1u) << (31u - t3_16))) & 255u);
    let t3_18 = (b0 + (slice * 4u));
    let t3_19 = ((t3_18 & 3u) * 8u);
    let t3_20 = (t3_19 + 16u);
    let t3_21 = (t3_20 < 32u);
    let t3_22 = (t3_18 >> 2u);
    let t3_23 = w[(t3_22 + 18u)];
    let t3_24 = w[(t3_22 + 19u)];
    let t3_25 = (t3_20 & 31u);
    let t3_26 = w[(t3_22 + 20u)];
    let t3_27 = (((select(t3_24, t3_23, t3_21) >> t3_25) | ((select(t3_26, t3_24, t3_21) << 1u) << (31u - t3_25))) & 255u);
    let t3_28 = ((((t3_27 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_29 = (iq3s_grid[((((select(t3_6, t3_5, t3_3) >> t3_7) | ((t3_9 << 1u) << t3_10)) & 255u) | ((t3_17 & 1u) << 8u))] ^ t3_28);
    let t3_30 = (t3_1 + 24u);
    let t3_31 = (t3_30 < 32u);
    let t3_32 = (t3_30 & 31u);
    let t3_33 = select(t3_8, t3_6, t3_31);
    let t3_34 = (31u - t3_32);
    let t3_35 = (((((t3_27 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_36 = (iq3s_grid[((((select(t3_6, t3_5, t3_31) >> t3_32) | ((t3_33 << 1u) << t3_34)) & 255u) | (((t3_17 >> 1u) & 1u) << 8u))] ^ t3_35);
    let t3_37 = (t3_19 + 24u);
    let t3_38 = (t3_37 < 32u);
    let t3_39 = (t3_37 & 31u);
    let t3_40 = (((select(t3_24, t3_23, t3_38) >> t3_39) | ((select(t3_26, t3_24, t3_38) << 1u) << (31u - t3_39))) & 255u);
    let t3_41 = ((((t3_40 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_42 = (iq3s_grid[(((t3_6 >> t3_1) & 255u) | (((t3_17 >> 2u) & 1u) << 8u))] ^ t3_41);
    let t3_43 = (t3_1 + 8u);
    let t3_44 = (((((t3_40 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_45 = (iq3s_grid[(((t3_6 >> t3_43) & 255u) | (((t3_17 >> 3u) & 1u) << 8u))] ^ t3_44);
    let t3_46 = w[(t3_4 + 3u)];
    let t3_47 = ((t3_24 >> t3_19) & 255u);
    let t3_48 = ((((t3_47 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_49 = (iq3s_grid[((((t3_9 >> t3_7) | ((select(t3_46, t3_8, t3_3) << 1u) << t3_10)) & 255u) | (((t3_17 >> 4u) & 1u) << 8u))] ^ t3_48);
    let t3_50 = (((((t3_47 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_51 = (iq3s_grid[((((t3_33 >> t3_32) | ((select(t3_46, t3_8, t3_31) << 1u) << t3_34)) & 255u) | (((t3_17 >> 5u) & 1u) << 8u))] ^ t3_50);
    let t3_52 = ((t3_24 >> (t3_19 + 8u)) & 255u);
    let t3_53 = ((((t3_52 & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_54 = (iq3s_grid[(((t3_8 >> t3_1) & 255u) | (((t3_17 >> 6u) & 1u) << 8u))] ^ t3_53);
    let t3_55 = (((((t3_52 >> 4u) & 15u) * 0x204081u) & 0x1010101u) * 255u);
    let t3_56 = (iq3s_grid[(((t3_8 >> t3_43) & 255u) | (((t3_17 >> 7u) & 1u) << 8u))] ^ t3_55);
    let t3_57 = (b0 + (slice >> 1u));
    let t3_58 = (((t3_57 & 3u) * 8u) + 16u);
    let t3_59 = (t3_58 < 32u);
    let t3_60 = (t3_57 >> 2u);
    let t3_61 = w[(t3_60 + 27u)];
    let t3_62 = (t3_58 & 31u);
    let q0_0_0 = (((t3_29 | 0x80808080u) - (t3_28 & 0x7f7f7f7fu)) ^ ((t3_29 ^ ~t3_28) & 0x80808080u));
    let q0_0_1 = (((t3_36 | 0x80808080u) - (t3_35 & 0x7f7f7f7fu)) ^ ((t3_36 ^ ~t3_35) & 0x80808080u));
    let q0_0_2 = (((t3_42 | 0x80808080u) - (t3_41 & 0x7f7f7f7fu)) ^ ((t3_42 ^ ~t3_41) & 0x80808080u));
    let q0_0_3 = (((t3_45 | 0x80808080u) - (t3_44 & 0x7f7f7f7fu)) ^ ((t3_45 ^ ~t3_44) & 0x80808080u));
    let q0_0_4 = (((t3_49 | 0x80808080u) - (t3_48 & 0x7f7f7f7fu)) ^ ((t3_49 ^ ~t3_48) & 0x80808080u));
    let q0_0_5 = (((t3_51 | 0x80808080u) - (t3_50 & 0x7f7f7f7fu)) ^ ((t3_51 ^ ~t3_50) & 0x80808080u));
    let q0_0_6 = (((t3_54 | 0x80808080u) - (t3_53 & 0x7f7f7f7fu)) ^ ((t3_54 ^ ~t3_53) & 0x80808080u));
    let q0_0_7 = (((t3_56 | 0x80808080u) - (t3_55 & 0x7f7f7f7fu)) ^ ((t3_56 ^ ~t3_55) & 0x80808080u));
    let s0_0 = (unpack2x16float(((w[(b0 >> 2u)] >> ((b0 & 3u) * 8u)) & 0xffffu)).x * f32(i32((((((((select(t3_61, w[(t3_60 + 26u)], t3_59) >> t3_62) | ((select(w[(t3_60 + 28u)], t3_61, t3_59) << 1u) << (31u - t3_62))) & 255u) >> ((slice & 1u) * 4u)) & 15u) * 2u) + 1u))));
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
