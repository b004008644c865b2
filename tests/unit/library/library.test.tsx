import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryActions } from '@/components/library/actions';
import { LIBRARY_PAGE_SIZE, Library } from '@/components/library/Library';
import { EMPTY_FILTERS, type LibraryFilters, queryLibrary } from '@/components/library/query';
import { buildTimeline } from '@/components/library/timeline';
import { initI18n } from '@/components/ui/i18n';
import { countByEntity, updateClipping } from '@/lib/clips/clippings';
import { restoreFromTrash, trashClippings } from '@/lib/clips/trash';
import { createCollection } from '@/lib/clips/collections';
import type { BaoGonDB } from '@/lib/clips/db';
import { saveClipping } from '@/lib/clips/save';
import type { Entity } from '@/lib/types';
import { draft, freshDb, official } from '../clips/helpers';
import { byTestId, click, installI18n, typeInto } from '../popup/helpers';

const doc = (text: string, key: string, start = 0): Entity => ({
  type: 'legal_document',
  text,
  key,
  start,
  end: start + text.length,
});
const agreement = (text: string, key: string): Entity => ({
  type: 'agreement',
  text,
  key,
  start: 0,
  end: text.length,
});

const BINH = official('Đỗ Thanh Bình', 'Đỗ Thanh Bình', 'official:do-thanh-binh');
const TRA = official('Phạm Thị Thanh Trà', 'Phạm Thị Thanh Trà', 'official:pham-thi-thanh-tra');
const ND15 = doc('Nghị định 15/2020/NĐ-CP', 'legal_document:15/2020/nd-cp');
const EVFTA = agreement('Hiệp định EVFTA', 'agreement:evfta');

let db: BaoGonDB;
let root: HTMLElement;
let ids: Record<string, string>;

/** Four clippings: sites, tags, collections, dates and entities differ. */
async function seed() {
  const rows = [
    {
      name: 'a',
      url: 'https://a.vn/1',
      title: 'Bộ trưởng Bộ Nội vụ làm việc tại Cần Thơ',
      siteName: 'Báo A',
      publishedTime: '2025-01-10T08:00:00+07:00',
      entities: [BINH, ND15],
      tags: ['nội vụ'],
      at: '2026-01-01T00:00:00Z',
    },
    {
      name: 'b',
      url: 'https://b.vn/2',
      title: 'Ký kết hiệp định thương mại',
      siteName: 'Báo B',
      publishedTime: '2025-02-03T08:00:00+07:00',
      entities: [BINH, EVFTA],
      tags: [],
      at: '2026-01-02T00:00:00Z',
    },
    {
      name: 'c',
      url: 'https://a.vn/3',
      title: 'Hội nghị cán bộ',
      siteName: 'Báo A',
      publishedTime: '2025-02-20T08:00:00+07:00',
      entities: [TRA, ND15, EVFTA],
      tags: ['nội vụ', 'hội nghị'],
      at: '2026-01-03T00:00:00Z',
    },
    {
      name: 'd',
      url: 'https://c.vn/4',
      title: 'Thời tiết cuối tuần',
      siteName: 'Báo C',
      publishedTime: null,
      entities: [],
      tags: [],
      at: '2026-01-04T00:00:00Z',
    },
  ];
  ids = {};
  for (const r of rows) {
    const { clipping } = await saveClipping(
      db,
      draft({
        url: r.url,
        title: r.title,
        siteName: r.siteName,
        publishedTime: r.publishedTime,
        entities: r.entities,
        tags: r.tags,
        text: `${r.title}. Nội dung.`,
      }),
      { now: () => new Date(r.at) },
    );
    ids[r.name] = clipping.id;
  }
  const col = await createCollection(db, 'Nghiên cứu');
  await updateClipping(db, ids.b, { collectionId: col.id });
  return col.id;
}

function dbActions(): LibraryActions & { opened: string[]; downloads: string[] } {
  const opened: string[] = [];
  const downloads: string[] = [];
  return {
    opened,
    downloads,
    update: (id, patch) => updateClipping(db, id, patch),
    remove: (x) => trashClippings(db, x),
    restore: (x) => restoreFromTrash(db, x),
    openTab: (p) => opened.push(p),
    download: (name) => downloads.push(name),
  };
}

beforeEach(async () => {
  installI18n('vi');
  await initI18n('auto');
  db = freshDb();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
  db.close();
});

const nameOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0];

