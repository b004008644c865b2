/**
 * Import of Báo Gọn JSON exports: parse and validate (every released version), a dry-run plan of
 * what would change, then one all-or-nothing Dexie transaction.
 */
import * as v from 'valibot';
import type { BaoGonDB } from '../clips/db';
import { DEFAULT_COLLECTION_ID } from '../clips/db';
import { stripDerived, toStored } from '../clips/derive';
import { sanitizeHtml } from '../reader/sanitize';
import { isSanitized, sanitizePlan } from './import-sanitize';
import { mergeHighlights, mergeNote, mergeTags } from '../clips/merge';
import { clippingKey } from '../clips/save';
import type { Clipping, Collection } from '../types';
import { JSON_FORMAT, JSON_VERSION } from './json';
import {
  ClippingSchemaV1,
  CollectionSchemaV1,
  firstIssue,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CLIPPINGS,
  MAX_IMPORT_COLLECTIONS,
} from './schema';

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-object'
  | 'wrong-format'
  | 'unsupported-version'
  | 'bad-structure'
  | 'too-many'
  | 'nothing-valid'
  | 'stale-plan'
  | 'write-failed';

const MESSAGES: Record<ImportErrorCode, string> = {
  empty: 'The file is empty.',
  'too-large': 'The file is too large to import.',
  'not-json': 'The file is not valid JSON (it may be truncated or not a Báo Gọn export).',
  'not-object': 'The file is JSON but not a Báo Gọn export (expected an object).',
  'wrong-format': 'The file is not a Báo Gọn export (field "format" must be "bao-gon").',
  'unsupported-version': 'This export version is not supported by this version of Báo Gọn.',
  'bad-structure': 'The export is damaged: a required list is missing or of the wrong type.',
  'too-many': 'The file holds too many records to import at once.',
  'nothing-valid': 'No record in the file is valid.',
  'stale-plan': 'The library changed since the preview; nothing was imported. Preview the file again.',
  'write-failed': 'The import could not be written; nothing was changed.',
};

/** A file-level import failure: stable `code` (for translated messages), technical `detail`. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly detail: string;
  constructor(code: ImportErrorCode, detail = '', options?: { cause?: unknown }) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code], options);
    this.name = 'ImportError';
    this.code = code;
    this.detail = detail;
  }
}

/** One rejected record: its position in the file's list and why. */
export interface ImportIssue {
  kind: 'clipping' | 'collection';
  /** 0-based index in the file's `clippings` (or `collections`) array. */
  index: number;
  reason: string;
}

/** A validated export, normalised to the current version. */
export interface ParsedImport {
  /** Version the file was written in (before migration). */
  version: number;
  exportedAt: string | null;
  clippings: Clipping[];
  collections: Collection[];
  invalid: ImportIssue[];
  /** Number of clipping entries in the file (valid or not). */
  total: number;
}

/**
 * Migrators from version n to n+1, applied in order until `JSON_VERSION`. When v2 ships, add
 * `1: (env) => ({ ...env, version: 2, ... })` and validate v2 records below.
 */
const MIGRATORS: Record<number, (env: Record<string, unknown>) => Record<string, unknown>> = {};

function byteLength(input: string | Uint8Array): number {
  if (typeof input !== 'string') return input.byteLength;
  // UTF-8 length without encoding a possibly huge string: worst case is 3 bytes per UTF-16 unit.
  return input.length * 3 <= MAX_IMPORT_BYTES ? input.length : new TextEncoder().encode(input).byteLength;
}

/**
 * Parses and validates a JSON export (text or bytes). File-level problems (empty, too large, not
 * JSON, truncated, not an export, unknown version, missing lists, too many records) throw an
 * `ImportError`; invalid records are reported in `invalid` with their position and reason.
 */
