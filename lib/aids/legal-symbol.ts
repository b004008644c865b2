/**
 * Reading a legal reference as recognised by the one pipeline (an entity of type legal_document,
 * "Nghị định số 67/2025/NĐ-CP", "Kết luận 84-KL/TW", "Luật số 54/2019/QH14", "Nghị định 44"):
 * its number and symbol, serial, year, kind of document and issuing body, in words (Vietnamese and
 * English), and the address of a legal-document search for it. No recognition happens here.
 */
import { type Bilingual, DOC_TYPE_CODES, ISSUER_CODES, withDStroke } from './codes';

/** What a reference says about its document. */
export interface LegalReference {
  /** The number with its symbol as written ("67/2025/NĐ-CP"), or the bare number ("44"). */
  number: string;
  /** The serial number ("67"). */
  serial: string;
  /** Year of issue when the symbol carries it (4 digits). */
  year?: number;
  /** Kind of document: from the words before the number, else from the symbol's code. */
  type?: Bilingual;
  /** Issuing bodies from the symbol (several for joint documents). */
  issuers: Bilingual[];
  /** Codes of the symbol not understood (a drafting unit such as "ATLĐ"). */
  unknownCodes: string[];
  /** Legislature (khóa) of the National Assembly for "QH14"-style symbols. */
  term?: number;
  /** True when the symbol carries a code (not a bare number). */
  hasSymbol: boolean;
}

/** Number and symbol inside a reference: "67/2025/NĐ-CP", "84-KL/TW", "54/2019/QH14", "2640/QĐ-TTg". */
const SYMBOL = /(\d{1,5})(?:\/(\d{2,4}))?[/-]([A-ZĐ][A-ZĐa-zđ0-9]*(?:[-/][A-ZĐ0-9][A-ZĐa-zđ0-9]*)*)/u;
/** A bare number right after the type words ("Nghị quyết 57", "Nghị định số 44"). */
const BARE = /^\s+(?:số\s+)?(\d{1,5})(?:\/(\d{4}))?$/u;

/** Type words at the start of a reference, longest first, with their English. */
const TYPE_WORDS: readonly [string, Bilingual][] = [
  ['nghị quyết liên tịch', DOC_TYPE_CODES.NQLT],
  ['thông tư liên tịch', DOC_TYPE_CODES.TTLT],
  ['thông báo kết luận', { vi: 'Thông báo kết luận', en: 'Notice of conclusions' }],
  ['văn bản hợp nhất', { vi: 'Văn bản hợp nhất', en: 'Consolidated text' }],
  ['nghị quyết', DOC_TYPE_CODES.NQ],
  ['nghị định', DOC_TYPE_CODES.NĐ],
  ['quyết định', DOC_TYPE_CODES.QĐ],
  ['thông tư', DOC_TYPE_CODES.TT],
  ['chỉ thị', DOC_TYPE_CODES.CT],
  ['kết luận', DOC_TYPE_CODES.KL],
  ['quy định', DOC_TYPE_CODES.QyĐ],
  ['công văn', DOC_TYPE_CODES.CV],
  ['pháp lệnh', DOC_TYPE_CODES.PL],
  ['thông báo', DOC_TYPE_CODES.TB],
  ['hướng dẫn', DOC_TYPE_CODES.HD],
  ['công điện', DOC_TYPE_CODES.CĐ],
  ['bộ luật', { vi: 'Bộ luật', en: 'Code' }],
  ['luật', { vi: 'Luật', en: 'Law' }],
  ['lệnh', DOC_TYPE_CODES.L],
  ['văn bản', { vi: 'Văn bản', en: 'Document' }],
];

/** The kind of document the reference starts with, and the length of its words. */
function typeFromWords(text: string): { type: Bilingual; length: number } | undefined {
  const lower = text.toLowerCase();
  for (const [w, type] of TYPE_WORDS)
    if (lower.startsWith(w) && !/[\p{L}]/u.test(lower[w.length] ?? '')) return { type, length: w.length };
  return undefined;
}

/** "QH14" → QH, 14; "UBTVQH15" → UBTVQH, 15. */
function splitTerm(code: string): { code: string; term?: number } {
  const m = /^(QH|UBTVQH)(\d{1,2})$/.exec(code);
  return m ? { code: m[1], term: Number(m[2]) } : { code };
}

/**
 * Decodes a legal reference's text. Null when it has no number (a law named by its title,
 * "Luật Đất đai", or a resolution named by its content).
 */
