/**
 * Safety scenarios (issue 12): a bulk delete of 1,500 clippings of ~47 KB (≈ 70 MB, more than
 * Chromium's 64 MiB message cap) and its Undo go through the trash by id and restore every record
 * deep-equal; a popup save cannot write into another URL's clipping; `javascript:` is refused.
 */
import { pollUntil } from '../common';
import type { E2EPage, Scenario } from '../types';
import { assert, openWithPopup, SEEDS, useVietnamese } from './popup';

declare const webext: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const N = 1500;

/** Writes `n` clippings of ~47 KB straight into the database of an extension page (fast seeding). */
async function seed(page: E2EPage, n: number): Promise<number> {
  return page.evaluate(async (count: number) => {
    const para =
      'Chiều 1/3, Bộ trưởng Bộ Nội vụ làm việc với lãnh đạo tỉnh Đắk Lắk về sắp xếp bộ máy và chuyển đổi số. ';
    const text = para.repeat(230);
    const html = `<p>${text}</p>`;
    const rows = Array.from({ length: count }, (_, i) => {
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
      return {
        id: `bulk-${String(i).padStart(5, '0')}`,
        url: `https://bao.example.vn/bai-${i}.html`,
        canonicalUrl: `https://bao.example.vn/bai-${i}.html`,
        title: `Bài số ${i}`,
        siteName: 'Báo Ví Dụ',
        byline: null,
        publishedTime: null,
        lang: 'vi',
        kind: 'article',
        selectors: [],
        html,
        text: `${i} ${text}`,
        entities: [],
        highlights: [
          {
            id: `h${i}`,
            color: 'yellow',
            quote: 'Bộ trưởng',
            selectors: [{ type: 'TextPositionSelector', start: 11, end: 20 }],
            note: `ghi chú ${i}`,
            createdAt: at,
          },
        ],
        note: `Ghi chú số ${i}`,
        tags: ['thử', `t${i % 7}`],
        collectionId: 'default',
        savedAt: at,
        updatedAt: at,
        extractorVersion: '1',
        contentHash: `${i}`,
        searchTokens: ['bo', 'truong', `so${i}`],
        entityKeys: [],
        entityLabels: [],
      };
    });
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('bao-gon');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('clippings', 'readwrite');
      for (const r of rows) tx.objectStore('clippings').put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return JSON.stringify(rows[0]).length;
  }, n);
}

/** Snapshot (in the page) of every stored clipping, compared later without shipping 70 MB out. */
async function snapshot(page: E2EPage, slot: string): Promise<{ count: number; bytes: number }> {
  return page.evaluate(async (name: string) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('bao-gon');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all: unknown[] = await new Promise((resolve, reject) => {
      const req = db.transaction('clippings').objectStore('clippings').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    const json = all.map((r) => JSON.stringify(r));
    (globalThis as unknown as Record<string, string[]>)[name] = json;
    return { count: json.length, bytes: json.reduce((n, s) => n + s.length, 0) };
  }, slot);
}

const scenarios: Scenario[] = [
  {
    name: 'safety: delete 1,500 clippings of ~47 KB from the library, then Undo restores all deep-equal',
    async run(ctx) {
      await useVietnamese(ctx);
      const library = await ctx.openExtensionPage('library.html');
      await library.waitForTestId('library');
      const size = await seed(library, N);
      assert(size > 46_000, `each clipping should be ~47 KB, is ${size}`);
      await library.goto(`${ctx.extensionOrigin}/library.html`);
      await library.waitForTestId('select-all', { timeout: 30_000 });
      const before = await snapshot(library, '__before');
      assert(before.count === N, `seeded ${before.count}`);
      assert(before.bytes > 64 * 1024 * 1024, `total ${before.bytes} B should exceed 64 MiB`);
      await library.clickTestId('select-all');
      await library.waitForTestId('bulk-delete');
      await library.clickTestId('bulk-delete');
      await library.waitForTestId('undo', { timeout: 180_000 });
      const undoText = await library.evaluate(
        () => document.querySelector('.undo-bar span')?.textContent ?? '',
      );
      assert(undoText.includes(String(N)), `undo bar should name ${N}: "${undoText}"`);
      const gone = await snapshot(library, '__gone');
      assert(gone.count === 0, `after delete ${gone.count} clippings remain`);
      await library.clickTestId('undo');
      const notice = await pollUntil(
        async () => {
          const n = await library.textOfTestId('library-notice').catch(() => '');
          return n.includes(String(N)) ? n : null;
        },
        180_000,
        'restored notice',
      );
      assert(/khôi phục/i.test(notice), `notice should say restored: "${notice}"`);
      const after = await snapshot(library, '__after');
      assert(after.count === N, `restored ${after.count} of ${N}`);
      const equal = await library.evaluate(() => {
        const g = globalThis as unknown as Record<string, string[]>;
        const a = [...g.__before].sort();
        const b = [...g.__after].sort();
        return a.length === b.length && a.every((s, i) => s === b[i]);
      });
      assert(equal, 'every restored clipping should be deep-equal to the one deleted');
    },
  },
  {
    name: 'safety: a popup save cannot write into another URL’s clipping; javascript: is refused clearly',
    async run(ctx) {
      await useVietnamese(ctx);
      const { news, popup } = await openWithPopup(ctx, SEEDS[0]);
      const tabId = await ctx.tabIdOf(news);
      const victimUrl = ctx.otherUrl('pages/victim.html');
      const result = await popup.evaluate(
        async (victim: string, tab: number) => {
          const draft = (url: string, title: string, note: string) => ({
            url,
            title,
            siteName: null,
            byline: null,
            publishedTime: null,
            lang: 'vi',
            kind: 'article',
            selectors: [],
            html: `<p>${title}</p>`,
            text: title,
            entities: [],
            highlights: [],
            note,
          });
          const own = (await webext.runtime.sendMessage({
            type: 'clip.save',
            payload: { draft: draft(victim, 'Bài thật', 'ghi chú của tôi') },
          })) as { clipping?: { id: string } };
          const forged = await webext.runtime.sendMessage({
            type: 'clip.save',
            payload: { draft: draft(victim, 'Giả mạo', ''), tabId: tab },
          });
          const js = await webext.runtime.sendMessage({
            type: 'clip.save',
            payload: { draft: draft('javascript:alert(1)//', 'x', ''), tabId: tab },
          });
          const after = (await webext.runtime.sendMessage({
            type: 'clip.getByUrl',
            payload: { url: victim },
          })) as { clipping: { title: string; note: string; id: string } | null };
          return { ownId: own.clipping?.id, forged, js, after: after.clipping };
        },
        victimUrl,
        tabId,
      );
      const forged = result.forged as { error?: { code: string; reason?: string } };
      assert(
        forged.error?.reason === 'wrong-page',
        `forged save should be refused: ${JSON.stringify(forged)}`,
      );
      assert(
        result.after?.id === result.ownId &&
          result.after?.title === 'Bài thật' &&
          result.after?.note === 'ghi chú của tôi',
        `the other URL's clipping must be untouched: ${JSON.stringify(result.after)}`,
      );
      const js = result.js as { error?: { code: string; reason?: string; message: string } };
      assert(js.error?.reason === 'unsupported-url', `javascript: should be refused: ${JSON.stringify(js)}`);
      assert(/http:\/\/ hoặc https:\/\//.test(js.error.message), `clear message: ${js.error.message}`);
      await popup.close();
      await news.close();
    },
  },
];

export default scenarios;
