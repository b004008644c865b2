/** BibTeX/BibLaTeX export: `@article` entries with `journaltitle` (and `journal` for classic BibTeX). */
import type { Clipping } from '../types';
import { citationKeys } from './citekey';
import { dateParts, type ExportData, isoDay } from './common';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes TeX special characters in a field value (Unicode letters kept; biber reads UTF-8). */
export function bibEscape(v: string): string {
  return v
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}&%$#_~^]/g, (ch) => SPECIAL[ch]);
}

/** A URL for the verbatim `url` field: braces and spaces percent-encoded so the entry stays balanced. */
export function bibUrl(url: string): string {
  return url.trim().replace(/[{}\s\\]/g, (ch) => encodeURIComponent(ch));
}

/** One clipping as a BibLaTeX entry. */
export function toBibtex(c: Clipping, key: string): string {
  const fields: [string, string][] = [];
  const add = (name: string, v: string | null | undefined, raw = false) => {
    if (v == null || !v.trim()) return;
    fields.push([name, raw ? v : bibEscape(v)]);
  };
  add('title', `{${bibEscape(c.title)}}`, true);
  add('author', c.byline ? `{${bibEscape(c.byline)}}` : null, true);
  add('journaltitle', c.siteName);
  add('journal', c.siteName);
  const issued = dateParts(c.publishedTime);
  if (issued) {
    add('date', isoDay(c.publishedTime) || String(issued[0]), true);
    add('year', String(issued[0]), true);
  }
  add('urldate', isoDay(c.savedAt), true);
  add('url', bibUrl(c.url), true);
  add('langid', 'vietnamese', true);
  add('language', 'vietnamese', true);
  add('keywords', c.tags.join(', '));
  add('note', c.note);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@article{${key},\n${body}\n}\n`;
}

/** Serialises the clippings as a .bib file (UTF-8). */
export function exportBibtex(data: ExportData): string {
  const keys = citationKeys(data.clippings);
  return data.clippings.map((c, i) => toBibtex(c, keys[i])).join('\n');
}
