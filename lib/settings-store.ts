/**
 * The user's settings in the extension-origin database (table `settings`, row 'settings'), out of
 * content scripts' reach, and the part of them a content script may see. No `browser.*` here.
 */
import type { BaoGonDB } from './clips/db';
import type { PageSettings } from './protocol';
import { normalizeSettings, type Settings } from './settings';

/** Key of the settings row (also the old `storage.local` key migrated from). */
export const SETTINGS_KEY = 'settings';

/** The stored settings, defaults filled in. */
export async function readSettings(db: BaoGonDB): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  return normalizeSettings(row?.value);
}

/** Applies a patch in one transaction; returns the settings now stored. */
export function writeSettings(db: BaoGonDB, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = normalizeSettings({ ...(await readSettings(db)), ...patch });
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}

/** Marker row: the one-time move out of `storage.local` has happened. */
export const MIGRATED_KEY = 'settings-migrated-from-storage-local';

/**
 * Copies settings kept by older versions (in `storage.local`) into the database, ONCE: after the
 * first call a marker row makes every later call ignore `storage.local` (which content scripts can
 * write), and settings already in the database are never overwritten. True when something was copied.
 */
export function migrateLegacySettings(db: BaoGonDB, legacy: unknown): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    if (await db.settings.get(MIGRATED_KEY)) return false;
    await db.settings.put({ key: MIGRATED_KEY, value: new Date().toISOString() });
    if (!legacy || typeof legacy !== 'object') return false;
    if (await db.settings.get(SETTINGS_KEY)) return false;
    await db.settings.put({ key: SETTINGS_KEY, value: normalizeSettings(legacy) });
    return true;
  });
}

/** What a web page's content script gets: never `autoOpenReader` or `detectAllSites`. */
export function pageSettings(s: Settings): PageSettings {
  return {
    reader: { ...s.reader },
    entityTypesShown: { ...s.entityTypesShown },
    entityColors: { ...s.entityColors },
    watchlist: [...s.watchlist],
    uiLanguage: s.uiLanguage,
  };
}
