/** Diacritic folding and tokenising for Vietnamese search. Pure string functions. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds Vietnamese text for diacritic-insensitive matching: NFD, combining marks removed,
 * đ/Đ → d, lower-cased. "Bộ trưởng Bộ Nội vụ" → "bo truong bo noi vu".
 */
export function foldVietnamese(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Longest token kept in the search index (longer runs are cut; prefix search still finds them). */
export const MAX_TOKEN_LENGTH = 32;

/**
 * Splits text into folded search tokens (runs of letters and digits), in order, duplicates kept.
 * "Nghị định 15/2020/NĐ-CP" → ["nghi", "dinh", "15", "2020", "nd", "cp"].
 */
export function tokenize(s: string): string[] {
  const folded = foldVietnamese(s);
  const out: string[] = [];
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) out.push(m[0].slice(0, MAX_TOKEN_LENGTH));
  return out;
}

/** The distinct folded tokens of several texts (the `searchTokens` stored on a clipping). */
export function uniqueTokens(texts: readonly string[]): string[] {
  const set = new Set<string>();
  for (const t of texts) for (const tok of tokenize(t)) set.add(tok);
  return [...set];
}
