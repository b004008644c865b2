/**
 * Popup scenarios: on a fixture news page the popup shows the detected status, opens the reader in
 * that tab, saves the page ("Đã lưu"), finds a clipping by typing without accents, deletes and
 * restores it; axe-core reports no serious or critical violation. The helpers are shared with
 * library.ts (named exports; the default export is the scenario list).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pollUntil } from '../common';
import { putSettings } from '../settings';
import type { E2EContext, E2EPage, Scenario } from '../types';

/** The extension API inside `evaluate` (defined by the drivers' call prelude). */
declare const webext: {
  storage: { local: { set(x: unknown): Promise<void>; get(k: string): Promise<unknown> } };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

/** The reader engineer's seed articles. */
export const SEEDS = ['pages/seed-000.html', 'pages/seed-001.html'];

/** The first seed when present, else the foundation page. */
export function articleFixture(): string {
  return existsSync(path.join(FIXTURES, SEEDS[0])) ? SEEDS[0] : 'pages/foundation-vi.html';
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** Stores `uiLanguage: 'vi'` so both browsers show the Vietnamese strings whatever their UI locale. */
export async function useVietnamese(ctx: E2EContext): Promise<void> {
  const page = await ctx.openExtensionPage('library.html');
  await page.waitForTestId('library');
  await putSettings(page, { uiLanguage: 'vi' });
  await page.close();
}

/** Opens a fixture on the news host and its popup (`popup.html?tabId=N`), waiting for the status. */
export async function openWithPopup(
  ctx: E2EContext,
  fixture: string,
): Promise<{ news: E2EPage; popup: E2EPage }> {
  const news = await ctx.openPage(ctx.newsUrl(fixture));
  const tabId = await ctx.tabIdOf(news);
  const popup = await ctx.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.waitForTestId('popup');
  return { news, popup };
}

/** Waits until the popup's status reads `expected`. */
export async function waitForStatus(popup: E2EPage, expected: string): Promise<void> {
  await pollUntil(
    async () => (await popup.textOfTestId('page-status')).trim() === expected,
    15_000,
    `popup status "${expected}"`,
  ).catch(async (e) => {
    const env = await popup.evaluate(async () => ({
      lang: document.documentElement.lang,
      ui: (webext as unknown as { i18n: { getUILanguage(): string } }).i18n.getUILanguage(),
      stored: JSON.stringify(await webext.storage.local.get('settings')),
    }));
    throw new Error(
      `${(e as Error).message}; status is "${await popup.textOfTestId('page-status')}" (${JSON.stringify(env)})`,
    );
  });
}

/** Clicks "Lưu" in the popup and waits for "Đã lưu". */
export async function saveThroughPopup(popup: E2EPage): Promise<void> {
  await pollUntil(async () => (await popup.textOfTestId('save-page')).trim() !== '', 10_000, 'save button');
  if ((await popup.textOfTestId('save-page')).trim() !== 'Đã lưu') await popup.clickTestId('save-page');
  await pollUntil(
    async () => (await popup.textOfTestId('save-page')).trim() === 'Đã lưu',
    20_000,
    'save button reads "Đã lưu"',
  );
}

export interface AxeViolation {
  id: string;
  impact: string;
  nodes: number;
  help: string;
}

/**
 * Runs axe-core (node_modules/axe-core/axe.min.js) in a page and returns the serious and critical
 * violations. The library source travels inside the evaluated call (extension pages' CSP forbids
 * eval and foreign scripts, but not the driver's own evaluation).
 */
export async function seriousAxeViolations(page: E2EPage): Promise<AxeViolation[]> {
  const axeSource = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const body = `async () => {
    ${axeSource}
    const a = globalThis.axe || window.axe;
    const res = await a.run(document, { resultTypes: ['violations'] });
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help + ' @ ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ') }));
  }`;
  const fn = Object.assign(() => undefined, { toString: () => body });
  return await page.evaluate(fn as unknown as () => Promise<AxeViolation[]>);
}

/** A draft sent straight to the background (kept small and self-written). */
function draftOf(url: string, title: string, text: string) {
  return {
    url,
    title,
    siteName: 'Báo Thử',
    byline: null,
    publishedTime: '2026-02-01T08:00:00+07:00',
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: `<p>${text}</p>`,
    text,
    entities: [],
    highlights: [],
  };
}

/** Raw stored record of a clipping (read only, plain IndexedDB) as JSON with sorted keys. */
function storedRecord(page: E2EPage, id: string): Promise<string> {
  return page.evaluate(
    (key: string) =>
      new Promise<string>((resolve, reject) => {
        const sorted = (v: unknown): unknown =>
          Array.isArray(v)
            ? v.map(sorted)
            : v && typeof v === 'object'
              ? Object.fromEntries(
                  Object.keys(v)
                    .sort()
                    .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
                )
              : v;
        const req = indexedDB.open('bao-gon');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('clippings').objectStore('clippings').get(key);
          get.onsuccess = () => {
            db.close();
            resolve(JSON.stringify(sorted(get.result ?? null)));
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

const scenarios: Scenario[] = [
  {
    name: 'popup: detected status, reader opens in the tab, save then "Đã lưu", no serious axe violation',
    async run(ctx) {
      await useVietnamese(ctx);
      const { news, popup } = await openWithPopup(ctx, articleFixture());
      await waitForStatus(popup, 'Bài báo tiếng Việt');
      await popup.click('[data-testid="detect-reasons"] summary');
      const reasons = await popup.evaluate(
        () => document.querySelectorAll('[data-testid="detect-reasons"] li').length,
      );
      assert(reasons > 0, 'the detector reasons should be listed');
      const violations = await seriousAxeViolations(popup);
      assert(violations.length === 0, `axe (popup): ${JSON.stringify(violations)}`);

      await popup.clickTestId('reader-toggle');
      await (await news.frame('reader-frame.html', { timeout: 15_000 })).waitForTestId('reader', {
        timeout: 15_000,
      });

      await saveThroughPopup(popup);
      await pollUntil(async () => (await popup.countTestId('clip-item')) === 1, 10_000, 'saved page listed');
    },
  },
  {
    name: 'popup: save into a new collection with new tags; the library lists them; the next save proposes that collection',
    async run(ctx) {
      await useVietnamese(ctx);
      const { news, popup } = await openWithPopup(ctx, articleFixture());
      await waitForStatus(popup, 'Bài báo tiếng Việt');
      await popup.clickTestId('capture-new-collection-toggle');
      await popup.typeTestId('capture-new-collection', 'Hợp tác lao động');
      await popup.typeTestId('capture-tags', 'Lào, lao động');
      await saveThroughPopup(popup);
      const library = await ctx.openExtensionPage('library.html');
      await pollUntil(
        async () => {
          const shown = await library.evaluate(() => document.body.innerText);
          return shown.includes('Hợp tác lao động') && /\bLào\b/.test(shown) && shown.includes('lao động');
        },
        15_000,
        'the library lists the new collection and both tags',
      );
      await library.close();
      await popup.close();
      // The next popup proposes the collection the last save went to.
      const again = await ctx.openExtensionPage(`popup.html?tabId=${await ctx.tabIdOf(news)}`);
      await again.waitForTestId('capture-collection');
      await pollUntil(
        async () =>
          (await again.evaluate(
            () =>
              document.querySelector<HTMLSelectElement>('[data-testid="capture-collection"]')?.selectedOptions[0]
                ?.textContent ?? '',
          )) === 'Hợp tác lao động',
        10_000,
        'the remembered collection is proposed',
      );
    },
  },
  {
    name: 'popup: "bo truong" finds "Bộ trưởng"; delete then undo restores the exact record',
    async run(ctx) {
      await useVietnamese(ctx);
      const popup = await ctx.openExtensionPage('popup.html');
      await popup.waitForTestId('popup');
      const saved = await popup.evaluate(
        async (drafts: unknown[]) => {
          const out: string[] = [];
          for (const draft of drafts) {
            const res = (await webext.runtime.sendMessage({ type: 'clip.save', payload: { draft } })) as {
              clipping?: { id: string };
            };
            out.push(res.clipping?.id ?? JSON.stringify(res));
          }
          return out;
        },
        [
          draftOf(
            'https://tin.example.vn/a.html',
            'Họp báo chiều nay',
            'Bộ trưởng Bộ Tài chính trả lời chất vấn.',
          ),
          draftOf('https://tin.example.vn/b.html', 'Thời tiết cuối tuần', 'Trời nắng, có mưa rào vài nơi.'),
        ],
      );
      assert(
        saved.every((id) => !id.startsWith('{')),
        `clip.save failed: ${saved.join(', ')}`,
      );
      await pollUntil(
        async () => (await popup.countTestId('clip-item')) === 2,
        10_000,
        'two clippings listed',
      );

      await popup.typeTestId('search', 'bo truong');
      await pollUntil(async () => (await popup.countTestId('clip-item')) === 1, 10_000, 'one search result');
      const found = await popup.textOfTestId('clip-list');
      assert(found.includes('Họp báo chiều nay'), `search result: ${found}`);

      const before = await storedRecord(popup, saved[0]);
      await popup.clickTestId('clip-delete');
      await pollUntil(async () => (await popup.countTestId('clip-item')) === 0, 10_000, 'deleted');
      assert((await storedRecord(popup, saved[0])) === 'null', 'the record should be gone');
      await popup.clickTestId('undo');
      await pollUntil(async () => (await popup.countTestId('clip-item')) === 1, 10_000, 'restored');
      const after = await storedRecord(popup, saved[0]);
      assert(after === before, `restored record differs:\n${before.slice(0, 300)}\n${after.slice(0, 300)}`);
    },
  },
];

export default scenarios;
