/**
 * Codes used in the number symbols of Vietnamese legal, administrative and Party documents
 * ("67/2025/NĐ-CP", "2640/QĐ-TTg", "84-KL/TW", "3120/BNV-ATLĐ"): the kind of document and the
 * body that issued it, each in Vietnamese and English. Defined once: the legal-reference decoder
 * (legal-symbol.ts) and the acronym glossary (acronyms.ts) both read these tables.
 *
 * Facts from the Law on Promulgation of Legal Documents, Decree 30/2020/NĐ-CP (administrative
 * documents, symbols of types) and Party Regulation 66-QĐ/TW (Party documents), written here by hand.
 *
 * The tables are data: ./data/codes.json.
 */
import codes from './data/codes.json';

/** A term in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** Codes of document types as they appear in a symbol ("NĐ" in "67/2025/NĐ-CP"). */
export const DOC_TYPE_CODES: Readonly<Record<string, Bilingual>> = codes.docTypes;

/** Codes of issuing bodies as they appear in a symbol ("CP" in "NĐ-CP", "TW" in "KL/TW"). */
export const ISSUER_CODES: Readonly<Record<string, Bilingual>> = codes.issuers;

/** Codes written without the Đ some sites drop ("ND-CP", "QD-TTg", "BGDDT"): the spelling with Đ. */
export function withDStroke(code: string): string {
  if (DOC_TYPE_CODES[code] || ISSUER_CODES[code]) return code;
  const variants = new Set<string>();
  // Each D may stand for Đ (codes are short: try every combination).
  const ds = [...code].map((c, i) => (c === 'D' ? i : -1)).filter((i) => i >= 0);
  if (ds.length === 0 || ds.length > 4) return code;
  for (let mask = 1; mask < 1 << ds.length; mask++) {
    const chars = [...code];
    ds.forEach((at, bit) => {
      if (mask & (1 << bit)) chars[at] = 'Đ';
    });
    variants.add(chars.join(''));
  }
  for (const v of variants) if (DOC_TYPE_CODES[v] || ISSUER_CODES[v]) return v;
  return code;
}
