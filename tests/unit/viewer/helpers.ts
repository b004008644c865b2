/** Test helpers for the viewer: real locale messages behind `browser.i18n`, a clipping builder, waiting. */
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeRange } from '@/lib/clips/anchor';
import type { Clipping, Entity, Highlight, HighlightColor } from '@/lib/types';

const messages = JSON.parse(readFileSync('public/_locales/vi/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

/** Makes `browser.i18n.getMessage` answer from the Vietnamese locale file. */
export function mockI18n(): void {
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = vi.fn(
    (key: string) => messages[key]?.message ?? '',
  );
}

/** The Vietnamese message of `key`. */
export function msg(key: string): string {
  return messages[key]?.message ?? key;
}

/** A highlight of the first occurrence of `quote` in `text` (dom text of the rendered HTML). */
export function highlightOf(
  id: string,
  text: string,
  quote: string,
  note = '',
  color: HighlightColor = 'yellow',
): Highlight {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" not in text`);
  return {
    id,
    color,
    quote,
    note,
    selectors: describeRange(text, start, start + quote.length),
    createdAt: '2026-03-01T09:00:00.000Z',
  };
}

/** An official mention. */
export function officialEntity(
  text: string,
  start: number,
  key: string,
  extra: Partial<Entity> = {},
): Entity {
  return { type: 'official', text, start, end: start + text.length, key, name: text, ...extra };
}

/** A stored clipping with Vietnamese content; fields overridable. */
export function clipping(overrides: Partial<Clipping> = {}): Clipping {
  return {
    id: 'clip-1',
    url: 'https://bao.example.vn/thoi-su/bai-1.html',
    canonicalUrl: 'https://bao.example.vn/thoi-su/bai-1.html',
    title: 'Thủ tướng làm việc với tỉnh Quảng Ninh',
    siteName: 'Báo Ví Dụ',
    byline: 'Trần Thị Hoa',
    publishedTime: '2026-03-01T08:00:00+07:00',
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: '<p>Sáng 1/3, Thủ tướng Phạm Minh Chính làm việc với tỉnh Quảng Ninh.</p><p>Thủ tướng yêu cầu tỉnh đẩy mạnh chuyển đổi số.</p>',
    text: 'Sáng 1/3, Thủ tướng Phạm Minh Chính làm việc với tỉnh Quảng Ninh.\n\nThủ tướng yêu cầu tỉnh đẩy mạnh chuyển đổi số.',
    entities: [],
    highlights: [],
    note: '',
    tags: [],
    collectionId: 'default',
    savedAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    extractorVersion: 'test',
    contentHash: 'x',
    ...overrides,
  };
}

/** Waits until `check` stops throwing (re-renders and IndexedDB are asynchronous). */
export async function until<T>(check: () => T | Promise<T>, tries = 200): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await check();
    } catch (e) {
      last = e;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  throw last;
}
