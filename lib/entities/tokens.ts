/** Tokens of a working text and phrase tables matched over them. */

/** One token of the working copy: a word, a punctuation mark, or a line break. */
export interface Tok {
  /** Start/end offsets in the working copy. */
  s: number;
  e: number;
  /** Text as written (working copy) and lower-cased. */
  t: string;
  l: string;
  /** A word (letters/digits), not punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Acronym: two or more letters, all upper case ("UBND", "QĐND"). */
  acr: boolean;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[-.&'][\p{L}\p{N}\p{M}]+)*|\n|[^\s\p{L}\p{N}\p{M}]/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
// "trưởngNguyễn" (a missing space) → "trưởng" + "Nguyễn"; "HCMvà" → "HCM" + "và".
const CAMEL = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{Lu}{2})(?=\p{Ll}{2})/u;

function makeTok(w: string, lw: string, s: number, e: number): Tok {
  const t = w.slice(s, e);
  const c0 = t[0];
  const word = c0 !== '\n' && (UPPER.test(c0) || LOWER.test(c0) || (c0 >= '0' && c0 <= '9') || /[\p{L}\p{N}]/u.test(c0));
  const cap = word && UPPER.test(c0);
  let acr = false;
  if (cap && t.length >= 2) {
    const letters = t.replace(/[^\p{L}]/gu, '');
    acr = letters.length >= 2 && !LOWER.test(letters);
  }
  return { s, e, t, l: lw.slice(s, e), word, cap, acr };
}

/** Splits the working copy into tokens. */
export function tokenize(w: string, lw: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null = TOKEN.exec(w);
  while (m !== null) {
    const s = m.index;
    const t = m[0];
    if (t.length > 3 && CAMEL.test(t)) {
      let off = s;
      for (const part of t.split(CAMEL)) {
        out.push(makeTok(w, lw, off, off + part.length));
        off += part.length;
      }
    } else {
      out.push(makeTok(w, lw, s, s + t.length));
    }
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
