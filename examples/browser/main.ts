// kgen in the browser: for each format, random weights quantized by kgen's CPU quantizer run through the
// WebGPU runtime (the variant picked for this adapter), next to kgen's CPU reference computed here in the
// page. Sets window.kgenResult when done (test/examples/browser.test.ts waits for it).
//
// The CPU reference follows the GPU's arithmetic:
//   mmvq path  (x quantized to q8_1x4 on the GPU): mmvqReference over the same q8_1x4 bytes, made by
//              quantizeQ8_1x4 on the CPU (bit-identical to the quantize_q8_1 kernel) and turned into
//              ggml q8_1 blocks;
//   float path (matvec_f32, x in f32): dequantize(W) . x in float64.
// Bounds: NMSE <= 1e-10 and every |gpu - cpu| <= 1e-5 * sum_k |w_k x_k| of that output.
//
// Query parameters: formats=q4_k,q8_0 (default: every format of the manifest), paths=auto,wg,float
// (default: all three; 'wg' runs only where the adapter has subgroups, else 'auto' is already 'wg'),
// rows=67, seed=1, reps=3 (warm runs timed; the best is shown).
import { dequantize, formats, mmvqReference, quantize } from '../../index.js';
import { q8_1x4ToQ8_1, quantizeQ8_1x4 } from '../../targets/js/activation.js';
import { bundleFromGenerated, createMatVec, deviceSupport, openWebGpu, type MatVec, type MatVecOptions } from '../../webgpu.js';
import { kernels, manifest } from '../../generated/index.js';

export interface CaseResult {
  format: string;
  rows: number;
  K: number;
  ncols: number;
  /** 'auto' (the adapter's pick), 'wg' (mmvq with workgroup reduction) or 'float' (matvec_f32). */
  path: string;
  variant: string;
  missing: string[];
  gpuFirst: number[];
  cpuFirst: number[];
  nmse: number;
  /** max over outputs of |gpu - cpu| / sum_k |w_k x_k|. */
  maxRel: number;
  firstMs: number;
  warmMs: number;
  cpuMs: number;
  ok: boolean;
  error?: string;
}

export interface KgenResult {
  ok: boolean;
  cases: number;
  failures: string[];
  errors: string[];
  adapter: { description: string; features: string[]; wgslFeatures: string[] };
  results: CaseResult[];
  /** The results as a plain-text table. */
  table: string;
}

declare global {
  interface Window { kgenResult?: KgenResult }
}

const NMSE_MAX = 1e-10;
const REL_MAX = 1e-5;

const params = new URLSearchParams(location.search);
const intParam = (name: string, dflt: number): number => {
  const v = params.get(name);
  if (v === null) return dflt;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`?${name}=${v}: expected a positive integer`);
  return Number(v);
};

/** mulberry32: a small seeded PRNG, so a failing case can be rerun with the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(rand: () => number, n: number, scale: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i += 2) {
    const u = 1 - rand();
    const v = rand();
    const r = Math.sqrt(-2 * Math.log(u)) * scale;
    out[i] = r * Math.cos(2 * Math.PI * v);
    if (i + 1 < n) out[i + 1] = r * Math.sin(2 * Math.PI * v);
  }
  return out;
}

/** The shapes per format: ncols 1 and 4; K a multiple of the block but not of 256 (nor of 128 for the 32-element formats). */
function shapes(blockElems: number): { K: number; ncols: number }[] {
  if (blockElems >= 256) return [{ K: 768, ncols: 1 }, { K: 512, ncols: 4 }];
  if (blockElems > 32) return [{ K: 384, ncols: 1 }, { K: 640, ncols: 4 }]; // 64- and 128-element blocks
  return [{ K: 352, ncols: 1 }, { K: 224, ncols: 4 }];
}

const fmtNum = (v: number): string => (Number.isFinite(v) ? (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : v.toFixed(5)) : String(v));
const fmtSci = (v: number): string => (Number.isFinite(v) ? v.toExponential(2) : String(v));

