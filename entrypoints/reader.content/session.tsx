/** The reader's life in a tab: open/close the overlay, scroll lock, loading, tab messages. */
import type { ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { sendMessage } from '@/components/browser/messaging';
import { draftOfPage, draftOfSelection } from '@/components/reader/page-actions';
import { Reader, type ReaderData } from '@/components/reader/Reader';
import { currentRange, rangeWithin } from '@/components/reader/selection';
import { createTabMessageHandler } from '@/components/reader/tab-messages';
import {
  loadPageSettings as loadSettings,
  savePageSettings as saveSettings,
} from '@/components/browser/page-settings';
import { t } from '@/components/ui/i18n';
import { extractArticle } from '@/lib/reader';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const FLAG = '__baoGonReader';

export interface SessionDeps {
  css: string;
  render: (node: ComponentChild, container: HTMLElement) => void;
  unmount: (container: HTMLElement) => void;
}

export interface ReaderSession {
  listener: (message: unknown) => Promise<unknown> | undefined;
  dispose: () => void;
}

/** Creates the reader session of this tab, or null when one already runs here. */
export function createReaderSession(ctx: ContentScriptContext, deps: SessionDeps): ReaderSession | null {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g[FLAG]) return null;
  g[FLAG] = true;

  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let opening: Promise<void> | null = null;
  let open = false;
  let scroll = { x: 0, y: 0 };
  /** The page element that had the focus before opening (it gets it back on close). */
  let focusBefore: HTMLElement | null = null;
  let data: ReaderData | null = null;

  const keepScroll = () => {
    if (window.scrollX !== scroll.x || window.scrollY !== scroll.y) window.scrollTo(scroll.x, scroll.y);
  };

  const draw = () => {
    const container = ui?.mounted;
    if (!container) return;
    deps.render(
      <Reader
        data={data}
        shadow={ui?.shadow ?? null}
        onClose={close}
        save={(draft) => sendMessage('clip.save', { draft })}
        saveSettings={(patch) => {
          void saveSettings(patch).catch((err) => console.warn('[bao-gon] settings', err));
        }}
      />,
      container,
    );
  };

  const load = async (): Promise<ReaderData> => {
    const url = location.href;
    const settings = await loadSettings();
    // Let the "loading" frame paint before the (synchronous) extraction.
    await new Promise((r) => setTimeout(r, 0));
    const article = extractArticle(document, url);
    const existing = await sendMessage('clip.getByUrl', { url })
      .then((r) => r.clipping)
      .catch(() => null);
    return { url, article, settings, existing };
  };

  async function doOpen(): Promise<void> {
    if (open) return;
    open = true;
    scroll = { x: window.scrollX, y: window.scrollY };
    focusBefore = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    window.addEventListener('scroll', keepScroll, { passive: true });
    if (!ui) {
      ui = await createShadowRootUi(ctx, {
        name: 'bao-gon-reader',
        position: 'modal',
        zIndex: 2147483647,
        anchor: document.documentElement,
        append: 'last',
        mode: 'open',
        isolateEvents: true,
        css: deps.css,
        onMount: (container) => container,
        onRemove: (container) => {
          if (container) deps.unmount(container);
        },
      });
    }
    ui.mount();
    data = null;
    draw();
    try {
      data = await load();
    } catch (err) {
      data = {
        url: location.href,
        article: { error: err instanceof Error ? err.message : String(err), code: 'failed' },
        settings: await loadSettings().catch(() => DEFAULT_SETTINGS),
        existing: null,
      };
    }
    if (open) draw();
  }

  function openReader(): Promise<void> {
    if (open) return opening ?? Promise.resolve();
    opening = doOpen().finally(() => {
      opening = null;
    });
    return opening;
  }

  function close(): void {
    if (!open) return;
    open = false;
    data = null;
    ui?.remove();
    window.removeEventListener('scroll', keepScroll);
    window.scrollTo(scroll.x, scroll.y);
    if (focusBefore?.isConnected) focusBefore.focus({ preventScroll: true });
    focusBefore = null;
  }

  const saveSelection = async (selectionText?: string) => {
    const settings = await loadSettings();
    const page = {
      url: location.href,
      title: document.title,
      siteName: null,
      lang: document.documentElement.lang || null,
    };
    const body = ui?.shadow.querySelector('[data-testid="reader-body"]') ?? null;
    const inReader = open && body ? rangeWithin(body, currentRange(document, ui?.shadow)) : null;
    const root: Node = inReader && body ? body : document.body;
    const range = inReader ?? rangeWithin(document.body, currentRange(document));
    const draft = range ? draftOfSelection(root, range, page, settings.watchlist) : null;
    if (!draft) {
      const fallback = selectionText?.trim();
      if (!fallback) return { error: t('rdNoSelection') };
      return sendMessage('clip.save', {
        draft: {
          ...page,
          byline: null,
          publishedTime: null,
          kind: 'selection',
          quote: fallback,
          selectors: [{ type: 'TextQuoteSelector', exact: fallback, prefix: '', suffix: '' }],
          html: '',
          text: fallback,
          entities: [],
          highlights: [],
        },
      });
    }
    return sendMessage('clip.save', { draft });
  };

  // An SPA navigation replaces the article under the overlay: close it (the user can reopen).
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
    extractDraft: async () => draftOfPage(document, location.href, (await loadSettings()).watchlist),
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
