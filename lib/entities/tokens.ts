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
   */
  constructor(
    readonly s: number,
    readonly e: number,
    readonly l: string,
    readonly fl: number,
    readonly f: number,
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

/** First token → bit set of the tables it starts a phrase in. */
const FIRST = new Map<string, number>();
let nextBit = 0;
const LOWER = /\p{Ll}/u;
// "trưởngNguyễn" (a missing space) → "trưởng" + "Nguyễn"; "HCMvà" → "HCM" + "và".
const CAMEL = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{Lu}{2})(?=\p{Ll}{2})/u;
const DIGIT_DOT = /[\d.]/;

function makeTok(w: string, lw: string, s: number, e: number, word: boolean): Tok {
  // Upper case where the working copy differs from its lower-cased copy.
  const cap = word && w.charCodeAt(s) !== lw.charCodeAt(s);
  let acr = false;
  if (cap && e - s >= 2) {
    let upper = 1;
    acr = true;
    for (let k = s + 1; k < e; k++) {
      const a = w.charCodeAt(k);
      if (a !== lw.charCodeAt(k)) upper++;
      else if ((a >= 97 && a <= 122) || a >= 0xc0) {
        acr = false;
        break;
      }
    }
    acr = acr && upper >= 2;
  }
  const l = lw.slice(s, e);
  const nm = cap && !acr && !DIGIT_DOT.test(l);
  const fl = (word ? WORD : 0) | (cap ? CAP : 0) | (acr ? ACR : 0) | (nm ? NM : 0);
  return new Tok(s, e, l, fl, word ? (FIRST.get(l) ?? 0) : 0);
}

/** True when some character after the first is upper case while another is lower case. */
function mixedCase(w: string, lw: string, s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) if (w.charCodeAt(k) !== lw.charCodeAt(k)) return true;
  return false;
}

function pushPieces(w: string, lw: string, s: number, e: number, out: Tok[]): void {
  let dot = -1;
  for (let k = s + 1; k < e; k++) {
    if (w.charCodeAt(k) === 46) {
      dot = k;
      break;
    }
  }
  if (dot > 0 && LOWER.test(w[dot - 1])) {
    // "kiệm.Tổng": a sentence end without a space; "TP.HCM" stays one token.
    pushPieces(w, lw, s, dot, out);
    out.push(makeTok(w, lw, dot, dot + 1, false));
    if (dot + 1 < e) pushPieces(w, lw, dot + 1, e, out);
    return;
  }
  if (e - s > 3 && mixedCase(w, lw, s, e)) {
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

/** Splits the working copy into tokens. */
export function tokenize(w: string, lw: string, from = 0, to = w.length): Tok[] {
  const out: Tok[] = [];
  const n = to;
  let i = from;
  while (i < n) {
    const c = w.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) out.push(makeTok(w, lw, i, i + 1, false));
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isWordChar(w.charCodeAt(j))) j++;
        if (j + 1 < n && isJoiner(w.charCodeAt(j)) && isWordChar(w.charCodeAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
      pushPieces(w, lw, i, j, out);
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
}

/** Builds a phrase table from lower-case phrases (at module load: at most 31 tables). */
export function phraseTable(phrases: Iterable<string>): PhraseTable {
  if (nextBit > 30) throw new Error('too many phrase tables');
  const bit = 1 << nextBit++;
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const toks = phraseTokens(p);
    if (!toks.length) continue;
    const list = map.get(toks[0]) ?? [];
    list.push(toks);
    map.set(toks[0], list);
    FIRST.set(toks[0], (FIRST.get(toks[0]) ?? 0) | bit);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return { bit, map };
}

/** Length in tokens of the longest phrase of `table` starting at token `i`, or 0. */
export function matchAt(table: PhraseTable, toks: Tok[], i: number): number {
  if (i >= toks.length || !(toks[i].f & table.bit)) return 0;
  const list = table.map.get(toks[i].l);
  if (!list) return 0;
  outer: for (const p of list) {
    if (i + p.length > toks.length) continue;
    for (let k = 1; k < p.length; k++) if (toks[i + k].l !== p[k]) continue outer;
    return p.length;
  }
  return 0;
}
