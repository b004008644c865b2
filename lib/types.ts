/** Shared record shapes of Báo Gọn. Pure types: no browser, no DOM implementation. */

/** What `extractArticle` returns for a readable article. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 with offset when known, e.g. "2024-08-12T10:30:00+07:00". */
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Article HTML, DOMPurify-sanitised; URLs absolute. */
  html: string;
  /** Plain text of the article body (paragraphs separated by blank lines). */
  text: string;
  wordCount: number;
  readingMinutes: number;
  leadImage: string | null;
  canonicalUrl: string | null;
}

/** Why no article could be extracted. `code` is stable; `message` is for people (Vietnamese). */
export interface ExtractError {
  error: string;
  code: 'too-large' | 'no-article' | 'failed';
}

/** Record shapes derived from the schemas in lib/schema.ts (defined there once). */
export type {
  Clipping,
  Collection,
  Detection,
  Entity,
  EntityType,
  Highlight,
  HighlightColor,
  Selector,
  TextPositionSelector,
  TextQuoteSelector,
} from './schema';
