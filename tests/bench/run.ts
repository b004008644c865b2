/**
 * Benchmark runner: `npm run bench` (tsx tests/bench/run.ts).
 *
 * Bundles each tests/bench/suites/*.bench.ts with esbuild together with the in-page harness
 * (./page.ts), serves it with the corpus (../shared/corpus under /corpus/, when present) and the
 * fixtures (/fixtures/) on 127.0.0.1, runs it in headless Chromium and prints, per benchmark, the
 * median and p95 of subject and baseline, their ratio and the target. Results also go to
 * bench-results/bench.json.
 *
 * Every target is data (`atMost('ratio', 3)`, `atMost('median', 50)`, `atLeast('mbps', 5)`, see ./types.ts) and checked here:
 * ✓ only when every target of the case is met, ✗ otherwise, · for a case without target.
 *
 * Environment: BENCH_ONLY=<suite> (runs the suite whose file name contains it; else the cases whose
 * name contains it), BENCH_CORPUS=dir, BENCH_STRICT=1 (exit 1 when any target is missed), CHROMIUM_PATH.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../e2e/server';
import { type BenchPage, type BenchResult, checkTargets, describeTarget } from './types';
import { ADMIN, startCouchServer } from '../unit/sync/couch-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SUITES_DIR = path.join(ROOT, 'tests/bench/suites');
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const CORPUS = path.resolve(ROOT, process.env.BENCH_CORPUS || '../shared/corpus');
const HAS_CORPUS = existsSync(path.join(CORPUS, 'pages.json'));
const ONLY = process.env.BENCH_ONLY ?? '';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

interface CorpusLabel {
  file: string;
  url?: string;
  isVietnameseNews?: boolean;
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .sort();
}

/** Pages and texts the suites will see, as served URLs. */
function inventory(origin: string): { pages: BenchPage[]; texts: { file: string; href: string }[] } {
  if (HAS_CORPUS) {
    const labels = JSON.parse(readFileSync(path.join(CORPUS, 'pages.json'), 'utf8')) as CorpusLabel[];
    const pages = labels.map((l) => ({
      file: l.file,
      url: l.url || `${origin}/corpus/${l.file}`,
      href: `/corpus/${l.file}`,
      isVietnameseNews: l.isVietnameseNews,
    }));
    const texts = listFiles(path.join(CORPUS, 'entities'), '.txt').map((f) => ({
      file: `entities/${f}`,
      href: `/corpus/entities/${f}`,
    }));
    return { pages, texts };
  }
  const pages = listFiles(path.join(FIXTURES, 'pages'), '.html').map((f) => ({
    file: `pages/${f}`,
    url: `${origin}/fixtures/pages/${f}`,
    href: `/fixtures/pages/${f}`,
  }));
  const texts = listFiles(path.join(FIXTURES, 'texts'), '.txt').map((f) => ({
    file: `texts/${f}`,
    href: `/fixtures/texts/${f}`,
  }));
  return { pages, texts };
}

/**
 * Vite's `./x.ts?worker` imports (a Worker constructor): the worker module is bundled on its own and
 * started from a Blob URL (same origin as the page, so it shares the page's IndexedDB). Suites that
 * only import such a module never start it; suites that do measure the real worker path.
 */
