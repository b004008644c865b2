/**
 * Export of clippings in every format, with file names carrying the scope and the date. `FORMATS` is
 * the one registry of formats: the options page and the library's bulk bar list it (by label), and
 * each format's writer is loaded only when it is used.
 */
import { type ExportData, isoDay, type ProgressFn, slugify, type WriteContext } from './common';
import type en from '../../public/_locales/en/messages.json';

export * from './common';
export { JSON_FORMAT, JSON_VERSION, type JsonEnvelopeV1, toEnvelope } from './json';

/** A key of the UI's messages (a label that does not exist fails the typecheck). */
export type LocaleKey = keyof typeof en;

type Writer = (data: ExportData, ctx: WriteContext) => string | Uint8Array | Promise<string | Uint8Array>;

/** One export format. Every field is required: a format without a label does not typecheck. */
export interface FormatDef {
  /** File extension without the dot. */
  ext: string;
  mime: string;
  /** Part of the file name naming the format (when the extension alone is ambiguous). */
  suffix: string | null;
  /** The label shown to users (options page, library). */
  label: LocaleKey;
  /** Loads the writer lazily. */
  load: () => Promise<Writer>;
}

/** The registry of export formats, in the order users see them. */
export const FORMATS = {
  json: {
    ext: 'json',
    mime: 'application/json',
    suffix: null,
    label: 'optionsFormatJson',
    load: async () => {
      const { exportJson } = await import('./json');
      return (data, ctx) => exportJson(data, ctx.now);
    },
  },
  markdown: {
    ext: 'zip',
    mime: 'application/zip',
    suffix: 'markdown',
    label: 'optionsFormatMarkdown',
    load: async () => {
      const { exportMarkdownZip } = await import('./markdown');
      return (data, ctx) => exportMarkdownZip(data, ctx);
    },
  },
  csv: {
    ext: 'csv',
    mime: 'text/csv;charset=utf-8',
    suffix: null,
    label: 'optionsFormatCsv',
    load: async () => (await import('./csv')).exportCsv,
  },
  'highlights-csv': {
    ext: 'csv',
    mime: 'text/csv;charset=utf-8',
    suffix: 'danh-dau',
    label: 'optionsFormatHighlightsCsv',
    load: async () => (await import('./csv')).exportHighlightsCsv,
  },
  'entities-csv': {
    ext: 'csv',
    mime: 'text/csv;charset=utf-8',
    suffix: 'thuc-the',
    label: 'optionsFormatEntitiesCsv',
    load: async () => (await import('./csv')).exportEntitiesCsv,
  },
  'csl-json': {
    ext: 'json',
    mime: 'application/vnd.citationstyles.csl+json',
    suffix: 'csl',
    label: 'optionsFormatCsl',
    load: async () => (await import('./csl')).exportCsl,
  },
  ris: {
    ext: 'ris',
    mime: 'application/x-research-info-systems',
    suffix: null,
    label: 'optionsFormatRis',
    load: async () => (await import('./ris')).exportRis,
  },
  bibtex: {
    ext: 'bib',
    mime: 'application/x-bibtex',
    suffix: null,
    label: 'optionsFormatBibtex',
    load: async () => (await import('./bibtex')).exportBibtex,
  },
} as const satisfies Record<string, FormatDef>;

export type ExportFormat = keyof typeof FORMATS;

/** Every export format id, in the registry's order. */
export const EXPORT_FORMATS = Object.keys(FORMATS) as ExportFormat[];

/** True for a known format name. */
export function isExportFormat(v: string): v is ExportFormat {
  return Object.hasOwn(FORMATS, v);
}

export interface ExportOptions {
  onProgress?: ProgressFn;
  /** Clock (tests). */
  now?: Date;
  /** The user's time zone for every date (default Asia/Ho_Chi_Minh). */
  timeZone?: string;
  /** See WriteContext.checkpoint. */
  checkpoint?: () => void | Promise<void>;
  /**
   * Name of the scope for the file name (e.g. "Tất cả", "Lựa chọn"). Default: the collection's name
   * when `collections` holds exactly one, else "tat-ca".
   */
  scopeName?: string;
}

export interface ExportResult {
  filename: string;
  mime: string;
  data: Uint8Array | string;
}

/** `bao-gon_<scope slug>[_<format>]_<YYYY-MM-DD>.<ext>`, e.g. `bao-gon_chua-phan-loai_2026-11-23.csv`. */
export function exportFileName(format: ExportFormat, scope: string, now: Date, timeZone?: string): string {
  const m: FormatDef = FORMATS[format];
  const parts = ['bao-gon', slugify(scope, 50, 'tat-ca')];
  if (m.suffix) parts.push(m.suffix);
  parts.push(isoDay(now.toISOString(), timeZone));
  return `${parts.join('_')}.${m.ext}`;
}

/**
 * Exports clippings (and their collections) in `format`. Text formats give a string, Markdown a
 * ZIP as bytes. `onProgress(done, total)` is called while large exports are built.
 */
export async function exportClippings(
  format: ExportFormat,
  data: ExportData,
  opts: ExportOptions = {},
): Promise<ExportResult> {
  if (!isExportFormat(format)) throw new Error(`unknown export format: ${String(format)}`);
  const now = opts.now ?? new Date();
  const scope = opts.scopeName ?? (data.collections.length === 1 ? data.collections[0].name : 'tat-ca');
  const total = data.clippings.length;
  opts.onProgress?.(0, total);
  const def: FormatDef = FORMATS[format];
  const write = await def.load();
  const out = await write(data, {
    now,
    timeZone: opts.timeZone,
    onProgress: opts.onProgress,
    checkpoint: opts.checkpoint,
  });
  opts.onProgress?.(total, total);
  return { filename: exportFileName(format, scope, now, opts.timeZone), mime: def.mime, data: out };
}
