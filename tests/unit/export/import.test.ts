// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BaoGonDB, getClipping, toStored } from '@/lib/clips';
import { exportClippings } from '@/lib/export';
import { sanitizeHtml } from '@/lib/reader/sanitize';
import {
  applyImport,
  ImportError,
  type ImportErrorCode,
  loadExisting,
  parseImport,
  planImport,
} from '@/lib/export/import';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CLIPPINGS } from '@/lib/export/schema';
import type { Clipping } from '@/lib/types';
import { freshDb } from '../clips/helpers';
import { clipping, clippings, COLLECTIONS } from './helpers';

const dbs: BaoGonDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function seeded(list: Clipping[] = clippings(5)): Promise<BaoGonDB> {
  const db = freshDb();
  dbs.push(db);
  await db.collections.bulkPut(COLLECTIONS);
  await db.clippings.bulkAdd(list.map(toStored));
  return db;
}

/** Every stored record of both tables (derived fields included), by id. */
async function snapshot(db: BaoGonDB): Promise<unknown[][]> {
  return [await db.clippings.orderBy('id').toArray(), await db.collections.orderBy('id').toArray()];
}

/** Checks two snapshots record by record (clear failure message naming the record). */
function expectSameRecords(after: unknown[][], before: unknown[][]): void {
  for (const t of [0, 1]) {
    expect(after[t].length, `table ${t} size`).toBe(before[t].length);
    for (const [i, rec] of before[t].entries()) expect(after[t][i], `table ${t} record ${i}`).toEqual(rec);
  }
}

function envelope(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'bao-gon',
    version: 1,
    exportedAt: '2026-11-23T00:00:00.000Z',
    collections: COLLECTIONS,
    clippings: [],
    ...over,
  };
}

const validText = JSON.stringify(
  envelope({
    clippings: clippings(3).map((c, i) => ({ ...c, id: `n-${i}`, url: `https://khac.example.vn/${i}` })),
  }),
);

/** Files broken as a whole: each must throw an ImportError with this code. */
const FILE_LEVEL: [string, string | Uint8Array, ImportErrorCode][] = [
  ['empty', '', 'empty'],
  ['whitespace only', ' \n\t ', 'empty'],
  ['BOM only', '\uFEFF', 'empty'],
  ['null', 'null', 'not-object'],
  ['empty array', '[]', 'not-object'],
  ['array of envelopes', JSON.stringify([envelope()]), 'not-object'],
  ['number', '42', 'not-object'],
  ['string', '"bao-gon"', 'not-object'],
  ['boolean', 'true', 'not-object'],
  ['plain text', 'xin chào', 'not-json'],
  ['html page', '<!doctype html><html><script>alert(1)</script></html>', 'not-json'],
  ['csv', '\uFEFFid,title\n1,Tin', 'not-json'],
  ['yaml', 'format: bao-gon\nversion: 1', 'not-json'],
  ['trailing garbage', `${validText}xyz`, 'not-json'],
  ['single quotes', "{'format':'bao-gon'}", 'not-json'],
  ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not-json'],
  ...[0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95, 0.999].map(
    (f): [string, string, ImportErrorCode] => [
      `truncated at ${f * 100}%`,
      validText.slice(0, Math.floor(validText.length * f)),
      'not-json',
    ],
  ),
  ['format missing', JSON.stringify(envelope({ format: undefined })), 'wrong-format'],
  ['format of another tool', JSON.stringify(envelope({ format: 'zotero' })), 'wrong-format'],
  ['format as number', JSON.stringify(envelope({ format: 1 })), 'wrong-format'],
  ['version missing', JSON.stringify(envelope({ version: undefined })), 'unsupported-version'],
  ['version 0', JSON.stringify(envelope({ version: 0 })), 'unsupported-version'],
  ['version from the future', JSON.stringify(envelope({ version: 2 })), 'unsupported-version'],
  ['version as string', JSON.stringify(envelope({ version: '1' })), 'unsupported-version'],
  ['version fractional', JSON.stringify(envelope({ version: 1.5 })), 'unsupported-version'],
  ['version negative', JSON.stringify(envelope({ version: -1 })), 'unsupported-version'],
  ['clippings missing', JSON.stringify(envelope({ clippings: undefined })), 'bad-structure'],
  ['clippings as object', JSON.stringify(envelope({ clippings: { a: clipping(1) } })), 'bad-structure'],
  ['clippings as string', JSON.stringify(envelope({ clippings: 'x' })), 'bad-structure'],
  ['clippings null', JSON.stringify(envelope({ clippings: null })), 'bad-structure'],
  ['collections as object', JSON.stringify(envelope({ collections: {} })), 'bad-structure'],
  [
    'too many clippings',
    JSON.stringify(envelope({ clippings: new Array(MAX_IMPORT_CLIPPINGS + 1).fill(0) })),
    'too-many',
  ],
  ['too large', { byteLength: MAX_IMPORT_BYTES + 1 } as Uint8Array, 'too-large'],
];

