/** RIS export (Zotero, EndNote, Mendeley, pandoc): `TY  - NEWS` records. */
import type { Clipping } from '../types';
import { citationKeys } from './citekey';
import { dateParts, type ExportData, fold, leadOf, type WriteContext } from './common';
import { COLOR_NAMES } from './colors';
import { bylinePeople } from './people';

/** A RIS value on one line: line breaks and controls become spaces. */
export function risValue(v: string): string {
  return v
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A person for `AU`: the whole name as the family part ("Nguyễn Văn A,"), so readers that split
 * "family, given" (Zotero, pandoc) keep a Vietnamese name in one piece instead of cutting at the last space.
 */
export function risPerson(name: string): string {
  const n = risValue(name).replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  return n ? `${n},` : '';
}

/** A keyword kept whole: readers split `KW` values at ";" and ",", so those become full-width forms. */
export function risKeyword(tag: string): string {
  return risValue(tag).replace(/;/g, '；').replace(/,/g, '，');
}

/** RIS date "YYYY/MM/DD/" (missing parts left empty), or null. */
export function risDate(value: string | null | undefined, timeZone?: string): string | null {
  const p = dateParts(value, timeZone);
  if (!p) return null;
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${p[0]}/${pad(p[1])}/${pad(p[2])}/`;
}

/** One clipping as RIS lines (without the trailing line break). */
export function toRis(c: Clipping, id: string, timeZone?: string): string[] {
  const lines: string[] = [];
  const add = (tag: string, v: string | null | undefined) => {
    const s = v == null ? '' : risValue(v);
    if (s) lines.push(`${tag}  - ${s}`);
  };
  lines.push('TY  - NEWS');
  add('ID', id);
  add('TI', fold(c.title));
  for (const p of bylinePeople(c.byline)) add('AU', risPerson(p));
  add('T2', c.siteName);
  add('JF', c.siteName);
  // The full date twice: DA (RIS 2011) and PY in RIS's original "YYYY/MM/DD/" form, because readers
  // differ — Zotero takes DA, Citation.js (like RIS 2011's table for NEWS) reads only PY as the date.
  add('DA', risDate(c.publishedTime, timeZone));
  add('PY', risDate(c.publishedTime, timeZone));
  add('Y2', risDate(c.savedAt, timeZone));
  add('AB', leadOf(c, 2000));
  add('LA', 'vi');
  add('UR', c.url);
  for (const t of c.tags) add('KW', risKeyword(t));
  add('N1', c.note);
  for (const h of c.highlights) {
    const note = h.note.trim() ? ` — Ghi chú: ${h.note}` : '';
    add('N1', `Đánh dấu (${COLOR_NAMES[h.color] ?? h.color}): “${h.quote}”${note}`);
  }
  lines.push('ER  - ');
  return lines;
}

/** Serialises the clippings as RIS (CRLF line breaks, a blank line between records). */
export function exportRis(data: ExportData, ctx: Partial<WriteContext> = {}): string {
  const keys = citationKeys(data.clippings);
  return data.clippings.map((c, i) => `${toRis(c, keys[i], ctx.timeZone).join('\r\n')}\r\n`).join('\r\n');
}
