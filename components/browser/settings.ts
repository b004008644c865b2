/**
 * The user's settings for the background and extension pages: kept in the extension-origin
 * database (lib/settings-store.ts), where content scripts cannot read or write them. Content
 * scripts use components/browser/page-settings.ts (messages answered by the background) instead.
 * Settings kept in `storage.local` by older versions are moved into the database once.
 */
import { liveQuery } from 'dexie';
import { type BaoGonDB, openDb } from '@/lib/clips/db';
import { migrateLegacySettings, readSettings, SETTINGS_KEY, writeSettings } from '@/lib/settings-store';
import type { Settings } from '@/lib/settings';

let db: BaoGonDB | null = null;
let migrated: Promise<void> | null = null;

function database(): BaoGonDB {
  db ??= openDb();
  return db;
}

/** Moves settings of older versions out of `storage.local` (once per context; idempotent). */
export function migrateSettingsOnce(): Promise<void> {
  migrated ??= (async () => {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    await migrateLegacySettings(database(), stored[SETTINGS_KEY]);
    // Anything there now was written after the move (e.g. by a content script): never read, removed.
    if (SETTINGS_KEY in stored) await browser.storage.local.remove(SETTINGS_KEY);
  })().catch((err) => {
    migrated = null;
    throw err;
  });
  return migrated;
}

export async function loadSettings(): Promise<Settings> {
  await migrateSettingsOnce();
  return readSettings(database());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  await migrateSettingsOnce();
  return writeSettings(database(), patch);
}

/** Calls `fn` whenever settings change in any part of the extension. Returns an unsubscribe function. */
export function watchSettings(fn: (s: Settings) => void): () => void {
  let first = true;
  const sub = liveQuery(() => readSettings(database())).subscribe({
    next: (s) => {
      if (first) {
        first = false;
        return;
      }
      fn(s);
    },
    error: (err) => console.warn('[bao-gon] settings', err),
  });
  return () => sub.unsubscribe();
}
