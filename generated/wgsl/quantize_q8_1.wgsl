// kgen 0.1.0: quantize_q8_1; generated, do not edit; content hash 3c901dc0d8c44baf
// quantize_q8_1: f32 activations -> q8_1x4 (header per block: f16 d | int16 exact sum << 16; int8 quants)
// rounding: round half away from zero of the exact quotient 127 x / amax (integer arithmetic)
// grid: x = ceil(4 * ceil(K / 128) * 8 / WG_SIZE), y = columns
// capabilities: none (baseline)

struct Params {
  K: u32, // values per column (a multiple of 32)
  x_col_stride: u32, // f32 between input columns (a multiple of 4)
  out_col_stride: u32, // u32 words between output columns (36 * ceil(K / 128))
}

@group(0) @binding(0) var<storage, read> x: array<vec4<u32>>; // activations, f32 (read as bits, 4 per load)
@group(0) @binding(1) var<storage, read_write> y: array<u32>; // q8_1x4 output (144 bytes per 128 values per column)
@group(0) @binding(2) var<uniform> p: Params;

override WG_SIZE: u32 = 256u; // threads per workgroup (8 per 32-value block; a multiple of 8)
var<workgroup> red: array<u32, 1u * WG_SIZE>;

@compute @workgroup_size(WG_SIZE)
fn main(@builtin(local_invocation_index) lid: u32, @builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let blocks_per_col = (((p.K + 127u) >> 7u) * 4u);
  let jb = ((wid.x * (WG_SIZE >> 3u)) + (lid >> 3u));
  let lane8 = (lid & 7u);
  let first = (lid & 0xfffffff8u);
  let col = wid.y;
  let in_block = (jb < blocks_per_col);
  let valid = (in_block && ((jb * 32u) < p.K));
  let at = (((col * p.x_col_stride) >> 2u) + ((jb * 8u) + lane8));
  let v = x[select(0u, at, valid)];
  let x0 = select(0u, v.x, valid);
  let x1 = select(0u, v.y, valid);
  let x2 = select(0u, v.z, valid);
  let x3 = select(0u, v.w, valid);
  red[lid] = max(max(max((x0 & 0x7fffffffu), (x1 & 0x7fffffffu)), (x2 & 0x7fffffffu)), (x3 & 0x7fffffffu));
  workgroupBarrier();
  let amax = max(max(max(max(max(max(max(red[first], red[(first + 1u)]), red[(first + 2u)]), red[(first + 3u)]), red[(first + 4u)]), red[(first + 5u)]), red[(first + 6u)]), red[(first + 7u)]);
  let amax_exp = (amax >> 23u);
  let amax_man = ((amax & 0x7fffffu) | select(0u, 0x800000u, (amax_exp != 0u)));
  let amax_e = max(amax_exp, 1u);
  let all_zero = (amax == 0u);
  let t0_0 = (x0 & 0x7fffffffu);
  let t0_1 = (t0_0 >> 23u);
  let t0_2 = (amax_e - max(t0_1, 1u));
  let t0_3 = (all_zero || (t0_2 > 8u));
  let t0_4 = (((t0_0 & 0x7fffffu) | select(0u, 0x800000u, (t0_1 != 0u))) * 127u);
  let t0_5 = select((amax_man << min(t0_2, 8u)), 1u, t0_3);
  let t0_6 = (t0_4 / t0_5);
  let t0_7 = (t0_4 - (t0_6 * t0_5));
  let t0_8 = select((t0_6 + select(0u, 1u, (t0_7 >= (t0_5 - t0_7)))), 0u, t0_3);
  let t0_9 = (x1 & 0x7fffffffu);
  let t0_10 = (t0_9 >> 23u);
  let t0_11 = (amax_e - max(t0_10, 1u));
  let t0_12 = (all_zero || (t0_11 > 8u));
  let t0_13 = (((t0_9 & 0x7fffffu) | select(0u, 0x800000u, (t0_10 != 0u))) * 127u);
  let t0_14 = select((amax_man << min(t0_11, 8u)), 1u, t0_12);
  let t0_15 = (t0_13 / t0_14);
  let t0_16 = (t0_13 - (t0_15 * t0_14));
  let t0_17 = select((t0_15 + select(0u, 1u, (t0_16 >= (t0_14 - t0_16)))), 0u, t0_12);
  let t0_18 = (x2 & 0x7fffffffu);
  let t0_19 = (t0_18 >> 23u);
  let t0_20 = (amax_e - max(t0_19, 1u));
  let t0_21 = (all_zero || (t0_20 > 8u));
  let t0_22 = (((t0_18 & 0x7fffffu) | select(0u, 0x800000u, (t0_19 != 0u))) * 127u);
  let t0_23 = select((amax_man << min(t0_20, 8u)), 1u, t0_21);
  let t0_24 = (t0_22 / t0_23);
  let t0_25 = (t0_22 - (t0_24 * t0_23));
  let t0_26 = select((t0_24 + select(0u, 1u, (t0_25 >= (t0_23 - t0_25)))), 0u, t0_21);
  let t0_27 = (x3 & 0x7fffffffu);
  let t0_28 = (t0_27 >> 23u);
  let t0_29 = (amax_e - max(t0_28, 1u));
  let t0_30 = (all_zero || (t0_29 > 8u));
  let t0_31 = (((t0_27 & 0x7fffffu) | select(0u, 0x800000u, (t0_28 != 0u))) * 127u);
  let t0_32 = select((amax_man << min(t0_29, 8u)), 1u, t0_30);
  let t0_33 = (t0_31 / t0_32);
  let t0_34 = (t0_31 - (t0_33 * t0_32));
  let t0_35 = select((t0_33 + select(0u, 1u, (t0_34 >= (t0_32 - t0_34)))), 0u, t0_30);
  let q0 = select(t0_8, (0u - t0_8), ((x0 >> 31u) != 0u));
  let q1 = select(t0_17, (0u - t0_17), ((x1 >> 31u) != 0u));
  let q2 = select(t0_26, (0u - t0_26), ((x2 >> 31u) != 0u));
  let q3 = select(t0_35, (0u - t0_35), ((x3 >> 31u) != 0u));
  let out_base = ((col * p.out_col_stride) + ((jb >> 2u) * 36u));
  let sub = (jb & 3u);
  if (in_block) {
    y[((out_base + 4u) + ((sub * 8u) + lane8))] = ((((q0 & 255u) | ((q1 & 255u) << 8u)) | ((q2 & 255u) << 16u)) | ((q3 & 255u) << 24u));
  }
  workgroupBarrier();
  red[lid] = (((q0 + q1) + q2) + q3);
  workgroupBarrier();
  if ((in_block && (lane8 == 0u))) {
    let d = (bitcast<f32>(amax) * 0.007874015718698502f);
    let t1_0 = bitcast<u32>(d);
    let t1_1 = ((t1_0 >> 23u) & 255u);
    let t1_2 = (t1_1 == 255u);
    let t1_3 = (t1_0 & 0x7fffffu);
    let t1_4 = (t1_3 != 0u);
    let t1_5 = (((t1_1 - 112u) << 10u) | (t1_3 >> 13u));
    let t1_6 = (t1_3 & 0x1fffu);
    let t1_7 = (t1_3 | 0x800000u);
    let t1_8 = min((126u - t1_1), 31u);
    let t1_9 = (t1_7 >> t1_8);
    let t1_10 = (t1_7 & ((1u << t1_8) - 1u));
    let t1_11 = (1u << (t1_8 - 1u));
    let d_f16 = select((((t1_0 >> 16u) & 0x8000u) | select(select(select(select(0u, (t1_9 + select(0u, 1u, ((t1_10 > t1_11) || ((t1_10 == t1_11) && ((t1_9 & 1u) != 0u))))), (t1_1 >= 102u)), (t1_5 + select(0u, 1u, ((t1_6 > 0x1000u) || ((t1_6 == 0x1000u) && ((t1_5 & 1u) != 0u))))), (t1_1 >= 113u)), 0x7c00u, (t1_1 >= 143u)), select(0x7c00u, 0x7e00u, t1_4), t1_2)), 0x7e00u, (t1_2 && t1_4));
    y[(out_base + sub)] = (d_f16 | ((((((((red[first] + red[(first + 1u)]) + red[(first + 2u)]) + red[(first + 3u)]) + red[(first + 4u)]) + red[(first + 5u)]) + red[(first + 6u)]) + red[(first + 7u)]) << 16u));
  }
}
