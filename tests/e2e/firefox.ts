/**
 * Firefox driver (puppeteer-core over WebDriver BiDi) for the E2E contract in ./types.ts. Installs the
 * unpacked extension as a temporary add-on with a pinned moz-extension UUID; tab ids and badge text
 * come from a hidden "probe" extension page (the first tab), which is left out of pages(). The shared
 * part is in ./adapter.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type KeyInput, type Page } from 'puppeteer-core';
import { createAdapter } from './adapter';
import {
  type BrowserSession,
  callSource,
  FIREFOX_UUID,
  GECKO_ID,
  killProcessesMentioning,
  type LaunchOptions,
  MAPPED_HOSTS,
  pollUntil,
  sleep,
  splitChord,
  withTimeout,
} from './common';
import type { E2EPage } from './types';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const ORIGIN = `moz-extension://${FIREFOX_UUID}`;
const PROBE_URL = `${ORIGIN}/options.html?e2e-probe`;

/** Preferences for a quiet, offline Firefox that keeps the add-on's data across restarts. */
export function firefoxPrefs(): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    'network.dns.localDomains': MAPPED_HOSTS.join(','),
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_only_mode': false,
    'network.stricttransportsecurity.preloadlist': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.tabs.warnOnClose': false,
    'browser.aboutConfig.showWarning': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'intl.accept_languages': 'vi-VN, vi, en',
    'dom.disable_open_during_load': false,
  };
}

/** Launches Firefox with the extension; the returned session implements E2EContext. */
export async function launchFirefox(opts: LaunchOptions): Promise<BrowserSession> {
  let ff!: Browser;
  let probe: Page | undefined;

  const start = async () => {
    ff = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: !opts.headed,
      protocol: 'webDriverBiDi',
      userDataDir: opts.profileDir,
      args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
      extraPrefsFirefox: firefoxPrefs(),
      timeout: 60_000,
      protocolTimeout: 60_000,
      defaultViewport: { width: 1280, height: 900 },
    });
    await ff.installExtension(opts.extDir);
    const [first] = await ff.pages();
    probe = first ?? (await ff.newPage());
    await looseGoto(probe, PROBE_URL);
    await pollUntil(
      () => probe!.evaluate('typeof browser !== "undefined" && !!browser.tabs'),
      15_000,
      'extension probe page (is the add-on installed?)',
    );
    ff.on('targetcreated', (t) => {
      void t
        .page()
        .then((p) => p && p !== probe && adapter.track(p))
        .catch(() => {});
    });
  };

  /** Runs `fn(...args)` in the probe extension page (where `browser.*` is available). */
  const inExtension = async <R>(fn: (...a: never[]) => R | Promise<R>, ...args: unknown[]): Promise<R> => {
    if (!probe || probe.isClosed()) throw new Error('extension probe page closed');
    return (await probe.evaluate(callSource(fn, args))) as R;
  };

  const closeBrowser = async () => {
    const proc = ff?.process();
    try {
      if (ff) await withTimeout(ff.close(), 15_000, 'closing Firefox');
    } catch {
      // fall through to the kills below
    }
    try {
      proc?.kill('SIGKILL');
    } catch {
      // already gone
    }
    killProcessesMentioning(opts.profileDir);
    probe = undefined;
  };

  const tracked = new Set<Page>();
  const adapter = createAdapter<Page>({
    browser: 'firefox',
    port: opts.port,
    extensionOrigin: () => ORIGIN,
    newPage: () => ff.newPage(),
    goto: (page, url) => looseGoto(page, url),
    pagesNow: () => [...tracked].filter((p) => p !== probe && !p.isClosed()),
    listPages: async () => (await ff.pages()).filter((p) => p !== probe && !urlOf(p).includes('e2e-probe')),
    urlOf,
    liveUrl,
    waitLoaded: (page) =>
      pollUntil(() => page.evaluate('document.readyState === "complete"'), 10_000, 'page load').then(
        () => {},
        () => {},
      ),
    inExtension,
    wrap: (page, dialogs) => {
      tracked.add(page);
      page.on('close', () => tracked.delete(page));
      return wrapPage(page, dialogs);
    },
    async restart() {
      await closeBrowser();
      tracked.clear();
      await start();
    },
    async screenshot(page, file) {
      await page.screenshot({ path: file as `${string}.png` });
    },
  });

  try {
    await start();
  } catch (e) {
    await closeBrowser().catch(() => {});
    throw e;
  }

  return {
    ctx: adapter.ctx,
    errors: adapter.errors,
    screenshotAll: adapter.screenshotAll,
    close: closeBrowser,
  };
}

