/**
 * Library queries over the clippings database, index-only where possible: the ids matching the
 * filters (search tokens, collection, tag, site, entity, published-date range) are intersected,
 * then one page is read newest first.
 */
import { listNewest, pageOfIds } from '@/lib/clips/clippings';
import type { BaoGonDB } from '@/lib/clips/db';
import { parseQuery } from '@/lib/clips/search';
import type { Clipping } from '@/lib/types';

export interface LibraryFilters {
  /** Search text (diacritic-insensitive, last word as a prefix). */
  query: string;
  collectionId: string;
  tag: string;
  siteName: string;
  entityKey: string;
  /** Published date range, `YYYY-MM-DD`, inclusive ('' = open). */
  from: string;
  to: string;
}

export const EMPTY_FILTERS: LibraryFilters = {
  query: '',
  collectionId: '',
  tag: '',
  siteName: '',
  entityKey: '',
  from: '',
  to: '',
};

async function keysOf(db: BaoGonDB, index: string, value: string): Promise<Set<string>> {
  return new Set(await db.clippings.where(index).equals(value).primaryKeys());
}

/**
 * Ids of the clippings matching every set filter, or null when no filter is set (= all).
 * A search with no usable token matches nothing.
 */
export async function matchingIds(db: BaoGonDB, f: LibraryFilters): Promise<Set<string> | null> {
  const lookups: Promise<Set<string>>[] = [];
  if (f.query.trim()) {
    const { exact, prefix } = parseQuery(f.query);
    if (exact.length === 0 && !prefix) return new Set();
    for (const tok of exact) lookups.push(keysOf(db, 'searchTokens', tok));
    if (prefix)
      lookups.push(
        db.clippings
          .where('searchTokens')
          .startsWith(prefix)
          .primaryKeys()
          .then((k) => new Set(k)),
      );
  }
  if (f.collectionId) lookups.push(keysOf(db, 'collectionId', f.collectionId));
  if (f.tag) lookups.push(keysOf(db, 'tags', f.tag));
  if (f.siteName) lookups.push(keysOf(db, 'siteName', f.siteName));
  if (f.entityKey) lookups.push(keysOf(db, 'entityKeys', f.entityKey));
  if (f.from || f.to) {
    const lo = f.from || '';
    const hi = f.to ? `${f.to}\uffff` : '\uffff';
    lookups.push(
      db.clippings
        .where('publishedTime')
        .between(lo, hi, true, true)
        .primaryKeys()
        .then((k) => new Set(k)),
    );
  }
  if (lookups.length === 0) return null;
  const sets = (await Promise.all(lookups)).sort((a, b) => a.size - b.size);
  const [first, ...rest] = sets;
  return new Set([...first].filter((id) => rest.every((s) => s.has(id))));
}

export interface LibraryPage {
  items: Clipping[];
  /** Number of clippings matching the filters. */
  total: number;
}

/** One page of clippings matching `f`, newest saved first, with the total number of matches. */
export async function queryLibrary(
  db: BaoGonDB,
  f: LibraryFilters,
  page: { offset: number; limit: number },
): Promise<LibraryPage> {
  const ids = await matchingIds(db, f);
  if (ids === null) {
    const [items, total] = await Promise.all([listNewest(db, page), db.clippings.count()]);
    return { items, total };
  }
  return { items: await pageOfIds(db, ids, page), total: ids.size };
}

/** Every id matching `f` (for "select all matching"). */
export async function allMatchingIds(db: BaoGonDB, f: LibraryFilters): Promise<string[]> {
  const ids = await matchingIds(db, f);
  return ids === null ? ((await db.clippings.toCollection().primaryKeys()) as string[]) : [...ids];
}

export interface Facets {
  tags: string[];
  sites: string[];
}

/** Distinct tags and site names (index keys only), sorted in Vietnamese order. */
export async function facets(db: BaoGonDB): Promise<Facets> {
  const [tags, sites] = await Promise.all([
    db.clippings.orderBy('tags').uniqueKeys(),
    db.clippings.orderBy('siteName').uniqueKeys(),
  ]);
  const sort = (a: unknown[]) =>
    a
      .map(String)
      .filter((s) => s.trim() !== '')
      .sort((x, y) => x.localeCompare(y, 'vi'));
  return { tags: sort(tags), sites: sort(sites) };
}
