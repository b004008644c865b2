/**
 * UI suite: first render of the popup's clippings list and of the library's first page with 10,000
 * clippings in IndexedDB, each against rendering the same component with an empty list in the same
 * run (target: the subject under 100 ms). The database queries run before timing (the harness times
 * synchronous work); the list data come from the real index-backed queries.
 */
import { type ComponentChild, h, render } from 'preact';
import { EntityIndex } from '@/components/library/EntityIndex';
import { LIBRARY_PAGE_SIZE } from '@/components/library/Library';
import { EMPTY_FILTERS, queryLibrary } from '@/components/library/query';
import { ResultList } from '@/components/library/ResultList';
import { buildTimeline, type Timeline } from '@/components/library/timeline';
import { TimelineView } from '@/components/library/TimelineView';
import { ClipItems, POPUP_LIST_SIZE } from '@/components/popup/ClipList';
import { countByEntity, type EntityCount, listNewest } from '@/lib/clips/clippings';
import { openDb } from '@/lib/clips/db';
import { toStored } from '@/lib/clips/derive';
import type { Clipping, Entity } from '@/lib/types';
import { atMost, defineBench } from '../types';

// The components read their strings through browser.i18n: a stand-in that answers with the key.
(globalThis as unknown as { browser: unknown }).browser = {
  i18n: { getMessage: (key: string) => key, getUILanguage: () => 'vi' },
  runtime: { getURL: (p: string) => p },
};

const N = 10_000;
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Quốc', 'Đức', 'Hữu', 'Ngọc'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Sơn',
  'Trà',
];
const WORDS =
  'chính phủ quốc hội bộ trưởng hội nghị kinh tế xã hội phát triển đầu tư hạ tầng giao thông giáo dục y tế'.split(
    ' ',
  );

function person(i: number): Entity {
  const name = `${SURNAMES[i % 10]} ${MIDDLE[(i >> 1) % 8]} ${GIVEN[i % 13]}`;
  return {
    type: 'official',
    text: name,
    name,
    title: 'Bộ trưởng',
    key: `official:p${i}`,
    start: 0,
    end: name.length,
  };
}
function document_(i: number): Entity {
  const text = `Nghị định ${i}/2024/NĐ-CP`;
  return { type: 'legal_document', text, key: `legal_document:${i}/2024`, start: 0, end: text.length };
}
function agreement(i: number): Entity {
  const text = `Hiệp định hợp tác số ${i}`;
  return { type: 'agreement', text, key: `agreement:${i}`, start: 0, end: text.length };
}

/** A deterministic synthetic clipping (self-written text). */
function clipping(i: number): Clipping {
  const words = Array.from({ length: 90 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
  const at = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
  const pub = new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000).toISOString();
  return {
    id: `bench-${String(i).padStart(5, '0')}`,
    url: `https://bao${i % 10}.example.vn/bai-${i}.html`,
    canonicalUrl: `https://bao${i % 10}.example.vn/bai-${i}.html`,
    title: `Bài số ${i}: ${words.slice(0, 60)}`,
    siteName: `Báo ${i % 10}`,
    byline: null,
    publishedTime: pub,
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: `<p>${words}</p>`,
    text: words,
    entities: [person(i % 300), person((i * 7) % 300), document_(i % 120), agreement(i % 40)],
    highlights: [],
    note: '',
    tags: i % 3 === 0 ? [`chủ đề ${i % 20}`] : [],
    collectionId: 'default',
    savedAt: at,
    updatedAt: at,
    extractorVersion: '1',
    contentHash: String(i),
  };
}

interface UiData {
  popupItems: Clipping[];
  page: Clipping[];
  total: number;
  entities: EntityCount[];
  timeline: Timeline;
}

let data: Promise<UiData> | null = null;

/** Fills a fresh database with N clippings once, then runs the real queries of both pages. */
function loadData(): Promise<UiData> {
  data ??= (async () => {
    const db = openDb('bao-gon-bench-ui');
    await db.delete();
    await db.open();
    for (let start = 0; start < N; start += 1000) {
      const rows = Array.from({ length: Math.min(1000, N - start) }, (_, k) => toStored(clipping(start + k)));
      await db.clippings.bulkPut(rows);
    }
    const popupItems = await listNewest(db, { limit: POPUP_LIST_SIZE });
    const { items, total } = await queryLibrary(db, EMPTY_FILTERS, { offset: 0, limit: LIBRARY_PAGE_SIZE });
    const entities = (await countByEntity(db)).filter((e) => e.type !== 'watch');
    const timeline = await buildTimeline(db, entities);
    if (popupItems.length !== POPUP_LIST_SIZE || total !== N) throw new Error(`seeded ${total} of ${N}`);
    return { popupItems, page: items, total, entities, timeline };
  })();
  return data;
}

const host = () => {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
};
const noop = () => {};

/** Renders, forces layout, unmounts. */
function mountOnce(vnode: ComponentChild): number {
  const el = host();
  render(vnode, el);
  const h = el.offsetHeight;
  render(null, el);
  el.remove();
  return h;
}

function popupList(items: Clipping[]) {
  return h(ClipItems, { items, onOpen: noop, onDelete: noop });
}

function libraryFirstPage(d: UiData, empty: boolean) {
  return h(
    'div',
    null,
    h(ResultList, {
      items: empty ? [] : d.page,
      total: empty ? 0 : d.total,
      offset: 0,
      pageSize: LIBRARY_PAGE_SIZE,
      selected: new Set<string>(),
      collectionNames: new Map([['default', 'Chưa phân loại']]),
      onToggle: noop,
      onTogglePage: noop,
      onSelectAll: noop,
      onOpen: noop,
      onPage: noop,
    }),
    h(EntityIndex, { entities: empty ? [] : d.entities, active: '', onPick: noop }),
    h(TimelineView, { timeline: empty ? { buckets: [], undated: 0 } : d.timeline, onPick: noop }),
  );
}

export default defineBench([
  {
    name: `ui: popup list first render, ${N} clippings (${POPUP_LIST_SIZE} newest) vs empty list`,
    baseline: { name: 'empty list', run: () => mountOnce(popupList([])) },
    subject: { name: 'popup list', run: (d: UiData) => mountOnce(popupList(d.popupItems)) },
    inputs: async () => [await loadData()],
    iterations: 30,
    warmup: 5,
    targets: [atMost('median', 100)],
    unit: 'ms per render',
  },
  {
    name: `ui: library first page render, ${N} clippings (${LIBRARY_PAGE_SIZE} rows + entity index + timeline) vs empty`,
    baseline: { name: 'empty library', run: (d: UiData) => mountOnce(libraryFirstPage(d, true)) },
    subject: { name: 'library first page', run: (d: UiData) => mountOnce(libraryFirstPage(d, false)) },
    inputs: async () => [await loadData()],
    iterations: 20,
    warmup: 3,
    targets: [atMost('median', 100)],
    unit: 'ms per render',
  },
]);