/** location.href per page: Puppeteer's page.url() stays about:blank on moz-extension pages. */
const hrefs = new WeakMap<Page, string>();

/** Reads location.href from the page into the cache (never throws). */
async function refreshHref(page: Page): Promise<void> {
  if (page.isClosed()) return;
  try {
    hrefs.set(page, String(await withTimeout(page.evaluate('location.href'), 3_000, 'location.href')));
  } catch {
    // navigating or closed: keep the last value
  }
}

/** Best known URL of a page. */
function urlOf(page: Page): string {
  const u = page.url();
  const cached = hrefs.get(page);
  if (cached && (u === 'about:blank' || u.startsWith('moz-extension:'))) return cached;
  return u;
}

/** URL of a page, asking the page itself when Puppeteer does not know it. */
async function liveUrl(page: Page): Promise<string> {
  const u = page.url();
  if (u === 'about:blank' || u.startsWith('moz-extension:')) await refreshHref(page);
  return urlOf(page);
}

/**
 * Navigates and waits for the load. BiDi navigation to moz-extension:// pages may never report
 * completion, so for those the driver polls document.readyState instead.
 */
async function looseGoto(page: Page, url: string, timeout = 30_000): Promise<void> {
  if (!url.startsWith('moz-extension:')) {
    try {
      await page.goto(url, { waitUntil: 'load', timeout });
    } catch (err) {
      // Firefox's remote agent fails the whole navigation with the generic "Address rejected" when
      // a subframe (an offline ad or Facebook iframe of a corpus page) shows a network error page:
      // the error bubbles from the child's web progress. The top document itself loaded; check that.
      if (!/Address rejected/.test(String(err))) throw err;
      await pollUntil(
        async () =>
          String(await page.evaluate('document.readyState === "complete" ? location.href : ""')) === url || null,
        timeout,
        `goto ${url} (after a subframe's error page)`,
      );
    }
    return;
  }
  const nav = page.goto(url, { waitUntil: 'load', timeout }).then(
    () => true,
    () => false,
  );
  const target = url.split('#')[0];
  hrefs.delete(page);
  await pollUntil(
    async () => {
      if (await Promise.race([nav, sleep(50).then(() => false)])) return true;
      const href = await page.evaluate('document.readyState === "complete" ? location.href : ""');
      if (String(href).split('#')[0] !== target) return false;
      hrefs.set(page, String(href));
      return true;
    },
    timeout,
    `goto ${url}`,
  );
}

