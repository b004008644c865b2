/** What the popup needs from the browser and the background, injectable for tests. */
import type { ClipDraft } from '@/lib/clips/draft';
import type { BaoGonDB } from '@/lib/clips/db';
import type { Clipping, Detection } from '@/lib/types';

export interface PopupServices {
  /** The clippings database (extension origin), read with live queries. */
  db: BaoGonDB;
  /** The tab the popup acts on (from `?tabId=N`, else the active tab), or null. */
  tabId: number | null;
  /** True when opened as a page with `?tabId=N` (then the popup never closes itself). */
  explicitTab: boolean;
  /** The URL of the tab, when the extension may know it. */
  tabUrl(tabId: number): Promise<string | null>;
  /** The detector's verdict on the tab's page, or null when the page cannot be asked. */
  detect(tabId: number): Promise<Detection | null>;
  /** The article clipping of a URL, or null. */
  getByUrl(url: string): Promise<Clipping | null>;
  /** Opens the reader overlay in the tab. */
  openReader(tabId: number): Promise<void>;
  /** Asks the tab for a clipping draft of its article. */
  extractDraft(tabId: number): Promise<ClipDraft>;
  /** Saves a draft; returns the clipping. */
  save(draft: ClipDraft): Promise<{ clipping: Clipping; alreadySaved: boolean }>;
  /** Moves clippings to the trash; returns the ids moved (for undo). */
  remove(ids: string[]): Promise<string[]>;
  /** Moves clippings back from the trash by id; returns the ids restored. */
  restore(ids: string[]): Promise<string[]>;
  /** Opens an extension page (e.g. `viewer.html?id=…`) or URL in a new tab. */
  openTab(path: string): Promise<void>;
  /** Closes the popup window. */
  closeWindow(): void;
  /** Files a saved clipping in a collection and sets its tags. */
  file(id: string, patch: { collectionId: string; tags: string[] }): Promise<void>;
  /** Creates a collection; returns its id. */
  createCollection(name: string): Promise<string>;
  /** The collection the last save went to (proposed for the next one). */
  lastCollection(): Promise<string>;
  rememberCollection(id: string): Promise<void>;
}
