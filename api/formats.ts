// The CPU side of the library API: quantize, dequantize, mmvqReference over the built-in formats.
// It sits above the layers it joins: the DSL's quantizers, the generated CPU math and the reference.
import { cpuFormats } from '../generated/cpu/index.js';
import { cpuOnlyFormats, formatDefs } from '../generated/formats.js';
import type { FormatDef, LayoutField, QuantizeOptions } from '../dsl/define.js';
import { quantize_q8_1 } from '../dsl/quantizers/activations.js';
import { dequantize as dequantizeCpu, mmvq, mmvqF64, rowBytes, type CpuFormat, type MatVecShape } from '../targets/js/reference.js';

/** What a host program needs to know of a format. */
export interface FormatInfo {
  /** ggml's lowercase type name, e.g. "q4_k". */
  name: string;
  /** ggml's type id (also GGUF's). */
  ggmlType: number;
  /** Weights per block. */
  blockElems: number;
  /** Bytes per block. */
  blockBytes: number;
  /** Weights sharing one scale (and min). */
  groupElems: number;
  /** The block's fields with their byte offsets. */
  fields: LayoutField[];
  /** One line describing the format. */
  description?: string;
  /** The generated bundle has GPU kernels for it (false: CPU reference and quantizer only, see `cpuOnly`). */
  gpu: boolean;
  /** Why there are no GPU kernels yet (absent when there are). */
  cpuOnly?: string;
}

function info(d: FormatDef): FormatInfo {
  return {
    name: d.name, ggmlType: d.ggmlType, blockElems: d.blockElems, blockBytes: d.derived.blockBytes,
    groupElems: d.groupElems, fields: d.derived.fields, description: d.description,
    gpu: !(d.name in cpuOnlyFormats), ...(d.name in cpuOnlyFormats ? { cpuOnly: cpuOnlyFormats[d.name] } : {}),
  };
}

/** Every built-in format, by ggml's lowercase type id. */
export const formats: Readonly<Record<string, FormatInfo>> = Object.freeze(
  Object.fromEntries(Object.values(formatDefs).map((d) => [d.name, info(d)])),
);

function lookup(name: string): { def: FormatDef; cpu: CpuFormat } {
  const def = formatDefs[name];
  const cpu = cpuFormats[name];
  if (!def || !cpu) throw new Error(`kgen: unknown format '${name}'; known: ${Object.keys(formatDefs).sort().join(', ')}`);
  return { def, cpu };
}

/**
 * float32 -> ggml blocks (bit-exact with ggml's reference quantizer). x holds whole rows of K. `opts.importance`
 * is ggml's importance matrix (K floats, shared by every row); iq2_xxs and iq2_xs need one, as in ggml.
 */
export function quantize(format: string, x: Float32Array, opts: QuantizeOptions = {}): Uint8Array {
  const { def } = lookup(format);
  if (!def.quantize) throw new Error(`kgen: format ${format} has no quantizer`);
  if (x.length % def.blockElems !== 0) throw new RangeError(`kgen: ${format} quantizes whole blocks of ${def.blockElems}; got ${x.length} values`);
  const qw = opts.importance;
  if (qw !== undefined && (!(qw instanceof Float32Array) || qw.length === 0 || x.length % qw.length !== 0))
    throw new RangeError(`kgen: ${format}: importance must be a Float32Array of K values (one per column) with x holding whole rows of K; got ${qw instanceof Float32Array ? qw.length : typeof qw} for ${x.length} values`);
  return def.quantize(x, undefined, opts);
}

/** ggml blocks -> float32 (bit-identical to ggml's to_float). */
export function dequantize(format: string, blocks: Uint8Array, rows: number, K: number): Float32Array {
  return dequantizeCpu(lookup(format).cpu, blocks, rows, K);
}

/** f32 activations -> ggml q8_1 blocks (bit-exact with quantize_row_q8_1_ref). */
export function quantizeQ8_1(x: Float32Array): Uint8Array {
  if (x.length % 32 !== 0) throw new RangeError(`kgen: q8_1 quantizes whole blocks of 32; got ${x.length} values`);
  return quantize_q8_1(x);
}

/** Options of mmvqReference(). */
export interface MmvqReferenceOptions {
  /** 'f32' (default): the integer-dot kernel's arithmetic. 'f64': ggml's dequantized weights times the q8_1 values in float64. */
  precision?: 'f32' | 'f64';
}

/**
 * y = W . X for W (rows x K, ggml blocks) and X (ncols columns of K): either f32 values, quantized to
 * q8_1 here, or ggml q8_1 blocks. y[c * rows + r], ggml's dst layout.
 */
export function mmvqReference(format: string, weights: Uint8Array, x: Float32Array | { q8_1: Uint8Array }, shape: MatVecShape, opts: MmvqReferenceOptions = {}): Float32Array | Float64Array {
  const { cpu } = lookup(format);
  const { rows, K, ncols } = shape;
  for (const [k, v] of Object.entries({ rows, K, ncols })) if (!Number.isInteger(v) || v <= 0) throw new RangeError(`kgen: shape.${k} = ${v} must be a positive integer`);
  rowBytes(cpu, K);
  let xq: Uint8Array;
  if (x instanceof Float32Array) {
    if (x.length !== K * ncols) throw new RangeError(`kgen: x has ${x.length} values; ncols x K = ${ncols * K}`);
    xq = quantizeQ8_1(x);
  } else xq = x.q8_1;
  return opts.precision === 'f64' ? mmvqF64(cpu, weights, xq, shape) : mmvq(cpu, weights, xq, shape);
}

export type { MatVecShape, QuantizeOptions };
