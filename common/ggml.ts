// ggml tensor types: type id <-> lowercase name, block size (elements) and block bytes, for every
// type a GGUF file can hold, including the ones kgen has no kernels for. Values from ggml's ggml.h
// (enum ggml_type) and ggml-common.h (block structs); names are ggml's type_name lowercased
// ("q4_K" -> "q4_k"). The one table of these facts: format layouts are checked against it
// (dsl/define.ts), quantizers size their output from it and gguf/ sizes tensors with it.

/** Size information of one ggml tensor type. */
export interface GgmlTypeInfo {
  /** ggml_type enum value (the id stored in a GGUF tensor-info entry). */
  readonly id: number;
  /** ggml's type name, lowercase. */
  readonly name: string;
  /** Elements per block (1 for plain types). */
  readonly blockElems: number;
  /** Bytes per block. */
  readonly blockBytes: number;
  /** A block-quantized type (not a plain number type). */
  readonly quantized: boolean;
  /**
   * Removed from ggml (the 2024 ARM repacked Q4_0_4_4 ... IQ4_NL_8_8 types): kept here so old files can
   * still be listed and sized; llama.cpp no longer loads them.
   */
  readonly removed?: boolean;
}

const QK_K = 256;

function t(id: number, name: string, blockElems: number, blockBytes: number, extra: { removed?: boolean } = {}): GgmlTypeInfo {
  return Object.freeze({ id, name, blockElems, blockBytes, quantized: blockElems > 1, ...extra });
}

/** Every ggml type id a GGUF file may carry, in id order. */
export const GGML_TYPES: readonly GgmlTypeInfo[] = Object.freeze([
  t(0, 'f32', 1, 4),
  t(1, 'f16', 1, 2),
  t(2, 'q4_0', 32, 2 + 16),
  t(3, 'q4_1', 32, 2 + 2 + 16),
  // 4, 5: q4_2, q4_3 were removed before GGUF existed.
  t(6, 'q5_0', 32, 2 + 4 + 16),
  t(7, 'q5_1', 32, 2 + 2 + 4 + 16),
  t(8, 'q8_0', 32, 2 + 32),
  t(9, 'q8_1', 32, 2 + 2 + 32),
  t(10, 'q2_k', QK_K, QK_K / 16 + QK_K / 4 + 2 + 2),
  t(11, 'q3_k', QK_K, QK_K / 8 + QK_K / 4 + 12 + 2),
  t(12, 'q4_k', QK_K, 2 + 2 + 12 + QK_K / 2),
  t(13, 'q5_k', QK_K, 2 + 2 + 12 + QK_K / 8 + QK_K / 2),
  t(14, 'q6_k', QK_K, QK_K / 2 + QK_K / 4 + QK_K / 16 + 2),
  t(15, 'q8_k', QK_K, 4 + QK_K + (QK_K / 16) * 2),
  t(16, 'iq2_xxs', QK_K, 2 + (QK_K / 8) * 2),
  t(17, 'iq2_xs', QK_K, 2 + (QK_K / 8) * 2 + QK_K / 32),
  t(18, 'iq3_xxs', QK_K, 2 + (3 * QK_K) / 8),
  t(19, 'iq1_s', QK_K, 2 + QK_K / 8 + (QK_K / 32) * 2),
  t(20, 'iq4_nl', 32, 2 + 16),
  t(21, 'iq3_s', QK_K, 2 + QK_K / 4 + QK_K / 32 + QK_K / 8 + QK_K / 64),
  t(22, 'iq2_s', QK_K, 2 + QK_K / 4 + QK_K / 32 + QK_K / 32),
  t(23, 'iq4_xs', QK_K, 2 + 2 + QK_K / 64 + QK_K / 2),
  t(24, 'i8', 1, 1),
  t(25, 'i16', 1, 2),
  t(26, 'i32', 1, 4),
  t(27, 'i64', 1, 8),
  t(28, 'f64', 1, 8),
  t(29, 'iq1_m', QK_K, QK_K / 8 + QK_K / 16 + QK_K / 32),
  t(30, 'bf16', 1, 2),
  t(31, 'q4_0_4x4', 32, 18, { removed: true }),
  t(32, 'q4_0_4x8', 32, 18, { removed: true }),
  t(33, 'q4_0_8x8', 32, 18, { removed: true }),
  t(34, 'tq1_0', QK_K, (QK_K - (4 * QK_K) / 64) / 5 + QK_K / 64 + 2),
  t(35, 'tq2_0', QK_K, QK_K / 4 + 2),
  t(36, 'iq4_nl_4x4', 32, 18, { removed: true }),
  t(37, 'iq4_nl_4x8', 32, 18, { removed: true }),
  t(38, 'iq4_nl_8x8', 32, 18, { removed: true }),
  t(39, 'mxfp4', 32, 1 + 16),
  t(40, 'nvfp4', 64, 64 / 16 + 64 / 2),
  t(41, 'q1_0', 128, 2 + 128 / 8),
  t(42, 'q2_0', 64, 2 + 64 / 4),
]);

const byId = new Map<number, GgmlTypeInfo>(GGML_TYPES.map((x) => [x.id, x]));
const byName = new Map<string, GgmlTypeInfo>(GGML_TYPES.map((x) => [x.name, x]));

/** Type info by ggml type id; undefined for ids ggml never assigned (4, 5, >= 43). */
export function ggmlTypeById(id: number): GgmlTypeInfo | undefined {
  return byId.get(id);
}

/** Type info by name (case-insensitive: "Q4_K", "q4_k"); undefined when unknown. */
export function ggmlTypeByName(name: string): GgmlTypeInfo | undefined {
  return byName.get(name.toLowerCase());
}

