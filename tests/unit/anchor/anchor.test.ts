import { describe, expect, it } from 'vitest';
import { anchorSelectors, describeRange } from '@/lib/clips/anchor';
import { fold } from '@/lib/clips/anchor-fold';
import type { Selector } from '@/lib/types';

const ARTICLE =
  'Chiều 1/3, Bộ trưởng Bộ Nội vụ đã làm việc với lãnh đạo tỉnh về sắp xếp bộ máy. ' +
  'Theo kế hoạch, tỉnh sẽ hoàn thành việc sáp nhập các xã trước tháng 6. ' +
  'Lãnh đạo tỉnh cho biết việc hòa hợp giữa các đơn vị đang được chuẩn bị kỹ lưỡng. ' +
  'Kế hoạch sẽ được báo cáo lên Chính phủ. Kế hoạch sẽ được báo cáo lên Quốc hội vào kỳ họp tới.';

/** Selectors of the first occurrence of `quote` (after `after`, if given) in ARTICLE. */
function sel(quote: string, after = 0, text = ARTICLE): Selector[] {
  const start = text.indexOf(quote, after);
  if (start < 0) throw new Error(`fixture: ${quote} not in text`);
  return describeRange(text, start, start + quote.length);
}

describe('describeRange', () => {
  it.each([
    { name: 'middle', start: 11, end: 30, context: 5 },
    { name: 'at start', start: 0, end: 5, context: 32 },
    { name: 'at end', start: ARTICLE.length - 4, end: ARTICLE.length, context: 32 },
  ])('$name', ({ start, end, context }) => {
    const [q, p] = describeRange(ARTICLE, start, end, { context });
    expect(q.type).toBe('TextQuoteSelector');
    expect(q.exact).toBe(ARTICLE.slice(start, end));
    expect(q.prefix).toBe(ARTICLE.slice(Math.max(0, start - context), start));
    expect(q.suffix).toBe(ARTICLE.slice(end, end + context));
    expect(p).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('clamps and orders offsets', () => {
    const [q, p] = describeRange('abcdef', 10, 2);
    expect(p).toEqual({ type: 'TextPositionSelector', start: 2, end: 6 });
    expect(q.exact).toBe('cdef');
  });
});

interface Case {
  name: string;
  /** Text the selectors were made on. */
  before: string;
  /** Quote in `before` and which occurrence (index to search from). */
  quote: string;
  from?: number;
  /** Text to anchor in now. */
  after: string;
  /** Expected placed text (null: orphan). */
  expected: string | null;
  /** Expected start in `after` (when the placed text alone is ambiguous). */
  expectedStart?: number;
  exact?: boolean;
}

const dupFirst = ARTICLE.indexOf('Kế hoạch sẽ được báo cáo lên');
const dupSecond = ARTICLE.indexOf('Kế hoạch sẽ được báo cáo lên', dupFirst + 1);
const moved = `Cập nhật lúc 10 giờ. Tin mới nhất. ${ARTICLE}`;

const cases: Case[] = [
  {
    name: 'exact at its position',
    before: ARTICLE,
    quote: 'Bộ trưởng Bộ Nội vụ',
    after: ARTICLE,
    expected: 'Bộ trưởng Bộ Nội vụ',
    expectedStart: ARTICLE.indexOf('Bộ trưởng'),
    exact: true,
  },
  {
    name: 'moved position (text inserted before)',
    before: ARTICLE,
    quote: 'sáp nhập các xã',
    after: moved,
    expected: 'sáp nhập các xã',
    expectedStart: moved.indexOf('sáp nhập các xã'),
    exact: true,
  },
  {
    name: 'duplicate quote, second occurrence chosen by context',
    before: ARTICLE,
    quote: 'Kế hoạch sẽ được báo cáo lên',
    from: dupSecond,
    after: moved,
    expected: 'Kế hoạch sẽ được báo cáo lên',
    expectedStart: moved.indexOf('Kế hoạch sẽ được báo cáo lên', moved.indexOf('Chính phủ')),
    exact: true,
  },
  {
    name: 'duplicate quote, first occurrence chosen by context',
    before: ARTICLE,
    quote: 'Kế hoạch sẽ được báo cáo lên',
    from: dupFirst,
    after: moved,
    expected: 'Kế hoạch sẽ được báo cáo lên',
    expectedStart: moved.indexOf('Kế hoạch sẽ được báo cáo lên'),
    exact: true,
  },
  {
    name: 'edited text (a word changed inside the quote)',
    before: ARTICLE,
    quote: 'tỉnh sẽ hoàn thành việc sáp nhập các xã trước tháng 6',
    after: ARTICLE.replace('hoàn thành việc sáp nhập', 'hoàn tất việc sáp nhập'),
    expected: 'tỉnh sẽ hoàn tất việc sáp nhập các xã trước tháng 6',
    exact: false,
  },
  {
    name: 'edited text (characters inserted and removed around the quote)',
    before: ARTICLE,
    quote: 'đang được chuẩn bị kỹ lưỡng',
    after: ARTICLE.replace('đang được chuẩn bị kỹ lưỡng', 'đang đuợc chuẩn bị rất kỹ lưỡng'),
    expected: 'đang đuợc chuẩn bị rất kỹ lưỡng',
    exact: false,
  },
  {
    name: 'NFD text',
    before: ARTICLE,
    quote: 'lãnh đạo tỉnh về sắp xếp bộ máy',
    after: ARTICLE.normalize('NFD'),
    expected: 'lãnh đạo tỉnh về sắp xếp bộ máy'.normalize('NFD'),
    exact: false,
  },
  {
    name: 'old/new tone placement (hòa → hoà)',
    before: ARTICLE,
    quote: 'việc hòa hợp giữa các đơn vị',
    after: ARTICLE.replace('hòa hợp', 'hoà hợp'),
    expected: 'việc hoà hợp giữa các đơn vị',
    exact: false,
  },
  {
    name: 'whitespace changes (line breaks, double and no-break spaces)',
    before: ARTICLE,
    quote: 'Theo kế hoạch, tỉnh sẽ hoàn thành',
    after: ARTICLE.replace('Theo kế hoạch, tỉnh sẽ', 'Theo  kế\nhoạch,\u00a0tỉnh   sẽ'),
    expected: 'Theo  kế\nhoạch,\u00a0tỉnh   sẽ hoàn thành',
    exact: false,
  },
  {
    name: 'deleted passage is an orphan',
    before: ARTICLE,
    quote: 'Lãnh đạo tỉnh cho biết việc hòa hợp giữa các đơn vị',
    after: ARTICLE.replace(/Lãnh đạo tỉnh cho biết[^.]*\. /, ''),
    expected: null,
  },
  {
    name: 'empty text is an orphan',
    before: ARTICLE,
    quote: 'sắp xếp bộ máy',
    after: '',
    expected: null,
  },
];

describe('anchorSelectors', () => {
  it.each(cases)('$name', ({ before, quote, from, after, expected, expectedStart, exact }) => {
    const got = anchorSelectors(after, sel(quote, from ?? 0, before));
    if (expected === null) {
      expect(got).toBeNull();
      return;
    }
    expect(got).not.toBeNull();
    expect(after.slice(got!.start, got!.end)).toBe(expected);
    if (expectedStart !== undefined) expect(got!.start).toBe(expectedStart);
    if (exact !== undefined) expect(got!.exact).toBe(exact);
  });

  it.each([
    {
      name: 'position only, in range',
      selectors: [{ type: 'TextPositionSelector', start: 0, end: 5 }],
      ok: true,
    },
    {
      name: 'position only, out of range',
      selectors: [{ type: 'TextPositionSelector', start: 0, end: 1e6 }],
      ok: false,
    },
    { name: 'no selectors', selectors: [], ok: false },
    {
      name: 'empty quote',
      selectors: [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }],
      ok: false,
    },
  ] as { name: string; selectors: Selector[]; ok: boolean }[])('$name', ({ selectors, ok }) => {
    const got = anchorSelectors(ARTICLE, selectors);
    expect(got !== null).toBe(ok);
  });

  it('a short quote with no fitting context is not placed on a look-alike elsewhere', () => {
    const selectors = describeRange('xxxx Hà Tĩnh yyyy', 5, 12);
    expect(anchorSelectors('Bài viết về Hà Tiên và biển.', selectors)).toBeNull();
  });

  it('places a long quote in a 50 KB text after edits', () => {
    const para = (i: number) =>
      `Đoạn ${i}: Ủy ban nhân dân tỉnh đã ban hành quyết định số ${i}/QĐ-UBND về việc phê duyệt đề án. `;
    const parts: string[] = [];
    for (let i = 0; parts.join('').length < 50_000; i++) parts.push(para(i));
    const text = parts.join('');
    const start = text.indexOf('Đoạn 300:');
    const end = text.indexOf('Đoạn 306:');
    const selectors = describeRange(text, start, end);
    const edited =
      text.slice(0, start) +
      'Tin mới. ' +
      text.slice(start, end).replace(/đề án/g, 'dự án') +
      text.slice(end);
    const got = anchorSelectors(edited, selectors);
    expect(got).not.toBeNull();
    expect(edited.slice(got!.start, got!.start + 9)).toBe('Đoạn 300:');
    expect(got!.exact).toBe(false);
  });
});

describe('fold', () => {
  it.each([
    { name: 'NFC and NFD agree', a: 'Hòa bình', b: 'Hòa bình'.normalize('NFD') },
    { name: 'tone placement', a: 'hoà thuận', b: 'hòa thuận' },
    { name: 'case, đ and whitespace', a: 'ĐÀ  NẴNG\n', b: 'đà nẵng' },
    { name: 'typographic quotes and dashes', a: '“Luật” – 2024', b: '"luật" - 2024' },
  ])('$name', ({ a, b }) => {
    expect(fold(a).text.trim()).toBe(fold(b).text.trim());
  });

  it('maps folded characters back to the original, marks included', () => {
    const s = 'Xin  chào'.normalize('NFD');
    const f = fold(s);
    expect(f.text).toBe('xin chao');
    const at = f.text.indexOf('chao');
    expect(s.slice(f.starts[at], f.ends[at + 3])).toBe('chào'.normalize('NFD'));
  });
});
