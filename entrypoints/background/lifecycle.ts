/** Install/startup duties of the background. */
import { requestPersistence } from '@/lib/clips/persist';

/**
 * Asks for persistent storage on install and on startup where the API exists (Firefox event
 * pages; Chrome service workers lack `persist()`, extension pages ask instead).
 */
export function registerPersistence(): void {
  const ask = () => void requestPersistence();
  browser.runtime.onInstalled.addListener(ask);
  browser.runtime.onStartup.addListener(ask);
}
