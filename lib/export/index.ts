/** Export of clippings in every format, with file names carrying the scope and the date. */
import { exportBibtex } from './bibtex';
import { type ExportData, isoDay, type ProgressFn, slugify } from './common';
import { exportCsl } from './csl';
import { exportCsv, exportEntitiesCsv } from './csv';
import { exportJson } from './json';
import { exportMarkdownZip } from './markdown';
import { exportRis } from './ris';

export * from './common';
export { JSON_FORMAT, JSON_VERSION, type JsonEnvelopeV1, toEnvelope } from './json';

/** Every export format (values of the options page's format <select>). */
export const EXPORT_FORMATS = [
  'json',
  'markdown',
  'csv',
  'entities-csv',
  'csl-json',
  'ris',
  'bibtex',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** True for a known format name. */
export function isExportFormat(v: string): v is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(v);
}

const META: Record<ExportFormat, { ext: string; mime: string; suffix?: string }> = {
  json: { ext: 'json', mime: 'application/json' },
  markdown: { ext: 'zip', mime: 'application/zip', suffix: 'markdown' },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8' },
  'entities-csv': { ext: 'csv', mime: 'text/csv;charset=utf-8', suffix: 'thuc-the' },
  'csl-json': { ext: 'json', mime: 'application/vnd.citationstyles.csl+json', suffix: 'csl' },
  ris: { ext: 'ris', mime: 'application/x-research-info-systems' },
  bibtex: { ext: 'bib', mime: 'application/x-bibtex' },
};

export interface ExportOptions {
  onProgress?: ProgressFn;
  /** Clock (tests). */
  now?: Date;
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
export function exportFileName(format: ExportFormat, scope: string, now: Date): string {
  const m = META[format];
  const day = isoDay(now.toISOString());
  const parts = ['bao-gon', slugify(scope, 50, 'tat-ca')];
  if (m.suffix) parts.push(m.suffix);
  parts.push(day);
  return `${parts.join('_')}.${m.ext}`;
}

/**
 * Exports clippings (and their collections) in `format`. Text formats give a string, Markdown a
 * ZIP as bytes. `onProgress(done, total)` is called while large Markdown exports are built.
 */
export async function exportClippings(
  format: ExportFormat,
  data: ExportData,
  opts: ExportOptions = {},
): Promise<ExportResult> {
  const now = opts.now ?? new Date();
  const scope = opts.scopeName ?? (data.collections.length === 1 ? data.collections[0].name : 'tat-ca');
  const total = data.clippings.length;
  opts.onProgress?.(0, total);
  let out: Uint8Array | string;
  switch (format) {
    case 'json':
      out = exportJson(data, now);
      break;
    case 'markdown':
      out = await exportMarkdownZip(data, opts.onProgress);
      break;
    case 'csv':
      out = exportCsv(data);
      break;
    case 'entities-csv':
      out = exportEntitiesCsv(data);
      break;
    case 'csl-json':
      out = exportCsl(data);
      break;
    case 'ris':
      out = exportRis(data);
      break;
    case 'bibtex':
      out = exportBibtex(data);
      break;
    default:
      throw new Error(`unknown export format: ${String(format)}`);
  }
  opts.onProgress?.(total, total);
  return { filename: exportFileName(format, scope, now), mime: META[format].mime, data: out };
}
