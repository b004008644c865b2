/**
 * Talking to a tab's content scripts from the background and the popup: injecting the reader or
 * the detector on demand and sending them tab messages.
 *
 * Tab messages (sent with `browser.tabs.sendMessage(tabId, message)`):
 *
 * | message                                        | handled by       | response                                            |
 * |------------------------------------------------|------------------|-----------------------------------------------------|
 * | `{ type: 'detector.ping' }`                    | detector         | `{ ok: true }` — the detector is present            |
 * | `{ type: 'page.detect' }`                      | detector         | `Detection` of the page as it is now                |
 * | `{ type: 'reader.ping' }`                      | reader           | `{ ok: true, open: boolean }`                       |
 * | `{ type: 'reader.open' }`                      | reader           | `{ ok: true, open: true }` (opens the overlay)       |
 * | `{ type: 'reader.close' }`                     | reader           | `{ ok: true, open: false }`                         |
 * | `{ type: 'reader.toggle' }`                    | reader           | `{ ok: true, open: boolean }`                       |
 * | `{ type: 'page.extractDraft' }`                | reader           | `{ draft: ClipDraft }` of the whole article, or `{ error, code }` |
 * | `{ type: 'selection.save', selectionText? }`   | reader           | `{ clipping, alreadySaved }` (kind 'selection'), or `{ error }` |
 *
 * `selection.save` saves the page's current selection (or the selection in the open reader) as a
 * clipping of kind 'selection' with TextQuote/TextPosition selectors; it is what the context menu
 * "Lưu đoạn trích vào Báo Gọn" and the save shortcut send.
 */
import * as v from 'valibot';
import { DetectionSchema } from '@/lib/schema';
import {
  parseTabMessage,
  type ReaderState,
  type TabMessage,
  type TabMessageOf,
  type TabMessageType,
  type TabResponse,
} from '@/lib/tab-protocol';
import type { Detection } from '@/lib/types';

/** Every message a tab's content scripts understand: the typed map is in lib/tab-protocol.ts. */
export type { ExtractDraftResponse, ReaderState, TabMessage } from '@/lib/tab-protocol';

/** Files of the content scripts (WXT output paths). */
export const READER_SCRIPT = '/content-scripts/reader.js';
/** The detector is a plain script (see entrypoints/detector): no WXT start-up message to the page. */
export const DETECTOR_SCRIPT = '/detector.js';

/** True for a well-formed tab message (used by the content scripts to ignore anything else). */
export function isTabMessage(message: unknown): message is TabMessage {
  return parseTabMessage(message) !== null;
}

/** Sends a tab message to the top frame of a tab and returns the answer (rejects when nobody listens). */
export async function sendToTab<K extends TabMessageType>(
  tabId: number,
  message: TabMessageOf<K>,
): Promise<TabResponse<K>> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as TabResponse<K>;
}

/** Resolves to the answer, or undefined when no content script answered. */
async function tryPing(tabId: number, message: TabMessage): Promise<unknown> {
  try {
    return await sendToTab(tabId, message);
  } catch {
    return undefined;
  }
}

/** Injects a content-script file into a tab's top frame. */
async function inject(tabId: number, file: string): Promise<void> {
  type Files = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;
  await browser.scripting.executeScript({ target: { tabId }, files: [file] as Files });
}

/**
 * Makes sure the reader content script is in the tab: pings it first and injects
 * `/content-scripts/reader.js` only when nobody answered. Resolves to true when it was injected now.
 */
export async function ensureReader(tabId: number): Promise<boolean> {
  const pong = await tryPing(tabId, { type: 'reader.ping' });
  if (pong) return false;
  await inject(tabId, READER_SCRIPT);
  return true;
}

/**
 * The Detection of a tab's page: asks the detector content script, injecting it first when it is
 * not there (sites outside the built-in list; needs activeTab or the host permission).
 */
export async function detectTab(tabId: number): Promise<Detection> {
  const first = await tryPing(tabId, { type: 'page.detect' });
  if (isDetection(first)) return first;
  await inject(tabId, DETECTOR_SCRIPT);
  const answer = await sendToTab(tabId, { type: 'page.detect' });
  if (!isDetection(answer)) throw new Error('The detector did not answer with a Detection.');
  return answer;
}

/** Opens the reader in a tab (injecting it when needed). */
export async function openReader(tabId: number): Promise<ReaderState> {
  await ensureReader(tabId);
  return sendToTab(tabId, { type: 'reader.open' });
}

/** A ClipDraft of the whole article in a tab (for saving from the popup), or `{ error }`. */
export async function extractDraft(tabId: number): Promise<TabResponse<'page.extractDraft'>> {
  await ensureReader(tabId);
  return sendToTab(tabId, { type: 'page.extractDraft' });
}

/**
 * For the background's 'page.detected' handler: opens the reader in the sender's tab when the
 * user turned on `autoOpenReader` and the page is a Vietnamese news article. Resolves to true when
 * it opened the reader. Never throws.
 */
export async function autoOpenReader(
  tabId: number,
  detection: Detection,
  autoOpen: boolean,
): Promise<boolean> {
  if (!autoOpen || !detection.isVietnameseNews || tabId < 0) return false;
  try {
    await openReader(tabId);
    return true;
  } catch (err) {
    console.warn('[bao-gon] auto-open reader failed', err);
    return false;
  }
}

/** True for a valid Detection (the detector's answer, checked where it is received). */
export function isDetection(value: unknown): value is Detection {
  return v.is(DetectionSchema, value);
}
