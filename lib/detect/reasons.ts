/**
 * Why the detector decided as it did: stable codes carried in messages (Detection.reasons) and
 * turned into short sentences in the user's language only where shown, from the locale messages
 * `why_<code>` (public/_locales/vi and en).
 */
export const DETECTION_REASONS = [
  'langDeclaredVi',
  'langDeclaredOther',
  'langMissing',
  'titleNotVietnamese',
  'metadataSaysArticle',
  'textVietnamese',
  'textNotVietnamese',
  'jsonLdArticle',
  'ogArticle',
  'publishedMeta',
  'mainText',
  'knownDomain',
  'articleUrl',
  'sectionUrl',
  'headline',
  'textAroundHeadline',
  'leadParagraph',
  'listingLinks',
  'shopWords',
  'legalDocument',
  'productMarkup',
  'forumMarkup',
  'blogMarkup',
  'readerable',
  'verdictNews',
  'verdictForeignNews',
  'verdictNotArticle',
] as const;

export type DetectionReason = (typeof DETECTION_REASONS)[number];

const KNOWN = new Set<string>(DETECTION_REASONS);

/** True for a reason code this version knows (older or foreign strings are not shown). */
export function isDetectionReason(s: string): s is DetectionReason {
  return KNOWN.has(s);
}

/** The locale message key of a reason. */
export const reasonMessageKey = (code: DetectionReason): string => `why_${code}`;
