/** Background: wires the message handlers, menus, commands and install duties. No logic here. */
import { loadSettings, migrateSettingsOnce, saveSettings } from '@/components/browser/settings';
import { autoOpenReader, ensureReader, sendToTab } from '@/components/browser/tabs';
import { openDb } from '@/lib/clips/db';
import { purgeTrash } from '@/lib/clips/trash';
import { sanitizeHtml } from '@/lib/reader/sanitize';
import { createBadgeHandlers } from './handlers/badge';
import { createClipHandlers } from './handlers/clips';
import { createSettingsHandlers } from './handlers/settings';
import { registerCommands } from './handlers/commands';
import { registerMenus } from './handlers/menus';
import { createReaderHandlers } from './handlers/reader';
import { registerPersistence } from './lifecycle';
import { extensionIdentity, registerRouter } from './router';
import { createBackgroundSanitizer } from './sanitize';
import { afterClipChanges, createSync } from './sync';

export default defineBackground(() => {
  const db = openDb();
  const sanitize = createBackgroundSanitizer(sanitizeHtml);
  const tabs = { ensureReader, sendToTab };
  const afterDetection = async (tabId: number, detection: Parameters<typeof autoOpenReader>[1]) =>
    autoOpenReader(tabId, detection, (await loadSettings()).autoOpenReader);
  const tabUrl = async (tabId: number) => {
    try {
      return (await browser.tabs.get(tabId)).url ?? null;
    } catch {
      return null;
    }
  };
  const reader = createReaderHandlers({
    db,
    me: extensionIdentity(),
    sanitize,
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    closeReader: async (tabId) => {
      await sendToTab(tabId, { type: 'reader.close' });
    },
  });
  const sync = createSync(db);
  registerRouter({
    ...createBadgeHandlers(afterDetection),
    ...afterClipChanges(createClipHandlers({ db, sanitize, tabUrl }), sync.service),
    ...sync.handlers,
    ...reader,
    ...createSettingsHandlers({ load: loadSettings, save: saveSettings }),
  });
  // Settings of older versions leave storage.local (readable by content scripts) for the database.
  void migrateSettingsOnce().catch((err) => console.warn('[bao-gon] settings migration', err));
  // Deleted clippings stay restorable for TRASH_RETENTION_DAYS; older ones go at start-up.
  void purgeTrash(db).catch((err) => console.warn('[bao-gon] purge trash', err));
  registerMenus(tabs);
  registerCommands(tabs);
  registerPersistence();
});
