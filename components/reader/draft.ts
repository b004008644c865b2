/** Building ClipDrafts in the content script: the whole article, or a selection of the page. */
import { describeRange } from '@/lib/clips/anchor';
import type { ClipDraft } from '@/lib/clips/draft';
import type { Article, Entity, Highlight } from '@/lib/types';

/** A draft of the whole article; `text` is the reader's dom text, the one `entities` and highlights refer to. */
export function articleDraft(
  article: Article,
  url: string,
  text: string,
  entities: readonly Entity[],
  highlights: readonly Highlight[],
): ClipDraft {
  return {
    url,
    title: article.title || url,
    siteName: article.siteName,
    byline: article.byline,
    publishedTime: article.publishedTime,
    lang: article.lang,
    kind: 'article',
    selectors: [],
    html: article.html,
    text,
    entities: [...entities],
    highlights: [...highlights],
  };
}

/** The page a selection is saved from: its own metadata (a passage carries its article's site, author, date). */
export interface SelectionPage {
  url: string;
  title: string;
  siteName: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  lang: string | null;
}

/** What a selection draft needs to know about the page. */
export interface SelectionSource extends SelectionPage {
  /** The dom text the selection offsets refer to. */
  text: string;
  start: number;
  end: number;
  /** Sanitised HTML of the selection. */
  html: string;
  entities: readonly Entity[];
}

/** A draft of kind 'selection' with TextQuote/TextPosition selectors into `src.text`. */
export function selectionDraft(src: SelectionSource): ClipDraft {
  const selectors = describeRange(src.text, src.start, src.end);
  const quote = selectors[0].exact;
  return {
    url: src.url,
    title: src.title || src.url,
    siteName: src.siteName,
    byline: src.byline ?? null,
    publishedTime: src.publishedTime ?? null,
    lang: src.lang,
    kind: 'selection',
    quote,
    selectors,
    html: src.html,
    text: quote,
    entities: [...src.entities],
    highlights: [],
  };
}

/** A new user highlight of `text.slice(start, end)`. */
export function makeHighlight(
  text: string,
  start: number,
  end: number,
  color: Highlight['color'],
  note: string,
  now: Date = new Date(),
  id: string = newId(),
): Highlight {
  const selectors = describeRange(text, start, end);
  return { id, color, quote: selectors[0].exact, selectors, note: note.trim(), createdAt: now.toISOString() };
}

function newId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `h-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
