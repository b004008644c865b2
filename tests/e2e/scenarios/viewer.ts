/**
 * Clip viewer scenarios: a clipping saved through the real background (`clip.save`) is shown
 * offline by `viewer.html?id=…` with its highlight and note, its entities, and an edited note that
 * survives a reload; a hostile record written straight into the extension's IndexedDB is rendered
 * without handlers, scripts or `javascript:` links, and without any dialog.
 */
import { describeRange } from '../../../lib/clips/anchor';
import { pollUntil } from '../common';
import type { E2EContext, E2EPage, Scenario } from '../types';

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

const PARAGRAPHS = [
  'Chiều 12/3, Thủ tướng Phạm Minh Chính chủ trì cuộc họp về phát triển hạ tầng giao thông.',
  'Thủ tướng yêu cầu các bộ, ngành hoàn thành tuyến cao tốc trước mùa mưa bão năm nay.',
];
/** The dom text of the HTML below (see lib/clips/dom-text.ts): paragraphs separated by a blank line. */
const TEXT = PARAGRAPHS.join('\n\n');
const HTML = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
const QUOTE = 'hoàn thành tuyến cao tốc trước mùa mưa bão';
const NOTE = 'Mốc thời gian cần theo dõi';

function draft(url: string) {
  const start = TEXT.indexOf(QUOTE);
  const nameAt = TEXT.indexOf('Phạm Minh Chính');
  return {
    url,
    title: 'Thủ tướng chủ trì họp về hạ tầng giao thông',
    siteName: 'Báo Thử Nghiệm',
    byline: 'Lê Văn Bình',
    publishedTime: '2026-03-12T15:00:00+07:00',
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: HTML,
    text: TEXT,
    entities: [
      {
        type: 'official',
        text: 'Thủ tướng Phạm Minh Chính',
        start: nameAt - 10,
        end: nameAt + 15,
        name: 'Phạm Minh Chính',
        title: 'Thủ tướng',
        titleEn: 'Prime Minister',
        key: 'official:pham-minh-chinh',
      },
      {
        type: 'official',
        text: 'Thủ tướng',
        start: TEXT.lastIndexOf('Thủ tướng'),
        end: TEXT.lastIndexOf('Thủ tướng') + 9,
        name: 'Phạm Minh Chính',
        title: 'Thủ tướng',
        titleEn: 'Prime Minister',
        key: 'official:pham-minh-chinh',
      },
    ],
    highlights: [
      {
        id: 'e2e-hl-1',
        color: 'green',
        quote: QUOTE,
        note: NOTE,
        selectors: describeRange(TEXT, start, start + QUOTE.length),
        createdAt: '2026-03-12T16:00:00.000Z',
      },
    ],
    tags: ['giao thông'],
  };
}

/** In an extension page: sends a protocol message through the real runtime. */
function send(page: E2EPage, message: unknown): Promise<unknown> {
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

/** Saves the sample clipping through the background; returns its id. */
async function seed(ctx: E2EContext, page: E2EPage): Promise<string> {
  const res = (await send(page, {
    type: 'clip.save',
    payload: { draft: draft(ctx.newsUrl('pages/viewer-e2e.html')) },
  })) as { clipping?: { id: string }; error?: unknown };
  assert(res.clipping?.id, `clip.save failed: ${JSON.stringify(res).slice(0, 300)}`);
  return res.clipping.id;
}

/** The highlight marks of the viewer's article: text, note and colour class. */
function marks(page: E2EPage) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('mark[data-highlight-id]')].map((m) => ({
      id: m.dataset.highlightId ?? '',
      text: m.textContent ?? '',
      note: m.title,
      cls: m.className,
    })),
  );
}

