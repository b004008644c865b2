// DOMPurify needs jsdom (see viewer.test.tsx).
// @vitest-environment jsdom
/** The viewer loads no remote image until the user presses "load images" (for that view only). */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockRemoteMedia } from '@/components/viewer/remote';
import { ViewerApp } from '@/components/viewer/ViewerApp';
import { type BaoGonDB, openDb } from '@/lib/clips/db';
import { toStored } from '@/lib/clips/derive';
import { clipping, mockI18n, until } from './helpers';

const HTML =
  '<p>Chữ của bài.</p><img src="https://tracker.example/p.gif?u=1" alt="ảnh một">' +
  '<picture><source srcset="https://cdn.example/a.webp 1x, https://cdn.example/b.webp 2x">' +
  '<img src="data:image/png;base64,iVBORw0KGgo=" alt="ảnh hai"></picture>' +
  '<video poster="https://cdn.example/poster.jpg"></video>';

let db: BaoGonDB;
let host: HTMLElement;

beforeEach(() => {
  mockI18n();
  db = openDb(`viewer-remote-${Math.random().toString(36).slice(2)}`);
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(async () => {
  render(null, host);
  host.remove();
  db.close();
  await db.delete();
});

/** Every URL the rendered article would fetch. */
function fetchedUrls(root: Element): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const a of ['src', 'srcset', 'poster', 'data', 'background']) {
      const v = el.getAttribute(a);
      if (v) out.push(v);
    }
  }
  return out;
}

describe('viewer: no remote loads unless asked', () => {
  it('blocks remote src/srcset/poster in an inert copy and keeps data: images', () => {
    const r = blockRemoteMedia(HTML);
    expect(r.blocked).toBe(3);
    expect(r.html).not.toMatch(/ (src|srcset|poster)="https:/);
    expect(r.html).toContain('src="data:image/png');
  });

  it('shows the article without remote images, and loads them only after "load images"', async () => {
    const c = clipping({ html: HTML });
    await db.clippings.put(toStored(c));
    render(<ViewerApp db={db} id={c.id} locale="vi-VN" noteDebounceMs={20} />, host);
    const body = await until(() => {
      const el = host.querySelector('[data-testid="viewer-body"]');
      if (!el?.textContent?.includes('Chữ của bài')) throw new Error('not yet');
      return el;
    });
    expect(fetchedUrls(body).filter((u) => /https?:/.test(u))).toEqual([]);
    const button = host.querySelector<HTMLButtonElement>('[data-testid="viewer-load-images"]');
    expect(button).not.toBeNull();
    button!.click();
    await until(() => {
      if (host.querySelector('[data-testid="viewer-load-images"]')) throw new Error('still there');
    });
    expect(fetchedUrls(body)).toEqual(
      expect.arrayContaining([
        'https://tracker.example/p.gif?u=1',
        'https://cdn.example/a.webp 1x, https://cdn.example/b.webp 2x',
        'https://cdn.example/poster.jpg',
      ]),
    );
  });
});
