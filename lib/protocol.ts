/**
 * The message protocol between content scripts / extension pages and the background: ONE map of
 * message names to payload and response types, a valibot schema for every payload, and a pure
 * dispatcher that checks the sender and the payload before calling a handler from a table.
 * No `browser.*` here: the background passes its runtime id and extension origin in.
 */
import * as v from 'valibot';
import type { ClipDraft } from './clips/draft';
import type { EntityGroup } from './entities';
import type { Article, Clipping, Detection, Entity, ExtractError } from './types';

/** Changes a caller may make to a saved clipping. */
export interface ClipPatch {
  note?: string;
  tags?: string[];
  highlights?: Clipping['highlights'];
  collectionId?: string;
  title?: string;
}

/** Every message: name → payload and response. */
export interface ProtocolMap {
  /** Content script → background: detection result of the page; background sets the badge. */
  'page.detected': { payload: { detection: Detection; url: string }; response: { ok: true } };
  /** Save (or merge into) a clipping. The background sanitises `draft.html` again. */
  'clip.save': { payload: { draft: ClipDraft }; response: { clipping: Clipping; alreadySaved: boolean } };
  /** The article clipping of a page (any URL spelling), or null. */
  'clip.getByUrl': { payload: { url: string }; response: { clipping: Clipping | null } };
  /**
   * Change note/tags/highlights/collection/title. Allowed from extension pages, and from a content
   * script only for a clipping of the page it runs in.
   */
  'clip.update': { payload: { id: string; patch: ClipPatch }; response: { clipping: Clipping | null } };
  /** Privileged: delete clippings; returns them for undo. */
  'clip.delete': { payload: { ids: string[] }; response: { deleted: Clipping[] } };
  /** Privileged: put deleted clippings back (undo). */
  'clip.restore': { payload: { clippings: Clipping[] }; response: { restored: number } };
  /**
   * Reader content script → background: the article it extracted from its tab (or why it could
   * not). The background keeps it for that tab, bound to the tab's URL as the background sees it.
   */
  'reader.open': {
    payload: { reading: ReaderReading | ExtractError; loadedUrl: string };
    response: { ok: true };
  };
  /** Reader frame (extension page inside the tab) → background: the article handed over for its tab. */
  'reader.context': { payload: Record<string, never>; response: ReaderContext };
  /**
   * Reader frame → background: save the tab's article. The background stores it under the tab's
   * own URL, and refuses when that is no longer `url` (the one `reader.context` gave the frame).
   */
  'reader.save': {
    payload: { url: string; draft: ClipDraft };
    response: { clipping: Clipping; alreadySaved: boolean };
  };
  /** Reader frame → background: close the reader of its tab (Close button, Escape). */
  'reader.close': { payload: Record<string, never>; response: { ok: true } };
}

/** An article as the reader content script hands it over (`readArticle` output, no private data). */
export interface ReaderReading {
  article: Article;
  text: string;
  entities: Entity[];
  groups: EntityGroup[];
}

/** What the reader frame gets: the tab's URL (as the background knows it), the article, its clipping. */
export interface ReaderContext {
  url: string;
  reading: ReaderReading | ExtractError;
  /**
   * True when the page changed its address (history.pushState/replaceState) since it was loaded:
   * its content may belong to another URL, so it is neither matched with nor saved over a clipping.
   */
  moved: boolean;
  /** The clipping already saved for the tab's URL, if any. */
  existing: Clipping | null;
}

export type MessageType = keyof ProtocolMap;
export type Payload<K extends MessageType> = ProtocolMap[K]['payload'];
export type Response<K extends MessageType> = ProtocolMap[K]['response'];

/** What travels through `runtime.sendMessage`. */
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: Payload<K>;
}

export type ProtocolErrorCode = 'forbidden' | 'invalid' | 'unknown-message' | 'failed';

/** The response when a message is refused or its handler failed. */
export interface ErrorResponse {
  error: {
    code: ProtocolErrorCode;
    /** For people: Vietnamese, then English. */
    message: string;
    /** Finer reason from the data layer, e.g. 'quota'. */
    reason?: string;
  };
}