function textTable(rs: CaseResult[]): string {
  const head = ['format', 'shape', 'path', 'variant', 'missing', 'gpu[0..2]', 'cpu[0..2]', 'nmse', 'maxRel', 'first ms', 'warm ms', 'result'];
  const rows = rs.map((r) => [
    r.format, `${r.rows}x${r.K}x${r.ncols}`, r.path, r.variant, r.missing.join('; ') || '-',
    r.gpuFirst.map(fmtNum).join(' '), r.cpuFirst.map(fmtNum).join(' '), fmtSci(r.nmse), fmtSci(r.maxRel),
    r.firstMs.toFixed(1), r.warmMs.toFixed(1), r.ok ? 'ok' : `FAIL${r.error ? ': ' + r.error : ''}`,
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(w[i]))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

function td(tr: HTMLTableRowElement, text: string, cls?: string): void {
  const cell = tr.insertCell();
  cell.textContent = text;
  if (cls) cell.className = cls;
}

function showRow(r: CaseResult): void {
  const tbody = document.querySelector('#results tbody') as HTMLTableSectionElement;
  const tr = tbody.insertRow();
  tr.className = r.ok ? 'pass' : 'fail';
  td(tr, r.format);
  td(tr, `${r.rows} × ${r.K} × ${r.ncols}`);
  td(tr, r.path);
  td(tr, r.variant);
  td(tr, r.missing.join('; ') || '—');
  td(tr, r.gpuFirst.map(fmtNum).join('\n'), 'vals');
  td(tr, r.cpuFirst.map(fmtNum).join('\n'), 'vals');
  td(tr, fmtSci(r.nmse), 'num');
  td(tr, fmtSci(r.maxRel), 'num');
  td(tr, r.firstMs.toFixed(1), 'num');
  td(tr, r.warmMs.toFixed(1), 'num');
  td(tr, r.ok ? 'ok' : `FAIL${r.error ? ': ' + r.error : ''}`, 'verdict');
}

/** y[c * rows + r] = sum_k Wd[r, k] x[c, k] in float64, and the scale sum_k |Wd[r, k] x[c, k]|. */
function floatReference(Wd: Float32Array, x: Float32Array, rows: number, K: number, ncols: number): { y: Float64Array; scale: Float64Array } {
  const y = new Float64Array(rows * ncols);
  const scale = new Float64Array(rows * ncols);
  for (let c = 0; c < ncols; c++) {
    for (let r = 0; r < rows; r++) {
      let s = 0;
      let a = 0;
      for (let k = 0; k < K; k++) {
        const p = Wd[r * K + k] * x[c * K + k];
        s += p;
        a += Math.abs(p);
      }
      y[c * rows + r] = s;
      scale[c * rows + r] = a;
    }
  }
  return { y, scale };
}

async function main(): Promise<KgenResult> {
  const errors: string[] = [];
  const failures: string[] = [];
  const results: CaseResult[] = [];
  const adapterEl = document.getElementById('adapter')!;
  const statusEl = document.getElementById('status')!;

  if (!('gpu' in navigator) || !navigator.gpu) throw new Error('WebGPU is not available in this browser (navigator.gpu is missing)');
  // openWebGpu takes navigator.gpu here and enables what the kernels want (subgroups, the adapter's limits).
  const gpu = await openWebGpu();
  const { adapter, device } = gpu;
  device.addEventListener('uncapturederror', (ev) => {
    const e = (ev as GPUUncapturedErrorEvent).error;
    errors.push(`uncaptured WebGPU ${e.constructor?.name ?? 'error'}: ${e.message}`);
  });
  void device.lost.then((info) => {
    if (info.reason !== 'destroyed') errors.push(`WebGPU device lost (${info.reason}): ${info.message}`);
  });
  const wgslFeatures = gpu.wgslFeatures;
  const ai = adapter.info;
  const adapterDesc = [ai.vendor, ai.architecture, ai.device, ai.description].filter(Boolean).join(' / ') || '(no adapter info)';
  const support = deviceSupport(device, wgslFeatures);
  adapterEl.textContent = `Adapter: ${adapterDesc}. Device features: ${[...device.features].sort().join(', ') || 'none'}. ` +
    `WGSL language features: ${[...wgslFeatures].sort().join(', ') || 'none'}.`;

  const bundle = bundleFromGenerated(kernels, manifest);
  const known = manifest.formats.map((f) => f.name);
  const fmtList = params.get('formats')?.split(',').map((s) => s.trim()).filter(Boolean) ?? known;
  const unknown = fmtList.filter((f) => !known.includes(f));
  if (unknown.length) throw new Error(`?formats: unknown ${unknown.join(', ')}; known: ${known.join(', ')}`);
  const pathList = params.get('paths')?.split(',').map((s) => s.trim()).filter(Boolean) ?? ['auto', 'wg', 'float'];
  const badPath = pathList.filter((p) => !['auto', 'wg', 'float'].includes(p));
  if (badPath.length) throw new Error(`?paths: unknown ${badPath.join(', ')}; known: auto, wg, float`);
  const rows = intParam('rows', 67);
  const seed = intParam('seed', 1);
  const reps = intParam('reps', 3);

  const configs: { label: string; opts: Pick<MatVecOptions, 'path' | 'reduce'> }[] = [];
  if (pathList.includes('auto')) configs.push({ label: 'auto', opts: { path: 'auto', reduce: 'auto' } });
  // The integer-dot kernels with workgroup reduction, where 'auto' picked subgroups.
  if (pathList.includes('wg') && support.subgroups && support.dot4i8) configs.push({ label: 'wg', opts: { path: 'mmvq', reduce: 'wg' } });
  // The float path: matvec_f32 exists with workgroup reduction only.
  if (pathList.includes('float')) configs.push({ label: 'float', opts: { path: 'float', reduce: 'wg' } });

  let caseNo = 0;
  for (const fmt of fmtList) {
    const info = formats[fmt];
    for (const { K, ncols } of shapes(info.blockElems)) {
      const rand = rng(seed * 1000003 + caseNo++);
      // Weights with a per-row scale (so rows differ in magnitude), quantized by kgen's CPU quantizer.
      const wf = gaussian(rand, rows * K, 1);
      for (let r = 0; r < rows; r++) {
        const s = 0.01 * (1 + 4 * rand());
        for (let k = 0; k < K; k++) wf[r * K + k] *= s;
      }
      const W = quantize(fmt, wf, { importance: new Float32Array(K).fill(1) }); // iq2_xxs/iq2_xs need one (as in ggml); the rest ignore it
      const x = gaussian(rand, ncols * K, 1);
      const shape = { rows, K, ncols };
      const t0 = performance.now();
      const Wd = dequantize(fmt, W, rows, K);
      const f64 = floatReference(Wd, x, rows, K, ncols);
      const q8 = mmvqReference(fmt, W, { q8_1: q8_1x4ToQ8_1(quantizeQ8_1x4(x, K, ncols), K, ncols) }, shape);
      const cpuMs = performance.now() - t0;

      for (const cfg of configs) {
        const errorsBefore = errors.length;
        const r: CaseResult = {
          format: fmt, rows, K, ncols, path: cfg.label, variant: '?', missing: [], gpuFirst: [], cpuFirst: [],
          nmse: NaN, maxRel: NaN, firstMs: NaN, warmMs: NaN, cpuMs, ok: false,
        };
        let mv: MatVec | undefined;
        try {
          const t1 = performance.now();
          mv = await createMatVec(device, { format: fmt, rows, K, ncols, kernels: bundle, wgslFeatures, ...cfg.opts });
          r.variant = mv.variant.matvec + (mv.variant.quantize ? ` (+ ${mv.variant.quantize})` : '');
          r.missing = mv.variant.missing;
          mv.upload(W);
          const y = await mv.run(x);
          r.firstMs = performance.now() - t1;
          let best = Infinity;
          for (let i = 0; i < reps; i++) {
            const t2 = performance.now();
            await mv.run(x);
            best = Math.min(best, performance.now() - t2);
          }
          r.warmMs = best;
          await device.queue.onSubmittedWorkDone();
          const ref = mv.variant.quantize ? q8 : f64.y;
          let num = 0;
          let den = 0;
          let maxRel = 0;
          for (let i = 0; i < y.length; i++) {
            const d = y[i] - ref[i];
            num += d * d;
            den += ref[i] * ref[i];
            const rel = Math.abs(d) / (f64.scale[i] || 1);
            maxRel = Number.isNaN(rel) ? Infinity : Math.max(maxRel, rel);
          }
          r.nmse = den > 0 ? num / den : num;
          r.maxRel = maxRel;
          r.gpuFirst = Array.from(y.subarray(0, 3));
          r.cpuFirst = Array.from(ref.subarray(0, 3));
          r.ok = r.nmse <= NMSE_MAX && r.maxRel <= REL_MAX;
          if (!r.ok) r.error = `NMSE ${fmtSci(r.nmse)} (max ${NMSE_MAX}), max rel ${fmtSci(r.maxRel)} (max ${REL_MAX})`;
        } catch (e) {
          r.error = e instanceof Error ? e.message : String(e);
        } finally {
          mv?.destroy();
        }
        // Let uncaptured errors of this case arrive before judging it.
        await device.queue.onSubmittedWorkDone();
        await new Promise((res) => setTimeout(res, 0));
        if (errors.length > errorsBefore) {
          r.ok = false;
          r.error = (r.error ? r.error + '; ' : '') + errors.slice(errorsBefore).join('; ');
        }
        if (!r.ok) failures.push(`${fmt} ${rows}x${K}x${ncols} ${cfg.label} [${r.variant}]: ${r.error}`);
        results.push(r);
        showRow(r);
        statusEl.textContent = `Running… ${results.length} cases, ${failures.length} failed`;
      }
    }
  }
  await device.queue.onSubmittedWorkDone();
  await new Promise((res) => setTimeout(res, 50));
  const ok = failures.length === 0 && errors.length === 0 && results.length > 0;
  statusEl.textContent = `${ok ? 'All' : 'Not all'} ${results.length} cases within bounds (NMSE <= ${NMSE_MAX}, |err| <= ${REL_MAX} x sum|w·x|): ` +
    `${failures.length} failed, ${errors.length} WebGPU errors.`;
  statusEl.className = ok ? 'ok' : 'fail';
  device.destroy();
  return {
    ok, cases: results.length, failures, errors,
    adapter: { description: adapterDesc, features: [...adapter.features].sort(), wgslFeatures: [...wgslFeatures].sort() },
    results, table: textTable(results),
  };
}

main().then(
  (res) => {
    if (res.errors.length) document.getElementById('errors')!.textContent = res.errors.join('\n');
    window.kgenResult = res;
  },
  (e: unknown) => {
    const msg = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
    const statusEl = document.getElementById('status')!;
    statusEl.textContent = `Failed: ${msg}`;
    statusEl.className = 'fail';
    window.kgenResult = { ok: false, cases: 0, failures: [], errors: [msg], adapter: { description: '', features: [], wgslFeatures: [] }, results: [], table: '' };
  },
);
