/**
 * The record schemas of Báo Gọn, defined once (valibot). The TypeScript record types (lib/types.ts),
 * the protocol payloads (lib/protocol.ts) and the importer (lib/export/schema.ts) all derive from
 * here, so a record the importer accepts is one the background accepts too (save, update, restore).
 */
import * as v from 'valibot';

/** Kinds of recognised mentions, in the order panels list them. */
export const ENTITY_TYPES = ['official', 'agreement', 'legal_document', 'watch'] as const;
/** Colours a user highlight may have, in the order the toolbar offers them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
/** Whole article or a selected passage. */
export const CLIP_KINDS = ['article', 'selection'] as const;

/** Size limits of every record field (characters, or items for lists). */
export const LIMITS = {
  id: 200,
  url: 8192,
  title: 2000,
  short: 2000,
  date: 100,
  lang: 35,
  html: 5_000_000,
  text: 2_000_000,
  note: 200_000,
  quote: 2_000_000,
  /** Prefix/suffix of a TextQuoteSelector. */
  context: 100_000,
  tags: 500,
  tag: 200,
  entities: 50_000,
  entityText: 2000,
  entityTitles: 100,
  highlights: 10_000,
  selectors: 20,
  version: 100,
  /** Clippings in one delete/restore message. */
  batch: 10_000,
  /** Detection reasons. */
  reasons: 50,
  reason: 500,
} as const;

export const str = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
export const nonEmpty = (max: number) =>
  v.pipe(
    str(max),
    v.check((s) => s.trim() !== '', 'empty'),
  );
export const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `more than ${max} items`));

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Ids minted by this extension or by an import (any non-empty string up to LIMITS.id). */
export const IdSchema = nonEmpty(LIMITS.id);
export const AbsoluteUrlSchema = v.pipe(
  str(LIMITS.url),
  v.check((s) => URL.canParse(s), 'not an absolute URL'),
);
export const TimestampSchema = v.pipe(
  str(LIMITS.date),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
);

export const SelectorSchema = v.variant('type', [
  v.object({
    type: v.literal('TextQuoteSelector'),
    exact: str(LIMITS.quote),
    prefix: str(LIMITS.context),
    suffix: str(LIMITS.context),
  }),
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
]);

export const HighlightSchema = v.object({
  id: IdSchema,
  color: v.picklist(HIGHLIGHT_COLORS),
  quote: str(LIMITS.quote),
  selectors: list(SelectorSchema, LIMITS.selectors),
  note: str(LIMITS.note),
  createdAt: TimestampSchema,
});

export const EntitySchema = v.object({
  type: v.picklist(ENTITY_TYPES),
  text: str(LIMITS.entityText),
  start: offset,
  end: offset,
  name: v.optional(str(LIMITS.entityText)),
  title: v.optional(str(LIMITS.entityText)),
  titles: v.optional(list(str(LIMITS.entityText), LIMITS.entityTitles)),
  titleEn: v.optional(str(LIMITS.entityText)),
  key: str(LIMITS.entityText),
});

export const DetectionSchema = v.object({
  isVietnamese: v.boolean(),
  isNewsArticle: v.boolean(),
  isVietnameseNews: v.boolean(),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reasons: list(str(LIMITS.reason), LIMITS.reasons),
});

export const TagsSchema = list(nonEmpty(LIMITS.tag), LIMITS.tags);
export const HighlightsSchema = list(HighlightSchema, LIMITS.highlights);

