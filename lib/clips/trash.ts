/**
 * The trash: deleting moves clippings (by id) into the `trash` table in one transaction, Undo moves
 * them back by id, and `purgeTrash` empties what has been there longer than the retention period.
 * No record ever travels through a message: callers pass ids and get ids back.
 */
import type { BaoGonDB, StoredClipping, TrashedClipping } from './db';
import { toWriteError } from './errors';

/** How long deleted clippings stay restorable. */
export const TRASH_RETENTION_DAYS = 30;

/** At most this many ids per call from the UI (one transaction each, progress between them). */
export const TRASH_CHUNK = 200;

/** Moves the clippings with these ids into the trash; returns the ids that were moved (unknown ids are ignored). */
export async function trashClippings(
  db: BaoGonDB,
  ids: readonly string[],
  now: Date = new Date(),
): Promise<string[]> {
  const deletedAt = now.toISOString();
  try {
    return await db.transaction('rw', db.clippings, db.trash, async () => {
      const rows = (await db.clippings.bulkGet([...ids])).filter((s): s is StoredClipping => !!s);
      await db.trash.bulkPut(rows.map((r) => ({ ...r, deletedAt })));
      const moved = rows.map((r) => r.id);
      await db.clippings.bulkDelete(moved);
      return moved;
    });
  } catch (err) {
    throw toWriteError(err);
  }
}

export interface RestoreOutcome {
  /** Ids put back into the library. */
  restored: string[];
  /** Ids not restored because the page was saved again meanwhile (same canonical URL, other id). */
  conflicts: string[];
  /** Ids not in the trash (already restored or purged). */
  missing: string[];
}

/** Moves the clippings with these ids from the trash back into the library, exactly as they were. */
export async function restoreFromTrash(db: BaoGonDB, ids: readonly string[]): Promise<RestoreOutcome> {
  try {
    return await db.transaction('rw', db.clippings, db.trash, async () => {
      const out: RestoreOutcome = { restored: [], conflicts: [], missing: [] };
      const rows = await db.trash.bulkGet([...ids]);
      const back: StoredClipping[] = [];
      rows.forEach((row, i) => {
        if (!row) out.missing.push(ids[i]);
      });
      const present = rows.filter((r): r is TrashedClipping => !!r);
      const clashes = await db.clippings
        .where('canonicalUrl')
        .anyOf(present.map((r) => r.canonicalUrl))
        .toArray();
      const owner = new Map(clashes.map((c) => [c.canonicalUrl, c.id]));
      for (const row of present) {
        const other = owner.get(row.canonicalUrl);
        if (other !== undefined && other !== row.id) {
          out.conflicts.push(row.id);
          continue;
        }
        const { deletedAt: _, ...stored } = row;
        back.push(stored);
        out.restored.push(row.id);
      }
      await db.clippings.bulkPut(back);
      await db.trash.bulkDelete(out.restored);
      return out;
    });
  } catch (err) {
    throw toWriteError(err);
  }
}

/** Deletes for good what has been in the trash longer than `days`; returns how many. */
export async function purgeTrash(
  db: BaoGonDB,
  now: Date = new Date(),
  days: number = TRASH_RETENTION_DAYS,
): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  try {
    return await db.trash.where('deletedAt').below(cutoff).delete();
  } catch (err) {
    throw toWriteError(err);
  }
}

/** Number of clippings in the trash. */
export function countTrash(db: BaoGonDB): Promise<number> {
  return db.trash.count();
}

/** Splits ids into chunks of `size` (for bulk actions with progress). */
export function chunkIds<T>(ids: readonly T[], size: number = TRASH_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}