const viteWorker = {
  name: 'vite-worker',
  // biome-ignore lint/complexity/noBannedTypes: esbuild's plugin build object, typed loosely here
  setup(b: { onResolve: Function; onLoad: Function }) {
    b.onResolve({ filter: /\?worker$/ }, (args: { path: string; resolveDir: string }) => {
      const spec = args.path.replace(/\?worker$/, '');
      const file = spec.startsWith('@/')
        ? path.join(ROOT, spec.slice(2))
        : path.resolve(args.resolveDir, spec);
      return { path: file, namespace: 'vite-worker' };
    });
    b.onLoad({ filter: /.*/, namespace: 'vite-worker' }, async (args: { path: string }) => {
      const out = await build({ ...bundleOptions(), entryPoints: [args.path] });
      return {
        contents: [
          `const url = URL.createObjectURL(new Blob([${JSON.stringify(out.outputFiles[0].text)}], { type: 'text/javascript' }));`,
          "export default class extends Worker { constructor() { super(url, { type: 'module' }); } }",
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/** esbuild options shared by suite and worker bundles. */
function bundleOptions() {
  return {
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': 'false' },
    logLevel: 'silent',
    // Components' style sheets (e.g. components/aids/aids.css) are the extension pages' business; a bench page has none.
    loader: { '.css': 'empty' },
  } as const;
}

async function bundle(suiteFile: string): Promise<string> {
  const entry = [
    `import cases from ${JSON.stringify(suiteFile)};`,
    `import { runSuite } from ${JSON.stringify(path.join(ROOT, 'tests/bench/page.ts'))};`,
    'void runSuite(cases);',
  ].join('\n');
  const out = await build({
    ...bundleOptions(),
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
    plugins: [viteWorker],
  });
  return out.outputFiles[0].text;
}

const fmt = (ms: number) => (Number.isFinite(ms) ? (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2)) : '—');

function printResult(r: BenchResult): void {
  if (r.error) {
    console.log(`✗ ${r.suite} › ${r.name}: ${r.error.split('\n')[0]}`);
    return;
  }
  const checks = checkTargets(r);
  const mark = !checks.length ? '·' : checks.every((c) => c.met) ? '✓' : '✗';
  const show = (v: number, metric: string) =>
    metric === 'ratio' ? `${v.toFixed(2)}×` : metric === 'mbps' ? `${v.toFixed(2)} MB/s` : `${fmt(v)} ms`;
  const tgt = checks.length
    ? checks
        .map((c) => `  ${c.met ? '✓' : '✗'} ${describeTarget(c.target)} (${show(c.value, c.target.metric)})`)
        .join('')
    : '  no target (informative)';
  console.log(`${mark} ${r.suite} › ${r.name}  (${r.inputs} inputs × ${r.iterations} rounds, ${r.unit})`);
  const mb = (x?: number) => (x != null ? `  ${x.toFixed(2)} MB/s` : '');
  console.log(
    `    subject  ${r.subject.name.padEnd(28)} median ${fmt(r.subject.median).padStart(8)}  p95 ${fmt(r.subject.p95).padStart(8)}${mb(r.subject.mbps)}`,
  );
  console.log(
    `    baseline ${r.baseline.name.padEnd(28)} median ${fmt(r.baseline.median).padStart(8)}  p95 ${fmt(r.baseline.p95).padStart(8)}${mb(r.baseline.mbps)}`,
  );
  console.log(`    ratio ${r.ratio.toFixed(2)}×${tgt}`);
}

async function main(): Promise<number> {
  const suites = listFiles(SUITES_DIR, '.bench.ts').filter(
    (f) => !ONLY || f.includes(ONLY) || !readdirSync(SUITES_DIR).some((g) => g.includes(ONLY)),
  );
  if (!suites.length) {
    console.log('bench: no suite found');
    return 1;
  }
  const bundles = new Map<string, string>();
  const mounts: Record<string, string> = { '/fixtures/': FIXTURES };
  if (HAS_CORPUS) mounts['/corpus/'] = CORPUS;
  let envJson = '';
  const server = await startStaticServer(mounts, (req, res) => {
    const m = /^\/bench\/([\w.-]+)\.(html|js)$/.exec(req.url ?? '');
    if (!m) return false;
    if (m[2] === 'js') {
      const code = bundles.get(m[1]);
      if (code == null) return false;
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(code);
      return true;
    }
    const env = JSON.parse(envJson);
    env.suite = m[1];
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><meta charset="utf-8"><title>bench ${m[1]}</title>` +
        `<script>window.__BENCH_ENV__ = ${JSON.stringify(env).replace(/</g, '\\u003c')};</script>` +
        `<script type="module" src="/bench/${m[1]}.js"></script>`,
    );
    return true;
  });
  const inv = inventory(server.origin);
  // Sync suites replicate against a CouchDB-protocol server of their own on 127.0.0.1.
  const couch = suites.some((f) => f.startsWith('sync')) ? await startCouchServer() : null;
  envJson = JSON.stringify({
    corpus: HAS_CORPUS,
    only: ONLY,
    ...inv,
    ...(couch ? { couch: { url: couch.url, user: ADMIN.user, password: ADMIN.password } } : {}),
  });
  console.log(
    `bench: ${HAS_CORPUS ? `corpus ${path.relative(ROOT, CORPUS)}` : 'tests/fixtures (no corpus found)'}, ` +
      `${inv.pages.length} pages, ${inv.texts.length} texts; Chromium ${CHROMIUM_PATH}`,
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-timer-throttling',
    ],
  });
  const all: BenchResult[] = [];
  let failed = 0;
  try {
    for (const file of suites) {
      const id = file.replace(/\.bench\.ts$/, '').replace(/[^\w.-]/g, '_');
      try {
        bundles.set(id, await bundle(path.join(SUITES_DIR, file)));
      } catch (e) {
        console.log(`✗ ${id}: bundling failed: ${String(e).split('\n').slice(0, 6).join('\n    ')}`);
        failed++;
        continue;
      }
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(`${server.origin}/bench/${id}.html`);
        await page.waitForFunction(() => window.__BENCH__?.done === true, undefined, {
          timeout: 15 * 60_000,
          polling: 500,
        });
        const results = (await page.evaluate(() => window.__BENCH__?.results ?? [])) as BenchResult[];
        for (const r of results) {
          const keep = !ONLY || file.includes(ONLY) || r.name.includes(ONLY);
          if (!keep) continue;
          const checks = checkTargets(r);
          r.target = checks.map((c) => describeTarget(c.target)).join(', ') || undefined;
          r.withinTarget = checks.length ? checks.every((c) => c.met) : undefined;
          all.push(r);
          printResult(r);
          if (r.error) failed++;
          if (r.withinTarget === false && process.env.BENCH_STRICT === '1') failed++;
        }
      } catch (e) {
        console.log(
          `✗ ${id}: ${String(e).split('\n')[0]}${errors.length ? `\n    ${errors.join('\n    ')}` : ''}`,
        );
        failed++;
      } finally {
        await page.close().catch(() => {});
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
    await couch?.dispose();
  }
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-results/bench.json'), JSON.stringify(all, null, 2));
  const missed = all.filter((r) => r.withinTarget === false).length;
  console.log(
    `bench: ${all.length} benchmarks, ${missed} over target${process.env.BENCH_STRICT === '1' ? ' (strict)' : ''}, ${failed} failures`,
  );
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
