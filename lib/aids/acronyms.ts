/**
 * The acronym glossary (built-in entries, document codes composed from the symbol tables, and the
 * user's own entries) and the finder that marks acronyms in an article's text: whole words,
 * case-sensitive, the first occurrence in each paragraph only, never inside a span already
 * highlighted (a recognised entity).
 */

import { lowerBound } from '../sorted';
import type { Bilingual } from './codes';
import { type Entry, GENERAL_ENTRIES, STATE_ENTRIES } from './glossary';
import { describeLegalReference, parseLegalReference } from './legal-symbol';
import type { UserAcronym } from './user-acronyms';

/** One glossary entry. */
export interface Acronym extends Bilingual {
  abbr: string;
  /** Added by the user (options page). */
  user?: boolean;
}

/** Document codes as they are written after a number ("NĐ-CP" in "67/2025/NĐ-CP"), explained from codes.ts. */
export const DOCUMENT_CODES = [
  'NĐ-CP',
  'NQ-CP',
  'QĐ-TTg',
  'CT-TTg',
  'CĐ-TTg',
  'QĐ-CTN',
  'NQ/TW',
  'KL/TW',
  'CT/TW',
  'QĐ/TW',
  'TB/TW',
  'HD/TW',
  'NQ-UBTVQH',
  'QĐ-UBND',
  'CT-UBND',
  'NQ-HĐND',
  'TT-BTC',
  'TT-BYT',
  'TT-BGDĐT',
  'TT-NHNN',
  'TT-BCA',
  'TT-BQP',
  'TT-BCT',
  'TT-BXD',
  'TT-BNV',
  'TT-BTP',
  'TT-BNG',
  'TT-BKHCN',
  'TT-BNNMT',
  'TT-BVHTTDL',
  'TT-BDTTG',
  'TT-BLĐTBXH',
  'TT-BTNMT',
  'TT-BGTVT',
  'TT-BTTTT',
  'TT-BKHĐT',
  'TT-BNNPTNT',
  'TTLT-BTC-BTP',
  'QĐ-BYT',
  'QĐ-BTC',
  'QĐ-BCA',
  'QĐ-BQP',
  'QĐ-NHNN',
  'QĐ-BGDĐT',
] as const;

function documentCodeEntry(code: string): Acronym {
  // "NQ/TW" is written "57-NQ/TW"; the others "67/2025/NĐ-CP".
  const ref = parseLegalReference(code.includes('/') && !code.includes('-') ? `1-${code}` : `1/${code}`);
  const words = ref ? describeLegalReference(ref) : { vi: code, en: code };
  return { abbr: code, vi: `${words.vi} (ký hiệu văn bản)`, en: `${words.en} (document symbol)` };
}

const toAcronym = ([abbr, vi, en]: Entry): Acronym => ({ abbr, vi, en });

/** Every built-in entry, in the order written. */
export const BUILT_IN_ACRONYMS: readonly Acronym[] = [
  ...STATE_ENTRIES.map(toAcronym),
  ...GENERAL_ENTRIES.map(toAcronym),
  ...DOCUMENT_CODES.map(documentCodeEntry),
];

/** A glossary ready for finding: entries by acronym, and one pattern of them all. */
export interface Glossary {
  entries: ReadonlyMap<string, Acronym>;
  pattern: RegExp | null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The built-in glossary with the user's entries added (a user entry replaces a built-in one). */
export function buildGlossary(user: readonly UserAcronym[] = []): Glossary {
  const entries = new Map<string, Acronym>();
  for (const a of BUILT_IN_ACRONYMS) entries.set(a.abbr, a);
  for (const u of user) entries.set(u.abbr, { abbr: u.abbr, vi: u.vi, en: u.en, user: true });
  const keys = [...entries.keys()].sort((a, b) => b.length - a.length);
  // Longest first: at a given place "UBTVQH" wins over "UB…"; spaces inside keys match any space.
  const pattern = keys.length
    ? new RegExp(keys.map((k) => escapeRe(k).replace(/ /g, '[ \\u00a0]')).join('|'), 'gu')
    : null;
  return { entries, pattern };
}

/** An acronym found in a text. */
export interface AcronymHit {
  start: number;
  end: number;
  acronym: Acronym;
}

const WORD = /[\p{L}\p{N}_]/u;
const JOINER = /[-/.&]/;

/** True when `text[at]` continues a word on the left of a match starting at `at + 1`. */
function joinsLeft(text: string, at: number): boolean {
  const c = text[at];
  if (c === undefined) return false;
  if (WORD.test(c)) return true;
  return JOINER.test(c) && WORD.test(text[at - 1] ?? '');
}

/** True when `text[at]` continues a word on the right of a match ending at `at`. */
function joinsRight(text: string, at: number): boolean {
  const c = text[at];
  if (c === undefined) return false;
  if (WORD.test(c)) return true;
  return JOINER.test(c) && WORD.test(text[at + 1] ?? '');
}

/** A span of the text not to mark inside (an entity already highlighted). */
export interface Excluded {
  start: number;
  end: number;
}

/**
 * Acronyms of `text`: each the first occurrence of its entry in its paragraph (paragraphs are
 * separated by blank lines), a whole word (letters, digits and "-/.&" inside a word join it),
 * case-sensitive, and not overlapping any `exclude` span. Sorted by start.
 */
export function findAcronyms(
  text: string,
  glossary: Glossary,
  exclude: readonly Excluded[] = [],
): AcronymHit[] {
  const { pattern, entries } = glossary;
  if (!pattern) return [];
  // A place overlaps an excluded span when a span starting before its end ends after its start:
  // spans sorted by start, with the largest end among the first k of them.
  const ex = [...exclude].sort((a, b) => a.start - b.start);
  const starts = ex.map((x) => x.start);
  const maxEnd: number[] = [];
  for (const [k, x] of ex.entries()) maxEnd.push(Math.max(x.end, k ? maxEnd[k - 1] : 0));
  const overlaps = (s: number, e: number): boolean => {
    const before = lowerBound(starts, e);
    return before > 0 && maxEnd[before - 1] > s;
  };
  const out: AcronymHit[] = [];
  let paraStart = 0;
  let seen = new Set<string>();
  const re = new RegExp(pattern.source, pattern.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    const p = text.lastIndexOf('\n\n', s);
    const start = p < 0 ? 0 : p + 2;
    if (start !== paraStart) {
      paraStart = start;
      seen = new Set();
    }
    if (joinsLeft(text, s - 1) || joinsRight(text, e)) continue;
    const key = m[0].replace(/\u00a0/g, ' ');
    const acronym = entries.get(key);
    if (!acronym || seen.has(key) || overlaps(s, e)) continue;
    seen.add(key);
    out.push({ start: s, end: e, acronym });
  }
  return out;
}