const scenarios: Scenario[] = [
  {
    name: 'viewer: renders a saved clipping with its highlight, note and entities; the note persists',
    async run(ctx) {
      const blank = await ctx.openExtensionPage('viewer.html');
      await blank.waitForTestId('viewer-missing');
      const id = await seed(ctx, blank);

      const page = await ctx.openExtensionPage(`viewer.html?id=${encodeURIComponent(id)}`);
      await page.waitForTestId('viewer-title');
      const title = await page.textOfTestId('viewer-title');
      assert(title.includes('Thủ tướng chủ trì họp về hạ tầng giao thông'), `title: ${title}`);

      const placed = await pollUntil(
        async () => {
          const m = await marks(page);
          return m.length > 0 ? m : null;
        },
        10_000,
        'highlight marks',
      );
      const joined = placed.map((m) => m.text).join('');
      assert(joined === QUOTE, `highlight text: "${joined}"`);
      assert(placed[0].note === NOTE, `highlight note on hover: "${placed[0].note}"`);
      assert(placed[0].cls.includes('bg-hl-green'), `highlight colour class: ${placed[0].cls}`);
      const panel = await page.textOfTestId('viewer-highlights');
      assert(panel.includes(NOTE), `highlights panel should show the note: ${panel}`);
      assert((await page.countTestId('viewer-orphan')) === 0, 'no orphan expected');

      const entities = await page.textOfTestId('viewer-entities');
      assert(entities.includes('Phạm Minh Chính'), `entities: ${entities}`);
      assert(entities.includes('Prime Minister'), `entities should show the English title: ${entities}`);
      assert(entities.includes('×2'), `entities should count 2 mentions: ${entities}`);

      const link = await page.evaluate(() => {
        const a = document.querySelector<HTMLAnchorElement>('[data-testid="viewer-original"]');
        return a ? { target: a.target, rel: a.rel } : null;
      });
      assert(
        link?.target === '_blank' && link.rel.includes('noopener'),
        `original link: ${JSON.stringify(link)}`,
      );

      const note = 'Đối chiếu với kế hoạch vốn đầu tư công';
      await page.typeTestId('viewer-note', note);
      await page.press('Tab'); // leaving the field saves at once
      await pollUntil(
        async () => /Đã lưu|Saved/.test(await page.textOfTestId('viewer-note-status')),
        10_000,
        'note saved status',
      );

      await page.goto(page.url());
      await page.waitForTestId('viewer-note');
      const after = await pollUntil(
        async () => {
          const v = await page.evaluate(
            () =>
              (document.querySelector('[data-testid="viewer-note"]') as HTMLTextAreaElement | null)?.value ??
              '',
          );
          return v ? v : null;
        },
        10_000,
        'note after reload',
      );
      assert(after === note, `note after reload: "${after}"`);
    },
  },
  {
    name: 'viewer: a hostile stored clipping renders without scripts, handlers or dialogs',
    async run(ctx) {
      const page = await ctx.openExtensionPage('viewer.html');
      await page.waitForTestId('viewer-missing');
      await seed(ctx, page); // creates the database with its schema
      const hostileId = 'e2e-hostile';
      const written = await page.evaluate(
        (id: string) =>
          new Promise<string>((resolve) => {
            const req = indexedDB.open('bao-gon');
            req.onerror = () => resolve(`open: ${req.error?.name}`);
            req.onsuccess = () => {
              const db = req.result;
              const tx = db.transaction('clippings', 'readwrite');
              tx.objectStore('clippings').put({
                id,
                url: 'javascript:alert(7)',
                canonicalUrl: 'https://vnexpress.net/hostile-e2e',
                title: 'Bài <img src=x onerror=alert(8)> độc hại',
                siteName: 'Báo Thử',
                byline: null,
                publishedTime: null,
                lang: 'vi',
                kind: 'article',
                selectors: [],
                html:
                  '<p>Nội dung <img src=x onerror=alert(1)> bài <a href="javascript:alert(2)">liên kết</a>.</p>' +
                  '<script>alert(3)</script><iframe src="javascript:alert(4)"></iframe>' +
                  '<p onmouseover="alert(5)"><svg><script>alert(6)</script></svg>Kết thúc.</p>',
                text: 'Nội dung bài liên kết. Kết thúc.',
                entities: [],
                highlights: [],
                note: '',
                tags: [],
                collectionId: 'default',
                savedAt: '2026-03-12T16:00:00.000Z',
                updatedAt: '2026-03-12T16:00:00.000Z',
                extractorVersion: 'e2e',
                contentHash: 'e2e',
                searchTokens: [],
                entityKeys: [],
                entityLabels: [],
              });
              tx.oncomplete = () => {
                db.close();
                resolve('ok');
              };
              tx.onerror = () => resolve(`write: ${tx.error?.name}`);
            };
          }),
        hostileId,
      );
      assert(written === 'ok', `raw write failed: ${written}`);

      await page.goto(`${ctx.extensionOrigin}/viewer.html?id=${hostileId}`);
      await page.waitForTestId('viewer-body');
      const body = await pollUntil(
        async () => {
          const b = await page.evaluate(() => {
            const el = document.querySelector('[data-testid="viewer-body"]');
            return el?.textContent?.includes('Kết thúc') ? el.innerHTML : null;
          });
          return b;
        },
        10_000,
        'hostile body',
      );
      assert(!/<script|<iframe|<svg/i.test(body), `dangerous elements rendered: ${body}`);
      assert(!/\son\w+\s*=/i.test(body), `event handler attributes rendered: ${body}`);
      assert(!/javascript:/i.test(body), `javascript: URL rendered: ${body}`);
      const original = await page.countTestId('viewer-original');
      assert(original === 0, 'a javascript: URL must not become the "open original" link');
      const title = await page.evaluate(
        () => document.querySelector('[data-testid="viewer-title"] img') === null,
      );
      assert(title, 'the title must be text, not HTML');
      assert(page.dialogs().length === 0, `dialogs opened: ${page.dialogs().join(', ')}`);
    },
  },
];

export default scenarios;
