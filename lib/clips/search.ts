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

/** When some token matches at most this many index entries, the others are checked on the records. */
const VERIFY_LIMIT = 200;

interface Term {
  t: string;
  isPrefix: boolean;
}

function hasTerm(r: StoredClipping, o: Term): boolean {
  return o.isPrefix ? r.searchTokens.some((tok) => tok.startsWith(o.t)) : r.searchTokens.includes(o.t);
}

/**
 * Finds clippings containing every query token (title, text, note, tags, entity names,
 * highlights), ignoring diacritics and đ/d, the last token as a prefix; newest first.
 * Uses only the `searchTokens` index, in one read-only transaction: each token's key range is
 * probed for at most 200 entries; when one token is that rare, its few records are read and
 * the other tokens checked on them; otherwise the ids of every range are intersected.
 * Never scans the table.
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
  const terms: Term[] = [
    ...exact.map((t) => ({ t, isPrefix: false })),
    ...(prefix ? [{ t: prefix, isPrefix: true }] : []),
  ];
  const range = (term: Term) =>
    term.isPrefix
      ? db.clippings.where('searchTokens').startsWith(term.t)
      : db.clippings.where('searchTokens').equals(term.t);
  return db.transaction('r', db.clippings, async () => {
    const probes = await Promise.all(
      terms.map((term) =>
        range(term)
          .limit(VERIFY_LIMIT + 1)
          .primaryKeys(),
      ),
    );
    if (probes.some((p) => p.length === 0)) return [];
    const rareAt = probes.findIndex((p) => p.length <= VERIFY_LIMIT);
    if (rareAt >= 0) {
      const others = terms.filter((_, i) => i !== rareAt);
      const rows = (await db.clippings.bulkGet([...new Set(probes[rareAt])])).filter(
        (r): r is StoredClipping => !!r && others.every((o) => hasTerm(r, o)),
      );
      rows.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
      return rows.slice(offset, offset + limit).map(stripDerived);
    }
    const sets = (await Promise.all(terms.map((term) => range(term).primaryKeys()))).map(
      (ids) => new Set(ids),
    );
    sets.sort((a, b) => a.size - b.size);
    const [first, ...rest] = sets;
    const ids = new Set([...first].filter((id) => rest.every((s) => s.has(id))));
    return pageOfIds(db, ids, { limit, offset });
  });
}
