/** 'settings.page' / 'settings.pageUpdate': the part of the settings a content script may see and change. */
import { defineHandlers, type PageSettings } from '@/lib/protocol';
import type { Settings } from '@/lib/settings';
import { pageSettings } from '@/lib/settings-store';

export interface SettingsHandlerDeps {
  load: () => Promise<Settings>;
  save: (patch: Partial<Settings>) => Promise<Settings>;
}

export function createSettingsHandlers({ load, save }: SettingsHandlerDeps) {
  return defineHandlers({
    'settings.page': async (): Promise<{ settings: PageSettings }> => ({
      settings: pageSettings(await load()),
    }),
    'settings.pageUpdate': async (patch) => {
      const allowed: Partial<Settings> = {};
      if (patch.reader) allowed.reader = patch.reader;
      if (patch.entityTypesShown) allowed.entityTypesShown = patch.entityTypesShown;
      return { settings: pageSettings(await save(allowed)) };
    },
  });
}
