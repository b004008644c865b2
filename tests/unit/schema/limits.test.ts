/**
 * One set of limits: a clipping at every schema limit imports, and after deleting it, Undo
 * (`clip.restore`) puts it back unchanged. One item over a limit is refused by both paths alike.
 */
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { createClipHandlers } from '@/entrypoints/background/handlers/clips';
import { type BaoGonDB, getClipping } from '@/lib/clips';
import { applyImport, loadExisting, parseImport, planImport } from '@/lib/export/import';
import { ClippingSchemaV1 } from '@/lib/export/schema';
import {
  dispatch,
  type ExtensionIdentity,
  isErrorResponse,
  PAYLOAD_SCHEMAS,
  type SenderInfo,
} from '@/lib/protocol';
import { ClippingSchema, ENTITY_TYPES, HIGHLIGHT_COLORS, LIMITS } from '@/lib/schema';
import type { Clipping } from '@/lib/types';
import { freshDb } from '../clips/helpers';
import { COLLECTIONS, clipping } from '../export/helpers';

const ME: ExtensionIdentity = {
  runtimeId: 'bao-gon-test',
  extensionOrigin: 'chrome-extension://bao-gon-test/',
};
const LIBRARY: SenderInfo = {
  id: ME.runtimeId,
  url: `${ME.extensionOrigin}library.html`,
  frameId: 0,
  tab: { id: 3, url: `${ME.extensionOrigin}library.html` },
};

/** A clipping with as many tags as allowed, each as long as allowed, and a note at the limit. */
function atLimits(): Clipping {
  const base = clipping(1);
  const tags = Array.from({ length: LIMITS.tags }, (_, i) => `${i}-`.padEnd(LIMITS.tag, 'thẻ'.at(i % 3)));
  return {
    ...base,
    id: 'gioi-han-1',
    title: 'T'.repeat(LIMITS.title),
    tags,
    note: 'ghi chú '.repeat(LIMITS.note).slice(0, LIMITS.note),
    highlights: base.highlights.map((h, i) => ({
      ...h,
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length],
      note: 'n'.repeat(LIMITS.note),
    })),
  };
}

function exportText(list: Clipping[]): string {
  return JSON.stringify({
    format: 'bao-gon',
    version: 1,
    exportedAt: '2026-11-23T00:00:00.000Z',
    collections: COLLECTIONS,
    clippings: list,
  });
}

const dbs: BaoGonDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('one record schema, one set of limits', () => {
  it('lists entity types and highlight colours once', () => {
    expect(ENTITY_TYPES).toEqual(['official', 'agreement', 'legal_document', 'watch']);
    expect(HIGHLIGHT_COLORS).toEqual(['yellow', 'green', 'blue', 'pink', 'purple']);
  });

  it('imports a clipping at the limits; delete then Undo restores it unchanged', async () => {
    const db = freshDb();
    dbs.push(db);
    await db.collections.bulkPut(COLLECTIONS);
    const c = atLimits();
    expect(c.tags).toHaveLength(LIMITS.tags);
    expect(c.note).toHaveLength(LIMITS.note);

    const parsed = parseImport(exportText([c]));
    expect(parsed.invalid).toEqual([]);
    const plan = planImport(await loadExisting(db), parsed);
    expect((await applyImport(db, plan)).added).toBe(1);
    const imported = await getClipping(db, c.id);
    expect(imported?.tags).toHaveLength(LIMITS.tags);
    expect(imported?.note).toBe(c.note);

    const handlers = createClipHandlers({ db, sanitize: (html) => html, tabUrl: async () => null });
    const del = await dispatch(handlers, { type: 'clip.delete', payload: { ids: [c.id] } }, LIBRARY, ME);
    if (isErrorResponse(del)) throw new Error(del.error.message);
    const { deleted } = del as { deleted: string[] };
    expect(deleted).toEqual([c.id]);
    expect(await getClipping(db, c.id)).toBeNull();

    const undo = await dispatch(handlers, { type: 'clip.restore', payload: { ids: deleted } }, LIBRARY, ME);
    expect(isErrorResponse(undo) ? undo.error.message : undo).toMatchObject({ restored: [c.id] });
    const back = await getClipping(db, c.id);
    expect(back).toEqual(imported);
  });

  it('refuses one tag or one note character too many in the importer, the record schema and an edit alike', () => {
    const c = atLimits();
    const over: Clipping[] = [
      { ...c, tags: [...c.tags, 'một thẻ nữa'] },
      { ...c, note: `${c.note}!` },
    ];
    for (const o of over) {
      expect(v.safeParse(ClippingSchemaV1, o).success).toBe(false);
      expect(v.safeParse(ClippingSchema, o).success).toBe(false);
      const patch = { tags: o.tags, note: o.note };
      expect(v.safeParse(PAYLOAD_SCHEMAS['clip.update'], { id: c.id, patch }).success).toBe(false);
    }
    // Undo restores by id from the trash: no record travels, so nothing at the limits can be refused there.
    expect(
      v.safeParse(PAYLOAD_SCHEMAS['clip.update'], { id: c.id, patch: { tags: c.tags, note: c.note } })
        .success,
    ).toBe(true);
  });
});
