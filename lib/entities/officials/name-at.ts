/** Names where the title grammar expects one: Vietnamese, Sino-Vietnamese and foreign (with particles). */
import { isForeignWord, isNameWord } from '../names';
import type { Ctx } from './context';
import { NAME_PARTICLES } from './tables';
import type { NameHit } from './types';

/** A name at `k` (honorifics skipped). */
export function nameAt(c: Ctx, k: number, afterCompleteOrg: boolean): NameHit | null {
  let j = k;
  const h = c.honorAt(j);
  j += h;
  if (!isNameWord(c.toks[j]) || c.headAt(j)) return null;
  const v = c.vietAt(j);
  if (v) return hit(c, j, j + v, false);
  let e = j;
  let foreign = false;
  while (e < c.n && e - j < 5 && isNameWord(c.toks[e]) && !c.headAt(e) && !c.honorAt(e)) {
    if (isForeignWord(c.toks[e])) foreign = true;
    e++;
    // "Ursula von der Leyen", "Mohammed bin Salman": particles inside a foreign name.
    let q = e;
    while (q < c.n && q - e < 2 && NAME_PARTICLES.has(c.toks[q].l) && !c.toks[q].cap) q++;
    if (q > e && foreign && isNameWord(c.toks[q])) e = q;
  }
  if (e === j) return null;
  // Countries are not people ("Việt Nam", "Philippines").
  if (c.countryAt(j) >= e - j) return null;
  if (!foreign && e - j >= 2 && e - j <= 4) {
    // Chinese names ("Tập Cận Bình") and unusual spellings after a complete body or honorific.
    if (afterCompleteOrg || h) return hit(c, j, e, false);
    return null;
  }
  if (foreign && e - j >= 2) return hit(c, j, e, true);
  if (e - j === 1) return { ...hit(c, j, e, foreign), kind: 'single' };
  return null;
}

export function hit(c: Ctx, s: number, e: number, foreign: boolean): NameHit {
  return {
    s: c.toks[s].s,
    e: c.toks[e - 1].e,
    end: e,
    toks: c.toks.slice(s, e).map((t) => t.l),
    kind: 'full',
    foreign,
  };
}
