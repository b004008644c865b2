/**
 * TEMPORARY stand-ins until `components/tabs.ts` (reader UI) and `lib/reader/sanitize.ts` (reader
 * lib) exist, so the build keeps working meanwhile. Replaced by the real imports in index.ts.
 */
import DOMPurify from 'dompurify';
import type { TabActions } from './handlers/tab-actions';

export const pendingTabs: TabActions = {
  async ensureReader() {
    throw new Error('reader content script not available yet');
  },
  async sendToTab() {
    throw new Error('reader content script not available yet');
  },
};

/** DOMPurify with its defaults (the real `sanitizeHtml` adds link rules). */
export function pendingSanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html);
}
