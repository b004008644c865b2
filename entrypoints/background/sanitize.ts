/**
 * Re-sanitising page HTML in the background before it is stored. DOMPurify needs a DOM: Firefox's
 * background is an event page (has one); Chrome's is a service worker (has none, and DOMPurify would
 * return its input unchanged), so there the work goes to an offscreen document (`sanitizer.html`).
 */
import { isSanitizerMessage, SANITIZER_TARGET, type SanitizerRequest } from '@/components/browser/messaging';

export { isSanitizerMessage };

/** Escapes text and makes paragraphs of it: the fallback when no sanitiser can run here. */
export function textToHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('');
}

/** True when this context has a DOM DOMPurify can use. */
export function hasDom(): boolean {
  return typeof document !== 'undefined' && typeof DOMParser !== 'undefined';
}

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ContextsApi {
  getContexts?: (f: { contextTypes: string[] }) => Promise<unknown[]>;
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(offscreen: OffscreenApi): Promise<void> {
  const runtime = browser.runtime as unknown as ContextsApi;
  const existing = runtime.getContexts
    ? await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })
    : [];
  if (existing.length > 0) return;
  creating ??= offscreen
    .createDocument({
      url: 'sanitizer.html',
      reasons: ['DOM_PARSER'],
      justification: 'Sanitise saved article HTML',
    })
    .catch((err: unknown) => {
      // A second creation attempt races with a document that already exists: that is fine.
      if (!String(err).includes('single offscreen')) throw err;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/**
 * The sanitiser the background uses before storing page HTML: `sanitizeHtml` where there is a DOM,
 * the offscreen document in a Chrome service worker, and escaped plain text (from `text`) when
 * neither is available (never stores unsanitised HTML).
 */
export function createBackgroundSanitizer(sanitizeHtml: (html: string) => string) {
  return async (html: string, text = ''): Promise<string> => {
    if (!html) return '';
    if (hasDom()) return sanitizeHtml(html);
    const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
    if (offscreen) {
      try {
        await ensureOffscreen(offscreen);
        const request: SanitizerRequest = { target: SANITIZER_TARGET, html };
        const res = (await browser.runtime.sendMessage(request)) as { html?: unknown } | undefined;
        if (typeof res?.html === 'string') return res.html;
      } catch (err) {
        console.warn('[bao-gon] offscreen sanitiser failed; storing plain text', err);
      }
    }
    return textToHtml(text);
  };
}
