// The runtime core shared by the WebGPU and Vulkan runtimes: one options type, one variant chooser
// over typed kernel keys and device capabilities, one bundle adapter, the tuning-table lookup (tables
// arrive as data from the caller), shape checks, shape parameters and a buffer pool.
// Imports only the manifest / kernel-key layer, no node:* (it runs in browsers).
import { activationColumnBytes, type Manifest, type ManifestKernel } from '../../codegen/manifest.js';
import { keyString, parseKey, type KernelKey, type Reduction } from '../../codegen/kernels/key.js';

export type { KernelKey } from '../../codegen/kernels/key.js';

// ------------------------------------------------------------------------------------- bundles

/** A kernel source: the value, or a loader of it (fetched or read on first use). */
export type Source<T> = T | (() => Promise<T>);

/** A kernel as the runtimes need it: its manifest record and its code for the targets it has. */
export interface RuntimeKernel { record: ManifestKernel; wgsl?: Source<string>; spirv?: Source<Uint32Array> }

/** Kernels by key (`mmvq.q4_k.nc1.r1.sg`) and the formats they cover: the generated bundle or build(). */
export interface KernelBundle {
  /** The kernel with this key (with code for the bundle's target), or undefined when the bundle lacks it. */
  kernel(key: string): RuntimeKernel | undefined;
  /** The weight formats the bundle covers, with their block sizes. */
  formats: Manifest['formats'];
  /** Formats the bundle has no GPU kernels for yet, and why (named in the error when one is asked for). */
  cpuOnly?: Manifest['cpuOnly'];
}

export type Target = 'wgsl' | 'spirv';

/** The generated bundle (`import { kernels, manifest } from 'kgen/generated'`) for one target: only
 *  kernels with code for it are found. */
export function bundleFromGenerated(
  kernels: Record<string, { record: ManifestKernel; wgsl?: () => Promise<string>; spirv?: () => Promise<Uint32Array> }>,
  manifest: Pick<Manifest, 'formats' | 'cpuOnly'>,
  target: Target,
): KernelBundle {
  return {
    formats: manifest.formats,
    cpuOnly: manifest.cpuOnly,
    kernel(key) {
      const k = Object.prototype.hasOwnProperty.call(kernels, key) ? kernels[key] : undefined;
      if (!k?.[target] || !k.record.targets[target]) return undefined;
      return target === 'wgsl' ? { record: k.record, wgsl: k.wgsl } : { record: k.record, spirv: k.spirv };
    },
  };
}

/** An in-memory build() result ({ manifest, files }) for one target. */
export function bundleFromBuild(b: { manifest: Pick<Manifest, 'formats' | 'kernels' | 'cpuOnly'>; files: ReadonlyMap<string, string | Uint8Array> }, target: Target): KernelBundle {
  const byKey = new Map(b.manifest.kernels.map((k) => [k.key, k]));
  return {
    formats: b.manifest.formats,
    cpuOnly: b.manifest.cpuOnly,
    kernel(key) {
      const record = byKey.get(key);
      const t = record?.targets[target];
      const file = t ? b.files.get(t.file) : undefined;
      if (!record || file === undefined) return undefined;
      if (target === 'wgsl') return typeof file === 'string' ? { record, wgsl: file } : undefined;
      if (!(file instanceof Uint8Array)) return undefined;
      if (file.byteLength % 4 !== 0) throw new Error(`kgen: ${t!.file} is ${file.byteLength} bytes, not whole SPIR-V words`);
      return { record, spirv: new Uint32Array(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)) };
    },
  };
}

// ------------------------------------------------------------------------------------- tuning tables

/** A tuning table entry as stored: the kernel key (as `kgen tune` wrote it), threads, time in us. */
export interface TuningEntry { key: string; wg: number; us?: number }
/** Measured best variants for one runtime on one device (a tuning/tables/*.json file). */
export interface TuningTable {
  /** Name of the table. */
  name: string;
  /** The kernel target it was measured with: 'wgsl' (WebGPU) or 'spirv' (Vulkan). */
  runtime: string;
  /** Device vendor, lowercase (e.g. 'nvidia', 'mesa'). */
  vendor: string;
  /** Matched as a substring of the device name the runtime reports ('*': any device of the vendor). */
  device: string;
  /** The shape measured (rows x K). */
  shape: string;
  /** format -> ncols -> best variant. */
  entries: Record<string, Record<string, TuningEntry>>;
}

/** A tuned choice: the typed kernel key and its workgroup size. */
export interface TunedVariant { key: KernelKey; wg: number }

