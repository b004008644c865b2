/** Clipping messages: save, get by URL, update, delete to trash, restore from trash — over the Dexie data layer. */
import { getClipping, getClippingByUrl, updateClipping } from '@/lib/clips/clippings';
import type { BaoGonDB } from '@/lib/clips/db';
import { ClipsError } from '@/lib/clips/errors';
import { checkProvenance } from '@/lib/clips/provenance';
import { saveClipping } from '@/lib/clips/save';
import { canonicalizeUrl } from '@/lib/clips/url';
import { purgeTrash, restoreFromTrash, trashClippings } from '@/lib/clips/trash';
import { defineHandlers, ProtocolError, type SenderInfo } from '@/lib/protocol';
import type { Clipping } from '@/lib/types';

export interface ClipHandlerDeps {
  db: BaoGonDB;
  /** Re-sanitises HTML that came from a web page before it is stored (`text` is the plain-text fallback). */
  sanitize: (html: string, text: string) => string | Promise<string>;
  /** The URL of a tab as the browser reports it (null when the tab is gone). */
  tabUrl: (tabId: number) => Promise<string | null>;
}

/** The page a clipping belongs to (selection clippings carry `#quote-…` after the page URL). */
function pageOf(c: Clipping): string {
  const i = c.canonicalUrl.indexOf('#quote-');
  return i >= 0 ? c.canonicalUrl.slice(0, i) : c.canonicalUrl;
}

/** The URL of the frame a content script runs in, as the browser reports it. */
function senderPage(sender: SenderInfo): string | undefined {
  return sender.url ?? sender.tab?.url;
}

/** True when a content script runs in the page the clipping was saved from. */
function senderIsOnPage(sender: SenderInfo, c: Clipping): boolean {
  const url = senderPage(sender);
  return typeof url === 'string' && canonicalizeUrl(url) === pageOf(c);
}

/** True when both are URLs of the same origin. */
function sameOrigin(a: string, b: string | undefined): boolean {
  try {
    return b !== undefined && new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** Handlers of the clipping group. A content script may only save, read and change its own page's clippings. */
export function createClipHandlers({ db, sanitize, tabUrl }: ClipHandlerDeps) {
  return defineHandlers({
    'clip.save': async ({ draft, tabId }, { sender, privileged }) => {
      // Where the draft must come from: the sending content script's own frame, or (popup, menus)
      // the tab it names, as the browser sees it — never what the draft says about itself.
      let source: string | null | undefined;
      if (!privileged) source = senderPage(sender) ?? null;
      else if (tabId !== undefined) source = await tabUrl(tabId);
      const refusal = checkProvenance(draft.url, source);
      if (refusal) throw new ProtocolError(refusal.code, refusal.message, refusal.reason);
      const html = await sanitize(draft.html, draft.text);
      return saveClipping(db, { ...draft, html });
    },
    'clip.getByUrl': async ({ url }, { sender, privileged }) => {
      if (!privileged && !sameOrigin(url, senderPage(sender))) {
        throw new ProtocolError(
          'forbidden',
          'Từ chối: trang chỉ được đọc bài lưu của chính nó. / Refused: a page may only read its own clippings.',
        );
      }
      try {
        return { clipping: await getClippingByUrl(db, url) };
      } catch (err) {
        throw new ClipsError('read-failed', err instanceof Error ? err.message : String(err), { cause: err });
      }
    },
    'clip.update': async ({ id, patch }, { sender, privileged }) => {
      if (!privileged) {
        const current = await getClipping(db, id);
        if (!current) return { clipping: null };
        if (!senderIsOnPage(sender, current)) {
          throw new ProtocolError(
            'forbidden',
            'Từ chối: chỉ được sửa bài lưu của chính trang này. / Refused: a page may only change its own clipping.',
          );
        }
      }
      return { clipping: await updateClipping(db, id, patch) };
    },
    'clip.delete': async ({ ids }) => {
      const deleted = await trashClippings(db, ids);
      void purgeTrash(db).catch((err) => console.warn('[bao-gon] purge trash', err));
      return { deleted };
    },
    'clip.restore': async ({ ids }) => restoreFromTrash(db, ids),
  });
}
