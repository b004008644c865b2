/**
 * Clippings suite: the Dexie data layer on a database of 10,000 clippings of ~5 KB of Vietnamese
 * text, against raw IndexedDB on a plain object store holding the same 10,000 records.
 * Targets (absolute, per operation): save p95 < 20 ms, newest-50 < 50 ms, search < 50 ms.
 */
import { countByEntity, listNewest } from '@/lib/clips/clippings';
import { type BaoGonDB, openDb } from '@/lib/clips/db';
import { toStored } from '@/lib/clips/derive';
import type { ClipDraft } from '@/lib/clips/draft';
import { hashText } from '@/lib/clips/hash';
import { saveClipping } from '@/lib/clips/save';
import { searchClippings } from '@/lib/clips/search';
import type { Clipping, Entity } from '@/lib/types';
import { atMost, defineBench } from '../types';

const N = 10_000;
const TEXT_BYTES = 5_000;

const WORDS = (
  'chính phủ thủ tướng bộ trưởng quốc hội đại biểu kinh tế xã hội phát triển đầu tư công ngân sách ' +
  'tài chính ngân hàng lãi suất tăng trưởng xuất khẩu nhập khẩu doanh nghiệp thị trường chứng khoán ' +
  'giáo dục học sinh sinh viên đại học y tế bệnh viện bác sĩ người dân địa phương tỉnh thành phố ' +
  'huyện xã phường giao thông đường bộ cao tốc sân bay cảng biển đường sắt dự án công trình ' +
  'hoàn thành triển khai kế hoạch nhiệm vụ giải pháp chính sách pháp luật nghị định thông tư quyết định ' +
  'hiệp định thương mại hợp tác quốc tế đối ngoại ngoại giao đại sứ an ninh quốc phòng công an ' +
  'môi trường biến đổi khí hậu mưa bão lũ lụt nông nghiệp nông dân lúa gạo cà phê thủy sản ' +
  'văn hoá du lịch thể thao bóng đá lễ hội di sản công nghệ chuyển đổi số trí tuệ nhân tạo ' +
  'điện lực năng lượng xăng dầu giá cả lạm phát việc làm lao động tiền lương bảo hiểm ' +
  'hôm nay sáng chiều tối ngày tháng năm cho biết nhấn mạnh yêu cầu đề nghị báo cáo họp làm việc'
).split(' ');
const PLACES = ['Hà Nội', 'Đà Nẵng', 'Huế', 'Cần Thơ', 'Đắk Lắk', 'Quảng Ninh', 'Nghệ An', 'Khánh Hòa'];
const OFFICIALS = Array.from({ length: 200 }, (_, i) => ({
  key: `official:nguoi-${i}`,
  name: `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}${i}`,
}));

/** Deterministic pseudo-random numbers (LCG). */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 0x100000000;
  };
}

/** ~5 KB of Vietnamese-looking news text; every tenth mentions "Bộ trưởng Bộ Nội vụ". */
function makeText(i: number): { text: string; entities: Entity[] } {
  const r = rng(i + 1);
  const entities: Entity[] = [];
  let text = '';
  if (i % 10 === 0) text += 'Bộ trưởng Bộ Nội vụ cho biết sẽ sắp xếp lại bộ máy. ';
  while (text.length < TEXT_BYTES / 1.25) {
    if (r() < 0.05) {
      const o = OFFICIALS[Math.floor(r() * OFFICIALS.length)];
      entities.push({
        type: 'official',
        text: o.name,
        name: o.name,
        key: o.key,
        start: text.length,
        end: text.length + o.name.length,
      });
      text += `${o.name} `;
    }
    const len = 8 + Math.floor(r() * 14);
    const words: string[] = [];
    for (let k = 0; k < len; k++) words.push(WORDS[Math.floor(r() * WORDS.length)]);
    if (r() < 0.3) words.push('tại', PLACES[Math.floor(r() * PLACES.length)]);
    const s = words.join(' ');
    text += `${s[0].toUpperCase()}${s.slice(1)}. `;
    if (r() < 0.15) text += '\n\n';
  }
  return { text, entities };
}

function makeDraft(i: number): ClipDraft {
  const { text, entities } = makeText(i);
  return {
    url: `https://tin.example.vn/bai-${i}.html`,
    title: `Bài số ${i}: ${text.slice(0, 60)}`,
    siteName: `Báo ${i % 12}`,
    byline: null,
    publishedTime: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join(''),
    text,
    entities,
    highlights: [],
    tags: [`chủ đề ${i % 20}`],
  };
}

function makeClipping(i: number): Clipping {
  const d = makeDraft(i);
  const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  return {
    ...d,
    id: `bench-${i}`,
    canonicalUrl: d.url,
    note: '',
    tags: d.tags ?? [],
    collectionId: 'default',
    savedAt: at,
    updatedAt: at,
    extractorVersion: '1',
    contentHash: hashText(d.text),
  };
}

