#!/usr/bin/env node
// `npm test`: every check of the project, in order, continuing after a failure so that all figures
// are seen. Each check that is not a test suite counts as one test; the unit suite counts each of
// its tests and the E2E suite each scenario × browser. The last line is `N passed, N failed`.
//
//   typecheck (tsc --noEmit) → lint (biome lint .) → unit (vitest run) → build chrome →
//   build firefox → web-ext lint (0 errors) → E2E in Chromium and Firefox (E2E_SKIP_BUILD=1)
//
// Environment: WXT_OUT_DIR (build folder, default .output), TEST_SKIP=e2e,lint (skip steps by id).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = process.env.WXT_OUT_DIR || '.output';
const RESULTS = path.join(ROOT, 'test-results');
const SKIP = new Set((process.env.TEST_SKIP || '').split(',').filter(Boolean));
mkdirSync(RESULTS, { recursive: true });

let current;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (current) {
      try {
        process.kill(-current.pid, 'SIGTERM');
      } catch {}
    }
    process.exit(130);
  });
}

/** Runs a command, streaming its output (and keeping the tail); resolves { code, out, ms }. */
function run(cmd, args, { env = {}, quiet = false, timeoutMs = 45 * 60_000 } = {}) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    current = child;
    let out = '';
    const keep = (chunk) => {
      out += chunk;
      if (out.length > 4_000_000) out = out.slice(-2_000_000);
      if (!quiet) process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      out += `\n[test.mjs] ${cmd} ${args.join(' ')} timed out after ${timeoutMs} ms\n`;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      current = undefined;
      resolve({ code: code ?? 1, out, ms: Date.now() - t0 });
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: 1, out: `${out}\n${e}`, ms: Date.now() - t0 });
    });
  });
}

const rows = [];
let passed = 0;
let failed = 0;

function record(id, label, p, f, ms, note = '') {
  passed += p;
  failed += f;
  rows.push({ id, label, p, f, ms, note });
  const mark = f === 0 ? '✓' : '✗';
  console.log(
    `\n${mark} ${label}: ${p} passed, ${f} failed (${(ms / 1000).toFixed(1)}s)${note ? ` — ${note}` : ''}\n`,
  );
}

function header(label) {
  console.log(`\n━━━ ${label} ━━━`);
}

/** A check that counts as one test: passes when the command exits 0. */
async function check(id, label, cmd, args, opts = {}) {
  if (SKIP.has(id)) return;
  header(label);
  const r = await run(cmd, args, opts);
  if (opts.quiet && r.code !== 0) process.stdout.write(r.out.slice(-6000));
  record(id, label, r.code === 0 ? 1 : 0, r.code === 0 ? 0 : 1, r.ms, r.code === 0 ? '' : `exit ${r.code}`);
  return r;
}

async function unit() {
  if (SKIP.has('unit')) return;
  header('unit tests (vitest)');
  const file = path.join(RESULTS, 'vitest.json');
  rmSync(file, { force: true });
  const r = await run('npx', [
    'vitest',
    'run',
    '--reporter=dot',
    '--reporter=json',
    `--outputFile.json=${path.relative(ROOT, file)}`,
  ]);
  let p = 0;
  let f = 0;
  let note = '';
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    p = j.numPassedTests ?? 0;
    f = j.numFailedTests ?? 0;
    const failedFiles = (j.testResults ?? []).filter(
      (t) => t.status === 'failed' && !(t.assertionResults ?? []).length,
    );
    f += failedFiles.length;
    if (r.code !== 0 && f === 0) {
      f = 1;
      note = `vitest exit ${r.code}`;
    }
    if (j.numPendingTests || j.numTodoTests)
      note += ` ${j.numPendingTests ?? 0} skipped, ${j.numTodoTests ?? 0} todo`;
  } catch {
    f = 1;
    note = `no JSON report (vitest exit ${r.code})`;
  }
  record('unit', 'unit tests (vitest)', p, f, r.ms, note.trim());
}

async function webextLint() {
  if (SKIP.has('webext')) return;
  header('web-ext lint (firefox build)');
  const dir = path.join(OUT_DIR, 'firefox-mv3');
  if (!existsSync(path.join(ROOT, dir, 'manifest.json'))) {
    record('webext', 'web-ext lint', 0, 1, 0, `no build at ${dir}`);
    return;
  }
  const r = await run('npx', ['web-ext', 'lint', '-s', dir, '--output=json', '--no-config-discovery'], {
    quiet: true,
  });
  try {
    const json = r.out.slice(r.out.indexOf('{'), r.out.lastIndexOf('}') + 1);
    const j = JSON.parse(json);
    const { errors = 0, warnings = 0, notices = 0 } = j.summary ?? {};
    for (const e of j.errors ?? []) console.log(`  error ${e.code}: ${e.message} (${e.file ?? ''})`);
    for (const w of j.warnings ?? []) console.log(`  warning ${w.code}: ${w.message} (${w.file ?? ''})`);
    record(
      'webext',
      'web-ext lint',
      errors === 0 ? 1 : 0,
      errors === 0 ? 0 : 1,
      r.ms,
      `${errors} errors, ${warnings} warnings, ${notices} notices`,
    );
  } catch {
    process.stdout.write(r.out.slice(-4000));
    record('webext', 'web-ext lint', 0, 1, r.ms, 'could not read its JSON output');
  }
}

async function e2e() {
  if (SKIP.has('e2e')) return;
  header('E2E (Chromium, Firefox)');
  const file = path.join(RESULTS, 'e2e.json');
  rmSync(file, { force: true });
  const r = await run('npx', ['tsx', 'tests/e2e/run.ts'], {
    env: { E2E_SKIP_BUILD: '1', WXT_OUT_DIR: OUT_DIR },
  });
  let p = 0;
  let f = 0;
  let note = '';
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    p = j.passed;
    f = j.failed;
    if (r.code !== 0 && f === 0) {
      f = 1;
      note = `runner exit ${r.code}`;
    }
  } catch {
    const m = r.out.match(/E2E: (\d+) passed, (\d+) failed/);
    p = m ? Number(m[1]) : 0;
    f = m ? Math.max(1, Number(m[2])) : 1;
    note = `no JSON report (runner exit ${r.code})`;
  }
  record('e2e', 'E2E scenarios × browsers', p, f, r.ms, note);
}

const t0 = Date.now();
await check('typecheck', 'typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
await check('lint', 'lint (biome lint .)', 'npx', ['biome', 'lint', '.', '--max-diagnostics=200']);
await unit();
const env = { WXT_OUT_DIR: OUT_DIR };
await check('build', 'build chrome-mv3', 'npx', ['wxt', 'build'], { env, quiet: true });
await check('build-firefox', 'build firefox-mv3', 'npx', ['wxt', 'build', '-b', 'firefox'], {
  env,
  quiet: true,
});
await webextLint();
await e2e();

console.log('\n━━━ summary ━━━');
for (const r of rows) {
  const mark = r.f === 0 ? '✓' : '✗';
  console.log(
    `${mark} ${r.label.padEnd(30)} ${String(r.p).padStart(4)} passed ${String(r.f).padStart(3)} failed ${(r.ms / 1000).toFixed(1).padStart(7)}s${r.note ? `  ${r.note}` : ''}`,
  );
}
console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
