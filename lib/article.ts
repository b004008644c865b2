/**
 * The life of an article, in one function: extract → text → recognise.
 *
 * The reader, the popup's save path, the viewer and `npm run analyze` all call `readArticle`
 * (or `readText` for text that is already an article), so the text the corpus is scored on is
 * exactly the text users read and that highlights point into: the dom text (`mapText`) of the
 * sanitised article HTML, rendered in an inert document.
 */
import { mapText } from './clips/dom-text';
import { type EntityGroup, recognize } from './entities';
import { type ExtractOptions, extractArticleBody } from './reader';
import { sanitizeHtml, sanitizerDocument } from './reader/sanitize';
import type { Article, Entity, ExtractError } from './types';

export interface ReadOptions extends ExtractOptions {
  /** Watch-list phrases to mark as well (type 'watch'). */
  watchlist?: string[];
}

/** An article as users read it: `article.text === text`, entity offsets point into `text`. */
export interface ArticleReading {
  article: Article;
  text: string;
  entities: Entity[];
  groups: EntityGroup[];
}

/** True for an ExtractError. */
export function isExtractError(v: unknown): v is ExtractError {
  const e = v as ExtractError | null;
  return !!e && typeof e.error === 'string' && typeof e.code === 'string';
}

/** A document where HTML can be parsed without anything loading or running. */
function inertDocument(owner?: Document): Document {
  const impl = owner?.implementation?.createHTMLDocument
    ? owner.implementation
    : ((globalThis as { document?: Document }).document?.implementation ?? sanitizerDocument().implementation);
  return impl.createHTMLDocument('');
}

/**
 * The dom text of article HTML as the reader shows it: sanitised, rendered in an inert
 * document, read with `mapText` (blocks separated by blank lines, whitespace folded).
 */
export function renderedText(html: string, owner?: Document): string {
  const doc = inertDocument(owner);
  const div = doc.createElement('div');
  div.innerHTML = sanitizeHtml(html);
  doc.body.append(div);
  return mapText(div).text;
}

/** Recognises entities in text that is already an article's text (a clipping, a .txt file). */
export function readText(text: string, opts: { watchlist?: string[] } = {}): { entities: Entity[]; groups: EntityGroup[] } {
  return recognize(text, { watchlist: opts.watchlist });
}

/**
 * Pages whose text is longer than this are refused before any work (a news article is well under
 * 100 000 characters): extraction of such a page would block the page's main thread for seconds.
 */
export const MAX_PAGE_TEXT = 400_000;

export const TOO_LARGE_MESSAGE = 'Trang quá lớn để mở chế độ đọc (hơn {n} ký tự). / This page is too large for the reader.';

/** An ExtractError when the page's text is too long to extract without freezing the page, else null. */
export function tooLarge(document: Document, maxText = MAX_PAGE_TEXT): ExtractError | null {
  const length = document.body?.textContent?.length ?? 0;
  if (length <= maxText) return null;
  return { error: TOO_LARGE_MESSAGE.replace('{n}', maxText.toLocaleString('vi-VN')), code: 'too-large' };
}

/**
 * Extracts the article of `document` (never modified), renders its text as the reader shows it
 * and recognises the officials, agreements and legal documents in that text.
 */
export function readArticle(document: Document, url: string, opts: ReadOptions = {}): ArticleReading | ExtractError {
  const big = tooLarge(document);
  if (big) return big;
  const extracted = extractArticleBody(document, url, opts);
  if (isExtractError(extracted)) return extracted;
  // The article was sanitised in place in the inert working copy: its children ARE the safe HTML,
  // so its dom text is read there, without sanitising and parsing that HTML a second time.
  const text = extracted.body
    ? mapText(extracted.body).text
    : renderedText(extracted.article.html, document);
  const { entities, groups } = readText(text, opts);
  return { article: { ...extracted.article, text }, text, entities, groups };
}
