// kgen/webgpu: the WebGPU runtime (targets/webgpu) with kgen's shipped tuning tables as the default
// `tuning` (the runtime itself takes tables as data and imports none).
import { createMatVec as create, type MatVec, type MatVecOptions } from './targets/webgpu/runtime.js';
import { shippedTables } from './tuning/shipped.js';

export * from './targets/webgpu/runtime.js';
export { shippedTables };

/** createMatVec with the shipped tuning tables unless `tuning` is given (null: none). */
export function createMatVec(device: GPUDevice, opts: MatVecOptions): Promise<MatVec> {
  return create(device, { ...opts, tuning: opts.tuning === undefined ? shippedTables : opts.tuning });
}
