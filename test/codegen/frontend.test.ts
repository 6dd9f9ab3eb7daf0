// The format DSL's front end: what it accepts (every built-in format, with layouts checked field by field
// against ggml's structs) and what it says about misuse (file, line and problem of each DslError).
//
// Bad sources are compiled with compileFormatSource() under a path in dsl/formats/ that does not exist on
// disk: ts-morph keeps the file in memory and resolves its imports ('../define.js', '../helpers.js', ...)
// against the real dsl/ modules next to it. Nothing is written (the last test checks that).
import test from 'ava';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatFiles, loadFormats } from '../../compiler/formats.js';
import { compileFormatSource, DslError } from '../../codegen/frontend.js';
import { instantiate, wordsPerGroup, type FormatIR } from '../../codegen/ir/format.js';
import { children, u, type Expr } from '../../codegen/ir/expr.js';
import { packageRoot } from '../../codegen/paths.js';
import type { ScalarKind } from '../../dsl/define.js';
import { formatDefs } from '../../generated/formats.js';

// ---------------------------------------------------------------- the built-in formats

type F = [name: string, offset: number, bytes: number, kind?: ScalarKind];

/**
 * shared/golden/README.md, "Block byte layouts" (ggml-common.h structs): every field's name, byte offset
 * and size, and its scalar type where the table gives one (f16, u16, u32, i8). q5_0's qh is one u32 in the
 * table; kgen declares it as 4 bytes (u8.array(4)) because the block is only 2-byte aligned, so only its
 * offset and size are compared.
 */
const GGML_LAYOUTS: Record<string, { ggmlType: number; blockElems: number; blockBytes: number; fields: F[] }> = {
  q4_0: { ggmlType: 2, blockElems: 32, blockBytes: 18, fields: [['d', 0, 2, 'f16'], ['qs', 2, 16]] },
  q4_1: { ggmlType: 3, blockElems: 32, blockBytes: 20, fields: [['d', 0, 2, 'f16'], ['m', 2, 2, 'f16'], ['qs', 4, 16]] },
  q5_0: { ggmlType: 6, blockElems: 32, blockBytes: 22, fields: [['d', 0, 2, 'f16'], ['qh', 2, 4], ['qs', 6, 16]] },
  q5_1: { ggmlType: 7, blockElems: 32, blockBytes: 24, fields: [['d', 0, 2, 'f16'], ['m', 2, 2, 'f16'], ['qh', 4, 4, 'u32'], ['qs', 8, 16]] },
  q8_0: { ggmlType: 8, blockElems: 32, blockBytes: 34, fields: [['d', 0, 2, 'f16'], ['qs', 2, 32, 'i8']] },
  mxfp4: { ggmlType: 39, blockElems: 32, blockBytes: 17, fields: [['e', 0, 1, 'u8'], ['qs', 1, 16]] },
  q2_k: { ggmlType: 10, blockElems: 256, blockBytes: 84, fields: [['scales', 0, 16], ['qs', 16, 64], ['d', 80, 2, 'f16'], ['dmin', 82, 2, 'f16']] },
  q3_k: { ggmlType: 11, blockElems: 256, blockBytes: 110, fields: [['hmask', 0, 32], ['qs', 32, 64], ['scales', 96, 12], ['d', 108, 2, 'f16']] },
  q4_k: { ggmlType: 12, blockElems: 256, blockBytes: 144, fields: [['d', 0, 2, 'f16'], ['dmin', 2, 2, 'f16'], ['scales', 4, 12], ['qs', 16, 128]] },
  q5_k: { ggmlType: 13, blockElems: 256, blockBytes: 176, fields: [['d', 0, 2, 'f16'], ['dmin', 2, 2, 'f16'], ['scales', 4, 12], ['qh', 16, 32], ['qs', 48, 128]] },
  q6_k: { ggmlType: 14, blockElems: 256, blockBytes: 210, fields: [['ql', 0, 128], ['qh', 128, 64], ['scales', 192, 16, 'i8'], ['d', 208, 2, 'f16']] },
  iq4_nl: { ggmlType: 20, blockElems: 32, blockBytes: 18, fields: [['d', 0, 2, 'f16'], ['qs', 2, 16]] },
  iq4_xs: { ggmlType: 23, blockElems: 256, blockBytes: 136, fields: [['d', 0, 2, 'f16'], ['scales_h', 2, 2, 'u16'], ['scales_l', 4, 4], ['qs', 8, 128]] },
  iq2_xxs: { ggmlType: 16, blockElems: 256, blockBytes: 66, fields: [['d', 0, 2, 'f16'], ['qs', 2, 64, 'u16']] },
  iq2_xs: { ggmlType: 17, blockElems: 256, blockBytes: 74, fields: [['d', 0, 2, 'f16'], ['qs', 2, 64, 'u16'], ['scales', 66, 8]] },
  iq2_s: { ggmlType: 22, blockElems: 256, blockBytes: 82, fields: [['d', 0, 2, 'f16'], ['qs', 2, 64], ['qh', 66, 8], ['scales', 74, 8]] },
  iq3_xxs: { ggmlType: 18, blockElems: 256, blockBytes: 98, fields: [['d', 0, 2, 'f16'], ['qs', 2, 96]] },
  iq3_s: { ggmlType: 21, blockElems: 256, blockBytes: 110, fields: [['d', 0, 2, 'f16'], ['qs', 2, 64], ['qh', 66, 8], ['signs', 74, 32], ['scales', 106, 4]] },
  nvfp4: { ggmlType: 40, blockElems: 64, blockBytes: 36, fields: [['d', 0, 4], ['qs', 4, 32]] },
  q1_0: { ggmlType: 41, blockElems: 128, blockBytes: 18, fields: [['d', 0, 2, 'f16'], ['qs', 2, 16]] },
  q2_0: { ggmlType: 42, blockElems: 64, blockBytes: 18, fields: [['d', 0, 2, 'f16'], ['qs', 2, 16]] },
};

