// GLSL -> SPIR-V with glslangValidator, validated with spirv-val (Debian glslang-tools, spirv-tools).
// Runs many compiles in parallel; a failure names the kernel and prints the offending GLSL line.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const SPIRV_ENV = 'vulkan1.2';

export class ShaderCompileError extends Error {}

/** The command for a tool: $KGEN_<TOOL> (e.g. KGEN_SPIRV_VAL), else its name. */
export function toolPath(tool: string): string {
  return process.env[`KGEN_${tool.toUpperCase().replace(/-/g, '_')}`] ?? tool;
}

/** Compiles one GLSL compute shader to SPIR-V words and validates them. `label` names the kernel;
 *  `times` (ms) accumulates the time spent in each tool. */
export async function compileGlsl(glsl: string, label: string, where?: string, times?: { glslang: number; 'spirv-val': number }): Promise<Uint32Array> {
  const dir = mkdtempSync(join(tmpdir(), 'kgen-spv-'));
  try {
    const src = join(dir, 'kernel.comp');
    const out = join(dir, 'kernel.spv');
    writeFileSync(src, glsl);
    let t0 = performance.now();
    try {
      await run(toolPath('glslangValidator'), ['-V', '--target-env', SPIRV_ENV, '-o', out, src], { maxBuffer: 1 << 24 });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; code?: string | number; message: string };
      if (err.code === 'ENOENT') throw new ShaderCompileError('kgen: glslangValidator not found (install Debian glslang-tools, or set KGEN_GLSLANGVALIDATOR)');
      throw new ShaderCompileError(`kgen: ${label}: target spirv: glslangValidator failed${where ? ` (format math from ${where})` : ''}\n${annotate(glsl, `${err.stdout ?? ''}${err.stderr ?? ''}`)}`);
    }
    if (times) times.glslang += performance.now() - t0;
    t0 = performance.now();
    try {
      await run(toolPath('spirv-val'), ['--target-env', SPIRV_ENV, out]);
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; code?: string | number };
      if (err.code === 'ENOENT') throw new ShaderCompileError('kgen: spirv-val not found (install Debian spirv-tools, or set KGEN_SPIRV_VAL)');
      throw new ShaderCompileError(`kgen: ${label}: target spirv: spirv-val rejected the module${where ? ` (format math from ${where})` : ''}\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    }
    if (times) times['spirv-val'] += performance.now() - t0;
    const bytes = readFileSync(out);
    return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** glslang's messages with the GLSL lines they point at. */
function annotate(glsl: string, log: string): string {
  const lines = glsl.split('\n');
  return log
    .split('\n')
    .filter((l) => l.trim() && !l.endsWith('.comp'))
    .map((l) => {
      const m = /ERROR: [^:]*:(\d+):/.exec(l);
      return m ? `${l}\n    > ${lines[+m[1] - 1]?.trim()}` : l;
    })
    .join('\n');
}

/** SPIR-V disassembly (spirv-dis), for `kgen show --target spirv-asm`. */
export async function disassemble(words: Uint32Array): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kgen-dis-'));
  try {
    const f = join(dir, 'k.spv');
    writeFileSync(f, new Uint8Array(words.buffer, words.byteOffset, words.byteLength));
    const { stdout } = await run(toolPath('spirv-dis'), [f], { maxBuffer: 1 << 26 });
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `jobs` with at most `limit` at a time, in order of results. */
export async function pool<T>(jobs: (() => Promise<T>)[], limit = Math.max(2, cpus().length), onDone?: (n: number) => void): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
      onDone?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return out;
}
