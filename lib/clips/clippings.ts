/** Queries and changes on the `clippings` table. Every result is a plain `Clipping`. */
import type { Clipping, EntityType } from '../types';
import type { BaoGonDB, StoredClipping } from './db';
import { parseEntityLabel, stripDerived, toStored } from './derive';
import { toWriteError } from './errors';
import { canonicalizeUrl } from './url';

/** One clipping by id, or null. */
export async function getClipping(db: BaoGonDB, id: string): Promise<Clipping | null> {
  const s = await db.clippings.get(id);
  return s ? stripDerived(s) : null;
}

/** The article clipping of a page (any URL spelling of it), or null. */
export async function getClippingByUrl(db: BaoGonDB, url: string): Promise<Clipping | null> {
  const s = await db.clippings.where('canonicalUrl').equals(canonicalizeUrl(url)).first();
  return s ? stripDerived(s) : null;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
  collectionId?: string;
  tag?: string;
  siteName?: string;
  entityKey?: string;
  /** Inclusive bounds on `savedAt` (ISO strings). */
  from?: string;
  to?: string;
}

/** Below this many candidate ids, fetching and sorting them beats walking the savedAt index. */
const SMALL_SET = 200;

function intersect(sets: Set<string>[]): Set<string> {
  sets.sort((a, b) => a.size - b.size);
  const [first, ...rest] = sets;
  return new Set([...first].filter((id) => rest.every((s) => s.has(id))));
}

async function idsWhere(db: BaoGonDB, index: string, value: string): Promise<Set<string>> {
  return new Set(await db.clippings.where(index).equals(value).primaryKeys());
}

/** The savedAt-index collection between `from` and `to` (inclusive), newest first. */
function bySavedAt(db: BaoGonDB, from?: string, to?: string) {
  const lo = from ?? '';
  const hi = to ?? '\uffff';
  return db.clippings.where('savedAt').between(lo, hi, true, true).reverse();
}

/**
 * Newest clippings first (by `savedAt`), optionally filtered by collection, tag, site, entity
 * key and a `savedAt` range. Uses only indexes: without filters it pages the `savedAt` index;
 * with filters it intersects the primary keys of each filter's index, then orders the (few)
 * matches by fetching them, or (many) by walking the `savedAt` keys.
 */
export async function listNewest(db: BaoGonDB, opts: ListOptions = {}): Promise<Clipping[]> {
  const limit = Math.max(0, opts.limit ?? 50);
  const offset = Math.max(0, opts.offset ?? 0);
  const filters: [string, string | undefined][] = [
    ['collectionId', opts.collectionId],
    ['tags', opts.tag],
    ['siteName', opts.siteName],
    ['entityKeys', opts.entityKey],
  ];
  const active = filters.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '');
  if (active.length === 0) {
    const rows = await bySavedAt(db, opts.from, opts.to).offset(offset).limit(limit).toArray();
    return rows.map(stripDerived);
  }
  const ids = intersect(await Promise.all(active.map(([index, v]) => idsWhere(db, index, v))));
  return pageOfIds(db, ids, { limit, offset, from: opts.from, to: opts.to });
}

/** Orders a set of ids newest first (optionally within a savedAt range) and returns one page. */
export async function pageOfIds(
  db: BaoGonDB,
  ids: Set<string>,
  opts: { limit: number; offset: number; from?: string; to?: string },
): Promise<Clipping[]> {
  if (ids.size === 0 || opts.limit === 0) return [];
  const inRange = (s: StoredClipping) =>
    (!opts.from || s.savedAt >= opts.from) && (!opts.to || s.savedAt <= opts.to);
  if (ids.size <= SMALL_SET || ids.size <= opts.offset + opts.limit) {
    const rows = (await db.clippings.bulkGet([...ids])).filter((s): s is StoredClipping => !!s && inRange(s));
    rows.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
    return rows.slice(opts.offset, opts.offset + opts.limit).map(stripDerived);
  }
  const ordered = (await bySavedAt(db, opts.from, opts.to).primaryKeys()).filter((id) => ids.has(id));
  const page = ordered.slice(opts.offset, opts.offset + opts.limit);
  const rows = await db.clippings.bulkGet(page);
  return rows.filter((s): s is StoredClipping => !!s).map(stripDerived);
}

