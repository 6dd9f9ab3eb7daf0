// kgen's library entry point.
export { formats, quantize, dequantize, quantizeQ8_1, mmvqReference } from './api/formats.js';
export type { FormatInfo, MatVecShape, MmvqReferenceOptions } from './api/formats.js';
export { defineFormat, defineTable } from './dsl/define.js';
export type { FormatDef, FormatSpec, Layout, LayoutField, QuantizeOptions, Table, TableKind } from './dsl/define.js';
