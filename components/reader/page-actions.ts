/** Reader actions that work on the page itself: a draft of the article, saving the selection. */
import { mapText, offsetsFromRange } from '@/lib/clips/dom-text';
import type { ClipDraft } from '@/lib/clips/draft';
import { recognize } from '@/lib/entities';
import { extractArticle } from '@/lib/reader';
import { sanitizeHtml } from '@/lib/reader/sanitize';
import type { Article, Entity, ExtractError } from '@/lib/types';
import { articleDraft, selectionDraft } from './draft';

/** True for an ExtractError. */
export function isExtractError(v: Article | ExtractError): v is ExtractError {
  return typeof (v as ExtractError).error === 'string' && typeof (v as ExtractError).code === 'string';
}

/**
 * The article rendered off-page (an inert document: nothing loads or runs) and its dom text:
 * the same text the reader shows, so offsets of entities and highlights agree with it.
 */
export function renderedText(html: string): string {
  const doc = document.implementation.createHTMLDocument('');
  const div = doc.createElement('div');
  div.innerHTML = sanitizeHtml(html);
  doc.body.append(div);
  return mapText(div).text;
}

/** A draft of the page's whole article (entities included), or the ExtractError. */
export function draftOfPage(
  doc: Document,
  url: string,
  watchlist: string[],
): { draft: ClipDraft } | ExtractError {
  const article = extractArticle(doc, url);
  if (isExtractError(article)) return article;
  const text = renderedText(article.html);
  const { entities } = recognize(text, { watchlist });
  return { draft: articleDraft(article, url, text, entities, []) };
}

/** Serialises a range's content as sanitised HTML (in an inert document). */
export function htmlOfRange(range: Range): string {
  const doc = document.implementation.createHTMLDocument('');
  const div = doc.createElement('div');
  div.append(doc.importNode(range.cloneContents(), true));
  return sanitizeHtml(div.innerHTML);
}

/**
 * A 'selection' draft of `range` inside `root` (the page body or the reader's article), with
 * selectors into the dom text of `root`, or null when the range holds no text.
 */
export function draftOfSelection(
  root: Node,
  range: Range,
  page: { url: string; title: string; siteName: string | null; lang: string | null },
  watchlist: string[],
): ClipDraft | null {
  const map = mapText(root);
  const { start, end } = offsetsFromRange(root, range, map);
  const quote = map.text.slice(start, end);
  if (!quote.trim()) return null;
  const entities: Entity[] = recognize(quote, { watchlist }).entities;
  return selectionDraft({ ...page, text: map.text, start, end, html: htmlOfRange(range), entities });
}
