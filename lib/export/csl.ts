/** CSL-JSON export (Zotero, pandoc, citeproc): newspaper articles. */
import type { Clipping } from '../types';
import { citationKeys } from './citekey';
import { dateParts, type ExportData, fold, leadOf, type WriteContext } from './common';
import { COLOR_NAMES } from './colors';
import { bylinePeople } from './people';

/** One CSL-JSON item (the fields this export writes). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  abstract?: string;
  language: string;
  URL: string;
  note?: string;
  keyword?: string;
}

/**
 * A clipping as a CSL item: each author a literal name (Vietnamese names are not "family, given"),
 * whitespace folded, the lead as `abstract`; the note and highlights in `note`, the tags in `keyword`.
 */
export function toCslItem(c: Clipping, id: string, timeZone?: string): CslItem {
  const item: CslItem = {
    id,
    type: 'article-newspaper',
    title: fold(c.title),
    language: 'vi',
    URL: c.url.trim(),
  };
  if (fold(c.siteName)) item['container-title'] = fold(c.siteName);
  const people = bylinePeople(c.byline);
  if (people.length) item.author = people.map((literal) => ({ literal }));
  const issued = dateParts(c.publishedTime, timeZone);
  if (issued) item.issued = { 'date-parts': [issued] };
  const accessed = dateParts(c.savedAt, timeZone);
  if (accessed) item.accessed = { 'date-parts': [accessed] };
  const lead = leadOf(c, 2000);
  if (lead) item.abstract = lead;
  const notes = [
    fold(c.note),
    ...c.highlights.map(
      (h) =>
        `Đánh dấu (${COLOR_NAMES[h.color] ?? h.color}): “${fold(h.quote)}”${fold(h.note) ? ` — Ghi chú: ${fold(h.note)}` : ''}`,
    ),
  ].filter(Boolean);
  if (notes.length) item.note = notes.join('\n');
  const tags = c.tags.map((t) => fold(t).replace(/,/g, '，')).filter(Boolean);
  if (tags.length) item.keyword = tags.join(', ');
  return item;
}

/** Serialises the clippings as a CSL-JSON array. */
export function exportCsl(data: ExportData, ctx: Partial<WriteContext> = {}): string {
  const keys = citationKeys(data.clippings);
  return JSON.stringify(
    data.clippings.map((c, i) => toCslItem(c, keys[i], ctx.timeZone)),
    null,
    2,
  );
}
