/** What the options page needs from the browser, injectable for tests. */
import { loadSettings, saveSettings } from '@/components/browser/settings';
import { type BaoGonDB, openDb } from '@/lib/clips/db';
import type { Settings } from '@/lib/settings';

/** The part of `navigator.storage` the page uses. */
export interface StorageInfo {
  estimate(): Promise<{ usage?: number; quota?: number }>;
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

export interface OptionsServices {
  db: BaoGonDB;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /**
   * Asks for the optional host permission for all sites (`ALL_SITES`). Call it synchronously inside a click/change
   * handler (browsers require a user gesture). Resolves to true when granted.
   */
  requestAllSites(): Promise<boolean>;
  /** Whether the optional host permission for all sites is granted now. */
  hasAllSites(): Promise<boolean>;
  /** Gives the optional host permission back. */
  releaseAllSites(): Promise<void>;
  storage: StorageInfo | null;
  /** Asks (inside a click) for the optional host permission of one origin pattern, e.g. a sync server. */
  requestOrigin?(pattern: string): Promise<boolean>;
  /** Clipping ids handed over by the library (`options.html?export=id,id`), or null. */
  selection: string[] | null;
}

/** The optional host permission for detection on all sites (every http/https origin). */
export const ALL_SITES = { origins: ['*://*/*'] };

/** Reads `?export=id,id,...` (ids as in the database; at most 100,000). */
export function selectionFromSearch(search: string): string[] | null {
  const raw = new URLSearchParams(search).get('export');
  if (raw === null) return null;
  const ids = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  return ids.slice(0, 100_000);
}

/** The real services of the options page. */
export function createOptionsServices(location: Location): OptionsServices {
  const storage =
    typeof navigator.storage?.estimate === 'function' ? (navigator.storage as StorageInfo) : null;
  return {
    db: openDb(),
    loadSettings,
    saveSettings,
    requestAllSites: () => browser.permissions.request(ALL_SITES),
    hasAllSites: () => browser.permissions.contains(ALL_SITES),
    releaseAllSites: async () => {
      await browser.permissions.remove(ALL_SITES);
    },
    storage,
    requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
    selection: selectionFromSearch(location.search),
  };
}
