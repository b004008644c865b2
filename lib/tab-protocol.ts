/**
 * The tab-message protocol (background or popup → a tab's content scripts, sent with
 * `browser.tabs.sendMessage`): ONE map of message names to their fields and answers, a valibot
 * schema per message checked where it is received, and handler tables typed to be total for the
 * content script that owns those names. The wire format is flat: `{ type, ...fields }`.
 * No `browser.*` here (see components/browser/tabs.ts for the sending side).
 */
import * as v from 'valibot';
import type { ClipDraft } from './clips/draft';
import { LIMITS, str } from './schema';
import type { Clipping, Detection } from './types';

/** The reader's answer to `reader.*` messages. */
export interface ReaderState {
  ok: true;
  open: boolean;
}

/** The reader's answer to `page.extractDraft`. */
export type ExtractDraftResponse = { draft: ClipDraft } | { error: string; code?: string };

/** Every tab message: name → extra fields and answer. */
export interface TabProtocolMap {
  /** Detector: are you there? */
  'detector.ping': { fields: Record<never, never>; response: { ok: true } };
  /** Detector: the Detection of the page as it is now. */
  'page.detect': { fields: Record<never, never>; response: Detection };
  'reader.ping': { fields: Record<never, never>; response: ReaderState };
  /** Opens the reader overlay. */
  'reader.open': { fields: Record<never, never>; response: ReaderState };
  'reader.close': { fields: Record<never, never>; response: ReaderState };
  'reader.toggle': { fields: Record<never, never>; response: ReaderState };
  /** A ClipDraft of the whole article (the popup's save path). */
  'page.extractDraft': { fields: Record<never, never>; response: ExtractDraftResponse };
  /** Saves the page's (or the open reader's) selection as a clipping of kind 'selection'. */
  'selection.save': {
    fields: { selectionText?: string };
    response: { clipping: Clipping; alreadySaved: boolean } | { error: string };
  };
}

export type TabMessageType = keyof TabProtocolMap;
/** One tab message as it travels. */
export type TabMessageOf<K extends TabMessageType> = { type: K } & TabProtocolMap[K]['fields'];
export type TabMessage = { [K in TabMessageType]: TabMessageOf<K> }[TabMessageType];
export type TabResponse<K extends TabMessageType> = TabProtocolMap[K]['response'];

/** Which content script answers which names. */
export const DETECTOR_MESSAGES = ['detector.ping', 'page.detect'] as const;
export const READER_MESSAGES = [
  'reader.ping',
  'reader.open',
  'reader.close',
  'reader.toggle',
  'page.extractDraft',
  'selection.save',
] as const;
export type DetectorMessageType = (typeof DETECTOR_MESSAGES)[number];
export type ReaderMessageType = (typeof READER_MESSAGES)[number];

const bare = <K extends TabMessageType>(type: K) => v.object({ type: v.literal(type) });

/** One schema per tab message (unknown keys are dropped). */
export const TAB_MESSAGE_SCHEMAS: { [K in TabMessageType]: v.GenericSchema<unknown, TabMessageOf<K>> } = {
  'detector.ping': bare('detector.ping'),
  'page.detect': bare('page.detect'),
  'reader.ping': bare('reader.ping'),
  'reader.open': bare('reader.open'),
  'reader.close': bare('reader.close'),
  'reader.toggle': bare('reader.toggle'),
  'page.extractDraft': bare('page.extractDraft'),
  'selection.save': v.object({
    type: v.literal('selection.save'),
    selectionText: v.optional(str(LIMITS.quote)),
  }),
};

/** The message when it is a valid tab message, else null. */
export function parseTabMessage(message: unknown): TabMessage | null {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(TAB_MESSAGE_SCHEMAS, type)) return null;
  const r = v.safeParse(TAB_MESSAGE_SCHEMAS[type as TabMessageType] as v.GenericSchema, message);
  return r.success ? (r.output as TabMessage) : null;
}

/** A handler for every name in `K`: leaving one out fails the type check. */
export type TabHandlerTable<K extends TabMessageType> = {
  [N in K]: (message: TabMessageOf<N>) => Promise<TabResponse<N>>;
};

/**
 * A `runtime.onMessage` listener for the names of one content script: validates, then calls the
 * handler; answers undefined (no answer) for anything else so other listeners answer theirs.
 */
export function tabListener<K extends TabMessageType>(
  names: readonly K[],
  table: TabHandlerTable<K>,
): (message: unknown) => Promise<unknown> | undefined {
  const mine = new Set<string>(names);
  return (message) => {
    const m = parseTabMessage(message);
    if (!m || !mine.has(m.type)) return undefined;
    const handler = table[m.type as K] as (msg: TabMessage) => Promise<unknown>;
    return handler(m);
  };
}
