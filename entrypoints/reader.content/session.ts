/**
 * The reader's life in a tab: extract the article (`readArticle`), hand it to the background,
 * show the reader frame in its top-layer host, give the page back (scroll, focus) on close. The
 * page's DOM is never changed apart from the host element; no user data enters this document.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/components/browser/messaging';
import { draftOfPage, draftOfSelection } from '@/components/reader/page-actions';
import { currentRange, rangeWithin } from '@/components/reader/selection';
import { createTabMessageHandler } from '@/components/reader/tab-messages';
import { t } from '@/components/ui/i18n';
import { readArticle } from '@/lib/article';
import { extractMetadata } from '@/lib/reader/metadata';
import type { ReaderReading } from '@/lib/protocol';
import type { ExtractError } from '@/lib/types';
import { mountHost, type ReaderHost } from './host';
import { showToast } from './toast';

const FLAG = '__baoGonReader';

export interface ReaderSession {
  listener: (message: unknown) => Promise<unknown> | undefined;
  dispose: () => void;
}

/**
 * The URL this document was loaded from, before any history.pushState/replaceState (the
 * navigation entry, read from the content script's own world, which page scripts cannot patch).
 */
export function loadedUrl(): string {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.name && URL.canParse(nav.name) ? nav.name : location.href;
}

/** The page's article as the reader frame gets it (no watch list: that stays in the extension). */
export function extractReading(doc: Document, url: string): ReaderReading | ExtractError {
  try {
    return readArticle(doc, url);
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err), code: 'failed' };
  }
}

/** Creates the reader session of this tab, or null when one already runs here. */
export function createReaderSession(ctx: ContentScriptContext): ReaderSession | null {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g[FLAG]) return null;
  g[FLAG] = true;

  let host: ReaderHost | null = null;
  let opening: Promise<void> | null = null;
  let open = false;
  let scroll = { x: 0, y: 0 };
  /** The page element that had the focus before opening (it gets it back on close). */
  let focusBefore: HTMLElement | null = null;

  // 'instant': a page's `scroll-behavior: smooth` must not animate the page back.
  const restoreScroll = () => window.scrollTo({ left: scroll.x, top: scroll.y, behavior: 'instant' });
  const keepScroll = () => {
    if (window.scrollX !== scroll.x || window.scrollY !== scroll.y) restoreScroll();
  };

  async function doOpen(): Promise<void> {
    if (open) return;
    open = true;
    scroll = { x: window.scrollX, y: window.scrollY };
    focusBefore = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    window.addEventListener('scroll', keepScroll, { passive: true });
    const reading = extractReading(document, location.href);
    await sendMessage('reader.open', { reading, loadedUrl: loadedUrl() });
    if (!open) return;
    host = mountHost(document, browser.runtime.getURL('/reader-frame.html'), close);
  }

  function openReader(): Promise<void> {
    if (open) return opening ?? Promise.resolve();
    opening = doOpen()
      .catch((err) => {
        close();
        throw err;
      })
      .finally(() => {
        opening = null;
      });
    return opening;
  }

  function close(): void {
    if (!open) return;
    open = false;
    host?.remove();
    host = null;
    window.removeEventListener('scroll', keepScroll);
    restoreScroll();
    if (focusBefore?.isConnected) focusBefore.focus({ preventScroll: true });
    focusBefore = null;
  }

  /** Saves the page's selection with the page's own metadata, and says on the page what happened. */
  const saveSelection = async (selectionText?: string) => {
    const answer = await saveSelectionDraft(selectionText).catch((err: unknown) => ({
      error: err instanceof Error ? err.message : String(err),
    }));
    if ('error' in answer) showToast(document, String(answer.error), { kind: 'error' });
    else showToast(document, t('rdSelectionSaved'), { kind: 'saved' });
    return answer;
  };

  const saveSelectionDraft = async (selectionText?: string) => {
    const meta = extractMetadata(document, location.href);
    const page = {
      url: location.href,
      title: meta.title || document.title,
      siteName: meta.siteName,
      byline: meta.byline,
      publishedTime: meta.publishedTime,
      lang: meta.lang ?? (document.documentElement.lang || null),
    };
    const range = rangeWithin(document.body, currentRange(document));
    const draft = range ? draftOfSelection(document.body, range, page, []) : null;
    if (draft) return sendMessage('clip.save', { draft });
    const fallback = selectionText?.trim();
    if (!fallback) return { error: t('rdNoSelection') };
    return sendMessage('clip.save', {
      draft: {
        ...page,
        kind: 'selection',
        quote: fallback,
        selectors: [{ type: 'TextQuoteSelector', exact: fallback, prefix: '', suffix: '' }],
        html: '',
        text: fallback,
        entities: [],
        highlights: [],
      },
    });
  };

  // An SPA navigation replaces the article under the reader: close it (the user can reopen).
  // Only a real change of URL counts: the page can dispatch WXT's event itself.
  let shownHref = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (location.href === shownHref) return;
    shownHref = location.href;
    close();
  });

  const listener = createTabMessageHandler({
    isOpen: () => open,
    open: openReader,
    close,
    extractDraft: async () => draftOfPage(document, location.href, []),
    saveSelection,
  });

  return {
    listener,
    dispose() {
      close();
      g[FLAG] = false;
    },
  };
}
