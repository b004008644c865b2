/**
 * A small CouchDB HTTP client over `fetch` (basic auth), with just what replication needs:
 * `_changes` since a checkpoint, `_bulk_docs`, `_all_docs` by keys, `_local` checkpoint documents
 * and `_session`. Every failure becomes a `SyncError` with a code a user can act on.
 */
import type { SyncAccount, SyncErrorCode } from './types';

export class SyncError extends Error {
  readonly code: SyncErrorCode;
  constructor(code: SyncErrorCode, detail: string) {
    super(detail);
    this.name = 'SyncError';
    this.code = code;
  }
}

/** https anywhere; plain http only for this machine (localhost, 127.0.0.1, ::1). */
export function isAllowedServerUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (u.protocol === 'https:') return true;
  return u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
}

/** The host-permission pattern for a server, e.g. "https://couch.example.org/*". */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

/** A CouchDB database name: lower-case letter first, then a-z 0-9 _$()+-/ (CouchDB's own rule). */
export function isValidDatabaseName(name: string): boolean {
  return /^[a-z][a-z0-9_$()+/-]{0,237}$/.test(name);
}

export interface CouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  [k: string]: unknown;
}

export interface ChangesPage {
  results: {
    id: string;
    seq: string | number;
    changes: { rev: string }[];
    doc?: CouchDoc;
    deleted?: boolean;
  }[];
  last_seq: string | number;
}

export interface BulkResult {
  id: string;
  rev?: string;
  ok?: boolean;
  error?: string;
  reason?: string;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface CouchOptions {
  fetch?: FetchLike;
  /** Whether the device believes it is online (navigator.onLine); default true. */
  online?: () => boolean;
}

/** Base64 of a UTF-8 string (btoa alone refuses non-Latin-1 user names). */
function base64Utf8(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export class CouchClient {
  private readonly base: string;
  private readonly auth: string;
  private readonly doFetch: FetchLike;
  private readonly online: () => boolean;

  constructor(
    readonly account: SyncAccount,
    opts: CouchOptions = {},
  ) {
    if (!isAllowedServerUrl(account.url)) {
      throw new SyncError('insecure-url', 'The server address must use https (http only for localhost).');
    }
    this.base = account.url.replace(/\/+$/, '');
    this.auth = `Basic ${base64Utf8(`${account.user}:${account.password}`)}`;
    this.doFetch = opts.fetch ?? ((i, init) => fetch(i, init));
    this.online = opts.online ?? (() => true);
  }

  /** One request; JSON in and out; HTTP failures mapped to `SyncError`. */
  async request<T>(method: string, path: string, body?: unknown, okStatus: number[] = []): Promise<T> {
    if (!this.online()) throw new SyncError('offline', 'The device is offline.');
    let res: Response;
    try {
      res = await this.doFetch(`${this.base}/${path}`, {
        method,
        headers: {
          Authorization: this.auth,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new SyncError(this.online() ? 'server-down' : 'offline', detail);
    }
    const text = await res.text().catch(() => '');
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (res.ok || okStatus.includes(res.status)) return json as T;
    const reason = (json as { reason?: string; error?: string } | null)?.reason ?? res.statusText;
    if (res.status === 401 || res.status === 403) throw await this.authError(res.status, reason);
    if (res.status === 404) throw new SyncError('no-database', reason || 'not found');
    if (res.status >= 500) throw new SyncError('server-down', `${res.status} ${reason}`);
    throw new SyncError('failed', `${res.status} ${reason}`);
  }

  /** 401/403: wrong name or password, or a valid user who is not a member of the database. */
  private async authError(status: number, reason: string): Promise<SyncError> {
    if (/name or password/i.test(reason)) return new SyncError('wrong-password', reason);
    try {
      const res = await this.doFetch(`${this.base}/_session`, {
        headers: { Authorization: this.auth, Accept: 'application/json' },
        credentials: 'omit',
        cache: 'no-store',
      });
      const s = (await res.json()) as { userCtx?: { name?: string | null } };
      if (res.ok && s.userCtx?.name === this.account.user) return new SyncError('not-member', reason);
    } catch {
      // fall through
    }
    return new SyncError(status === 403 ? 'not-member' : 'wrong-password', reason);
  }

  private db(database: string): string {
    return encodeURIComponent(database);
  }

  /** Checks that the database exists and that we may read it. */
  async info(database: string): Promise<{ update_seq: string | number; doc_count: number }> {
    return this.request('GET', this.db(database));
  }

  /** A page of changes after `since`, with the documents. */
  changes(database: string, since: string, limit: number): Promise<ChangesPage> {
    const q = new URLSearchParams({ since, limit: String(limit), include_docs: 'true', style: 'main_only' });
    return this.request('GET', `${this.db(database)}/_changes?${q}`);
  }

  /** Writes documents with normal revision checks: a stale `_rev` comes back as a `conflict`. */
  bulkDocs(database: string, docs: CouchDoc[]): Promise<BulkResult[]> {
    return this.request('POST', `${this.db(database)}/_bulk_docs`, { docs });
  }

  /** Current documents by id (missing ones are absent from the map). */
  async getDocs(database: string, ids: string[]): Promise<Map<string, CouchDoc>> {
    const res = await this.request<{ rows: { key: string; doc?: CouchDoc | null; error?: string }[] }>(
      'POST',
      `${this.db(database)}/_all_docs?include_docs=true`,
      { keys: ids },
    );
    const out = new Map<string, CouchDoc>();
    for (const r of res.rows) if (r.doc) out.set(r.key, r.doc);
    return out;
  }

  /** A `_local` document (not replicated), or null. */
  async getLocal<T>(database: string, id: string): Promise<(T & { _rev?: string }) | null> {
    const res = await this.request<(T & { _rev?: string; error?: string }) | null>(
      'GET',
      `${this.db(database)}/_local/${encodeURIComponent(id)}`,
      undefined,
      [404],
    );
    return res && !res.error ? res : null;
  }

  async putLocal(database: string, id: string, body: Record<string, unknown>): Promise<void> {
    const current = await this.getLocal<Record<string, unknown>>(database, id);
    await this.request('PUT', `${this.db(database)}/_local/${encodeURIComponent(id)}`, {
      ...body,
      ...(current?._rev ? { _rev: current._rev } : {}),
    });
  }
}
