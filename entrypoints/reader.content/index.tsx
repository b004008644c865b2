/**
 * The reader, injected on demand (components/browser/tabs.ts `ensureReader`): an overlay in a shadow
 * root over the untouched page, opened and closed by tab messages; it also saves the page's
 * selection and drafts the article for the popup. Only the shadow host is added to the page.
 */
import { render } from 'preact';
import { createReaderSession } from './session';
import css from './style.css?inline';

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main(ctx) {
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
