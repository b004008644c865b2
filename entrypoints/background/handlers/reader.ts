/**
 * Reader handover: the reader content script extracts the tab's article and hands it to the
 * background ('reader.open'); the reader frame (an extension page the content script shows in the
 * page's top layer) asks for it ('reader.context') and saves it ('reader.save'). Every URL is the
 * tab's own as the background sees it, never one sent by the page or a script.
 */
import { getClippingByUrl } from '@/lib/clips/clippings';
import type { BaoGonDB } from '@/lib/clips/db';
import { saveClipping } from '@/lib/clips/save';
import { canonicalizeUrl } from '@/lib/clips/url';
import {
  defineHandlers,
  type ExtensionIdentity,
  ProtocolError,
  type ReaderReading,
  type SenderInfo,
} from '@/lib/protocol';
import type { ExtractError } from '@/lib/types';

/** The reader frame's page (WXT output of entrypoints/reader-frame). */
export const READER_FRAME_PAGE = 'reader-frame.html';

export interface ReaderHandlerDeps {
  db: BaoGonDB;
  me: ExtensionIdentity;
  sanitize: (html: string, text: string) => string | Promise<string>;
  /** The tab's URL as the browser knows it (`tabs.get(id).url`). */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  /** Tells the tab's reader content script to close its host. */
  closeReader: (tabId: number) => Promise<void>;
}

interface Handover {
  reading: ReaderReading | ExtractError;
  /** The document's URL when it was loaded (before any pushState/replaceState). */
  loadedUrl: string;
}

const origin = (me: ExtensionIdentity) =>
  me.extensionOrigin.endsWith('/') ? me.extensionOrigin : `${me.extensionOrigin}/`;

/** The page URL without its fragment (the part that names a document). */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** The tab of a reader frame: our reader page shown inside a web tab. */
export function frameTab(sender: SenderInfo, me: ExtensionIdentity): number {
  const ok =
    typeof sender.url === 'string' &&
    sender.url.startsWith(`${origin(me)}${READER_FRAME_PAGE}`) &&
    typeof sender.tab?.id === 'number' &&
    sender.tab.id >= 0;
  if (!ok) throw new ProtocolError('forbidden', 'Từ chối: chỉ khung đọc của Báo Gọn. / Refused: reader frame only.');
  return sender.tab?.id as number;
}

/** The tab of a content script in a web page's top frame. */
export function contentTab(sender: SenderInfo, me: ExtensionIdentity): number {
  const ok =
    typeof sender.tab?.id === 'number' &&
    sender.tab.id >= 0 &&
    (sender.frameId ?? 0) === 0 &&
    !(sender.url ?? '').startsWith(origin(me));
  if (!ok) throw new ProtocolError('forbidden', 'Từ chối: chỉ trang trong thẻ. / Refused: tab content script only.');
  return sender.tab?.id as number;
}

/** Handlers of the reader group; handovers live in memory, one per tab. */
export function createReaderHandlers(deps: ReaderHandlerDeps) {
  const handovers = new Map<number, Handover>();
  const urlOf = async (tabId: number): Promise<string> => {
    const url = await deps.tabUrl(tabId);
    if (!url || !/^https?:/i.test(url)) {
      throw new ProtocolError('forbidden', 'Chỉ lưu được trang web http(s). / Only http(s) pages can be saved.');
    }
    return url;
  };
  return defineHandlers({
    'reader.open': async ({ reading, loadedUrl }, { sender }) => {
      handovers.set(contentTab(sender, deps.me), { reading, loadedUrl });
      return { ok: true as const };
    },
    'reader.context': async (_p, { sender }) => {
      const tabId = frameTab(sender, deps.me);
      const handover = handovers.get(tabId);
      const url = await deps.tabUrl(tabId);
      if (!handover || !url) {
        throw new ProtocolError('failed', 'Không có bài cho khung đọc này. / No article for this reader.');
      }
      const moved = pageKey(handover.loadedUrl) !== pageKey(url);
      const existing =
        moved || !/^https?:/i.test(url) || 'error' in handover.reading
          ? null
          : await getClippingByUrl(deps.db, url);
      return { url, reading: handover.reading, moved, existing };
    },
    'reader.save': async ({ url, draft }, { sender }) => {
      const tabId = frameTab(sender, deps.me);
      const now = await urlOf(tabId);
      const handover = handovers.get(tabId);
      if (
        canonicalizeUrl(now) !== canonicalizeUrl(url) ||
        (handover && pageKey(handover.loadedUrl) !== pageKey(now))
      ) {
        throw new ProtocolError(
          'forbidden',
          'Trang đã đổi địa chỉ từ khi mở chế độ đọc; hãy tải lại trang. / The page changed its address since the reader opened; reload it.',
        );
      }
      const html = await deps.sanitize(draft.html, draft.text);
      return saveClipping(deps.db, { ...draft, kind: 'article', url: now, html });
    },
    'reader.close': async (_p, { sender }) => {
      await deps.closeReader(frameTab(sender, deps.me));
      return { ok: true as const };
    },
  });
}
