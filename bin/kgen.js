#!/usr/bin/env node
// kgen's command line. In a checkout it runs the TypeScript sources through tsx (no build step needed);
// in an installed package, which ships only dist/, it runs the compiled JavaScript.
import { existsSync } from 'node:fs';

// A closed pipe (kgen list | head) ends the output quietly.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });

const source = new URL('../cli/kgen.ts', import.meta.url);
let main;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(source.href));
} else {
  ({ main } = await import(new URL('../dist/cli/kgen.js', import.meta.url).href));
}
process.exitCode = await main(process.argv.slice(2));
