/**
 * Always-on detector on the known news sites (also injected by the popup elsewhere): decides
 * whether the page is a Vietnamese news article, tells the background (badge), re-detects after
 * SPA navigations, and answers `{ type: 'page.detect' }`. Never touches the page's DOM and never
 * signals the page: it is a plain script (listed in the manifest's `content_scripts` by
 * wxt.config.ts), not a WXT content script, whose start-up context posts
 * `<extension id>:…:wxt:content-script-started` to the page and obeys the same event sent back.
 * Kept tiny: no Readability (only isProbablyReaderable through lib/detect), no Dexie, no Preact.
 */
import { createDetector } from './detector';
import { watchLocation } from './location';

export default defineUnlistedScript(() => {
  const detector = createDetector();
  if (!detector) return; // already running in this tab (injected twice)
  detector.start();
  watchLocation(() => detector.redetect());
});
