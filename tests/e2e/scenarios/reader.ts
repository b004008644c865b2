/**
 * Reader scenarios: the overlay opens over a cluttered Vietnamese article showing only the
 * article, Escape returns to the untouched page at the same scroll position; an English page gets
 * no badge; a hostile page opens in the reader with nothing executed; saving from the reader and a
 * user highlight that is re-anchored when the page is opened again.
 *
 * Helpers shared with entities-panel.ts are exported by name (the default export is the list).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pollUntil, sleep } from '../common';
import { putSettings } from '../settings';
import type { E2EContext, E2EPage, Scenario } from '../types';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
export const HOST_TAG = 'bao-gon-reader';
export const READER_FRAME = 'reader-frame.html';

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** The first fixture page that exists (the reader engineer's pages, else the foundation page). */
export function fixture(...candidates: string[]): string {
  for (const c of candidates) if (existsSync(path.join(FIXTURES, c))) return c;
  return 'pages/foundation-vi.html';
}

/** A tiny non-cryptographic hash (FNV-1a) of a string, to compare page DOM snapshots. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16)}:${s.length}`;
}

/** Where two strings first differ, with a little context, for failure messages. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}: before «${a.slice(Math.max(0, i - 60), i + 60)}» after «${b.slice(Math.max(0, i - 60), i + 60)}»`;
}

/** The page's body HTML (the reader's shadow host lives under <html>, not in <body>). */
export function bodyHtml(page: E2EPage): Promise<string> {
  return page.evaluate((tag: string) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of Array.from(clone.querySelectorAll(tag))) el.remove();
    return clone.innerHTML;
  }, HOST_TAG);
}

type Api = {
  tabs: { sendMessage(tabId: number, m: unknown, o?: unknown): Promise<unknown> };
  scripting: { executeScript(o: unknown): Promise<unknown> };
};

/** From an extension page: a tab message to a tab, injecting the reader first when needed. */
export async function tellTab(ext: E2EPage, tabId: number, message: unknown): Promise<unknown> {
  return ext.evaluate(
    async (id: number, m: unknown) => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome) as Api;
      // Another content script (the detector) may be there and not answer: only a reply counts.
      const pong = await api.tabs
        .sendMessage(id, { type: 'reader.ping' }, { frameId: 0 })
        .catch(() => undefined);
      if (!pong)
        await api.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/reader.js'] });
      return await api.tabs.sendMessage(id, m, { frameId: 0 });
    },
    tabId,
    message,
  );
}

/** The reader's extension frame inside `page`'s top-layer host. */
export async function readerFrame(page: E2EPage, timeout = 15_000): Promise<E2EPage> {
  return page.frame(READER_FRAME, { timeout });
}

/** Waits until the reader's host has left the page (closed). */
export async function hostGone(page: E2EPage, timeout = 5000): Promise<void> {
  await pollUntil(
    async () =>
      (await page.evaluate((tag: string) => document.querySelectorAll(tag).length === 0, HOST_TAG)) || null,
    timeout,
    'reader host removed',
  );
}

/**
 * Opens the reader over `page`: through the popup's `reader-toggle` button when the popup has it,
 * otherwise with the reader's tab message (the way the background does). Waits for the article and
 * returns the reader's frame (where the reader's test ids live).
 */
