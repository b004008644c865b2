/**
 * Clippings scenarios: the database is out of reach of web pages, and concurrent saves from many
 * tabs give one record per page — both from 20 news tabs through the reader's save button (content
 * scripts → background) and from 20 extension tabs sending `clip.save` twice each at once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pollUntil } from '../common';
import type { E2EContext, E2EPage, Scenario } from '../types';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const ARTICLE = existsSync(path.join(FIXTURES, 'pages/seed-000.html'))
  ? 'pages/seed-000.html'
  : 'pages/foundation-vi.html';

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** A minimal valid `ClipDraft` (plain object: it is sent into the page as JSON). */
function draftFor(url: string, i: number) {
  return {
    url,
    title: `Bài thử nghiệm số ${i}: Bộ trưởng Bộ Nội vụ làm việc tại Đắk Lắk`,
    siteName: 'Báo Thử',
    byline: null,
    publishedTime: '2026-03-01T08:00:00+07:00',
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: `<p>Đoạn ${i} <img src="x" onerror="alert(1)"></p>`,
    text: `Đoạn ${i}: Bộ trưởng Bộ Nội vụ làm việc với lãnh đạo tỉnh Đắk Lắk.`,
    entities: [],
    highlights: [],
    tags: [`tab-${i}`],
  };
}

/** In an extension page: sends a protocol message through the real runtime. */
function sendFromPage(page: E2EPage, message: unknown): Promise<unknown> {
  return page.evaluate(async (m: unknown) => {
    const g = globalThis as unknown as {
      browser?: { runtime: { sendMessage(x: unknown): Promise<unknown> } };
      chrome?: { runtime: { sendMessage(x: unknown): Promise<unknown> } };
    };
    const api = g.browser ?? g.chrome;
    if (!api) return { error: { code: 'no-api', message: 'no runtime in this page' } };
    return await api.runtime.sendMessage(m);
  }, message);
}

/** In an extension page: the canonical URLs of every stored clipping (raw IndexedDB, read only). */
function storedKeys(page: E2EPage): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('bao-gon');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('clippings')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('clippings').objectStore('clippings').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { canonicalUrl: string }[]).map((c) => c.canonicalUrl));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

async function openExtensionTab(ctx: E2EContext, i: number): Promise<E2EPage> {
  const page = await ctx.openExtensionPage(`options.html?clips-tab=${i}`);
  await page.waitForTestId('options');
  return page;
}

/** In an extension page: injects the reader into tabs and opens it (what the menu/shortcut do). */
function openReaders(ext: E2EPage, tabIds: number[]): Promise<string[]> {
  return ext.evaluate(async (ids: number[]) => {
    type Api = {
      scripting: { executeScript(o: unknown): Promise<unknown> };
      tabs: { sendMessage(id: number, m: unknown, o?: unknown): Promise<unknown> };
    };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome) as Api;
    const errors: string[] = [];
    await Promise.all(
      ids.map(async (tabId) => {
        try {
          await api.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/reader.js'] });
          await api.tabs.sendMessage(tabId, { type: 'reader.open' }, { frameId: 0 });
        } catch (err) {
          errors.push(`${tabId}: ${String(err)}`);
        }
      }),
    );
    return errors;
  }, tabIds);
}

