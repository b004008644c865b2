/**
 * The reader, injected on demand (components/tabs.ts `ensureReader`): extracts the page's article
 * and shows the extension's reader page over the untouched page in a closed, top-layer host,
 * opened and closed by tab messages; it also saves the page's selection and drafts the article
 * for the popup. Only the host element is added to the page.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createReaderSession } from './session';

export default defineContentScript({
  registration: 'runtime',
  // No `window.postMessage` of WXT's start-up message to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // WXT closes a content script when "a newer copy started" (a DOM event on `document`), which a
    // page can forge to close the reader. The reader is injected once (ensureReader pings first), so
    // every such event after our start is ignored before WXT's listener sees it.
    window.addEventListener(
      (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE,
      (e) => e.stopImmediatePropagation(),
      { capture: true, signal: ctx.signal },
    );
    const session = createReaderSession(ctx);
    if (!session) return;
    browser.runtime.onMessage.addListener(session.listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(session.listener);
      session.dispose();
    });
  },
});
