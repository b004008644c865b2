/**
 * Replication of one shared collection with its CouchDB database: pull the server's changes
 * since the local checkpoint (merging into local edits), then push local changes with normal
 * revision checks (a conflict is merged with the server's version and pushed again).
 * Dexie stays the source of truth; everything here is resumable: the checkpoint only moves after
 * a page of changes is applied, and a push that fails is retried from the marks next time.
 */
import type { BaoGonDB, StoredClipping } from '../clips/db';
import { stripDerived, toStored } from '../clips/derive';
import type { Clipping } from '../types';
import { type CouchClient, type CouchDoc, SyncError } from './couch';
import { mergeBodies } from './merge';
import { type DocMark, markKey, type SyncDB } from './store';
import type { ShareConfig, SyncBody } from './types';

export interface SyncDeps {
  db: BaoGonDB;
  state: SyncDB;
  client: CouchClient;
  /** Names this device's `_local` checkpoint on the server. */
  clientId: string;
  /** Documents per request and per local transaction (default {@link DEFAULT_BATCH}). */
  batch?: number;
}

export interface SyncReport {
  pulled: number;
  pushed: number;
  merged: number;
  lastSeq: string;
}

/** Suffix given locally to a shared clipping whose page another local clipping already holds. */
const CLASH = '#shared-';

function bodyOfDoc(doc: CouchDoc): SyncBody | null {
  const c = doc.clipping as Clipping | undefined;
  if (!c || typeof c !== 'object' || typeof c.id !== 'string') return null;
  return {
    clipping: { ...c, id: doc._id },
    tombstones: Array.isArray(doc.tombstones)
      ? (doc.tombstones as string[]).filter((t) => typeof t === 'string')
      : [],
    removed: doc.removed === true,
  };
}

/** Collection ids are local to each device: on the server every clipping says this instead. */
export const SHARED_COLLECTION_ID = 'shared';

/** The body to share for a local clipping (local-only spelling and collection undone). */
function bodyOfLocal(c: Clipping, base: SyncBody | null, removed = false): SyncBody {
  const i = c.canonicalUrl.indexOf(CLASH);
  const clipping = { ...c, collectionId: SHARED_COLLECTION_ID };
  if (i >= 0) clipping.canonicalUrl = c.canonicalUrl.slice(0, i);
  const have = new Set(c.highlights.map((h) => h.id));
  const tombs = new Set(base?.tombstones ?? []);
  for (const h of base?.clipping.highlights ?? []) if (!have.has(h.id)) tombs.add(h.id);
  for (const id of have) tombs.delete(id);
  return { clipping, tombstones: [...tombs].sort(), removed };
}

function docOf(body: SyncBody, rev: string | undefined): CouchDoc {
  return {
    _id: body.clipping.id,
    ...(rev ? { _rev: rev } : {}),
    type: 'bao-gon/clipping',
    clipping: body.clipping,
    tombstones: body.tombstones,
    removed: body.removed,
  };
}

/** Documents per request and per local transaction, unless the caller says otherwise. */
export const DEFAULT_BATCH = 1000;

/**
 * Which local clipping holds each canonical address, for a page of incoming documents: read from
 * the `canonicalUrl` index keys only (no record bodies), then kept up to date in memory while the
 * page is written, so that two documents of one page are checked against each other too.
 */
class UrlOwners {
  private readonly owner = new Map<string, string>();
  private readonly urlOf = new Map<string, string>();

  static async load(db: BaoGonDB, urls: string[], locals: (StoredClipping | undefined)[]) {
    const o = new UrlOwners();
    if (urls.length) {
      await db.clippings
        .where('canonicalUrl')
        .anyOf(urls)
        .eachKey((key, cursor) => o.set(String(key), String(cursor.primaryKey)));
    }
    for (const l of locals) if (l) o.set(l.canonicalUrl, l.id);
    return o;
  }

  private set(url: string, id: string): void {
    const before = this.urlOf.get(id);
    if (before !== undefined && this.owner.get(before) === id) this.owner.delete(before);
    this.owner.set(url, id);
    this.urlOf.set(id, url);
  }

