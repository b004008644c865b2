#!/usr/bin/env node
// `npm run setup`: installs what a fresh Debian machine lacks for building, testing and `npm run dev`.
//   1. npm packages from the committed lock file (`npm ci`) when node_modules is missing or stale;
//   2. the Debian packages the tests use (browsers, virtual display, fonts, export checkers), through
//      apt-get when run as root, otherwise it prints the one command to run.
// Options: --check (only report), --missing-apt (print the missing Debian package names, one line;
// used by .ci/run so that both install the same list).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));

/** Debian packages and how to tell they are there (a command on PATH, else dpkg's record). */
export const APT_PACKAGES = [
  { pkg: 'chromium', cmd: 'chromium', why: 'E2E, bench, npm run dev' },
  { pkg: 'firefox-esr', cmd: 'firefox-esr', why: 'E2E in Firefox' },
  { pkg: 'xvfb', cmd: 'xvfb-run', why: 'a display for headed browsers' },
  { pkg: 'fonts-noto-core', why: 'Vietnamese glyphs in screenshots' },
  { pkg: 'pandoc', cmd: 'pandoc', why: 'checks the Markdown export' },
  { pkg: 'libreoffice-calc-nogui', cmd: 'soffice', why: 'checks the CSV export' },
  { pkg: 'biber', cmd: 'biber', why: 'checks the BibTeX export' },
  { pkg: 'openssl', cmd: 'openssl', why: 'signing and hashes in tests' },
];

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const dpkgHas = (pkg) =>
  spawnSync('dpkg-query', ['-W', `-f=${'$'}{Status}`, pkg], { encoding: 'utf8' }).stdout?.includes(
    'install ok installed',
  ) ?? false;

/** Names of the Debian packages still missing. */
export function missingApt() {
  return APT_PACKAGES.filter(({ pkg, cmd }) => !(cmd && onPath(cmd)) && !dpkgHas(pkg)).map((p) => p.pkg);
}

/** True when node_modules matches package-lock.json (npm's own record is at least as new). */
function nodeModulesFresh() {
  const record = path.join(ROOT, 'node_modules/.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  if (!existsSync(record)) return false;
  if (statSync(record).mtimeMs >= statSync(lock).mtimeMs) return true;
  // Older than the lock file: fresh only if every locked top-level package is installed.
  const locked = JSON.parse(readFileSync(lock, 'utf8')).packages ?? {};
  return Object.keys(locked)
    .filter((k) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(k) && !locked[k].optional)
    .every((k) => existsSync(path.join(ROOT, k)));
}

function nodeVersionNote() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return `Node ${process.versions.node}`;
  return `Node ${process.versions.node} (WXT 0.21 declares Node ≥ 22; 20 works with a warning)`;
}

if (args.has('--missing-apt')) {
  console.log(missingApt().join(' '));
  process.exit(0);
}

let failed = false;
console.log(`[setup] ${nodeVersionNote()}`);

if (nodeModulesFresh()) console.log('[setup] npm packages: up to date');
else if (args.has('--check')) console.log('[setup] npm packages: missing or stale (run `npm ci`)');
else {
  console.log('[setup] npm ci (from the committed package-lock.json)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('[setup] npm ci failed');
    failed = true;
  }
}

const missing = missingApt();
if (!missing.length) console.log('[setup] Debian packages: all present');
else {
  const install = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (args.has('--check') || !root) {
    console.log(`[setup] missing Debian packages: ${missing.join(', ')}`);
    console.log(`[setup] run: sudo apt-get update && sudo ${install}`);
    if (!args.has('--check')) failed = true;
  } else {
    console.log(`[setup] ${install}`);
    try {
      execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
      execFileSync('sh', ['-c', install], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      console.error('[setup] apt-get failed');
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
