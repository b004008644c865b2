/**
 * Settings for content scripts in web pages: only what they need, through messages the
 * background answers ('settings.page', 'settings.pageUpdate'). Private settings (autoOpenReader,
 * detectAllSites) never reach a page's content script, and nothing here touches extension storage.
 */
import { sendMessage } from '@/components/browser/messaging';
import type { PageSettingsPatch } from '@/lib/protocol';
import { normalizeSettings, type Settings } from '@/lib/settings';

/** The page-visible settings (private fields at their defaults). */
export async function loadPageSettings(): Promise<Settings> {
  const { settings } = await sendMessage('settings.page', {});
  return normalizeSettings(settings);
}

/** Changes the reader's look or entity toggles; other fields of `patch` are not sent. */
export async function savePageSettings(patch: Partial<Settings>): Promise<Settings> {
  const allowed: PageSettingsPatch = {};
  if (patch.reader) allowed.reader = patch.reader;
  if (patch.entityTypesShown) allowed.entityTypesShown = patch.entityTypesShown;
  const { settings } = await sendMessage('settings.pageUpdate', allowed);
  return normalizeSettings(settings);
}
