/** CSV exports (UTF-8 with BOM, Excel-friendly): one row per clipping, or one row per entity. */
import Papa from 'papaparse';
import { collectionNames, type ExportData, summarizeEntities } from './common';

/** Byte order mark that makes Excel read the file as UTF-8. */
export const BOM = '\uFEFF';

/**
 * Guards a cell against formula injection: a value starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading apostrophe, so spreadsheets show it as text.
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function toCsv(header: string[], rows: string[][]): string {
  const body = Papa.unparse(
    { fields: header, data: rows.map((r) => r.map(guardCell)) },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return BOM + body + '\r\n';
}

export const CLIPPING_COLUMNS = [
  'id',
  'title',
  'url',
  'site',
  'byline',
  'published',
  'saved',
  'tags',
  'collection',
  'note',
  'highlights',
  'officials',
  'agreements',
  'documents',
] as const;

/** One row per clipping; lists inside a cell are joined with "; ". */
export function exportCsv(data: ExportData): string {
  const names = collectionNames(data.collections);
  const rows = data.clippings.map((c) => {
    const s = summarizeEntities(c.entities);
    return [
      c.id,
      c.title,
      c.url,
      c.siteName ?? '',
      c.byline ?? '',
      c.publishedTime ?? '',
      c.savedAt,
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
