#!/usr/bin/env node
// kgen's command line. Runs the TypeScript sources through tsx, so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
// A closed pipe (kgen list | head) ends the output quietly.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
const { main } = await import('../cli/kgen.ts');
process.exitCode = await main(process.argv.slice(2));