  /** The address `id` may take: `url`, or a local spelling of it when another clipping holds it. */
  claim(id: string, url: string): string {
    const holder = this.owner.get(url);
    const mine = holder && holder !== id ? `${url}${CLASH}${id}` : url;
    this.set(mine, id);
    return mine;
  }

  release(id: string): void {
    const before = this.urlOf.get(id);
    if (before !== undefined && this.owner.get(before) === id) this.owner.delete(before);
    this.urlOf.delete(id);
  }
}

/**
 * Applies one page of remote changes: every read in three bulk reads, every clipping write in one
 * transaction (bulkPut / bulkDelete), then every mark and merge base in one transaction of the sync
 * database, no await per document. Clippings are written first: should the second transaction not
 * happen, the page is applied again next time (the checkpoint has not moved) and merges to the
 * same result. Returns how many documents were merged with local edits.
 */
async function applyRemote(deps: SyncDeps, share: ShareConfig, docs: CouchDoc[]): Promise<number> {
  const { db, state } = deps;
  let merged = 0;
  const keys = docs.map((d) => markKey(share.collectionId, d._id));
  const [marks, bases, locals] = await Promise.all([
    state.marks.bulkGet(keys),
    state.bases.bulkGet(keys),
    db.clippings.bulkGet(docs.map((d) => d._id)),
  ]);
  const newMarks: DocMark[] = [];
  const newBases: { key: string; body: SyncBody }[] = [];
  const puts: StoredClipping[] = [];
  const removals: string[] = [];
  await db.transaction('rw', db.clippings, async () => {
    const remotes = docs.map(bodyOfDoc);
    const urls = remotes.filter((r): r is SyncBody => !!r && !r.removed).map((r) => r.clipping.canonicalUrl);
    const owners = await UrlOwners.load(db, urls, locals);
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i];
      const remote = remotes[i];
      const mark = marks[i];
      if (!remote || (mark && mark.rev === doc._rev)) continue;
      const stored = locals[i];
      const local = stored && stored.collectionId === share.collectionId ? stripDerived(stored) : null;
      if (stored && !local) continue; // same id in another collection: not ours to touch
      const base = bases[i]?.body ?? null;
      const localUnchanged = local
        ? !!mark && local.updatedAt === mark.syncedUpdatedAt
        : !mark || mark.removed;
      let result = remote;
      let pending = false;
      if (!localUnchanged) {
        const mine = local ? bodyOfLocal(local, base) : { ...(base ?? remote), removed: true };
        result = mergeBodies(base, mine, remote);
        pending = JSON.stringify(result) !== JSON.stringify(remote);
        merged++;
      }
      const id = result.clipping.id;
      if (result.removed) {
        removals.push(id);
        owners.release(id);
      } else {
        const c: Clipping = { ...result.clipping, collectionId: share.collectionId };
        c.canonicalUrl = owners.claim(id, c.canonicalUrl);
        puts.push(toStored(c));
      }
      newMarks.push({
        key: keys[i],
        collectionId: share.collectionId,
        id: doc._id,
        rev: doc._rev as string,
        syncedUpdatedAt: pending ? '' : result.clipping.updatedAt,
        removed: remote.removed,
      });
      newBases.push({ key: keys[i], body: remote });
    }
    if (removals.length) await db.clippings.bulkDelete(removals);
    if (puts.length) await db.clippings.bulkPut(puts);
  });
  if (newMarks.length) {
    await state.transaction('rw', state.marks, state.bases, async () => {
      await Promise.all([state.marks.bulkPut(newMarks), state.bases.bulkPut(newBases)]);
    });
  }
  return merged;
}

/**
 * Pulls every change after the checkpoint, one `_changes` page at a time; the checkpoint moves
 * after each applied page. The next page is requested while the current one is applied.
 */
