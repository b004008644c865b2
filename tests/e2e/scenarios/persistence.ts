/**
 * Clippings survive a browser restart: an article saved from the reader with a coloured, annotated
 * highlight and a passage saved as a selection are still in the extension's IndexedDB after the
 * browser is closed and started again on the same profile, and the highlight is re-anchored when
 * the article is opened again.
 */
import { sleep } from '../common';
import type { E2EPage, Scenario } from '../types';
import { assert, expectReanchored, fixture, saveWithHighlight, tellTab } from './reader';

interface StoredClip {
  url: string;
  kind: string;
  quote?: string;
  highlights: { color: string; note: string; quote: string }[];
}

/** Every clipping in the extension's own database, read from an extension page. */
function storedClips(ext: E2EPage): Promise<StoredClip[]> {
  return ext.evaluate(
    () =>
      new Promise<StoredClip[]>((resolve, reject) => {
        const req = indexedDB.open('bao-gon');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('clippings', 'readonly');
          const all = tx.objectStore('clippings').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const rows = all.result as StoredClip[];
            resolve(rows.map((r) => ({ url: r.url, kind: r.kind, quote: r.quote, highlights: r.highlights })));
            req.result.close();
          };
        };
      }),
  );
}

const NOTE = 'Ghi chú sau khi khởi động lại';
const PASSAGE = 'Bộ trưởng Đỗ Thanh Bình trân trọng cảm ơn Bộ trưởng Phosay Sayasone';

const scenarios: Scenario[] = [
  {
    name: 'persistence: an article with a highlight and note and a saved passage survive a browser restart',
    async run(ctx) {
      const articleUrl = ctx.newsUrl(fixture('pages/seed-000.html'));
      const quote = await saveWithHighlight(ctx, articleUrl, NOTE);

      const other = await ctx.openPage(ctx.newsUrl(fixture('pages/seed-001.html')));
      const selected = await other.evaluate((q: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const i = n.data.indexOf(q);
          if (i >= 0) {
            document.getSelection()?.setBaseAndExtent(n, i, n, i + q.length);
            return true;
          }
        }
        return false;
      }, PASSAGE);
      assert(selected, 'could not select the passage on the page');
      const tabId = await ctx.tabIdOf(other);
      const probe = await ctx.openExtensionPage(`popup.html?tabId=${tabId}`);
      const res = (await tellTab(probe, tabId, { type: 'selection.save' })) as { clipping?: unknown };
      assert(res.clipping, `selection.save failed: ${JSON.stringify(res).slice(0, 300)}`);

      await ctx.restart();
      await sleep(500);

      const ext = await ctx.openExtensionPage('popup.html');
      const clips = await storedClips(ext);
      const article = clips.find((c) => c.kind === 'article' && c.url === articleUrl);
      assert(article, `the article clipping is gone after restart (${clips.length} clippings)`);
      const hl = article.highlights.find((h) => h.note === NOTE);
      assert(hl, `the highlight note is gone: ${JSON.stringify(article.highlights).slice(0, 300)}`);
      assert(hl.color === 'green', `highlight colour ${hl.color}`);
      const passage = clips.find((c) => c.kind === 'selection');
      assert(passage?.quote === PASSAGE, `the saved passage is gone or changed: ${passage?.quote}`);
      await ext.close();

      await expectReanchored(ctx, articleUrl, quote);
    },
  },
];

export default scenarios;