export function parseImport(input: string | Uint8Array): ParsedImport {
  if (byteLength(input) > MAX_IMPORT_BYTES)
    throw new ImportError('too-large', `limit ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch (err) {
    throw new ImportError('not-json', 'not UTF-8 text', { cause: err });
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ImportError('empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ImportError('not-json', err instanceof Error ? err.message.slice(0, 200) : '', { cause: err });
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ImportError(
      'not-object',
      Array.isArray(raw) ? 'got an array' : `got ${raw === null ? 'null' : typeof raw}`,
    );
  }
  let env = raw as Record<string, unknown>;
  if (env.format !== JSON_FORMAT)
    throw new ImportError('wrong-format', `format: ${String(env.format).slice(0, 50)}`);
  const version = env.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > JSON_VERSION) {
    throw new ImportError(
      'unsupported-version',
      `version: ${String(version).slice(0, 20)}; supported: 1–${JSON_VERSION}`,
    );
  }
  for (let n = version; n < JSON_VERSION; n++) env = MIGRATORS[n](env);
  return validateCurrent(env, version);
}

function validateCurrent(env: Record<string, unknown>, version: number): ParsedImport {
  const { clippings: rawClips, collections: rawCols } = env;
  if (!Array.isArray(rawClips)) throw new ImportError('bad-structure', 'clippings: expected an array');
  if (rawCols !== undefined && !Array.isArray(rawCols))
    throw new ImportError('bad-structure', 'collections: expected an array');
  if (rawClips.length > MAX_IMPORT_CLIPPINGS)
    throw new ImportError('too-many', `${rawClips.length} clippings; limit ${MAX_IMPORT_CLIPPINGS}`);
  const colsIn = (rawCols ?? []) as unknown[];
  if (colsIn.length > MAX_IMPORT_COLLECTIONS)
    throw new ImportError('too-many', `${colsIn.length} collections; limit ${MAX_IMPORT_COLLECTIONS}`);
  const invalid: ImportIssue[] = [];
  const collections: Collection[] = [];
  const colIds = new Set<string>();
  for (const [index, item] of colsIn.entries()) {
    const r = v.safeParse(CollectionSchemaV1, item);
    const reason = !r.success
      ? firstIssue(r.issues)
      : colIds.has(r.output.id)
        ? `id: duplicate "${r.output.id}"`
        : null;
    if (reason !== null || !r.success) {
      invalid.push({ kind: 'collection', index, reason: reason ?? 'invalid' });
      continue;
    }
    colIds.add(r.output.id);
    collections.push({ ...r.output, name: r.output.name.trim() });
  }
  const clippings: Clipping[] = [];
  const ids = new Map<string, number>();
  const keys = new Map<string, number>();
  for (const [index, item] of rawClips.entries()) {
    const r = v.safeParse(ClippingSchemaV1, item);
    if (!r.success) {
      invalid.push({ kind: 'clipping', index, reason: firstIssue(r.issues) });
      continue;
    }
    const c = r.output as Clipping;
    if (c.quote === undefined) delete c.quote;
    const key = clippingKey(c);
    const sameId = ids.get(c.id);
    const sameKey = keys.get(key);
    if (sameId !== undefined || sameKey !== undefined) {
      const reason =
        sameId !== undefined
          ? `id: duplicate of clipping #${sameId + 1}`
          : `url: same page as clipping #${(sameKey ?? 0) + 1}`;
      invalid.push({ kind: 'clipping', index, reason });
      continue;
    }
    ids.set(c.id, index);
    keys.set(key, index);
    clippings.push({ ...c, canonicalUrl: key });
  }
  const exportedAt = typeof env.exportedAt === 'string' ? env.exportedAt.slice(0, 100) : null;
  return { version, exportedAt, clippings, collections, invalid, total: rawClips.length };
}

/** What the database holds now (plain records, as returned by the clips read helpers). */
export interface ExistingData {
  clippings: readonly Clipping[];
  collections: readonly Collection[];
}

/** Dry-run result: nothing is written until `applyImport`. */
export interface ImportPlan {
  /** Clippings to add as they are. */
  new: Clipping[];
  /** Merged records that replace existing clippings (same id or same page). */
  updated: Clipping[];
  /** Incoming clippings that change nothing. */
  duplicates: Clipping[];
  invalid: ImportIssue[];
  /** Collections to add. */
  newCollections: Collection[];
  version: number;
  exportedAt: string | null;
  total: number;
}

