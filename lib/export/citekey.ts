/** Citation keys shared by the CSL-JSON, RIS and BibTeX exports. Pure functions. */
import type { Clipping } from '../types';
import { dateParts, slugify } from './common';

/**
 * Unique, ASCII citation keys for clippings in order: `<site or author><year><first title word>`,
 * e.g. "vnexpress2026botruong"; repeated keys get "a", "b", … ("…2", "…3" after "z").
 */
export function citationKeys(clippings: readonly Clipping[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set<string>();
  return clippings.map((c) => {
    const who = slugify(c.siteName || c.byline || 'baogon', 16, 'baogon').replace(/-/g, '');
    const year = dateParts(c.publishedTime ?? c.savedAt)?.[0] ?? '';
    const word = slugify(c.title, 40, 'bai').split('-').slice(0, 2).join('');
    const base = `${who}${year}${word}`;
    let key = base;
    let n = seen.get(base) ?? 0;
    while (taken.has(key)) {
      n++;
      key = n <= 26 ? `${base}${String.fromCharCode(96 + n)}` : `${base}${n}`;
    }
    seen.set(base, n);
    taken.add(key);
    return key;
  });
}