async function pull(deps: SyncDeps, share: ShareConfig): Promise<{ pulled: number; merged: number }> {
  const batch = deps.batch ?? DEFAULT_BATCH;
  const fetchPage = (since: string) => deps.client.changes(share.database, since, batch);
  let pulled = 0;
  let merged = 0;
  let next = fetchPage(share.lastSeq);
  for (;;) {
    const page = await next;
    const more = page.results.length >= batch;
    // Ask for the next page now; it is only used once this one is applied and checkpointed.
    next = more ? fetchPage(String(page.last_seq)) : next;
    if (more) next.catch(() => {}); // an error surfaces when awaited, not as an unhandled rejection
    const docs = page.results
      .map((r) => r.doc)
      .filter((d): d is CouchDoc => !!d && !d._id.startsWith('_design/'));
    if (docs.length) merged += await applyRemote(deps, share, docs);
    pulled += docs.length;
    share.lastSeq = String(page.last_seq);
    await deps.state.shares.update(share.collectionId, { lastSeq: share.lastSeq });
    if (!more) break;
  }
  return { pulled, merged };
}

/**
 * Ids of local changes not yet on the server: edited, new, or deleted since the last sync. With
 * `since`, only clippings updated after it are compared (plus marks flagged pending and deletions,
 * found from primary keys alone), so a sync of one change does not read every record.
 */
export async function pendingIds(
  db: BaoGonDB,
  state: SyncDB,
  collectionId: string,
  since?: string,
): Promise<string[]> {
  const mine = new Set(await db.clippings.where('collectionId').equals(collectionId).primaryKeys());
  const updated = new Map<string, string>();
  const range = since ? db.clippings.where('updatedAt').above(since) : db.clippings.orderBy('updatedAt');
  await range.eachKey((key, cursor) => {
    const id = cursor.primaryKey as string;
    if (mine.has(id)) updated.set(id, String(key));
  });
  const out = new Set<string>();
  const checked = await state.marks.bulkGet([...updated.keys()].map((id) => markKey(collectionId, id)));
  [...updated].forEach(([id, at], i) => {
    if (checked[i]?.syncedUpdatedAt !== at) out.add(id);
  });
  if (since) {
    const flagged = await state.marks
      .where('[collectionId+syncedUpdatedAt]')
      .equals([collectionId, ''])
      .toArray();
    for (const m of flagged) out.add(m.id);
  }
  const markKeys = await state.marks.where('collectionId').equals(collectionId).primaryKeys();
  const goneKeys = markKeys.filter((k) => !mine.has(k.slice(collectionId.length + 1)));
  for (const m of await state.marks.bulkGet(goneKeys)) if (m && !m.removed) out.add(m.id);
  if (since) {
    // Clippings never pushed whose updatedAt is older than `since` (e.g. an import).
    const marked = new Set(markKeys.map((k) => k.slice(collectionId.length + 1)));
    for (const id of mine) if (!marked.has(id)) out.add(id);
  }
  return [...out];
}

const FULL_SCAN_MS = 10 * 60_000;
const lastFullScan = new Map<string, number>();

/**
 * Pushes one chunk of pending ids with one `_bulk_docs` request (three bulk reads before it, one
 * transaction of marks and bases after it); conflicts are merged with the server's version and
 * pushed again.
 */
