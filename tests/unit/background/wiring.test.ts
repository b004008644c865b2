/** Background wiring through fakeBrowser: router → handlers → Dexie, badge, menus, commands. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBadgeHandlers } from '@/entrypoints/background/handlers/badge';
import { createClipHandlers } from '@/entrypoints/background/handlers/clips';
import { createSettingsHandlers } from '@/entrypoints/background/handlers/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { onCommand } from '@/entrypoints/background/handlers/commands';
import {
  createMenus,
  MENU_READ,
  MENU_SAVE_SELECTION,
  onMenuClick,
} from '@/entrypoints/background/handlers/menus';
import type { TabActions } from '@/entrypoints/background/handlers/tab-actions';
import { createReaderHandlers } from '@/entrypoints/background/handlers/reader';
import { extensionIdentity, registerRouter } from '@/entrypoints/background/router';
import { createSync } from '@/entrypoints/background/sync';
import type { BaoGonDB } from '@/lib/clips/db';
import type { SenderInfo } from '@/lib/protocol';
import type { Clipping, Detection } from '@/lib/types';
import { draft, freshDb } from '../clips/helpers';

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}/`;
const CONTENT: SenderInfo = {
  id: ID,
  url: 'https://vnexpress.net/thoi-su/bai-viet-1.html',
  frameId: 0,
  tab: { id: 7, url: 'https://vnexpress.net/thoi-su/bai-viet-1.html' },
};
const LIBRARY: SenderInfo = {
  id: ID,
  url: `${ORIGIN}library.html`,
  frameId: 0,
  tab: { id: 9, url: `${ORIGIN}library.html` },
};

let db: BaoGonDB;
const afterDetection = vi.fn(async (_tabId: number, _d: Detection) => true);
const sanitize = vi.fn((html: string) => html.replace(/<script[\s\S]*?<\/script>/g, ''));
/** Tab id → URL as the browser reports it (the popup's `?tabId=N`). */
const tabUrls = new Map<number, string>();
const tabUrl = async (id: number) => tabUrls.get(id) ?? null;

/** Delivers a message the way the browser would and resolves with what the background answered. */
function send(message: unknown, sender: SenderInfo): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve);
  });
}

