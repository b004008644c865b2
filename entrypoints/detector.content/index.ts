/**
 * Always-on detector on the known news sites (also injected by the popup elsewhere): decides
 * whether the page is a Vietnamese news article, tells the background (badge), re-detects after
 * SPA navigations, and answers `{ type: 'page.detect' }`. Never touches the page's DOM.
 * Kept tiny: no Readability (only isProbablyReaderable through lib/detect), no Dexie, no Preact.
 */
import { newsMatchPatterns } from '@/lib/detect/domains';
import { createDetector } from './detector';

export default defineContentScript({
  matches: newsMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    const detector = createDetector();
    if (!detector) return; // already running in this tab (injected twice)
    detector.start();
    // WXT's location watcher covers pushState/replaceState and back/forward alike.
    ctx.addEventListener(window, 'wxt:locationchange', () => detector.redetect());
    ctx.onInvalidated(() => detector.stop());
  },
});
