/** Reader actions that work on the page itself: a draft of the article, saving the selection. */
import { mapText, offsetsFromRange } from '@/lib/clips/dom-text';
import type { ClipDraft } from '@/lib/clips/draft';
import { isExtractError, readArticle, readText } from '@/lib/article';
import { sanitizeHtml } from '@/lib/reader/sanitize';
import type { Entity, ExtractError } from '@/lib/types';
import { articleDraft, selectionDraft } from './draft';

export { isExtractError, renderedText } from '@/lib/article';

/** A draft of the page's whole article (entities included), or the ExtractError. */
export function draftOfPage(
  doc: Document,
  url: string,
  watchlist: string[],
): { draft: ClipDraft } | ExtractError {
  const reading = readArticle(doc, url, { watchlist });
  if (isExtractError(reading)) return reading;
  return { draft: articleDraft(reading.article, url, reading.text, reading.entities, []) };
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
  const entities: Entity[] = readText(quote, { watchlist }).entities;
  return selectionDraft({ ...page, text: map.text, start, end, html: htmlOfRange(range), entities });
}
