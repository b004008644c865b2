import { afterEach, describe, expect, it, vi } from 'vitest';
import { getClipping, getClippingByUrl, updateClipping } from '@/lib/clips/clippings';
import type { BaoGonDB } from '@/lib/clips/db';
import { ClipsError } from '@/lib/clips/errors';
import { hashText } from '@/lib/clips/hash';
import { clippingKey, saveClipping } from '@/lib/clips/save';
import { draft, freshDb, highlight } from './helpers';

const dbs: BaoGonDB[] = [];
function db(): BaoGonDB {
  const d = freshDb();
  dbs.push(d);
  return d;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const d of dbs.splice(0)) await d.delete();
});

const T1 = new Date('2026-03-01T10:00:00.000Z');
const T2 = new Date('2026-03-02T10:00:00.000Z');

describe('saveClipping: new record', () => {
  it('fills id, canonicalUrl, collection, timestamps, hash and strips index fields', async () => {
    const d = db();
    const { clipping, alreadySaved } = await saveClipping(
      d,
      draft({ url: 'https://Bao.Example.vn/a/?utm_source=x#top' }),
      {
        now: () => T1,
        newId: () => 'id-1',
      },
    );
    expect(alreadySaved).toBe(false);
    expect(clipping).toMatchObject({
      id: 'id-1',
      canonicalUrl: 'https://bao.example.vn/a',
      collectionId: 'default',
      savedAt: T1.toISOString(),
      updatedAt: T1.toISOString(),
      extractorVersion: '1',
      contentHash: hashText(draft().text),
      note: '',
      tags: [],
    });
    expect(clipping).not.toHaveProperty('searchTokens');
    const stored = await d.clippings.get('id-1');
    expect(stored?.searchTokens).toContain('truong');
    expect(stored?.entityKeys).toEqual(['official:pham-thi-thanh-tra']);
    expect(await getClipping(d, 'id-1')).toEqual(clipping);
  });

  it('falls back to the default collection for an unknown collectionId', async () => {
    const { clipping } = await saveClipping(db(), draft({ collectionId: 'nope' }));
    expect(clipping.collectionId).toBe('default');
  });

  it.each([
    ['empty url', draft({ url: '  ' })],
    ['selection without quote', draft({ kind: 'selection', quote: '', text: '' })],
  ])('rejects %s with a typed error', async (_label, bad) => {
    const err = await saveClipping(db(), bad).catch((e) => e);
    expect(err).toBeInstanceOf(ClipsError);
    expect(err.code).toBe('invalid');
  });
});

describe('saveClipping: merge into an existing record', () => {
  it('merges highlights by id and by quote+position, unites tags, keeps note, bumps updatedAt', async () => {
    const d = db();
    const first = await saveClipping(
      d,
      draft({
        highlights: [highlight('h1', 'Bộ trưởng', 11), highlight('h2', 'lãnh đạo tỉnh', 70, 'ghi chú cũ')],
        tags: ['Nội vụ', 'nhân sự'],
        note: 'Ghi chú đầu tiên',
      }),
      { now: () => T1 },
    );
    const second = await saveClipping(
      d,
      draft({
        url: 'https://bao.example.vn/thoi-su/bai-viet-1.html?fbclid=zzz#x',
        text: 'Văn bản mới đã cập nhật.',
        highlights: [
          { ...highlight('h1', 'Bộ trưởng', 11), color: 'green' }, // same id → replaced
          highlight('h9', 'lãnh đạo tỉnh', 70), // same quote+position → merged into h2, note kept
          highlight('h3', 'Chiều 1/3', 0), // new
        ],
        tags: ['nội vụ', 'Đắk Lắk'],
        note: 'Ghi chú thứ hai',
        extractorVersion: '2',
      }),
      { now: () => T2 },
    );
    expect(second.alreadySaved).toBe(true);
    const c = second.clipping;
    expect(c.id).toBe(first.clipping.id);
    expect(c.savedAt).toBe(T1.toISOString());
    expect(c.updatedAt).toBe(T2.toISOString());
    expect(c.highlights.map((h) => [h.id, h.color, h.note])).toEqual([
      ['h1', 'green', ''],
      ['h2', 'yellow', 'ghi chú cũ'],
      ['h3', 'yellow', ''],
    ]);
    expect(c.tags).toEqual(['Nội vụ', 'nhân sự', 'Đắk Lắk']);
    expect(c.note).toBe('Ghi chú đầu tiên\n\nGhi chú thứ hai');
    expect(c.text).toBe('Văn bản mới đã cập nhật.');
    expect(c.contentHash).toBe(hashText('Văn bản mới đã cập nhật.'));
    expect(c.extractorVersion).toBe('2');
    expect(await d.clippings.count()).toBe(1);
  });

  it('keeps the stored content when the new draft has no text', async () => {
    const d = db();
    await saveClipping(d, draft());
    const { clipping } = await saveClipping(d, draft({ text: '', html: '', tags: ['x'] }));
    expect(clipping.text).toBe(draft().text);
    expect(clipping.tags).toEqual(['x']);
  });

  it('a selection of a page saved as article is its own record; the same selection twice merges', async () => {
    const d = db();
    const article = await saveClipping(d, draft());
    const sel = draft({
      kind: 'selection',
      quote: 'Bộ trưởng Bộ Nội vụ',
      text: 'Bộ trưởng Bộ Nội vụ',
      tags: ['a'],
    });
    const s1 = await saveClipping(d, sel);
    const s2 = await saveClipping(d, { ...sel, quote: 'Bộ  trưởng Bộ Nội vụ ', tags: ['b'] });
    expect(s1.alreadySaved).toBe(false);
    expect(s2.alreadySaved).toBe(true);
    expect(s1.clipping.canonicalUrl).toBe(
      `${article.clipping.canonicalUrl}#quote-${hashText('bo truong bo noi vu')}`,
    );
    expect(s2.clipping.tags).toEqual(['a', 'b']);
    expect(await d.clippings.count()).toBe(2);
    expect((await getClippingByUrl(d, draft().url))?.id).toBe(article.clipping.id);
    expect(clippingKey(sel)).toBe(s1.clipping.canonicalUrl);
  });
});