// The brief's list, in its order: the formats' sizes as ggml has them (the first 13, then issue 12's).
const EXPECTED_SIZES = [18, 20, 22, 24, 34, 17, 84, 110, 144, 176, 210, 18, 136, 66, 74, 82, 98, 110, 36, 18, 18];

const irs = loadFormats();
const byName = new Map(irs.map((f) => [f.name, f]));

test('the built-in formats are exactly the ones with a ggml layout in the table', (t) => {
  t.deepEqual([...byName.keys()].sort(), Object.keys(GGML_LAYOUTS).sort());
  t.deepEqual(Object.values(GGML_LAYOUTS).map((l) => l.blockBytes), EXPECTED_SIZES);
  t.deepEqual(formatFiles().map((p) => p.slice(p.lastIndexOf('/') + 1)), Object.keys(GGML_LAYOUTS).sort().map((n) => `${n}.ts`));
});

/** Every load the expression performs (after instantiation all addresses are constants or b + constant). */
function loads(e: Expr, out: Expr[] = []): Expr[] {
  if (e.k === 'load') out.push(e);
  for (const c of children(e)) loads(c, out);
  return out;
}

for (const [name, want] of Object.entries(GGML_LAYOUTS)) {
  test(`${name}: compiles; IR types u32/f32; layout equals ggml's field by field`, (t) => {
    const ir = byName.get(name);
    if (!ir) return t.fail(`${name} did not compile`);
    t.is(ir.ggmlType, want.ggmlType);
    t.is(ir.blockElems, want.blockElems);
    t.is(ir.blockBytes, want.blockBytes);
    t.is(ir.layout.blockBytes, want.blockBytes);
    t.is(ir.blockAlign, [4, 1, 2, 1][want.blockBytes % 4], 'blockAlign = gcd(blockBytes, 4)');
    // IR result types
    t.is(ir.quants.ty, 'u32', 'quants are four packed int8 lanes');
    t.is(ir.scale.ty, 'f32');
    if (ir.min) t.is(ir.min.ty, 'f32');
    // field by field: name, offset, bytes, and the scalar type where ggml's table gives one
    t.deepEqual(ir.layout.fields.map((f) => f.name), want.fields.map((f) => f[0]), 'field order');
    for (const [fname, offset, bytes, kind] of want.fields) {
      const f = ir.layout.fields.find((x) => x.name === fname);
      if (!f) { t.fail(`${name}: no field ${fname}`); continue; }
      t.is(f.offset, offset, `${name}.${fname} offset`);
      t.is(f.bytes, bytes, `${name}.${fname} bytes`);
      if (kind) t.is(f.kind, kind, `${name}.${fname} type`);
    }
    // the runtime defineFormat() derivation agrees with the compiler's
    const def = formatDefs[name];
    t.deepEqual(def.derived, ir.layout);
    t.is(def.blockElems, want.blockElems);
    // source locations point at the format's own file
    t.is(ir.source.file, `dsl/formats/${name}.ts`);
    t.regex(ir.source.quants.text ?? '', /^quants/);
    t.regex(ir.source.scale.text ?? '', /^scale/);
    // every byte the math reads, for every group and word, lies inside the block
    for (let g = 0; g < ir.blockElems / ir.groupElems; g++) {
      for (let w = 0; w < wordsPerGroup(ir); w++) {
        const inst = instantiate(ir, u(0), g, w);
        for (const ld of [inst.quants, inst.scale, inst.min].flatMap((e) => (e ? loads(e) : []))) {
          if (ld.k !== 'load' || ld.addr.k !== 'const') { t.fail(`${name} g${g} w${w}: address not constant`); continue; }
          t.true(ld.addr.v + ld.width / 8 <= ir.blockBytes, `${name} g${g} w${w}: reads bytes ${ld.addr.v}..${ld.addr.v + ld.width / 8 - 1} of a ${ir.blockBytes}-byte block`);
        }
      }
    }
  });
}

