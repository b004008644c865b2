/** Markdown export: a ZIP with one `.md` file per clipping (YAML front matter + article + highlights). */
import { strToU8, type Zippable, zipSync } from 'fflate';
import TurndownService from 'turndown';
import type { Clipping } from '../types';
import {
  collectionNames,
  type EntitySummary,
  type ExportData,
  isoDay,
  maybeYield,
  type ProgressFn,
  summarizeEntities,
  uniqueFileName,
} from './common';
import { frontMatter, type YamlValue } from './yaml';

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({
      headingStyle: 'atx',
      codeBlockStyle: 'fenced',
      bulletListMarker: '-',
      emDelimiter: '*',
      linkStyle: 'inlined',
    });
    service.remove(['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'form', 'button'] as never);
  }
  return service;
}

/** The article HTML as Markdown (empty string for empty HTML; plain text when conversion fails). */
export function htmlToMarkdown(html: string, fallbackText = ''): string {
  if (!html.trim()) return fallbackText;
  try {
    return turndown().turndown(html).trim();
  } catch {
    return fallbackText;
  }
}

/** The front matter fields of a clipping (keys in a stable order, empty ones left out). */
export function frontMatterFields(
  c: Clipping,
  collection: string,
  s: EntitySummary = summarizeEntities(c.entities),
) {
  const fm: { [key: string]: YamlValue } = { title: c.title, url: c.url };
  if (c.siteName) fm.site = c.siteName;
  if (c.byline) fm.byline = c.byline;
  if (c.publishedTime) fm.published = c.publishedTime;
  fm.saved = c.savedAt;
  fm.tags = [...c.tags];
  fm.collection = collection;
  if (s.officials.length)
    fm.officials = s.officials.map((o) => ({ name: o.name, offices: o.offices, offices_en: o.officesEn }));
  if (s.agreements.length) fm.agreements = s.agreements;
  if (s.documents.length) fm.documents = s.documents;
  fm.id = c.id;
  return fm;
}

const quoteLines = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((l) => (l.trim() ? `> ${l}` : '>'))
    .join('\n');

/** One clipping as a Markdown document readable in Obsidian. */
export function clippingToMarkdown(c: Clipping, collection: string): string {
  const parts = [frontMatter(frontMatterFields(c, collection))];
  parts.push(`# ${c.title.replace(/\s+/g, ' ').trim() || '(không tiêu đề)'}\n`);
  const meta = [c.siteName, c.byline, isoDay(c.publishedTime)].filter(Boolean).join(' · ');
  parts.push(`${meta ? `*${meta}* · ` : ''}[Nguồn](<${c.url.replace(/[<>]/g, encodeURIComponent)}>)\n`);
  if (c.kind === 'selection' && c.quote) parts.push(`${quoteLines(c.quote)}\n`);
  const body = htmlToMarkdown(c.html, c.text);
  if (body) parts.push(`${body}\n`);
  if (c.note.trim()) parts.push(`## Ghi chú\n\n${c.note.trim()}\n`);
  if (c.highlights.length) {
    parts.push('## Đánh dấu\n');
    for (const h of c.highlights) {
      parts.push(`${quoteLines(h.quote)}\n`);
      if (h.note.trim()) parts.push(`**Ghi chú:** ${h.note.trim()}\n`);
    }
  }
  return parts.join('\n');
}

/** Builds the ZIP (one `<title>.md` per clipping, names unique) and reports progress. */
export async function exportMarkdownZip(data: ExportData, onProgress?: ProgressFn): Promise<Uint8Array> {
  const names = collectionNames(data.collections);
  const used = new Set<string>();
  const files: Zippable = {};
  const total = data.clippings.length;
  for (let i = 0; i < total; i++) {
    const y = maybeYield(i);
    if (y) {
      onProgress?.(i, total);
      await y;
    }
    const c = data.clippings[i];
    const md = clippingToMarkdown(c, names.get(c.collectionId) ?? c.collectionId);
    files[`${uniqueFileName(c.title, used)}.md`] = strToU8(md);
  }
  onProgress?.(total, total);
  return zipSync(files, { level: 6 });
}
