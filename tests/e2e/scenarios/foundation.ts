/**
 * Foundation scenarios: the build loads in both browsers, the detector content script runs on a known
 * news host and reports to the background (badge), and the popup and options pages render.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pollUntil } from '../common';
import type { Scenario } from '../types';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
/** The reader engineer's sample article when present, else this file's own small Vietnamese page. */
const ARTICLE = existsSync(path.join(FIXTURES, 'pages/seed-000.html'))
  ? 'pages/seed-000.html'
  : 'pages/foundation-vi.html';

/** Inside evaluate(): the extension API (`browser` in Firefox, `chrome` in Chromium), see types.ts. */
declare const webext: typeof browser;

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

const scenarios: Scenario[] = [
  {
    name: 'foundation: detector runs on a known news host and the badge is set',
    async run(ctx) {
      const page = await ctx.openPage(ctx.newsUrl(ARTICLE));
      const badge = await pollUntil(async () => await ctx.badgeTextOf(page), 10_000, 'badge text').catch(
        () => '',
      );
      assert(badge !== '', `expected a badge on ${page.url()}, got ''`);
      const lang = await page.evaluate(() => document.documentElement.lang);
      assert(lang === 'vi', `fixture page should be Vietnamese, lang=${lang}`);
      const untouched = await page.evaluate(() => Object.keys(document.documentElement.dataset).length);
      assert(untouched === 0, 'the content script must not mutate the page (dataset attributes found)');
    },
  },
  {
    name: 'foundation: popup renders',
    async run(ctx) {
      const news = await ctx.openPage(ctx.newsUrl(ARTICLE));
      const tabId = await ctx.tabIdOf(news);
      assert(Number.isInteger(tabId) && tabId >= 0, `tab id should be an integer, got ${tabId}`);
      const popup = await ctx.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForTestId('popup');
      const text = await popup.textOfTestId('popup');
      assert(text.includes('Báo Gọn'), `popup should show the extension name, got: ${text.slice(0, 200)}`);
      assert(popup.url().startsWith(ctx.extensionOrigin), `popup origin: ${popup.url()}`);
    },
  },
  {
    name: 'foundation: options page renders',
    async run(ctx) {
      const options = await ctx.openExtensionPage('options.html');
      await options.waitForTestId('options');
      assert((await options.countTestId('options')) === 1, 'exactly one options root');
    },
  },
  {
    name: 'foundation: restart keeps the extension storage and IndexedDB',
    async run(ctx) {
      const before = await ctx.openExtensionPage('options.html');
      await before.evaluate(async () => {
        await webext.storage.local.set({ e2eFoundationMark: 'kept' });
        await new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('e2e-foundation', 1);
          req.onupgradeneeded = () => req.result.createObjectStore('kv');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction('kv', 'readwrite');
            tx.objectStore('kv').put('kept', 'mark');
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        });
      });
      const origin = ctx.extensionOrigin;
      await ctx.restart();
      assert(ctx.extensionOrigin === origin, `extension origin changed: ${origin} → ${ctx.extensionOrigin}`);
      const after = await ctx.openExtensionPage('options.html');
      const got = await after.evaluate(async () => {
        const local = (await webext.storage.local.get('e2eFoundationMark')).e2eFoundationMark;
        const idb = await new Promise<unknown>((resolve, reject) => {
          const req = indexedDB.open('e2e-foundation', 1);
          req.onupgradeneeded = () => req.result.createObjectStore('kv');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const get = req.result.transaction('kv').objectStore('kv').get('mark');
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(get.error);
          };
        });
        return { local, idb };
      });
      assert(got.local === 'kept', `storage.local lost on restart: ${JSON.stringify(got)}`);
      assert(got.idb === 'kept', `IndexedDB lost on restart: ${JSON.stringify(got)}`);
    },
  },
];

export default scenarios;
