/** Background: wires the message handlers, menus, commands and install duties. No logic here. */
import { loadSettings } from '@/components/browser/settings';
import { autoOpenReader, ensureReader, sendToTab } from '@/components/browser/tabs';
import { openDb } from '@/lib/clips/db';
import { sanitizeHtml } from '@/lib/reader/sanitize';
import { createBadgeHandlers } from './handlers/badge';
import { createClipHandlers } from './handlers/clips';
import { registerCommands } from './handlers/commands';
import { registerMenus } from './handlers/menus';
import { registerPersistence } from './lifecycle';
import { registerRouter } from './router';
import { createBackgroundSanitizer } from './sanitize';

export default defineBackground(() => {
  const db = openDb();
  const sanitize = createBackgroundSanitizer(sanitizeHtml);
  const tabs = { ensureReader, sendToTab };
  const afterDetection = async (tabId: number, detection: Parameters<typeof autoOpenReader>[1]) =>
    autoOpenReader(tabId, detection, (await loadSettings()).autoOpenReader);
  registerRouter({ ...createBadgeHandlers(afterDetection), ...createClipHandlers({ db, sanitize }) });
  registerMenus(tabs);
  registerCommands(tabs);
  registerPersistence();
});
