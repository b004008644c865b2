/**
 * Upgrade harness: every shipped schema version has a fixture (tests/fixtures/db/vN.json) that is
 * written with that version's RAW schema (plain Dexie, not our class), then opened by the newest
 * code through `openDb`. Every record must come back intact and be findable. See lib/clips/README.md.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { countByEntity, getClipping, listNewest } from '@/lib/clips/clippings';
import { listCollections } from '@/lib/clips/collections';
import { type BaoGonDB, openDb, type StoredClipping } from '@/lib/clips/db';
import { deriveFields, stripDerived } from '@/lib/clips/derive';
import { saveClipping } from '@/lib/clips/save';
import { searchClippings } from '@/lib/clips/search';
import type { Collection } from '@/lib/types';
import v1 from '../../fixtures/db/v1.json';
import { draft } from './helpers';

interface DbFixture {
  version: number;
  schema: Record<string, string>;
  collections: Collection[];
  clippings: StoredClipping[];
}

const FIXTURES: DbFixture[] = [v1 as unknown as DbFixture];

/** Writes a fixture with its own raw schema, exactly as that version of the extension would have. */
async function writeRaw(name: string, f: DbFixture): Promise<void> {
  const raw = new Dexie(name);
  raw.version(f.version).stores(f.schema);
  await raw.table('collections').bulkAdd(f.collections);
  await raw.table('clippings').bulkAdd(f.clippings);
  raw.close();
}

let opened: BaoGonDB | null = null;
afterEach(async () => {
  await opened?.delete();
  opened = null;
});

describe.each(FIXTURES.map((f) => [f.version, f] as const))(
  'database written by schema v%i',
  (version, f) => {
    async function openUpgraded(): Promise<BaoGonDB> {
      const name = `bao-gon-upgrade-v${version}-${Math.random().toString(36).slice(2)}`;
      await writeRaw(name, f);
      opened = openDb(name);
      await opened.open();
      return opened;
    }

    it('fixture is meaningful: several clippings with highlights, entities and Vietnamese text', () => {
      expect(f.clippings.length).toBeGreaterThanOrEqual(4);
      expect(f.clippings.some((c) => c.highlights.length > 0)).toBe(true);
      expect(f.clippings.some((c) => c.entities.length > 0)).toBe(true);
      expect(f.clippings.some((c) => c.kind === 'selection')).toBe(true);
      expect(
        f.clippings.every((c) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỵỷỹ]/i.test(c.text)),
      ).toBe(true);
    });

    it('opens with the newest code and every record comes back intact', async () => {
      const db = await openUpgraded();
      expect(db.verno).toBeGreaterThanOrEqual(version);
      for (const c of f.clippings) {
        expect(await getClipping(db, c.id)).toEqual(stripDerived(c));
      }
      expect(await db.clippings.count()).toBe(f.clippings.length);
      const collections = await listCollections(db);
      expect(collections.map((c) => c.id).sort()).toEqual(f.collections.map((c) => c.id).sort());
    });

    it('derived index fields match what the newest code computes (an upgrade must recompute them)', async () => {
      const db = await openUpgraded();
      for (const c of f.clippings) {
        const stored = await db.clippings.get(c.id);
        const fresh = deriveFields(stripDerived(c));
        expect(new Set(stored?.searchTokens)).toEqual(new Set(fresh.searchTokens));
        expect(stored?.entityKeys).toEqual(fresh.entityKeys);
        expect(stored?.entityLabels).toEqual(fresh.entityLabels);
      }
    });

    it('every record is reachable through the indexes', async () => {
      const db = await openUpgraded();
      for (const c of f.clippings) {
        const found = await searchClippings(db, c.title, { limit: 100 });
        expect(found.map((x) => x.id)).toContain(c.id);
        const byCollection = await listNewest(db, { collectionId: c.collectionId, limit: 100 });
        expect(byCollection.map((x) => x.id)).toContain(c.id);
      }
      const newest = await listNewest(db, { limit: 100 });
      expect(newest.map((c) => c.savedAt)).toEqual(
        f.clippings
          .map((c) => c.savedAt)
          .sort()
          .reverse(),
      );
      const entityKeys = new Set(f.clippings.flatMap((c) => c.entities.map((e) => e.key)));
      expect(new Set((await countByEntity(db)).map((e) => e.key))).toEqual(entityKeys);
    });

    it('de-duplication still works against old records', async () => {
      const db = await openUpgraded();
      const old = f.clippings.find((c) => c.kind === 'article')!;
      const { clipping, alreadySaved } = await saveClipping(
        db,
        draft({ url: `${old.url}#again`, text: '', highlights: [], tags: ['mới'] }),
      );
      expect(alreadySaved).toBe(true);
      expect(clipping.id).toBe(old.id);
      expect(clipping.highlights).toEqual(old.highlights);
      expect(await db.clippings.count()).toBe(f.clippings.length);
    });
  },
);
