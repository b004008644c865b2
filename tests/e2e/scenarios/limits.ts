/**
 * One set of record limits (lib/schema.ts): a clipping at the limits (most tags, longest note) is
 * imported on the options page, deleted in the library, and the Undo button puts it back whole.
 */
import { LIMITS } from '../../../lib/schema';
import { pollUntil } from '../common';
import type { E2EPage, Scenario } from '../types';
import { assert } from './reader';

const ID = 'gioi-han-e2e';

/** A version 1 export holding one clipping at the tag, tag-length and note limits. */
function exportAtLimits(): string {
  const url = 'https://bao.example.vn/thoi-su/gioi-han.html';
  const tags = Array.from({ length: LIMITS.tags }, (_, i) => `thẻ ${i} `.padEnd(LIMITS.tag, 'x'));
  const clipping = {
    id: ID,
    url,
    canonicalUrl: url,
    title: 'Bài ở giới hạn của lược đồ',
    siteName: 'Báo Ví Dụ',
    byline: null,
    publishedTime: '2026-03-01T08:30:00+07:00',
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: '<p>Đoạn văn ngắn của bài thử giới hạn.</p>',
    text: 'Đoạn văn ngắn của bài thử giới hạn.',
    entities: [],
    highlights: [],
    note: 'Ghi chú dài. '.repeat(LIMITS.note).slice(0, LIMITS.note),
    tags,
    collectionId: 'default',
    savedAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    extractorVersion: '1',
    contentHash: 'e2e',
  };
  return JSON.stringify({
    format: 'bao-gon',
    version: 1,
    exportedAt: '2026-11-23T00:00:00.000Z',
    collections: [{ id: 'default', name: 'Chưa phân loại', createdAt: '2026-01-01T00:00:00.000Z' }],
    clippings: [clipping],
  });
}

/** Tag count and note length of the stored clipping (read from the extension's IndexedDB). */
function stored(page: E2EPage): Promise<{ tags: number; note: number } | null> {
  return page.evaluate(
    (id: string) =>
      new Promise<{ tags: number; note: number } | null>((resolve, reject) => {
        const open = indexedDB.open('bao-gon');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('clippings').objectStore('clippings').get(id);
          get.onsuccess = () => {
            const c = get.result as { tags: string[]; note: string } | undefined;
            db.close();
            resolve(c ? { tags: c.tags.length, note: c.note.length } : null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    ID,
  );
}

const scenarios: Scenario[] = [
  {
    name: 'limits: a clipping at the schema limits imports, and Undo after deleting it restores it',
    async run(ctx) {
      const options = await ctx.openExtensionPage('options.html');
      await options.waitForTestId('import-input');
      await options.setInputFiles('import-input', [
        { name: 'gioi-han.json', mimeType: 'application/json', buffer: Buffer.from(exportAtLimits(), 'utf8') },
      ]);
      await options.waitForTestId('import-summary', { timeout: 20_000 });
      assert((await options.textOfTestId('import-new')).includes('1'), 'the summary counts one new clipping');
      await options.clickTestId('import-confirm');
      await options.waitForTestId('import-done', { timeout: 20_000 });
      assert(
        JSON.stringify(await stored(options)) === JSON.stringify({ tags: LIMITS.tags, note: LIMITS.note }),
        'the imported clipping keeps every tag and the whole note',
      );

      const library = await ctx.openExtensionPage('library.html');
      await library.waitForTestId('library-item', { timeout: 15_000 });
      assert((await library.countTestId('library-item')) === 1, 'one clipping in the library');
      await library.clickTestId('library-select');
      await library.clickTestId('bulk-delete');
      await library.waitForTestId('undo');
      await library.waitForTestId('library-item', { hidden: true });
      assert((await stored(library)) === null, 'deleted from the database');

      await library.clickTestId('undo');
      await library.waitForTestId('library-item', { timeout: 10_000 });
      const back = await pollUntil(() => stored(library), 10_000, 'restored clipping');
      assert(
        back.tags === LIMITS.tags && back.note === LIMITS.note,
        `Undo restored ${back.tags} tags and a ${back.note}-character note`,
      );
      assert((await library.countTestId('library-item')) === 1, 'the clipping is listed again');
    },
  },
];

export default scenarios;
