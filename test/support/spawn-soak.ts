// Runs test/support/soak.ts in a child node process with --expose-gc (ava cannot give one test file
// its own node arguments) and returns its figures (the last line of its output, JSON).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../codegen/paths.js';

export function runSoak(args: string[], timeoutMs: number): { status: number | null; signal: string | null; out: string; result?: Record<string, unknown> } {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import=tsx', join(packageRoot, 'test', 'support', 'soak.ts'), ...args], {
    encoding: 'utf8', timeout: timeoutMs, cwd: packageRoot, env: { ...process.env, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR ?? '/tmp' },
  });
  const out = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l && !l.startsWith('Warning: maxDynamic')).join('\n');
  const last = r.stdout.trim().split('\n').pop() ?? '';
  let result: Record<string, unknown> | undefined;
  try {
    result = JSON.parse(last) as Record<string, unknown>;
  } catch {
    result = undefined;
  }
  return { status: r.status, signal: r.signal, out, result };
}
