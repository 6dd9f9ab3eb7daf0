// The import rules of the source tree (DSL -> IR -> targets, one way), checked on every import of
// every source file, static or dynamic. A broken rule fails with the file, line and the rule's reason.
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { packageRoot } from '../../codegen/paths.js';

/** Folders that are not source (outputs, dependencies) or that sit on top of everything (tests). */
const SKIP = new Set(['node_modules', 'dist', 'generated', 'build', '.git', 'test']);

interface Edge { from: string; to: string; line: number; text: string }

function sourceFiles(dir = packageRoot): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name) || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|mts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The project-relative imports of one file (module specifiers starting with '.'). */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): Edge[] {
  const info = ts.preProcessFile(text, true, true);
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  return info.importedFiles
    .filter((r) => r.fileName.startsWith('.'))
    .map((r) => {
      const line = sf.getLineAndCharacterOfPosition(r.pos).line;
      const to = relative(packageRoot, resolve(dirname(file), r.fileName)).replace(/\.js$/, '.ts');
      return { from: relative(packageRoot, file), to, line: line + 1, text: text.split('\n')[line].trim() };
    });
}

interface Rule {
  /** The files the rule constrains. */
  from: RegExp;
  /** Imports they may not make... */
  forbid: RegExp;
  /** ...except these. */
  unless?: RegExp;
  why: string;
}

const TARGET_OF = /^targets\/([^/]+)\//;

export const RULES: Rule[] = [
  { from: /^common\//, forbid: /^(?!common\/)/, why: 'common/ is the bottom layer: it imports nothing of kgen' },
  { from: /^dsl\//, forbid: /^(?!dsl\/|common\/)/, why: 'the DSL imports only itself and common/' },
  { from: /^codegen\//, forbid: /^(targets|compiler|api|cli|bench|tuning|examples|generated)\//, why: 'codegen/ (IR, passes, kernels, manifest) imports no target, driver or tuning module' },
  { from: /^codegen\/(?!frontend\.ts$)/, forbid: /^dsl\//, why: 'the IR does not import the DSL: the frontend (codegen/frontend.ts) translates DSL values into IR types' },
  { from: /^targets\//, forbid: /^(dsl|compiler|api|cli|bench|examples|generated)\//, why: 'targets read only the IR and the manifest (codegen/) and common/' },
  { from: /^targets\//, forbid: /^tuning\//, why: 'runtimes take tuning tables as data: the package entries (webgpu.ts, vulkan.ts) pass the shipped ones' },
  { from: /^targets\/runtime\//, forbid: /^(?!targets\/runtime\/|codegen\/manifest\.ts$|codegen\/kernels\/key\.ts$)/, why: 'the runtime core imports only the manifest and kernel-key modules (it runs in browsers)' },
  { from: /^gguf\//, forbid: /^(targets|compiler|codegen\/(?!manifest\.ts$)|cli|bench|examples)\//, why: 'gguf/ reads formats through the API (api/), not through a target or the compiler' },
  { from: /^(?!cli\/|bench\/|examples\/|compiler\/)/, forbid: /^compiler\//, why: 'the build driver (compiler/) is called by the CLI, tests and tools, not by the layers it drives' },
  { from: /^(?!cli\/)/, forbid: /^cli\//, why: 'nothing imports the command line' },
  { from: /^(?!cli\/|bench\/)/, forbid: /^bench\//, why: 'benchmarks are called by the CLI only' },
];

/** Imports between target folders: only the runtimes' shared core (targets/runtime) may be shared. */
function crossTarget(e: Edge): string | undefined {
  const a = TARGET_OF.exec(e.from)?.[1];
  const b = TARGET_OF.exec(e.to)?.[1];
  if (!a || !b || a === b) return undefined;
  if ((a === 'webgpu' || a === 'vulkan') && b === 'runtime') return undefined;
  return `targets/${a} may not import targets/${b} (only targets/webgpu and targets/vulkan may import targets/runtime, the shared runtime core)`;
}

export function violations(edges: Edge[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const why = [...RULES.filter((r) => r.from.test(e.from) && r.forbid.test(e.to) && !r.unless?.test(e.to)).map((r) => r.why), crossTarget(e)].filter(Boolean);
    for (const w of why) out.push(`${e.from}:${e.line}: imports ${e.to}: ${w}\n    ${e.text}`);
  }
  return out;
}

test('every import of the source tree follows the layering rules', (t) => {
  const files = sourceFiles();
  const edges = files.flatMap((f) => importsOf(f));
  t.true(files.length > 50 && edges.length > 100, `found ${files.length} files, ${edges.length} imports: the walk is broken`);
  const bad = violations(edges);
  t.deepEqual(bad, [], `\n${bad.join('\n')}`);
});

test('the checker sees static, type-only, re-export and dynamic imports, and names file and line', (t) => {
  const text = [
    "import { a } from '../../targets/wgsl/emit.js';",
    "import type { B } from '../../dsl/define.js';",
    "export { c } from '../../compiler/build.js';",
    "const m = () => import('../../targets/js/api.js');",
  ].join('\n');
  const edges = importsOf(join(packageRoot, 'codegen/ir/example.ts'), text);
  t.deepEqual(edges.map((e) => `${e.line} ${e.to}`), ['1 targets/wgsl/emit.ts', '2 dsl/define.ts', '3 compiler/build.ts', '4 targets/js/api.ts']);
  const bad = violations(edges);
  t.is(bad.length, 5); // wgsl, compiler (x2: codegen rule and driver rule), dsl, js
  t.regex(bad[0], /^codegen\/ir\/example\.ts:1: imports targets\/wgsl\/emit\.ts/);
  t.true(violations([{ from: 'targets/webgpu/runtime.ts', to: 'targets/runtime/core.ts', line: 1, text: '' }]).length === 0);
  t.regex(violations([{ from: 'targets/webgpu/runtime.ts', to: 'targets/vulkan/kernels.ts', line: 3, text: '' }])[0], /targets\/webgpu may not import targets\/vulkan/);
  t.regex(violations([{ from: 'targets/vulkan/runtime.ts', to: 'tuning/shipped.ts', line: 5, text: '' }])[0], /runtimes take tuning tables as data/);
  t.regex(violations([{ from: 'targets/runtime/core.ts', to: 'codegen/requirements.ts', line: 5, text: '' }])[0], /the runtime core imports only the manifest and kernel-key modules/);
  t.deepEqual(violations([{ from: 'targets/runtime/core.ts', to: 'codegen/kernels/key.ts', line: 6, text: '' }, { from: 'webgpu.ts', to: 'tuning/shipped.ts', line: 4, text: '' }]), []);
});
