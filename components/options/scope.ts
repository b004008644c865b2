/** Which clippings an export covers, and reading them from the database. */
import type { BaoGonDB, StoredClipping } from '@/lib/clips/db';
import { stripDerived } from '@/lib/clips/derive';
import type { ExportData } from '@/lib/export/common';
import type { Clipping, Collection } from '@/lib/types';

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'collections'; ids: string[] }
  | { kind: 'selection'; ids: string[] };

/** Number of clippings in a scope (index-only counts). */
export async function countScope(db: BaoGonDB, scope: ExportScope): Promise<number> {
  if (scope.kind === 'all') return db.clippings.count();
  if (scope.ids.length === 0) return 0;
  if (scope.kind === 'collections') return db.clippings.where('collectionId').anyOf(scope.ids).count();
  return db.clippings.where('id').anyOf(scope.ids).count();
}

const newestFirst = (a: Clipping, b: Clipping) =>
  a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;

/**
 * The clippings of a scope (newest first, plain records) with the collections they use (all of
 * them for the whole library), and the scope's name for the file name.
 */
export async function loadScope(
  db: BaoGonDB,
  scope: ExportScope,
): Promise<{ data: ExportData; scopeName: string }> {
  const collections: Collection[] = await db.collections.toArray();
  let rows: StoredClipping[];
  if (scope.kind === 'all') rows = await db.clippings.toArray();
  else if (scope.kind === 'collections')
    rows = await db.clippings.where('collectionId').anyOf(scope.ids).toArray();
  else rows = (await db.clippings.bulkGet(scope.ids)).filter((r): r is StoredClipping => r !== undefined);
  const clippings = rows.map(stripDerived).sort(newestFirst);
  if (scope.kind === 'all') return { data: { clippings, collections }, scopeName: 'tat-ca' };
  const used = new Set(clippings.map((c) => c.collectionId));
  if (scope.kind === 'collections') for (const id of scope.ids) used.add(id);
  const subset = collections.filter((c) => used.has(c.id));
  let scopeName = 'lua-chon';
  if (scope.kind === 'collections') {
    const chosen = collections.filter((c) => scope.ids.includes(c.id));
    scopeName = chosen.length === 1 ? chosen[0].name : 'nhieu-bo-suu-tap';
  }
  return { data: { clippings, collections: subset }, scopeName };
}
