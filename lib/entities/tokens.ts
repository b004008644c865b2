/** Tokens of a working text and phrase tables matched over them. */

/** One token of the working copy: a word, a punctuation mark, or a line break. */
export interface Tok {
  /** Start/end offsets in the working copy. */
  s: number;
  e: number;
  /** Text lower-cased (punctuation as written). */
  l: string;
  /** A word (letters/digits), not punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Acronym: two or more letters, all upper case ("UBND", "QĐND"). */
  acr: boolean;
  /** Capitalised, no digits or dots: may be part of a name. */
  nm: boolean;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[-.&'][\p{L}\p{N}\p{M}]+)*|\n|[^\s\p{L}\p{N}\p{M}]/gu;
const LOWER = /\p{Ll}/u;
// "trưởngNguyễn" (a missing space) → "trưởng" + "Nguyễn"; "HCMvà" → "HCM" + "và".
const CAMEL = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{Lu}{2})(?=\p{Ll}{2})/u;
const DIGIT_DOT = /[\d.]/;
const PUNCT = /[^\p{L}\p{N}\p{M}]/u;

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
  return { s, e, l, word, cap, acr, nm };
}

/** True when some character after the first is upper case while another is lower case. */
function mixedCase(w: string, lw: string, s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) if (w.charCodeAt(k) !== lw.charCodeAt(k)) return true;
  return false;
}

function pushPieces(w: string, lw: string, s: number, e: number, out: Tok[]): void {
  const t = w.slice(s, e);
  const dot = t.indexOf('.');
  if (dot > 0 && LOWER.test(t[dot - 1])) {
    // "kiệm.Tổng": a sentence end without a space; "TP.HCM" stays one token.
    pushPieces(w, lw, s, s + dot, out);
    out.push(makeTok(w, lw, s + dot, s + dot + 1, false));
    if (s + dot + 1 < e) pushPieces(w, lw, s + dot + 1, e, out);
    return;
  }
  if (e - s > 3 && mixedCase(w, lw, s, e) && CAMEL.test(t)) {
    let off = s;
    for (const part of t.split(CAMEL)) {
      out.push(makeTok(w, lw, off, off + part.length, true));
      off += part.length;
    }
    return;
  }
  out.push(makeTok(w, lw, s, e, true));
}

/** Splits the working copy into tokens. */
export function tokenize(w: string, lw: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null = TOKEN.exec(w);
  while (m !== null) {
    const s = m.index;
    const e = s + m[0].length;
    if (e - s === 1 && PUNCT.test(m[0])) out.push(makeTok(w, lw, s, e, false));
    else pushPieces(w, lw, s, e, out);
    m = TOKEN.exec(w);
  }
  return out;
}

/** Lower-case token strings of a phrase, tokenised like the text. */
export function phraseTokens(phrase: string): string[] {
  const l = phrase.toLowerCase();
  return tokenize(l, l).map((t) => t.l);
}

/** Phrases indexed by their first token, longest first. */
export type PhraseTable = Map<string, string[][]>;

/** Builds a phrase table from lower-case phrases. */
export function phraseTable(phrases: Iterable<string>): PhraseTable {
  const table: PhraseTable = new Map();
  for (const p of phrases) {
    const toks = phraseTokens(p);
    if (!toks.length) continue;
    const list = table.get(toks[0]) ?? [];
    list.push(toks);
    table.set(toks[0], list);
  }
  for (const list of table.values()) list.sort((a, b) => b.length - a.length);
  return table;
}

/** Length in tokens of the longest phrase of `table` starting at token `i`, or 0. */
export function matchAt(table: PhraseTable, toks: Tok[], i: number): number {
  if (i >= toks.length) return 0;
  const list = table.get(toks[i].l);
  if (!list) return 0;
  outer: for (const p of list) {
    if (i + p.length > toks.length) continue;
    for (let k = 1; k < p.length; k++) if (toks[i + k].l !== p[k]) continue outer;
    return p.length;
  }
  return 0;
}
