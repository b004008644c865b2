/** Wires `runtime.onMessage` to the protocol dispatcher (validation + handler table). */
import { type CompleteHandlerTable, dispatch, type ExtensionIdentity, type SenderInfo } from '@/lib/protocol';
import { isSanitizerMessage } from './sanitize';

/** Our identity as the dispatcher needs it. */
export function extensionIdentity(): ExtensionIdentity {
  return { runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
}

/**
 * Listens for protocol messages and answers each through `sendResponse` (works in Chrome and
 * Firefox alike). Messages meant for the offscreen sanitiser are left alone.
 */
export function registerRouter(
  handlers: CompleteHandlerTable,
  me: ExtensionIdentity = extensionIdentity(),
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (isSanitizerMessage(message)) return false;
    void dispatch(handlers, message, sender as SenderInfo, me).then(sendResponse);
    return true;
  });
}
