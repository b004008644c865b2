/** The lossless JSON format of Báo Gọn (backup and transfer between profiles). */
import { stripDerived } from '../clips/derive';
import type { Clipping, Collection } from '../types';
import type { ExportData } from './common';

/** Value of the `format` field of every Báo Gọn JSON export. */
export const JSON_FORMAT = 'bao-gon';
/** Version written by this build; `import.ts` reads every version up to this one. */
export const JSON_VERSION = 1;

/** The versioned envelope of a JSON export. */
export interface JsonEnvelopeV1 {
  format: typeof JSON_FORMAT;
  version: 1;
  exportedAt: string;
  collections: Collection[];
  clippings: Clipping[];
}

/** Builds the envelope (derived index fields removed, records otherwise untouched). */
export function toEnvelope(data: ExportData, now: Date = new Date()): JsonEnvelopeV1 {
  return {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    exportedAt: now.toISOString(),
    collections: data.collections.map((c) => ({ ...c })),
    clippings: data.clippings.map((c) => stripDerived(c)),
  };
}

/** Serialises clippings and collections to the JSON envelope (pretty-printed when small). */
export function exportJson(data: ExportData, now: Date = new Date()): string {
  const env = toEnvelope(data, now);
  return JSON.stringify(env, null, data.clippings.length <= 1000 ? 2 : undefined);
}
