/** Tokens of a working text and phrase tables matched over them. */

const WORD = 1;
const CAP = 2;
const ACR = 4;
const NM = 8;

/** One token of the working copy: a word, a punctuation mark, or a line break. */
export class Tok {
  /**
   * @param s start offset in the working copy
   * @param e end offset in the working copy
   * @param l text lower-cased (punctuation as written)
   * @param fl flag bits (word, capitalised, acronym, name-like)
   * @param f bit set of the phrase tables that have a phrase starting with this token
   * @param fi number of this token's text among the first tokens of phrases (-1 when none)
   */
  constructor(
    readonly s: number,
    readonly e: number,
    readonly l: string,
    readonly fl: number,
    readonly f: number,
    readonly fi: number,
  ) {}
  /** A word (letters/digits), not punctuation. */
  get word(): boolean {
    return (this.fl & WORD) !== 0;
  }
  /** Starts with an upper-case letter. */
  get cap(): boolean {
    return (this.fl & CAP) !== 0;
  }
  /** Acronym: two or more letters, all upper case ("UBND", "QĐND"). */
  get acr(): boolean {
    return (this.fl & ACR) !== 0;
  }
  /** Capitalised, no digits or dots: may be part of a name. */
  get nm(): boolean {
    return (this.fl & NM) !== 0;
  }
}

/**
 * First tokens of phrases → bit set of the tables they start a phrase in, and a number of their own
 * (their index in every table's `byFirst`): an open-addressing table looked up from the token's
 * characters, so a token's phrases are found without hashing its string again.
 */
let firstKeys: (string | undefined)[] = new Array(1024);
let firstBits = new Int32Array(1024);
let firstIds = new Int32Array(1024);
let firstCount = 0;

/** Hash of `str[s..e)` (the same for a phrase's token and for the text it occurs in). */
function hashAt(str: string, s: number, e: number): number {
  let h = 0;
  for (let k = s; k < e; k++) h = (Math.imul(h, 31) + str.charCodeAt(k)) | 0;
  return h;
}

/** Slot of the first token `l` (its {@link hashAt} `h`), or -1. */
function firstAt(l: string, h: number): number {
  const mask = firstKeys.length - 1;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const key = firstKeys[i];
    if (key === undefined) return -1;
    if (key === l) return i;
  }
}

/** A word token with its first-token bits and number. */
function wordToken(s: number, e: number, l: string, fl: number, h: number): Tok {
  const slot = firstAt(l, h);
  return slot < 0 ? new Tok(s, e, l, fl, 0, -1) : new Tok(s, e, l, fl, firstBits[slot], firstIds[slot]);
}

/** Slot for `tok`: its own, or a free one where it is written with `id`. */
function place(tok: string, id: number): number {
  const mask = firstKeys.length - 1;
  for (let i = hashAt(tok, 0, tok.length) & mask; ; i = (i + 1) & mask) {
    const key = firstKeys[i];
    if (key === tok) return i;
    if (key === undefined) {
      firstKeys[i] = tok;
      firstIds[i] = id;
      firstCount++;
      return i;
    }
  }
}

/** Marks `tok` as a first token of the table `bit`; returns its number. */
function addFirst(tok: string, bit: number): number {
  if ((firstCount + 1) * 2 > firstKeys.length) {
    // Grow: re-insert every key, with its bits and number, into a table twice the size.
    const keys = firstKeys;
    const bits = firstBits;
    const ids = firstIds;
    firstKeys = new Array(keys.length * 2);
    firstBits = new Int32Array(keys.length * 2);
    firstIds = new Int32Array(keys.length * 2);
    firstCount = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      const at = place(k, ids[i]);
      firstBits[at] = bits[i];
    }
  }
  const at = place(tok, firstCount);
  firstBits[at] |= bit;
  return firstIds[at];
}
let nextBit = 0;
const LOWER = /\p{Ll}/u;
// "trưởngNguyễn" (a missing space) → "trưởng" + "Nguyễn"; "HCMvà" → "HCM" + "và".
const CAMEL = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{Lu}{2})(?=\p{Ll}{2})/u;