/** The table for a runtime and device among `tables`: a device match first, else the vendor's default ('*'). */
export function findTable(tables: readonly TuningTable[], runtime: string, vendor: string, device: string): TuningTable | undefined {
  const mine = tables.filter((t) => t.runtime === runtime);
  return mine.find((t) => t.device !== '*' && device.toLowerCase().includes(t.device.toLowerCase())) ?? mine.find((t) => t.device === '*' && t.vendor === vendor);
}

/** The tuned variant for (format, ncols): the measured one, or the one measured at the nearest smaller
 *  ncols with ncols set to this one (on the typed key). */
export function tunedVariant(t: TuningTable, format: string, ncols: number): TunedVariant | undefined {
  const byN = t.entries[format];
  if (!byN) return undefined;
  const measured = Object.keys(byN).map(Number).filter((n) => n <= ncols).sort((a, b) => b - a)[0];
  if (measured === undefined) return undefined;
  const e = byN[measured];
  let key: KernelKey;
  try {
    key = parseKey(e.key);
  } catch (err) {
    throw new Error(`kgen: tuning table '${t.name}': ${format} ncols ${measured}: ${(err as Error).message}`);
  }
  if (key.format !== format) throw new Error(`kgen: tuning table '${t.name}': the ${format} entry names kernel '${e.key}' of another format`);
  // A schedule beyond rows and reduction (unroll, walk, lut) is kept only at the ncols it was measured
  // at: at other ncols it would be another large, unmeasured kernel in the default build.
  if (ncols !== measured) { delete key.unroll; delete key.walk; delete key.lut; }
  return { key: { ...key, ncols }, wg: e.wg };
}

// ------------------------------------------------------------------------------------- options and variants

/** Options of createMatVec (WebGPU) and createVulkanMatVec (Vulkan): the same fields on both. */
export interface MatVecOptions {
  /** Weight format, e.g. "q4_k". */
  format: string;
  /** Weight rows (outputs). */
  rows: number;
  /** Weight columns (inputs), a multiple of the format's block size. */
  K: number;
  /** Activation columns per run, 1..8. */
  ncols?: number;
  /** 'auto' (default): integer-dot mmvq where the device has it, else the float path. */
  path?: 'auto' | 'mmvq' | 'float';
  /** Reduction: 'auto' (subgroups where present), 'sg' or 'wg'. */
  reduce?: 'auto' | 'sg' | 'wg';
  /** Threads per workgroup of the mat-vec kernel (default: the tuning table's, else the kernel's). */
  workgroupSize?: number;
  /** Tuning: one table, or tables to pick the device's from (`shippedTables` from kgen's tuning/);
   *  absent or null: none (mmvq, one row per workgroup, subgroups where present). The package entry
   *  points `kgen/webgpu` and `kgen/vulkan` pass the shipped tables by default. */
  tuning?: TuningTable | readonly TuningTable[] | null;
  /** The kernels: bundleFromGenerated(kernels, manifest) from `kgen/generated`, or a build() result. */
  kernels: KernelBundle;
}

/** The kernels chosen for a mat-vec on a device. */
export interface Variant {
  /** The mat-vec kernel's key. On the float path its ncols may exceed the request (the bundle has
   *  matvec_f32 for ncols 1, 2, 4, 8 by default): the runtime pads x with zero columns. */
  matvec: string;
  /** quantize_q8_1 on the mmvq path. */
  quantize?: string;
  /** What the device lacked for a better variant (empty when it got the best). */
  missing: string[];
  /** The tuning table's workgroup size, when the tuned variant was chosen. */
  workgroupSize?: number;
}

/** What a device offers, by manifest capability (dot4i8, subgroups, storage8, storage16, ...). */
export type Capabilities = Readonly<Record<string, boolean>>;

/** How a runtime names itself and what each capability needs on it, in words. */
export interface RuntimeFacts { name: string; needs: Readonly<Record<string, string>> }

/** The subset of the options a variant choice depends on. */
export type VariantRequest = Pick<MatVecOptions, 'format' | 'ncols' | 'path' | 'reduce'>;

/** The tuning table for a device from the `tuning` option (one table is used as given). */
export function tableFor(tuning: MatVecOptions['tuning'], runtime: Target, vendor: string, device: string): TuningTable | undefined {
  if (!tuning) return undefined;
  return Array.isArray(tuning) ? findTable(tuning as readonly TuningTable[], runtime, vendor, device) : (tuning as TuningTable);
}

