/** The reader content script's side of the tab messages (see the table in components/browser/tabs.ts). */
import {
  type ExtractDraftResponse,
  READER_MESSAGES,
  type ReaderState,
  type TabResponse,
  tabListener,
} from '@/lib/tab-protocol';

type SaveAnswer = TabResponse<'selection.save'>;

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
 * A `runtime.onMessage` listener answering the reader's tab messages (validated, one handler per
 * name of READER_MESSAGES); returns undefined (no answer) for anything else so that other
 * listeners (the detector) can answer theirs.
 */
export function createTabMessageHandler(
  actions: ReaderActions,
): (message: unknown) => Promise<unknown> | undefined {
  const state = (): ReaderState => ({ ok: true, open: actions.isOpen() });
  return tabListener(READER_MESSAGES, {
    'reader.ping': async () => state(),
    'reader.open': () => Promise.resolve(actions.open()).then(state),
    'reader.close': () => Promise.resolve(actions.close()).then(state),
    'reader.toggle': () => Promise.resolve(actions.isOpen() ? actions.close() : actions.open()).then(state),
    'page.extractDraft': () => actions.extractDraft().catch(errorOf) as Promise<ExtractDraftResponse>,
    'selection.save': (m) => actions.saveSelection(m.selectionText).catch(errorOf) as Promise<SaveAnswer>,
  });
}
