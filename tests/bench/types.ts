/**
 * The benchmark contract. A suite is a file `tests/bench/suites/<name>.bench.ts` that default-exports
 * `BenchCase[]` (use {@link defineBench} for type inference). `npm run bench` bundles each suite
 * for the browser, opens it in headless Chromium and measures subject against baseline on the same
 * inputs, interleaving the two round by round. See tests/bench/README.md.
 */

/** One page the bench can load: its original address (for detectors) and where it is served. */
export interface BenchPage {
  /** File name relative to the corpus or fixtures folder. */
  file: string;
  /** Original URL of the page when known (corpus labels), else a made-up one on the fixture origin. */
  url: string;
  /** Where the runner serves it (fetch this). */
  href: string;
  /** Corpus label when known: true for Vietnamese news articles. */
  isVietnameseNews?: boolean;
}

/** What a suite can read, in the browser page. */
export interface BenchEnv {
  /** True when ../shared/corpus was found and is served under /corpus/; otherwise tests/fixtures is used. */
  corpus: boolean;
  /** Every HTML page (corpus pages.json, else tests/fixtures/pages/*.html). */
  pages(): BenchPage[];
  /** Plain texts (corpus entities/*.txt, else tests/fixtures/texts/*.txt and the pages' text). */
  texts(): { file: string; href: string }[];
  /** Fetches and parses a page into a fresh Document (scripts are not run). */
  loadDocument(page: BenchPage): Promise<Document>;
  /** Fetches a text file. */
  loadText(href: string): Promise<string>;
  /** A CouchDB-protocol server (pouchdb-server on 127.0.0.1) with its admin, for suites named sync*. */
  couch?: { url: string; user: string; password: string };
}

/** The function measured on every input of a round. */
export interface BenchImpl<I> {
  name?: string;
  run(input: I): unknown;
}

export interface BenchCase<I = unknown> {
  /** Shown in the report, e.g. 'detector: detectPage vs isProbablyReaderable'. */
  name: string;
  baseline: BenchImpl<I> & { name: string };
  subject: BenchImpl<I>;
  /** The inputs of one round (built once, before timing). */
  inputs(env: BenchEnv): Promise<I[]> | I[];
  /** Measured rounds per side (default 15); each round runs every input once. */
  iterations?: number;
  /** Unmeasured rounds per side before timing (default 2). */
  warmup?: number;
  /** Largest acceptable ratio subject/baseline of the medians; same as `atMost('ratio', n)`. */
  maxRatio?: number;
  /**
   * Targets as data, checked by the runner: e.g. `[atMost('median', 50)]` (ms, per `unit`),
   * `[atMost('ratio', 3)]` or `[atLeast('mbps', 5)]` (with `bytesPerRound`). None (and no maxRatio) =
   * informative only.
   */
  targets?: Target[];
  /** Unit of the per-round time (default 'ms per round'). */
  unit?: string;
  /** Bytes processed per round: when given, throughput (MB/s) of both sides is printed. */
  bytesPerRound?(inputs: I[]): number;
  /**
   * True when `run` returns a Promise (IndexedDB and other async work): each call is awaited
   * inside the timed round. Default false (synchronous `run`).
   */
  async?: boolean;
}

/**
 * What a target bounds: subject/baseline ratio of the medians, the subject's median or p95 (ms), or the
 * subject's throughput in MB/s at its median (`mbps`, needs `bytesPerRound`).
 */
export type TargetMetric = 'ratio' | 'median' | 'p95' | 'mbps';
/** A target: `metric` must be at most `max` and/or at least `min`. */
export interface Target {
  metric: TargetMetric;
  max?: number;
  min?: number;
}
/** A target: `metric` must be at most `max`. */
export const atMost = (metric: TargetMetric, max: number): Target => ({ metric, max });
/** A target: `metric` must be at least `min` (e.g. `atLeast('mbps', 5)`). */
export const atLeast = (metric: TargetMetric, min: number): Target => ({ metric, min });

/** One checked target of a result. */
export interface TargetCheck {
  target: Target;
  value: number;
  met: boolean;
}

const targetUnit = (m: TargetMetric) => (m === 'ratio' ? '×' : m === 'mbps' ? ' MB/s' : ' ms');

/** Text of a target, e.g. "ratio ≤ 3×", "p95 ≤ 20 ms" or "mbps ≥ 5 MB/s". */
export function describeTarget(t: Target): string {
  const u = targetUnit(t.metric);
  const parts: string[] = [];
  if (t.min != null) parts.push(`${t.metric} ≥ ${t.min}${u}`);
  if (t.max != null) parts.push(`${t.metric} ≤ ${t.max}${u}`);
  return parts.join(', ');
}

/** The measured figure a metric names (NaN when absent, e.g. mbps without bytesPerRound). */
function metricValue(r: Pick<BenchResult, 'ratio' | 'subject'>, m: TargetMetric): number {
  if (m === 'ratio') return r.ratio;
  if (m === 'median') return r.subject.median;
  if (m === 'p95') return r.subject.p95;
  return r.subject.mbps ?? Number.NaN;
}

/** Checks every target of a result against its measured figures (NaN never meets a target). */
export function checkTargets(r: Pick<BenchResult, 'ratio' | 'subject' | 'targets'>): TargetCheck[] {
  return (r.targets ?? []).map((target) => {
    const value = metricValue(r, target.metric);
    const met =
      Number.isFinite(value) &&
      (target.max == null || value <= target.max) &&
      (target.min == null || value >= target.min);
    return { target, value, met };
  });
}

/** Identity helper for type inference in suite files. */
export function defineBench<T extends BenchCase<unknown>[]>(cases: T): T {
  return cases;
}

/** One measured case, as the in-page harness reports it to the runner. */
export interface BenchResult {
  suite: string;
  name: string;
  inputs: number;
  iterations: number;
  unit: string;
  subject: { name: string; median: number; p95: number; mbps?: number };
  baseline: { name: string; median: number; p95: number; mbps?: number };
  ratio: number;
  /** The case's targets (maxRatio included), checked by the runner. */
  targets?: Target[];
  /** Text of the targets, for bench.json readers. */
  target?: string;
  /** Set by the runner: every target met (undefined when there is none). */
  withinTarget?: boolean;
  error?: string;
}
