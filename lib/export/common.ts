/** Helpers shared by the export formats: names, dates, entity summaries. Pure functions. */
import { foldVietnamese } from '../clips/fold';
import { isoDay as formatIsoDay, wallClock } from '../format/date';
import type { Clipping, Collection, Entity } from '../types';

/** What every export format receives. */
export interface ExportData {
  clippings: readonly Clipping[];
  collections: readonly Collection[];
}

/** Progress callback: `done` of `total` clippings converted. */
export type ProgressFn = (done: number, total: number) => void;

/** What a format's writer gets besides the data. */
export interface WriteContext {
  now: Date;
  timeZone?: string;
  onProgress?: ProgressFn;
  /** Called between batches by long writers; throwing stops the export (cancel). */
  checkpoint?: () => void | Promise<void>;
}

/**
 * Folds Vietnamese to ASCII and keeps only `[a-z0-9]` runs joined by `-`, at most `max` characters.
 * "Chưa phân loại" → "chua-phan-loai". Empty input gives `fallback`.
 */
export function slugify(s: string, max = 60, fallback = 'bai-viet'): string {
  const slug = foldVietnamese(s.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** `YYYY-MM-DD` of a value in its own offset, else in `timeZone` (the one formatter, lib/format/date.ts). */
export function isoDay(value: string | null | undefined, timeZone?: string): string {
  return formatIsoDay(value, timeZone);
}

/** `[year, month, day]` of a value (see `isoDay`), or null when it is not a date. */
export function dateParts(value: string | null | undefined, timeZone?: string): number[] | null {
  const w = wallClock(value, timeZone);
  return w ? [w.year, w.month, w.day] : null;
}

const PARA_BREAK = /\n[ \t\r\f\v]*\n/g;

/** The lead of a clipping: its first paragraph of text (at most `max` characters, whitespace folded). */
export function leadOf(c: Pick<Clipping, 'text'>, max = 600): string {
  const text = c.text ?? '';
  let first = '';
  // Paragraphs are separated by a line holding only whitespace; the first one with text is the lead.
  for (let pos = 0; pos <= text.length; ) {
    PARA_BREAK.lastIndex = pos;
    const m = PARA_BREAK.exec(text);
    const seg = text.slice(pos, m ? m.index : text.length);
    if (seg.trim()) {
      first = seg;
      break;
    }
    if (!m) break;
    pos = m.index + 1;
  }
  const folded = first.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `${(at > max / 2 ? cut.slice(0, at) : cut).trimEnd()}…`;
}

/** Whitespace folded to single spaces, trimmed. */
export const fold = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name (without extension) from a title that is safe on Windows, macOS, Linux and in ZIPs:
 * Vietnamese letters kept (NFC), path separators, reserved and control characters removed,
 * whitespace collapsed, at most `max` characters, unique case-insensitively within `used`
 * (" (2)", " (3)"… appended). `used` is updated.
 */
export function uniqueFileName(title: string, used: Set<string>, max = 80): string {
  let base = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*#^[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+|[.\s]+$/g, '');
  base = [...base].slice(0, max).join('').trim();
  if (!base || WINDOWS_RESERVED.test(base)) base = base ? `${base}_` : 'bai-viet';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base} (${i})`;
  used.add(name.toLowerCase());
  return name;
}

/** One person with every office the clipping gives them. */
export interface OfficialSummary {
  name: string;
  offices: string[];
  /** English of `offices[i]` from the glossary, '' when unknown (same length as `offices`). */
  officesEn: string[];
}

/** Distinct entities of a clipping, grouped by type (by `key`, first spelling wins). */
export interface EntitySummary {
  officials: OfficialSummary[];
  agreements: string[];
  documents: string[];
  watch: string[];
}

/** Groups a clipping's entity mentions into distinct officials (with offices), agreements, documents. */
export function summarizeEntities(entities: readonly Entity[]): EntitySummary {
  const officials = new Map<string, OfficialSummary>();
  const others = {
    agreement: new Map<string, string>(),
    legal_document: new Map<string, string>(),
    watch: new Map<string, string>(),
  };
  for (const e of entities) {
    const key = e.key || e.name || e.text;
    if (e.type === 'official') {
      let o = officials.get(key);
      if (!o) officials.set(key, (o = { name: (e.name || e.text).trim(), offices: [], officesEn: [] }));
      for (const t of [e.title, ...(e.titles ?? [])]) {
        const office = (t ?? '').trim();
        if (!office) continue;
        const i = o.offices.indexOf(office);
        if (i < 0) {
          o.offices.push(office);
          o.officesEn.push(office === e.title?.trim() ? (e.titleEn ?? '').trim() : '');
        } else if (!o.officesEn[i] && office === e.title?.trim() && e.titleEn)
          o.officesEn[i] = e.titleEn.trim();
      }
    } else if (e.type in others) {
      const m = others[e.type as keyof typeof others];
      if (!m.has(key)) m.set(key, e.text.trim());
    }
  }
  return {
    officials: [...officials.values()],
    agreements: [...new Set(others.agreement.values())],
    documents: [...new Set(others.legal_document.values())],
    watch: [...new Set(others.watch.values())],
  };
}

/** Map from collection id to its name. */
export function collectionNames(collections: readonly Collection[]): Map<string, string> {
  return new Map(collections.map((c) => [c.id, c.name]));
}