describe('queryLibrary filters', () => {
  it.each<{ name: string; f: (col: string) => Partial<LibraryFilters>; expected: string[] }>([
    { name: 'no filter, newest first', f: () => ({}), expected: ['d', 'c', 'b', 'a'] },
    { name: 'collection', f: (col) => ({ collectionId: col }), expected: ['b'] },
    { name: 'default collection', f: () => ({ collectionId: 'default' }), expected: ['d', 'c', 'a'] },
    { name: 'tag', f: () => ({ tag: 'nội vụ' }), expected: ['c', 'a'] },
    { name: 'site', f: () => ({ siteName: 'Báo A' }), expected: ['c', 'a'] },
    { name: 'entity', f: () => ({ entityKey: BINH.key }), expected: ['b', 'a'] },
    { name: 'date range', f: () => ({ from: '2025-02-01', to: '2025-02-28' }), expected: ['c', 'b'] },
    { name: 'date from only', f: () => ({ from: '2025-02-10' }), expected: ['c'] },
    { name: 'search without accents', f: () => ({ query: 'hoi nghi' }), expected: ['c'] },
    { name: 'search + site', f: () => ({ query: 'bo truong', siteName: 'Báo C' }), expected: [] },
    { name: 'entity + tag', f: () => ({ entityKey: ND15.key, tag: 'hội nghị' }), expected: ['c'] },
  ])('$name', async ({ f, expected }) => {
    const col = await seed();
    const res = await queryLibrary(db, { ...EMPTY_FILTERS, ...f(col) }, { offset: 0, limit: 50 });
    expect(res.items.map((c) => nameOf(c.id))).toEqual(expected);
    expect(res.total).toBe(expected.length);
  });

  it('pages through many clippings with the right total', async () => {
    for (let i = 0; i < LIBRARY_PAGE_SIZE + 7; i++) {
      await saveClipping(db, draft({ url: `https://x.vn/${i}`, title: `Bài ${i}` }), {
        now: () => new Date(Date.UTC(2026, 0, 1, 0, i)),
      });
    }
    const p2 = await queryLibrary(db, EMPTY_FILTERS, { offset: LIBRARY_PAGE_SIZE, limit: LIBRARY_PAGE_SIZE });
    expect(p2.total).toBe(LIBRARY_PAGE_SIZE + 7);
    expect(p2.items.map((c) => c.title)).toEqual([
      'Bài 6',
      'Bài 5',
      'Bài 4',
      'Bài 3',
      'Bài 2',
      'Bài 1',
      'Bài 0',
    ]);
  });
});

describe('timeline', () => {
  it('buckets agreements and documents by month of publication', async () => {
    await seed();
    const tl = await buildTimeline(db, await countByEntity(db));
    expect(
      tl.buckets.map((b) => [b.period, b.clippings, b.entities.map((e) => `${e.name}:${e.count}`)]),
    ).toEqual([
      ['2025-01', 1, ['Nghị định 15/2020/NĐ-CP:1']],
      ['2025-02', 2, ['Hiệp định EVFTA:2', 'Nghị định 15/2020/NĐ-CP:1']],
    ]);
    expect(tl.undated).toBe(0);
  });
});

