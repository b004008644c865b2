/**
 * Settings live in the extension-origin database, not in storage.local (which content scripts can
 * read and write); a page's content script gets only the page-safe part, through the background.
 */
import type { CompleteHandlerTable } from '@/lib/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsHandlers } from '@/entrypoints/background/handlers/settings';
import { registerRouter } from '@/entrypoints/background/router';
import type { BaoGonDB } from '@/lib/clips/db';
import type { SenderInfo } from '@/lib/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { migrateLegacySettings, readSettings, writeSettings } from '@/lib/settings-store';
import { freshDb } from '../clips/helpers';

const ID = fakeBrowser.runtime.id;
const CONTENT: SenderInfo = {
  id: ID,
  url: 'https://vnexpress.net/a.html',
  frameId: 0,
  tab: { id: 3, url: 'https://vnexpress.net/a.html' },
};

let db: BaoGonDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

function send(message: unknown, sender: SenderInfo): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve);
  });
}

describe('settings in the extension database', () => {
  it('components/settings moves old storage.local settings into the database once and removes them', async () => {
    vi.resetModules();
    await fakeBrowser.storage.local.set({
      settings: { autoOpenReader: true, watchlist: ['Nguyễn Văn A'], reader: { theme: 'dark' } },
    });
    const mod = await import('@/components/browser/settings');
    const s = await mod.loadSettings();
    expect(s).toMatchObject({ autoOpenReader: true, watchlist: ['Nguyễn Văn A'] });
    expect(s.reader.theme).toBe('dark');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    const saved = await mod.saveSettings({ detectAllSites: true });
    expect(saved.detectAllSites).toBe(true);
    // Nothing a content script could read or change appears in storage.local.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await mod.loadSettings()).detectAllSites).toBe(true);
  });

  it('after the one-time move, settings a content script writes into storage.local are ignored', async () => {
    expect(await migrateLegacySettings(db, undefined)).toBe(false);
    expect(await migrateLegacySettings(db, { autoOpenReader: true, watchlist: ['giả'] })).toBe(false);
    expect(await readSettings(db)).toMatchObject({ autoOpenReader: false, watchlist: [] });
  });

  it('migration never overwrites settings already in the database', async () => {
    await writeSettings(db, { watchlist: ['mới'] });
    expect(await migrateLegacySettings(db, { watchlist: ['cũ'] })).toBe(false);
    expect((await readSettings(db)).watchlist).toEqual(['mới']);
  });

  it('settings.page gives a content script no private field; settings.pageUpdate cannot change one', async () => {
    await writeSettings(db, { autoOpenReader: true, detectAllSites: true, watchlist: ['X'] });
    registerRouter(
      createSettingsHandlers({
        load: () => readSettings(db),
        save: (p) => writeSettings(db, p),
      }) as unknown as CompleteHandlerTable,
      { runtimeId: ID, extensionOrigin: `chrome-extension://${ID}/` },
    );
    const page = (await send({ type: 'settings.page', payload: {} }, CONTENT)) as {
      settings: Record<string, unknown>;
    };
    expect(Object.keys(page.settings).sort()).toEqual(
      ['entityColors', 'entityTypesShown', 'reader', 'uiLanguage', 'watchlist'].sort(),
    );
    const res = await send(
      {
        type: 'settings.pageUpdate',
        payload: {
          reader: { ...DEFAULT_SETTINGS.reader, fontSize: 22 },
          autoOpenReader: false,
          detectAllSites: false,
          watchlist: [],
        },
      },
      CONTENT,
    );
    expect(res).toMatchObject({ settings: { reader: { fontSize: 22 }, watchlist: ['X'] } });
    expect(await readSettings(db)).toMatchObject({
      autoOpenReader: true,
      detectAllSites: true,
      watchlist: ['X'],
      reader: { fontSize: 22 },
    });
  });
});