const existingId = 'c-0';
const bad = (over: Record<string, unknown>) => ({
  ...clipping(50),
  id: 'x-1',
  url: 'https://moi.example.vn/a',
  ...over,
});
const huge = (n: number) => 'ạ'.repeat(n);

/** Files with only invalid records (or duplicates of what is saved): planned, nothing written. */
const RECORD_LEVEL: [string, unknown[], string][] = [
  ['record is null', [null], ''],
  ['record is a number', [7], ''],
  ['record is a string', ['bài'], ''],
  ['record is an array', [[clipping(1)]], ''],
  ['id missing', [bad({ id: undefined })], 'id'],
  ['id is a number', [bad({ id: 12 })], 'id'],
  ['id empty', [bad({ id: '' })], 'id'],
  ['script payload in id', [bad({ id: '<script>alert(1)</script>' })], 'id'],
  ['huge id', [bad({ id: 'a'.repeat(5000) })], 'id'],
  ['javascript: url', [bad({ url: 'javascript:alert(1)' })], 'url'],
  ['data: url', [bad({ url: 'data:text/html,<script>alert(1)</script>' })], 'url'],
  ['relative url', [bad({ url: '/thoi-su/a.html' })], 'url'],
  ['url missing', [bad({ url: undefined })], 'url'],
  ['title is a number', [bad({ title: 5 })], 'title'],
  ['title missing', [bad({ title: undefined })], 'title'],
  ['huge title', [bad({ title: huge(3_000_000) })], 'title'],
  ['huge html', [bad({ html: `<p>${huge(5_000_001)}</p>` })], 'html'],
  ['huge note', [bad({ note: huge(200_001) })], 'note'],
  ['text is null', [bad({ text: null })], 'text'],
  ['kind unknown', [bad({ kind: 'video' })], 'kind'],
  ['entities as object', [bad({ entities: {} })], 'entities'],
  [
    'entity of unknown type',
    [bad({ entities: [{ type: 'person', text: 'A', start: 0, end: 1, key: 'a' }] })],
    'entities',
  ],
  [
    'entity with negative offset',
    [bad({ entities: [{ type: 'watch', text: 'A', start: -1, end: 1, key: 'a' }] })],
    'entities',
  ],
  [
    'highlight of unknown colour',
    [bad({ highlights: [{ ...clipping(1).highlights[0], color: 'red' }] })],
    'highlights',
  ],
  [
    'highlight selector of unknown type',
    [bad({ highlights: [{ ...clipping(1).highlights[0], selectors: [{ type: 'CssSelector' }] }] })],
    'highlights',
  ],
  ['tags with a number', [bad({ tags: ['a', 3] })], 'tags'],
  ['empty tag', [bad({ tags: ['  '] })], 'tags'],
  ['too many tags', [bad({ tags: Array.from({ length: 501 }, (_, i) => `t${i}`) })], 'tags'],
  ['savedAt not a date', [bad({ savedAt: 'hôm qua' })], 'savedAt'],
  ['updatedAt missing', [bad({ updatedAt: undefined })], 'updatedAt'],
  ['siteName is an object', [bad({ siteName: { a: 1 } })], 'siteName'],
  ['collectionId with script', [bad({ collectionId: '"><img src=x onerror=alert(1)>' })], 'collectionId'],
  [
    'duplicate id in file',
    [clipping(0), { ...clipping(0), url: 'https://moi.example.vn/khac' }],
    'duplicate',
  ],
  [
    'same page twice in file',
    [clipping(1), { ...clipping(1), id: 'other', url: `${clipping(1).url}?utm_source=x` }],
    'same page',
  ],
];