function wrapPage(page: Page, dialogs: string[]): E2EPage {
  const sel = (id: string) => `pierce/[data-testid="${id}"]`;
  const handle = async (id: string, timeout = 10_000): Promise<ElementHandle<Element>> => {
    const h = await page.waitForSelector(sel(id), { timeout });
    if (!h) throw new Error(`data-testid=${id} not found`);
    return h;
  };
  const e2e: E2EPage = {
    url: () => urlOf(page),
    async goto(url) {
      await looseGoto(page, url);
    },
    async evaluate(fn, ...args) {
      return (await page.evaluate(callSource(fn as never, args))) as never;
    },
    async waitForTestId(id, o) {
      const timeout = o?.timeout ?? 10_000;
      if (o?.hidden) await page.waitForSelector(sel(id), { hidden: true, timeout });
      else await page.waitForSelector(sel(id), { visible: true, timeout });
    },
    async clickTestId(id) {
      const h = await page.waitForSelector(sel(id), { visible: true, timeout: 10_000 });
      if (!h) throw new Error(`data-testid=${id} not found`);
      await h.click();
    },
    async textOfTestId(id) {
      const h = await handle(id);
      // biome-ignore lint/performance/useDomNodeTextContent: the contract asks for rendered text
      return await h.evaluate((el) => (el as HTMLElement).innerText ?? el.textContent ?? '');
    },
    async countTestId(id) {
      return (await page.$$(sel(id))).length;
    },
    async typeTestId(id, text) {
      const h = await handle(id);
      await h.focus();
      await page.keyboard.type(text);
    },
    async click(selector) {
      const h = await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
      if (!h) throw new Error(`${selector} not found`);
      await h.click();
    },
    async waitForSelector(selector, o) {
      await page.waitForSelector(selector, { timeout: o?.timeout ?? 10_000 });
    },
    async press(key) {
      const parts = splitChord(key) as KeyInput[];
      const last = parts.pop() as KeyInput;
      for (const m of parts) await page.keyboard.down(m);
      await page.keyboard.press(last);
      for (const m of parts.reverse()) await page.keyboard.up(m);
    },
    async setInputFiles(testId, files) {
      const dir = mkdtempSync(path.join(tmpdir(), 'bao-gon-upload-'));
      try {
        const paths = files.map((f) => {
          const p = path.join(dir, f.name);
          writeFileSync(p, f.buffer);
          return p;
        });
        const h = (await handle(testId)) as ElementHandle<HTMLInputElement>;
        await h.uploadFile(...paths);
      } finally {
        setTimeout(() => rmSync(dir, { recursive: true, force: true }), 30_000).unref();
      }
    },
    dialogs: () => dialogs.slice(),
    async screenshot(p) {
      await page.screenshot({ path: p as `${string}.png` });
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async close() {
      await page.close();
    },
    async frame(part, o) {
      // Firefox's BiDi may report an extension frame as about:blank: ask each frame where it is.
      const hrefOf = (fr: Frame) => fr.evaluate(() => location.href).catch(() => fr.url());
      const find = async () => {
        for (const fr of page.frames()) {
          if (fr === page.mainFrame()) continue;
          if (fr.url().includes(part) || (await hrefOf(fr)).includes(part)) return fr;
        }
        return undefined;
      };
      const f = await pollUntil(
        find,
        o?.timeout ?? 10_000,
        `frame ${part}`,
      ).catch((e) => {
        throw new Error(`${e} (frames: ${page.frames().map((fr) => fr.url()).join(', ')})`);
      });
      return wrapFrame(page, f, e2e);
    },
    async mouseClick(x, y) {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.up();
    },
  };
  // After every action that may navigate, learn the page's real URL again.
  for (const k of ['clickTestId', 'click', 'press', 'typeTestId', 'evaluate'] as const) {
    const f = e2e[k] as (...a: unknown[]) => Promise<unknown>;
    (e2e as unknown as Record<string, unknown>)[k] = async (...a: unknown[]) => {
      try {
        return await f(...a);
      } finally {
        await refreshHref(page);
      }
    };
  }
  return e2e;
}

/** An E2EPage over a child frame of `page` (the reader's extension frame): real clicks and keys of the page. */
function wrapFrame(page: Page, frame: Frame, top: E2EPage): E2EPage {
  const sel = (id: string) => `pierce/[data-testid="${id}"]`;
  const handle = async (id: string, timeout = 10_000): Promise<ElementHandle<Element>> => {
    const h = await frame.waitForSelector(sel(id), { timeout });
    if (!h) throw new Error(`data-testid=${id} not found in frame`);
    return h;
  };
  return {
    ...top,
    url: () => frame.url(),
    async goto(url) {
      await frame.goto(url);
    },
    async evaluate(fn, ...args) {
      return (await frame.evaluate(callSource(fn as never, args))) as never;
    },
    async waitForTestId(id, o) {
      const timeout = o?.timeout ?? 10_000;
      if (o?.hidden) await frame.waitForSelector(sel(id), { hidden: true, timeout });
      else await frame.waitForSelector(sel(id), { visible: true, timeout });
    },
    async clickTestId(id) {
      const h = await frame.waitForSelector(sel(id), { visible: true, timeout: 10_000 });
      if (!h) throw new Error(`data-testid=${id} not found in frame`);
      await h.click();
    },
    async textOfTestId(id) {
      const h = await handle(id);
      // biome-ignore lint/performance/useDomNodeTextContent: the contract asks for rendered text
      return await h.evaluate((el) => (el as HTMLElement).innerText ?? el.textContent ?? '');
    },
    async countTestId(id) {
      return (await frame.$$(sel(id))).length;
    },
    async typeTestId(id, text) {
      const h = await handle(id);
      await h.focus();
      await page.keyboard.type(text);
    },
    async click(selector) {
      const h = await frame.waitForSelector(selector, { visible: true, timeout: 10_000 });
      if (!h) throw new Error(`${selector} not found in frame`);
      await h.click();
    },
    async waitForSelector(selector, o) {
      await frame.waitForSelector(selector, { timeout: o?.timeout ?? 10_000 });
    },
  };
}