/**
 * Picks the variant for a device, the same way on both runtimes: the tuning table's variant where the
 * options allow it, the bundle has it and the device runs it; else integer-dot mmvq before the float
 * path, subgroup reduction before workgroup memory, each only where the kernel's capabilities are all
 * on the device; the float path takes the smallest matvec_f32 of at least ncols columns (zero padding).
 * An explicit path or reduce the device cannot run, or no runnable kernel, is an Error that says why.
 */
export function chooseVariant(rt: RuntimeFacts, caps: Capabilities, opts: VariantRequest, lookup: (key: KernelKey) => ManifestKernel | undefined, tuned?: TunedVariant): Variant {
  const nc = opts.ncols ?? 1;
  const who = `kgen ${rt.name}`;
  if (!Number.isInteger(nc) || nc < 1 || nc > 8) throw new RangeError(`${who}: ncols = ${nc} must be 1..8`);
  const path = opts.path ?? 'auto';
  const reduce = opts.reduce ?? 'auto';
  if (!['auto', 'mmvq', 'float'].includes(path)) throw new Error(`${who}: path '${path}' is not one of auto, mmvq, float`);
  if (!['auto', 'sg', 'wg'].includes(reduce)) throw new Error(`${who}: reduce '${reduce}' is not one of auto, sg, wg`);
  const need = (c: string) => rt.needs[c] ?? `capability '${c}'`;
  const lacking = (rec: ManifestKernel) => rec.capabilities.filter((c) => !caps[c]);
  if (tuned && path !== 'float' && reduce === 'auto' && tuned.key.op === 'mmvq' && tuned.key.format === opts.format && tuned.key.ncols === nc) {
    const rec = lookup(tuned.key);
    if (rec && !lacking(rec).length) return { matvec: rec.key, quantize: 'quantize_q8_1', missing: [], workgroupSize: tuned.wg };
  }
  const paths = path === 'auto' ? (['mmvq', 'float'] as const) : ([path] as const);
  const reduces: readonly Reduction[] = reduce === 'auto' ? ['sg', 'wg'] : [reduce];
  const missing: string[] = [];
  const absent: string[] = [];
  const lackedBy: string[] = [];
  for (const p of paths) {
    for (const r of reduces) {
      let rec: ManifestKernel | undefined;
      const want: KernelKey = { op: p === 'mmvq' ? 'mmvq' : 'matvec_f32', format: opts.format, ncols: nc, rows: 1, reduce: r };
      if (p === 'mmvq') rec = lookup(want);
      else for (let n = nc; n <= 8 && !rec; n++) rec = lookup({ ...want, ncols: n });
      if (!rec) {
        absent.push(keyString(want));
        continue;
      }
      const lacks = lacking(rec);
      if (lacks.length) {
        for (const c of lacks) if (!missing.includes(need(c))) missing.push(need(c));
        lackedBy.push(`${rec.key}: the device lacks ${lacks.map(need).join('; ')}`);
        continue;
      }
      return { matvec: rec.key, quantize: p === 'mmvq' ? 'quantize_q8_1' : undefined, missing };
    }
  }
  const why = [
    ...lackedBy.map((l) => `  ${l}`),
    ...(absent.length ? [`  not in the bundle: ${absent.join(', ')} (build them with kgen build --variants or build())`] : []),
  ];
  throw new Error(`${who}: no ${opts.format} mat-vec kernel for path '${path}', reduce '${reduce}', ncols ${nc} runs on this device:\n${why.join('\n')}`);
}

/** A bundle's record lookup by typed key. */
export const lookupIn = (bundle: KernelBundle) => (key: KernelKey): ManifestKernel | undefined => bundle.kernel(keyString(key))?.record;

// ------------------------------------------------------------------------------------- shapes

/** A checked mat-vec shape with the sizes both runtimes need. */
export interface Shape {
  format: string;
  rows: number;
  K: number;
  ncols: number;
  /** Bytes of one weight row and of the whole matrix. */
  rowBytes: number;
  weightBytes: number;
  /** Bytes of one q8_1x4 activation column. */
  colBytes: number;
}

