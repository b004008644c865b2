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

/** When the rarest token matches at most this many clippings, the others are checked on the records. */
const VERIFY_LIMIT = 200;

/**
 * Finds clippings containing every query token (title, text, note, tags, entity names,
 * highlights), ignoring diacritics and đ/d, the last token as a prefix; newest first.
 * Uses only the `searchTokens` index: it counts each token's key range, takes the ids of the
 * rarest one, and either checks the other tokens on those few records or intersects the ids of
 * every range. Never scans the table.
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
  const terms = [
    ...exact.map((t) => ({ t, isPrefix: false })),
    ...(prefix ? [{ t: prefix, isPrefix: true }] : []),
  ];
  const range = (term: { t: string; isPrefix: boolean }) =>
    term.isPrefix
      ? db.clippings.where('searchTokens').startsWith(term.t)
      : db.clippings.where('searchTokens').equals(term.t);
  const counts = await Promise.all(terms.map((term) => range(term).count()));
  if (counts.some((c) => c === 0)) return [];
  const order = terms.map((term, i) => ({ term, n: counts[i] })).sort((a, b) => a.n - b.n);
  const rarest = new Set(await range(order[0].term).primaryKeys());
  const others = order.slice(1).map((o) => o.term);
  if (rarest.size <= VERIFY_LIMIT || others.length === 0) {
    if (others.length === 0) return pageOfIds(db, rarest, { limit, offset });
    const rows = (await db.clippings.bulkGet([...rarest])).filter(
      (r): r is StoredClipping =>
        !!r &&
        others.every((o) =>
          o.isPrefix ? r.searchTokens.some((tok) => tok.startsWith(o.t)) : r.searchTokens.includes(o.t),
        ),
    );
    rows.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
    return rows.slice(offset, offset + limit).map(stripDerived);
  }
  const sets = [
    rarest,
    ...(await Promise.all(others.map(async (o) => new Set(await range(o).primaryKeys())))),
  ];
  const ids = new Set([...rarest].filter((id) => sets.every((s) => s.has(id))));
  return pageOfIds(db, ids, { limit, offset });
}