// ---------------------------------------------------------------- diagnostics

const FORMATS_DIR = join(packageRoot, 'dsl', 'formats');

/** A q4_0-like definition with parts replaced. The default compiles (checked below). */
function source(over: Partial<Record<'layout' | 'quants' | 'scale' | 'min' | 'ggmlType' | 'groupElems' | 'extraProps' | 'preamble', string>> = {}): string {
  const p = {
    layout: '{ d: f16, qs: u8.array(16) }',
    quants: '(b, g, w) => nibbles(b.qs.u32(w & 3), w)',
    scale: '(b) => b.d',
    min: '(b) => -8 * b.d',
    ggmlType: '2',
    groupElems: '32',
    extraProps: '',
    preamble: '',
    ...over,
  };
  return [
    "import { defineFormat, f16, u8 } from '../define.js';",
    "import { nibbles } from '../helpers.js';",
    p.preamble,
    'export default defineFormat({',
    "  name: 'bad',",
    `  ggmlType: ${p.ggmlType},`,
    '  blockElems: 32,',
    `  groupElems: ${p.groupElems},`,
    `  layout: ${p.layout},`,
    p.quants ? `  quants: ${p.quants},` : '',
    `  scale: ${p.scale},`,
    p.min ? `  min: ${p.min},` : '',
    p.extraProps,
    '});',
    '',
  ].join('\n');
}

/** 1-based line of the first occurrence of `marker` in `src` (fails loudly if absent or repeated). */
function lineOf(src: string, marker: string): number {
  const i = src.indexOf(marker);
  if (i < 0 || src.indexOf(marker, i + 1) >= 0) throw new Error(`marker ${JSON.stringify(marker)} must occur exactly once`);
  return src.slice(0, i).split('\n').length;
}

let seq = 0;
/** Compiles `src` as dsl/formats/bad_<n>.ts and returns the DslError (failing the test if there is none). */
function dslError(t: import('ava').ExecutionContext, src: string): { err: DslError; file: string } | undefined {
  const file = `dsl/formats/bad_diag_${++seq}.ts`;
  try {
    compileFormatSource(join(packageRoot, file), src);
  } catch (e) {
    if (e instanceof DslError) return { err: e, file };
    t.fail(`expected a DslError, got ${(e as Error)?.stack ?? e}`);
    return undefined;
  }
  t.fail('the source compiled, but it should have been rejected');
  return undefined;
}

/** Asserts the error names the file and the line of `marker`, and that the problem matches `problem`. */
function expectError(t: import('ava').ExecutionContext, src: string, marker: string, problem: RegExp): DslError | undefined {
  const r = dslError(t, src);
  if (!r) return undefined;
  const { err, file } = r;
  const line = lineOf(src, marker);
  t.is(err.loc.file, file, 'the message names the DSL file, relative to the package');
  t.is(err.loc.line, line, `the message names line ${line} (${marker})`);
  t.regex(err.problem, problem);
  t.true(err.message.startsWith(`${file}:${line}: ${err.problem}`), `message: ${err.message}`);
  return err;
}

