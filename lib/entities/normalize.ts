/**
 * Working copy of a text for recognition: NFC, one tone-placement convention, plain spaces and
 * straight quotes — with a map back to offsets in the text as given.
 */

/** A normalised working copy of an input text. */
export interface Prepared {
  /** The input as given. */
  source: string;
  /** Working copy: NFC, new-style tone placement, nbsp → space, curly → straight quotes. */
  w: string;
  /** `w` lower-cased, same length as `w`. */
  lw: string;
  /** Offsets into `source` for each index of `w` (length `w.length + 1`), or null when identical. */
  map: Int32Array | null;
}

const SPECIALS =
  /[\u00a0\u2007\u202f\u200b\u00ad\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033]/g;
const SPECIAL_TO: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u200b': ' ',
  '\u00ad': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
};

// Old-style tone placement ("hoà", "Thoả", "thuỷ") → new style ("hòa", "Thỏa", "thủy").
// Only open syllables (nothing after the vowel pair) and never after "q" (qu- is an onset).
const TONED_A = 'àáảãạ';
const TONED_E = 'èéẻẽẹ';
const TONED_Y = 'ỳýỷỹỵ';
const TONED_O = 'òóỏõọ';
const TONED_U = 'ùúủũụ';
const OLD_TONE = /[oO][àáảãạèéẻẽẹ]|[uU][ỳýỷỹỵ]/g;
const LETTER = /[\p{L}\p{M}]/u;

function moveTone(vowel: string, toned: string): string {
  let k = TONED_A.indexOf(toned);
  if (k < 0) k = TONED_E.indexOf(toned);
  if (k >= 0) {
    const o = TONED_O[k];
    return (vowel === 'O' ? o.toUpperCase() : o) + (TONED_A.includes(toned) ? 'a' : 'e');
  }
  k = TONED_Y.indexOf(toned);
  const u = TONED_U[k];
  return (vowel === 'U' ? u.toUpperCase() : u) + 'y';
}

/**
 * An old-style pair {@link fixTones} may rewrite: not followed by a letter or mark (or followed by an
 * astral character, which its one-unit test never counts as a letter). Most pairs are inside closed
 * syllables ("toàn"), so most texts need no rewriting pass.
 */
const OLD_TONE_OPEN = /(?:[oO][àáảãạèéẻẽẹ]|[uU][ỳýỷỹỵ])(?:(?![\p{L}\p{M}])|(?=[\u{10000}-\u{10ffff}]))/u;

function fixTones(s: string): string {
  if (!OLD_TONE_OPEN.test(s)) return s;
  return s.replace(OLD_TONE, (m: string, at: number) => {
    const before = at > 0 ? s[at - 1] : '';
    const after = s[at + 2] ?? '';
    if (before === 'q' || before === 'Q' || (after && LETTER.test(after))) return m;
    return moveTone(m[0], m[1]);
  });
}

