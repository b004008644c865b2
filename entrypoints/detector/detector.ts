/**
 * The detector's wiring: run `detectPage`, report it ('page.detected'), answer `page.detect`.
 * The background answers 'page.detected' by setting the badge and, with `autoOpenReader` on and a
 * Vietnamese article, by opening the reader (components/browser/tabs.ts `autoOpenReader`).
 */
import { detectPage } from '@/lib/detect';
import type { Envelope } from '@/lib/protocol';
import { DETECTOR_MESSAGES, tabListener } from '@/lib/tab-protocol';
import type { Detection } from '@/lib/types';

const FLAG = '__baoGonDetector';

export interface Detector {
  start(): void;
  /** Detects again when the URL changed since the last run. */
  redetect(): void;
  stop(): void;
}

type Listener = (message: unknown) => Promise<unknown> | undefined;

/**
 * Creates the detector of this frame, or null when one already runs here (the popup may inject
 * this script into a tab where it already is).
 */
export function createDetector(): Detector | null {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g[FLAG]) return null;
  g[FLAG] = true;
  let lastUrl = '';
  let last: Detection | null = null;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const run = (): Detection => {
    lastUrl = location.href;
    last = detectPage(document, lastUrl);
    const envelope: Envelope<'page.detected'> = {
      type: 'page.detected',
      payload: { detection: last, url: lastUrl },
    };
    browser.runtime.sendMessage(envelope).catch(() => undefined);
    return last;
  };

  const listener: Listener = tabListener(DETECTOR_MESSAGES, {
    'detector.ping': async () => ({ ok: true }),
    'page.detect': async () => (location.href === lastUrl && last ? last : run()),
  });

  return {
    start() {
      browser.runtime.onMessage.addListener(listener);
      run();
    },
    redetect() {
      if (location.href === lastUrl || pending !== undefined) return;
      // Let the SPA render the new article before looking at it (one run per navigation).
      pending = setTimeout(() => {
        pending = undefined;
        run();
      }, 800);
    },
    stop() {
      clearTimeout(pending);
      browser.runtime.onMessage.removeListener(listener);
      g[FLAG] = false;
    },
  };
}
