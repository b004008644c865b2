import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteClippings, getClipping, restoreClippings } from '@/lib/clips/clippings';
import {
  createCollection,
  deleteCollection,
  listCollections,
  renameCollection,
} from '@/lib/clips/collections';
import type { BaoGonDB } from '@/lib/clips/db';
import { ClipsError } from '@/lib/clips/errors';
import { saveClipping } from '@/lib/clips/save';
import { draft, freshDb } from './helpers';

let db: BaoGonDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('collections', () => {
  it('the default collection "Chưa phân loại" exists from the start', async () => {
    expect(await listCollections(db)).toEqual([
      { id: 'default', name: 'Chưa phân loại', createdAt: expect.any(String) },
    ]);
  });

  it('create, rename, list (default first, then by name), delete moves clippings to default', async () => {
    const b = await createCollection(db, '  Nội vụ ');
    const a = await createCollection(db, 'Đầu tư công');
    expect(b.name).toBe('Nội vụ');
    expect(await renameCollection(db, a.id, 'Ảnh hưởng')).toBe(true);
    expect(await renameCollection(db, 'nope', 'x')).toBe(false);
    expect((await listCollections(db)).map((c) => c.name)).toEqual(['Chưa phân loại', 'Ảnh hưởng', 'Nội vụ']);
    const { clipping } = await saveClipping(db, draft({ collectionId: b.id }));
    expect(clipping.collectionId).toBe(b.id);
    await deleteCollection(db, b.id);
    expect((await getClipping(db, clipping.id))?.collectionId).toBe('default');
    expect((await listCollections(db)).map((c) => c.id)).not.toContain(b.id);
  });

  it.each([
    ['empty name', () => createCollection(db, '   ')],
    ['deleting the default collection', () => deleteCollection(db, 'default')],
  ])('refuses %s', async (_l, f) => {
    await expect(f()).rejects.toBeInstanceOf(ClipsError);
  });
});

describe('delete and restore', () => {
  it('deletes, returns the records, restores them; a page saved again meanwhile is not overwritten', async () => {
    const one = await saveClipping(db, draft({ url: 'https://bao.example.vn/1' }));
    const two = await saveClipping(db, draft({ url: 'https://bao.example.vn/2' }));
    const deleted = await deleteClippings(db, [one.clipping.id, two.clipping.id, 'unknown']);
    expect(deleted.map((c) => c.id).sort()).toEqual([one.clipping.id, two.clipping.id].sort());
    expect(deleted[0]).not.toHaveProperty('searchTokens');
    expect(await db.clippings.count()).toBe(0);
    const again = await saveClipping(db, draft({ url: 'https://bao.example.vn/2' }));
    expect(await restoreClippings(db, deleted)).toBe(1);
    expect(await getClipping(db, one.clipping.id)).toEqual(one.clipping);
    expect(await getClipping(db, two.clipping.id)).toBeNull();
    expect((await getClipping(db, again.clipping.id))?.canonicalUrl).toBe('https://bao.example.vn/2');
    expect((await db.clippings.get(one.clipping.id))?.searchTokens.length).toBeGreaterThan(0);
  });
});
