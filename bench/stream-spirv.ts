// The SPIR-V of the streaming-read kernel, kept next to this file (bench/stream_read.spv) so that
// machines without a shader compiler can run the benchmark; rebuilt when glslangValidator exists.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { streamGlsl } from './stream.js';

const file = join(dirname(fileURLToPath(import.meta.url)), 'stream_read.spv');

export async function compileStreamSpirv(): Promise<Uint32Array> {
  try {
    const { compileGlsl } = await import('../targets/glsl/compile.js');
    const words = await compileGlsl(streamGlsl, 'stream_read');
    writeFileSync(file, new Uint8Array(words.buffer, words.byteOffset, words.byteLength));
    return words;
  } catch (e) {
    if (!existsSync(file)) throw e;
    const b = readFileSync(file);
    return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  }
}
