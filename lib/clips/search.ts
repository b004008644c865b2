/** Diacritic-insensitive search over clippings through the `*searchTokens` multi-entry index. */
import type { Clipping } from '../types';
import { pageOfIds } from './clippings';
import type { BaoGonDB, StoredClipping } from './db';
import { stripDerived } from './derive';
import { tokenize } from './fold';

export { foldVietnamese, tokenize } from './fold';

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** Forces a plan (tests, benchmarks); by default chosen from the index counts. */
  strategy?: 'verify' | 'walk' | 'sets' | 'hybrid';
}

/** A prefix shorter than this is matched exactly (a one-letter prefix would match most of the index). */
const MIN_PREFIX = 2;

export interface ParsedQuery {
  /** Tokens that must be present exactly. */
  exact: string[];
  /** The last token, matched as a prefix (while the user is still typing it), if any. */
  prefix: string | null;
}

/**
 * Splits a query into folded tokens; the last one is a prefix unless the query ends with a space
 * or it is shorter than two characters. "bo truong noi v" → exact [bo, truong, noi], prefix null
 * (one letter: exact "v"); "Bộ trưởng Nội vụ" → exact [bo, truong, noi], prefix "vu".
 */
export function parseQuery(query: string): ParsedQuery {
  const tokens = [...new Set(tokenize(query))];
  if (tokens.length === 0) return { exact: [], prefix: null };
  const last = tokens[tokens.length - 1];
  const endsOpen = !/\s$/.test(query);
  if (endsOpen && last.length >= MIN_PREFIX) return { exact: tokens.slice(0, -1), prefix: last };
  return { exact: tokens, prefix: null };
}

/** When the rarest token has at most this many index entries, its records are read and checked. */
const VERIFY_LIMIT = 200;
/** Newest-first walks that should find the page within this many records are preferred to id sets. */
const WALK_LIMIT = 600;
/** In the sets plan, a token with more entries than this many per candidate is checked on records instead. */
const KEYS_PER_CANDIDATE = 2;

interface Term {
  t: string;
  isPrefix: boolean;
}

function hasTerm(r: StoredClipping, o: Term): boolean {
  return o.isPrefix ? r.searchTokens.some((tok) => tok.startsWith(o.t)) : r.searchTokens.includes(o.t);
}

const newestFirst = (a: StoredClipping, b: StoredClipping) =>
  a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;

/**
 * Finds clippings containing every query token (title, text, note, tags, entity names,
 * highlights), ignoring diacritics and đ/d, the last token as a prefix; newest first.
 * Index-only planning in one read-only transaction: each token's key range is counted (native,
 * no keys transferred), then
 * - `verify`: the rarest token has few entries → read those records, check the other tokens;
 * - `walk`: every token is common → walk the `savedAt` index newest first in small chunks and
 *   check the tokens on the records, until the page is full (expected reads from the counts);
 * - `sets`: otherwise intersect the ids of the rarer token ranges, page them by `savedAt`, and
 *   check far more common tokens on the records of the newest candidates.
 * Never scans the table. `opts.strategy` forces a plan (tests); 'hybrid' is `sets` with every
 * token but the rarest checked on records.
 */
export async function searchClippings(
  db: BaoGonDB,
  query: string,
  opts: SearchOptions = {},
): Promise<Clipping[]> {
  const { exact, prefix } = parseQuery(query);
  if (exact.length === 0 && !prefix) return [];
  const limit = Math.max(0, opts.limit ?? 50);
  const offset = Math.max(0, opts.offset ?? 0);
  const need = offset + limit;
  if (need === 0) return [];
  const terms: Term[] = [
    ...exact.map((t) => ({ t, isPrefix: false })),
    ...(prefix ? [{ t: prefix, isPrefix: true }] : []),
  ];
  const range = (term: Term) =>
    term.isPrefix
      ? db.clippings.where('searchTokens').startsWith(term.t)
      : db.clippings.where('searchTokens').equals(term.t);
  const matches = (r: StoredClipping | undefined): r is StoredClipping =>
    !!r && terms.every((o) => hasTerm(r, o));
  const page = (rows: StoredClipping[]) => rows.slice(offset, offset + limit).map(stripDerived);

  return db.transaction('r', db.clippings, async () => {
    const [total, ...counts] = await Promise.all([
      db.clippings.count(),
      ...terms.map((term) => range(term).count()),
    ]);
    if (counts.some((c) => c === 0)) return [];
    const rarest = counts.indexOf(Math.min(...counts));
    const rate = counts.reduce((p, c) => p * Math.min(1, c / Math.max(1, total)), 1);
    const expectedReads = need / Math.max(rate, 1e-9);
    const strategy =
      opts.strategy ??
      (counts[rarest] <= VERIFY_LIMIT ? 'verify' : expectedReads <= WALK_LIMIT ? 'walk' : 'sets');

    if (strategy === 'verify') {
      const ids = [...new Set(await range(terms[rarest]).primaryKeys())];
      const rows = (await db.clippings.bulkGet(ids)).filter(matches);
      return page(rows.sort(newestFirst));
    }
    if (strategy === 'walk') {
      const found: StoredClipping[] = [];
      let scanned = 0;
      let chunk = Math.min(200, Math.ceil(expectedReads * 1.25) + 8);
      while (found.length < need) {
        const ids = await db.clippings
          .orderBy('savedAt')
          .reverse()
          .offset(scanned)
          .limit(chunk)
          .primaryKeys();
        if (ids.length === 0) break;
        for (const r of await db.clippings.bulkGet(ids)) if (matches(r)) found.push(r);
        scanned += ids.length;
        chunk = Math.min(chunk * 2, 400);
      }
      return page(found);
    }
    // sets: ids of the rarest token, intersected with the ids of tokens that are not much more
    // common; tokens far more common are checked on the records of the (newest) candidates.
    const order = terms.map((term, i) => ({ term, n: counts[i] })).sort((x, y) => x.n - y.n);
    let ids = new Set(await range(order[0].term).primaryKeys());
    const rest: Term[] = [];
    for (const { term, n } of order.slice(1)) {
      const onRecords =
        opts.strategy === 'hybrid' || (opts.strategy !== 'sets' && n > KEYS_PER_CANDIDATE * ids.size);
      if (onRecords) {
        rest.push(term);
        continue;
      }
      const other = new Set(await range(term).primaryKeys());
      ids = new Set([...ids].filter((id) => other.has(id)));
    }
    if (rest.length === 0) return pageOfIds(db, ids, { limit, offset });
    const ordered = (await db.clippings.orderBy('savedAt').reverse().primaryKeys()).filter((id) =>
      ids.has(id),
    );
    const found: StoredClipping[] = [];
    for (let at = 0; at < ordered.length && found.length < need; at += 2 * need) {
      for (const r of await db.clippings.bulkGet(ordered.slice(at, at + 2 * need)))
        if (matches(r)) found.push(r);
    }
    return page(found);
  });
}
