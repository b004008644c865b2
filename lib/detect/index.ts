/** Cheap detection of Vietnamese news articles (work in progress). */
import type { Detection } from '../types';
import { isKnownNewsHost } from './domains';

/** Decide whether `document` at `url` is a Vietnamese news article. */
export function detectPage(document: Document, url: string): Detection {
  const reasons: string[] = [];
  const lang = (document.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const isVietnamese = lang.startsWith('vi');
  if (isVietnamese) reasons.push(`html lang=${lang}`);
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {}
  const known = isKnownNewsHost(host);
  if (known) reasons.push('known news domain');
  const ogType = document.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  const isNewsArticle = ogType === 'article';
  if (isNewsArticle) reasons.push('og:type=article');
  const isVietnameseNews = isVietnamese && isNewsArticle;
  return { isVietnamese, isNewsArticle, isVietnameseNews, score: isVietnameseNews ? 1 : 0, reasons };
}
