// A tiny app that uses one format (q4_k) only: the entry that examples/browser/size.ts bundles to
// measure what one format costs in a browser bundle. It imports, by source path, what an installed app
// would import through the package's exports map:
//
//   ../../generated/kernels/q4_k.js    = 'kgen/generated/q4_k'    (q4_k's kernel records and WGSL loaders)
//   ../../generated/kernels/common.js  = 'kgen/generated/common'  (quantize_q8_1, shared by every format)
//   ../../targets/webgpu/runtime.js    = 'kgen/webgpu'            (createMatVec, variant choice)
//   ../../dsl/formats/q4_k.js          q4_k's definition: its CPU quantizer and block size
//                                      (no public subpath yet; 'kgen' exports quantize(), which brings
//                                      every format's CPU code: size.ts measures that variant too)
import q4k from '../../dsl/formats/q4_k.js';
import { kernels as commonKernels } from '../../generated/kernels/common.js';
import { kernels as q4kKernels } from '../../generated/kernels/q4_k.js';
import { bundleFromGenerated, createMatVec, type MatVec } from '../../targets/webgpu/runtime.js';

const bundle = bundleFromGenerated({ ...commonKernels, ...q4kKernels }, {
  formats: [{
    name: q4k.name, ggmlType: q4k.ggmlType, blockElems: q4k.blockElems, blockBytes: q4k.derived.blockBytes,
    groupElems: q4k.groupElems, source: 'dsl/formats/q4_k.ts',
  }],
});

/** f32 weights (rows x K) quantized to q4_k on the CPU and uploaded: a mat-vec ready to run on activations. */
export async function q4kMatVec(device: GPUDevice, weights: Float32Array, rows: number, K: number, ncols = 1): Promise<MatVec> {
  const mv = await createMatVec(device, { format: 'q4_k', rows, K, ncols, kernels: bundle, wgslFeatures: navigator.gpu?.wgslLanguageFeatures });
  mv.upload(q4k.quantize!(weights));
  return mv;
}
