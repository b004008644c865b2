/**
 * Chromium driver (playwright-core over CDP) for the E2E contract in ./types.ts. Loads the unpacked
 * extension with --load-extension into Debian's /usr/bin/chromium (new headless mode) and talks to
 * the extension's service worker for tab ids and badge text. The shared part is in ./adapter.ts.
 */
import { type BrowserContext, chromium, type Frame, type Page, type Worker } from 'playwright-core';
import { createAdapter } from './adapter';
import {
  type BrowserSession,
  callSource,
  killProcessesMentioning,
  type LaunchOptions,
  MAPPED_HOSTS,
  pollUntil,
  withTimeout,
} from './common';
import type { E2EPage } from './types';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Command-line switches for a Chromium that loads `extDir` and resolves the news hosts to 127.0.0.1. */
export function chromiumArgs(extDir: string): string[] {
  const rules = MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ');
  return [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-dev-shm-usage',
    '--password-store=basic',
    '--use-mock-keychain',
    `--host-resolver-rules=${rules}`,
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,HttpsFirstModeV2ForEngagedSites,MediaRouter,OptimizationHints,Translate',
  ];
}

/** Launches Chromium with the extension; the returned session implements E2EContext. */
export async function launchChromium(opts: LaunchOptions): Promise<BrowserSession> {
  let context!: BrowserContext;
  let extensionId = '';
  let probe: Page | undefined;

  const start = async () => {
    context = await chromium.launchPersistentContext(opts.profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: !opts.headed,
      args: chromiumArgs(opts.extDir),
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
      timeout: 60_000,
    });
    context.setDefaultTimeout(15_000);
    context.on('page', (p) => adapter.track(p));
    for (const p of context.pages()) adapter.track(p);
    const sw = await serviceWorker(15_000);
    extensionId = new URL(sw.url()).host;
  };

  const findWorker = () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));

  /** The extension's service worker as loaded at start-up (gives the extension id). */
  const serviceWorker = (timeout = 10_000): Promise<Worker> =>
    pollUntil(async () => findWorker(), timeout, 'extension service worker (is the build loadable?)');

  /**
   * Runs `fn(...args)` with the extension's API: in the service worker while Playwright sees one,
   * else (worker stopped or reloaded) in a hidden extension page, left out of pages().
   */
  const inBackground = async <R>(fn: (...a: never[]) => R | Promise<R>, ...args: unknown[]): Promise<R> => {
    const src = callSource(fn, args);
    const sw = findWorker();
    if (sw) {
      try {
        return (await sw.evaluate(src)) as R;
      } catch (e) {
        if (!/closed|destroyed|detached|Target/i.test(String(e))) throw e;
      }
    }
    if (!probe || probe.isClosed()) {
      probe = await context.newPage();
      await probe.goto(`chrome-extension://${extensionId}/options.html?e2e-probe`);
    }
    return (await probe.evaluate(src)) as R;
  };

  const userPages = () => context.pages().filter((p) => p !== probe && !p.url().includes('e2e-probe'));

  const closeContext = async () => {
    try {
      await withTimeout(context.close(), 15_000, 'closing Chromium');
    } catch {
      // fall through to the kill below
    }
    killProcessesMentioning(opts.profileDir);
  };

  const adapter = createAdapter<Page>({
    browser: 'chromium',
    port: opts.port,
    extensionOrigin: () => `chrome-extension://${extensionId}`,
    newPage: () => context.newPage(),
    goto: async (page, url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    pagesNow: userPages,
    listPages: async () => userPages(),
    urlOf: (page) => page.url(),
    liveUrl: async (page) => page.url(),
    waitLoaded: (page) => page.waitForLoadState('load').catch(() => {}),
    inExtension: inBackground,
    wrap: wrapPage,
    async restart() {
      await closeContext();
      probe = undefined;
      await start();
    },
    async screenshot(page, file) {
      await page.screenshot({ path: file });
    },
  });
  const ctx = adapter.ctx;

  try {
    await start();
  } catch (e) {
    await closeContext().catch(() => {});
    throw e;
  }

  return {
    ctx,
    errors: adapter.errors,
    screenshotAll: adapter.screenshotAll,
    close: closeContext,
    async reloadExtension() {
      // chrome.runtime.reload() unloads a command-line (--load-extension) extension for good in
      // current Chromium, so restart the browser on the same profile and reopen the web pages.
      const urls = userPages()
        .map((p) => p.url())
        .filter((u) => u.startsWith('http'));
      await ctx.restart();
      for (const u of urls) await ctx.openPage(u).catch(() => {});
    },
  };
}

/** A frame of `page` whose URL contains `part`, when Playwright sees one. */
function findFrame(page: Page, part: string): Frame | undefined {
  return page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
}

function wrapPage(page: Page, dialogs: string[], frame?: Frame): E2EPage {
  const target = frame ?? page;
  const byTestId = (id: string) => target.locator(`[data-testid="${id}"]`);
  return {
    url: () => target.url(),
    async goto(url) {
      await target.goto(url, { waitUntil: 'load' });
    },
    async evaluate(fn, ...args) {
      return (await target.evaluate(callSource(fn as never, args))) as never;
    },
    async frame(part, o) {
      const f = await pollUntil(async () => findFrame(page, part), o?.timeout ?? 10_000, `frame ${part}`);
      return wrapPage(page, dialogs, f);
    },
    async mouseClick(x, y) {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.up();
    },
    async waitForTestId(id, o) {
      await byTestId(id)
        .first()
        .waitFor({ state: o?.hidden ? 'hidden' : 'visible', timeout: o?.timeout ?? 10_000 });
    },
    async clickTestId(id) {
      await byTestId(id).first().click({ timeout: 10_000 });
    },
    async textOfTestId(id) {
      // biome-ignore lint/performance/useDomNodeTextContent: the contract asks for rendered text
      return await byTestId(id).first().innerText({ timeout: 10_000 });
    },
    async countTestId(id) {
      return await byTestId(id).count();
    },
    async typeTestId(id, text) {
      const loc = byTestId(id).first();
      await loc.focus({ timeout: 10_000 });
      await page.keyboard.type(text);
    },
    async click(selector) {
      await target.click(selector, { timeout: 10_000 });
    },
    async waitForSelector(selector, o) {
      await target.waitForSelector(selector, { state: 'attached', timeout: o?.timeout ?? 10_000 });
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async setInputFiles(testId, files) {
      await byTestId(testId).first().setInputFiles(files);
    },
    dialogs: () => dialogs.slice(),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async close() {
      await page.close();
    },
  };
}
