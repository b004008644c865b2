/** Provenance of saves and merges: http(s) only, same page only, merges never lose user data. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BaoGonDB } from '@/lib/clips/db';
import { mergeHighlights } from '@/lib/clips/merge';
import { checkProvenance, isWebUrl } from '@/lib/clips/provenance';
import { saveClipping } from '@/lib/clips/save';
import { draft, freshDb, highlight } from './helpers';

let db: BaoGonDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('provenance', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<b>x</b>',
    'file:///tmp/a.html',
    'blob:https://a.vn/123',
    'chrome-extension://abc/popup.html',
    'about:blank',
    'ftp://a.vn/x',
  ])('%s is not a web page and is never saved', async (url) => {
    expect(isWebUrl(url)).toBe(false);
    expect(checkProvenance(url, undefined)).toMatchObject({ code: 'invalid', reason: 'unsupported-url' });
    await expect(saveClipping(db, draft({ url }))).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.clippings.count()).toBe(0);
  });

  it('a draft must be of the page it comes from (fragment and tracking parameters aside)', () => {
    const page = 'https://vnexpress.net/a.html';
    expect(checkProvenance(page, `${page}#top`)).toBeNull();
    expect(checkProvenance(`${page}?utm_source=fb`, page)).toBeNull();
    expect(checkProvenance('https://vnexpress.net/b.html', page)).toMatchObject({ reason: 'wrong-page' });
    expect(checkProvenance(page, 'https://evil.example/a.html')).toMatchObject({ reason: 'wrong-page' });
    expect(checkProvenance(page, null)).toMatchObject({ reason: 'tab-gone' });
    expect(checkProvenance(page, 'javascript:void 0')).toMatchObject({ reason: 'unsupported-url' });
  });
});

describe('merging a second save never discards the user’s data', () => {
  it('a highlight re-sent with the same id and an empty note keeps its note', () => {
    const old = highlight('h1', 'Bộ trưởng', 11, 'ghi chú quan trọng');
    const merged = mergeHighlights([old], [{ ...old, note: '', color: 'green' }]);
    expect(merged).toEqual([{ ...old, color: 'green' }]);
  });

  it('a highlight re-sent with another note keeps both notes', () => {
    const old = highlight('h1', 'Bộ trưởng', 11, 'ý một');
    const merged = mergeHighlights([old], [{ ...old, note: 'ý hai' }]);
    expect(merged[0].note).toContain('ý một');
    expect(merged[0].note).toContain('ý hai');
  });

  it('a save with empty highlights, tags and note keeps the existing ones', async () => {
    const first = await saveClipping(
      db,
      draft({ note: 'của tôi', tags: ['a', 'b'], highlights: [highlight('h1', 'Bộ trưởng', 11, 'n')] }),
    );
    const second = await saveClipping(db, draft({ note: '', tags: [], highlights: [], title: 'Mới' }));
    expect(second.alreadySaved).toBe(true);
    expect(second.clipping).toMatchObject({
      id: first.clipping.id,
      note: 'của tôi',
      tags: ['a', 'b'],
      title: 'Mới',
    });
    expect(second.clipping.highlights).toEqual(first.clipping.highlights);
  });
});