describe('parseImport: malformed files', () => {
  it(`has at least 50 generated malformed files`, () => {
    expect(FILE_LEVEL.length + RECORD_LEVEL.length).toBeGreaterThanOrEqual(50);
  });

  it.each(FILE_LEVEL)('%s → ImportError, DB unchanged', async (_label, input, code) => {
    const db = await seeded();
    const before = await snapshot(db);
    let err: unknown;
    try {
      const plan = planImport(await loadExisting(db), parseImport(input));
      await applyImport(db, plan);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe(code);
    expect((err as ImportError).message.length).toBeGreaterThan(10);
    expectSameRecords(await snapshot(db), before);
  });

  it.each(RECORD_LEVEL)(
    '%s → reported with position and reason, DB unchanged',
    async (_label, records, field) => {
      const db = await seeded();
      const before = await snapshot(db);
      const parsed = parseImport(JSON.stringify(envelope({ clippings: records })));
      const plan = planImport(await loadExisting(db), parsed);
      expect(plan.invalid.length).toBeGreaterThan(0);
      expect(plan.new).toEqual([]);
      expect(plan.updated).toEqual([]);
      const last = plan.invalid.at(-1)!;
      expect(last.kind).toBe('clipping');
      expect(last.index).toBe(records.length - 1);
      expect(last.reason).toContain(field);
      expect(last.reason.length).toBeLessThan(300);
      await applyImport(db, plan);
      expectSameRecords(await snapshot(db), before);
    },
  );

  it('reports invalid collections by position', () => {
    const parsed = parseImport(
      JSON.stringify(envelope({ collections: [COLLECTIONS[0], { id: 'x', name: '' }, 5, COLLECTIONS[0]] })),
    );
    expect(parsed.invalid.map((i) => [i.kind, i.index])).toEqual([
      ['collection', 1],
      ['collection', 2],
      ['collection', 3],
    ]);
  });

  it('refers to the duplicate existing clipping by id', async () => {
    const db = await seeded();
    const plan = planImport(
      await loadExisting(db),
      parseImport(JSON.stringify(envelope({ clippings: [clipping(0)] }))),
    );
    expect(plan.duplicates.map((c) => c.id)).toEqual([existingId]);
  });
});

describe('import round trip and plan', () => {
  it('restores an export into an empty database record for record', async () => {
    const source = await seeded(clippings(20));
    const existing = await loadExisting(source);
    const exported = await exportClippings('json', existing);
    const target = freshDb();
    dbs.push(target);
    const plan = planImport(await loadExisting(target), parseImport(exported.data as string));
    expect([plan.new.length, plan.updated.length, plan.duplicates.length, plan.invalid.length]).toEqual([
      20, 0, 0, 0,
    ]);
    expect(plan.newCollections.map((c) => c.id)).toEqual(['col-kinh-te']);
    expect(await applyImport(target, plan)).toEqual({ added: 20, updated: 0, collectionsAdded: 1 });
    // Stored like every other write path: the article HTML through DOMPurify (links get target/rel).
    for (const c of existing.clippings)
      expect(await getClipping(target, c.id)).toEqual({ ...c, html: sanitizeHtml(c.html) });
    expect(await target.collections.get('col-kinh-te')).toEqual(COLLECTIONS[1]);
    // importing the same file again changes nothing
    const again = planImport(await loadExisting(target), parseImport(exported.data as string));
    expect([again.new.length, again.updated.length, again.duplicates.length]).toEqual([0, 0, 20]);
  });

  it('sorts incoming clippings into new, updated and duplicates, merging by id and canonical URL', async () => {
    const db = await seeded(clippings(3));
    const newer = clipping(0, {
      updatedAt: '2027-01-01T00:00:00.000Z',
      note: 'Ghi chú mới',
      highlights: [
        ...clipping(0).highlights,
        { ...clipping(0).highlights[0], id: 'h-new', quote: 'Phần', note: 'mới' },
      ],
    });
    const sameUrlOtherId = clipping(1, {
      id: 'khac-id',
      url: `${clipping(1).url}?utm_source=fb#x`,
      tags: ['mới'],
    });
    const fresh = clipping(9, {
      id: 'moi',
      url: 'https://bao.example.vn/moi.html',
      collectionId: 'khong-co',
    });
    const file = envelope({
      collections: [...COLLECTIONS, { id: 'col-moi', name: 'Mới', createdAt: '2026-11-01T00:00:00.000Z' }],
      clippings: [newer, sameUrlOtherId, clipping(2), fresh],
    });
    const plan = planImport(await loadExisting(db), parseImport(JSON.stringify(file)));
    expect(plan.new.map((c) => [c.id, c.collectionId])).toEqual([['moi', 'default']]);
    expect(plan.duplicates.map((c) => c.id)).toEqual(['c-2']);
    expect(plan.updated.map((c) => c.id)).toEqual(['c-0', 'c-1']);
    expect(plan.updated[0].highlights.map((h) => h.id)).toEqual(['h-0-1', 'h-0-2', 'h-new']);
    expect(plan.updated[0].note).toContain('Ghi chú mới');
    expect(plan.updated[0].note).toContain('Ghi chú của bài 0');
    expect(plan.updated[1].tags).toEqual(['thuế', 'kinh tế', 'mới']);
    expect(plan.newCollections.map((c) => c.id)).toEqual(['col-moi']);
    await applyImport(db, plan);
    expect((await getClipping(db, 'c-0'))?.highlights).toHaveLength(3);
    expect(await getClipping(db, 'khac-id')).toBeNull();
    expect(await db.clippings.count()).toBe(4);
  });

  it('stores imported HTML only after DOMPurify: entity-encoded javascript: links do not reach the database', async () => {
    const db = await seeded([]);
    const sneaky = clipping(5, {
      html: '<p><a href="&#106;avascript:alert(1)">a</a><a href="jav&#x09;ascript:alert(2)">b</a><img src=x onerror=alert(3)></p>',
    });
    const plan = planImport(
      await loadExisting(db),
      parseImport(JSON.stringify(envelope({ clippings: [sneaky] }))),
    );
    const seen: number[] = [];
    await applyImport(db, plan, { onProgress: (d) => seen.push(d) });
    const stored = (await getClipping(db, 'c-5'))!;
    expect(stored.html).toBe(sanitizeHtml(sneaky.html));
    expect(stored.html).not.toMatch(/javascript|onerror|&#106;|&#x09;/i);
    expect(seen.at(-1)).toBe(1);
  });

  it('strips hostile markup from imported html, keeps text fields as text', async () => {
    const db = await seeded([]);
    const hostile = clipping(3, {
      title: '<script>alert(1)</script> Tiêu đề',
      html: '<p onclick="x()">A<script>alert(1)</script><iframe src="//evil"></iframe><a href="javascript:alert(1)">b</a><img src=x onerror=alert(1)></p>',
    });
    const plan = planImport(
      await loadExisting(db),
      parseImport(JSON.stringify(envelope({ clippings: [hostile] }))),
    );
    await applyImport(db, plan);
    const stored = (await getClipping(db, 'c-3'))!;
    expect(stored.html).not.toMatch(/<script|<iframe|onclick|onerror|javascript:/i);
    expect(stored.html).toContain('A');
    expect(stored.title).toBe(hostile.title);
  });
});

describe('applyImport is all or nothing', () => {
  it('rolls back when a write fails mid-transaction', async () => {
    const db = await seeded(clippings(3));
    const file = envelope({
      collections: [...COLLECTIONS, { id: 'col-moi', name: 'Mới', createdAt: '2026-11-01T00:00:00.000Z' }],
      clippings: [
        clipping(0, { updatedAt: '2027-01-01T00:00:00.000Z', note: 'khác' }),
        ...clippings(8).slice(3),
      ],
    });
    const plan = planImport(await loadExisting(db), parseImport(JSON.stringify(file)));
    expect([plan.new.length, plan.updated.length]).toEqual([5, 1]);
    const before = await snapshot(db);
    const spy = vi.spyOn(db.clippings, 'bulkPut').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(applyImport(db, plan)).rejects.toMatchObject({ code: 'write-failed' });
    spy.mockRestore();
    expectSameRecords(await snapshot(db), before);
  });

  it('refuses a stale plan (the page was saved meanwhile) and writes nothing', async () => {
    const db = await seeded(clippings(2));
    const plan = planImport(
      await loadExisting(db),
      parseImport(JSON.stringify(envelope({ clippings: clippings(5) }))),
    );
    expect(plan.new.length).toBe(3);
    await db.clippings.add(toStored(clipping(4, { id: 'saved-meanwhile' })));
    const before = await snapshot(db);
    await expect(applyImport(db, plan)).rejects.toMatchObject({ code: 'stale-plan' });
    expectSameRecords(await snapshot(db), before);
  });
});
