/** The trash: deletes move records by id, undo puts them back deep-equal, old entries are purged. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BaoGonDB } from '@/lib/clips/db';
import { saveClipping } from '@/lib/clips/save';
import { chunkIds, purgeTrash, restoreFromTrash, trashClippings } from '@/lib/clips/trash';
import { draft, freshDb, highlight } from './helpers';

let db: BaoGonDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

async function seed(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { clipping } = await saveClipping(
      db,
      draft({
        url: `https://bao.example.vn/bai-${i}.html`,
        note: `ghi chú ${i}`,
        tags: ['kinh tế', `t${i}`],
        highlights: [highlight(`h${i}`, 'Bộ trưởng', 11, 'nhận xét')],
      }),
    );
    ids.push(clipping.id);
  }
  return ids;
}

describe('trash', () => {
  it('delete moves the records to the trash; undo restores them deep-equal, index fields included', async () => {
    const ids = await seed(12);
    const before = await db.clippings.bulkGet(ids);
    const moved = await trashClippings(db, [...ids, 'không-có']);
    expect(moved.sort()).toEqual([...ids].sort());
    expect(await db.clippings.count()).toBe(0);
    expect(await db.trash.count()).toBe(12);
    const out = await restoreFromTrash(db, [...ids, 'không-có']);
    expect(out.restored.sort()).toEqual([...ids].sort());
    expect(out.missing).toEqual(['không-có']);
    expect(await db.clippings.bulkGet(ids)).toEqual(before);
    expect(await db.trash.count()).toBe(0);
    // Searchable again through the derived indexes.
    expect(await db.clippings.where('tags').equals('kinh tế').count()).toBe(12);
  });

  it('undo skips (and keeps in the trash) a clipping whose page was saved again meanwhile', async () => {
    const [id] = await seed(1);
    await trashClippings(db, [id]);
    const again = await saveClipping(db, draft({ url: 'https://bao.example.vn/bai-0.html' }));
    const out = await restoreFromTrash(db, [id]);
    expect(out).toEqual({ restored: [], conflicts: [id], missing: [] });
    expect(await db.trash.get(id)).toBeTruthy();
    expect((await db.clippings.toArray()).map((c) => c.id)).toEqual([again.clipping.id]);
  });

  it('purges only what has been in the trash longer than 30 days', async () => {
    const ids = await seed(3);
    await trashClippings(db, [ids[0]], new Date('2026-01-01T00:00:00Z'));
    await trashClippings(db, [ids[1]], new Date('2026-02-20T00:00:00Z'));
    expect(await purgeTrash(db, new Date('2026-03-01T00:00:00Z'))).toBe(1);
    expect((await db.trash.toArray()).map((r) => r.id)).toEqual([ids[1]]);
    expect(await db.clippings.count()).toBe(1);
  });

  it('chunks ids in order', () => {
    expect(chunkIds(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });
});
