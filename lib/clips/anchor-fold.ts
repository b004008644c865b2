/**
 * Folding a text for tolerant quote matching while remembering where each folded character came
 * from. Pure string functions (helpers of `anchor.ts`).
 *
 * Folding: Unicode NFD, combining marks dropped (so NFC/NFD spellings and old/new Vietnamese tone
 * placement "hoà"/"hòa" agree), đ/Đ → d, lower-cased, typographic quotes and dashes made plain,
 * zero-width characters and soft hyphens dropped, and every run of whitespace (including
 * no-break spaces and line breaks) collapsed to one space.
 */
import { lowerBound } from '../sorted';

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

/** Marks a whitespace character in `TABLE`. */
const WHITESPACE = '\u0000';
/** Folding of each BMP code unit seen so far (filled lazily). */
const TABLE: (string | undefined)[] = [];

function foldCode(code: number): string {
  let f = TABLE[code];
  if (f === undefined) {
    const ch = String.fromCharCode(code);
    f = SPACE.test(ch) ? WHITESPACE : foldChar(ch);
    TABLE[code] = f;
  }
  return f;
}

class Growing {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  n = 0;
  constructor(size: number) {
    this.codes = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }
  push(code: number, from: number, to: number): void {
    if (this.n === this.codes.length) {
      const size = this.codes.length * 2;
      const c = new Uint16Array(size);
      c.set(this.codes);
      this.codes = c;
      const st = new Int32Array(size);
      st.set(this.starts);
      this.starts = st;
      const en = new Int32Array(size);
      en.set(this.ends);
      this.ends = en;
    }
    this.codes[this.n] = code;
    this.starts[this.n] = from;
    this.ends[this.n] = to;
    this.n++;
  }
}

const decoder = new TextDecoder('utf-16le');

/**
 * Folds `s` for matching (see the module comment). `fold(s).text` is what is searched; `starts`
 * and `ends` map a folded match back to the original text.
 */
export function fold(s: string): FoldedText {
  const out = new Growing(s.length + 16);
  let lastSpace = true; // no leading space
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (!lastSpace) out.push(32, i, i + 1);
        lastSpace = true;
      } else {
        out.push(code >= 65 && code <= 90 ? code + 32 : code, i, i + 1);
        lastSpace = false;
      }
      i++;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < s.length;
    const len = pair ? 2 : 1;
    const f = pair ? foldChar(s.slice(i, i + 2)) : foldCode(code);
    if (f === WHITESPACE) {
      if (!lastSpace) out.push(32, i, i + len);
      lastSpace = true;
    } else if (f === '') {
      // A mark or invisible character: it belongs to the character before it.
      if (out.n > 0 && out.ends[out.n - 1] === i) out.ends[out.n - 1] = i + len;
    } else {
      for (let k = 0; k < f.length; k++) out.push(f.charCodeAt(k), i, i + len);
      lastSpace = false;
    }
    i += len;
  }
  const n = out.n;
  return {
    text: decoder.decode(out.codes.subarray(0, n)),
    starts: out.starts.slice(0, n),
    ends: out.ends.slice(0, n),
  };
}

/** Folds `s` without keeping the map. */
export function foldPlain(s: string): string {
  return fold(s).text;
}

/** The folded index of the first folded character that starts at or after original index `orig`. */
export function foldedIndexOf(f: FoldedText, orig: number): number {
  return lowerBound(f.starts, orig);
}