/** What a page sends to be saved (the background fills in ids, hashes and timestamps). */
export const ClipDraftSchema = v.object({
  url: AbsoluteUrlSchema,
  title: str(LIMITS.title),
  siteName: v.nullable(str(LIMITS.short)),
  byline: v.nullable(str(LIMITS.short)),
  publishedTime: v.nullable(str(LIMITS.date)),
  lang: v.nullable(str(LIMITS.lang)),
  kind: v.picklist(CLIP_KINDS),
  quote: v.optional(str(LIMITS.quote)),
  selectors: list(SelectorSchema, LIMITS.selectors),
  html: str(LIMITS.html),
  text: str(LIMITS.text),
  entities: list(EntitySchema, LIMITS.entities),
  highlights: HighlightsSchema,
  note: v.optional(str(LIMITS.note)),
  tags: v.optional(TagsSchema),
  extractorVersion: v.optional(str(LIMITS.version)),
  collectionId: v.optional(str(LIMITS.id)),
});

/** A stored clipping. */
export const ClippingSchema = v.object({
  ...ClipDraftSchema.entries,
  id: IdSchema,
  canonicalUrl: str(LIMITS.url + LIMITS.id),
  note: str(LIMITS.note),
  tags: TagsSchema,
  collectionId: IdSchema,
  savedAt: TimestampSchema,
  updatedAt: TimestampSchema,
  extractorVersion: str(LIMITS.version),
  contentHash: str(LIMITS.version),
});

export const CollectionSchema = v.object({
  id: IdSchema,
  name: nonEmpty(LIMITS.short),
  createdAt: TimestampSchema,
});

/** Changes a caller may make to a saved clipping. */
export const ClipPatchSchema = v.object({
  note: v.optional(str(LIMITS.note)),
  tags: v.optional(TagsSchema),
  highlights: v.optional(HighlightsSchema),
  collectionId: v.optional(IdSchema),
  title: v.optional(str(LIMITS.title)),
});

export type EntityType = (typeof ENTITY_TYPES)[number];
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
export type TextQuoteSelector = v.InferOutput<(typeof SelectorSchema.options)[0]>;
export type TextPositionSelector = v.InferOutput<(typeof SelectorSchema.options)[1]>;
export type Selector = v.InferOutput<typeof SelectorSchema>;
export type Highlight = v.InferOutput<typeof HighlightSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Detection = v.InferOutput<typeof DetectionSchema>;
export type Clipping = v.InferOutput<typeof ClippingSchema>;
export type Collection = v.InferOutput<typeof CollectionSchema>;
export type ClipPatch = v.InferOutput<typeof ClipPatchSchema>;

// ---- the reader's handover (content script → background → reader frame) ----------------------

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ArticleSchema = v.object({
  title: str(LIMITS.short),
  byline: v.nullable(str(LIMITS.short)),
  authors: v.optional(list(str(LIMITS.short), 100)),
  siteName: v.nullable(str(LIMITS.short)),
  publishedTime: v.nullable(str(64)),
  lang: v.nullable(str(35)),
  excerpt: v.nullable(str(LIMITS.note)),
  html: str(LIMITS.html),
  text: str(LIMITS.text),
  wordCount: count,
  readingMinutes: count,
  leadImage: v.nullable(str(LIMITS.url)),
  canonicalUrl: v.nullable(str(LIMITS.url)),
});

export const EntityGroupSchema = v.object({
  key: str(LIMITS.short),
  type: v.picklist(ENTITY_TYPES),
  name: v.optional(str(LIMITS.short)),
  text: str(LIMITS.short),
  titles: v.pipe(v.array(str(LIMITS.short)), v.maxLength(50)),
  titleEn: v.optional(str(LIMITS.short)),
  mentions: count,
  firstStart: count,
});

export const ExtractErrorSchema = v.object({
  error: str(LIMITS.short),
  code: v.picklist(['too-large', 'no-article', 'failed']),
});

/** The reader's handover: entity offsets must lie inside `text`. */
export const ReaderReadingSchema = v.pipe(
  v.object({
    article: ArticleSchema,
    text: str(LIMITS.text),
    entities: list(EntitySchema, LIMITS.entities),
    groups: list(EntityGroupSchema, LIMITS.entities),
  }),
  v.check(
    (r) => r.entities.every((e) => e.start <= e.end && e.end <= r.text.length),
    'entity offsets outside the text',
  ),
);
