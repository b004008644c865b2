import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '@/components/viewer/ClippingHeader';
import { paintHighlights, wrapRange } from '@/components/viewer/marks';
import { addTag } from '@/components/viewer/TagsEditor';
import { rangeFromOffsets, textOf } from '@/lib/clips/dom-text';
import { highlightOf } from './helpers';

function article(html: string): HTMLElement {
  const el = document.createElement('div');
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  el.append(...[...body.childNodes].map((n) => document.importNode(n, true)));
  document.body.append(el);
  return el;
}

describe('wrapRange / paintHighlights', () => {
  it('wraps a range across inline and block elements, leaving the dom text unchanged', () => {
    const root = article('<p>Một <b>hai</b> ba</p>\n<p>bốn năm</p>');
    const before = textOf(root);
    const start = before.indexOf('hai');
    const end = before.indexOf('năm');
    const marks = wrapRange(rangeFromOffsets(root, start, end), () => document.createElement('mark'));
    expect(marks.map((m) => m.textContent)).toEqual(['hai', ' ba', 'bốn ']);
    expect(textOf(root)).toBe(before);
  });

  it.each([
    { name: 'overlapping highlights', quotes: ['hai ba', 'ba bốn'], expected: 2 },
    { name: 'same quote twice (context picks each)', quotes: ['Một', 'Một'], expected: 2 },
  ])('$name', ({ quotes, expected }) => {
    const root = article('<p>Một <b>hai</b> ba bốn</p><p>Một lần nữa</p>');
    const text = textOf(root);
    const hs = quotes.map((q, i) => {
      const h = highlightOf(`h${i}`, text, q);
      if (i === 1 && q === quotes[0]) {
        const at = text.lastIndexOf(q);
        h.selectors = [
          {
            type: 'TextQuoteSelector',
            exact: q,
            prefix: text.slice(Math.max(0, at - 8), at),
            suffix: text.slice(at + q.length, at + q.length + 8),
          },
          { type: 'TextPositionSelector', start: at, end: at + q.length },
        ];
      }
      return h;
    });
    const { placed, orphans } = paintHighlights(root, hs);
    expect(placed).toHaveLength(expected);
    expect(orphans).toHaveLength(0);
    for (const p of placed) expect(text.slice(p.start, p.end)).toBe(p.highlight.quote);
    expect(textOf(root)).toBe(text);
  });
});

describe('addTag', () => {
  it.each([
    { tags: [], raw: '  kinh   tế ', out: ['kinh tế'] },
    { tags: ['Kinh tế'], raw: 'kinh tế', out: ['Kinh tế'] },
    { tags: ['a'], raw: '   ', out: ['a'] },
  ])('$raw', ({ tags, raw, out }) => {
    expect(addTag(tags, raw)).toEqual(out);
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://vnexpress.net/a.html', 'https://vnexpress.net/a.html'],
    ['http://x.vn/', 'http://x.vn/'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,hi', null],
    ['not a url', null],
  ])('%s', (url, out) => {
    expect(safeHttpUrl(url)).toBe(out);
  });
});
