/** Shared record shapes of Báo Gọn. Pure types: no browser, no DOM implementation. */
import type { PageMetadata } from './reader/metadata';

/**
 * What `extractArticle` returns for a readable article: the page's metadata (title, byline, site,
 * `publishedTime` as ISO 8601 with offset when known, lang, excerpt, lead image, canonical URL)
 * and its body.
 */
export interface Article extends Omit<PageMetadata, 'bylineSources' | 'authors'> {
  /** The people the byline names, one per entry (never the site or publisher). */
  authors?: string[];
  /** Article HTML, DOMPurify-sanitised; URLs absolute. */
  html: string;
  /** Plain text of the article body (paragraphs separated by blank lines). */
  text: string;
  wordCount: number;
  readingMinutes: number;
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