async function pushChunk(
  deps: SyncDeps,
  share: ShareConfig,
  ids: string[],
): Promise<{ pushed: number; merged: number }> {
  const { db, state, client } = deps;
  let pushed = 0;
  let merged = 0;
  let chunk = ids;
  for (let round = 0; chunk.length && round < 5; round++) {
    const keys = chunk.map((id) => markKey(share.collectionId, id));
    const [marks, bases, locals] = await Promise.all([
      state.marks.bulkGet(keys),
      state.bases.bulkGet(keys),
      db.clippings.bulkGet(chunk),
    ]);
    const bodies = chunk.map((_id, j) => {
      const local = locals[j];
      const base = bases[j]?.body ?? null;
      if (local && local.collectionId === share.collectionId) return bodyOfLocal(stripDerived(local), base);
      return { ...(base as SyncBody), removed: true };
    });
    const results = await client.bulkDocs(
      share.database,
      bodies.map((b, j) => docOf(b, marks[j]?.rev)),
    );
    const okMarks: DocMark[] = [];
    const okBases: { key: string; body: SyncBody }[] = [];
    const conflicts: string[] = [];
    results.forEach((r, j) => {
      if (r.ok && r.rev) {
        okMarks.push({
          key: keys[j],
          collectionId: share.collectionId,
          id: chunk[j],
          rev: r.rev,
          syncedUpdatedAt: locals[j]?.updatedAt ?? bodies[j].clipping.updatedAt,
          removed: bodies[j].removed,
        });
        okBases.push({ key: keys[j], body: bodies[j] });
        pushed++;
      } else if (r.error === 'conflict') conflicts.push(chunk[j]);
      else throw new SyncError('failed', `${r.id}: ${r.error ?? ''} ${r.reason ?? ''}`);
    });
    if (okMarks.length) {
      await state.transaction('rw', state.marks, state.bases, async () => {
        await Promise.all([state.marks.bulkPut(okMarks), state.bases.bulkPut(okBases)]);
      });
    }
    if (!conflicts.length) break;
    // Someone wrote first: merge their version in (as a pull of those documents would), then retry.
    const remote = await client.getDocs(share.database, conflicts);
    merged += await applyRemote(deps, share, [...remote.values()]);
    const after = await state.marks.bulkGet(conflicts.map((id) => markKey(share.collectionId, id)));
    chunk = conflicts.filter((_, j) => !after[j] || after[j]?.syncedUpdatedAt === '');
  }
  return { pushed, merged };
}

/**
 * Pushes pending local changes in chunks of `batch` documents, one chunk after the other (two
 * chunks in flight measured no faster against pouchdb-server, whose own time dominates a push).
 */
async function push(deps: SyncDeps, share: ShareConfig): Promise<{ pushed: number; merged: number }> {
  const { db, state } = deps;
  const batch = deps.batch ?? DEFAULT_BATCH;
  const scanStart = Date.now();
  // A full comparison at least every 10 minutes (catches an undo that restored an old record).
  const full = scanStart - (lastFullScan.get(share.collectionId) ?? 0) > FULL_SCAN_MS;
  const ids = await pendingIds(db, state, share.collectionId, full ? undefined : share.scanFrom);
  if (full) lastFullScan.set(share.collectionId, scanStart);
  let pushed = 0;
  let merged = 0;
  for (let i = 0; i < ids.length; i += batch) {
    const r = await pushChunk(deps, share, ids.slice(i, i + batch));
    pushed += r.pushed;
    merged += r.merged;
  }
  // Next time, compare only what changed after this scan (with a margin for clocks and races).
  share.scanFrom = new Date(scanStart - 120_000).toISOString();
  await state.shares.update(share.collectionId, { scanFrom: share.scanFrom });
  return { pushed, merged };
}

/**
 * One full sync of a shared collection: check access, pull, push, record the checkpoint on the
 * server too (`_local/bao-gon-<client>`). Throws `SyncError`; the share's status is updated.
 */
export async function syncShare(deps: SyncDeps, share: ShareConfig): Promise<SyncReport> {
  const { state, client } = deps;
  try {
    await client.info(share.database);
    const seqBefore = share.lastSeq;
    const a = await pull(deps, share);
    const b = await push(deps, share);
    if (share.lastSeq !== seqBefore || !share.lastSyncAt) {
      await client.putLocal(share.database, `bao-gon-${deps.clientId}`, { last_seq: share.lastSeq });
    }
    const lastSyncAt = new Date().toISOString();
    await state.shares.update(share.collectionId, { lastSyncAt, lastError: null, lastErrorDetail: null });
    return { pulled: a.pulled, pushed: b.pushed, merged: a.merged + b.merged, lastSeq: share.lastSeq };
  } catch (err) {
    const e =
      err instanceof SyncError
        ? err
        : new SyncError('failed', err instanceof Error ? err.message : String(err));
    await state.shares.update(share.collectionId, {
      lastError: e.code,
      lastErrorDetail: e.message.slice(0, 300),
    });
    throw e;
  }
}
