/** Diacritic-insensitive search over clippings through the `*searchTokens` multi-entry index. */
import type { Clipping } from '../types';
import { pageOfIds } from './clippings';
import type { BaoGonDB } from './db';
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

/**
 * Finds clippings containing every query token (title, text, note, tags, entity names,
 * highlights), ignoring diacritics and đ/d, the last token as a prefix; newest first.
 * Uses only the `searchTokens` index (one key range per token), then intersects the ids.
 */
export async function searchClippings(
  db: BaoGonDB,
  query: string,
  opts: SearchOptions = {},
): Promise<Clipping[]> {
  const { exact, prefix } = parseQuery(query);
  if (exact.length === 0 && !prefix) return [];
  const lookups = exact.map((t) => db.clippings.where('searchTokens').equals(t).primaryKeys());
  if (prefix) lookups.push(db.clippings.where('searchTokens').startsWith(prefix).primaryKeys());
  const sets = (await Promise.all(lookups)).map((ids) => new Set(ids));
  sets.sort((a, b) => a.size - b.size);
  const [first, ...rest] = sets;
  const ids = new Set([...first].filter((id) => rest.every((s) => s.has(id))));
  return pageOfIds(db, ids, { limit: Math.max(0, opts.limit ?? 50), offset: Math.max(0, opts.offset ?? 0) });
}