export async function openReader(ctx: E2EContext, page: E2EPage): Promise<E2EPage> {
  const tabId = await ctx.tabIdOf(page);
  const popup = await ctx.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.waitForTestId('popup');
  const hasToggle = await pollUntil(
    async () => (await popup.countTestId('reader-toggle')) > 0,
    3000,
    'toggle',
  ).catch(() => false);
  if (hasToggle) await popup.clickTestId('reader-toggle');
  // On a page judged not an article the popup says so instead of opening the reader: open it
  // with the tab message to see the reader's own answer.
  const refused =
    hasToggle &&
    (await pollUntil(
      async () =>
        (await popup.countTestId('not-article-notice')) > 0
          ? 'notice'
          : (await page.countTestId('reader')) > 0
            ? 'reader'
            : null,
      5000,
      'reader or notice',
    ).catch(() => null)) === 'notice';
  if (!hasToggle || refused) await tellTab(popup, tabId, { type: 'reader.open' });
  // Keep the popup open until the reader is there: closing it would cut its injection short.
  const frame = await readerFrame(page);
  await frame.waitForTestId('reader', { timeout: 15_000 });
  await popup.close().catch(() => undefined);
  await page.bringToFront();
  await pollUntil(
    async () => (await frame.countTestId('reader-title')) + (await frame.countTestId('reader-error')) > 0,
    15_000,
    'reader article',
  );
  return frame;
}

/** Rows of the entity panel as { type, text } (`frame`: the reader's frame). */
export async function entityRows(frame: E2EPage): Promise<{ type: string; text: string }[]> {
  return frame.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="entity-item"]')).map((el) => ({
      type: el.getAttribute('data-entity-type') ?? '',
      text: el.textContent ?? '',
    })),
  );
}

/** Selects `quote` (its first occurrence) inside the reader body, as a user dragging would. */
export function selectInReader(frame: E2EPage, quote: string): Promise<boolean> {
  return frame.evaluate(
    (q: string) => {
      const body = document.querySelector('[data-testid="reader-body"]');
      if (!body) return false;
      // The quote may span several text nodes (an acronym or a legal link wraps part of a sentence):
      // search the visible text nodes joined, then select from the start node to the end node.
      const nodes: Text[] = [];
      const starts: number[] = [];
      let joined = '';
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('[hidden]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        nodes.push(n);
        starts.push(joined.length);
        joined += n.data;
      }
      const at = joined.indexOf(q);
      if (at < 0) return false;
      const locate = (offset: number, end: boolean) => {
        let k = nodes.length - 1;
        while (k > 0 && (end ? starts[k] >= offset : starts[k] > offset)) k--;
        return { node: nodes[k], offset: offset - starts[k] };
      };
      const a = locate(at, false);
      const b = locate(at + q.length, true);
      const sel = document.getSelection();
      if (!sel) return false;
      sel.removeAllRanges();
      sel.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
      document.dispatchEvent(new Event('selectionchange'));
      return true;
    },
    quote,
  );
}

/**
 * Opens `url` in the reader, saves it, highlights part of its first long paragraph in green with
 * `note`, and closes the reader. Returns the highlighted quote.
 */
export async function saveWithHighlight(ctx: E2EContext, url: string, note: string): Promise<string> {
  const page = await ctx.openPage(url);
  const frame = await openReader(ctx, page);
  await frame.clickTestId('save-clip');
  await pollUntil(
    async () => /Đã lưu|Saved/.test(await frame.textOfTestId('save-clip')),
    10_000,
    'saved label',
  );
  const body = await frame.textOfTestId('reader-body');
  const para = body
    .split(/\n+/)
    .map((s) => s.trim())
    .find((s) => s.length > 80);
  assert(para, 'no paragraph to highlight');
  const quote = para.slice(10, 60).trim();
  assert(await selectInReader(frame, quote), `could not select "${quote}"`);
  await frame.waitForTestId('highlight-toolbar', { timeout: 5000 });
  await frame.clickTestId('highlight-color-green');
  await frame.typeTestId('highlight-note', note);
  await frame.clickTestId('highlight-save');
  await frame.waitForTestId('highlight-toolbar', { hidden: true, timeout: 5000 });
  await pollUntil(
    async () => /Đã lưu|Saved/.test(await frame.textOfTestId('save-clip')),
    10_000,
    'highlight saved',
  );
  await page.press('Escape');
  await hostGone(page);
  return quote;
}

