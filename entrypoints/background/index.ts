/** Background: wires the message handlers, menus, commands and install duties. No logic here. */
import { loadSettings } from '@/components/settings';
import { autoOpenReader, ensureReader, sendToTab } from '@/components/tabs';
import { openDb } from '@/lib/clips/db';
import { sanitizeHtml } from '@/lib/reader/sanitize';
import { createBadgeHandlers } from './handlers/badge';
import { createClipHandlers } from './handlers/clips';
import { registerCommands } from './handlers/commands';
import { registerMenus } from './handlers/menus';
import { registerPersistence } from './lifecycle';
import { registerRouter } from './router';
import { createBackgroundSanitizer } from './sanitize';
import { afterClipChanges, createSync } from './sync';

export default defineBackground(() => {
  const db = openDb();
  const sanitize = createBackgroundSanitizer(sanitizeHtml);
  const tabs = { ensureReader, sendToTab };
  const afterDetection = async (tabId: number, detection: Parameters<typeof autoOpenReader>[1]) =>
    autoOpenReader(tabId, detection, (await loadSettings()).autoOpenReader);
  const sync = createSync(db);
  registerRouter({
    ...createBadgeHandlers(afterDetection),
    ...afterClipChanges(createClipHandlers({ db, sanitize }), sync.service),
    ...sync.handlers,
  });
  registerMenus(tabs);
  registerCommands(tabs);
  registerPersistence();
});
