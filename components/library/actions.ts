/** What the library changes, through background messages (injectable for tests). */
import { sendMessage } from '@/components/browser/messaging';
import type { RestoreOutcome } from '@/lib/clips/trash';
import type { ClipPatch } from '@/lib/protocol';
import type { Clipping } from '@/lib/types';

export interface LibraryActions {
  /** Changes one clipping (tags, collection…); resolves to the new record or null. */
  update(id: string, patch: ClipPatch): Promise<Clipping | null>;
  /** Moves clippings to the trash (one chunk of ids); resolves to the ids moved. */
  remove(ids: string[]): Promise<string[]>;
  /** Moves clippings back from the trash by id (one chunk). */
  restore(ids: string[]): Promise<RestoreOutcome>;
  /** Opens an extension page in a new tab (e.g. `/viewer.html?id=…`). */
  openTab(path: string): void;
  /** Offers a file to the user. */
  download(filename: string, mime: string, data: Uint8Array | string): void;
}

/** Starts a download of `data` as `filename` through a temporary object URL. */
export function downloadBlob(filename: string, mime: string, data: Uint8Array | string): void {
  const blob = new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The real actions of the library page. */
export function messageActions(): LibraryActions {
  return {
    update: async (id, patch) => (await sendMessage('clip.update', { id, patch })).clipping,
    remove: async (ids) => (await sendMessage('clip.delete', { ids })).deleted,
    restore: (ids) => sendMessage('clip.restore', { ids }),
    openTab: (path) => {
      void browser.tabs.create({ url: browser.runtime.getURL(path as '/') });
    },
    download: downloadBlob,
  };
}
