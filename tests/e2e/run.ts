/**
 * E2E runner: `npm run test:e2e` (tsx tests/e2e/run.ts).
 *
 * Builds both targets once, serves tests/fixtures on 127.0.0.1, then runs every scenario of
 * tests/e2e/scenarios/*.ts (each default-exports Scenario[]) in Chromium, then in Firefox, each on a
 * fresh profile unless `freshProfile: false`. Prints one line per scenario × browser and a closing
 * `E2E: N passed, N failed`; exits 1 on any failure. Results also go to test-results/e2e.json.
 *
 * Environment:
 *   E2E_BROWSERS=chromium,firefox  browsers to run (default both)
 *   E2E_ONLY=text                  only scenarios whose file or name contains `text`
 *   E2E_SKIP_BUILD=1               use the existing build in $WXT_OUT_DIR (default .output)
 *   WXT_OUT_DIR=.output-me         build output folder
 *   E2E_TIMEOUT=150000             per-scenario timeout in ms (the browser launch has the same, separately)
 *   E2E_HEADED=1                   show the browsers (needs a display, e.g. xvfb-run)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium';
import { type BrowserSession, killProcessesMentioning, type LaunchOptions, withTimeout } from './common';
import { launchFirefox } from './firefox';
import { corpusRoute } from './corpus';
import { startStaticServer } from './server';
import type { BrowserName, Scenario } from './types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = path.resolve(ROOT, process.env.WXT_OUT_DIR || '.output');
const RESULTS_DIR = path.join(ROOT, 'test-results');
const TIMEOUT = Number(process.env.E2E_TIMEOUT) || 150_000;
const ONLY = process.env.E2E_ONLY ?? '';
const HEADED = process.env.E2E_HEADED === '1';
const BROWSERS = (process.env.E2E_BROWSERS || 'chromium,firefox')
  .split(',')
  .map((b) => b.trim())
  .filter((b): b is BrowserName => b === 'chromium' || b === 'firefox');

const EXT_DIRS: Record<BrowserName, string> = {
  chromium: path.join(OUT_DIR, 'chrome-mv3'),
  firefox: path.join(OUT_DIR, 'firefox-mv3'),
};
const LAUNCHERS: Record<BrowserName, (o: LaunchOptions) => Promise<BrowserSession>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};

interface Result {
  browser: BrowserName | 'setup';
  name: string;
  file: string;
  ok: boolean;
  ms: number;
  error?: string;
  screenshots?: string[];
}

interface LoadedScenario extends Scenario {
  file: string;
}

const results: Result[] = [];
const tmpRoot = mkdtempSync(path.join(tmpdir(), 'bao-gon-e2e-'));
let cleaningUp = false;

function cleanup(): void {
  if (cleaningUp) return;
  cleaningUp = true;
  killProcessesMentioning(tmpRoot);
  rmSync(tmpRoot, { recursive: true, force: true });
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    console.error(`\nE2E: ${sig}, cleaning up`);
    cleanup();
    process.exit(130);
  });
}

function build(browser: BrowserName): void {
  const args = browser === 'firefox' ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'];
  const t0 = Date.now();
  const r = spawnSync('npx', args, {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: OUT_DIR },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    throw new Error(`build for ${browser} failed (exit ${r.status})`);
  }
  console.log(`built ${path.relative(ROOT, EXT_DIRS[browser])} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
}

async function loadScenarios(): Promise<LoadedScenario[]> {
  const dir = path.join(ROOT, 'tests/e2e/scenarios');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
        .sort()
    : [];
  const all: LoadedScenario[] = [];
  for (const f of files) {
    try {
      const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default?: unknown };
      const list = mod.default;
      if (!Array.isArray(list)) throw new Error('default export is not a Scenario[]');
      for (const s of list as Scenario[]) {
        if (!s || typeof s.name !== 'string' || typeof s.run !== 'function') {
          throw new Error('an entry is not a Scenario { name, run }');
        }
        all.push({ ...s, file: f });
      }
    } catch (e) {
      results.push({ browser: 'setup', name: `load ${f}`, file: f, ok: false, ms: 0, error: errText(e) });
      console.log(`✗ load ${f}\n    ${errText(e).split('\n').join('\n    ')}`);
    }
  }
  return all.filter((s) => !ONLY || s.name.includes(ONLY) || s.file.includes(ONLY));
}

function errText(e: unknown): string {
  if (e instanceof Error) return (e.stack || e.message).split('\n').slice(0, 8).join('\n');
  return String(e);
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

async function launchWithRetry(browser: BrowserName, o: LaunchOptions): Promise<BrowserSession> {
  try {
    return await LAUNCHERS[browser](o);
  } catch (e) {
    console.log(`  (launch of ${browser} failed, retrying once: ${String(e).split('\n')[0]})`);
    killProcessesMentioning(o.profileDir);
    return await LAUNCHERS[browser](o);
  }
}

async function runOne(
  browser: BrowserName,
  s: LoadedScenario,
  profileDir: string,
  port: number,
): Promise<Result> {
  const t0 = Date.now();
  let session: BrowserSession | undefined;
  const peers: { session: BrowserSession; dir: string }[] = [];
  const result: Result = { browser, name: s.name, file: s.file, ok: false, ms: 0 };
  try {
    session = await withTimeout(
      launchWithRetry(browser, { extDir: EXT_DIRS[browser], profileDir, port, headed: HEADED }),
      TIMEOUT,
      `launching ${browser}`,
    );
    const live = session;
    const other: BrowserName = browser === 'chromium' ? 'firefox' : 'chromium';
    live.ctx.launchPeer = async () => {
      const dir = `${profileDir}-peer${peers.length}`;
      mkdirSync(dir, { recursive: true });
      const peer = await withTimeout(
        launchWithRetry(other, { extDir: EXT_DIRS[other], profileDir: dir, port, headed: HEADED }),
        TIMEOUT,
        `launching peer ${other}`,
      );
      peers.push({ session: peer, dir });
      return peer.ctx;
    };
    const run = s.run(live.ctx);
    run.catch(() => {}); // a timed-out run may reject later, after its browser is closed
    await withTimeout(run, TIMEOUT, 'scenario');
    result.ok = true;
  } catch (e) {
    result.error = errText(e);
    if (session) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const prefix = path.join(RESULTS_DIR, `${browser}-${slug(s.name)}`);
      result.screenshots = await session.screenshotAll(prefix).catch(() => []);
      const errs = session.errors().slice(-8);
      if (errs.length) result.error += `\n  browser errors:\n    ${errs.join('\n    ')}`;
    }
  } finally {
    if (session) await session.close().catch(() => {});
    killProcessesMentioning(profileDir);
    for (const p of peers) {
      await p.session.close().catch(() => {});
      killProcessesMentioning(p.dir);
    }
  }
  result.ms = Date.now() - t0;
  return result;
}

async function main(): Promise<number> {
  if (BROWSERS.length === 0) throw new Error('E2E_BROWSERS selects no known browser');
  if (process.env.E2E_SKIP_BUILD !== '1') for (const b of BROWSERS) build(b);
  for (const b of BROWSERS) {
    if (!existsSync(path.join(EXT_DIRS[b], 'manifest.json'))) {
      throw new Error(`no build at ${EXT_DIRS[b]} (run without E2E_SKIP_BUILD=1)`);
    }
  }
  const server = await startStaticServer({ '/': path.join(ROOT, 'tests/fixtures') }, corpusRoute);
  try {
    const scenarios = await loadScenarios();
    if (scenarios.length === 0) console.log(`E2E: no scenario${ONLY ? ` matches E2E_ONLY=${ONLY}` : ''}`);
    for (const browser of BROWSERS) {
      const tb = Date.now();
      let profileDir = '';
      let n = 0;
      for (const s of scenarios) {
        if (s.freshProfile !== false || !profileDir) profileDir = path.join(tmpRoot, `${browser}-${n++}`);
        mkdirSync(profileDir, { recursive: true });
        const r = await runOne(browser, s, profileDir, server.port);
        results.push(r);
        const secs = `(${(r.ms / 1000).toFixed(1)}s)`;
        if (r.ok) console.log(`✓ ${browser} › ${s.name} ${secs}`);
        else {
          console.log(`✗ ${browser} › ${s.name} ${secs}`);
          console.log(`    ${(r.error ?? '').split('\n').join('\n    ')}`);
          if (r.screenshots?.length)
            console.log(`    screenshots: ${r.screenshots.map((p) => path.relative(ROOT, p)).join(', ')}`);
        }
      }
      if (scenarios.length) console.log(`  ${browser}: ${((Date.now() - tb) / 1000).toFixed(1)}s`);
    }
  } finally {
    await server.close();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, 'e2e.json'), JSON.stringify({ passed, failed, results }, null, 2));
  console.log(`E2E: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main()
  .then(
    (code) => code,
    (e) => {
      console.error(`E2E runner error: ${errText(e)}`);
      const passed = results.filter((r) => r.ok).length;
      console.log(`E2E: ${passed} passed, ${results.length - passed + 1} failed`);
      return 1;
    },
  )
  .then((code) => {
    cleanup();
    process.exit(code);
  });
