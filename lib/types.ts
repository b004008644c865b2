/** Shared record shapes of Báo Gọn. Pure types: no browser, no DOM implementation. */

/** What `detectPage` says about a page, with the signals that led there. */
export interface Detection {
  isVietnamese: boolean;
  isNewsArticle: boolean;
  isVietnameseNews: boolean;
  /** 0..1, higher is more confident the page is a Vietnamese news article. */
  score: number;
  /** Human-readable signals, e.g. "html lang=vi", "og:type=article", "known news domain". */
  reasons: string[];
}

/** What `extractArticle` returns for a readable article. */
export interface Article {
  title: string;
  byline: string | null;
  /** The people the byline names, one per entry (never the site or publisher). */
  authors?: string[];
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

export type EntityType = 'official' | 'agreement' | 'legal_document' | 'watch';

/** One recognised mention in a text. `text.slice(start, end) === entity.text` in the text as given. */
export interface Entity {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  /** Officials: the person's fullest name in the text. */
  name?: string;
  /** Officials: the main office of this mention (without the name). */
  title?: string;
  /** Officials: every office attached to the person anywhere in the text. */
  titles?: string[];
  /** English rendering of `title` from the glossary, when known. */
  titleEn?: string;
  /** Grouping key: mentions of the same person/instrument/document share it. */
  key: string;
}

/** W3C Web Annotation selectors for re-anchoring a quote in an article's text. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export type Selector = TextQuoteSelector | TextPositionSelector;

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';

export interface Highlight {
  id: string;
  color: HighlightColor;
  quote: string;
  selectors: Selector[];
  note: string;
  createdAt: string;
}

export interface Clipping {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  kind: 'article' | 'selection';
  quote?: string;
  selectors: Selector[];
  html: string;
  text: string;
  entities: Entity[];
  highlights: Highlight[];
  note: string;
  tags: string[];
  collectionId: string;
  /** ISO 8601 timestamps. */
  savedAt: string;
  updatedAt: string;
  extractorVersion: string;
  contentHash: string;
}

export interface Collection {
  id: string;
  name: string;
  createdAt: string;
}
