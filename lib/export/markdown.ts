/** Markdown export: a ZIP with one `.md` file per clipping (YAML front matter + article + highlights). */
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { Clipping } from '../types';
import {
  collectionNames,
  type EntitySummary,
  type ExportData,
  fold,
  isoDay,
  leadOf,
  type ProgressFn,
  summarizeEntities,
  uniqueFileName,
} from './common';
import { COLOR_NAMES } from './colors';
import { htmlToMarkdown } from './html-md';
import { escapeInline, escapeText, linkTarget } from './md-escape';
import { bylinePeople } from './people';
import { frontMatter, type YamlValue } from './yaml';

export { htmlToMarkdown };

export { COLOR_NAMES };

/** Articles converted between two progress reports. */
const BATCH = 200;

/**
 * A tag as Obsidian accepts it: letters (Vietnamese kept), digits, `_`, `-`, `/`; spaces become `-`;
 * a purely numeric tag gets a leading `_`. Empty result → null.
 */
export function obsidianTag(tag: string): string | null {
  const t = tag
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '')
    .replace(/^[-/]+|[-/]+$/g, '');
  if (!t) return null;
  return /^\d+$/.test(t) ? `_${t}` : t;
}

/**
 * The front matter of a clipping: Obsidian Web Clipper's properties (title, source, author, published,
 * created, description, tags; dates YYYY-MM-DD) first, then ours. Empty ones are left out.
 */
export function frontMatterFields(
  c: Clipping,
  collection: string,
  s: EntitySummary = summarizeEntities(c.entities),
  timeZone?: string,
) {
  const fm: { [key: string]: YamlValue } = { title: fold(c.title), source: c.url };
  const people = bylinePeople(c.byline);
  if (people.length) fm.author = people;
  const published = isoDay(c.publishedTime, timeZone);
  if (published) fm.published = published;
  fm.created = isoDay(c.savedAt, timeZone);
  const lead = leadOf(c);
  if (lead) fm.description = lead;
  fm.tags = [...new Set(c.tags.map(obsidianTag).filter((t): t is string => t !== null))];
  if (c.siteName) fm.site = fold(c.siteName);
  if (c.byline) fm.byline = fold(c.byline);
  fm.collection = collection;
  if (s.officials.length)
    fm.officials = s.officials.map((o) => ({ name: o.name, offices: o.offices, offices_en: o.officesEn }));
  if (s.agreements.length) fm.agreements = s.agreements;
  if (s.documents.length) fm.documents = s.documents;
  if (c.highlights.length)
    fm.highlights = c.highlights.map((h) => ({ quote: h.quote, color: h.color, note: h.note }));
  if (c.note.trim()) fm.note = c.note.trim();
  fm.id = c.id;
  return fm;
}

const quoteLines = (text: string) =>
  escapeText(text)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

/** One clipping as a Markdown document readable in Obsidian (every page or user text escaped). */
export function clippingToMarkdown(c: Clipping, collection: string, timeZone?: string): string {
  const parts = [frontMatter(frontMatterFields(c, collection, undefined, timeZone))];
  parts.push(`# ${escapeInline(fold(c.title)) || '(không tiêu đề)'}\n`);
  const meta = [fold(c.siteName), fold(c.byline), isoDay(c.publishedTime, timeZone)]
    .filter(Boolean)
    .map((m) => escapeInline(m))
    .join(' · ');
  const link = linkTarget(c.url);
  parts.push(`${meta ? `*${meta}*` : ''}${meta && link ? ' · ' : ''}${link ? `[Nguồn](${link})` : ''}\n`);
  if (c.kind === 'selection' && c.quote) parts.push(`${quoteLines(c.quote)}\n`);
  const quotes = c.highlights.map((h) => h.quote);
  const body = c.html.trim() ? htmlToMarkdown(c.html, quotes) : escapeText(c.text).replace(/\\\n/g, '\n\n');
  if (body) parts.push(`${body}\n`);
  if (c.note.trim()) parts.push(`## Ghi chú\n\n${escapeText(c.note)}\n`);
  if (c.highlights.length) {
    parts.push('## Đánh dấu\n');
    const items = c.highlights.map((h) => {
      const lines = [
        `- **${COLOR_NAMES[h.color] ?? h.color}** (${h.color}): ==${escapeText(h.quote, '  ')}==`,
      ];
      if (h.note.trim()) lines.push(`  - Ghi chú: ${escapeText(h.note, '    ')}`);
      return lines.join('\n');
    });
    parts.push(`${items.join('\n')}\n`);
  }
  return parts.join('\n');
}