const scenarios: Scenario[] = [
  {
    name: 'clips: 20 news tabs saving through the reader at once yield 20 clippings, none duplicated',
    async run(ctx) {
      const base = ctx.newsUrl(ARTICLE);
      const pages: E2EPage[] = [];
      for (let i = 0; i < 20; i++) pages.push(await ctx.openPage(`${base}?n=${i}&utm_source=e2e#top`));
      const tabIds = await Promise.all(pages.map((p) => ctx.tabIdOf(p)));
      const ext = await openExtensionTab(ctx, 0);
      const errors = await openReaders(ext, tabIds);
      assert(errors.length === 0, `could not open the reader: ${errors.join('; ').slice(0, 400)}`);
      // The reader of each tab lives in its extension frame.
      const frames = await Promise.all(pages.map((p) => p.frame('reader-frame.html', { timeout: 20_000 })));
      await Promise.all(frames.map((p) => p.waitForTestId('save-clip', { timeout: 20_000 })));
      // Every tab's reader sends its save at the same moment.
      await Promise.all(frames.map((p) => p.clickTestId('save-clip')));
      const keys = await pollUntil(
        async () => {
          const k = await storedKeys(ext);
          return k.length >= 20 ? k : undefined;
        },
        30_000,
        '20 clippings stored',
      ).catch(async () => storedKeys(ext));
      assert(keys.length === 20, `expected 20 clippings, found ${keys.length}`);
      assert(new Set(keys).size === 20, 'duplicated canonical URLs');
      for (let i = 0; i < 20; i++)
        assert(keys.includes(`${base}?n=${i}`), `missing clipping for ${base}?n=${i}`);
      // Saving again from every tab merges (the button's label changes to "already saved"): still 20.
      const firstLabels = await Promise.all(frames.map((p) => p.textOfTestId('save-clip')));
      await Promise.all(frames.map((p) => p.clickTestId('save-clip')));
      await Promise.all(
        frames.map((p, i) =>
          pollUntil(
            async () => (await p.textOfTestId('save-clip')) !== firstLabels[i],
            20_000,
            'second save answered',
          ),
        ),
      );
      assert((await storedKeys(ext)).length === 20, 'a second save from the tabs duplicated clippings');
    },
  },
  {
    name: 'clips: a web page cannot read or alter clippings',
    async run(ctx) {
      const ext = await openExtensionTab(ctx, 0);
      const saved = (await sendFromPage(ext, {
        type: 'clip.save',
        payload: { draft: draftFor(ctx.newsUrl(ARTICLE), 0) },
      })) as { clipping?: { id: string; html: string }; error?: unknown };
      assert(saved.clipping, `save from an extension page failed: ${JSON.stringify(saved).slice(0, 300)}`);
      assert(
        !saved.clipping.html.includes('onerror'),
        `stored HTML was not sanitised: ${saved.clipping.html}`,
      );
      // DOMPurify ran (in Chrome's offscreen document): the image stays, only its handler is gone.
      assert(saved.clipping.html.includes('<img'), `stored HTML lost its markup: ${saved.clipping.html}`);

      const news = await ctx.openPage(ctx.newsUrl(ARTICLE));
      const probe = await news.evaluate(async () => {
        const g = globalThis as unknown as {
          chrome?: { runtime?: { sendMessage?: unknown } };
          browser?: unknown;
        };
        const runtimeReachable =
          typeof g.chrome?.runtime?.sendMessage === 'function' || g.browser !== undefined;
        const stores = await new Promise<string[]>((resolve) => {
          const req = indexedDB.open('bao-gon');
          req.onsuccess = () => {
            const names = [...req.result.objectStoreNames];
            req.result.close();
            indexedDB.deleteDatabase('bao-gon');
            resolve(names);
          };
          req.onerror = () => resolve([`error: ${req.error?.name}`]);
        });
        return { runtimeReachable, stores };
      });
      assert(
        probe.stores.length === 0,
        `the page sees object stores in its 'bao-gon' database: ${probe.stores}`,
      );
      assert(!probe.runtimeReachable, 'the page main world can reach an extension runtime messaging API');

      const after = await storedKeys(ext);
      assert(after.length === 1, `the clipping must still be there, found ${after.length}`);
    },
  },
  {
    name: 'clips: 20 tabs saving at once yield 20 clippings, none duplicated; undo of a delete',
    async run(ctx) {
      const tabs = await Promise.all(Array.from({ length: 20 }, (_, i) => openExtensionTab(ctx, i + 1)));
      // Each tab saves its own page twice at once, with tracking parameters and a fragment that
      // canonicalisation drops (the ?n= parameter is kept: it names a different page).
      const results = (await Promise.all(
        tabs.flatMap((tab, i) =>
          [`&utm_source=a${i}#x`, `&fbclid=b${i}`].map((suffix) =>
            sendFromPage(tab, {
              type: 'clip.save',
              payload: { draft: draftFor(`${ctx.newsUrl(ARTICLE)}?n=${i}${suffix}`, i) },
            }),
          ),
        ),
      )) as { clipping?: { id: string; canonicalUrl: string }; alreadySaved?: boolean; error?: unknown }[];
      const failed = results.filter((r) => !r.clipping);
      assert(failed.length === 0, `failed saves: ${JSON.stringify(failed).slice(0, 400)}`);
      const firstSaves = results.filter((r) => r.alreadySaved === false).length;
      assert(firstSaves === 20, `expected 20 first saves and 20 merges, got ${firstSaves} first saves`);

      const keys = await storedKeys(tabs[0]);
      assert(keys.length === 20, `expected 20 clippings, found ${keys.length}`);
      assert(new Set(keys).size === 20, 'duplicated canonical URLs');
      for (let i = 0; i < 20; i++) {
        const want = `${ctx.newsUrl(ARTICLE)}?n=${i}`;
        assert(keys.includes(want), `missing clipping for ${want}`);
      }

      // Privileged operations work from an extension page shown in a tab (real sender checks).
      const victim = results[0].clipping!.id;
      const del = (await sendFromPage(tabs[3], { type: 'clip.delete', payload: { ids: [victim] } })) as {
        deleted?: unknown[];
        error?: unknown;
      };
      assert(
        del.deleted?.length === 1,
        `delete from an extension tab failed: ${JSON.stringify(del).slice(0, 300)}`,
      );
      assert((await storedKeys(tabs[0])).length === 19, 'delete did not remove the clipping');
      const undo = (await sendFromPage(tabs[4], {
        type: 'clip.restore',
        payload: { ids: del.deleted },
      })) as {
        restored?: string[];
      };
      assert(undo.restored?.length === 1 && undo.restored[0] === victim, `restore failed: ${JSON.stringify(undo).slice(0, 300)}`);
      assert((await storedKeys(tabs[0])).length === 20, 'restore did not bring the clipping back');
      await Promise.all(tabs.map((t) => t.close()));
    },
  },
];

export default scenarios;