export interface EntityCount {
  key: string;
  /** The most frequent name of this entity (the person's name for officials, else its text). */
  name: string;
  /** The most frequent mention text. */
  text: string;
  type: EntityType;
  /** Number of clippings mentioning the entity. */
  count: number;
}

/**
 * The entity index: for every entity key, its most frequent name and text, its type and the
 * number of clippings that mention it, most mentioned first. Reads only the distinct keys of the
 * `entityLabels` index and one native count per distinct label (a clipping has one label entry
 * per entity key, so the counts of a key's labels add up to its number of clippings).
 */
export async function countByEntity(db: BaoGonDB): Promise<EntityCount[]> {
  return db.transaction('r', db.clippings, async () => {
    const labels = (await db.clippings.orderBy('entityLabels').uniqueKeys()).map(String);
    const counts = await Promise.all(labels.map((l) => db.clippings.where('entityLabels').equals(l).count()));
    const perKey = new Map<
      string,
      { count: number; names: Map<string, number>; texts: Map<string, number>; type: string }
    >();
    const bump = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
    labels.forEach((entry, i) => {
      const { key, type, name, text } = parseEntityLabel(entry);
      let e = perKey.get(key);
      if (!e) perKey.set(key, (e = { count: 0, names: new Map(), texts: new Map(), type }));
      e.count += counts[i];
      bump(e.names, name, counts[i]);
      bump(e.texts, text, counts[i]);
    });
    const top = (m: Map<string, number>) =>
      [...m].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0][0];
    const out: EntityCount[] = [];
    for (const [key, e] of perKey) {
      out.push({ key, name: top(e.names), text: top(e.texts), type: e.type as EntityType, count: e.count });
    }
    return out.sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, 'vi'));
  });
}

/**
 * Deletes clippings by id in one transaction and returns the deleted records (for undo through
 * `restoreClippings`). Unknown ids are ignored.
 */
export async function deleteClippings(db: BaoGonDB, ids: readonly string[]): Promise<Clipping[]> {
  try {
    return await db.transaction('rw', db.clippings, async () => {
      const rows = (await db.clippings.bulkGet([...ids])).filter((s): s is StoredClipping => !!s);
      await db.clippings.bulkDelete(rows.map((r) => r.id));
      return rows.map(stripDerived);
    });
  } catch (err) {
    throw toWriteError(err);
  }
}

/**
 * Puts deleted clippings back (undo) in one transaction. A clipping whose page was saved again in
 * the meantime (same canonicalUrl, other id) is skipped; returns how many were restored.
 */
export async function restoreClippings(db: BaoGonDB, clippings: readonly Clipping[]): Promise<number> {
  try {
    return await db.transaction('rw', db.clippings, async () => {
      let restored = 0;
      for (const c of clippings) {
        const clash = await db.clippings.where('canonicalUrl').equals(c.canonicalUrl).first();
        if (clash && clash.id !== c.id) continue;
        await db.clippings.put(toStored(c));
        restored++;
      }
      return restored;
    });
  } catch (err) {
    throw toWriteError(err);
  }
}

/** Changes a clipping's note, tags or collection; returns the updated clipping (null if gone). */
export async function updateClipping(
  db: BaoGonDB,
  id: string,
  patch: Partial<Pick<Clipping, 'note' | 'tags' | 'collectionId' | 'highlights' | 'title'>>,
  now: Date = new Date(),
): Promise<Clipping | null> {
  try {
    return await db.transaction('rw', db.clippings, async () => {
      const s = await db.clippings.get(id);
      if (!s) return null;
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next: Clipping = { ...stripDerived(s), ...defined, updatedAt: now.toISOString() };
      await db.clippings.put(toStored(next));
      return next;
    });
  } catch (err) {
    throw toWriteError(err);
  }
}
