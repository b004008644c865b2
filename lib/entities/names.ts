/** Shape tests for personal names: Vietnamese syllables, family names, foreign words. */
import { NAME_LIKE_DISTRICTS, PROVINCES_34, PROVINCES_63 } from './inventory/places';
import { COUNTRIES, FAMILY_NAMES, NAME_LIKE_PLACES } from './lexicon';
import { foldString } from './normalize';
import { phraseTable, type Tok } from './tokens';

const FAMILY = phraseTable(FAMILY_NAMES);
/** Places with the shape of a name: "Hoàng Mai", "Hà Nam", "Lâm Đồng". */
const PLACES = new Set([
  ...NAME_LIKE_PLACES,
  ...PROVINCES_63,
  ...PROVINCES_34,
  ...NAME_LIKE_DISTRICTS,
  ...COUNTRIES,
]);
// "Chủ tịch Hồ Chí Minh" is a person; the city is told apart by the place word before it.
PLACES.delete('hồ chí minh');

/** True when the lower-case words `ls` (or their first two or three) name a place, not a person. */
export function isPlaceName(ls: string[]): boolean {
  for (let len = Math.min(ls.length, 4); len >= 2; len--)
    if (PLACES.has(ls.slice(0, len).join(' '))) return true;
  return false;
}

const VIET_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$/;

/** True when a lower-case token has the shape of one Vietnamese syllable. */
export function isVietSyllable(l: string): boolean {
  return VIET_SYLLABLE.test(foldString(l));
}

const syllableCache = new Map<string, boolean>();

/** A capitalised word that is not Vietnamese ("Modi", "Ion-Marcel", "Sayasone"). */
export function isForeignWord(t: Tok): boolean {
  if (!t.word) return false;
  let viet = syllableCache.get(t.l);
  if (viet === undefined) {
    viet = /^\d/.test(t.l) || (!t.l.includes('-') && isVietSyllable(t.l));
    if (syllableCache.size > 50000) syllableCache.clear();
    syllableCache.set(t.l, viet);
  }
  return !viet;
}

/** A capitalised word that can be part of a name (not an acronym, not a number). */
export function isNameWord(t: Tok | undefined): boolean {
  return !!t && t.nm;
}

/**
 * Length of a Vietnamese full name starting at `i` (family name + 1–3 syllables, the whole
 * capitalised run), or 0. `stop(k)` tells where a title or body word interrupts the run.
 */
export function vietNameAt(toks: Tok[], i: number, stop: (k: number) => boolean): number {
  const t = toks[i];
  if (!isNameWord(t) || !(t.f & FAMILY.bit)) return 0;
  let k = i + 1;
  while (k < toks.length && k - i < 5 && isNameWord(toks[k]) && !stop(k) && !isForeignWord(toks[k])) k++;
  const run = k - i;
  if (run < 2 || run > 4) return 0;
  if (isNameWord(toks[k]) && !stop(k)) return 0;
  const ls: string[] = [];
  for (let q = i; q < k; q++) ls.push(toks[q].l);
  if (isPlaceName(ls)) return 0;
  return run;
}
