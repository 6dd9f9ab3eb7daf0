// GGUF v3 in and out: read a file's header, tensor table and tensor bytes; write kgen-quantized tensors.
export {
  GgufError, GgufFile, GGUF_LIMITS, openGguf, scanGguf, fileSource, blobSource, bytesSource,
  inspect, formatInspectTable, inspectCommand,
} from './read.js';
export type { ByteSource, GgufInput, GgufScan, GgufTensor, InspectRow } from './read.js';
export { encodeGguf, ggufBytes, ggufBlob, writeGguf, quantizedTensor, f32Tensor } from './write.js';
export type { GgufEncoded, GgufTensorInput, GgufTensorPlacement, GgufWriteOptions, MetadataInput, TypedValue } from './write.js';
export {
  GGML_TYPES, ggmlTypeById, ggmlTypeByName, ggmlTypeName, resolveGgmlType, kgenSupports, kgenReadable, ggmlTensorBytes,
} from './types.js';
export type { GgmlTypeInfo } from './types.js';
export { GGUFValueType } from '@huggingface/gguf';
