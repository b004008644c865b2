/**
 * Local state of team sync, in its own IndexedDB database (`bao-gon-sync`, extension origin only)
 * so the clippings database schema stays untouched: the account, the shared collections with
 * their checkpoints, and per document the last agreed revision and body (the merge base).
 */
import Dexie, { type Table } from 'dexie';
import type { ShareConfig, SyncAccount, SyncBody } from './types';

export const SYNC_DB_NAME = 'bao-gon-sync';

/** Light row per shared document: enough to tell what is pending without reading bodies. */
export interface DocMark {
  /** `${collectionId}\u001f${id}` */
  key: string;
  collectionId: string;
  id: string;
  rev: string;
  /** `updatedAt` of the local clipping when it last matched the base ('' = must be pushed). */
  syncedUpdatedAt: string;
  /** The base says the clipping is removed. */
  removed: boolean;
}

/** The merge base of a document: the body both sides last agreed on. */
export interface DocBase {
  key: string;
  body: SyncBody;
}

export class SyncDB extends Dexie {
  account!: Table<SyncAccount & { id: 'account' }, string>;
  shares!: Table<ShareConfig, string>;
  marks!: Table<DocMark, string>;
  bases!: Table<DocBase, string>;
  meta!: Table<{ key: string; value: string }, string>;

  constructor(name: string = SYNC_DB_NAME) {
    super(name);
    this.version(1).stores({
      account: 'id',
      shares: 'collectionId, &database',
      marks: 'key, collectionId, [collectionId+syncedUpdatedAt]',
      bases: 'key',
      meta: 'key',
    });
  }
}

export function openSyncDb(name: string = SYNC_DB_NAME): SyncDB {
  return new SyncDB(name);
}

export const markKey = (collectionId: string, id: string) => `${collectionId}\u001f${id}`;

export async function getAccount(s: SyncDB): Promise<SyncAccount | null> {
  const a = await s.account.get('account');
  return a ? { url: a.url, user: a.user, password: a.password } : null;
}

export async function setAccount(s: SyncDB, a: SyncAccount | null): Promise<void> {
  if (a) await s.account.put({ ...a, id: 'account' });
  else await s.account.clear();
}

/** A stable random id of this device (names its `_local` checkpoint on the server). */
export async function clientId(s: SyncDB): Promise<string> {
  const got = await s.meta.get('clientId');
  if (got) return got.value;
  const value = crypto.randomUUID();
  await s.meta.put({ key: 'clientId', value });
  return value;
}

/** Shares a collection through `database` (checkpoint from the start). */
export async function addShare(s: SyncDB, collectionId: string, database: string): Promise<ShareConfig> {
  const share: ShareConfig = {
    collectionId,
    database,
    lastSeq: '0',
    lastSyncAt: null,
    lastError: null,
    lastErrorDetail: null,
  };
  await s.shares.put(share);
  return share;
}

/** Stops sharing a collection here (the clippings stay; the sync state goes). */
export async function removeShare(s: SyncDB, collectionId: string): Promise<void> {
  await s.transaction('rw', s.shares, s.marks, s.bases, async () => {
    const keys = await s.marks.where('collectionId').equals(collectionId).primaryKeys();
    await s.marks.bulkDelete(keys);
    await s.bases.bulkDelete(keys);
    await s.shares.delete(collectionId);
  });
}
