import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countByEntity, listNewest } from '@/lib/clips/clippings';
import type { BaoGonDB } from '@/lib/clips/db';
import { toStored } from '@/lib/clips/derive';
import { saveClipping } from '@/lib/clips/save';
import { parseQuery, searchClippings } from '@/lib/clips/search';
import type { Entity } from '@/lib/types';
import { draft, freshDb } from './helpers';

let db: BaoGonDB;

const ent = (type: Entity['type'], text: string, key: string, name?: string): Entity => ({
  type,
  text,
  key,
  start: 0,
  end: text.length,
  ...(name ? { name } : {}),
});

const ARTICLES = [
  {
    slug: 'noi-vu',
    title: 'Bộ trưởng Bộ Nội vụ làm việc tại Đắk Lắk',
    text: 'Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã làm việc với lãnh đạo tỉnh Đắk Lắk về sắp xếp bộ máy.',
    siteName: 'Báo A',
    tags: ['nội vụ'],
    entities: [ent('official', 'Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà', 'o:tra', 'Phạm Thị Thanh Trà')],
    savedAt: '2026-03-01T00:00:00.000Z',
  },
  {
    slug: 'hiep-dinh',
    title: 'Hiệp định EVFTA sau 5 năm',
    text: 'Thủ tướng Phạm Minh Chính nhấn mạnh Hiệp định EVFTA mở ra cơ hội xuất khẩu.',
    siteName: 'Báo B',
    tags: ['kinh tế'],
    entities: [
      ent('official', 'Thủ tướng Phạm Minh Chính', 'o:chinh', 'Phạm Minh Chính'),
      ent('agreement', 'Hiệp định EVFTA', 'a:evfta'),
    ],
    savedAt: '2026-03-02T00:00:00.000Z',
  },
  {
    slug: 'nghi-dinh',
    title: 'Nghị định mới về đường bộ',
    text: 'Chính phủ ban hành Nghị định 168/2024/NĐ-CP. Thủ tướng Phạm Minh Chính ký ban hành.',
    siteName: 'Báo A',
    tags: ['giao thông', 'kinh tế'],
    entities: [
      ent('legal_document', 'Nghị định 168/2024/NĐ-CP', 'l:168-2024'),
      ent('official', 'Thủ tướng Phạm Minh Chính', 'o:chinh', 'Phạm Minh Chính'),
    ],
    savedAt: '2026-03-03T00:00:00.000Z',
  },
  {
    slug: 'duong-dan',
    title: 'Dự án dân sinh',
    text: 'Người dân vui mừng vì con đường mới; Bộ Nội vụ chưa có ý kiến.',
    siteName: null,
    tags: [],
    entities: [],
    savedAt: '2026-03-04T00:00:00.000Z',
  },
];

beforeEach(async () => {
  db = freshDb();
  for (const a of ARTICLES) {
    await saveClipping(
      db,
      draft({
        url: `https://bao.example.vn/${a.slug}.html`,
        title: a.title,
        text: a.text,
        siteName: a.siteName,
        tags: a.tags,
        entities: a.entities,
        collectionId: 'default',
      }),
      { now: () => new Date(a.savedAt), newId: () => a.slug },
    );
  }
});
afterEach(async () => {
  await db.delete();
});

describe('parseQuery', () => {
  it.each([
    ['Bộ trưởng Nội vụ', { exact: ['bo', 'truong', 'noi'], prefix: 'vu' }],
    ['bo truong noi v', { exact: ['bo', 'truong', 'noi', 'v'], prefix: null }],
    ['noi vu ', { exact: ['noi', 'vu'], prefix: null }],
    ['  ', { exact: [], prefix: null }],
  ])('%j', (q, expected) => {
    expect(parseQuery(q)).toEqual(expected);
  });
});

describe('searchClippings', () => {
  const cases: [string, string[]][] = [
    ['bo truong noi vu', ['noi-vu']],
    ['Bộ trưởng Bộ Nội vụ', ['noi-vu']],
    ['BỘ NỘI VỤ', ['duong-dan', 'noi-vu']],
    ['dak lak', ['noi-vu']],
    ['đắk', ['noi-vu']],
    ['duong', ['duong-dan', 'nghi-dinh']],
    ['đường', ['duong-dan', 'nghi-dinh']],
    ['pham minh', ['nghi-dinh', 'hiep-dinh']],
    ['evf', ['hiep-dinh']],
    ['168 2024 nd', ['nghi-dinh']],
    ['kinh te', ['nghi-dinh', 'hiep-dinh']],
    ['xyz khong co', []],
    ['', []],
  ];
  it.each(cases)('%j → %j (newest first, every plan)', async (q, ids) => {
    for (const strategy of [undefined, 'verify', 'walk', 'sets', 'hybrid'] as const) {
      const found = await searchClippings(db, q, { limit: 10, strategy });
      expect(
        found.map((c) => c.id),
        strategy,
      ).toEqual(ids);
      for (const c of found) expect(c).not.toHaveProperty('searchTokens');
    }
  });

  it('honours limit and offset', async () => {
    expect((await searchClippings(db, 'bo', { limit: 1 })).map((c) => c.id)).toEqual(['duong-dan']);
    expect((await searchClippings(db, 'bo', { limit: 1, offset: 1 })).map((c) => c.id)).toEqual([
      'nghi-dinh',
    ]);
  });

  it('finds notes and tags added by a later save', async () => {
    await saveClipping(
      db,
      draft({ url: 'https://bao.example.vn/duong-dan.html', text: '', note: 'Cần đối chiếu số liệu' }),
    );
    expect((await searchClippings(db, 'doi chieu')).map((c) => c.id)).toEqual(['duong-dan']);
  });
});

