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
];

export default scenarios;