/** Messages only extension pages of ours may send (never a content script or a web page). */
export const PRIVILEGED: ReadonlySet<MessageType> = new Set<MessageType>(['clip.delete', 'clip.restore']);

// ---- schemas -------------------------------------------------------------------------------

const MAX_HTML = 5_000_000;
const MAX_TEXT = 2_000_000;
const MAX_URL = 8_192;
const MAX_SHORT = 2_000;
const MAX_NOTE = 100_000;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nonEmpty = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const absoluteUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL),
  v.check((s) => URL.canParse(s), 'not an absolute URL'),
);
const isoDate = v.pipe(
  v.string(),
  v.maxLength(64),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
);

export const SelectorSchema = v.variant('type', [
  v.object({
    type: v.literal('TextQuoteSelector'),
    exact: str(MAX_TEXT),
    prefix: str(MAX_SHORT),
    suffix: str(MAX_SHORT),
  }),
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
]);

export const HighlightSchema = v.object({
  id: nonEmpty(200),
  color: v.picklist(['yellow', 'green', 'blue', 'pink', 'purple']),
  quote: str(MAX_TEXT),
  selectors: v.pipe(v.array(SelectorSchema), v.maxLength(20)),
  note: str(MAX_NOTE),
  createdAt: isoDate,
});

export const EntitySchema = v.object({
  type: v.picklist(['official', 'agreement', 'legal_document', 'watch']),
  text: str(MAX_SHORT),
  start: offset,
  end: offset,
  name: v.optional(str(MAX_SHORT)),
  title: v.optional(str(MAX_SHORT)),
  titles: v.optional(v.pipe(v.array(str(MAX_SHORT)), v.maxLength(50))),
  titleEn: v.optional(str(MAX_SHORT)),
  key: str(MAX_SHORT),
});

export const DetectionSchema = v.object({
  isVietnamese: v.boolean(),
  isNewsArticle: v.boolean(),
  isVietnameseNews: v.boolean(),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reasons: v.pipe(v.array(str(500)), v.maxLength(50)),
});

const tags = v.pipe(v.array(str(200)), v.maxLength(100));
const highlights = v.pipe(v.array(HighlightSchema), v.maxLength(5_000));

export const ClipDraftSchema = v.object({
  url: absoluteUrl,
  title: str(MAX_SHORT),
  siteName: v.nullable(str(MAX_SHORT)),
  byline: v.nullable(str(MAX_SHORT)),
  publishedTime: v.nullable(str(64)),
  lang: v.nullable(str(35)),
  kind: v.picklist(['article', 'selection']),
  quote: v.optional(str(MAX_TEXT)),
  selectors: v.pipe(v.array(SelectorSchema), v.maxLength(20)),
  html: str(MAX_HTML),
  text: str(MAX_TEXT),
  entities: v.pipe(v.array(EntitySchema), v.maxLength(20_000)),
  highlights,
  note: v.optional(str(MAX_NOTE)),
  tags: v.optional(tags),
  extractorVersion: v.optional(str(50)),
  collectionId: v.optional(str(200)),
});

export const ClippingSchema = v.object({
  ...ClipDraftSchema.entries,
  id: nonEmpty(200),
  canonicalUrl: str(MAX_URL + 100),
  note: str(MAX_NOTE),
  tags,
  collectionId: nonEmpty(200),
  savedAt: isoDate,
  updatedAt: isoDate,
  extractorVersion: str(50),
  contentHash: str(64),
});

const ids = v.pipe(v.array(nonEmpty(200)), v.minLength(1), v.maxLength(10_000));

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ArticleSchema = v.object({
  title: str(MAX_SHORT),
  byline: v.nullable(str(MAX_SHORT)),
  siteName: v.nullable(str(MAX_SHORT)),
  publishedTime: v.nullable(str(64)),
  lang: v.nullable(str(35)),
  excerpt: v.nullable(str(MAX_NOTE)),
  html: str(MAX_HTML),
  text: str(MAX_TEXT),
  wordCount: count,
  readingMinutes: count,
  leadImage: v.nullable(str(MAX_URL)),
  canonicalUrl: v.nullable(str(MAX_URL)),
});

