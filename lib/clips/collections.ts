/** Queries and changes on the `collections` table. */
import type { Collection } from '../types';
import { type BaoGonDB, DEFAULT_COLLECTION_ID } from './db';
import { ClipsError, toWriteError } from './errors';
import { newUuid } from './save';

/** All collections, by name (Vietnamese collation), the default one first. */
export async function listCollections(db: BaoGonDB): Promise<Collection[]> {
  const all = await db.collections.toArray();
  return all.sort((a, b) =>
    a.id === DEFAULT_COLLECTION_ID
      ? -1
      : b.id === DEFAULT_COLLECTION_ID
        ? 1
        : a.name.localeCompare(b.name, 'vi'),
  );
}

/** Creates a collection with a trimmed, non-empty name. */
export async function createCollection(
  db: BaoGonDB,
  name: string,
  now: Date = new Date(),
): Promise<Collection> {
  const n = name.trim();
  if (!n) throw new ClipsError('invalid', 'name');
  const c: Collection = { id: newUuid(), name: n, createdAt: now.toISOString() };
  try {
    await db.collections.add(c);
  } catch (err) {
    throw toWriteError(err);
  }
  return c;
}

/** Renames a collection; returns false when it does not exist. */
export async function renameCollection(db: BaoGonDB, id: string, name: string): Promise<boolean> {
  const n = name.trim();
  if (!n) throw new ClipsError('invalid', 'name');
  try {
    return (await db.collections.update(id, { name: n })) === 1;
  } catch (err) {
    throw toWriteError(err);
  }
}

/**
 * Deletes a collection and moves its clippings to the default collection, in one transaction.
 * The default collection cannot be deleted.
 */
export async function deleteCollection(db: BaoGonDB, id: string): Promise<void> {
  if (id === DEFAULT_COLLECTION_ID) throw new ClipsError('invalid', 'default collection');
  try {
    await db.transaction('rw', db.clippings, db.collections, async () => {
      await db.clippings.where('collectionId').equals(id).modify({ collectionId: DEFAULT_COLLECTION_ID });
      await db.collections.delete(id);
    });
  } catch (err) {
    throw toWriteError(err);
  }
}
