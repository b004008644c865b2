/** Article extraction (work in progress). */
import { Readability } from '@mozilla/readability';
import type { Article, ExtractError } from '../types';

export interface ExtractOptions {
  maxElemsToParse?: number;
}

/** Extract the main article of `document` (never mutates it). */
export function extractArticle(document: Document, url: string, opts: ExtractOptions = {}): Article | ExtractError {
  const clone = document.cloneNode(true) as Document;
  try {
    const r = new Readability(clone, { maxElemsToParse: opts.maxElemsToParse ?? 30000 }).parse();
    if (!r) return { error: 'Không tìm thấy bài viết trên trang này.', code: 'no-article' };
    const text = (r.textContent ?? '').trim();
    const wordCount = text.split(/\s+/).filter(Boolean).length;
    return {
      title: r.title ?? '',
      byline: r.byline ?? null,
      siteName: r.siteName ?? null,
      publishedTime: r.publishedTime ?? null,
      lang: r.lang ?? null,
      excerpt: r.excerpt ?? null,
      html: r.content ?? '',
      text,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / 220)),
      leadImage: null,
      canonicalUrl: url,
    };
  } catch (e) {
    return { error: `Không trích xuất được bài viết: ${String(e)}`, code: 'failed' };
  }
}
