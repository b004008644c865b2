// @vitest-environment node
/**
 * Replication of a shared collection between two devices (two local databases) through a real
 * CouchDB-protocol server (pouchdb-server on 127.0.0.1, started here).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteClippings, getClipping, listNewest, updateClipping } from '@/lib/clips/clippings';
import { createCollection } from '@/lib/clips/collections';
import type { BaoGonDB } from '@/lib/clips/db';
import { saveClipping } from '@/lib/clips/save';
import { CouchClient, SyncError } from '@/lib/sync/couch';
import { pendingIds, syncShare } from '@/lib/sync/engine';
import { NOTE_CONFLICT_MARKER } from '@/lib/sync/merge';
import { addShare, openSyncDb, type SyncDB } from '@/lib/sync/store';
import type { SyncAccount } from '@/lib/sync/types';
import { draft, freshDb, highlight } from '../clips/helpers';
import { type CouchServer, startCouchServer } from './couch-server';

let server: CouchServer;
let dbn = 0;

beforeAll(async () => {
  server = await startCouchServer({ persistent: true });
  await server.addUser('an', 'pw-an');
  await server.addUser('binh', 'pw-binh');
  await server.addUser('khach', 'pw-khach');
}, 60_000);
afterAll(async () => {
  await server?.dispose();
});

interface Device {
  db: BaoGonDB;
  state: SyncDB;
  collectionId: string;
  account: SyncAccount;
  sync(): ReturnType<typeof syncShare>;
}

async function device(
  database: string,
  user: string,
  password: string,
  online = () => true,
): Promise<Device> {
  const db = freshDb();
  const state = openSyncDb(`bao-gon-sync-test-${++dbn}-${Math.random()}`);
  const col = await createCollection(db, 'Nhóm nghiên cứu');
  await addShare(state, col.id, database);
  const account = { url: server.url, user, password };
  return {
    db,
    state,
    collectionId: col.id,
    account,
    async sync() {
      const share = await state.shares.get(col.id);
      if (!share) throw new Error('no share');
      const client = new CouchClient(account, { online });
      return syncShare({ db, state, client, clientId: `${user}-${dbn}` }, share);
    },
  };
}

async function pair(database: string) {
  await server.addDatabase(database, ['an', 'binh']);
  return [await device(database, 'an', 'pw-an'), await device(database, 'binh', 'pw-binh')] as const;
}

describe('team sync through a CouchDB-protocol server', () => {
  it('a clipping saved on one device appears on the other, with highlights, note and tags', async () => {
    const [a, b] = await pair('team-one');
    const { clipping } = await saveClipping(a.db, {
      ...draft({ highlights: [highlight('h1', 'Phạm Thị Thanh Trà', 29, 'ghi chú')] }),
      collectionId: a.collectionId,
      note: 'Ghi chú của An',
      tags: ['nội vụ'],
    });
    expect(await pendingIds(a.db, a.state, a.collectionId)).toEqual([clipping.id]);
    expect((await a.sync()).pushed).toBe(1);
    expect(await pendingIds(a.db, a.state, a.collectionId)).toEqual([]);
    expect((await b.sync()).pulled).toBe(1);
    const got = await getClipping(b.db, clipping.id);
    expect(got?.title).toBe(clipping.title);
    expect(got?.note).toBe('Ghi chú của An');
    expect(got?.tags).toEqual(['nội vụ']);
    expect(got?.highlights.map((h) => h.note)).toEqual(['ghi chú']);
    expect(got?.collectionId).toBe(b.collectionId);
    expect(await listNewest(b.db, { collectionId: b.collectionId })).toHaveLength(1);
    // Nothing to do the second time, and the pull of one's own write changes nothing.
    expect(await pendingIds(b.db, b.state, b.collectionId)).toEqual([]);
    const again = await a.sync();
    expect([again.pushed, again.merged]).toEqual([0, 0]);
  });

  it('concurrent edits of one clipping merge without loss, the same on both devices', async () => {
    const [a, b] = await pair('team-two');
    const { clipping } = await saveClipping(a.db, { ...draft(), collectionId: a.collectionId, note: 'gốc' });
    await a.sync();
    await b.sync();
    await updateClipping(a.db, clipping.id, {
      note: 'An viết',
      tags: ['kinh tế'],
      highlights: [highlight('ha', 'Bộ trưởng', 10, 'của An')],
    });
    await updateClipping(b.db, clipping.id, {
      note: 'Bình viết',
      tags: ['nội vụ'],
      highlights: [highlight('hb', 'lãnh đạo tỉnh', 60, 'của Bình')],
    });
    await a.sync();
    await b.sync(); // pulls An's version, merges, pushes the merge
    await a.sync();
    const ca = await getClipping(a.db, clipping.id);
    const cb = await getClipping(b.db, clipping.id);
    expect(ca).toEqual({ ...cb, collectionId: a.collectionId });
    expect(ca?.note).toContain('An viết');
    expect(ca?.note).toContain('Bình viết');
    expect(ca?.note).toContain(NOTE_CONFLICT_MARKER);
    expect(ca?.tags.sort()).toEqual(['kinh tế', 'nội vụ']);
    expect(ca?.highlights.map((h) => h.id).sort()).toEqual(['ha', 'hb']);
    expect(await pendingIds(a.db, a.state, a.collectionId)).toEqual([]);
    expect(await pendingIds(b.db, b.state, b.collectionId)).toEqual([]);
  });

  it('edits made offline stay pending and go out after reconnecting', async () => {
    await server.addDatabase('team-three', ['an', 'binh']);
    let online = false;
    const a = await device('team-three', 'an', 'pw-an', () => online);
    const b = await device('team-three', 'binh', 'pw-binh');
    const { clipping } = await saveClipping(a.db, { ...draft(), collectionId: a.collectionId });
    await expect(a.sync()).rejects.toMatchObject({ code: 'offline' });
    expect((await a.state.shares.get(a.collectionId))?.lastError).toBe('offline');
    expect(await pendingIds(a.db, a.state, a.collectionId)).toEqual([clipping.id]);
    online = true;
    await a.sync();
    expect((await a.state.shares.get(a.collectionId))?.lastError).toBeNull();
    await b.sync();
    expect(await getClipping(b.db, clipping.id)).not.toBeNull();
  });

  it('wrong password, non-member and a stopped server give clear errors and lose nothing', async () => {
    await server.addDatabase('team-four', ['an']);
    const bad = await device('team-four', 'an', 'wrong');
    await saveClipping(bad.db, { ...draft(), collectionId: bad.collectionId });
    await expect(bad.sync()).rejects.toMatchObject({ code: 'wrong-password' });
    const stranger = await device('team-four', 'khach', 'pw-khach');
    await expect(stranger.sync()).rejects.toMatchObject({ code: 'not-member' });
    const missing = await device('no-such-db', 'an', 'pw-an');
    await expect(missing.sync()).rejects.toMatchObject({
      code: expect.stringMatching(/no-database|not-member/),
    });
    await server.stop();
    const a = await device('team-four', 'an', 'pw-an');
    await saveClipping(a.db, { ...draft(), collectionId: a.collectionId });
    await expect(a.sync()).rejects.toBeInstanceOf(SyncError);
    await expect(a.sync()).rejects.toMatchObject({ code: 'server-down' });
    expect(await pendingIds(a.db, a.state, a.collectionId)).toHaveLength(1);
    expect(await pendingIds(bad.db, bad.state, bad.collectionId)).toHaveLength(1);
    await server.start();
    await a.sync();
    expect(await pendingIds(a.db, a.state, a.collectionId)).toHaveLength(0);
  }, 60_000);

  it('a server restart in the middle of a sync resumes from the checkpoint without duplicates', async () => {
    const [a, b] = await pair('team-five');
    for (let i = 0; i < 30; i++) {
      await saveClipping(a.db, {
        ...draft({ url: `https://bao.example.vn/bai-${i}.html` }),
        collectionId: a.collectionId,
      });
    }
    await a.sync();
    // Device b pulls in pages of 10 and the server stops after the first page.
    const share = await b.state.shares.get(b.collectionId);
    if (!share) throw new Error('no share');
    let calls = 0;
    const flaky = new CouchClient(b.account, {
      fetch: async (url, init) => {
        if (String(url).includes('_changes') && ++calls === 2) await server.stop();
        return fetch(url, init);
      },
    });
    await expect(
      syncShare({ db: b.db, state: b.state, client: flaky, clientId: 'b', batch: 10 }, share),
    ).rejects.toMatchObject({ code: 'server-down' });
    const partial = await b.db.clippings.count();
    expect(partial).toBe(10);
    expect((await b.state.shares.get(b.collectionId))?.lastSeq).not.toBe('0');
    await server.start();
    await b.sync();
    expect(await b.db.clippings.count()).toBe(30);
    const urls = (await b.db.clippings.toArray()).map((c) => c.canonicalUrl);
    expect(new Set(urls).size).toBe(30);
    const info = (await server.admin('GET', 'team-five')).json as { doc_count: number };
    expect(info.doc_count).toBe(30);
  }, 60_000);
  it('one page written in bulk: two clippings of one address, one already saved here, a deletion', async () => {
    await server.addDatabase('team-six', ['an', 'binh']);
    const a = await device('team-six', 'an', 'pw-an');
    const a2 = await device('team-six', 'an', 'pw-an');
    const url = 'https://bao.example.vn/cung-mot-bai.html';
    const { clipping: x } = await saveClipping(a.db, {
      ...draft({ url }),
      collectionId: a.collectionId,
      note: 'X',
    });
    const { clipping: y } = await saveClipping(a2.db, {
      ...draft({ url }),
      collectionId: a2.collectionId,
      note: 'Y',
    });
    const { clipping: gone } = await saveClipping(a.db, {
      ...draft({ url: 'https://bao.example.vn/se-xoa.html' }),
      collectionId: a.collectionId,
    });
    await a.sync();
    await a2.sync();
    // b already holds that address in a collection of its own (not shared).
    const b = await device('team-six', 'binh', 'pw-binh');
    const { clipping: own } = await saveClipping(b.db, { ...draft({ url }), note: 'của Bình' });
    // c holds nothing yet: both shared clippings of that address arrive in one page.
    const c = await device('team-six', 'binh', 'pw-binh');
    expect((await b.sync()).pulled).toBe(3);
    expect((await c.sync()).pulled).toBe(3);
    expect((await getClipping(b.db, own.id))?.canonicalUrl).toBe(own.canonicalUrl);
    for (const d of [b, c]) {
      const got = await listNewest(d.db, { collectionId: d.collectionId });
      expect(got.map((g) => g.note).sort()).toEqual(['', 'X', 'Y']);
      expect(new Set(got.map((g) => g.canonicalUrl)).size).toBe(3);
      for (const g of got)
        expect(
          g.canonicalUrl.startsWith(g.id === gone.id ? 'https://bao.example.vn/se-xoa' : own.canonicalUrl),
        ).toBe(true);
      // The local spelling of the address never goes to the server.
      expect(await pendingIds(d.db, d.state, d.collectionId)).toEqual([]);
    }
    expect(
      (await getClipping(c.db, x.id))?.canonicalUrl === (await getClipping(c.db, y.id))?.canonicalUrl,
    ).toBe(false);
    // A deletion on one device removes the clipping on the others.
    await deleteClippings(a.db, [gone.id]);
    expect((await a.sync()).pushed).toBe(1);
    await b.sync();
    await c.sync();
    expect(await getClipping(b.db, gone.id)).toBeNull();
    expect(await getClipping(c.db, gone.id)).toBeNull();
    expect(await listNewest(c.db, { collectionId: c.collectionId })).toHaveLength(2);
  });
});
