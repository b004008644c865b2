/** Record shapes of team sync (CouchDB replication). Pure types: no browser. */
import type { Clipping } from '../types';

/**
 * What one CouchDB document carries for one clipping (its `_id` is the clipping id). `removed`
 * marks a clipping deleted by someone (the body is kept, so an edit made meanwhile elsewhere is
 * not lost); `tombstones` are ids of highlights deleted by someone.
 */
export interface SyncBody {
  clipping: Clipping;
  tombstones: string[];
  removed: boolean;
}

/** The team server account (kept only in the extension origin's IndexedDB). */
export interface SyncAccount {
  /** e.g. https://couch.example.org (no trailing slash). */
  url: string;
  user: string;
  password: string;
}

/** A collection shared with a team: one CouchDB database. */
export interface ShareConfig {
  collectionId: string;
  /** CouchDB database name, e.g. "bao-gon-team-a". */
  database: string;
  /** Local checkpoint: `last_seq` of the server's `_changes` already applied. */
  lastSeq: string;
  /** ISO time of the last complete sync, or null. */
  lastSyncAt: string | null;
  lastError: SyncErrorCode | null;
  /** Server's words for the last error (for the details line). */
  lastErrorDetail: string | null;
  /** Local edits older than this were all pushed (ISO; absent = scan everything). */
  scanFrom?: string;
}

/** Why a sync could not run, in words a user can act on. */
export type SyncErrorCode =
  | 'offline'
  | 'wrong-password'
  | 'not-member'
  | 'server-down'
  | 'no-permission'
  | 'insecure-url'
  | 'no-database'
  | 'failed';

/** Per-document replication state: last revision seen and the body both sides agreed on. */
export interface DocState {
  collectionId: string;
  id: string;
  rev: string;
  /** The last body both sides had (the merge base). */
  base: SyncBody;
  /** `updatedAt` of the local clipping when it last matched `base`. */
  syncedUpdatedAt: string;
}

/** What the library and options page show. */
export interface SyncStatus {
  configured: boolean;
  url: string | null;
  user: string | null;
  shares: {
    collectionId: string;
    database: string;
    lastSyncAt: string | null;
    pending: number;
    error: SyncErrorCode | null;
    errorDetail: string | null;
  }[];
  running: boolean;
}
