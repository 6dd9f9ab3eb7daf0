// Where kgen's own files are, whether running from sources (tsx) or from dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let d = start;
  const isKgen = (dir: string) => existsSync(join(dir, 'package.json')) && JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name === 'kgen';
  while (!isKgen(d)) {
    const up = dirname(d);
    if (up === d) throw new Error(`kgen: cannot find the package root above ${start}`);
    d = up;
  }
  return d;
}

export const packageRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
export const dslFormatsDir = join(packageRoot, 'dsl', 'formats');
export const generatedDir = join(packageRoot, 'generated');