/** Bytes per shared encoding buffer (files are views into it; fewer, larger allocations than one per file). */
const SLAB = 1 << 20;

/**
 * UTF-8 encoder that writes many strings into shared buffers and returns a view per string,
 * instead of allocating one buffer per file (same bytes as `strToU8`).
 */
function utf8Packer(): (s: string) => Uint8Array {
  if (typeof TextEncoder === 'undefined') return (s) => strToU8(s);
  const enc = new TextEncoder();
  let slab = new Uint8Array(0);
  let pos = 0;
  return (s) => {
    const max = s.length * 3; // a UTF-16 code unit never takes more than 3 UTF-8 bytes
    if (slab.length - pos < max) {
      slab = new Uint8Array(Math.max(SLAB, max));
      pos = 0;
    }
    const { written } = enc.encodeInto(s, slab.subarray(pos));
    const out = slab.subarray(pos, pos + written);
    pos += written;
    return out;
  };
}

/** Adds the `.md` files of a chunk of clippings to `files` (names made unique through `used`). */
function addChunk(
  files: Zippable,
  used: Set<string>,
  chunk: readonly Clipping[],
  names: Map<string, string>,
  encode: (s: string) => Uint8Array,
  timeZone: string | undefined,
): void {
  for (const c of chunk) {
    const md = clippingToMarkdown(c, names.get(c.collectionId) ?? c.collectionId, timeZone);
    files[`${uniqueFileName(c.title, used)}.md`] = encode(md);
  }
}

/** Above this many clippings the `.md` files are stored uncompressed: deflating thousands of small files costs more than converting them. */
export const STORE_ABOVE = 2000;

/** ZIP options: entries made on Unix (mode 0644; fflate flags non-ASCII names as UTF-8), fast deflate or stored. */
function zipOptions(count: number, now: Date) {
  return { level: count > STORE_ABOVE ? 0 : 1, os: 3, attrs: 0o100644 << 16, mtime: now } as const;
}

export interface MarkdownOptions {
  onProgress?: ProgressFn;
  timeZone?: string;
  now?: Date;
  /** Checked between batches: throwing (e.g. on cancel) stops the export. */
  checkpoint?: () => void | Promise<void>;
}

/** Builds the ZIP (one `<title>.md` per clipping, names unique), reporting progress between batches. */
export async function exportMarkdownZip(data: ExportData, opts: MarkdownOptions = {}): Promise<Uint8Array> {
  const names = collectionNames(data.collections);
  const used = new Set<string>();
  const files: Zippable = {};
  const total = data.clippings.length;
  const encode = utf8Packer();
  for (let i = 0; i < total; i += BATCH) {
    opts.onProgress?.(i, total);
    await opts.checkpoint?.();
    addChunk(files, used, data.clippings.slice(i, i + BATCH), names, encode, opts.timeZone);
  }
  opts.onProgress?.(total, total);
  return zipSync(files, zipOptions(total, opts.now ?? new Date()));
}

/** The same ZIP as `exportMarkdownZip`, built synchronously (workers, benchmarks). */
export function exportMarkdownZipSync(
  data: ExportData,
  opts: Omit<MarkdownOptions, 'checkpoint'> = {},
): Uint8Array {
  const names = collectionNames(data.collections);
  const used = new Set<string>();
  const files: Zippable = {};
  const encode = utf8Packer();
  for (let i = 0; i < data.clippings.length; i += BATCH)
    addChunk(files, used, data.clippings.slice(i, i + BATCH), names, encode, opts.timeZone);
  return zipSync(files, zipOptions(data.clippings.length, opts.now ?? new Date()));
}
