/** Valibot schemas of the records inside a Báo Gọn JSON export (version 1), with size limits per field. */
import * as v from 'valibot';

/** Largest file the importer reads. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** Most clippings / collections in one file. */
export const MAX_IMPORT_CLIPPINGS = 100_000;
export const MAX_IMPORT_COLLECTIONS = 10_000;

/** Per-field limits (characters or items). */
export const LIMITS = {
  id: 200,
  url: 8192,
  title: 2000,
  short: 500,
  date: 100,
  lang: 35,
  html: 5_000_000,
  text: 2_000_000,
  note: 200_000,
  quote: 100_000,
  tags: 500,
  tag: 200,
  entities: 50_000,
  entityText: 2000,
  highlights: 10_000,
  selectors: 20,
  version: 100,
} as const;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const nonEmpty = (max: number) =>
  v.pipe(
    str(max),
    v.check((s) => s.trim() !== '', 'empty'),
  );
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `more than ${max} items`));

const ID = v.pipe(str(LIMITS.id), v.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'not a valid id'));
const TIMESTAMP = v.pipe(
  str(LIMITS.date),
  v.check(
    (s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && Number.isFinite(Date.parse(s)),
    'not an ISO 8601 timestamp',
  ),
);
const HTTP_URL = v.pipe(
  nonEmpty(LIMITS.url),
  v.check((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'not an http(s) URL'),
);
const POS = v.pipe(v.number(), v.integer(), v.minValue(0));

const SelectorSchema = v.variant('type', [
  v.object({
    type: v.literal('TextQuoteSelector'),
    exact: str(LIMITS.quote),
    prefix: str(LIMITS.quote),
    suffix: str(LIMITS.quote),
  }),
  v.object({ type: v.literal('TextPositionSelector'), start: POS, end: POS }),
]);

const EntitySchema = v.object({
  type: v.picklist(['official', 'agreement', 'legal_document', 'watch']),
  text: str(LIMITS.entityText),
  start: POS,
  end: POS,
  name: v.optional(str(LIMITS.entityText)),
  title: v.optional(str(LIMITS.entityText)),
  titles: v.optional(list(str(LIMITS.entityText), 100)),
  titleEn: v.optional(str(LIMITS.entityText)),
  key: str(LIMITS.entityText),
});

const HighlightSchema = v.object({
  id: ID,
  color: v.picklist(['yellow', 'green', 'blue', 'pink', 'purple']),
  quote: str(LIMITS.quote),
  selectors: list(SelectorSchema, LIMITS.selectors),
  note: str(LIMITS.note),
  createdAt: TIMESTAMP,
});

/** A clipping of a version 1 export (unknown and derived fields are dropped). */
export const ClippingSchemaV1 = v.object({
  id: ID,
  url: HTTP_URL,
  canonicalUrl: str(LIMITS.url + LIMITS.id),
  title: str(LIMITS.title),
  siteName: v.nullable(str(LIMITS.short)),
  byline: v.nullable(str(LIMITS.short)),
  publishedTime: v.nullable(str(LIMITS.date)),
  lang: v.nullable(str(LIMITS.lang)),
  kind: v.picklist(['article', 'selection']),
  quote: v.optional(str(LIMITS.quote)),
  selectors: list(SelectorSchema, LIMITS.selectors),
  html: str(LIMITS.html),
  text: str(LIMITS.text),
  entities: list(EntitySchema, LIMITS.entities),
  highlights: list(HighlightSchema, LIMITS.highlights),
  note: str(LIMITS.note),
  tags: list(nonEmpty(LIMITS.tag), LIMITS.tags),
  collectionId: ID,
  savedAt: TIMESTAMP,
  updatedAt: TIMESTAMP,
  extractorVersion: str(LIMITS.version),
  contentHash: str(LIMITS.version),
});

/** A collection of a version 1 export. */
export const CollectionSchemaV1 = v.object({
  id: ID,
  name: nonEmpty(LIMITS.short),
  createdAt: TIMESTAMP,
});

/** The first problem of a failed parse as "path: message". */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const i = issues[0];
  if (!i) return 'invalid';
  const path = v.getDotPath(i);
  const msg = i.message.replace(/^Invalid (type|key): /, '');
  return path ? `${path}: ${msg}` : msg;
}

/** The whole version 1 backup file (what `exportJson` writes); source of the published JSON Schema. */
export const BackupSchemaV1 = v.object({
  format: v.literal('bao-gon'),
  version: v.literal(1),
  exportedAt: TIMESTAMP,
  collections: v.array(CollectionSchemaV1),
  clippings: v.array(ClippingSchemaV1),
});
