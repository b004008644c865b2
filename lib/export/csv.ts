/** CSV exports (UTF-8 with BOM, Excel-friendly): one row per clipping, or one row per entity. */
import {
  collectionNames,
  type ExportData,
  fold,
  isoDay,
  leadOf,
  summarizeEntities,
  type WriteContext,
} from './common';
import { bylinePeople } from './people';

/** Byte order mark that makes Excel read the file as UTF-8. */
export const BOM = '\uFEFF';

/** A plain number ("-5", "+84 912 345 678", "1.234,5"): shown as written, never a formula. */
const PLAIN_NUMBER = /^[+-]?\d[\d .,]*$/;

/**
 * Guards a cell against formula injection under any separator: a value that a spreadsheet could
 * read as a formula (starting with `=`, `+`, `-`, `@`, tab, carriage return or line feed, after any
 * leading spaces, and not a plain number) gets a leading apostrophe. Every field is quoted, so a
 * separator inside a value can never start a new cell.
 */
export function guardCell(value: string): string {
  return /^\s*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/.test(value) && !PLAIN_NUMBER.test(value.trim())
    ? `'${value}`
    : value;
}

/** RFC 4180 CSV: UTF-8 with BOM, CRLF, every field quoted (quotes doubled), cells guarded. */
function toCsv(header: readonly string[], rows: string[][]): string {
  const line = (r: readonly string[]) => r.map((v) => `"${guardCell(v).replace(/"/g, '""')}"`).join(',');
  let out = BOM + line(header);
  for (const r of rows) out += `\r\n${line(r)}`;
  return `${out}\r\n`;
}

export const CLIPPING_COLUMNS = [
  'id',
  'title',
  'url',
  'site',
  'byline',
  'published',
  'saved',
  'lead',
  'tags',
  'collection',
  'note',
  'highlights',
  'officials',
  'agreements',
  'documents',
] as const;

/** One row per clipping; lists inside a cell are joined with "; "; dates YYYY-MM-DD in the user's time zone. */
export function exportCsv(data: ExportData, ctx: Partial<WriteContext> = {}): string {
  const tz = ctx.timeZone;
  const names = collectionNames(data.collections);
  const rows = data.clippings.map((c) => {
    const s = summarizeEntities(c.entities);
    return [
      c.id,
      fold(c.title),
      c.url,
      fold(c.siteName),
      bylinePeople(c.byline).join('; ') || fold(c.byline),
      isoDay(c.publishedTime, tz),
      isoDay(c.savedAt, tz),
      leadOf(c),
      c.tags.join('; '),
      names.get(c.collectionId) ?? c.collectionId,
      c.note,
      String(c.highlights.length),
      s.officials.map((o) => (o.offices.length ? `${o.name} (${o.offices.join(', ')})` : o.name)).join('; '),
      s.agreements.join('; '),
      s.documents.join('; '),
    ];
  });
  return toCsv([...CLIPPING_COLUMNS], rows);
}

export const ENTITY_COLUMNS = ['clipping_id', 'type', 'name_or_text', 'office', 'office_en'] as const;

/**
 * One row per distinct entity of each clipping (clipping id, type, name or text, office, English
 * office). An official with several offices gets one row per office.
 */
export function exportEntitiesCsv(data: ExportData): string {
  const rows: string[][] = [];
  for (const c of data.clippings) {
    const s = summarizeEntities(c.entities);
    for (const o of s.officials) {
      if (o.offices.length === 0) rows.push([c.id, 'official', o.name, '', '']);
      for (const [i, office] of o.offices.entries())
        rows.push([c.id, 'official', o.name, office, o.officesEn[i] ?? '']);
    }
    for (const a of s.agreements) rows.push([c.id, 'agreement', a, '', '']);
    for (const d of s.documents) rows.push([c.id, 'legal_document', d, '', '']);
    for (const w of s.watch) rows.push([c.id, 'watch', w, '', '']);
  }
  return toCsv([...ENTITY_COLUMNS], rows);
}

export const HIGHLIGHT_COLUMNS = [
  'clipping_id',
  'clipping_title',
  'quote',
  'color',
  'note',
  'position',
  'created',
] as const;

/**
 * One row per highlight: the clipping (id, title), the quote, its colour, its note, its position in
 * the article's text (start–end characters, when known) and the day it was made.
 */
export function exportHighlightsCsv(data: ExportData, ctx: Partial<WriteContext> = {}): string {
  const rows: string[][] = [];
  for (const c of data.clippings)
    for (const h of c.highlights) {
      const pos = h.selectors.find((s) => s.type === 'TextPositionSelector');
      rows.push([
        c.id,
        fold(c.title),
        h.quote,
        h.color,
        h.note,
        pos && pos.type === 'TextPositionSelector' ? `${pos.start}–${pos.end}` : '',
        isoDay(h.createdAt, ctx.timeZone),
      ]);
    }
  return toCsv(HIGHLIGHT_COLUMNS, rows);
}
