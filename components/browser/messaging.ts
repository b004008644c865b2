/** Typed messages to the background, for content scripts and extension pages. */
import {
  type Envelope,
  isErrorResponse,
  type MessageType,
  type Payload,
  type ProtocolErrorCode,
  type Response,
} from '@/lib/protocol';

/** A refused or failed message: `code` is stable, `message` is for people (Vietnamese / English). */
export class MessageError extends Error {
  readonly code: ProtocolErrorCode;
  /** Finer reason from the background, e.g. 'quota' when the disk is full. */
  readonly reason?: string;
  constructor(code: ProtocolErrorCode, message: string, reason?: string) {
    super(message);
    this.name = 'MessageError';
    this.code = code;
    this.reason = reason;
  }
}

/**
 * Sends `{ type, payload }` to the background and returns its typed response.
 * Throws `MessageError` when the background refuses (`forbidden`, `invalid`, `unknown-message`),
 * fails (`failed`), or cannot be reached.
 */
export async function sendMessage<K extends MessageType>(type: K, payload: Payload<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { type, payload };
  let res: unknown;
  try {
    res = await browser.runtime.sendMessage(envelope);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new MessageError(
      'failed',
      `Không liên lạc được với tiện ích. / Could not reach the extension (${detail}).`,
    );
  }
  if (isErrorResponse(res)) throw new MessageError(res.error.code, res.error.message, res.error.reason);
  if (res === undefined || res === null) {
    throw new MessageError('failed', 'Tiện ích không trả lời. / The extension did not answer.');
  }
  return res as Response<K>;
}

/** Internal channel between the Chrome background (service worker, no DOM) and its offscreen sanitiser page. */
export const SANITIZER_TARGET = 'bao-gon.offscreen-sanitizer';

export interface SanitizerRequest {
  target: typeof SANITIZER_TARGET;
  html: string;
}

/** True for a request meant for the offscreen sanitiser (the protocol router ignores these). */
export function isSanitizerMessage(message: unknown): message is SanitizerRequest {
  return (
    !!message &&
    typeof message === 'object' &&
    (message as SanitizerRequest).target === SANITIZER_TARGET &&
    typeof (message as SanitizerRequest).html === 'string'
  );
}