describe('listNewest', () => {
  const cases: [string, Parameters<typeof listNewest>[1], string[]][] = [
    ['all', {}, ['duong-dan', 'nghi-dinh', 'hiep-dinh', 'noi-vu']],
    ['limit/offset', { limit: 2, offset: 1 }, ['nghi-dinh', 'hiep-dinh']],
    ['tag', { tag: 'kinh tế' }, ['nghi-dinh', 'hiep-dinh']],
    ['site', { siteName: 'Báo A' }, ['nghi-dinh', 'noi-vu']],
    ['entity', { entityKey: 'o:chinh' }, ['nghi-dinh', 'hiep-dinh']],
    ['entity+site', { entityKey: 'o:chinh', siteName: 'Báo B' }, ['hiep-dinh']],
    ['collection', { collectionId: 'default' }, ['duong-dan', 'nghi-dinh', 'hiep-dinh', 'noi-vu']],
    ['unknown collection', { collectionId: 'x' }, []],
    [
      'range',
      { from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' },
      ['nghi-dinh', 'hiep-dinh'],
    ],
    ['range+tag', { from: '2026-03-03T00:00:00.000Z', tag: 'kinh tế' }, ['nghi-dinh']],
  ];
  it.each(cases)('%s', async (_label, opts, ids) => {
    expect((await listNewest(db, opts)).map((c) => c.id)).toEqual(ids);
  });
});

describe('countByEntity', () => {
  it('counts clippings per entity key with a name and type', async () => {
    expect(await countByEntity(db)).toEqual([
      {
        key: 'o:chinh',
        name: 'Phạm Minh Chính',
        text: 'Thủ tướng Phạm Minh Chính',
        type: 'official',
        count: 2,
      },
      { key: 'a:evfta', name: 'Hiệp định EVFTA', text: 'Hiệp định EVFTA', type: 'agreement', count: 1 },
      {
        key: 'l:168-2024',
        name: 'Nghị định 168/2024/NĐ-CP',
        text: 'Nghị định 168/2024/NĐ-CP',
        type: 'legal_document',
        count: 1,
      },
      {
        key: 'o:tra',
        name: 'Phạm Thị Thanh Trà',
        text: 'Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà',
        type: 'official',
        count: 1,
      },
    ]);
  });
});

describe('searchClippings on many matches (every plan)', () => {
  it('verify, walk and sets plans agree with a brute-force filter', async () => {
    const big = freshDb();
    const rows = Array.from({ length: 450 }, (_, i) => {
      const words = ['chung', i % 2 === 0 ? 'chẵn' : 'lẻ', i % 3 === 0 ? 'ba' : 'khác', `so${i}`];
      const at = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
      return toStored({
        ...draft({
          url: `https://bao.example.vn/n/${i}`,
          title: `Tin ${i}`,
          text: words.join(' '),
          entities: [],
        }),
        id: `n${i}`,
        canonicalUrl: `https://bao.example.vn/n/${i}`,
        note: '',
        tags: [],
        collectionId: 'default',
        savedAt: at,
        updatedAt: at,
        extractorVersion: '1',
        contentHash: '',
      });
    });
    await big.clippings.bulkAdd(rows);
    const expected = (pred: (i: number) => boolean, limit: number, offset = 0) =>
      rows
        .map((_, i) => i)
        .filter(pred)
        .reverse()
        .slice(offset, offset + limit)
        .map((i) => `n${i}`);
    const cases: [string, (i: number) => boolean][] = [
      ['chung chan', (i) => i % 2 === 0],
      ['chung chẵn ', (i) => i % 2 === 0],
      ['CHUNG khac', (i) => i % 3 !== 0],
      ['chan kha', (i) => i % 2 === 0 && i % 3 !== 0],
      ['le ba ', (i) => i % 2 === 1 && i % 3 === 0],
      ['le ba', (i) => i % 2 === 1], // prefix "ba" also matches "bao" (site name of every row)
      ['chung so44 ', (i) => i === 44],
      ['chung so44', (i) => i === 44 || (i >= 440 && i < 450)],
    ];
    for (const [q, pred] of cases) {
      for (const strategy of [undefined, 'verify', 'walk', 'sets', 'hybrid'] as const) {
        const label = `${q} (${strategy ?? 'auto'})`;
        const a = await searchClippings(big, q, { limit: 30, strategy });
        expect(
          a.map((c) => c.id),
          label,
        ).toEqual(expected(pred, 30));
        const b = await searchClippings(big, q, { limit: 10, offset: 5, strategy });
        expect(
          b.map((c) => c.id),
          label,
        ).toEqual(expected(pred, 10, 5));
      }
    }
    await big.delete();
  });
});

describe('countByEntity with spelling variants', () => {
  it('adds up the clippings of every label of a key and names it by the most frequent one', async () => {
    const d = freshDb();
    const variants = ['Tô Lâm', 'Tô Lâm', 'đồng chí Tô Lâm'];
    for (const [i, name] of variants.entries()) {
      await saveClipping(
        d,
        draft({
          url: `https://bao.example.vn/v/${i}`,
          entities: [ent('official', `Tổng Bí thư ${name}`, 'o:to-lam', name)],
        }),
      );
    }
    expect(await countByEntity(d)).toEqual([
      { key: 'o:to-lam', name: 'Tô Lâm', text: 'Tổng Bí thư Tô Lâm', type: 'official', count: 3 },
    ]);
    await d.delete();
  });
});
