/**
 * Chromium driver (playwright-core over CDP) for the E2E contract in ./types.ts. Loads the unpacked
 * extension with --load-extension into Debian's /usr/bin/chromium (new headless mode) and talks to
 * the extension's service worker for tab ids and badge text.
 */
import { type BrowserContext, chromium, type Frame, type Page, type Worker } from 'playwright-core';
import {
  type BrowserSession,
  callSource,
  killProcessesMentioning,
  type LaunchOptions,
  MAPPED_HOSTS,
  NEWS_HOST,
  pollUntil,
  withTimeout,
} from './common';
import type { E2EContext, E2EPage } from './types';

/** The part of the Chromium extension API the driver calls inside the service worker. */
declare const webext: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

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

interface PageState {
  e2e: E2EPage;
  dialogs: string[];
  tabId?: number;
}

/** Launches Chromium with the extension; the returned session implements E2EContext. */
export async function launchChromium(opts: LaunchOptions): Promise<BrowserSession> {
  const errors: string[] = [];
  const states = new Map<Page, PageState>();
  let context!: BrowserContext;
  let extensionId = '';

  const track = (page: Page): PageState => {
    let st = states.get(page);
    if (st) return st;
    const dialogs: string[] = [];
    st = { e2e: wrapPage(page, dialogs), dialogs };
    states.set(page, st);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => {});
    });
    page.on('pageerror', (e) => errors.push(`[pageerror ${page.url()}] ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`[console ${page.url()}] ${m.text()}`);
    });
    page.on('close', () => states.delete(page));
    return st;
  };

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
    context.on('page', (p) => track(p));
    for (const p of context.pages()) track(p);
    const sw = await serviceWorker(15_000);
    extensionId = new URL(sw.url()).host;
  };

  const findWorker = () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));

  /** The extension's service worker as loaded at start-up (gives the extension id). */
  const serviceWorker = (timeout = 10_000): Promise<Worker> =>
    pollUntil(async () => findWorker(), timeout, 'extension service worker (is the build loadable?)');

  let probe: Page | undefined;

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

  const allTabIds = () =>
    inBackground(async () => (await webext.tabs.query({})).map((t) => t.id as number)) as Promise<number[]>;

  const newTrackedPage = async (): Promise<Page> => {
    const before = new Set(await allTabIds());
    const page = await context.newPage();
    const st = track(page);
    const after = await allTabIds();
    const fresh = after.filter((id) => !before.has(id));
    if (fresh.length === 1) st.tabId = fresh[0];
    return page;
  };

  const userPages = () => context.pages().filter((p) => p !== probe && !p.url().includes('e2e-probe'));

  const pageOf = (p: E2EPage): Page => {
    for (const [page, st] of states) if (st.e2e === p) return page;
    throw new Error('tabIdOf: page is closed or belongs to a browser that was restarted');
  };

  const ctx: E2EContext = {
    browser: 'chromium',
    fixtureOrigin: `http://127.0.0.1:${opts.port}`,
    newsUrl: (path) => `http://${NEWS_HOST}:${opts.port}/${path.replace(/^\//, '')}`,
    otherUrl: (path) => `http://127.0.0.1:${opts.port}/${path.replace(/^\//, '')}`,
    get extensionOrigin() {
      return `chrome-extension://${extensionId}`;
    },
    async openPage(url) {
      const page = await newTrackedPage();
      await page.goto(url, { waitUntil: 'load' });
      return track(page).e2e;
    },
    async openExtensionPage(path) {
      return ctx.openPage(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
    },
    async tabIdOf(p) {
      const page = pageOf(p);
      const st = track(page);
      if (st.tabId != null) return st.tabId;
      const url = page.url();
      const matches = (await inBackground(
        async (u: string) =>
          (await webext.tabs.query({})).filter((t) => t.url === u).map((t) => t.id as number),
        url,
      )) as number[];
      if (matches.length === 1) {
        st.tabId = matches[0];
        return st.tabId as number;
      }
      throw new Error(`tabIdOf: cannot tell the tab of ${url} (${matches.length} candidates)`);
    },
    async badgeTextOf(p) {
      const tabId = await ctx.tabIdOf(p);
      return (await inBackground((id: number) => webext.action.getBadgeText({ tabId: id }), tabId)) as string;
    },
    async restart() {
      await closeContext();
      states.clear();
      probe = undefined;
      await start();
    },
    async waitForPage(urlPart, o) {
      const page = await pollUntil(
        async () => userPages().find((p) => p.url().includes(urlPart)),
        o?.timeout ?? 10_000,
        `waitForPage(${urlPart})`,
      );
      await page.waitForLoadState('load').catch(() => {});
      return track(page).e2e;
    },
    pages: () => userPages().map((p) => track(p).e2e),
  };

  const closeContext = async () => {
    try {
      await withTimeout(context.close(), 15_000, 'closing Chromium');
    } catch {
      // fall through to the kill below
    }
    killProcessesMentioning(opts.profileDir);
  };

  try {
    await start();
  } catch (e) {
    await closeContext().catch(() => {});
    throw e;
  }

  return {
    ctx,
    errors: () => errors.slice(),
    async screenshotAll(prefix) {
      const out: string[] = [];
      let i = 0;
      for (const p of userPages()) {
        const file = `${prefix}-${i++}.png`;
        try {
          await withTimeout(p.screenshot({ path: file }), 10_000, 'screenshot');
          out.push(file);
        } catch {
          // a page that cannot be captured is skipped
        }
      }
      return out;
    },
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
