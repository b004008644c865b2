/** Valibot schemas of the records inside a Báo Gọn JSON export (version 1), with size limits per field. */
import * as v from 'valibot';
import { ClippingSchema, CollectionSchema, IdSchema, LIMITS } from '../schema';

/** Largest file the importer reads. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** Most clippings / collections in one file. */
export const MAX_IMPORT_CLIPPINGS = 100_000;
export const MAX_IMPORT_COLLECTIONS = 10_000;

/** Field limits: the one LIMITS object of lib/schema.ts. */
export { LIMITS };

/** Imported ids also travel in file names and URLs: letters, digits and `._:-`. */
const ID = v.pipe(IdSchema, v.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'not a valid id'));
const TIMESTAMP = v.pipe(
  ClippingSchema.entries.savedAt,
  v.check((s) => /^\d{4}-\d{2}-\d{2}T/.test(s), 'not an ISO 8601 timestamp'),
);
const HTTP_URL = v.pipe(
  ClippingSchema.entries.url,
  v.check((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), 'not an http(s) URL'),
);

/**
 * A clipping of a version 1 export: the stored-record schema of lib/schema.ts (same limits, so
 * whatever imports can be deleted and restored), with stricter ids, timestamps and URLs.
 */
export const ClippingSchemaV1 = v.object({
  ...ClippingSchema.entries,
  id: ID,
  url: HTTP_URL,
  collectionId: ID,
  savedAt: TIMESTAMP,
  updatedAt: TIMESTAMP,
});

/** A collection of a version 1 export. */
export const CollectionSchemaV1 = v.object({ ...CollectionSchema.entries, id: ID, createdAt: TIMESTAMP });

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
