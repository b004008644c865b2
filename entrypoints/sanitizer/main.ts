/** Offscreen document (Chrome only): sanitises HTML for the service-worker background, which has no DOM. */
import { isSanitizerMessage } from '@/components/browser/messaging';
import { sanitizeHtml } from '@/lib/reader/sanitize';

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
  if (!isSanitizerMessage(message) || sender.id !== browser.runtime.id) return false;
  sendResponse({ html: sanitizeHtml(message.html) });
  return false;
});
