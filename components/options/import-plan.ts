/**
 * Planning an import, the same on the options page (no worker) and in the transfer worker: read the
 * file, plan it against the database, and the summary the page shows of the plan.
 */
import type { BaoGonDB } from '@/lib/clips/db';
import { type ImportPlan, loadExisting, parseImport, planImport } from '@/lib/export/import';
import type { ImportSummary } from './transfer-protocol';

/** Invalid records listed in the summary (the rest are counted). */
export const MAX_LISTED = 50;

/** Parses and validates an export file's bytes and plans it against what `db` holds. */
export async function planFile(db: BaoGonDB, file: Blob): Promise<ImportPlan> {
  const parsed = parseImport(new Uint8Array(await file.arrayBuffer()));
  return planImport(await loadExisting(db), parsed);
}

/** What the page shows of a plan: counts and the first MAX_LISTED invalid records (plain data). */
export function summarizePlan(p: ImportPlan): ImportSummary {
  return {
    total: p.total,
    new: p.new.length,
    updated: p.updated.length,
    duplicates: p.duplicates.length,
    invalid: p.invalid.slice(0, MAX_LISTED).map((i) => ({ kind: i.kind, index: i.index, reason: i.reason })),
    invalidCount: p.invalid.length,
    newCollections: p.newCollections.map((c) => c.name),
  };
}