/** Checks rows, K (a multiple of the format's block) and ncols; the error names the call and the value. */
export function checkShape(who: string, bundle: KernelBundle, opts: Pick<MatVecOptions, 'format' | 'rows' | 'K' | 'ncols'>): Shape {
  const { rows, K, format } = opts;
  const ncols = opts.ncols ?? 1;
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`${who}: rows = ${rows} must be a positive integer`);
  if (!Number.isInteger(ncols) || ncols < 1 || ncols > 8) throw new RangeError(`${who}: ncols = ${ncols} must be 1..8`);
  const info = bundle.formats.find((f) => f.name === format);
  const cpuOnly = bundle.cpuOnly?.find((f) => f.name === format);
  if (cpuOnly) throw new Error(`${who}: format '${format}' has no GPU kernels yet: ${cpuOnly.reason}; kgen's CPU reference (quantize, dequantize, mmvqReference) supports it`);
  if (!info) throw new Error(`${who}: unknown format '${format}'; the bundle has ${bundle.formats.map((f) => f.name).join(', ')}`);
  if (!Number.isInteger(K) || K < info.blockElems || K % info.blockElems !== 0) throw new RangeError(`${who}: K = ${K} must be a positive multiple of ${format}'s block size ${info.blockElems}`);
  const rowBytes = (K / info.blockElems) * info.blockBytes;
  return { format, rows, K, ncols, rowBytes, weightBytes: rows * rowBytes, colBytes: activationColumnBytes(K) };
}

/** Checks an activation's K, ncols and column capacity (default: ncols rounded up to a power of two). */
export function checkActivationShape(who: string, opts: { K: number; ncols?: number; capacity?: number }): { K: number; ncols: number; capacity: number } {
  const K = opts.K;
  const ncols = opts.ncols ?? 1;
  if (!Number.isInteger(K) || K < 1) throw new RangeError(`${who}: K = ${K} must be a positive integer`);
  if (!Number.isInteger(ncols) || ncols < 1 || ncols > 8) throw new RangeError(`${who}: ncols = ${ncols} must be 1..8`);
  const capacity = opts.capacity ?? 2 ** Math.ceil(Math.log2(ncols));
  if (!Number.isInteger(capacity) || capacity < ncols || capacity > 8) throw new RangeError(`${who}: capacity = ${capacity} must be ncols (${ncols})..8`);
  return { K, ncols, capacity };
}

/** The shape parameters of a mat-vec kernel (those its record declares), for `kcols` columns of x
 *  whose columns are `xStride` 16-byte units apart. */
export function matvecParams(rec: ManifestKernel, s: Shape, kcols: number, xStride: number): Record<string, number> {
  const all: Record<string, number> = {
    K: s.K, rows: s.rows, w_row_stride: s.rowBytes, w_stride2: s.weightBytes, w_stride3: s.weightBytes,
    x_col_stride: xStride, x_stride2: kcols * xStride, x_stride3: kcols * xStride,
    y_col_stride: s.rows, y_stride2: kcols * s.rows, y_stride3: kcols * s.rows,
    ne12: 1, r2: 1, r3: 1, ne11: 1, ids_stride: 0,
  };
  return Object.fromEntries(rec.params.map((p) => {
    if (all[p.name] === undefined) throw new Error(`kgen: ${rec.key}: no value for parameter '${p.name}'`);
    return [p.name, all[p.name]];
  }));
}

/** quantize_q8_1's parameters for columns of K values. */
export const quantizeParams = (K: number): Record<string, number> => ({ K, x_col_stride: K, out_col_stride: activationColumnBytes(K) / 4 });

/** Checks an input array: its type and length; the error names the call and both sizes. */
export function checkInput(who: string, what: string, x: unknown, want: number, kind: 'Float32Array' | 'Uint8Array'): void {
  const ok = kind === 'Float32Array' ? x instanceof Float32Array : x instanceof Uint8Array;
  if (!ok) throw new TypeError(`${who}: ${what} must be a ${kind}, got ${x === null ? 'null' : typeof x === 'object' ? (x as object).constructor?.name : typeof x}`);
  const n = (x as ArrayLike<number>).length;
  if (n !== want) throw new RangeError(`${who}: ${what} must hold ${want} ${kind === 'Float32Array' ? 'values' : 'bytes'}, got ${n}`);
}

// ------------------------------------------------------------------------------------- buffer pool

/** Free buffers of one size, taken by a run and given back after it (never more than were in use at once). */
export class Pool<B> {
  private free: B[] = [];
  private all = new Set<B>();
  constructor(private readonly make: () => B, private readonly destroyOne: (b: B) => void) {}
  take(): B {
    const b = this.free.pop() ?? this.make();
    this.all.add(b);
    return b;
  }
  give(b: B): void {
    if (this.all.has(b)) this.free.push(b);
  }
  /** Drops a buffer that must not be reused (e.g. after a failed map). */
  discard(b: B): void {
    if (!this.all.delete(b)) return;
    this.destroyOne(b);
  }
  /** Buffers held (free or in use). */
  get size(): number {
    return this.all.size;
  }
  destroy(): void {
    for (const b of this.all) this.destroyOne(b);
    this.all.clear();
    this.free = [];
  }
}
