/** RIS export (EndNote, Zotero, Mendeley): `TY  - NEWS` records. */
import type { Clipping } from '../types';
import { citationKeys } from './citekey';
import { dateParts, type ExportData } from './common';

/** A RIS value on one line: line breaks and controls become spaces. */
export function risValue(v: string): string {
  return v
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** RIS date "YYYY/MM/DD/" (missing parts left empty), or null. */
export function risDate(iso: string | null | undefined): string | null {
  const p = dateParts(iso);
  if (!p) return null;
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${p[0]}/${pad(p[1])}/${pad(p[2])}/`;
}

/** One clipping as RIS lines (without the trailing line break). */
export function toRis(c: Clipping, id: string): string[] {
  const lines: string[] = [];
  const add = (tag: string, v: string | null | undefined) => {
    const s = v == null ? '' : risValue(v);
    if (s) lines.push(`${tag}  - ${s}`);
  };
  lines.push('TY  - NEWS');
  add('ID', id);
  add('TI', c.title);
  if (c.byline) add('AU', c.byline);
  add('T2', c.siteName);
  add('JF', c.siteName);
  add('DA', risDate(c.publishedTime));
  add('PY', String(dateParts(c.publishedTime)?.[0] ?? ''));
  add('Y2', risDate(c.savedAt));
  add('LA', 'vi');
  add('UR', c.url);
  for (const t of c.tags) add('KW', t);
  add('N1', c.note);
  lines.push('ER  - ');
  return lines;
}

/** Serialises the clippings as RIS (CRLF line breaks, a blank line between records). */
export function exportRis(data: ExportData): string {
  const keys = citationKeys(data.clippings);
  return data.clippings.map((c, i) => `${toRis(c, keys[i]).join('\r\n')}\r\n`).join('\r\n');
}
