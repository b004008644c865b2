/**
 * Cheap detection of Vietnamese news articles, safe to run on every page load in a content
 * script: head metadata, the headline and its surroundings, up to 300 paragraphs, the domain
 * prior, and `isProbablyReaderable` only when the other signals leave the answer open.
 * Never mutates the document.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { Detection } from '../types';
import type { DetectionReason } from './reasons';
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

/** An address under a blog: "blog." host or a "/blog/" path segment. */
function blogUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return /^blogs?\./i.test(u.hostname) || /\/blogs?\//i.test(u.pathname);
  } catch {
    return false;
  }
}

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
  const reasons: DetectionReason[] = [];
  const meta = metaSignals(document);
  const headline = findHeadline(document, meta);
  const declared = meta.declaredLang?.toLowerCase() ?? '';
  // "vn" is a common mistake for "vi" on Vietnamese sites; it declares Vietnamese all the same.
  const declaredVi = /^(vi|vn)\b|^(vi|vn)[-_]/.test(declared);
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
  reasons.push(declaredVi ? 'langDeclaredVi' : declared ? 'langDeclaredOther' : 'langMissing');
  let isVietnamese: boolean;
  if (skipBody) {
    isVietnamese = false;
    reasons.push('titleNotVietnamese');
  } else if (metaSuffices) {
    isVietnamese = true;
    reasons.push('metadataSaysArticle');
  } else if (cues.letters >= 200) {
    isVietnamese =
      looksVietnamese(cues) || (declaredVi && !clearlyNotVietnamese(cues) && cues.viLetterRatio >= 0.02);
  } else {
    isVietnamese = declaredVi || looksVietnamese(cues);
  }
  reasons.push(isVietnamese ? 'textVietnamese' : 'textNotVietnamese');

  // --- article ---
  let score = 0;
  const add = (points: number, reason: DetectionReason) => {
    score += points;
    if (!reasons.includes(reason)) reasons.push(reason);
  };
  if (ldArticle) add(2, 'jsonLdArticle');
  if (meta.ogType === 'article') add(1, 'ogArticle');
  if (meta.publishedMeta) add(1, 'publishedMeta');
  if (paras.mainBlockText >= 2500) add(3, 'mainText');
  else if (paras.mainBlockText >= 1200) add(2, 'mainText');
  if (knownHost) add(1, 'knownDomain');
  if (shape === 'article') add(1, 'articleUrl');
  else if (shape === 'section') add(-2, 'sectionUrl');
  if (headline.headline) add(1.5, 'headline');
  // The block around the headline costs a text walk: measured only when it can change the answer.
  if (headline.headline && isVietnamese && score < ARTICLE_THRESHOLD + 2) {
    const r = measureRegion();
    if (r && r.regionText >= 700 && r.regionLinkDensity < 0.35) add(1.5, 'textAroundHeadline');
    else if (r && r.regionLinkDensity >= 0.6) add(-3, 'listingLinks');
    if (r?.shop && !meta.product) add(-4, 'shopWords');
  }
  if (paras.legalDocument) add(-8, 'legalDocument');
  if (meta.product) add(-4, 'productMarkup');
  if (meta.forum) add(-4, 'forumMarkup');
  // A blog (BlogPosting markup, or a /blog/ address) is not news, whatever else it looks like.
  if (meta.blog || blogUrl(url)) add(-8, 'blogMarkup');
  if (isVietnamese && score >= ARTICLE_THRESHOLD - 1 && score < ARTICLE_THRESHOLD) {
    if (isProbablyReaderable(document)) add(0.5, 'readerable');
  }
  const isNewsArticle = score >= ARTICLE_THRESHOLD;
  const isVietnameseNews = isVietnamese && isNewsArticle;
  reasons.push(isVietnameseNews ? 'verdictNews' : isNewsArticle ? 'verdictForeignNews' : 'verdictNotArticle');
  const squashed = 1 / (1 + Math.exp(-(score - ARTICLE_THRESHOLD + 0.5)));
  return {
    isVietnamese,
    isNewsArticle,
    isVietnameseNews,
    score: Math.round((isVietnamese ? squashed : squashed * 0.2) * 1000) / 1000,
    reasons,
  };
}