/** Opens `url` in the reader again and checks the green highlight is painted over `quote`, not orphaned. */
export async function expectReanchored(ctx: E2EContext, url: string, quote: string): Promise<void> {
  const page = await ctx.openPage(url);
  const again = await openReader(ctx, page);
  const painted = await pollUntil(
    () =>
      again.evaluate(() => {
        const root = document;
        const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS
          ?.highlights;
        const fromApi = reg?.get('bg-hl-green');
        if (fromApi && fromApi.size > 0)
          return Array.from(fromApi)
            .map((r) => r.toString())
            .join(' ');
        const marks = root?.querySelectorAll('mark[data-bg-paint="bg-hl-green"]') ?? [];
        return Array.from(marks)
          .map((m) => m.textContent)
          .join('');
      }),
    10_000,
    'green highlight painted',
  );
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  assert(squash(painted) === squash(quote), `re-anchored "${painted}" ≠ "${quote}"`);
  assert((await again.countTestId('orphan-highlights')) === 0, 'the highlight was listed as an orphan');
}

/** The hostile page: this file's own script-injection attempts plus every shared payload. */
async function xssPageUrl(ctx: E2EContext): Promise<string> {
  const outDir = path.join(FIXTURES, 'generated');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'reader-xss.html'), ownXssPage(sharedPayloads()));
  return ctx.newsUrl('generated/reader-xss.html');
}

/** The shared XSS payload strings (read at test time, never copied into the repo), or none. */
function sharedPayloads(): string[] {
  const file = path.resolve(FIXTURES, '../../../shared/security/xss-payloads.json');
  if (!existsSync(file)) return [];
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { payloads?: { payload?: unknown }[] };
  return (raw.payloads ?? []).map((p) => p.payload).filter((p): p is string => typeof p === 'string');
}

