/**
 * README screenshots: `npx tsx tests/e2e/screenshots.ts` (after `npm run build`, or set WXT_OUT_DIR).
 * Opens the sample article on a known news host in headless Chromium with the extension, then saves
 * PNGs of the page, the popup for that tab, the reader overlay (opened from the popup), the options
 * and the library into assets/screenshots/ (UI language: SHOT_LANG, default vi).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from './chromium';
import { NEWS_HOST, pollUntil, sleep } from './common';
import { startStaticServer } from './server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXT = path.resolve(ROOT, process.env.WXT_OUT_DIR || '.output', 'chrome-mv3');
const OUT = path.join(ROOT, 'assets/screenshots');
const LANG = process.env.SHOT_LANG || 'vi';
const PAGE = process.env.SHOT_PAGE || 'pages/foundation-vi.html';

async function shot(page: Page, name: string): Promise<void> {
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer({ '/': path.join(ROOT, 'tests/fixtures') });
  const profile = mkdtempSync(path.join(tmpdir(), 'bao-gon-shots-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...chromiumArgs(EXT), `--lang=${LANG}`],
    // Chromium on Linux takes its UI language (and so browser.i18n) from the environment
    env: { ...process.env, LANGUAGE: LANG, LANG: LANG === 'vi' ? 'vi_VN.UTF-8' : 'en_US.UTF-8' },
    viewport: { width: 1280, height: 860 },
    locale: 'vi-VN',
  });
  try {
    const sw = await pollUntil(
      async () => ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')),
      15_000,
      'service worker',
    );
    const origin = `chrome-extension://${new URL(sw.url()).host}`;
    const news = await ctx.newPage();
    await news.goto(`http://${NEWS_HOST}:${server.port}/${PAGE}`);
    await sleep(3000);
    await shot(news, 'article');
    const tabId = (await sw.evaluate(
      'chrome.tabs.query({}).then((t) => t.find((x) => (x.url || "").includes("' + NEWS_HOST + '"))?.id)',
    )) as number;
    const popup = await ctx.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
    await sleep(1500);
    await shot(popup, 'popup');
    // the reader overlay, opened from the popup as a user would
    const toggle = popup.locator('[data-testid="reader-toggle"]');
    if (await toggle.count()) {
      await toggle.first().click();
      await news.bringToFront();
      await sleep(2500);
      await shot(news, 'reader');
    }
    // save the article so the library has something to show
    const save = popup.locator('[data-testid="save-page"]');
    if (await save.count()) {
      await save
        .first()
        .click()
        .catch(() => {});
      await sleep(2500);
    }
    for (const name of ['options', 'library']) {
      const p = await ctx.newPage();
      const res = await p.goto(`${origin}/${name}.html`).catch(() => null);
      if (res === null && !(await p.title().catch(() => ''))) continue;
      await sleep(1500);
      await shot(p, name);
    }
  } finally {
    await ctx.close().catch(() => {});
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
