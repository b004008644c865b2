/**
 * The message protocol between content scripts / extension pages and the background: ONE map of
 * message names to payload and response types, a valibot schema for every payload, and a pure
 * dispatcher that checks the sender and the payload before calling a handler from a table.
 * No `browser.*` here: the background passes its runtime id and extension origin in.
 */
import * as v from 'valibot';
import type { ClipDraft } from './clips/draft';
import {
  AbsoluteUrlSchema,
  ClipDraftSchema,
  ClipPatchSchema,
  ENTITY_TYPES,
  type EntityType,
  ExtractErrorSchema,
  ReaderReadingSchema,
  DetectionSchema,
  IdSchema,
  LIMITS,
  list,
  str,
} from './schema';
import type { ClipPatch, Clipping, Detection } from './schema';
import { READER_FONTS, READER_THEMES, type Settings } from './settings';
import type { SyncStatus } from './sync/types';
import type { EntityGroup } from './entities';
import type { Article, Entity, ExtractError } from './types';

export type { ClipPatch } from './schema';

/** Every message: name → payload and response. */
export interface ProtocolMap {
  /** Content script → background: detection result of the page; background sets the badge. */
  'page.detected': { payload: { detection: Detection; url: string }; response: { ok: true } };
  /** Save (or merge into) a clipping. The background sanitises `draft.html` again. */
  'clip.save': {
    payload: { draft: ClipDraft; tabId?: number };
    response: { clipping: Clipping; alreadySaved: boolean };
  };
  /** The article clipping of a page (any URL spelling), or null. */
  'clip.getByUrl': { payload: { url: string }; response: { clipping: Clipping | null } };
  /**
   * Change note/tags/highlights/collection/title. Allowed from extension pages, and from a content
   * script only for a clipping of the page it runs in.
   */
  'clip.update': { payload: { id: string; patch: ClipPatch }; response: { clipping: Clipping | null } };
  /**
   * Privileged: moves clippings to the trash by id (one transaction); returns the ids moved. Records
   * never travel through messages (Chrome caps a message at 64 MiB): undo uses the ids.
   */
  'clip.delete': { payload: { ids: string[] }; response: { deleted: string[] } };
  /** Privileged: moves clippings back from the trash by id (undo). */
  'clip.restore': {
    payload: { ids: string[] };
    response: { restored: string[]; conflicts: string[]; missing: string[] };
  };
  /**
   * Content script → background: the settings a web page's content script needs (reader look,
   * entity display, language, watch list for recognition). Never autoOpenReader, detectAllSites.
   */
  'settings.page': { payload: Record<string, never>; response: { settings: PageSettings } };
  /** Content script → background: the reader's own look and entity toggles, nothing else. */
  'settings.pageUpdate': { payload: PageSettingsPatch; response: { settings: PageSettings } };
  /** Privileged: team sync status (account without password, shares, pending, errors). */
  'sync.status': { payload: Record<string, never>; response: SyncStatus };
  /** Privileged: set (or with null, forget) the team server account. */
  'sync.account': {
    payload: { account: { url: string; user: string; password: string } | null };
    response: SyncStatus;
  };
  /** Privileged: share a collection through a database of the team server (or stop: database null). */
  'sync.share': { payload: { collectionId: string; database: string | null }; response: SyncStatus };
  /** Privileged: sync every shared collection now; answers when done. */
  'sync.now': { payload: Record<string, never>; response: SyncStatus };
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

/** The part of the settings a content script may see (see 'settings.page'). */
export type PageSettings = Pick<
  Settings,
  'reader' | 'entityTypesShown' | 'entityColors' | 'watchlist' | 'uiLanguage'
>;
/** The part of the settings a content script may change. */
export type PageSettingsPatch = Partial<Pick<Settings, 'reader' | 'entityTypesShown'>>;

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
export const PRIVILEGED: ReadonlySet<MessageType> = new Set<MessageType>([
  'clip.delete',
  'clip.restore',
  'sync.status',
  'sync.account',
  'sync.share',
  'sync.now',
]);

// ---- schemas -------------------------------------------------------------------------------

const ids = v.pipe(list(IdSchema, LIMITS.batch), v.minLength(1));

const empty = v.strictObject({});

/** One payload schema per message name. */
export const PAYLOAD_SCHEMAS: { [K in MessageType]: v.GenericSchema<unknown, Payload<K>> } = {
  'page.detected': v.object({ detection: DetectionSchema, url: AbsoluteUrlSchema }),
  'clip.save': v.object({
    draft: ClipDraftSchema,
    tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  'clip.getByUrl': v.object({ url: AbsoluteUrlSchema }),
  'clip.update': v.object({ id: IdSchema, patch: ClipPatchSchema }),
  'clip.delete': v.object({ ids }),
  'clip.restore': v.object({ ids }),
  'settings.page': v.object({}),
  'settings.pageUpdate': v.object({
    reader: v.optional(
      v.object({
        fontSize: v.pipe(v.number(), v.minValue(14), v.maxValue(28)),
        lineWidth: v.pipe(v.number(), v.minValue(45), v.maxValue(90)),
        theme: v.picklist(READER_THEMES),
        font: v.picklist(READER_FONTS),
      }),
    ),
    entityTypesShown: v.optional(
      v.object(
        Object.fromEntries(ENTITY_TYPES.map((t) => [t, v.boolean()])) as Record<
          EntityType,
          v.BooleanSchema<undefined>
        >,
      ),
    ),
  }),
  'sync.status': v.object({}) as v.GenericSchema<unknown, Record<string, never>>,
  'sync.account': v.object({
    account: v.nullable(
      v.object({
        url: AbsoluteUrlSchema,
        user: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
        password: v.pipe(v.string(), v.maxLength(1_000)),
      }),
    ),
  }),
  'sync.share': v.object({
    collectionId: IdSchema,
    database: v.nullable(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_$()+/-]{0,237}$/))),
  }),
  'sync.now': v.object({}) as v.GenericSchema<unknown, Record<string, never>>,
  'reader.open': v.object({
    reading: v.union([ReaderReadingSchema, ExtractErrorSchema]),
    loadedUrl: AbsoluteUrlSchema,
  }),
  'reader.context': empty,
  'reader.save': v.object({ url: AbsoluteUrlSchema, draft: ClipDraftSchema }),
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

/** A handler for every message name: what the background registers (a message without one fails tsc). */
export type CompleteHandlerTable = { [K in MessageType]: Handler<K> };

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
