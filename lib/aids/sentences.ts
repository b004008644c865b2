/**
 * Cutting an article's text into sentences for reading aloud. Paragraphs and lines always end a
 * sentence; ".", "!", "?" and "…" end one only before a space and a capital, digit or opening
 * quote, and never after an abbreviation ("TP.", "ThS.", "v.v."), an initial ("Nguyễn Văn A.")
 * or inside a number or symbol ("1.500", "TP.HCM", "67/2025/NĐ-CP"), where no space follows.
 */

/** A sentence: `text.slice(start, end)`, trimmed. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations written with a final dot that do not end a sentence (compared case-sensitively). */
const ABBREVIATIONS = new Set([
  'TP',
  'Tp',
  'TX',
  'Q',
  'P',
  'H',
  'X',
  'ThS',
  'Ths',
  'TS',
  'PGS',
  'GS',
  'BS',
  'KS',
  'CN',
  'NXB',
  'Nxb',
  'tr',
  'Tr',
  'St',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'vs',
  'v.v',
  'etc',
  'Th',
  'No',
  'số',
]);

const END = /[.!?…]/u;
const CLOSERS = /["”’»)\]]/u;
const STARTERS = /[\p{Lu}\p{N}"“‘«(\[–—-]/u;

/** Is the dot at `i` the end of an abbreviation or an initial? */
function abbreviationDot(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, i);
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // "A." (an initial, as in "ông Nguyễn Văn A."), "v.v." handled above.
  return /^\p{Lu}$/u.test(word);
}

/** Sentences of `text`, in order, with offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e)))
      out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
      continue;
    }
    if (!END.test(c)) continue;
    // Runs of end marks ("?!", "...") and closing quotes belong to the sentence.
    let j = i + 1;
    while (j < text.length && (END.test(text[j]) || CLOSERS.test(text[j]))) j++;
    if (j < text.length && !/[ \t\u00a0]/u.test(text[j])) {
      if (text[j] === '\n') {
        push(j);
        i = j;
      }
      continue;
    }
    let k = j;
    while (k < text.length && /[ \t\u00a0]/u.test(text[k])) k++;
    if (k >= text.length) break;
    if (!STARTERS.test(text[k])) continue;
    if (c === '.' && j === i + 1 && abbreviationDot(text, i)) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}