test('the unmodified template source compiles (so each error below comes from its one change)', (t) => {
  const ir = compileFormatSource(join(FORMATS_DIR, 'bad_template_ok.ts'), source());
  t.is(ir.blockBytes, 18);
  t.is(ir.quants.ty, 'u32');
  t.is(ir.source.file, 'dsl/formats/bad_template_ok.ts');
  t.is(ir.source.quants.line, lineOf(source(), 'quants:'));
});

test('layout size disagreeing with ggml: names the layout line, both sizes, and lists the fields with offsets', (t) => {
  const src = source({ layout: '{ d: f16, qs: u8.array(17) }' });
  const err = expectError(t, src, 'layout:', /layout gives 19 bytes per 32 elements, but ggml's q4_0 \(type 2\) has 18 bytes per 32/);
  t.regex(err?.problem ?? '', /fields: d f16 @0, qs u8\[17\] @2$/);
  t.regex(err?.message ?? '', /\n {4}\{ d: f16, qs: u8\.array\(17\) \}/, 'the offending source text follows');
});

test('layout with the right size for another block count: the element count is checked too', (t) => {
  const src = source().replace('blockElems: 32', 'blockElems: 64');
  expectError(t, src, 'layout:', /18 bytes per 64 elements, but ggml's q4_0 \(type 2\) has 18 bytes per 32/);
});

test('unknown field type: names the field and the accepted types', (t) => {
  const src = source({ layout: '{ d: f16, qs: u9.array(16) }' });
  expectError(t, src, 'layout:', /unknown field type 'u9\.array\(16\)' for field 'qs'; use one of u8, i8, u16, i16, u32, i32, f16, f32/);
  const src2 = source({ layout: '{\n    d: half,\n    qs: u8.array(16),\n  }' });
  expectError(t, src2, 'd: half', /unknown field type 'half' for field 'd'/);
});

test('array length that is not a positive integer literal', (t) => {
  expectError(t, source({ layout: '{ d: f16, qs: u8.array(0) }' }), 'layout:', /array length must be a positive integer literal/);
});

test('unknown property in the definition: names it and lists the known ones', (t) => {
  const src = source({ extraProps: "  colour: 'red'," });
  expectError(t, src, "colour: 'red'", /unknown property 'colour' in format definition; known: name, ggmlType, blockElems, groupElems, layout, quants, scale, min/);
});

test("missing 'quants': points at the definition object", (t) => {
  const src = source({ quants: '' });
  expectError(t, src, 'export default defineFormat({', /format definition lacks 'quants'/);
});

test("missing 'scale'", (t) => {
  const src = source().replace(/ {2}scale: .*\n/, '');
  expectError(t, src, 'export default defineFormat({', /format definition lacks 'scale'/);
});

test('reading an unknown block field (b.qz): lists the fields', (t) => {
  const src = source({ scale: '(b) => b.qz' });
  expectError(t, src, 'scale:', /unknown field 'qz'; this format's fields are d, qs/);
});

test('an index outside a field (b.qs.u32(4) on 16 bytes): names reader, field and its size', (t) => {
  const src = source({ quants: '(b, g, w) => nibbles(b.qs.u32(4), w)' });
  expectError(t, src, 'quants:', /index 4 of u32\(\) is outside field 'qs' \(16 bytes = 4 u32 elements\)/);
  // a constant-folded index is checked as well, and u16 indexes count 2-byte elements
  expectError(t, source({ scale: '(b) => halfToFloat(b.qs.u16(3 + 5))', preamble: "import { halfToFloat } from '../intrinsics.js';" }),
    'scale:', /index 8 of u16\(\) is outside field 'qs' \(16 bytes = 8 u16 elements\)/);
});

test('integer division: suggests >> or float()', (t) => {
  const src = source({ quants: '(b, g, w) => nibbles(b.qs.u32(w / 2), w)' });
  expectError(t, src, 'quants:', /integer division is not supported in format math; use >> for powers of two, or float\(x\) \/ y/);
});

test('`let` instead of const: names the statement line inside a block body', (t) => {
  const src = source({ quants: '(b, g, w) => {\n    let x = b.qs.u32(w & 3);\n    return nibbles(x, w);\n  }' });
  const err = expectError(t, src, 'let x', /only `const` declarations are allowed in format math/);
  t.regex(err?.loc.text ?? '', /^let x = b\.qs\.u32\(w & 3\);/);
});

test('an `if` statement: suggests ?:', (t) => {
  const src = source({ quants: '(b, g, w) => {\n    const word = b.qs.u32(w & 3);\n    if (w < 4) return word & 0x0f0f0f0f;\n    return (word >>> 4) & 0x0f0f0f0f;\n  }' });
  expectError(t, src, 'if (w < 4)', /unsupported statement \(IfStatement\).*use \?: instead of if/);
});

test('a shift by 32 (or by a negative amount)', (t) => {
  expectError(t, source({ quants: '(b, g, w) => b.qs.u32(w & 3) >>> 32' }), 'quants:', /shift amount 32 is outside 0\.\.31/);
  expectError(t, source({ quants: '(b, g, w) => b.qs.u32(w & 3) << 33' }), 'quants:', /shift amount 33 is outside 0\.\.31/);
  expectError(t, source({ quants: '(b, g, w) => b.qs.u32(w & 3) >> -1' }), 'quants:', /shift amount -1 is outside 0\.\.31/);
});

test('calling something unsupported (Math.floor): names it', (t) => {
  const src = source({ scale: '(b) =>\n    Math.floor(b.d)' });
  expectError(t, src, 'Math.floor', /'Math' is not something format math can use \(a parameter, const, helper function, table, or intrinsic\)/);
});

test('an undeclared name', (t) => {
  expectError(t, source({ scale: '(b) => b.d * undeclaredThing' }), 'scale:', /unknown name 'undeclaredThing'|'undeclaredThing' is not something/);
});

test('unknown ggmlType: names the value and where the known ones are', (t) => {
  expectError(t, source({ ggmlType: '99' }), 'ggmlType: 99', /ggmlType 99 is not a ggml block type kgen knows \(see ggmlTypeSizes in dsl\/define\.ts\)/);
});

test('groupElems 12: names the allowed values', (t) => {
  expectError(t, source({ groupElems: '12' }), 'groupElems: 12', /groupElems must be 4, 8, 16 or 32, got 12/);
});

test('a file without `export default defineFormat(...)`', (t) => {
  const noExport = "import { defineFormat, f16, u8 } from '../define.js';\nexport const x = 1;\n";
  const r1 = expectError(t, noExport, "import { defineFormat", /a format file must end with `export default defineFormat\(\{ \.\.\. \}\)`/);
  t.is(r1?.loc.text, undefined);
  const otherCall = "function other(a: unknown) { return a; }\nexport default other({ name: 'q4_0' });\n";
  expectError(t, otherCall, 'function other', /a format file must end with `export default defineFormat/);
});

test('quants returning a float, and a non-literal number property', (t) => {
  expectError(t, source({ quants: '(b, g, w) => b.d' }), 'quants:', /quants must return an integer \(four packed int8 lanes\)/);
  expectError(t, source({ groupElems: '16 + 16' }), 'groupElems:', /'groupElems' must be a number literal/);
});

test('% by a non-literal, and an unknown field reader', (t) => {
  expectError(t, source({ quants: '(b, g, w) => nibbles(b.qs.u32(w % g), w)' }), 'quants:', /% needs a positive integer literal on the right/);
  expectError(t, source({ quants: '(b, g, w) => nibbles(b.qs.u64(0), w)' }), 'quants:', /fields have the readers u8, i8, u16, i16, u32, f16; not 'u64'/);
});

test('an error inside a helper function names the helper line, not the call site', (t) => {
  const src = source({
    preamble: 'function third(x: number): number {\n  return x / 3;\n}',
    scale: '(b) => b.d * third(b.qs.u8(0))',
  });
  expectError(t, src, 'return x / 3', /integer division is not supported/);
});

// An index that depends on g or w is checked for every (g, w): q4_0 has 8 words per group, and
// `b.qs.u32(w)` would read words 4..7 = bytes 18..33, past the end of the 18-byte block.
test('an index that leaves the block for some w (b.qs.u32(w), w up to 7) is rejected', (t) => {
  const src = source({ quants: '(b, g, w) => nibbles(b.qs.u32(w), w)' });
  const ir = (() => {
    try {
      return compileFormatSource(join(FORMATS_DIR, 'bad_diag_range_w.ts'), src);
    } catch (e) {
      return e as Error;
    }
  })();
  t.true(ir instanceof DslError, 'expected a DslError for b.qs.u32(w) with w = 0..7 on a 16-byte field');
  if (ir instanceof DslError) t.regex(ir.message, /bad_diag_range_w\.ts:\d+: quants reads bytes 18\.\.21 for group 0, word 4, outside the 18-byte block/);
  if (!(ir instanceof Error)) {
    const last = instantiate(ir as FormatIR, u(0), 0, 7).quants;
    t.log('word 7 loads:', loads(last).map((l) => (l.k === 'load' && l.addr.k === 'const' ? `bytes ${l.addr.v}..${l.addr.v + 3}` : '?')));
  }
});

test('no bad_* source was written into dsl/formats', (t) => {
  t.false(readdirSync(FORMATS_DIR).some((f) => f.startsWith('bad_')));
  t.false(existsSync(join(FORMATS_DIR, 'bad_template_ok.ts')));
});

// ---------------------------------------------------------------- wide tables (u32 words, u64 grid rows)

const WIDE = [
  "import { defineTable } from '../define.js';",
  "const grid = defineTable('grid_t', 'u64', [0x0102030405060708n, 0x1112131415161718n]);",
  "const words = defineTable('words_t', 'u32', [0x01020304, 0x05060708]);",
].join('\n');

test('a u64 table is read as 32-bit words: entry i is words 2i (bytes 0..3) and 2i+1 (bytes 4..7)', (t) => {
  const ir = compileFormatSource(join(FORMATS_DIR, 'bad_wide_ok.ts'), source({ preamble: WIDE, quants: '(b, g, w) => grid.u32(2 * (w & 1) + 1) ^ words[w & 1] ^ words.u32(0)' }));
  const grid = ir.tables.find((x) => x.name === 'grid_t');
  t.deepEqual(grid && { kind: grid.kind, values: grid.values }, { kind: 'u32', values: [0x05060708, 0x01020304, 0x15161718, 0x11121314] });
  t.deepEqual(ir.tables.find((x) => x.name === 'words_t')?.values, [0x01020304, 0x05060708]);
});

test('indexing a u64 table with [] is an error that says how to read its halves', (t) => {
  const src = source({ preamble: WIDE, quants: '(b, g, w) => grid[w & 1]' });
  expectError(t, src, 'quants:', /grid_t holds 64-bit entries.*grid_t\.u32\(2 \* i\) \(bytes 0\.\.3\) or grid_t\.u32\(2 \* i \+ 1\)/);
});

test('table misuse: u32() on a byte table, a word index outside the table, values outside the kind', (t) => {
  expectError(t, source({ quants: '(b, g, w) => kvalues_iq4nl.u32(0)', preamble: "import { kvalues_iq4nl } from '../tables.js';" }), 'quants:', /kvalues_iq4nl is a i8 table; index it with \[i\]/);
  expectError(t, source({ preamble: WIDE, quants: '(b, g, w) => grid.u32(4)' }), 'quants:', /word 4 is outside table grid_t \(4 words\)/);
  const bigU8 = "import { defineTable } from '../define.js';\nconst t8 = defineTable('t8', 'u8', [1, 256]);";
  expectError(t, source({ preamble: bigU8, quants: '(b, g, w) => t8[w & 1]' }), "defineTable('t8'", /table value 256 is outside the range of a u8 entry \(0\.\.255\)/);
  const notBig = "import { defineTable } from '../define.js';\nconst t64 = defineTable('t64', 'u64', [1 as unknown as bigint]);";
  expectError(t, source({ preamble: notBig, quants: '(b, g, w) => t64.u32(0)' }), "defineTable('t64'", /u64 table values must be bigint literals/);
});
