/** Background: wires the message handlers, menus, commands and install duties. No logic here. */
import { openDb } from '@/lib/clips/db';
import { badgeHandlers } from './handlers/badge';
import { createClipHandlers } from './handlers/clips';
import { registerCommands } from './handlers/commands';
import { registerMenus } from './handlers/menus';
import { registerPersistence } from './lifecycle';
import { pendingSanitizeHtml as sanitizeHtml, pendingTabs as tabs } from './pending';
import { registerRouter } from './router';
import { createBackgroundSanitizer } from './sanitize';

export default defineBackground(() => {
  const db = openDb();
  const sanitize = createBackgroundSanitizer(sanitizeHtml);
  registerRouter({ ...badgeHandlers, ...createClipHandlers({ db, sanitize }) });
  registerMenus(tabs);
  registerCommands(tabs);
  registerPersistence();
});
