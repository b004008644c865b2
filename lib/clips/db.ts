/** The clippings database (Dexie over IndexedDB). Lives only in the extension origin. */
import Dexie, { type Table } from 'dexie';
import type { Clipping, Collection } from '../types';

/** Fields derived from a clipping and stored beside it, only for the indexes. */
export interface DerivedFields {
  /** Distinct folded tokens of title, text, note, tags and entity names (see `fold.ts`). */
  searchTokens: string[];
  /** Distinct `Entity.key`s of the clipping's entities. */
  entityKeys: string[];
  /** One entry per distinct entity: `key \u001f type \u001f name-or-text \u001f text`. */
  entityLabels: string[];
}

/** A clipping as stored: the shared record plus its derived index fields. */
export type StoredClipping = Clipping & DerivedFields;

export const DB_NAME = 'bao-gon';

/** Id and name of the collection that always exists. */
export const DEFAULT_COLLECTION_ID = 'default';
export const DEFAULT_COLLECTION_NAME = 'Chưa phân loại';

/**
 * Version 1 schema, exactly as shipped. Never edit a shipped version: add `version(2)` instead
 * (see lib/clips/README.md) and keep this constant for the upgrade harness.
 */
export const SCHEMA_V1 = {
  clippings:
    'id, &canonicalUrl, savedAt, updatedAt, collectionId, *tags, siteName, publishedTime, *entityKeys, *entityLabels, *searchTokens',
  collections: 'id, name, createdAt',
} as const;

/** A clipping in the trash: the stored record as it was, plus when it was deleted. */
export type TrashedClipping = StoredClipping & { deletedAt: string };

/** One row of the extension-private settings table (key 'settings' holds the user's settings). */
export interface SettingsRow {
  key: string;
  value: unknown;
}

/**
 * Version 2 adds `trash` (deleted clippings, kept for undo until purged) and `settings` (the user's
 * settings, out of content scripts' reach). Existing tables are unchanged, so the upgrade copies nothing.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  trash: 'id, deletedAt',
  settings: 'key',
} as const;

/** Dexie database of Báo Gọn: tables `clippings`, `collections`, `trash` and `settings`. */
export class BaoGonDB extends Dexie {
  clippings!: Table<StoredClipping, string>;
  collections!: Table<Collection, string>;
  trash!: Table<TrashedClipping, string>;
  settings!: Table<SettingsRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.on('populate', (tx) => {
      void tx.table('collections').add({
        id: DEFAULT_COLLECTION_ID,
        name: DEFAULT_COLLECTION_NAME,
        createdAt: new Date().toISOString(),
      } satisfies Collection);
    });
  }
}

/** Opens (lazily, on first query) the database; tests pass their own `name` for isolation. */
export function openDb(name: string = DB_NAME): BaoGonDB {
  return new BaoGonDB(name);
}