function lowerSameLength(w: string): string {
  const lw = w.toLowerCase();
  if (lw.length === w.length) return lw;
  let out = '';
  for (const ch of w) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * Builds the working copy of `text`. Offsets found in `w` map back to `text` with {@link toSource}.
 */
export function prepare(text: string): Prepared {
  // One scan tells which (if any) of the rewrites are needed.
  let seen = 0;
  for (let i = 0; i < text.length; i++) seen |= KIND[text.charCodeAt(i)];
  const marks = (seen & K_MARK) !== 0;
  const specials = (seen & K_SPECIAL) !== 0;
  let w = text;
  let map: Int32Array | null = null;
  if (marks) {
    // Compose only around combining marks, so every working index knows its source index.
    const parts: string[] = [];
    const idx = new Int32Array(text.length + 1);
    let out = 0;
    let last = 0;
    let i = 0;
    while (i < text.length) {
      if (!isMark(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let start = i - 1;
      if (start > last && text.charCodeAt(start) >= 0xdc00 && text.charCodeAt(start) <= 0xdfff) start--;
      if (start < last) start = last;
      let end = i + 1;
      while (end < text.length && isMark(text.charCodeAt(end))) end++;
      for (let k = last; k < start; k++) idx[out++] = k;
      parts.push(text.slice(last, start));
      const raw = text.slice(start, end);
      let cluster = nfcCache.get(raw);
      if (cluster === undefined) {
        cluster = raw.normalize('NFC');
        if (nfcCache.size > 20000) nfcCache.clear();
        nfcCache.set(raw, cluster);
      }
      parts.push(cluster);
      for (let k = 0; k < cluster.length; k++) idx[out++] = start;
      last = end;
      i = end;
    }
    for (let k = last; k < text.length; k++) idx[out++] = k;
    parts.push(text.slice(last));
    idx[out] = text.length;
    w = parts.join('');
    map = idx.subarray(0, out + 1);
  }
  if (specials) w = w.replace(SPECIALS, (c) => SPECIAL_TO[c] ?? ' ');
  w = fixTones(w);
  return { source: text, w, lw: lowerSameLength(w), map };
}

const nfcCache = new Map<string, string>();

const K_MARK = 1;
const K_SPECIAL = 2;
/** Per UTF-16 code unit: a combining mark ({@link isMark}) or a character {@link SPECIALS} rewrites. */
const KIND = new Uint8Array(0x10000);
for (let c = 0xa0; c < 0x10000; c++) KIND[c] = isMark(c) ? K_MARK : isSpecial(c) ? K_SPECIAL : 0;

function isMark(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff);
}

function isSpecial(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0xad ||
    c === 0x2007 ||
    c === 0x202f ||
    c === 0x200b ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2032 ||
    c === 0x2033
  );
}

/** Maps an offset in the working copy to an offset in the source text. */
export function toSource(p: Prepared, i: number): number {
  return p.map ? p.map[i] : i;
}

/** NFC, new-style tones, folded spaces: the canonical spelling used for keys and comparisons. */
export function canonical(s: string): string {
  let n = s.normalize('NFC');
  if (hasSpecial(n)) n = n.replace(SPECIALS, (c) => SPECIAL_TO[c] ?? ' ');
  return singleSpaces(fixTones(n)).trim();
}

/** True when `s` holds a character that {@link SPECIALS} rewrites. */
function hasSpecial(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xa0 && isSpecial(c)) return true;
  }
  return false;
}

/**
 * True unless every white-space character of `s` is a plain space standing alone: then replacing
 * white-space runs by one space changes nothing. Errs towards true (zero-width space, U+0085, controls).
 */
export function unevenSpaces(s: string): boolean {
  let prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prev) return true;
      prev = true;
      continue;
    }
    prev = false;
    if (c < 32 || (c >= 0x80 && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200b)) return true;
    if (c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return true;
  }
  return false;
}

/** `s` with every white-space run replaced by one space (`s.replace(/\s+/g, ' ')`), without a pass when none is needed. */
export function singleSpaces(s: string): string {
  return unevenSpaces(s) ? s.replace(/\s+/g, ' ') : s;
}

const foldCache = new Map<string, string>();

/** Lower-case, diacritic-free form of one character (đ → d); always one UTF-16 unit for BMP letters. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return ch.toLowerCase();
  let f = foldCache.get(ch);
  if (f === undefined) {
    const base = ch.toLowerCase().normalize('NFD')[0] ?? ch;
    f = base === 'đ' ? 'd' : base;
    if (f.length !== ch.length) f = ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    foldCache.set(ch, f);
  }
  return f;
}

/** Diacritic- and case-folded copy of `s`, same length. */
export function foldString(s: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) {
      out += s.slice(run, i).toLowerCase() + foldChar(s[i]);
      run = i + 1;
    }
  }
  return out + s.slice(run).toLowerCase();
}