beforeEach(() => {
  db = freshDb();
  sanitize.mockClear();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    ((key: string, subs?: string | string[]) =>
      `${key}${subs ? `:${[subs].flat().join('|')}` : ''}`) as typeof fakeBrowser.i18n.getMessage,
  );
  afterDetection.mockClear();
  registerRouter({
    ...createBadgeHandlers(afterDetection),
    ...createClipHandlers({ db, sanitize, tabUrl }),
    ...createSettingsHandlers({ load: async () => DEFAULT_SETTINGS, save: async () => DEFAULT_SETTINGS }),
    ...createSync(db).handlers,
    ...createReaderHandlers({
      db,
      me: extensionIdentity(),
      sanitize,
      tabUrl: async (id) => tabUrls.get(id) ?? undefined,
      closeReader: async () => {},
    }),
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const news: Detection = {
  isVietnamese: true,
  isNewsArticle: true,
  isVietnameseNews: true,
  score: 0.92,
  reasons: ['langDeclaredVi', 'ogArticle'],
};

describe('page.detected → badge', () => {
  it.each([
    ['Vietnamese news', news, 'VN', 'bgBadgeTitleNews:92%'],
    ['not news', { ...news, isNewsArticle: false, isVietnameseNews: false, reasons: [] }, '', 'actionTitle'],
  ])('%s', async (_l, detection, text, title) => {
    expect(await send({ type: 'page.detected', payload: { detection, url: CONTENT.url } }, CONTENT)).toEqual({
      ok: true,
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe(text);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe(title);
    expect(afterDetection).toHaveBeenCalledWith(7, detection);
  });

  it('a failing after-detection step (auto-open) does not fail the message', async () => {
    afterDetection.mockRejectedValueOnce(new Error('cannot inject'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(
      await send({ type: 'page.detected', payload: { detection: news, url: CONTENT.url } }, CONTENT),
    ).toEqual({ ok: true });
    expect(warn).toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('VN');
  });

  it('the tooltip never shows text a content script sent (spoofed reasons)', async () => {
    const spoof = { ...news, reasons: ['Cảnh báo: tài khoản bị khoá, gọi 0900 000 000'] };
    await send({ type: 'page.detected', payload: { detection: spoof, url: CONTENT.url } }, CONTENT);
    const title = await fakeBrowser.action.getTitle({ tabId: 7 });
    expect(title).toBe('bgBadgeTitleNews:92%');
    expect(title).not.toContain('0900');
  });

  it('a detection from an extension page without a tab changes no badge', async () => {
    expect(
      await send(
        { type: 'page.detected', payload: { detection: news, url: CONTENT.url } },
        { id: ID, url: `${ORIGIN}popup.html` },
      ),
    ).toEqual({ ok: true });
    expect(afterDetection).not.toHaveBeenCalled();
  });

  it('a detection from a foreign extension changes nothing', async () => {
    const res = await send(
      { type: 'page.detected', payload: { detection: news, url: CONTENT.url } },
      { ...CONTENT, id: 'evil' },
    );
    expect(res).toMatchObject({ error: { code: 'forbidden' } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });
});

describe('clip.* through the router', () => {
  it('a content script saves (html re-sanitised), finds it by URL, cannot delete it; the library page can, and undo', async () => {
    const d = draft({ url: CONTENT.url!, html: '<p>Chào</p><script>alert(1)</script>' });
    const saved = (await send({ type: 'clip.save', payload: { draft: d } }, CONTENT)) as {
      clipping: Clipping;
      alreadySaved: boolean;
    };
    expect(saved.alreadySaved).toBe(false);
    expect(saved.clipping.html).toBe('<p>Chào</p>');
    expect(sanitize).toHaveBeenCalledWith(d.html, d.text);
    expect(((await db.clippings.get(saved.clipping.id)) as Clipping).html).toBe('<p>Chào</p>');

    const again = (await send({ type: 'clip.save', payload: { draft: d } }, CONTENT)) as {
      alreadySaved: boolean;
    };
    expect(again.alreadySaved).toBe(true);

    const got = (await send(
      { type: 'clip.getByUrl', payload: { url: `${CONTENT.url}?utm_source=x` } },
      CONTENT,
    )) as { clipping: Clipping };
    expect(got.clipping.id).toBe(saved.clipping.id);

    const refused = await send({ type: 'clip.delete', payload: { ids: [saved.clipping.id] } }, CONTENT);
    expect(refused).toMatchObject({ error: { code: 'forbidden' } });
    expect(await db.clippings.count()).toBe(1);

    const deleted = (await send({ type: 'clip.delete', payload: { ids: [saved.clipping.id] } }, LIBRARY)) as {
      deleted: string[];
    };
    expect(deleted.deleted).toEqual([saved.clipping.id]);
    expect(await db.clippings.count()).toBe(0);
    expect(await db.trash.count()).toBe(1);

    const refusedRestore = await send({ type: 'clip.restore', payload: { ids: deleted.deleted } }, CONTENT);
    expect(refusedRestore).toMatchObject({ error: { code: 'forbidden' } });
    const restored = await send({ type: 'clip.restore', payload: { ids: deleted.deleted } }, LIBRARY);
    expect(restored).toEqual({ restored: [saved.clipping.id], conflicts: [], missing: [] });
    expect((await db.clippings.get(saved.clipping.id))?.title).toBe(d.title);
    expect(await db.trash.count()).toBe(0);
  });

  it('clip.delete and clip.restore carry ids only: 300 clippings of ~47 KB give answers of a few KB', async () => {
    const body = 'Chiều 1/3, Bộ trưởng làm việc với lãnh đạo tỉnh về dự án. '.repeat(800);
    for (let i = 0; i < 300; i++) {
      await send(
        {
          type: 'clip.save',
          payload: {
            draft: draft({ url: `https://other.example/bai-${i}`, text: body, html: `<p>${body}</p>` }),
          },
        },
        LIBRARY,
      );
    }
    const before = (await db.clippings.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    expect(JSON.stringify(before).length).toBeGreaterThan(300 * 47_000);
    const ids = before.map((c) => c.id);
    const res = await send({ type: 'clip.delete', payload: { ids } }, LIBRARY);
    expect(JSON.stringify(res).length).toBeLessThan(20_000);
    expect(await db.clippings.count()).toBe(0);
    const back = await send({ type: 'clip.restore', payload: { ids } }, LIBRARY);
    expect(JSON.stringify(back).length).toBeLessThan(20_000);
    const after = (await db.clippings.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    expect(after).toEqual(before);
  });

  it('clip.save from a content script: only the exact page it runs in, not another page of its site', async () => {
    const res = (await send(
      {
        type: 'clip.save',
        payload: { draft: draft({ url: 'https://vnexpress.net/kinh-te/bai-khac.html' }) },
      },
      CONTENT,
    )) as { error: { code: string; reason: string } };
    expect(res.error).toMatchObject({ code: 'forbidden', reason: 'wrong-page' });
    expect(await db.clippings.count()).toBe(0);
  });

  it('clip.save from the popup with ?tabId=N: the draft must be of that tab’s page as the browser sees it', async () => {
    const POPUP_PAGE: SenderInfo = { id: ID, url: `${ORIGIN}popup.html?tabId=5`, frameId: 0 };
    const victim = (await send(
      {
        type: 'clip.save',
        payload: { draft: draft({ url: 'https://victim.example/a', note: 'ghi chú của tôi' }) },
      },
      LIBRARY,
    )) as { clipping: Clipping };
    tabUrls.set(5, 'https://attacker.example/page');
    const forged = (await send(
      {
        type: 'clip.save',
        payload: {
          draft: draft({
            url: 'https://victim.example/a',
            title: 'Giả mạo',
            text: 'giả',
            html: '<p>giả</p>',
          }),
          tabId: 5,
        },
      },
      POPUP_PAGE,
    )) as { error: { code: string; reason: string; message: string } };
    expect(forged.error).toMatchObject({ code: 'forbidden', reason: 'wrong-page' });
    expect(await db.clippings.get(victim.clipping.id)).toMatchObject({
      title: victim.clipping.title,
      note: 'ghi chú của tôi',
    });
    tabUrls.set(5, 'https://victim.example/a#top');
    const honest = (await send(
      { type: 'clip.save', payload: { draft: draft({ url: 'https://victim.example/a' }), tabId: 5 } },
      POPUP_PAGE,
    )) as {
      alreadySaved: boolean;
    };
    expect(honest.alreadySaved).toBe(true);
    tabUrls.delete(5);
    const gone = (await send(
      { type: 'clip.save', payload: { draft: draft({ url: 'https://victim.example/a' }), tabId: 5 } },
      POPUP_PAGE,
    )) as {
      error: { reason: string };
    };
    expect(gone.error.reason).toBe('tab-gone');
  });

  it.each([
    'javascript:alert(1)//x',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'about:blank',
  ])('clip.save refuses %s with a clear message', async (url) => {
    for (const sender of [LIBRARY, { ...CONTENT, url, tab: { id: 7, url } }]) {
      const res = (await send({ type: 'clip.save', payload: { draft: draft({ url }) } }, sender)) as {
        error: { code: string; reason: string; message: string };
      };
      expect(res.error).toMatchObject({ code: 'invalid', reason: 'unsupported-url' });
      expect(res.error.message).toMatch(/http:\/\/ hoặc https:\/\//);
    }
    expect(await db.clippings.count()).toBe(0);
  });

  it('clip.save: a content script may only save a page of its own origin', async () => {
    const res = await send(
      { type: 'clip.save', payload: { draft: draft({ url: 'https://other.example/a' }) } },
      CONTENT,
    );
    expect(res).toMatchObject({ error: { code: 'forbidden' } });
    expect(await db.clippings.count()).toBe(0);
    const fromLibrary = (await send(
      { type: 'clip.save', payload: { draft: draft({ url: 'https://other.example/a' }) } },
      LIBRARY,
    )) as {
      alreadySaved: boolean;
    };
    expect(fromLibrary.alreadySaved).toBe(false);
  });

  it('clip.getByUrl: a content script may only read clippings of its own origin', async () => {
    await send({ type: 'clip.save', payload: { draft: draft({ url: 'https://other.example/a' }) } }, LIBRARY);
    const refused = await send(
      { type: 'clip.getByUrl', payload: { url: 'https://other.example/a' } },
      CONTENT,
    );
    expect(refused).toMatchObject({ error: { code: 'forbidden' } });
    const fromLibrary = (await send(
      { type: 'clip.getByUrl', payload: { url: 'https://other.example/a' } },
      LIBRARY,
    )) as {
      clipping: Clipping | null;
    };
    expect(fromLibrary.clipping?.url).toBe('https://other.example/a');
  });

  it('clip.update: allowed from the clipping’s own page and extension pages, refused from another page', async () => {
    const { clipping } = (await send(
      { type: 'clip.save', payload: { draft: draft({ url: CONTENT.url! }) } },
      CONTENT,
    )) as { clipping: Clipping };
    const other: SenderInfo = {
      ...CONTENT,
      url: 'https://evil.example/',
      tab: { id: 8, url: 'https://evil.example/' },
    };
    expect(
      await send({ type: 'clip.update', payload: { id: clipping.id, patch: { note: 'x' } } }, other),
    ).toMatchObject({
      error: { code: 'forbidden' },
    });
    const own = (await send(
      { type: 'clip.update', payload: { id: clipping.id, patch: { note: 'của trang' } } },
      CONTENT,
    )) as { clipping: Clipping };
    expect(own.clipping.note).toBe('của trang');
    const lib = (await send(
      { type: 'clip.update', payload: { id: clipping.id, patch: { tags: ['a'] } } },
      LIBRARY,
    )) as { clipping: Clipping };
    expect(lib.clipping).toMatchObject({ note: 'của trang', tags: ['a'] });
  });

  it('a storage failure comes back as a typed error and leaves the data intact', async () => {
    const { clipping } = (await send(
      { type: 'clip.save', payload: { draft: draft({ url: CONTENT.url! }) } },
      CONTENT,
    )) as { clipping: Clipping };
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const res = (await send(
      { type: 'clip.save', payload: { draft: draft({ url: CONTENT.url!, note: 'mới', text: 'khác' }) } },
      CONTENT,
    )) as {
      error: { code: string; reason: string; message: string };
    };
    spy.mockRestore();
    expect(res.error).toMatchObject({ code: 'failed', reason: 'quota' });
    expect(res.error.message).toMatch(/Bộ nhớ của trình duyệt đã đầy/);
    expect(((await db.clippings.get(clipping.id)) as Clipping).text).toBe(clipping.text);
  });
});

describe('menus and commands', () => {
  function tabs(): TabActions & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      ensureReader: vi.fn(async (id: number) => calls.push(`ensure:${id}`)),
      sendToTab: vi.fn(async (id: number, m: { type: string }) => calls.push(`${m.type}:${id}`)),
    };
  }

  it('creates a page menu and a selection menu with localised titles', async () => {
    const created: unknown[] = [];
    fakeBrowser.contextMenus.removeAll = vi.fn(async () => {}) as never;
    fakeBrowser.contextMenus.create = vi.fn((p: unknown) => {
      created.push(p);
      return 'x';
    }) as never;
    await createMenus();
    expect(created).toEqual([
      { id: MENU_READ, title: 'bgMenuRead', contexts: ['page'] },
      { id: MENU_SAVE_SELECTION, title: 'bgMenuSaveSelection', contexts: ['selection'] },
    ]);
  });

  it.each([
    [MENU_READ, ['ensure:4', 'reader.open:4']],
    [MENU_SAVE_SELECTION, ['ensure:4', 'selection.save:4']],
    ['other', []],
  ])('menu %s', async (menuItemId, expected) => {
    const t = tabs();
    await onMenuClick(t, { menuItemId, selectionText: 'Bộ Nội vụ' }, { id: 4 });
    expect(t.calls).toEqual(expected);
  });

  it('passes the selected text to the tab', async () => {
    const t = tabs();
    await onMenuClick(t, { menuItemId: MENU_SAVE_SELECTION, selectionText: 'Bộ Nội vụ' }, { id: 4 });
    expect(t.sendToTab).toHaveBeenCalledWith(4, { type: 'selection.save', selectionText: 'Bộ Nội vụ' });
  });

  it.each([
    ['open-reader', ['ensure:3', 'reader.toggle:3']],
    ['save-clip', ['ensure:3', 'selection.save:3']],
    ['unknown', []],
  ])('command %s', async (command, expected) => {
    const t = tabs();
    await onCommand(t, command, { id: 3 });
    expect(t.calls).toEqual(expected);
  });

  it('a command without a tab goes to the active tab', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 12 }]) as never);
    const t = tabs();
    await onCommand(t, 'open-reader');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(t.calls).toEqual(['ensure:12', 'reader.toggle:12']);
  });

  it('a failing injection is reported, not thrown', async () => {
    const t = tabs();
    t.ensureReader = vi.fn(async () => {
      throw new Error('Cannot access a chrome:// URL');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await onMenuClick(t, { menuItemId: MENU_READ }, { id: 4 })).toBe(false);
    expect(warn).toHaveBeenCalled();
  });
});
