/** Helpers shared by the span recognisers (agreements, legal documents). */
import type { Tok } from './tokens';

/** A recognised span in working-copy offsets. */
export interface Span {
  s: number;
  e: number;
}

/** Number + symbol of a legal document: "67/2025/NĐ-CP", "84-KL/TW", "54/2019/QH14", "2640/QĐ-TTg". */
export const NUMSYM = /\d{1,5}(?:\/\d{2,4})?[/-][A-ZĐ][A-ZĐa-zđ0-9]*(?:[-/][A-ZĐ0-9][A-ZĐa-zđ0-9]*)*/y;
/** A bare number ("Nghị quyết 57", "Nghị quyết số 18"), optionally with a year ("15/2020"). */
export const BARE_NUM = /\d{1,5}(?:\/\d{4})?(?![\d/-]*[A-Za-zĐđ])/y;

/** Matches a sticky regex at `pos` of `w`; returns the end or -1. */
export function stickyAt(re: RegExp, w: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(w);
  return m ? pos + m[0].length : -1;
}

/** Index of the first token starting at or after working offset `pos`. */
export function tokenAt(toks: Tok[], pos: number, from = 0): number {
  let lo = from;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].s < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Finds the closing parenthesis for `(` at token `k` within `max` tokens, or -1. */
export function closeParen(toks: Tok[], k: number, max: number): number {
  for (let q = k + 1; q < toks.length && q - k <= max; q++) {
    const t = toks[q].l;
    if (t === ')') return q;
    if (t === '(' || t === '\n' || t === '.' || t === ';') return -1;
  }
  return -1;
}
