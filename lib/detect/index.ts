/**
 * Cheap detection of Vietnamese news articles, safe to run on every page load in a content
 * script: head metadata, the headline and its surroundings, up to 300 paragraphs, the domain
 * prior, and `isProbablyReaderable` only when the other signals leave the answer open.
 * Never mutates the document.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { Detection } from '../types';
import { isKnownNewsHost } from './domains';
import { clearlyNotVietnamese, languageCues, looksVietnamese } from './language';
import {
  findHeadline,
  metaSignals,
  type ParagraphSignals,
  paragraphSignals,
  type RegionSignals,
  regionSignals,
  urlShape,
} from './page-signals';

/** Score at or above which a page counts as a news article. */
export const ARTICLE_THRESHOLD = 3;

const ARTICLE_LD_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
]);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Decides whether `document` (at `url`) is a Vietnamese news article.
 * @param document the page, parsed; it is only read.
 * @param url the page address (used for the known-domain prior and the URL shape).
 * @returns the decision, a 0..1 score and human-readable reasons.
 */
export function detectPage(document: Document, url: string): Detection {
  const reasons: string[] = [];
  const meta = metaSignals(document);
  const headline = findHeadline(document, meta);
  const declared = meta.declaredLang?.toLowerCase() ?? '';
  const declaredVi = /^vi\b|^vi[-_]/.test(declared) || declared === 'vi';
  // Title, description and headline usually settle the language; when they clearly are not
  // Vietnamese (and the page does not declare vi) the paragraphs are not read at all.
  const headCues = languageCues(`${meta.title} ${meta.description} ${headline.headline ?? ''}`);
  const skipBody = !declaredVi && headCues.letters >= 40 && headCues.viLetterRatio < 0.01;
  const ldArticle = meta.ldTypes.find((t) => ARTICLE_LD_TYPES.has(t));
  const host = hostOf(url);
  const knownHost = !!host && isKnownNewsHost(host);
  const shape = urlShape(url);
  // Metadata alone can make the case (JSON-LD article, og:type, publication time, headline,
  // known domain, article URL) for a page whose title is plainly Vietnamese: then the body is
  // not scanned either.
  const metaScore =
    (ldArticle ? 2 : 0) +
    (meta.ogType === 'article' ? 1 : 0) +
    (meta.publishedMeta ? 1 : 0) +
    (headline.headline ? 1.5 : 0) +
    (knownHost ? 1 : 0) +
    (shape === 'article' ? 1 : shape === 'section' ? -2 : 0);
  const metaSuffices =
    !skipBody && metaScore >= ARTICLE_THRESHOLD + 3 && headCues.letters >= 60 && looksVietnamese(headCues);
  const paras: ParagraphSignals =
    skipBody || metaSuffices
      ? { mainBlockText: 0, longParagraphs: 0, sample: '', legalDocument: false }
      : paragraphSignals(document);
  let region: RegionSignals | null = null;
  const measureRegion = (): RegionSignals | null => {
    if (!region && headline.element) region = regionSignals(headline.element);
    return region;
  };

  // --- language ---
  let sample =
    skipBody || metaSuffices
      ? ''
      : `${meta.title} ${meta.description} ${headline.headline ?? ''} ${paras.sample}`;
  if (!skipBody && !metaSuffices && sample.length < 800) sample += ` ${measureRegion()?.regionSample ?? ''}`;
  const cues = skipBody || metaSuffices ? headCues : languageCues(sample);
  if (declared) reasons.push(`declared language: ${declared}`);
  let isVietnamese: boolean;
  if (skipBody) {
    isVietnamese = false;
    reasons.push('title and description are not Vietnamese: page body not read');
  } else if (metaSuffices) {
    isVietnamese = true;
    reasons.push('title and description are Vietnamese and metadata say article: page body not read');
  } else if (cues.letters >= 200) {
    isVietnamese =
      looksVietnamese(cues) || (declaredVi && !clearlyNotVietnamese(cues) && cues.viLetterRatio >= 0.02);
  } else {
    isVietnamese = declaredVi || looksVietnamese(cues);
  }
  reasons.push(
    `Vietnamese letters ${(cues.viLetterRatio * 100).toFixed(1)}%, function words ${(cues.functionWordRatio * 100).toFixed(1)}% of ${cues.letters} letters sampled`,
  );
  reasons.push(isVietnamese ? 'text is Vietnamese' : 'text is not Vietnamese');

  // --- article ---
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };
  if (ldArticle) add(2, `JSON-LD ${ldArticle}`);
  if (meta.ogType === 'article') add(1, 'og:type=article');
  if (meta.publishedMeta) add(1, `publication time meta (${meta.publishedMeta})`);
  if (paras.mainBlockText >= 2500) add(3, `one main text block (${paras.mainBlockText} chars)`);
  else if (paras.mainBlockText >= 1200) add(2, `one main text block (${paras.mainBlockText} chars)`);
  if (knownHost) add(1, 'known Vietnamese news domain');
  if (shape === 'article') add(1, 'article-like URL');
  else if (shape === 'section') add(-2, 'home or section URL');
  if (headline.headline) add(1.5, 'headline <h1> repeated in the page title');
  // The block around the headline costs a text walk: measured only when it can change the answer.
  if (headline.headline && isVietnamese && score < ARTICLE_THRESHOLD + 2) {
    const r = measureRegion();
    if (r && r.regionText >= 700 && r.regionLinkDensity < 0.35) add(1.5, 'text block around the headline');
    else if (r && r.regionLinkDensity >= 0.6) add(-3, 'headline sits among many links (listing)');
    if (r?.shop && !meta.product) add(-4, 'shop words next to the headline (cart, buy, SKU)');
  }
  if (paras.legalDocument) add(-8, 'legal document text (motto, "Căn cứ", "Điều 1.")');
  if (meta.product) add(-4, 'product / shop markup');
  if (meta.forum) add(-4, 'forum markup');
  if (
    meta.ogType &&
    ['product', 'website', 'profile', 'video.other', 'book'].includes(meta.ogType) &&
    !ldArticle
  )
    reasons.push(`og:type=${meta.ogType}`);
  if (isVietnamese && score >= ARTICLE_THRESHOLD - 1 && score < ARTICLE_THRESHOLD) {
    if (isProbablyReaderable(document)) add(0.5, 'isProbablyReaderable');
  }
  const isNewsArticle = score >= ARTICLE_THRESHOLD;
  const isVietnameseNews = isVietnamese && isNewsArticle;
  reasons.push(
    isVietnameseNews
      ? 'Vietnamese news article'
      : isNewsArticle
        ? 'news article, not Vietnamese'
        : 'not an article',
  );
  const squashed = 1 / (1 + Math.exp(-(score - ARTICLE_THRESHOLD + 0.5)));
  return {
    isVietnamese,
    isNewsArticle,
    isVietnameseNews,
    score: Math.round((isVietnamese ? squashed : squashed * 0.2) * 1000) / 1000,
    reasons,
  };
}