export const EntityGroupSchema = v.object({
  key: str(MAX_SHORT),
  type: v.picklist(['official', 'agreement', 'legal_document', 'watch']),
  name: v.optional(str(MAX_SHORT)),
  text: str(MAX_SHORT),
  titles: v.pipe(v.array(str(MAX_SHORT)), v.maxLength(50)),
  titleEn: v.optional(str(MAX_SHORT)),
  mentions: count,
  firstStart: count,
});

export const ExtractErrorSchema = v.object({
  error: str(MAX_SHORT),
  code: v.picklist(['too-large', 'no-article', 'failed']),
});

/** The reader's handover: entity offsets must lie inside `text`. */
export const ReaderReadingSchema = v.pipe(
  v.object({
    article: ArticleSchema,
    text: str(MAX_TEXT),
    entities: v.pipe(v.array(EntitySchema), v.maxLength(20_000)),
    groups: v.pipe(v.array(EntityGroupSchema), v.maxLength(20_000)),
  }),
  v.check(
    (r) => r.entities.every((e) => e.start <= e.end && e.end <= r.text.length),
    'entity offsets outside the text',
  ),
);

const empty = v.strictObject({});

/** One payload schema per message name. */
export const PAYLOAD_SCHEMAS: { [K in MessageType]: v.GenericSchema<unknown, Payload<K>> } = {
  'page.detected': v.object({ detection: DetectionSchema, url: absoluteUrl }),
  'clip.save': v.object({ draft: ClipDraftSchema }),
  'clip.getByUrl': v.object({ url: absoluteUrl }),
  'clip.update': v.object({
    id: nonEmpty(200),
    patch: v.object({
      note: v.optional(str(MAX_NOTE)),
      tags: v.optional(tags),
      highlights: v.optional(highlights),
      collectionId: v.optional(nonEmpty(200)),
      title: v.optional(str(MAX_SHORT)),
    }),
  }),
  'clip.delete': v.object({ ids }),
  'clip.restore': v.object({
    clippings: v.pipe(v.array(ClippingSchema), v.minLength(1), v.maxLength(10_000)),
  }),
  'reader.open': v.object({
    reading: v.union([ReaderReadingSchema, ExtractErrorSchema]),
    loadedUrl: absoluteUrl,
  }),
  'reader.context': empty,
  'reader.save': v.object({ url: absoluteUrl, draft: ClipDraftSchema }),
  'reader.close': empty,
};

// ---- senders and dispatch ------------------------------------------------------------------

/** The parts of `runtime.MessageSender` the dispatcher looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Who we are: `browser.runtime.id` and `browser.runtime.getURL('')`. */
export interface ExtensionIdentity {
  runtimeId: string;
  /** e.g. "chrome-extension://abc/" or "moz-extension://uuid/" (with the trailing slash). */
  extensionOrigin: string;
}

/** Sent by some part of this extension (content script or extension page). */
export function isOwnExtension(sender: SenderInfo, me: ExtensionIdentity): boolean {
  return typeof sender.id === 'string' && sender.id === me.runtimeId;
}

/**
 * Sent by an extension page of ours shown as itself (popup, options, library, viewer): our id, a
 * URL in our origin, and not inside a web page's tab (a content script has the page's URL; an
 * extension frame embedded in a web page has a web tab or a non-top frame).
 */
export function isExtensionPage(sender: SenderInfo, me: ExtensionIdentity): boolean {
  const origin = me.extensionOrigin.endsWith('/') ? me.extensionOrigin : `${me.extensionOrigin}/`;
  if (!isOwnExtension(sender, me)) return false;
  if (typeof sender.url !== 'string' || !sender.url.startsWith(origin)) return false;
  if (!sender.tab) return true;
  if (typeof sender.tab.url === 'string') return sender.tab.url.startsWith(origin);
  return sender.frameId === 0;
}

/** What a handler gets besides its payload. */
export interface HandlerContext {
  sender: SenderInfo;
  /** True when the sender is an extension page of ours (see `isExtensionPage`). */
  privileged: boolean;
}

