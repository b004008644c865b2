/** The real popup services: tabs through components/browser/tabs, clippings through background messages. */
import { sendMessage } from '@/components/browser/messaging';
import { detectTab, extractDraft, openReader } from '@/components/browser/tabs';
import type { ClipDraft } from '@/lib/clips/draft';
import { createCollection } from '@/lib/clips/collections';
import { openDb } from '@/lib/clips/db';
import { loadSettings, saveSettings } from '@/components/browser/settings';
import type { Detection } from '@/lib/types';
import type { PopupServices } from './types';

/** Reads `?tabId=N` from a location search string (null when absent or not a tab id). */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** A draft-looking answer from the tab (anything else means the page has no article). */
function asDraft(value: unknown): ClipDraft {
  const v = value as { draft?: ClipDraft; error?: string } | ClipDraft | null;
  if (v && typeof v === 'object' && 'draft' in v && v.draft) return v.draft;
  if (v && typeof v === 'object' && 'url' in v && 'text' in v) return v as ClipDraft;
  const reason = v && typeof v === 'object' && 'error' in v && typeof v.error === 'string' ? v.error : '';
  throw new Error(reason || 'no-article');
}

/** A detection-looking answer (the tab module may wrap it). */
function asDetection(value: unknown): Detection | null {
  const v = value as { detection?: Detection } | Detection | null;
  if (!v || typeof v !== 'object') return null;
  if ('detection' in v && v.detection) return v.detection;
  if ('isVietnameseNews' in v) return v as Detection;
  return null;
}

/** Builds the services for the popup shown at `location`. */
export async function createPopupServices(location: Location): Promise<PopupServices> {
  const explicit = tabIdFromSearch(location.search);
  let tabId = explicit;
  if (tabId === null) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = typeof tab?.id === 'number' ? tab.id : null;
  }
  const db = openDb();
  return {
    db,
    tabId,
    explicitTab: explicit !== null,
    async tabUrl(id) {
      try {
        return (await browser.tabs.get(id)).url ?? null;
      } catch {
        return null;
      }
    },
    async detect(id) {
      try {
        return asDetection(await detectTab(id));
      } catch {
        return null;
      }
    },
    async getByUrl(url) {
      if (!URL.canParse(url) || !/^https?:/.test(url)) return null;
      return (await sendMessage('clip.getByUrl', { url })).clipping;
    },
    async openReader(id) {
      await openReader(id);
    },
    async extractDraft(id) {
      return asDraft(await extractDraft(id));
    },
    // The background compares the draft's URL with this tab's URL as the browser reports it.
    save: (draft) => sendMessage('clip.save', tabId === null ? { draft } : { draft, tabId }),
    async remove(ids) {
      return (await sendMessage('clip.delete', { ids })).deleted;
    },
    async restore(ids) {
      return (await sendMessage('clip.restore', { ids })).restored;
    },
    async file(id, patch) {
      await sendMessage('clip.update', { id, patch });
    },
    async createCollection(name) {
      return (await createCollection(db, name)).id;
    },
    async lastCollection() {
      return (await loadSettings()).lastCollectionId;
    },
    async rememberCollection(id) {
      await saveSettings({ lastCollectionId: id });
    },
    async openTab(path) {
      const url = /^[a-z-]+:/.test(path) ? path : browser.runtime.getURL(path as '/');
      await browser.tabs.create({ url });
    },
    closeWindow: () => window.close(),
  };
}
