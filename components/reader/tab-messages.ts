/** The reader content script's side of the tab messages (see the table in components/browser/tabs.ts). */
import { isTabMessage, type ReaderState } from '@/components/browser/tabs';

/** What the reader can do, wired by the content script. */
export interface ReaderActions {
  isOpen(): boolean;
  open(): Promise<void> | void;
  close(): Promise<void> | void;
  extractDraft(): Promise<unknown>;
  saveSelection(selectionText?: string): Promise<unknown>;
}

/** Turns an error into the `{ error }` answer of a tab message. */
function errorOf(err: unknown): { error: string } {
  return { error: err instanceof Error ? err.message : String(err) };
}

/**
 * A `runtime.onMessage` listener answering the reader's tab messages; returns undefined (no
 * answer) for anything else so that other listeners (the detector) can answer theirs.
 */
export function createTabMessageHandler(
  actions: ReaderActions,
): (message: unknown) => Promise<unknown> | undefined {
  const state = (): ReaderState => ({ ok: true, open: actions.isOpen() });
  return (message) => {
    if (!isTabMessage(message)) return undefined;
    switch (message.type) {
      case 'reader.ping':
        return Promise.resolve(state());
      case 'reader.open':
        return Promise.resolve(actions.open()).then(state);
      case 'reader.close':
        return Promise.resolve(actions.close()).then(state);
      case 'reader.toggle':
        return Promise.resolve(actions.isOpen() ? actions.close() : actions.open()).then(state);
      case 'page.extractDraft':
        return actions.extractDraft().catch(errorOf);
      case 'selection.save':
        return actions.saveSelection(message.selectionText).catch(errorOf);
      default:
        return undefined;
    }
  };
}