/** A Vietnamese article whose body carries script-injection attempts (written for this test), plus `extra` payloads. */
function ownXssPage(extra: string[] = []): string {
  const para = (s: string) => `<p>${s}</p>`;
  const text = Array.from({ length: 8 }, (_, i) =>
    para(
      `Đoạn ${i + 1}: Chiều nay, Bộ trưởng Bộ Y tế cho biết ngành y tế sẽ tiếp tục triển khai chương trình tiêm chủng mở rộng tại các tỉnh miền núi phía Bắc trong năm tới, với sự tham gia của nhiều tổ chức quốc tế.`,
    ),
  ).join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bộ Y tế mở rộng tiêm chủng</title>
<meta property="og:type" content="article"></head><body><article><h1>Bộ Y tế mở rộng chương trình tiêm chủng</h1>
${text}
<p>Liên kết <a href="javascript:window.xss=1">bấm vào đây</a> và <a href="JaVaScRiPt:alert(1)">đây</a>.</p>
<p><img src="data:," data-src="x" onerror="window.xss=2" alt="ảnh"> Ảnh minh hoạ.</p>
<p><svg><a href="javascript:window.xss=3"><text>svg</text></a></svg></p>
<p><iframe srcdoc="&lt;script&gt;parent.xss=4&lt;/script&gt;"></iframe></p>
<p><math><mtext><table><mglyph><style><img src=x onerror="window.xss=5"></style></mglyph></table></mtext></math></p>
<p><a href="https://example.org/" onclick="window.xss=6">Nguồn</a> <b onmouseover="window.xss=7">đậm</b></p>
<form action="javascript:window.xss=8"><button>Gửi</button></form>
${extra.map((p) => `<div class="payload">${p}</div>`).join('\n')}
<p>Kết thúc bài viết.</p>
</article></body></html>`;
}

const scenarios: Scenario[] = [
  {
    name: 'reader: opens over a cluttered article, shows only the article, Escape restores the untouched page',
    async run(ctx) {
      const file = fixture('pages/vi-news-clutter.html');
      const page = await ctx.openPage(ctx.newsUrl(file));
      await page.evaluate(() => window.scrollTo(0, 400));
      await sleep(300);
      const scrollBefore = await page.evaluate(() => window.scrollY);
      const beforeHtml = await bodyHtml(page);
      const before = hash(beforeHtml);
      const frame = await openReader(ctx, page);
      const title = (await frame.textOfTestId('reader-title')).trim();
      assert(title.length > 5, `reader title: "${title}"`);
      const body = await frame.textOfTestId('reader-body');
      assert(body.length > 300, `reader body too short (${body.length})`);
      const phrasesFile = path.join(FIXTURES, 'pages/clutter-phrases.json');
      if (file.endsWith('vi-news-clutter.html') && existsSync(phrasesFile)) {
        const spec = JSON.parse(readFileSync(phrasesFile, 'utf8')) as {
          title?: string;
          mustContain?: string[];
          mustNotContain?: string[];
        };
        const shown = await frame.textOfTestId('reader');
        const squash = (x: string) => x.replace(/\s+/g, ' ');
        if (spec.title) assert(squash(title) === squash(spec.title), `title "${title}" ≠ "${spec.title}"`);
        const missing = (spec.mustContain ?? []).filter((p) => !squash(body).includes(squash(p)));
        assert(missing.length === 0, `article text missing from the reader: ${missing.join(' | ')}`);
        const leaked = (spec.mustNotContain ?? []).filter((p) => squash(shown).includes(squash(p)));
        assert(leaked.length === 0, `clutter visible in the reader: ${leaked.slice(0, 5).join(' | ')}`);
        assert((spec.mustNotContain ?? []).length > 0, 'clutter-phrases.json lists no phrase');
      }
      // The page does not scroll underneath the overlay.
      await page.evaluate(() => window.scrollTo(0, 0));
      await sleep(100);
      await page.press('Escape');
      await hostGone(page);
      const afterHtml = await bodyHtml(page);
      const after = hash(afterHtml);
      assert(after === before, `the page DOM changed: ${firstDifference(beforeHtml, afterHtml)}`);
      const hosts = await page.evaluate((tag: string) => document.querySelectorAll(tag).length, HOST_TAG);
      assert(hosts === 0, 'the reader host is still in the page after closing');
      const scrollAfter = await page.evaluate(() => window.scrollY);
      assert(Math.abs(scrollAfter - scrollBefore) <= 1, `scroll ${scrollBefore} → ${scrollAfter}`);
    },
  },
  {
    name: 'reader: an English news page gets no badge',
    async run(ctx) {
      const file = fixture('pages/en-news.html');
      assert(file.endsWith('en-news.html'), 'fixture pages/en-news.html is missing');
      const page = await ctx.openPage(ctx.newsUrl(file));
      const tabId = await ctx.tabIdOf(page);
      const ext = await ctx.openExtensionPage(`popup.html?tabId=${tabId}`);
      // Ask the detector itself: proves it ran on this page before looking at the badge.
      const detection = (await pollUntil(
        () =>
          ext.evaluate(async (id: number) => {
            const g = globalThis as unknown as { browser?: Api; chrome?: Api };
            const api = (g.browser ?? g.chrome) as Api;
            return (await api.tabs.sendMessage(id, { type: 'page.detect' }, { frameId: 0 })) as {
              isVietnameseNews: boolean;
            };
          }, tabId),
        10_000,
        'detection',
      )) as { isVietnameseNews: boolean };
      assert(detection.isVietnameseNews === false, 'an English page was detected as Vietnamese news');
      await sleep(500);
      const badge = await ctx.badgeTextOf(page);
      assert(badge === '', `badge on an English page: "${badge}"`);
    },
  },
  {
    name: 'reader: a hostile page opens in the reader with nothing executed',
    async run(ctx) {
      const page = await ctx.openPage(await xssPageUrl(ctx));
      // The page's own payloads may run in the page itself: only what happens after opening counts.
      await sleep(300);
      await page.evaluate(() => {
        (window as unknown as { xss?: unknown }).xss = undefined;
      });
      const dialogsBefore = page.dialogs().length;
      const frame = await openReader(ctx, page);
      await sleep(1000);
      const flag = await page.evaluate(() => (window as unknown as { xss?: unknown }).xss ?? null);
      assert(flag === null, `a payload ran from the reader: window.xss=${String(flag)}`);
      assert(
        page.dialogs().length === dialogsBefore,
        `dialogs: ${page.dialogs().slice(dialogsBefore).join(' | ')}`,
      );
      const bad = await frame.evaluate(() => {
        const root = document.querySelector('[data-testid="reader"]');
        if (!root) return ['no reader'];
        const out: string[] = [];
        for (const el of Array.from(root.querySelectorAll('*'))) {
          for (const a of Array.from(el.attributes)) {
            if (/^on/i.test(a.name)) out.push(`${el.tagName} ${a.name}`);
            if (/^\s*(javascript|vbscript):/i.test(a.value)) out.push(`${el.tagName} ${a.name}=${a.value}`);
          }
          if (/^(SCRIPT|IFRAME|OBJECT|EMBED)$/i.test(el.tagName)) out.push(el.tagName);
        }
        return out;
      });
      assert(bad.length === 0, `active content in the reader: ${bad.slice(0, 5).join(', ')}`);
    },
  },
  {
    name: 'reader: save from the reader, highlight a passage with a note, reopen → highlight re-anchored',
    async run(ctx) {
      const url = ctx.newsUrl(fixture('pages/seed-000.html'));
      const quote = await saveWithHighlight(ctx, url, 'Ghi chú thử nghiệm');
      await expectReanchored(ctx, url, quote);
    },
  },
  {
    name: 'reader: selection.save stores the page selection as a "selection" clipping with selectors and the page\'s metadata, and says so on the page',
    async run(ctx) {
      const page = await ctx.openPage(ctx.newsUrl(fixture('pages/reader-ui-entities.html')));
      const quote = 'Bản ghi nhớ hợp tác giáo dục';
      const selected = await page.evaluate((q: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const i = n.data.indexOf(q);
          if (i >= 0) {
            document.getSelection()?.setBaseAndExtent(n, i, n, i + q.length);
            return true;
          }
        }
        return false;
      }, quote);
      assert(selected, 'could not select the quote on the page');
      const before = hash(await bodyHtml(page));
      const tabId = await ctx.tabIdOf(page);
      const ext = await ctx.openExtensionPage(`popup.html?tabId=${tabId}`);
      const res = (await tellTab(ext, tabId, { type: 'selection.save' })) as {
        clipping?: { kind: string; quote?: string; selectors: { type: string; exact?: string }[] };
        error?: unknown;
      };
      assert(res.clipping, `selection.save failed: ${JSON.stringify(res).slice(0, 300)}`);
      assert(res.clipping.kind === 'selection', `kind ${res.clipping.kind}`);
      assert(res.clipping.quote === quote, `quote "${res.clipping.quote}"`);
      const types = res.clipping.selectors.map((s) => s.type).sort();
      assert(
        types.join(',') === 'TextPositionSelector,TextQuoteSelector',
        `selectors: ${JSON.stringify(res.clipping.selectors)}`,
      );
      assert(hash(await bodyHtml(page)) === before, 'the page DOM changed');
      // The passage carries its page's metadata, not the raw <title> alone.
      const saved = res.clipping as unknown as Record<string, unknown>;
      // (served under a known news host, the publication's proper name wins over og:site_name)
      assert(typeof saved.siteName === 'string' && saved.siteName.length > 0, `siteName ${JSON.stringify(saved.siteName)}`);
      assert(saved.byline === 'Lê Minh Khang', `byline ${JSON.stringify(saved.byline)}`);
      assert(String(saved.publishedTime).startsWith('2026-02-10'), `publishedTime ${JSON.stringify(saved.publishedTime)}`);
      // A notice on the page says it was saved (in the top layer, outside the page's body).
      const toastState = () =>
        page.evaluate(() => document.querySelector('bao-gon-toast')?.getAttribute('data-state') ?? '');
      assert((await toastState()) === 'saved', `toast after saving: "${await toastState()}"`);
      // With nothing selected, the save explains itself instead of doing nothing.
      await page.evaluate(() => document.getSelection()?.removeAllRanges());
      const empty = (await tellTab(ext, tabId, { type: 'selection.save' })) as { error?: string; clipping?: unknown };
      assert(!empty.clipping && /Alt\+Shift\+S/.test(String(empty.error)), `empty save: ${JSON.stringify(empty)}`);
      assert((await toastState()) === 'error', `toast after an empty save: "${await toastState()}"`);
      assert(hash(await bodyHtml(page)) === before, 'the page DOM changed');
    },
  },
  {
    name: 'reader: display settings are remembered on the next page',
    async run(ctx) {
      const first = await ctx.openPage(ctx.newsUrl(fixture('pages/reader-ui-entities.html')));
      const firstFrame = await openReader(ctx, first);
      await firstFrame.clickTestId('reader-theme-dark');
      await firstFrame.clickTestId('reader-font-sans');
      await firstFrame.clickTestId('reader-font-larger');
      const classOf = (p: E2EPage) =>
        p.evaluate(() => {
          const el = document.querySelector<HTMLElement>('[data-testid="reader"]');
          return el ? `${el.className} ${el.style.getPropertyValue('--bg-font-size')}` : '';
        });
      const shown = await classOf(firstFrame);
      assert(
        /theme-dark/.test(shown) && /font-sans/.test(shown) && /20px/.test(shown),
        `after clicks: ${shown}`,
      );
      await first.press('Escape');
      await sleep(500);
      const second = await ctx.openPage(
        ctx.newsUrl(fixture('pages/seed-001.html', 'pages/foundation-vi.html')),
      );
      const again = await classOf(await openReader(ctx, second));
      assert(
        /theme-dark/.test(again) && /font-sans/.test(again) && /20px/.test(again),
        `next page: ${again}`,
      );
    },
  },
  {
    name: 'reader: with "open the reader by itself" on, a Vietnamese article opens in the reader',
    async run(ctx) {
      const ext = await ctx.openExtensionPage('options.html');
      await ext.waitForTestId('options');
      await putSettings(ext, { autoOpenReader: true });
      const page = await ctx.openPage(ctx.newsUrl(fixture('pages/reader-ui-entities.html')));
      const frame = await readerFrame(page, 20_000);
      await frame.waitForTestId('reader-title', { timeout: 15_000 });
    },
  },
  {
    name: 'reader: a huge page and a home page show the extraction error in the overlay, and close',
    async run(ctx) {
      const outDir = path.join(FIXTURES, 'generated');
      mkdirSync(outDir, { recursive: true });
      const rows = Array.from(
        { length: 12_000 },
        (_, i) => `<li><span>Mục ${i}</span> <a href="/m/${i}">xem</a></li>`,
      );
      writeFileSync(
        path.join(outDir, 'reader-huge.html'),
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Danh mục rất dài</title></head><body><h1>Danh mục rất dài</h1><ul>${rows.join('')}</ul></body></html>`,
      );
      const cases: { url: string; code: string }[] = [
        { url: ctx.newsUrl('generated/reader-huge.html'), code: 'too-large' },
        { url: ctx.newsUrl(fixture('pages/vi-home.html')), code: 'no-article' },
      ];
      for (const c of cases) {
        const page = await ctx.openPage(c.url);
        const before = hash(await bodyHtml(page));
        const frame = await openReader(ctx, page);
        await frame.waitForTestId('reader-error', { timeout: 15_000 });
        const code = await frame.evaluate(
          () => document.querySelector('[data-testid="reader-error"]')?.getAttribute('data-error-code') ?? '',
        );
        assert(code === c.code, `${c.url}: error code ${code}, expected ${c.code}`);
        const message = await frame.textOfTestId('reader-error');
        assert(message.trim().length > 10, `${c.url}: no message shown`);
        await frame.clickTestId('reader-close');
        await hostGone(page);
        assert(hash(await bodyHtml(page)) === before, `${c.url}: the page DOM changed`);
      }
    },
  },
];

export default scenarios;
