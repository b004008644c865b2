/** Clipping messages: save, get by URL, update, delete, restore — over the Dexie data layer. */
import {
  deleteClippings,
  getClipping,
  getClippingByUrl,
  restoreClippings,
  updateClipping,
} from '@/lib/clips/clippings';
import type { BaoGonDB } from '@/lib/clips/db';
import { ClipsError } from '@/lib/clips/errors';
import { saveClipping } from '@/lib/clips/save';
import { canonicalizeUrl } from '@/lib/clips/url';
import { defineHandlers, ProtocolError, type SenderInfo } from '@/lib/protocol';
import type { Clipping } from '@/lib/types';

export interface ClipHandlerDeps {
  db: BaoGonDB;
  /** Re-sanitises HTML that came from a web page before it is stored (`text` is the plain-text fallback). */
  sanitize: (html: string, text: string) => string | Promise<string>;
}

/** The page a clipping belongs to (selection clippings carry `#quote-…` after the page URL). */
function pageOf(c: Clipping): string {
  const i = c.canonicalUrl.indexOf('#quote-');
  return i >= 0 ? c.canonicalUrl.slice(0, i) : c.canonicalUrl;
}

/** True when a content script runs in the page the clipping was saved from. */
function senderIsOnPage(sender: SenderInfo, c: Clipping): boolean {
  const url = sender.url ?? sender.tab?.url;
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
export function createClipHandlers({ db, sanitize }: ClipHandlerDeps) {
  return defineHandlers({
    'clip.save': async ({ draft }, { sender, privileged }) => {
      if (!privileged && !sameOrigin(draft.url, sender.url ?? sender.tab?.url)) {
        throw new ProtocolError(
          'forbidden',
          'Từ chối: trang chỉ được lưu bài của chính nó. / Refused: a page may only save its own content.',
        );
      }
      const html = await sanitize(draft.html, draft.text);
      return saveClipping(db, { ...draft, html });
    },
    'clip.getByUrl': async ({ url }, { sender, privileged }) => {
      if (!privileged && !sameOrigin(url, sender.url ?? sender.tab?.url)) {
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
    'clip.delete': async ({ ids }) => ({ deleted: await deleteClippings(db, ids) }),
    'clip.restore': async ({ clippings }) => {
      const clean = await Promise.all(
        clippings.map(async (c) => ({ ...c, html: await sanitize(c.html, c.text) })),
      );
      return { restored: await restoreClippings(db, clean) };
    },
  });
}