const RAW_DB = 'bench-raw-clips';
const DEXIE_DB = 'bench-bao-gon';

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}
function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

async function deleteDb(name: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
}

interface Fixture {
  db: BaoGonDB;
  raw: IDBDatabase;
}

let fixture: Promise<Fixture> | null = null;

/** Both databases with the same 10,000 clippings (built once, shared by every case; not timed). */
function setup(): Promise<Fixture> {
  fixture ??= (async () => {
    await deleteDb(RAW_DB);
    await deleteDb(DEXIE_DB);
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(RAW_DB, 1);
      r.onupgradeneeded = () => r.result.createObjectStore('records', { keyPath: 'id' });
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const db = openDb(DEXIE_DB);
    await db.open();
    const CHUNK = 500;
    for (let start = 0; start < N; start += CHUNK) {
      const batch = Array.from({ length: Math.min(CHUNK, N - start) }, (_, k) => makeClipping(start + k));
      await db.clippings.bulkAdd(batch.map(toStored));
      const tx = raw.transaction('records', 'readwrite');
      for (const c of batch) tx.objectStore('records').put(c);
      await done(tx);
    }
    return { db, raw };
  })();
  return fixture;
}

let next = N;

/** Raw baseline of one save: a put of a same-sized record in its own read-write transaction. */
async function rawPut(raw: IDBDatabase): Promise<void> {
  const tx = raw.transaction('records', 'readwrite');
  tx.objectStore('records').put(makeClipping(next++));
  await done(tx);
}

/** Raw baseline of one page: getAll of 50 records. */
async function rawGet50(raw: IDBDatabase): Promise<unknown[]> {
  return req(raw.transaction('records').objectStore('records').getAll(undefined, 50));
}

export default defineBench([
  {
    name: `clips: saveClipping into ${N.toLocaleString('en')} clippings (one ~5 KB save per round)`,
    baseline: { name: 'raw IDB put (1 tx)', run: (f: Fixture) => rawPut(f.raw) },
    subject: {
      name: 'saveClipping (dedup + merge tx)',
      run: (f: Fixture) => saveClipping(f.db, makeDraft(next++)),
    },
    inputs: async () => [await setup()],
    async: true,
    iterations: 200,
    warmup: 5,
    targets: [atMost('p95', 20)],
    unit: 'ms per save',
  },
  {
    name: `clips: listNewest 50 of ${N.toLocaleString('en')}`,
    baseline: { name: 'raw IDB getAll(50)', run: (f: Fixture) => rawGet50(f.raw) },
    subject: { name: 'listNewest({ limit: 50 })', run: (f: Fixture) => listNewest(f.db, { limit: 50 }) },
    inputs: async () => [await setup()],
    async: true,
    iterations: 40,
    targets: [atMost('median', 50)],
    unit: 'ms per query',
  },
  {
    name: `clips: search "bo truong noi vu" (no diacritics, common words) of ${N.toLocaleString('en')}`,
    baseline: { name: 'raw IDB getAll(50)', run: (f: Fixture) => rawGet50(f.raw) },
    subject: {
      name: 'searchClippings(limit 50)',
      run: (f: Fixture) => searchClippings(f.db, 'bo truong noi vu', { limit: 50 }),
    },
    inputs: async () => [await setup()],
    async: true,
    iterations: 40,
    targets: [atMost('median', 50)],
    unit: 'ms per query',
  },
  {
    name: `clips: search "Đắk Lắk thủy sản" (diacritics, common words) of ${N.toLocaleString('en')}`,
    baseline: { name: 'raw IDB getAll(50)', run: (f: Fixture) => rawGet50(f.raw) },
    subject: {
      name: 'searchClippings(limit 50)',
      run: (f: Fixture) => searchClippings(f.db, 'Đắk Lắk thủy sản', { limit: 50 }),
    },
    inputs: async () => [await setup()],
    async: true,
    iterations: 40,
    targets: [atMost('median', 50)],
    unit: 'ms per query',
  },
  {
    name: `clips: search "nguyen van b1" (an entity name, prefix) of ${N.toLocaleString('en')}`,
    baseline: { name: 'raw IDB getAll(50)', run: (f: Fixture) => rawGet50(f.raw) },
    subject: {
      name: 'searchClippings(limit 50)',
      run: (f: Fixture) => searchClippings(f.db, 'nguyen van b1', { limit: 50 }),
    },
    inputs: async () => [await setup()],
    async: true,
    iterations: 40,
    targets: [atMost('median', 50)],
    unit: 'ms per query',
  },
  {
    name: `clips: countByEntity (entity index) of ${N.toLocaleString('en')}`,
    baseline: {
      name: 'raw IDB getAllKeys (all ids)',
      run: (f: Fixture) => req(f.raw.transaction('records').objectStore('records').getAllKeys()),
    },
    subject: { name: 'countByEntity', run: (f: Fixture) => countByEntity(f.db) },
    inputs: async () => [await setup()],
    async: true,
    iterations: 10,
    unit: 'ms per query',
  },
]);
