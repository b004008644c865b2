/**
 * Reader: extracts the article of a page. Works on a CLONE of the document (the page itself
 * is never touched): Vietnamese site rules clean the clone, Readability finds the article,
 * the lead (sapo) is kept, metadata come from the untouched page, HTML is sanitised.
 */
import { Readability } from '@mozilla/readability';
import { languageCues, looksVietnamese } from '../detect/language';
import type { Article, ExtractError } from '../types';
import { pickAuthors, signOff } from './byline';
import { extractMetadata, fold } from './metadata';
import { sanitizeElement } from './sanitize';
import { applySiteRules } from './site-rules';
import { blockText, countWords, readingMinutes } from './text';

export interface ExtractOptions {
  /** Pages with more elements than this are refused (default 30 000). */
  maxElemsToParse?: number;
  /** Sanitiser for the article HTML (default `sanitizeHtml`). */
  sanitize?: (html: string) => string;
  /** Skip the Vietnamese site rules (plain Readability), for comparisons. */
  plain?: boolean;
}

export const DEFAULT_MAX_ELEMS = 30000;

export const MESSAGES = {
  tooLarge: 'Trang quá lớn để mở chế độ đọc (hơn {n} phần tử).',
  noArticle: 'Không tìm thấy nội dung bài viết trên trang này.',
  failed: 'Không trích xuất được bài viết: {reason}',
} as const;

function countElements(doc: Document): number {
  // getElementsByTagName('*').length is a cheap native count in browsers.
  return doc.getElementsByTagName('*').length;
}

/** Enough text, and not mostly links (a link list is not an article). */
function looksLikeArticle(root: Element, text: string): boolean {
  const total = fold(text).length;
  if (total < 120) return false;
  let links = 0;
  for (const a of Array.from(root.getElementsByTagName('a'))) links += fold(a.textContent).length;
  return links / total < 0.7;
}

/**
 * Extracts the main article of `document`.
 * @param document the page; only read, never modified.
 * @param url the page address (base of relative URLs, canonical fallback).
 * @returns the article, or an ExtractError with a Vietnamese message
 *   (`too-large`, `no-article`, `failed`).
 */
export function extractArticle(
  document: Document,
  url: string,
  opts: ExtractOptions = {},
): Article | ExtractError {
  const got = extractArticleBody(document, url, opts);
  return 'error' in got ? got : got.article;
}

/** An extracted article and, when it was sanitised in place, the element whose children are its HTML. */
export interface ExtractedBody {
  article: Article;
  /** The sanitised article in the inert working copy (children = `article.html`), or null. */
  body: Element | null;
}

/**
 * {@link extractArticle}, also giving the sanitised article element of the working copy, so that
 * its text can be read without parsing `article.html` again (lib/article.ts `readArticle`).
 */
export function extractArticleBody(
  document: Document,
  url: string,
  opts: ExtractOptions = {},
): ExtractedBody | ExtractError {
  const maxElems = opts.maxElemsToParse ?? DEFAULT_MAX_ELEMS;
  try {
    const count = countElements(document);
    if (maxElems > 0 && count > maxElems) {
      return { error: MESSAGES.tooLarge.replace('{n}', maxElems.toLocaleString('vi-VN')), code: 'too-large' };
    }
    const meta = extractMetadata(document, url);
    const clone = document.cloneNode(true) as Document;
    // Scripts (but JSON-LD, which Readability reads) and style sheets go first, as Readability
    // drops them anyway: the site rules then never walk nor fold their text.
    for (const el of Array.from(clone.querySelectorAll('script:not([type="application/ld+json" i]), style')))
      el.remove();
    const rules = opts.plain ? null : applySiteRules(clone, url, meta.excerpt);
    if (rules) {
      // The title is shown apart; a body copy of the headline would repeat it.
      for (const h of Array.from(clone.querySelectorAll('h1')))
        if (fold(h.textContent) === meta.title) h.remove();
    }
    const parsed = new Readability(clone, {
      maxElemsToParse: maxElems,
      charThreshold: 300,
      keepClasses: false,
      serializer: (el: Node) => el,
    }).parse() as {
      content: unknown;
      title?: string | null;
      byline?: string | null;
      excerpt?: string | null;
    } | null;
    const root = parsed?.content as Element | null | undefined;
    if (!parsed || !root) return { error: MESSAGES.noArticle, code: 'no-article' };

    let text = blockText(root);
    let leadEl: Element | null = null;
    if (rules?.lead && !fold(text).includes(fold(rules.lead))) {
      leadEl = clone.createElement('p');
      const strong = clone.createElement('strong');
      strong.textContent = rules.lead;
      leadEl.appendChild(strong);
      text = `${rules.lead}\n\n${text}`;
    }
    if (!looksLikeArticle(root, text)) return { error: MESSAGES.noArticle, code: 'no-article' };
    if (leadEl) root.insertBefore(leadEl, root.firstChild);
    // The article lives in the inert clone: sanitise it in place and serialise once.
    const who = meta.byline
      ? { byline: meta.byline, authors: meta.authors }
      : pickAuthors(
          [
            ...[signOff(root, text)].filter((t): t is string => !!t).map((t) => ({ text: t, structured: false })),
            ...meta.bylineSources.late,
            ...(parsed.byline ? [{ text: parsed.byline, structured: false }] : []),
          ],
          meta.bylineSources.owners,
        );
    const safe = opts.sanitize ? { html: opts.sanitize(root.innerHTML), inPlace: false } : sanitizeElement(root);
    const html = safe.html;
    const wordCount = countWords(text);
    let lang = meta.lang;
    if (!lang?.toLowerCase().startsWith('vi') && looksVietnamese(languageCues(text.slice(0, 3000))))
      lang = 'vi';
    const article: Article = {
      title: meta.title || fold(parsed.title),
      byline: who.byline,
      authors: who.authors,
      siteName: meta.siteName,
      publishedTime: meta.publishedTime,
      lang,
      excerpt: meta.excerpt ?? (fold(parsed.excerpt) || null),
      html,
      text,
      wordCount,
      readingMinutes: readingMinutes(wordCount),
      leadImage: meta.leadImage,
      canonicalUrl: meta.canonicalUrl,
    };
    return { article, body: safe.inPlace ? root : null };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    if (/Aborting parsing document/i.test(reason)) {
      return { error: MESSAGES.tooLarge.replace('{n}', maxElems.toLocaleString('vi-VN')), code: 'too-large' };
    }
    return { error: MESSAGES.failed.replace('{reason}', reason), code: 'failed' };
  }
}