export function parseLegalReference(text: string): LegalReference | null {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const words = typeFromWords(clean);
  const wordsType = words?.type;
  const m = SYMBOL.exec(clean);
  if (!m) {
    const b = words ? BARE.exec(clean.slice(words.length)) : null;
    if (!b) return null;
    const year = b[2] ? Number(b[2]) : undefined;
    return {
      number: b[2] ? `${b[1]}/${b[2]}` : b[1],
      serial: b[1],
      ...(year ? { year } : {}),
      ...(wordsType ? { type: wordsType } : {}),
      issuers: [],
      unknownCodes: [],
      hasSymbol: false,
    };
  }
  const [number, serial, yearText, symbol] = m;
  const year = yearText?.length === 4 ? Number(yearText) : undefined;
  const codes = symbol.split(/[-/]/).filter(Boolean);
  let type: Bilingual | undefined;
  const issuers: Bilingual[] = [];
  const unknownCodes: string[] = [];
  let term: number | undefined;
  codes.forEach((raw, i) => {
    const { code: c, term: t } = splitTerm(withDStroke(raw));
    if (t !== undefined) term = t;
    if (i === 0 && DOC_TYPE_CODES[c] && !(ISSUER_CODES[c] && codes.length === 1)) {
      type = DOC_TYPE_CODES[c];
      return;
    }
    if (ISSUER_CODES[c]) issuers.push(ISSUER_CODES[c]);
    else unknownCodes.push(raw);
  });
  // "3120/BNV-ATLĐ": an issuer first and no type code is an official letter (công văn).
  if (!type && !wordsType && issuers.length > 0 && ISSUER_CODES[splitTerm(withDStroke(codes[0])).code]) {
    if (codes.length > 1) type = DOC_TYPE_CODES.CV;
  }
  return {
    number,
    serial,
    ...(year ? { year } : {}),
    ...((wordsType ?? type) ? { type: wordsType ?? type } : {}),
    issuers,
    unknownCodes,
    ...(term !== undefined ? { term } : {}),
    hasSymbol: true,
  };
}

/** "Nghị định của Chính phủ / Decree of the Government": kind and issuer in words, or just one of them. */
export function describeLegalReference(ref: LegalReference): Bilingual {
  const issuerVi = ref.issuers.map((i) => i.vi).join(' – ');
  const issuerEn = ref.issuers.map((i) => i.en).join(' and ');
  const typeVi = ref.type?.vi ?? 'Văn bản';
  const typeEn = ref.type?.en ?? 'Document';
  if (!issuerVi) return { vi: typeVi, en: typeEn };
  return { vi: `${typeVi} của ${issuerVi}`, en: `${typeEn} of ${issuerEn}` };
}

/** Roman numerals for legislatures ("khóa XV"). */
function roman(n: number): string {
  const parts: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of parts)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** "khóa XV / 15th legislature". */
export function termWords(term: number): Bilingual {
  const suffix =
    term % 10 === 1 && term !== 11
      ? 'st'
      : term % 10 === 2 && term !== 12
        ? 'nd'
        : term % 10 === 3 && term !== 13
          ? 'rd'
          : 'th';
  return { vi: `khóa ${roman(term)}`, en: `${term}${suffix} legislature` };
}

/** The default legal-document search (the number goes where `{number}` is). */
export const DEFAULT_LEGAL_SEARCH = 'https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword={number}';

/** Searches the options page offers; '' means no links. */
export const LEGAL_SEARCH_PRESETS: readonly { id: string; template: string }[] = [
  { id: 'thuvienphapluat', template: DEFAULT_LEGAL_SEARCH },
  { id: 'google', template: 'https://www.google.com/search?q={number}' },
  { id: 'none', template: '' },
];

/** True for a usable search template: an https:// (or http://) address with `{number}` in it. */
export function isLegalSearchTemplate(template: string): boolean {
  if (template === '') return true;
  if (!template.includes('{number}') || template.length > 2000) return false;
  try {
    const u = new URL(template.replace(/\{number\}/g, 'x'));
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** What is searched for: the number with its symbol, or type and number for a bare number ("Nghị định 44"). */
export function searchKeyword(ref: LegalReference): string {
  if (ref.hasSymbol || !ref.type) return ref.number;
  return `${ref.type.vi} ${ref.number}`;
}

/** The search address for a reference, or null when the template is '' (no links) or unusable. */
export function legalSearchUrl(template: string, ref: LegalReference): string | null {
  if (!template || !isLegalSearchTemplate(template)) return null;
  return template.replace(/\{number\}/g, encodeURIComponent(searchKeyword(ref)));
}
