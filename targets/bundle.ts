// What the generated index modules hold per kernel, and the helpers they use (no Node.js dependency).
import type { ManifestKernel } from '../codegen/manifest.js';

export interface GeneratedKernel {
  record: ManifestKernel;
  wgsl?: string;
  glsl?: string;
  /** SPIR-V words, decoded on first use. */
  spirv?: () => Uint32Array;
}

export function spirvFromBase64(b64: string): Uint32Array {
  const bin = atob(b64);
  const out = new Uint32Array(bin.length / 4);
  for (let i = 0; i < out.length; i++)
    out[i] = (bin.charCodeAt(4 * i) | (bin.charCodeAt(4 * i + 1) << 8) | (bin.charCodeAt(4 * i + 2) << 16) | (bin.charCodeAt(4 * i + 3) << 24)) >>> 0;
  return out;
}