/** JSON with object keys sorted, for content comparison. */
function stable(x: unknown): string {
  return JSON.stringify(x, (_k, val) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

/** An existing clipping merged with an incoming copy of it: the newer content wins, highlights, tags and notes are united. */
function mergeClipping(existing: Clipping, incoming: Clipping): Clipping {
  const incomingNewer = incoming.updatedAt > existing.updatedAt;
  const [base, other] = incomingNewer ? [incoming, existing] : [existing, incoming];
  return {
    ...base,
    id: existing.id,
    canonicalUrl: existing.canonicalUrl,
    savedAt: existing.savedAt < incoming.savedAt ? existing.savedAt : incoming.savedAt,
    highlights: incomingNewer
      ? mergeHighlights(existing.highlights, incoming.highlights)
      : mergeHighlights(incoming.highlights, existing.highlights),
    tags: mergeTags(existing.tags, incoming.tags),
    note: mergeNote(base.note, other.note),
  };
}

/**
 * Plans an import without writing: each valid incoming clipping is new, an update of an existing
 * clipping (matched by id, or by canonical URL), or a duplicate (nothing would change). Clippings
 * of an unknown collection go to the default collection.
 */
export function planImport(existing: ExistingData, file: ParsedImport): ImportPlan {
  const byId = new Map<string, Clipping>();
  const byKey = new Map<string, Clipping>();
  for (const c of existing.clippings) {
    const plain = stripDerived(c);
    byId.set(plain.id, plain);
    byKey.set(plain.canonicalUrl, plain);
  }
  const existingCols = new Set(existing.collections.map((c) => c.id));
  const newCollections = file.collections.filter((c) => !existingCols.has(c.id));
  const knownCols = new Set([...existingCols, ...newCollections.map((c) => c.id), DEFAULT_COLLECTION_ID]);
  const plan: ImportPlan = {
    new: [],
    updated: [],
    duplicates: [],
    invalid: [...file.invalid],
    newCollections,
    version: file.version,
    exportedAt: file.exportedAt,
    total: file.total,
  };
  const targeted = new Set<string>();
  file.clippings.forEach((incoming0, i) => {
    const incoming = knownCols.has(incoming0.collectionId)
      ? incoming0
      : { ...incoming0, collectionId: DEFAULT_COLLECTION_ID };
    const sameKey = byKey.get(incoming.canonicalUrl);
    const sameId = byId.get(incoming.id);
    if (sameKey && sameId && sameKey.id !== sameId.id) {
      plan.invalid.push({
        kind: 'clipping',
        index: i,
        reason: 'id and url match two different saved clippings',
      });
      return;
    }
    const match = sameKey ?? sameId;
    if (!match) {
      plan.new.push(incoming);
      return;
    }
    if (targeted.has(match.id)) {
      plan.duplicates.push(incoming);
      return;
    }
    targeted.add(match.id);
    const merged = mergeClipping(match, incoming);
    if (stable(merged) === stable(match)) plan.duplicates.push(incoming);
    else plan.updated.push(merged);
  });
  plan.invalid.sort((a, b) => (a.kind === b.kind ? a.index - b.index : a.kind === 'collection' ? -1 : 1));
  return plan;
}

/** Reads what `planImport` needs from the database. */
export async function loadExisting(db: BaoGonDB): Promise<ExistingData> {
  const [clippings, collections] = await Promise.all([db.clippings.toArray(), db.collections.toArray()]);
  return { clippings: clippings.map(stripDerived), collections };
}

export interface ApplyResult {
  added: number;
  updated: number;
  collectionsAdded: number;
}

/**
 * Writes a plan in ONE read-write transaction: new collections, new clippings, updated clippings.
 * If anything fails (the library changed since the plan, quota, write error) the whole transaction
 * is rolled back and an `ImportError` is thrown; the database is exactly as before.
 */
export async function applyImport(
  db: BaoGonDB,
  plan: ImportPlan,
  opts: { onProgress?: (done: number, total: number) => void; chunk?: number } = {},
): Promise<ApplyResult> {
  if (!isSanitized(plan)) await sanitizePlan(plan, async (htmls) => htmls.map(domSanitizer()));
  const chunk = opts.chunk ?? 2000;
  const total = plan.new.length + plan.updated.length;
  try {
    return await db.transaction('rw', db.clippings, db.collections, async () => {
      const present = await db.clippings.bulkGet(plan.new.map((c) => c.id));
      if (present.some(Boolean)) throw new ImportError('stale-plan', 'a clipping to add already exists');
      const clash = await db.clippings
        .where('canonicalUrl')
        .anyOf(plan.new.map((c) => c.canonicalUrl))
        .count();
      if (clash > 0) throw new ImportError('stale-plan', 'a page to add was saved meanwhile');
      const cols = plan.newCollections.length
        ? (await db.collections.bulkGet(plan.newCollections.map((c) => c.id))).filter(Boolean).length
        : 0;
      if (cols > 0) throw new ImportError('stale-plan', 'a collection to add already exists');
      if (plan.newCollections.length) await db.collections.bulkAdd(plan.newCollections);
      let done = 0;
      opts.onProgress?.(0, total);
      for (let i = 0; i < plan.new.length; i += chunk) {
        const part = plan.new.slice(i, i + chunk);
        await db.clippings.bulkAdd(part.map(toStored));
        opts.onProgress?.((done += part.length), total);
      }
      for (let i = 0; i < plan.updated.length; i += chunk) {
        const part = plan.updated.slice(i, i + chunk);
        await db.clippings.bulkPut(part.map(toStored));
        opts.onProgress?.((done += part.length), total);
      }
      return {
        added: plan.new.length,
        updated: plan.updated.length,
        collectionsAdded: plan.newCollections.length,
      };
    });
  } catch (err) {
    if (err instanceof ImportError) throw err;
    const detail = err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 300) : String(err);
    throw new ImportError('write-failed', detail, { cause: err });
  }
}

/** DOMPurify (the reader's rules) where this realm has a DOM; an import without one must be sanitised by `sanitizePlan` first. */
function domSanitizer(): (html: string) => string {
  if (typeof document === 'undefined')
    throw new ImportError('write-failed', 'imported HTML must be sanitised where there is a DOM');
  return sanitizeHtml;
}
