// DOMPurify does not support happy-dom (it lets handlers through there): the reader is tested in jsdom.
// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Reader, type ReaderData } from '@/components/reader/Reader';
import { describeRange } from '@/lib/clips/anchor';
import { mapText } from '@/lib/clips/dom-text';
import type { ClipDraft } from '@/lib/clips/draft';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Article, Clipping, ExtractError, Highlight } from '@/lib/types';

const messages = JSON.parse(readFileSync('public/_locales/vi/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;
const msg = (key: string, sub?: string) => (messages[key]?.message ?? key).replace('$1', sub ?? '');

const HTML = `<p>Sáng 1/3, Thủ tướng Phạm Minh Chính làm việc với Bộ trưởng Bộ Ngoại giao Lào Thongloun Sisoulith.</p>
<p>Hai bên nhắc lại Nghị định số 15/2020/NĐ-CP. <img src="x" onerror="window.__xss=1"><a href="javascript:alert(1)">bấm</a></p>
<p>Thủ tướng Phạm Minh Chính nhấn mạnh <a href="https://example.vn/hop-tac">hợp tác</a>.</p>`;

const ARTICLE: Article = {
  title: 'Thủ tướng tiếp Bộ trưởng Ngoại giao Lào',
  byline: 'Trần Thị Hoa',
  siteName: 'Báo Thử',
  publishedTime: '2026-03-01T08:00:00+07:00',
  lang: 'vi',
  excerpt: null,
  html: HTML,
  text: '',
  wordCount: 40,
  readingMinutes: 1,
  leadImage: null,
  canonicalUrl: null,
};

let host: HTMLElement;
beforeEach(() => {
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = vi.fn((key: string, subs?: string[]) =>
    msg(key, subs?.[0]),
  );
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const q = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const qa = (id: string) => [...host.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

function clippingWith(highlights: Highlight[]): Clipping {
  return {
    id: 'c1',
    url: 'https://vnexpress.net/a.html',
    canonicalUrl: 'https://vnexpress.net/a.html',
    title: ARTICLE.title,
    siteName: null,
    byline: null,
    publishedTime: null,
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: '',
    text: '',
    entities: [],
    highlights,
    note: '',
    tags: [],
    collectionId: 'default',
    savedAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
    extractorVersion: '1',
    contentHash: 'x',
  };
}

async function show(data: ReaderData | null, save = vi.fn(), onClose = vi.fn()) {
  await act(async () => {
    render(
      <Reader data={data} onClose={onClose} save={save} saveSettings={() => undefined} />,
      host,
    );
  });
  return { save, onClose };
}

const data = (existing: Clipping | null = null, article: Article | ExtractError = ARTICLE): ReaderData => ({
  url: 'https://vnexpress.net/a.html',
  reading: 'error' in article ? article : { article, text: '', entities: [], groups: [] },
  settings: DEFAULT_SETTINGS,
  existing,
});

describe('reader overlay', () => {
  it('shows title, site, byline, date and the sanitised article', async () => {
    await show(data());
    expect(q('reader')).not.toBeNull();
    expect(q('reader-title')!.textContent).toBe(ARTICLE.title);
    expect(q('reader-site')!.textContent).toBe('Báo Thử');
    expect(q('reader-byline')!.textContent).toBe('Trần Thị Hoa');
    expect(q('reader-date')!.textContent).toMatch(/2026/);
    const body = q('reader-body')!;
    expect(body.textContent).toContain('nhấn mạnh hợp tác');
    expect(body.innerHTML).not.toMatch(/onerror|javascript:/i);
    // The article's own link, plus the reading aids' legal-search links (components/aids).
    expect(body.querySelectorAll('a[href]:not([data-bg-aid])').length).toBe(1);
    for (const a of body.querySelectorAll('a[href]')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
  });

  it('lists recognised entities by type with counts and marks them in the reader only', async () => {
    await show(data());
    const rows = qa('entity-item').map((r) => ({ type: r.dataset.entityType, text: r.textContent ?? '' }));
    const officials = rows.filter((r) => r.type === 'official').map((r) => r.text);
    expect(officials.some((t) => t.includes('Phạm Minh Chính') && t.endsWith('2'))).toBe(true);
    expect(officials.some((t) => t.includes('Thongloun Sisoulith'))).toBe(true);
    expect(rows.some((r) => r.type === 'legal_document' && r.text.includes('15/2020/NĐ-CP'))).toBe(true);
    // jsdom has no CSS.highlights: the fallback marks live inside the reader body.
    expect(q('reader-body')!.querySelectorAll('mark[data-bg-paint="bg-official"]').length).toBeGreaterThan(0);
  });

  it('hides a type when its legend toggle is turned off', async () => {
    await show(data());
    const toggle = q('entity-toggle-official') as HTMLInputElement;
    await act(async () => {
      toggle.click();
    });
    expect(q('reader-body')!.querySelectorAll('mark[data-bg-paint="bg-official"]').length).toBe(0);
  });

  it('saves the article with the rendered text, entities and highlights; shows the saved state', async () => {
    const save = vi.fn(async (_draft: ClipDraft) => ({ clipping: clippingWith([]), alreadySaved: true }));
    await show(data(), save);
    await act(async () => {
      q('save-clip')!.click();
    });
    expect(save).toHaveBeenCalledTimes(1);
    const draft = save.mock.calls[0][0];
    expect(draft.kind).toBe('article');
    expect(draft.text).toBe(mapText(q('reader-body')!).text);
    expect(draft.entities.length).toBeGreaterThan(0);
    for (const e of draft.entities) expect(draft.text.slice(e.start, e.end)).toBe(e.text);
    expect(q('save-clip')!.textContent).toBe(msg('rdSavedBefore'));
  });

  it('re-anchors saved highlights and lists the ones that cannot be placed', async () => {
    const text = 'Sáng 1/3, Thủ tướng Phạm Minh Chính làm việc';
    const good: Highlight = {
      id: 'h1',
      color: 'green',
      quote: 'Phạm Minh Chính làm việc',
      selectors: describeRange(text, 20, 44),
      note: 'quan trọng',
      createdAt: '2026-03-01T00:00:00Z',
    };
    const lost: Highlight = {
      ...good,
      id: 'h2',
      quote: 'Một đoạn đã bị xoá khỏi bài viết này từ lâu',
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: 'Một đoạn đã bị xoá khỏi bài viết này từ lâu',
          prefix: '',
          suffix: '',
        },
      ],
    };
    await show(data(clippingWith([good, lost])));
    const marks = [...q('reader-body')!.querySelectorAll('mark[data-bg-paint="bg-hl-green"]')];
    expect(marks.map((m) => m.textContent).join('')).toBe('Phạm Minh Chính làm việc');
    const orphans = q('orphan-highlights')!;
    expect(orphans.textContent).toContain('Một đoạn đã bị xoá');
    expect(orphans.querySelectorAll('li').length).toBe(1);
    const listed = qa('highlight-item');
    expect(listed.map((el) => el.dataset.highlightId)).toEqual(['h1']);
    expect(listed[0].textContent).toContain('quan trọng');
    expect(q('save-clip')!.textContent).toBe(msg('rdSaved'));
  });

  it('shows the extraction error instead of an article, with a close button', async () => {
    const { onClose } = await show(data(null, { error: 'Trang quá lớn để đọc gọn.', code: 'too-large' }));
    expect(q('reader-error')!.textContent).toContain('Trang quá lớn');
    expect(q('reader-body')).toBeNull();
    q('reader-close')!.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  const escapeCases: { name: string; data: () => ReaderData | null }[] = [
    { name: 'article', data: () => data() },
    { name: 'error', data: () => data(null, { error: 'Không tìm thấy bài viết.', code: 'no-article' }) },
    { name: 'loading', data: () => null },
  ];
  for (const c of escapeCases) {
    it(`Escape closes the reader (${c.name} view)`, async () => {
      const { onClose } = await show(c.data());
      await act(async () => {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      });
      expect(onClose).toHaveBeenCalledTimes(1);
    });
  }

  it('other keys do not close the reader', async () => {
    const { onClose } = await show(data());
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    });
    expect(onClose).not.toHaveBeenCalled();
  });
});