export type Handler<K extends MessageType> = (
  payload: Payload<K>,
  ctx: HandlerContext,
) => Response<K> | Promise<Response<K>>;

/** A table of handlers, one per message name (possibly a subset while being assembled). */
export type HandlerTable = { [K in MessageType]?: Handler<K> };

/** Types a handler table (identity at run time). */
export function defineHandlers<T extends HandlerTable>(handlers: T): T {
  return handlers;
}

/** A handler's own refusal (e.g. forbidden for this particular record) or a typed failure. */
export class ProtocolError extends Error {
  readonly code: ProtocolErrorCode;
  readonly reason?: string;
  constructor(code: ProtocolErrorCode, message: string, reason?: string) {
    super(message);
    this.name = 'ProtocolError';
    this.code = code;
    this.reason = reason;
  }
}

/** Builds an error response. */
export function errorResponse(code: ProtocolErrorCode, message: string, reason?: string): ErrorResponse {
  return { error: reason ? { code, message, reason } : { code, message } };
}

/** True for `{ error: { code, message } }`. */
export function isErrorResponse(value: unknown): value is ErrorResponse {
  if (!value || typeof value !== 'object' || !('error' in value)) return false;
  const e = (value as { error: unknown }).error;
  return !!e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string';
}

const hasOwn = (o: object, k: string) => Object.hasOwn(o, k);

/**
 * Validates and dispatches one message: sender must be this extension, the name must be known,
 * privileged names need an extension page, the payload must match its schema (unknown keys are
 * dropped). Never throws: failures come back as `ErrorResponse`.
 */
export async function dispatch(
  handlers: HandlerTable,
  message: unknown,
  sender: SenderInfo,
  me: ExtensionIdentity,
): Promise<Response<MessageType> | ErrorResponse> {
  if (!isOwnExtension(sender, me)) {
    return errorResponse(
      'forbidden',
      'Từ chối: tin nhắn không đến từ tiện ích Báo Gọn. / Refused: sender is not this extension.',
    );
  }
  if (!message || typeof message !== 'object' || typeof (message as Envelope).type !== 'string') {
    return errorResponse(
      'invalid',
      'Tin nhắn không hợp lệ: thiếu "type". / Invalid message: missing "type".',
    );
  }
  const { type, payload } = message as { type: string; payload: unknown };
  const unknown = () =>
    errorResponse(
      'unknown-message',
      `Không rõ loại tin nhắn "${type.slice(0, 80)}". / Unknown message type.`,
    );
  if (!hasOwn(PAYLOAD_SCHEMAS, type)) return unknown();
  const name = type as MessageType;
  const privileged = isExtensionPage(sender, me);
  if (PRIVILEGED.has(name) && !privileged) {
    return errorResponse(
      'forbidden',
      `Từ chối: chỉ trang của tiện ích mới được gửi "${name}". / Refused: "${name}" is only allowed from extension pages.`,
    );
  }
  const parsed = v.safeParse(PAYLOAD_SCHEMAS[name] as v.GenericSchema<unknown, unknown>, payload);
  if (!parsed.success) {
    const where = parsed.issues
      .slice(0, 3)
      .map((i) => `${v.getDotPath(i) ?? '(payload)'}: ${i.message}`)
      .join('; ');
    return errorResponse(
      'invalid',
      `Dữ liệu gửi kèm "${name}" không hợp lệ (${where}). / Invalid payload for "${name}" (${where}).`,
    );
  }
  if (!hasOwn(handlers, name)) return unknown();
  const handler = handlers[name] as Handler<MessageType>;
  try {
    return await handler(parsed.output as Payload<MessageType>, { sender, privileged });
  } catch (err) {
    if (err instanceof ProtocolError) return errorResponse(err.code, err.message, err.reason);
    const reason = (err as { code?: unknown })?.code;
    const message = err instanceof Error ? err.message : String(err);
    return errorResponse(
      'failed',
      `${message.slice(0, 500)} / The operation failed.`,
      typeof reason === 'string' ? reason : undefined,
    );
  }
}
