/**
 * In-browser harness: bundled together with one suite by tests/bench/run.ts. Builds the BenchEnv,
 * runs every case (warm-up, then baseline and subject rounds interleaved) and leaves the results
 * on `window.__BENCH__` for the runner.
 */
import { atMost, type BenchCase, type BenchEnv, type BenchPage, type BenchResult } from './types';

interface Injected {
  suite: string;
  /** BENCH_ONLY: run only cases whose name contains it (unless the suite's name does). */
  only?: string;
  corpus: boolean;
  pages: BenchPage[];
  texts: { file: string; href: string }[];
  couch?: { url: string; user: string; password: string };
}

declare global {
  interface Window {
    __BENCH_ENV__: Injected;
    __BENCH__?: { done: boolean; results: BenchResult[]; log: string[] };
  }
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function makeEnv(inj: Injected): BenchEnv {
  return {
    corpus: inj.corpus,
    pages: () => inj.pages.slice(),
    texts: () => inj.texts.slice(),
    async loadDocument(page) {
      const res = await fetch(page.href);
      const html = await res.text();
      return new DOMParser().parseFromString(html, 'text/html');
    },
    async loadText(href) {
      return await (await fetch(href)).text();
    },
    couch: inj.couch,
  };
}

let sink: unknown;

function round<I>(run: (input: I) => unknown, inputs: I[]): number {
  const t0 = performance.now();
  for (const input of inputs) sink = run(input);
  return performance.now() - t0;
}

/** Like `round`, awaiting each call (cases with `async: true`). */
async function roundAsync<I>(run: (input: I) => unknown, inputs: I[]): Promise<number> {
  const t0 = performance.now();
  for (const input of inputs) sink = await run(input);
  return performance.now() - t0;
}

/** Runs every case of a suite; results end up on window.__BENCH__. */
export async function runSuite(cases: BenchCase<unknown>[]): Promise<void> {
  const inj = window.__BENCH_ENV__;
  const state = { done: false, results: [] as BenchResult[], log: [] as string[] };
  window.__BENCH__ = state;
  const env = makeEnv(inj);
  const only = inj.only;
  const selected = only && !inj.suite.includes(only) ? cases.filter((c) => c.name.includes(only)) : cases;
  for (const c of selected) {
    const iterations = c.iterations ?? 15;
    const warmup = c.warmup ?? 2;
    const unit = c.unit ?? 'ms per round';
    try {
      const inputs = await c.inputs(env);
      if (!inputs.length) throw new Error('no inputs');
      const run = (impl: { run(i: unknown): unknown }) => (i: unknown) => impl.run(i);
      const s = run(c.subject);
      const b = run(c.baseline);
      const time = async (f: (i: unknown) => unknown) =>
        c.async ? await roundAsync(f, inputs) : round(f, inputs);
      for (let i = 0; i < warmup; i++) {
        await time(b);
        await time(s);
      }
      const bs: number[] = [];
      const ss: number[] = [];
      for (let i = 0; i < iterations; i++) {
        // alternate which side goes first so drift (GC, JIT) does not favour one
        if (i % 2 === 0) {
          bs.push(await time(b));
          ss.push(await time(s));
        } else {
          ss.push(await time(s));
          bs.push(await time(b));
        }
        await new Promise((r) => setTimeout(r, 0));
      }
      bs.sort((x, y) => x - y);
      ss.sort((x, y) => x - y);
      const bytes = c.bytesPerRound?.(inputs);
      const mbps = (ms: number) => (bytes ? bytes / 1e6 / (ms / 1000) : undefined);
      const sm = quantile(ss, 0.5);
      const bm = quantile(bs, 0.5);
      const ratio = sm / bm;
      state.results.push({
        suite: inj.suite,
        name: c.name,
        inputs: inputs.length,
        iterations,
        unit,
        subject: { name: c.subject.name ?? 'subject', median: sm, p95: quantile(ss, 0.95), mbps: mbps(sm) },
        baseline: { name: c.baseline.name, median: bm, p95: quantile(bs, 0.95), mbps: mbps(bm) },
        ratio,
        targets: [...(c.targets ?? []), ...(c.maxRatio != null ? [atMost('ratio', c.maxRatio)] : [])],
      });
    } catch (e) {
      state.results.push({
        suite: inj.suite,
        name: c.name,
        inputs: 0,
        iterations,
        unit,
        subject: { name: c.subject.name ?? 'subject', median: Number.NaN, p95: Number.NaN },
        baseline: { name: c.baseline.name, median: Number.NaN, p95: Number.NaN },
        ratio: Number.NaN,
        error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e),
      });
    }
  }
  state.log.push(`sink ${typeof sink}`);
  state.done = true;
}
