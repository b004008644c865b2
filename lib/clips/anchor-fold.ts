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

const cache = new Map<string, string>();

/** Folds one original character (a code point) into zero or more folded characters. */
function foldChar(ch: string): string {
  const plain = PLAIN[ch];
  if (plain !== undefined) return plain;
  let out = cache.get(ch);
  if (out !== undefined) return out;
  out = '';
  for (const c of ch.normalize('NFD')) if (!DROPPED.test(c)) out += c;
  out = out.toLowerCase();
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

/** ASCII whitespace: tab, line feed, form feed, carriage return, space. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/**
 * Folds `s` for matching (see the module comment). `fold(s).text` is what is searched; `starts`
 * and `ends` map a folded match back to the original text.
 */
export function fold(s: string): FoldedText {
  const parts: string[] = [];
  let cap = s.length + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let n = 0;
  let lastSpace = true; // no leading space
  const emit = (c: string, from: number, to: number): void => {
    if (n === cap) {
      cap *= 2;
      const ns = new Int32Array(cap);
      ns.set(starts);
      starts = ns;
      const ne = new Int32Array(cap);
      ne.set(ends);
      ends = ne;
    }
    parts.push(c);
    starts[n] = from;
    ends[n] = to;
    n++;
  };
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      if (isAsciiSpace(code)) {
        if (!lastSpace) emit(' ', i, i + 1);
        lastSpace = true;
      } else {
        emit(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : s[i], i, i + 1);
        lastSpace = false;
      }
      i++;
      continue;
    }
    const len = code >= 0xd800 && code <= 0xdbff && i + 1 < s.length ? 2 : 1;
    const ch = len === 1 ? s[i] : s.slice(i, i + 2);
    if (SPACE.test(ch)) {
      if (!lastSpace) emit(' ', i, i + len);
      lastSpace = true;
    } else {
      const f = foldChar(ch);
      if (f === '') {
        // A mark or invisible character: it belongs to the character before it.
        if (n > 0 && ends[n - 1] === i) ends[n - 1] = i + len;
      } else {
        for (const c of f) emit(c, i, i + len);
        lastSpace = false;
      }
    }
    i += len;
  }
  return { text: parts.join(''), starts: starts.slice(0, n), ends: ends.slice(0, n) };
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
