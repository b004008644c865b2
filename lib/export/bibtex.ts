/**
 * BibLaTeX export: newspaper articles as `@article` with `entrysubtype = {newspaper}` and
 * `journaltitle` (read as newspaper articles by biblatex/biber, pandoc/citeproc and Better BibTeX).
 * Every value is brace-balanced by construction: page text never holds a raw `{` or `}`, so no value
 * can close its field early or inject another.
 */
import type { Clipping } from '../types';
import { citationKeys } from './citekey';
import { type ExportData, isoDay, leadOf, type WriteContext } from './common';
import { COLOR_NAMES } from './colors';
import { bylinePeople } from './people';

/** Braces of a value whose braces pair up: `\{ \}` (read by every tool, and they keep the field balanced). */
const BALANCED_BRACES: Record<string, string> = { '{': '\\{', '}': '\\}' };
/** Braces that do not pair up: as commands, so that no raw brace is written at all. */
const LONE_BRACES: Record<string, string> = { '{': '\\textbraceleft{}', '}': '\\textbraceright{}' };

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/**
 * Escapes a value for a braced BibLaTeX field: TeX specials as commands (no raw brace left), `<`/`>`
 * as \textless/\textgreater (not ¡ ¿), `--` kept as two hyphens (no dash ligature), whitespace folded.
 * Unicode letters are kept (biber reads UTF-8).
 */
export function bibEscape(v: string): string {
  const braces = balanced(v) ? BALANCED_BRACES : LONE_BRACES;
  return v
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}&%$#_~^<>]/g, (ch) => braces[ch] ?? SPECIAL[ch])
    .replace(/-(?=-)/g, '-{}');
}

/** True when `s`'s braces balance (never closing below zero). */
function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** A URL for the verbatim `url` field: written as is, unless its braces do not balance (then they are percent-encoded). */
export function bibUrl(url: string): string {
  const u = url.trim().replace(/\s/g, (ch) => encodeURIComponent(ch));
  return balanced(u) ? u : u.replace(/[{}]/g, (ch) => encodeURIComponent(ch));
}

/** One clipping as a BibLaTeX entry. */
export function toBibtex(c: Clipping, key: string, timeZone?: string): string {
  const fields: [string, string][] = [];
  const add = (name: string, v: string | null | undefined, raw = false) => {
    if (v == null || !v.trim()) return;
    fields.push([name, raw ? v : bibEscape(v)]);
  };
  add('entrysubtype', 'newspaper', true);
  add('title', `{${bibEscape(c.title)}}`, true);
  const people = bylinePeople(c.byline);
  add('author', people.length ? people.map((p) => `{${bibEscape(p)}}`).join(' and ') : null, true);
  add('journaltitle', c.siteName);
  add('date', isoDay(c.publishedTime, timeZone), true);
  add('urldate', isoDay(c.savedAt, timeZone), true);
  add('url', bibUrl(c.url), true);
  add('abstract', leadOf(c, 2000));
  add('langid', 'vietnamese', true);
  // One keyword per tag: readers split the list at "," and ";", so those become their full-width forms.
  add(
    'keywords',
    c.tags
      .map((t) => bibEscape(t.replace(/,/g, '，').replace(/;/g, '；')))
      .filter(Boolean)
      .join(', '),
    true,
  );
  const notes = [
    c.note.trim(),
    ...c.highlights.map(
      (h) =>
        `Đánh dấu (${COLOR_NAMES[h.color] ?? h.color}): “${h.quote}”${h.note.trim() ? ` — Ghi chú: ${h.note}` : ''}`,
    ),
  ];
  add('annotation', notes.filter(Boolean).join(' | '));
  add('note', c.note);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@article{${key},\n${body}\n}\n`;
}

/** Serialises the clippings as a .bib file (UTF-8). */
export function exportBibtex(data: ExportData, ctx: Partial<WriteContext> = {}): string {
  const keys = citationKeys(data.clippings);
  return data.clippings.map((c, i) => toBibtex(c, keys[i], ctx.timeZone)).join('\n');
}
