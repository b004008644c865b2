/**
 * The reader, injected on demand (components/tabs.ts `ensureReader`): extracts the page's article
 * and shows the extension's reader page over the untouched page in a closed, top-layer host,
 * opened and closed by tab messages; it also saves the page's selection and drafts the article
 * for the popup. Only the host element is added to the page.
 */
import { createReaderSession } from './session';

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const session = createReaderSession(ctx);
    if (!session) return;
    browser.runtime.onMessage.addListener(session.listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(session.listener);
      session.dispose();
    });
  },
});
