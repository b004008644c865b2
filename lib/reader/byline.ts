/**
 * Authors of an article. Sources, most trusted first: JSON-LD `author` (people, not
 * organisations), `article:author`-like meta tags, visible byline elements near the headline, the
 * sign-off at the end of the body ("Hà Thu (tổng hợp)", "Theo Vũ Vũ", "Tin, ảnh: X") and last the
 * page-wide `<meta name="author">`. A candidate that names the site, the publisher, the software or
 * a company is refused: those are not authors.
 */
import { decodeEntities } from './entities';

export interface Authors {
  /** The byline as the page gives it (credit words kept, e.g. "Theo Vũ Vũ"). */
  byline: string | null;
  /** The people it names, one per entry ("Quang Phong - Tùng Nguyên" → two). */
  authors: string[];
}

const fold = (s: string | null | undefined): string =>
  decodeEntities(s ?? '')
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();

/** Lower case ASCII letters and digits only: "Tuổi Trẻ Online" → "tuoitreonline". */
export function squash(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Words that make a "name" a company, a newsroom or a program, never a person. */
const ORG_WORDS =
  /(^|[\s-])(công ty|công nghệ|tập đoàn|cổ phần|corp\w*|jsc|ltd|inc|media|online|group|tòa soạn|toà soạn|ban biên tập|admin\w*|webmaster|editor|biên tập viên|generator|cms)($|[\s.,-])/i;

/** Credit words that may open a byline; kept in the byline, dropped from author names. */
const CREDIT =
  /^\s*(?:theo|nguồn|tác giả|bài(?:\s*(?:,|và|&)\s*ảnh)?|tin(?:\s*(?:,|và|&)\s*ảnh)?|ảnh|phóng viên|pv|by)\s*[:：]?\s+/iu;

const BARE_DOMAIN = /^[\w-]+(\.[\w-]+)*\.(vn|com|net|org|info|biz|tv|asia)$/i;

/** Keys of the names a page uses for itself (site, publisher, host brand, generator, copyright). */
export function ownerKeys(names: Array<string | null | undefined>): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    for (const part of [n, ...n.split(/\s+[-–|]\s+|[,;]/)]) {
      const k = squash(part);
      if (k.length >= 3) keys.add(k);
    }
  }
  return [...keys];
}

/** True when `candidate` names an organisation or the page's own publication. */
export function isOrganisation(candidate: string, owners: string[]): boolean {
  const c = fold(candidate).replace(CREDIT, '');
  if (!c || /^https?:|^www\./i.test(c) || BARE_DOMAIN.test(c)) return true;
  if (ORG_WORDS.test(c)) return true;
  const k = squash(c);
  if (!k) return true;
  return owners.some(
    (o) => k === o || (o.length >= 4 && k.includes(o)) || (k.length >= 5 && o.startsWith(k)),
  );
}

/** Plausible as a byline: short, no date, no sentence, mostly capitalised words. */
export function looksLikeByline(candidate: string): boolean {
  const c = fold(candidate);
  if (c.length < 2 || c.length > 80) return false;
  if (/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}/.test(c)) return false;
  if (/[!?]$|[^A-ZĐ.]\.$/u.test(c) && !/\.\w{2,4}$/.test(c)) return false;
  const core = c
    .replace(CREDIT, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[-–/,;&]|\svà\s/g, ' ')
    .trim();
  const words = core.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length || words.length > 10) return false;
  const caps = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return caps >= Math.ceil(words.length * 0.6);
}

/** Removes what follows the author in a credit line: photo credits and trailing separators. */
export function cleanByline(raw: string): string {
  return (
    fold(raw)
      .replace(/\s*[|·•]\s*$/, '')
      .replace(/\s+(?:Ảnh|Đồ họa|Video|Clip|Thiết kế)\s*[:：].*$/u, '')
      .replace(/^[-–|·:]\s*/, '')
      // A label, not part of the byline: "Tác giả: X", "By X".
      .replace(/^(?:tác giả|người viết|by|written by)\s*[:：]?\s+/iu, '')
      .trim()
  );
}

/** The people a byline names: credit words and parenthesised notes dropped, split on separators. */
export function splitAuthors(byline: string): string[] {
  const core = cleanByline(byline)
    .replace(CREDIT, '')
    .replace(/\([^)]*\)/g, ' ');
  const out: string[] = [];
  for (const part of core.split(/\s+[-–]\s+|\s*[,;&]\s*|\s+và\s+/u)) {
    // "Minh Nguyễn/Vcamp.vn": the name, then the source it came through.
    const name = part.split(/\s*\/\s*/)[0].trim();
    if (name && /\p{L}/u.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** Names from a JSON-LD `author` value (string, Person, or list); organisations skipped. */
export function jsonLdAuthors(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [fold(v)].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap(jsonLdAuthors);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const type = String(o['@type'] ?? '');
    if (/Organi[sz]ation|Corporation|NewsMedia/i.test(type)) return [];
    return typeof o.name === 'string' ? [fold(o.name)].filter(Boolean) : [];
  }
  return [];
}

/** A source of byline candidates and whether its values must look like a visible byline. */
export interface Candidate {
  text: string;
  /** Names from structured data may be written in any case; visible text must look like names. */
  structured: boolean;
}

/** The first acceptable candidate, as byline and author list. */
export function pickAuthors(candidates: Candidate[], owners: string[]): Authors {
  for (const cand of candidates) {
    const text = cleanByline(cand.text);
    if (!text || text.length > 120) continue;
    if (!cand.structured && !looksLikeByline(text)) continue;
    // Several names in one structured value ("NHẬT XUÂN;NGHI VŨ"): judge each.
    const authors = splitAuthors(text).filter((a) => !isOrganisation(a, owners));
    if (!authors.length || isOrganisation(text, owners)) continue;
    const byline = cand.structured && /[;]/.test(text) ? authors.join(', ') : text;
    return { byline, authors };
  }
  return { byline: null, authors: [] };
}

const EMPHASIS = 'strong, b, em, i, u, font';

/**
 * The sign-off at the end of an article body: among its last lines, the first of a trailing run of
 * short, emphasised (or credit-opened, or upper-case) name-like lines. "Hà Thu (tổng hợp)" →
 * itself; "Theo Minh Nguyễn/Vcamp.vn" then "Forbes" → the first.
 * @param root the extracted article body; `text` its block text (lines split at blocks and `<br>`).
 */
export function signOff(root: Element, text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => fold(l))
    .filter(Boolean);
  if (lines.length < 2) return null;
  const emphasised = Array.from(root.querySelectorAll(EMPHASIS))
    .slice(-30)
    .map((e) => fold(e.textContent))
    .filter((t) => t.length >= 2);
  const qualifies = (line: string): boolean => {
    if (line.length > 70 || !looksLikeByline(cleanByline(line))) return false;
    const core = line.replace(/\([^)]*\)/g, '').trim();
    if (CREDIT.test(line) && !/^\s*(?:ảnh|nguồn)\b/iu.test(line)) return true;
    if (core.length >= 4 && core === core.toUpperCase() && /\p{Lu}{2}/u.test(core)) return true;
    return emphasised.some((t) => core.includes(t) && t.length >= core.length * 0.5);
  };
  let first: string | null = null;
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    if (qualifies(lines[i])) first = lines[i];
    else if (first || lines[i].length > 70) break;
  }
  if (!first || /^\s*(?:ảnh|nguồn)\b/iu.test(first)) return null;
  return cleanByline(first);
}
