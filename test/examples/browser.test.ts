// The browser example (examples/browser) in a real browser: builds the page, serves it on 127.0.0.1 and
// drives Debian's Chromium headless through playwright-core. The page runs the GPU-vs-CPU equivalence
// check for every format (WebGPU on SwiftShader there); this test fails on any mismatch, any WebGPU
// error or any page error.
//
// Needs Debian's chromium at /usr/bin/chromium (`apt-get install chromium`; CI installs it), or
// KGEN_CHROMIUM=/path/to/chromium. `npx playwright install` is not used: its browsers are not needed.
import test from 'ava';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { buildPage, DIST_DIR, serveDir } from '../../examples/browser/build.js';
import type { KgenResult } from '../../examples/browser/main.js';

const CHROMIUM = process.env.KGEN_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--enable-unsafe-webgpu',
  '--ignore-gpu-blocklist',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TIMEOUT_MS = 5 * 60_000;

test('browser example: WebGPU mat-vec equals the CPU reference for every format (Chromium, headless)', async (t) => {
  t.timeout(TIMEOUT_MS + 120_000);
  if (!existsSync(CHROMIUM)) {
    t.fail(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium; CI installs it) ` +
      'or point KGEN_CHROMIUM at a Chromium with WebGPU. This test does not skip.');
    return;
  }
  const built = await buildPage();
  t.log(`built ${DIST_DIR}: app/main.js ${built.bundleBytes} bytes, ${built.wgslFiles} WGSL files`);
  const server = await serveDir(DIST_DIR);
  const userDataDir = mkdtempSync(join(tmpdir(), 'kgen-chromium-'));
  const pageLog: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => pageLog.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('requestfailed', (r) => failedRequests.push(`${r.url()}: ${r.failure()?.errorText}`));
    page.on('response', (r) => {
      if (r.status() >= 400) failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
    });
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => window.kgenResult !== undefined, null, { timeout: TIMEOUT_MS, polling: 500 });
    const res = (await page.evaluate(() => window.kgenResult)) as KgenResult;

    t.log(`adapter: ${res.adapter.description}; features: ${res.adapter.features.join(', ')}; WGSL: ${res.adapter.wgslFeatures.join(', ')}`);
    if (res.table) t.log('\n' + res.table);
    t.log(`${res.cases} cases, ${res.failures.length} failed, ${res.errors.length} WebGPU/page errors`);
    const problems = [
      ...res.failures.map((f) => `mismatch: ${f}`),
      ...res.errors.map((e) => `error: ${e}`),
      ...pageErrors.map((e) => `page error: ${e}`),
      ...failedRequests.map((e) => `request failed: ${e}`),
    ];
    if (problems.length) t.log(`page console:\n${pageLog.join('\n')}`);
    t.deepEqual(problems, [], 'mismatches or errors in the browser');
    t.true(res.ok, 'the page reports ok');
    // every format x 2 shapes x (auto, wg where the adapter has subgroups, float).
    const nFormats = (await import('../../generated/index.js')).manifest.formats.length;
    t.true(res.cases >= res.results.length && res.cases >= 2 * 2 * nFormats, `expected at least ${4 * nFormats} cases, got ${res.cases}`);
    t.deepEqual([...new Set(res.results.map((r) => r.format))].sort(), (await import('../../generated/index.js')).manifest.formats.map((f) => f.name).sort());
  } finally {
    await context.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
