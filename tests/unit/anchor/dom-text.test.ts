import { describe, expect, it } from 'vitest';
import { mapText, offsetsFromRange, rangeFromOffsets, textOf } from '@/lib/clips/dom-text';

function root(html: string): HTMLElement {
  const el = document.createElement('div');
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  el.append(...[...body.childNodes].map((n) => document.importNode(n, true)));
  document.body.append(el);
  return el;
}

describe('textOf', () => {
  it.each([
    { name: 'inline elements join', html: '<p>Bộ <b>trưởng</b> <i>Nội</i> vụ</p>', text: 'Bộ trưởng Nội vụ' },
    { name: 'whitespace collapses', html: '<p>  a \n\t b&nbsp;&nbsp;c  </p>', text: 'a b c' },
    {
      name: 'blocks separated by a blank line',
      html: '<h1>Tiêu đề</h1>\n  <p>Một</p><p>Hai</p>',
      text: 'Tiêu đề\n\nMột\n\nHai',
    },
    { name: 'br is a line break', html: '<p>dòng 1<br>dòng 2</p>', text: 'dòng 1\ndòng 2' },
    {
      name: 'nested blocks give one break',
      html: '<div><div><p>a</p></div></div><div><p>b</p></div>',
      text: 'a\n\nb',
    },
    { name: 'list items', html: '<ul><li>một</li><li>hai</li></ul>', text: 'một\n\nhai' },
    {
      name: 'table cells',
      html: '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>',
      text: 'a b\n\nc',
    },
    { name: 'script/style skipped', html: '<p>a<script>x()</script><style>p{}</style> b</p>', text: 'a b' },
    { name: 'skip attribute', html: '<p>a <span data-dom-text-skip>note</span>b</p>', text: 'a b' },
    { name: 'empty', html: '<p> </p>', text: '' },
  ])('$name', ({ html, text }) => {
    expect(textOf(root(html))).toBe(text);
  });

  it('does not change when a text node is split and wrapped in a mark', () => {
    const r = root('<p>Chiều 1/3, Bộ trưởng   Bộ Nội vụ</p><p>đã làm việc</p>');
    const before = textOf(r);
    const range = rangeFromOffsets(r, 11, 20);
    const mark = document.createElement('mark');
    range.surroundContents(mark);
    expect(mark.textContent).toBe('Bộ trưởng');
    expect(textOf(r)).toBe(before);
  });
});

describe('rangeFromOffsets / offsetsFromRange', () => {
  const html =
    '<h2>Tin  nóng</h2>\n<p>Chiều 1/3, <a href="#">Bộ trưởng</a> Bộ Nội vụ\n đã làm việc.</p><p>Đoạn <em>thứ</em> hai.</p>';

  it.each([
    { name: 'inside one node', quote: 'Chiều' },
    { name: 'across inline elements', quote: '1/3, Bộ trưởng Bộ' },
    { name: 'over a collapsed whitespace run', quote: 'Nội vụ đã làm' },
    { name: 'across blocks', quote: 'làm việc.\n\nĐoạn thứ' },
    { name: 'whole text', quote: 'Tin nóng\n\nChiều 1/3, Bộ trưởng Bộ Nội vụ đã làm việc.\n\nĐoạn thứ hai.' },
  ])('$name round-trips', ({ quote }) => {
    const r = root(html);
    const text = textOf(r);
    const start = text.indexOf(quote);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = rangeFromOffsets(r, start, start + quote.length);
    // Range#toString has no block breaks; compare the characters.
    expect(range.toString().replace(/\s+/g, '')).toBe(quote.replace(/\s+/g, ''));
    expect(offsetsFromRange(r, range)).toEqual({ start, end: start + quote.length });
  });

  it('a span that is only a block break collapses', () => {
    const r = root('<p>a</p><p>b</p>');
    expect(rangeFromOffsets(r, 1, 3).collapsed).toBe(true);
  });

  it('range ends on block breaks snap inwards', () => {
    const r = root('<p>ab</p><p>cd</p>');
    const range = rangeFromOffsets(r, 2, 6);
    expect(range.toString()).toBe('cd');
  });

  it('element boundary points resolve to the nearest text', () => {
    const r = root('<p>ab</p><p>cd</p>');
    const [p1, p2] = [...r.querySelectorAll('p')];
    const range = document.createRange();
    range.setStart(p1, 0);
    range.setEnd(p2, 1);
    expect(offsetsFromRange(r, range)).toEqual({ start: 0, end: 6 });
    range.setStart(r, 1);
    range.setEnd(r, 2);
    expect(offsetsFromRange(r, range)).toEqual({ start: 4, end: 6 });
  });

  it('maps every character of a Vietnamese paragraph to its node', () => {
    const r = root('<p>Thủ tướng <b>Phạm Minh Chính</b> chủ trì.</p>');
    const map = mapText(r);
    for (let i = 0; i < map.text.length; i++) {
      const range = rangeFromOffsets(r, i, i + 1, map);
      expect(range.toString()).toBe(map.text[i]);
    }
  });
});
