/** CSL-JSON export (Zotero, Pandoc, citeproc): newspaper articles. */
import type { Clipping } from '../types';
import { citationKeys } from './citekey';
import { dateParts, type ExportData } from './common';

/** One CSL-JSON item (the fields this export writes). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  language: string;
  URL: string;
  note?: string;
  keyword?: string;
}

/** A clipping as a CSL item (author as a literal name: Vietnamese names are not "family, given"). */
export function toCslItem(c: Clipping, id: string): CslItem {
  const item: CslItem = { id, type: 'article-newspaper', title: c.title, language: 'vi', URL: c.url };
  if (c.siteName) item['container-title'] = c.siteName;
  if (c.byline) item.author = [{ literal: c.byline }];
  const issued = dateParts(c.publishedTime);
  if (issued) item.issued = { 'date-parts': [issued] };
  const accessed = dateParts(c.savedAt);
  if (accessed) item.accessed = { 'date-parts': [accessed] };
  if (c.note.trim()) item.note = c.note.trim();
  if (c.tags.length) item.keyword = c.tags.join(', ');
  return item;
}

/** Serialises the clippings as a CSL-JSON array. */
export function exportCsl(data: ExportData): string {
  const keys = citationKeys(data.clippings);
  return JSON.stringify(
    data.clippings.map((c, i) => toCslItem(c, keys[i])),
    null,
    2,
  );
}
