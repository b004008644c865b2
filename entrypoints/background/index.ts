/** Background: wires the message handlers, menus, commands and install duties. No logic here. */
import { loadSettings } from '@/components/settings';
import { autoOpenReader, ensureReader, sendToTab } from '@/components/tabs';
import { openDb } from '@/lib/clips/db';
import { sanitizeHtml } from '@/lib/reader/sanitize';
import { createBadgeHandlers } from './handlers/badge';
import { createClipHandlers } from './handlers/clips';
import { registerCommands } from './handlers/commands';
import { registerMenus } from './handlers/menus';
import { createReaderHandlers } from './handlers/reader';
import { registerPersistence } from './lifecycle';
import { extensionIdentity, registerRouter } from './router';
import { createBackgroundSanitizer } from './sanitize';

export default defineBackground(() => {
  const db = openDb();
  const sanitize = createBackgroundSanitizer(sanitizeHtml);
  const tabs = { ensureReader, sendToTab };
  const afterDetection = async (tabId: number, detection: Parameters<typeof autoOpenReader>[1]) =>
    autoOpenReader(tabId, detection, (await loadSettings()).autoOpenReader);
  const reader = createReaderHandlers({
    db,
    me: extensionIdentity(),
    sanitize,
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    closeReader: async (tabId) => {
      await sendToTab(tabId, { type: 'reader.close' });
    },
  });
  registerRouter({
    ...createBadgeHandlers(afterDetection),
    ...createClipHandlers({ db, sanitize }),
    ...reader,
  });
  registerMenus(tabs);
  registerCommands(tabs);
  registerPersistence();
});
