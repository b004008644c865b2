/**
 * Sync suite: replication of a shared collection with a CouchDB-protocol server (pouchdb-server on
 * 127.0.0.1, started by the runner), against plain baselines that move the same documents with
 * raw `_changes`/`_bulk_docs` requests and raw IndexedDB writes (no merge, no state).
 * Targets (absolute, machine-checked): initial sync of 10,000 clippings < 60 s; one incremental
 * change (edit, then a full sync round: check, pull, pending scan, push) < 1 s.
 */
import { updateClipping } from '@/lib/clips/clippings';
import { type BaoGonDB, openDb } from '@/lib/clips/db';
import { toStored } from '@/lib/clips/derive';
import { CouchClient } from '@/lib/sync/couch';
import { DEFAULT_BATCH, syncShare } from '@/lib/sync/engine';
import { addShare, openSyncDb, type SyncDB } from '@/lib/sync/store';
import type { Clipping } from '@/lib/types';
import { atMost, type BenchEnv, defineBench } from '../types';

const N = 10_000;
const WORDS =
  'chính phủ quốc hội kinh tế giáo dục y tế ngân sách đầu tư hạ tầng giao thông nông nghiệp'.split(' ');

function clipping(i: number): Clipping {
  let text = '';
  for (let k = 0; text.length < 2_500; k++) text += `${WORDS[(i * 7 + k * 3) % WORDS.length]} `;
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    id: `bench-${i.toString().padStart(6, '0')}`,
    url: `https://bao.example.vn/bai-${i}.html`,
    canonicalUrl: `https://bao.example.vn/bai-${i}.html`,
    title: `Bài ${i}: ${text.slice(0, 60)}`,
    siteName: 'Báo Ví Dụ',
    byline: null,
    publishedTime: at,
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: `<p>${text}</p>`,
    text,
    entities: [],
    highlights: [],
    note: i % 5 === 0 ? `Ghi chú ${i}` : '',
    tags: i % 3 === 0 ? ['kinh tế'] : [],
    collectionId: 'shared',
    savedAt: at,
    updatedAt: at,
    extractorVersion: '1',
    contentHash: `h${i}`,
  };
}

const docOf = (c: Clipping) => ({
  _id: c.id,
  type: 'bao-gon/clipping',
  clipping: c,
  tombstones: [],
  removed: false,
});

let seq = 0;
const uniq = (p: string) => `${p}-${Date.now().toString(36)}-${++seq}`;

function admin(env: BenchEnv): CouchClient {
  if (!env.couch) throw new Error('no CouchDB-protocol server (run through npm run bench)');
  return new CouchClient({ url: env.couch.url, user: env.couch.user, password: env.couch.password });
}

async function seedServer(client: CouchClient, database: string): Promise<void> {
  await client.request('PUT', database);
  for (let i = 0; i < N; i += 1000) {
    const docs = Array.from({ length: Math.min(1000, N - i) }, (_, k) => docOf(clipping(i + k)));
    await client.bulkDocs(database, docs);
  }
}

interface Device {
  db: BaoGonDB;
  state: SyncDB;
  client: CouchClient;
  database: string;
}

async function freshDevice(client: CouchClient, database: string): Promise<Device> {
  const db = openDb(uniq('bench-sync-local'));
  const state = openSyncDb(uniq('bench-sync-state'));
  await db.collections.put({ id: 'team', name: 'Nhóm', createdAt: new Date().toISOString() });
  await addShare(state, 'team', database);
  return { db, state, client, database };
}

async function syncOnce(d: Device): Promise<void> {
  const share = await d.state.shares.get('team');
  if (!share) throw new Error('no share');
  await syncShare({ db: d.db, state: d.state, client: d.client, clientId: 'bench' }, share);
}

async function dropLocal(d: Device): Promise<void> {
  d.db.close();
  d.state.close();
  await Promise.all([d.db.delete(), d.state.delete()]);
}

/** Baseline: raw `_changes` pages (the engine's page size) and raw IndexedDB puts of the same documents. */
async function plainPull(client: CouchClient, database: string): Promise<void> {
  const name = uniq('bench-sync-plain');
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => r.result.createObjectStore('docs', { keyPath: '_id' });
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  let since = '0';
  for (;;) {
    const page = await client.changes(database, since, DEFAULT_BATCH);
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('docs', 'readwrite');
      for (const r of page.results) if (r.doc) tx.objectStore('docs').put(r.doc);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    since = String(page.last_seq);
    if (page.results.length < DEFAULT_BATCH) break;
  }
  idb.close();
  indexedDB.deleteDatabase(name);
}

