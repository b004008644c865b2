/**
 * The reader, injected on demand (components/browser/tabs.ts `ensureReader`): an overlay in a shadow
 * root over the untouched page, opened and closed by tab messages; it also saves the page's
 * selection and drafts the article for the popup. Only the shadow host is added to the page.
 */
import { render } from 'preact';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createReaderSession } from './session';
import css from './style.css?inline';

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'ui',
  // No `window.postMessage` of WXT's start-up message to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // WXT closes a content script when "a newer copy started" (a DOM event on `document`), which a
    // page can forge to close the reader. The reader is injected once (components/tabs.ts pings
    // first), so every such event after our start is ignored before WXT's listener sees it.
    window.addEventListener(
      (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE,
      (e) => e.stopImmediatePropagation(),
      { capture: true, signal: ctx.signal },
    );
    const session = createReaderSession(ctx, {
      css,
      render: (node, container) => render(node, container),
      unmount: (container) => render(null, container),
    });
    if (!session) return;
    browser.runtime.onMessage.addListener(session.listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(session.listener);
      session.dispose();
    });
  },
});
