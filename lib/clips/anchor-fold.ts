/**
 * Folding a text for tolerant quote matching while remembering where each folded character came
 * from. Pure string functions (helpers of `anchor.ts`).
 *
 * Folding: Unicode NFD, combining marks dropped (so NFC/NFD spellings and old/new Vietnamese tone
 * placement "hoà"/"hòa" agree), đ/Đ → d, lower-cased, typographic quotes and dashes made plain,
 * zero-width characters and soft hyphens dropped, and every run of whitespace (including
 * no-break spaces and line breaks) collapsed to one space.
 */

/** A folded text and, for each folded character, the range of the original text it stands for. */
export interface FoldedText {
  text: string;
  /** Original index where folded character i starts. */
  starts: Int32Array;
  /** Original index just after folded character i (and any combining marks attached to it). */
  ends: Int32Array;
}

const DROPPED =
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u200b-\u200d\u2060\ufeff\u00ad]/;
const SPACE = /\s/;

const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  đ: 'd',
  Đ: 'd',
};

/** Folds one original character (a code point) into zero or more folded characters. */
function foldChar(ch: string): string {
  const plain = PLAIN[ch];
  if (plain !== undefined) return plain;
  let out = '';
  for (const c of ch.normalize('NFD')) if (!DROPPED.test(c)) out += c;
  return out.toLowerCase();
}

/**
 * Folds `s` for matching (see the module comment). `fold(s).text` is what is searched; `starts`
 * and `ends` map a folded match back to the original text.
 */
export function fold(s: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const ch = s.slice(i, i + len);
    if (SPACE.test(ch)) {
      if (text.length > 0 && text[text.length - 1] !== ' ') {
        text += ' ';
        starts.push(i);
        ends.push(i + len);
      }
    } else {
      const f = foldChar(ch);
      if (f === '') {
        // A mark or invisible character: it belongs to the character before it.
        if (ends.length > 0 && ends[ends.length - 1] === i) ends[ends.length - 1] = i + len;
      } else {
        for (const c of f) {
          text += c;
          starts.push(i);
          ends.push(i + len);
        }
      }
    }
    i += len;
  }
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Folds `s` without keeping the map. */
export function foldPlain(s: string): string {
  return fold(s).text;
}

/** The folded index of the first folded character that starts at or after original index `orig`. */
export function foldedIndexOf(f: FoldedText, orig: number): number {
  let lo = 0;
  let hi = f.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.starts[mid] < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