describe('library page', () => {
  async function mount() {
    const actions = dbActions();
    await act(() => render(<Library db={db} actions={actions} debounceMs={0} />, root));
    return actions;
  }
  const listed = () => byTestId(root, 'library-item').map((li) => nameOf(li.dataset.id!));

  it('lists the entity index with clipping counts per entity', async () => {
    await seed();
    await mount();
    await vi.waitFor(() => expect(byTestId(root, 'entity-index-item').length).toBe(4));
    const rows = byTestId(root, 'entity-index-item').map((b) => [
      b.querySelector('.entity-name')!.textContent,
      b.querySelector('[data-testid="entity-index-count"]')!.textContent,
    ]);
    expect(rows).toEqual([
      ['Đỗ Thanh Bình', '2'],
      ['Phạm Thị Thanh Trà', '1'],
      ['Hiệp định EVFTA', '2'],
      ['Nghị định 15/2020/NĐ-CP', '2'],
    ]);
  });

  it('clicking an entity filters the list to the clippings naming it', async () => {
    await seed();
    await mount();
    await vi.waitFor(() => expect(listed()).toEqual(['d', 'c', 'b', 'a']));
    const binh = await vi.waitFor(() => {
      const b = byTestId(root, 'entity-index-item').find((x) => x.dataset.key === BINH.key);
      if (!b) throw new Error('entity index not rendered yet');
      return b;
    });
    await click(binh);
    await vi.waitFor(() => expect(listed()).toEqual(['b', 'a']));
    expect(byTestId(root, 'filter-entity')[0].textContent).toContain('Đỗ Thanh Bình');
  });

  it.each([
    { query: 'ky ket', expected: ['b'] },
    { query: 'thoi tiet', expected: ['d'] },
    { query: 'CẦN THƠ', expected: ['a'] },
  ])('search as you type "$query"', async ({ query, expected }) => {
    await seed();
    await mount();
    await vi.waitFor(() => expect(listed().length).toBe(4));
    await typeInto(byTestId<HTMLInputElement>(root, 'library-search')[0], query);
    await vi.waitFor(() => expect(listed()).toEqual(expected));
  });

  it('filters by site through the select', async () => {
    await seed();
    await mount();
    await vi.waitFor(() =>
      expect(byTestId(root, 'filter-site')[0].querySelectorAll('option').length).toBe(4),
    );
    const select = byTestId<HTMLSelectElement>(root, 'filter-site')[0];
    await act(() => {
      select.value = 'Báo A';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(listed()).toEqual(['c', 'a']));
  });

  it('bulk delete then undo restores the exact records', async () => {
    await seed();
    await mount();
    await vi.waitFor(() => expect(listed().length).toBe(4));
    const before = await db.clippings.bulkGet([ids.a, ids.c]);
    for (const li of byTestId(root, 'library-item').filter((x) =>
      ['a', 'c'].includes(nameOf(x.dataset.id!)!),
    )) {
      await click(li.querySelector('[data-testid="library-select"]')!);
    }
    await vi.waitFor(() => expect(byTestId(root, 'bulk-bar').length).toBe(1));
    await click(byTestId(root, 'bulk-delete')[0]);
    await vi.waitFor(() => expect(listed()).toEqual(['d', 'b']));
    await click(byTestId(root, 'undo')[0]);
    await vi.waitFor(() => expect(listed()).toEqual(['d', 'c', 'b', 'a']));
    expect(await db.clippings.bulkGet([ids.a, ids.c])).toEqual(before);
  });

  it('bulk tag adds the tag to the selected clippings', async () => {
    await seed();
    await mount();
    await vi.waitFor(() => expect(listed().length).toBe(4));
    const d = byTestId(root, 'library-item').find((x) => nameOf(x.dataset.id!) === 'd')!;
    await click(d.querySelector('[data-testid="library-select"]')!);
    await typeInto(byTestId<HTMLInputElement>(root, 'bulk-tag-input')[0], 'thời tiết');
    await click(byTestId(root, 'bulk-tag-add')[0]);
    await vi.waitFor(async () => expect((await db.clippings.get(ids.d))?.tags).toEqual(['thời tiết']));
    expect(root.querySelector('#tag-suggestions')).not.toBeNull();
  });

  it('shows a clipping saved elsewhere without reload (live)', async () => {
    await seed();
    await mount();
    await vi.waitFor(() => expect(listed().length).toBe(4));
    await saveClipping(db, draft({ url: 'https://z.vn/new', title: 'Bài mới', entities: [BINH] }));
    await vi.waitFor(() => expect(listed().length).toBe(5));
    await vi.waitFor(() =>
      expect(
        byTestId(root, 'entity-index-item')
          .find((b) => b.dataset.key === BINH.key)!
          .querySelector('[data-testid="entity-index-count"]')!.textContent,
      ).toBe('3'),
    );
  });
});

describe('tags management', () => {
  it.each([
    { name: 'rename', to: 'Nội Vụ 2', a: ['Nội Vụ 2'], c: ['hội nghị', 'Nội Vụ 2'] },
    { name: 'rename onto an existing tag', to: 'hội nghị', a: ['hội nghị'], c: ['hội nghị'] },
    { name: 'delete', to: '', a: [], c: ['hội nghị'] },
  ])('$name "nội vụ" across clippings', async ({ to, a, c }) => {
    await seed();
    const { retagAll } = await import('@/components/library/TagsPanel');
    expect(await retagAll(db, dbActions(), 'nội vụ', to)).toBe(2);
    expect((await db.clippings.get(ids.a))?.tags).toEqual(a);
    expect((await db.clippings.get(ids.c))?.tags).toEqual(c);
  });
});