let pullDb = '';
let incremental: { device: Device; n: number } | null = null;

export default defineBench([
  {
    name: 'sync: initial sync of 10,000 clippings from the server vs raw _changes + IndexedDB',
    async: true,
    iterations: 3,
    warmup: 0,
    targets: [atMost('median', 60_000)],
    unit: 'ms per initial sync',
    async inputs(env) {
      const client = admin(env);
      pullDb = uniq('bench-pull');
      await seedServer(client, pullDb);
      return [client];
    },
    baseline: { name: 'raw _changes + IDB put', run: (client: CouchClient) => plainPull(client, pullDb) },
    subject: {
      name: 'syncShare (merge, marks)',
      async run(client: CouchClient) {
        const d = await freshDevice(client, pullDb);
        await syncOnce(d);
        if ((await d.db.clippings.count()) !== N) throw new Error('not every clipping arrived');
        await dropLocal(d);
      },
    },
  },
  {
    name: 'sync: initial push of 10,000 local clippings vs raw _bulk_docs',
    async: true,
    iterations: 3,
    warmup: 0,
    targets: [atMost('median', 60_000)],
    unit: 'ms per initial sync',
    // The 10,000 clippings are saved on the device once, before timing (saving is not syncing);
    // every round shares them into a new server database with a new sync state.
    async inputs(env) {
      const client = admin(env);
      const db = openDb(uniq('bench-push-local'));
      await db.collections.put({ id: 'team', name: 'Nhóm', createdAt: new Date().toISOString() });
      await db.clippings.bulkPut(
        Array.from({ length: N }, (_, i) => toStored({ ...clipping(i), collectionId: 'team' })),
      );
      return [{ client, db }];
    },
    baseline: {
      name: 'raw _bulk_docs',
      async run({ client }: { client: CouchClient; db: BaoGonDB }) {
        const database = uniq('bench-push-plain');
        await client.request('PUT', database);
        for (let i = 0; i < N; i += DEFAULT_BATCH) {
          await client.bulkDocs(
            database,
            Array.from({ length: Math.min(DEFAULT_BATCH, N - i) }, (_, k) => docOf(clipping(i + k))),
          );
        }
        void client.request('DELETE', database).catch(() => {});
      },
    },
    subject: {
      name: 'syncShare (pending scan, push)',
      async run({ client, db }: { client: CouchClient; db: BaoGonDB }) {
        const database = uniq('bench-push');
        await client.request('PUT', database);
        const state = openSyncDb(uniq('bench-sync-state'));
        await addShare(state, 'team', database);
        const d: Device = { db, state, client, database };
        await syncOnce(d);
        const pushed = (await client.info(database)).doc_count;
        if (pushed !== N) throw new Error(`${pushed} of ${N} clippings on the server`);
        state.close();
        await state.delete();
        void client.request('DELETE', database).catch(() => {});
      },
    },
  },
  {
    name: 'sync: one incremental change (10,000 shared clippings) vs one raw PUT',
    async: true,
    iterations: 15,
    warmup: 2,
    targets: [atMost('median', 1_000)],
    unit: 'ms per change',
    async inputs(env) {
      const client = admin(env);
      if (!pullDb) {
        pullDb = uniq('bench-pull');
        await seedServer(client, pullDb);
      }
      const device = await freshDevice(client, pullDb);
      await syncOnce(device);
      incremental = { device, n: 0 };
      return [client];
    },
    baseline: {
      name: 'raw PUT of one document',
      async run(client: CouchClient) {
        const id = uniq('plain');
        await client.request('PUT', `${pullDb}/${id}`, docOf({ ...clipping(1), id }));
      },
    },
    subject: {
      name: 'edit + syncShare',
      async run() {
        if (!incremental) throw new Error('no device');
        const n = ++incremental.n;
        await updateClipping(incremental.device.db, 'bench-000042', { note: `Sửa lần ${n}` });
        await syncOnce(incremental.device);
      },
    },
  },
]);