function makeTok(w: string, lw: string, s: number, e: number, word: boolean): Tok {
  // Upper case where the working copy differs from its lower-cased copy.
  const cap = word && w.charCodeAt(s) !== lw.charCodeAt(s);
  let acr = false;
  let nm = false;
  if (cap) {
    // Acronym: every letter after the first upper case (digits and marks allowed), at least two.
    // Name-like: capitalised, not an acronym, no digit or dot.
    let upper = 1;
    let digitDot = false;
    acr = e - s >= 2;
    for (let k = s + 1; k < e; k++) {
      const a = w.charCodeAt(k);
      if ((a >= 48 && a <= 57) || a === 46) digitDot = true;
      if (!acr) continue;
      if (a !== lw.charCodeAt(k)) upper++;
      else if ((a >= 97 && a <= 122) || a >= 0xc0) acr = false;
    }
    acr = acr && upper >= 2;
    nm = !acr && !digitDot && !((w.charCodeAt(s) >= 48 && w.charCodeAt(s) <= 57) || w.charCodeAt(s) === 46);
  }
  const l = e - s === 1 ? lw[s] : lw.slice(s, e);
  const fl = (word ? WORD : 0) | (cap ? CAP : 0) | (acr ? ACR : 0) | (nm ? NM : 0);
  return word ? wordToken(s, e, l, fl, hashAt(lw, s, e)) : new Tok(s, e, l, fl, 0, -1);
}

/**
 * A word token already scanned by {@link tokenize}: `h` its hash, `upper` whether a character after the
 * first is upper case, `digit` whether it holds a digit (no dot: those go through {@link pushPieces}).
 */
function wordTok(w: string, lw: string, s: number, e: number, h: number, upper: boolean, digit: boolean): Tok {
  if (upper) return makeTok(w, lw, s, e, true);
  const cap = w.charCodeAt(s) !== lw.charCodeAt(s);
  // Only the first letter upper case: never an acronym; name-like when capitalised without digits.
  const fl = WORD | (cap ? CAP : 0) | (cap && !digit ? NM : 0);
  const l = e - s === 1 ? lw[s] : lw.slice(s, e);
  return wordToken(s, e, l, fl, h);
}

function pushPieces(w: string, lw: string, s: number, e: number, out: Tok[], dots: boolean): void {
  let dot = -1;
  if (dots) {
    for (let k = s + 1; k < e; k++) {
      if (w.charCodeAt(k) === 46) {
        dot = k;
        break;
      }
    }
  }
  if (dot > 0 && LOWER.test(w[dot - 1])) {
    // "kiệm.Tổng": a sentence end without a space; "TP.HCM" stays one token.
    pushPieces(w, lw, s, dot, out, false);
    out.push(makeTok(w, lw, dot, dot + 1, false));
    if (dot + 1 < e) pushPieces(w, lw, dot + 1, e, out, true);
    return;
  }
  if (e - s > 3) {
    // Mixed case: some character after the first is upper case (others lower case).
    let mixed = false;
    for (let k = s + 1; k < e; k++) {
      if (w.charCodeAt(k) !== lw.charCodeAt(k)) {
        mixed = true;
        break;
      }
    }
    if (mixed) {
      const t = w.slice(s, e);
      if (CAMEL.test(t)) {
        let off = s;
        for (const part of t.split(CAMEL)) {
          out.push(makeTok(w, lw, off, off + part.length, true));
          off += part.length;
        }
        return;
      }
    }
  }
  out.push(makeTok(w, lw, s, e, true));
}

/** Letters, digits and combining marks (a fast approximation over UTF-16 code units). */
function isWordChar(c: number): boolean {
  if (c < 0xc0)
    return (
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      c === 0xaa ||
      c === 0xb5 ||
      c === 0xba
    );
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  return c !== 0xfeff;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x85 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Joiners inside a word: "Geun-hye", "TP.HCM", "GD&ĐT", "O'Brien". */
function isJoiner(c: number): boolean {
  return c === 45 || c === 46 || c === 38 || c === 39;
}

const C_WORD = 1;
const C_SPACE = 2;
const C_JOIN = 4;
/** Class bits of every UTF-16 code unit (word, space, joiner), computed once. */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++)
  CLASS[c] = (isWordChar(c) ? C_WORD : 0) | (isSpace(c) ? C_SPACE : 0) | (isJoiner(c) ? C_JOIN : 0);

