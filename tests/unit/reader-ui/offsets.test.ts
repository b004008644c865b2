import { describe, expect, it } from 'vitest';
import { makeHighlight, selectionDraft } from '@/components/reader/draft';
import { createPainter, PAINT_ATTRIBUTE } from '@/components/reader/paint';
import { anchorSelectors } from '@/lib/clips/anchor';
import { mapText, rangeFromOffsets } from '@/lib/clips/dom-text';
import { recognize } from '@/lib/entities';

/** Article HTML the way extractors leave it: indentation, split text nodes, inline markup. */
const HTML = `
  <h2>  Hội đàm   cấp cao </h2>
  <p>Sáng 1/3, <b>Thủ tướng</b>
     Phạm Minh Chính làm việc với Bộ trưởng Bộ Ngoại giao Lào
     <a href="https://example.vn/x">Thongloun Sisoulith</a>.</p>
  <figure><img src="https://example.vn/a.jpg" alt=""><figcaption>Ảnh:   TTXVN</figcaption></figure>
  <p>Hai bên nhắc lại Nghị định số 15/2020/NĐ-CP.&nbsp;Thủ tướng Phạm Minh Chính nhấn mạnh.</p>
`;

function article(html = HTML): HTMLElement {
  const div = document.createElement('div');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  div.append(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  document.body.append(div);
  return div;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('reader text offsets ↔ DOM ranges', () => {
  it('every entity recognised over the dom text maps to a range holding exactly its text', () => {
    const root = article();
    const map = mapText(root);
    const { entities } = recognize(map.text);
    const types = new Set(entities.map((e) => e.type));
    expect(types.has('official')).toBe(true);
    expect(types.has('legal_document')).toBe(true);
    for (const e of entities) {
      const range = rangeFromOffsets(root, e.start, e.end, map);
      expect(squash(range.toString())).toBe(squash(e.text));
    }
    root.remove();
  });

  const paintCases = [
    { name: 'a name split over <b> and a text node', quote: 'Thủ tướng Phạm Minh Chính' },
    { name: 'a name inside a link', quote: 'Thongloun Sisoulith' },
    { name: 'text across an nbsp', quote: 'NĐ-CP. Thủ tướng' },
  ];
  for (const c of paintCases) {
    it(`<mark> fallback paints ${c.name} without changing the dom text`, () => {
      const root = article();
      const before = mapText(root).text;
      const start = before.indexOf(c.quote);
      expect(start).toBeGreaterThanOrEqual(0);
      const painter = createPainter(root, { forceMarks: true });
      expect(painter.mode).toBe('marks');
      painter.paint('bg-official', [{ start, end: start + c.quote.length }]);
      const marks = Array.from(root.querySelectorAll(`mark[${PAINT_ATTRIBUTE}="bg-official"]`));
      expect(marks.length).toBeGreaterThan(0);
      expect(squash(marks.map((m) => m.textContent).join(' '))).toBe(c.quote);
      expect(mapText(root).text).toBe(before);
      painter.clearAll();
      expect(root.querySelectorAll('mark').length).toBe(0);
      expect(mapText(root).text).toBe(before);
      root.remove();
    });
  }

  it('repainting a name replaces only its own marks', () => {
    const root = article();
    const text = mapText(root).text;
    const a = text.indexOf('Thongloun');
    const b = text.indexOf('Nghị định');
    const painter = createPainter(root, { forceMarks: true });
    painter.paint('bg-official', [{ start: a, end: a + 9 }]);
    painter.paint('bg-legal_document', [{ start: b, end: b + 9 }]);
    painter.paint('bg-official', []);
    expect(root.querySelectorAll(`mark[${PAINT_ATTRIBUTE}="bg-official"]`).length).toBe(0);
    expect(root.querySelector(`mark[${PAINT_ATTRIBUTE}="bg-legal_document"]`)?.textContent).toBe('Nghị định');
    root.remove();
  });

  it('a highlight made in the reader re-anchors in the same text and after whitespace changes', () => {
    const root = article();
    const text = mapText(root).text;
    const start = text.indexOf('Phạm Minh Chính làm việc');
    const h = makeHighlight(
      text,
      start,
      start + 24,
      'green',
      '  ghi chú ',
      new Date('2026-03-01T00:00:00Z'),
      'h1',
    );
    expect(h).toMatchObject({ id: 'h1', color: 'green', quote: 'Phạm Minh Chính làm việc', note: 'ghi chú' });
    expect(anchorSelectors(text, h.selectors)).toEqual({ start, end: start + 24, exact: true });
    const changed = article(HTML.replace('Sáng 1/3,', 'Sáng thứ Bảy 1/3 vừa qua,'));
    const placed = anchorSelectors(mapText(changed).text, h.selectors);
    expect(placed && mapText(changed).text.slice(placed.start, placed.end)).toBe('Phạm Minh Chính làm việc');
    root.remove();
    changed.remove();
  });

  it('a selection draft carries quote, TextQuote and TextPosition selectors', () => {
    const text = 'Mở đầu.\n\nBộ trưởng Bộ Công Thương ký thỏa thuận.\n\nKết.';
    const start = text.indexOf('Bộ trưởng');
    const end = text.indexOf(' ký');
    const draft = selectionDraft({
      url: 'https://vnexpress.net/a.html',
      title: 'Tin',
      siteName: null,
      lang: 'vi',
      text,
      start,
      end,
      html: '<p>Bộ trưởng Bộ Công Thương</p>',
      entities: [],
    });
    expect(draft.kind).toBe('selection');
    expect(draft.quote).toBe('Bộ trưởng Bộ Công Thương');
    expect(draft.text).toBe('Bộ trưởng Bộ Công Thương');
    expect(draft.selectors).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: 'Bộ trưởng Bộ Công Thương',
        prefix: 'Mở đầu.\n\n',
        suffix: ' ký thỏa thuận.\n\nKết.',
      },
      { type: 'TextPositionSelector', start, end },
    ]);
  });
});
