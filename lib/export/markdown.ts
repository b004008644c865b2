/** Markdown export: a ZIP with one `.md` file per clipping (YAML front matter + article + highlights). */
import { strToU8, type Zippable, zipSync } from 'fflate';
import TurndownService from 'turndown';
import type { Clipping } from '../types';
import {
  collectionNames,
  type EntitySummary,
  type ExportData,
  isoDay,
  type ProgressFn,
  summarizeEntities,
  uniqueFileName,
} from './common';
import { frontMatter, type YamlValue } from './yaml';

let service: TurndownService | null = null;

/** Text turndown's escaping would change: a character it escapes anywhere, or one it escapes at the start. */
const NEEDS_ESCAPE = /[\\*`[\]_<&{]|^[-+=#~>\d]/;

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
    const turndownEscape = service.escape.bind(service);
    // Most text has nothing to escape: skip turndown's dozen regex passes then (same output).
    // Text that reads like raw HTML, an entity or a raw attribute (`<`, `&`, `{`) is escaped too:
    // a Markdown renderer (pandoc, Obsidian) must show it, never run it.
    service.escape = (text: string) =>
      NEEDS_ESCAPE.test(text) ? turndownEscape(text).replace(/[<&{]/g, '\\$&') : text;
  }
  return service;
}

/**
 * The article HTML as Markdown (plain text when the HTML is empty or conversion fails). `parsed`
 * is the same HTML already parsed (see `parseMany`), which saves one document per article.
 */
export function htmlToMarkdown(html: string, fallbackText = '', parsed?: HTMLElement | null): string {
  if (!html.trim()) return markdownText(fallbackText);
  try {
    return turndown()
      .turndown(parsed ?? html)
      .trim();
  } catch {
    return markdownText(fallbackText);
  }
}

/** Articles parsed per DOMParser call. */
const BATCH = 200;

/**
 * Parses many HTML fragments with ONE DOMParser call, each inside its own wrapper element. Returns
 * the wrappers in order, or nulls (callers then parse one by one) when DOMParser is missing or a
 * fragment escaped its wrapper (stray end tags, unclosed raw-text elements or comments). The
 * document is inert: scripts do not run and nothing loads.
 */
export function parseMany(htmls: readonly string[]): (HTMLElement | null)[] {
  const none = () => htmls.map(() => null);
  if (typeof DOMParser === 'undefined' || htmls.length === 0) return none();
  const src = htmls.map((h, i) => `<section data-bg-i="${i}">${h}</section>`).join('');
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${src}</body></html>`, 'text/html');
  const kids = doc.body.children;
  if (doc.body.childNodes.length !== htmls.length || kids.length !== htmls.length) return none();
  const out: HTMLElement[] = [];
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i] as HTMLElement;
    if (k.tagName !== 'SECTION' || k.getAttribute('data-bg-i') !== String(i)) return none();
    out.push(k);
  }
  return out;
}

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
  fm.tags = [...new Set(c.tags.map(obsidianTag).filter((t): t is string => t !== null))];
  fm.collection = collection;
  if (s.officials.length)
    fm.officials = s.officials.map((o) => ({ name: o.name, offices: o.offices, offices_en: o.officesEn }));
  if (s.agreements.length) fm.agreements = s.agreements;
  if (s.documents.length) fm.documents = s.documents;
  fm.id = c.id;
  return fm;
}

/**
 * User text (title, note, quote, highlight note) as Markdown that reads the same but can never
 * become active markup: `\ \` [ ] < > & { ~` are backslash-escaped, so no raw HTML, link,
 * autolink, image, code/raw block (`{=html}`) or entity (e.g. `&#106;avascript:`) can form.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`[\]<>&{~]/g, '\\$&');
}

const quoteLines = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((l) => (l.trim() ? `> ${markdownText(l)}` : '>'))
    .join('\n');

/** One clipping as a Markdown document readable in Obsidian. */
export function clippingToMarkdown(c: Clipping, collection: string, parsed?: HTMLElement | null): string {
  const parts = [frontMatter(frontMatterFields(c, collection))];
  parts.push(`# ${markdownText(c.title.replace(/\s+/g, ' ').trim()) || '(không tiêu đề)'}\n`);
  const meta = markdownText([c.siteName, c.byline, isoDay(c.publishedTime)].filter(Boolean).join(' · '));
  parts.push(`${meta ? `*${meta}* · ` : ''}[Nguồn](<${c.url.replace(/[<>]/g, encodeURIComponent)}>)\n`);
  if (c.kind === 'selection' && c.quote) parts.push(`${quoteLines(c.quote)}\n`);
  const body = htmlToMarkdown(c.html, c.text, parsed);
  if (body) parts.push(`${body}\n`);
  if (c.note.trim()) parts.push(`## Ghi chú\n\n${markdownText(c.note.trim())}\n`);
  if (c.highlights.length) {
    parts.push('## Đánh dấu\n');
    for (const h of c.highlights) {
      parts.push(`${quoteLines(h.quote)}\n`);
      if (h.note.trim()) parts.push(`**Ghi chú:** ${markdownText(h.note.trim())}\n`);
    }
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
): void {
  const parsed = parseMany(chunk.map((c) => c.html));
  chunk.forEach((c, i) => {
    const md = clippingToMarkdown(c, names.get(c.collectionId) ?? c.collectionId, parsed[i]);
    files[`${uniqueFileName(c.title, used)}.md`] = encode(md);
  });
}

/** Above this many clippings the `.md` files are stored uncompressed: deflating thousands of small files costs more than converting them. */
export const STORE_ABOVE = 2000;

/** ZIP options: fast deflate for usual exports (Markdown shrinks to about a third), stored for huge ones. */
function zipOptions(count: number) {
  return { level: count > STORE_ABOVE ? 0 : 1 } as const;
}

/** Builds the ZIP (one `<title>.md` per clipping, names unique), yielding to the page and reporting progress. */
export async function exportMarkdownZip(data: ExportData, onProgress?: ProgressFn): Promise<Uint8Array> {
  const names = collectionNames(data.collections);
  const used = new Set<string>();
  const files: Zippable = {};
  const total = data.clippings.length;
  const encode = utf8Packer();
  for (let i = 0; i < total; i += BATCH) {
    onProgress?.(i, total);
    if (i > 0) await new Promise((r) => setTimeout(r, 0));
    addChunk(files, used, data.clippings.slice(i, i + BATCH), names, encode);
  }
  onProgress?.(total, total);
  return zipSync(files, zipOptions(total));
}

/** The same ZIP as `exportMarkdownZip`, built synchronously (workers, benchmarks). */
export function exportMarkdownZipSync(data: ExportData): Uint8Array {
  const names = collectionNames(data.collections);
  const used = new Set<string>();
  const files: Zippable = {};
  const encode = utf8Packer();
  for (let i = 0; i < data.clippings.length; i += BATCH)
    addChunk(files, used, data.clippings.slice(i, i + BATCH), names, encode);
  return zipSync(files, zipOptions(data.clippings.length));
}