describe('saveClipping: concurrency', () => {
  it('20 concurrent saves of the same and different URLs give exactly one record per URL', async () => {
    const d = db();
    const urls = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0 ? 'https://bao.example.vn/same.html?utm_source=' + i : `https://bao.example.vn/p/${i}.html`,
    );
    const results = await Promise.all(
      urls.map((url, i) => saveClipping(d, draft({ url, highlights: [highlight(`h${i}`, `q${i}`, i)] }))),
    );
    expect(await d.clippings.count()).toBe(11);
    const same = results.filter((r) => r.clipping.canonicalUrl === 'https://bao.example.vn/same.html');
    expect(same).toHaveLength(10);
    expect(same.filter((r) => !r.alreadySaved)).toHaveLength(1);
    expect(new Set(same.map((r) => r.clipping.id)).size).toBe(1);
    const stored = await getClippingByUrl(d, 'https://bao.example.vn/same.html');
    expect(stored?.highlights.map((h) => h.id).sort()).toEqual([
      'h0',
      'h10',
      'h12',
      'h14',
      'h16',
      'h18',
      'h2',
      'h4',
      'h6',
      'h8',
    ]);
  });
});

describe('saveClipping: write failures', () => {
  const failures: [string, () => Error, string][] = [
    [
      'QuotaExceededError',
      () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      'quota',
    ],
    ['any other failure', () => new DOMException('disk I/O', 'UnknownError'), 'write-failed'],
  ];
  it.each(failures)('%s → typed Vietnamese error, existing data intact', async (_label, makeError, code) => {
    const d = db();
    const original = await saveClipping(d, draft({ tags: ['giữ nguyên'], note: 'cũ' }), { now: () => T1 });
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw makeError();
    });
    const err = await saveClipping(d, draft({ tags: ['mới'], note: 'mới', text: 'khác' }), {
      now: () => T2,
    }).catch((e) => e);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    expect(err).toBeInstanceOf(ClipsError);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(/Dữ liệu cũ vẫn còn nguyên/);
    expect(await getClipping(d, original.clipping.id)).toEqual(original.clipping);
    expect(await d.clippings.count()).toBe(1);
  });

  it('a failing add of a new page leaves the other records intact', async () => {
    const d = db();
    const original = await saveClipping(d, draft());
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const err = await saveClipping(d, draft({ url: 'https://bao.example.vn/khac.html' })).catch((e) => e);
    spy.mockRestore();
    expect(err.code).toBe('quota');
    expect(await d.clippings.toCollection().primaryKeys()).toEqual([original.clipping.id]);
  });
});

describe('updateClipping', () => {
  it('applies defined fields only, re-derives the index fields and bumps updatedAt', async () => {
    const d = db();
    const { clipping } = await saveClipping(d, draft({ note: 'giữ' }), { now: () => T1 });
    const next = await updateClipping(
      d,
      clipping.id,
      { note: undefined, tags: ['Mới'], title: 'Tiêu đề khác' },
      T2,
    );
    expect(next).toMatchObject({
      note: 'giữ',
      tags: ['Mới'],
      title: 'Tiêu đề khác',
      updatedAt: T2.toISOString(),
    });
    expect((await d.clippings.get(clipping.id))?.searchTokens).toContain('khac');
    expect(await updateClipping(d, 'nope', { note: 'x' })).toBeNull();
  });
});
