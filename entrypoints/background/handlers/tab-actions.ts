/** What the background asks of a tab (implemented by components/browser/tabs.ts, owned by the reader UI). */
import type { TabMessage } from '@/components/browser/tabs';

export type { TabMessage };

export interface TabActions {
  /** Injects the reader content script into the tab when it is not there yet. */
  ensureReader(tabId: number): Promise<unknown>;
  /** Sends a message to the tab's reader content script. */
  sendToTab(tabId: number, message: TabMessage): Promise<unknown>;
}

/** Makes sure the reader is in the tab, then tells it what to do. Logs (never throws) on failure. */
export async function tellReader(
  tabs: TabActions,
  tabId: number | undefined,
  message: TabMessage,
): Promise<boolean> {
  if (typeof tabId !== 'number' || tabId < 0) return false;
  try {
    await tabs.ensureReader(tabId);
    await tabs.sendToTab(tabId, message);
    return true;
  } catch (err) {
    console.warn('[bao-gon] tab action failed', message.type, err);
    return false;
  }
}
