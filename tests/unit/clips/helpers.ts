/** Test helpers for the clippings data layer: isolated databases and draft builders. */

import { type BaoGonDB, openDb } from '@/lib/clips/db';
import type { ClipDraft } from '@/lib/clips/draft';
import type { Entity, Highlight } from '@/lib/types';

let n = 0;

/** A fresh database with a unique name (fake-indexeddb, in memory). */
export function freshDb(): BaoGonDB {
  n += 1;
  return openDb(`bao-gon-test-${n}-${Math.random().toString(36).slice(2)}`);
}

/** An official entity found in `text`. */
export function official(text: string, name: string, key: string, start = 0): Entity {
  return { type: 'official', text, name, key, start, end: start + text.length, title: 'Bộ trưởng Bộ Nội vụ' };
}

/** A highlight with a quote at a position. */
export function highlight(id: string, quote: string, start: number, note = ''): Highlight {
  return {
    id,
    color: 'yellow',
    quote,
    note,
    createdAt: '2026-01-02T03:04:05.000Z',
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + quote.length },
    ],
  };
}

/** An article draft with Vietnamese text; fields overridable. */
export function draft(overrides: Partial<ClipDraft> = {}): ClipDraft {
  return {
    url: 'https://Bao.Example.vn/thoi-su/bai-viet-1.html',
    title: 'Bộ trưởng Bộ Nội vụ làm việc với tỉnh Đắk Lắk',
    siteName: 'Báo Ví Dụ',
    byline: 'Nguyễn Văn An',
    publishedTime: '2026-03-01T08:00:00+07:00',
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: '<p>Chiều 1/3, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã làm việc với lãnh đạo tỉnh.</p>',
    text: 'Chiều 1/3, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã làm việc với lãnh đạo tỉnh.',
    entities: [official('Phạm Thị Thanh Trà', 'Phạm Thị Thanh Trà', 'official:pham-thi-thanh-tra', 29)],
    highlights: [],
    ...overrides,
  };
}