/** Splits the working copy into tokens. */
export function tokenize(w: string, lw: string, from = 0, to = w.length): Tok[] {
  const out: Tok[] = [];
  const n = to;
  let i = from;
  while (i < n) {
    const c = w.charCodeAt(i);
    const k = CLASS[c];
    if (k & C_SPACE) {
      if (c === 10) out.push(makeTok(w, lw, i, i + 1, false));
      i++;
      continue;
    }
    if (k & C_WORD) {
      // One pass finds the word's end (joiners inside) and gathers its hash, case and digits.
      let j = i + 1;
      let dots = false;
      let upper = false;
      let lc = lw.charCodeAt(i);
      let digit = lc >= 48 && lc <= 57;
      let h = lc;
      for (;;) {
        while (j < n) {
          const d = w.charCodeAt(j);
          if (!(CLASS[d] & C_WORD)) break;
          lc = lw.charCodeAt(j);
          if (d !== lc) upper = true;
          else if (lc >= 48 && lc <= 57) digit = true;
          h = (Math.imul(h, 31) + lc) | 0;
          j++;
        }
        if (j + 1 < n && CLASS[w.charCodeAt(j)] & C_JOIN && CLASS[w.charCodeAt(j + 1)] & C_WORD) {
          if (w.charCodeAt(j) === 46) dots = true;
          h = (Math.imul(h, 31) + lw.charCodeAt(j)) | 0;
          j++;
          continue;
        }
        break;
      }
      if (dots || (upper && j - i > 3)) pushPieces(w, lw, i, j, out, dots);
      else out.push(wordTok(w, lw, i, j, h, upper, digit));
      i = j;
      continue;
    }
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    out.push(makeTok(w, lw, i, i + len, false));
    i += len;
  }
  return out;
}

/** Lower-case token strings of a phrase, tokenised like the text. */
export function phraseTokens(phrase: string): string[] {
  const l = phrase.toLowerCase();
  return tokenize(l, l).map((t) => t.l);
}

/** Phrases indexed by their first token, longest first; `bit` marks first tokens in {@link Tok.f}. */
export interface PhraseTable {
  bit: number;
  map: Map<string, string[][]>;
  /** The lists of `map` by their first token's number ({@link Tok.fi}). */
  byFirst: (string[][] | undefined)[];
  /** The phrases of `byFirst`'s lists as text (tokens joined by spaces), in the same order. */
  texts: (string[] | undefined)[];
}

/** Builds a phrase table from lower-case phrases (at module load: at most 31 tables). */
export function phraseTable(phrases: Iterable<string>): PhraseTable {
  if (nextBit > 30) throw new Error('too many phrase tables');
  const bit = 1 << nextBit++;
  const map = new Map<string, string[][]>();
  const byFirst: (string[][] | undefined)[] = [];
  for (const p of phrases) {
    const toks = phraseTokens(p);
    if (!toks.length) continue;
    let list = map.get(toks[0]);
    if (!list) {
      list = [];
      map.set(toks[0], list);
      byFirst[addFirst(toks[0], bit)] = list;
    }
    list.push(toks);
  }
  const texts: (string[] | undefined)[] = [];
  for (let id = 0; id < byFirst.length; id++) {
    const list = byFirst[id];
    if (!list) continue;
    list.sort((a, b) => b.length - a.length);
    texts[id] = list.map((x) => x.join(' '));
  }
  return { bit, map, byFirst, texts };
}

/** Index in its list of the longest phrase of `table` starting at token `i`, or -1. */
function phraseIndex(table: PhraseTable, toks: Tok[], i: number): number {
  if (i >= toks.length || !(toks[i].f & table.bit)) return -1;
  const list = table.byFirst[toks[i].fi];
  if (!list) return -1;
  outer: for (let q = 0; q < list.length; q++) {
    const p = list[q];
    if (i + p.length > toks.length) continue;
    for (let k = 1; k < p.length; k++) if (toks[i + k].l !== p[k]) continue outer;
    return q;
  }
  return -1;
}

/**
 * The longest phrase of `table` starting at token `i`, as text (its tokens joined by spaces: the same
 * string as the matched tokens' `l` joined), or undefined. No string is built per call.
 */
export function phraseAt(table: PhraseTable, toks: Tok[], i: number): string | undefined {
  const q = phraseIndex(table, toks, i);
  return q < 0 ? undefined : (table.texts[toks[i].fi] as string[])[q];
}

/** Length in tokens of the longest phrase of `table` starting at token `i`, or 0. */
export function matchAt(table: PhraseTable, toks: Tok[], i: number): number {
  const q = phraseIndex(table, toks, i);
  return q < 0 ? 0 : (table.byFirst[toks[i].fi] as string[][])[q].length;
}
