// The i-quant lookup tables shipped in dsl/tables/ against ggml's (../shared/reference/ggml-tables.json):
// every entry, and the generated modules current with the generator (scripts/gen-tables.mjs --check).
// The golden dequantization (test/api/cpu-reference.test.ts) checks the rows the golden blocks use; this test
// checks every row, so an entry no golden block touches cannot be wrong either.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../codegen/paths.js';
import { u64Words, type Table } from '../../dsl/define.js';
import * as iq2 from '../../dsl/tables/iq2.js';
import * as iq3 from '../../dsl/tables/iq3.js';
import * as iq1 from '../../dsl/tables/iq1.js';
import * as signs from '../../dsl/tables/signs.js';

const jsonPath = process.env.KGEN_GGML_TABLES ?? join(packageRoot, '../shared/reference/ggml-tables.json');
const shipped: Table[] = [...Object.values(signs), ...Object.values(iq2), ...Object.values(iq3), ...Object.values(iq1)];

if (!existsSync(jsonPath)) {
  test('ggml-tables.json present', (t) => {
    console.warn(`\n*** ${jsonPath} NOT FOUND (set KGEN_GGML_TABLES): ${shipped.length} table checks NOT RUN ***\n`);
    t.pass();
  });
} else {
  const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, { ctype: string; count: number; values: (number | string)[] }>;

  for (const table of shipped) {
    test(`${table.name} equals ggml's, entry for entry`, (t) => {
      const ref = json[table.name];
      if (!ref) return t.fail(`ggml-tables.json has no table ${table.name}`);
      const words = ref.ctype === 'uint64_t' ? ref.values.flatMap((v) => u64Words(BigInt(v))) : ref.values.map(Number);
      t.is(table.values.length, words.length, `${table.name}: ${table.values.length} words shipped, ggml's has ${words.length}`);
      const bad = words.findIndex((w, i) => table.values[i] >>> 0 !== w >>> 0);
      t.is(bad, -1, bad >= 0 ? `${table.name} word ${bad}: ${table.values[bad]} vs ggml ${words[bad]}` : '');
      // what format math reads: t[i] and t.u32(k)
      if (ref.ctype !== 'uint64_t') t.is(table[ref.count - 1], Number(ref.values[ref.count - 1]));
      if (ref.ctype === 'uint64_t' || ref.ctype === 'uint32_t') t.is(table.u32(words.length - 1), words[words.length - 1] >>> 0);
    });
  }

  test('dsl/tables/ is what scripts/gen-tables.mjs generates from the JSON', (t) => {
    t.notThrows(() => execFileSync(process.execPath, [join(packageRoot, 'scripts/gen-tables.mjs'), '--check'], { env: { ...process.env, KGEN_GGML_TABLES: jsonPath }, stdio: 'pipe' }));
  });
}
