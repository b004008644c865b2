#!/usr/bin/env node
// `npm run dev`: builds the Chrome target, serves tests/fixtures on 127.0.0.1 and opens Debian's
// Chromium (headed; works under `xvfb-run npm run dev`) with the extension loaded on the bundled
// sample Vietnamese article, served as a known news host so the detector runs. Source changes
// rebuild the extension and restart the browser on the same profile with the open pages. Ctrl-C
// closes everything.
//
// Environment: WXT_OUT_DIR (default .output), DEV_PAGE (fixture path, default the sample article),
// DEV_PROFILE (profile folder, default .wxt-e2e/dev-profile: clippings survive restarts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, watch } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.resolve(ROOT, process.env.WXT_OUT_DIR || '.output');
const EXT_DIR = path.join(OUT_DIR, 'chrome-mv3');
const PROFILE = path.resolve(ROOT, process.env.DEV_PROFILE || '.wxt-e2e/dev-profile');
const SAMPLE = ['pages/seed-000.html', 'pages/foundation-vi.html'].find((p) =>
  existsSync(path.join(ROOT, 'tests/fixtures', p)),
);
const PAGE = process.env.DEV_PAGE || SAMPLE;

const { startStaticServer } = await tsImport('../tests/e2e/server.ts', import.meta.url);
const { launchChromium } = await tsImport('../tests/e2e/chromium.ts', import.meta.url);
const { killProcessesMentioning } = await tsImport('../tests/e2e/common.ts', import.meta.url);

/** Runs `wxt build` for Chrome; resolves true on success. */
function build() {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn('npx', ['wxt', 'build'], {
      cwd: ROOT,
      env: { ...process.env, WXT_OUT_DIR: OUT_DIR },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      if (code === 0) console.log(`[dev] built ${path.relative(ROOT, EXT_DIR)} in ${Date.now() - t0} ms`);
      else console.log(`[dev] build failed (exit ${code}):\n${out.slice(-4000)}`);
      resolve(code === 0);
    });
  });
}

if (!process.env.DISPLAY) {
  // No desktop: run ourselves again inside a virtual display (xvfb, installed by `npm run setup`).
  const r = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
  });
  if (r.error) console.error('[dev] no X display and no xvfb-run: run `npm run setup` first');
  process.exit(r.status ?? 1);
}
if (!(await build())) process.exit(1);
const server = await startStaticServer({ '/': path.join(ROOT, 'tests/fixtures') });
mkdirSync(PROFILE, { recursive: true });
killProcessesMentioning(PROFILE); // a browser left over from a previous dev session on this profile
const session = await launchChromium({
  extDir: EXT_DIR,
  profileDir: PROFILE,
  port: server.port,
  headed: true,
});
const url = session.ctx.newsUrl(PAGE);
await session.ctx.openPage(url);
console.log(`[dev] fixtures on ${server.origin}; sample article: ${url}`);
console.log(
  `[dev] extension ${session.ctx.extensionOrigin} — popup: ${session.ctx.extensionOrigin}/popup.html`,
);
console.log('[dev] watching entrypoints/ components/ lib/ public/ assets/ wxt.config.ts — Ctrl-C to stop');

let timer;
let building = false;
let again = false;
async function rebuild() {
  if (building) {
    again = true;
    return;
  }
  building = true;
  if (await build()) {
    await session.reloadExtension().catch((e) => console.log(`[dev] reload failed: ${e}`));
    console.log('[dev] browser restarted with the new build, pages reopened');
  }
  building = false;
  if (again) {
    again = false;
    void rebuild();
  }
}
const watchers = [];
for (const dir of ['entrypoints', 'components', 'lib', 'public', 'assets', 'wxt.config.ts']) {
  const p = path.join(ROOT, dir);
  if (!existsSync(p)) continue;
  watchers.push(
    watch(p, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), 300);
    }),
  );
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\n[dev] stopping');
  for (const w of watchers) w.close();
  await session.close().catch(() => {});
  killProcessesMentioning(PROFILE);
  await server.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
