/**
 * Export suite: 10,000 clippings exported to JSON and to a Markdown ZIP, and a JSON export parsed,
 * validated and planned for import (CPU part: parse + valibot + plan + index fields). Each is
 * compared with a structured clone of the same records, the CPU cost a raw IndexedDB `getAll`
 * pays to deserialise them (the harness times synchronous work only, so the database round trip
 * itself is not part of either side). Targets: export < 3 s, import < 5 s per round.
 *
 * The Markdown ZIP is measured on realistic clippings (tests/bench/clippings.ts: 3–8 KB of article
 * HTML, highlights, notes, tags, entities) twice: the conversion alone on the page, and end to end as
 * the user waits for it: the options page's transfer worker started, the whole library read from the
 * extension's Dexie database, converted, zipped and handed back, with progress reported.
 */
import { toStored } from '@/lib/clips/derive';
import { JSON_FORMAT } from '@/lib/export';
import { parseImport, planImport } from '@/lib/export/import';
import { exportJson } from '@/lib/export/json';
import { exportMarkdownZipSync } from '@/lib/export/markdown';
import { openDb } from '@/lib/clips/db';
import { exportInWorker, TransferSession } from '@/components/options/transfer';
import type { Clipping, Collection } from '@/lib/types';
import { BENCH_COLLECTIONS, benchLibrary } from '../clippings';
import { atMost, defineBench } from '../types';

const N = 10_000;

interface Input {
  clippings: Clipping[];
  collections: Collection[];
  json: string;
  /** The same records in a plain IndexedDB store, for the raw getAll baseline. */
  raw: IDBDatabase;
}

let cached: Input | null = null;

/** Resolves after the page's load event (so the runner's navigation is not held up by building inputs). */
async function afterLoad(): Promise<void> {
  if (document.readyState !== 'complete') {
    await new Promise((r) => window.addEventListener('load', r, { once: true }));
  }
  await new Promise((r) => setTimeout(r, 0));
}

/** The 10,000 realistic clippings (tests/bench/clippings.ts) in memory, as JSON and in a raw store; built once. */
async function inputs(): Promise<Input[]> {
  await afterLoad();
  if (!cached) {
    const clippings = benchLibrary(N);
    const json = exportJson({ clippings, collections: BENCH_COLLECTIONS });
    cached = { clippings, collections: BENCH_COLLECTIONS, json, raw: await rawStore(clippings) };
  }
  return [cached];
}

/** A fresh plain IndexedDB store holding `records` (no Dexie, no indexes). */
async function rawStore(records: Clipping[], name = 'bench-export-raw'): Promise<IDBDatabase> {
  await new Promise((resolve) => {
    const del = indexedDB.deleteDatabase(name);
    del.onsuccess = del.onerror = del.onblocked = resolve;
  });
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction('records', 'readwrite');
  for (const r of records) tx.objectStore('records').put(r);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  return db;
}

/** Baseline: a raw IndexedDB getAll of the same records. */
const rawGetAll = {
  name: 'raw IDB getAll of the same records',
  run: (i: { raw: IDBDatabase }) =>
    new Promise<unknown[]>((resolve, reject) => {
      const req = i.raw.transaction('records').objectStore('records').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    }),
};

interface RealInput {
  clippings: Clipping[];
  collections: Collection[];
  /** The extension's Dexie database (derived index fields included) holding the same records. */
  dbName: string;
  raw: IDBDatabase;
}

let real: RealInput | null = null;

/** The same clippings also in a Dexie database as the extension stores them (derived index fields included). */
async function realInputs(): Promise<RealInput[]> {
  if (!real) {
    const [{ clippings, collections, raw }] = await inputs();
    const dbName = 'bench-export-dexie';
    const db = openDb(dbName);
    await db.open();
    await db.clippings.clear();
    for (let i = 0; i < N; i += 500) await db.clippings.bulkPut(clippings.slice(i, i + 500).map(toStored));
    await db.collections.bulkPut(collections);
    db.close();
    real = { clippings, collections, dbName, raw };
  }
  return [real];
}

/** The Markdown ZIP of the whole library, exported in the transfer worker as the options page does. */
async function exportInTheWorker(i: RealInput): Promise<number> {
  const seen: number[] = [];
  const session = new TransferSession((_phase, done) => seen.push(done));
  try {
    const r = await exportInWorker(session, i.dbName, 'markdown', { kind: 'all' });
    if (r.count !== N || !(r.data instanceof Uint8Array)) throw new Error(`unexpected export: ${r.count}`);
    if (new Set(seen).size < 3 || seen[seen.length - 1] !== N) throw new Error('no progress reported');
    return r.data.length;
  } finally {
    session.close();
  }
}

export default defineBench([
  {
    name: `export: ${N} clippings → JSON`,
    baseline: rawGetAll,
    subject: { name: 'exportJson', run: (i: Input) => exportJson(i) },
    inputs,
    async: true,
    iterations: 5,
    warmup: 1,
    targets: [atMost('median', 3000)],
    unit: `ms per ${N} clippings`,
  },
  {
    name: `export: ${N} realistic clippings → Markdown ZIP (conversion on the page)`,
    baseline: rawGetAll,
    subject: { name: 'exportMarkdownZipSync', run: (i: RealInput) => exportMarkdownZipSync(i) },
    inputs: realInputs,
    async: true,
    iterations: 3,
    warmup: 1,
    unit: `ms per ${N} clippings`,
  },
  {
    name: `export: ${N} realistic clippings → Markdown ZIP in the transfer worker (read, convert, zip, hand back)`,
    baseline: rawGetAll,
    subject: { name: 'exportInWorker(markdown, all)', run: exportInTheWorker },
    inputs: realInputs,
    async: true,
    iterations: 3,
    warmup: 1,
    targets: [atMost('median', 3000)],
    unit: `ms per ${N} clippings`,
  },
  {
    name: `import: ${N} clippings JSON → validated plan + stored records`,
    baseline: rawGetAll,
    subject: {
      name: 'parseImport + planImport + toStored',
      run: (i: Input) => {
        const parsed = parseImport(i.json);
        if (parsed.invalid.length || parsed.total !== N) throw new Error(`unexpected ${JSON_FORMAT} parse`);
        const plan = planImport({ clippings: [], collections: i.collections }, parsed);
        return plan.new.map(toStored).length;
      },
    },
    inputs,
    async: true,
    iterations: 3,
    warmup: 1,
    targets: [atMost('median', 5000)],
    unit: `ms per ${N} clippings`,
  },
]);
