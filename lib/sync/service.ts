/**
 * The sync service the background runs: account and shares, one sync at a time, a debounced
 * sync after local changes, and the status the pages show. No `browser.*`: fetch, the online flag
 * and the clock come in as dependencies.
 */
import type { BaoGonDB } from '../clips/db';
import { CouchClient, type FetchLike, isAllowedServerUrl, isValidDatabaseName, SyncError } from './couch';
import { pendingIds, type SyncReport, syncShare } from './engine';
import { addShare, clientId, getAccount, removeShare, type SyncDB, setAccount } from './store';
import type { SyncAccount, SyncStatus } from './types';

export interface SyncServiceDeps {
  db: BaoGonDB;
  state: SyncDB;
  fetch?: FetchLike;
  online?: () => boolean;
  /** Delay of the sync that follows a local change (ms, default 1500). */
  debounceMs?: number;
}

export class SyncService {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: SyncServiceDeps) {}

  /** What the library and options page show. */
  async status(): Promise<SyncStatus> {
    const { db, state } = this.deps;
    const account = await getAccount(state);
    const shares = await state.shares.toArray();
    return {
      configured: !!account,
      url: account?.url ?? null,
      user: account?.user ?? null,
      running: this.running !== null,
      shares: await Promise.all(
        shares.map(async (s) => ({
          collectionId: s.collectionId,
          database: s.database,
          lastSyncAt: s.lastSyncAt,
          pending: (await pendingIds(db, state, s.collectionId)).length,
          error: s.lastError,
          errorDetail: s.lastErrorDetail,
        })),
      ),
    };
  }

  /** Saves (or with null, forgets) the account. Refuses plain http except for localhost. */
  async setAccount(account: SyncAccount | null): Promise<void> {
    if (account) {
      const url = account.url.trim().replace(/\/+$/, '');
      if (!isAllowedServerUrl(url)) throw new SyncError('insecure-url', url);
      await setAccount(this.deps.state, { url, user: account.user.trim(), password: account.password });
    } else {
      await setAccount(this.deps.state, null);
    }
  }

  /** Shares a local collection through a database of the team server. */
  async share(collectionId: string, database: string): Promise<void> {
    if (!isValidDatabaseName(database)) throw new SyncError('failed', `invalid database name: ${database}`);
    if (!(await this.deps.db.collections.get(collectionId)))
      throw new SyncError('failed', 'no such collection');
    const taken = await this.deps.state.shares.where('database').equals(database).first();
    if (taken && taken.collectionId !== collectionId)
      throw new SyncError('failed', 'database already shared');
    await addShare(this.deps.state, collectionId, database);
  }

  async unshare(collectionId: string): Promise<void> {
    await removeShare(this.deps.state, collectionId);
  }

  /** Syncs every share now (joins a sync already running, then runs once more). */
  syncNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.syncAll();
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Whether there is anything to sync: an account and at least one shared collection. */
  async configured(): Promise<boolean> {
    const { state } = this.deps;
    return !!(await getAccount(state)) && (await state.shares.count()) > 0;
  }

  /**
   * The background's own passes (start-up, period, back online, after a local change): without an
   * account or without a shared collection they do nothing at all (no request, never "running").
   * Returns whether a sync ran.
   */
  async autoSync(): Promise<boolean> {
    if (!this.running && !(await this.configured())) return false;
    await this.syncNow();
    return true;
  }

  /** A sync soon after a local change (several changes give one sync). */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.autoSync().catch(() => {});
    }, this.deps.debounceMs ?? 1500);
  }

  private async syncAll(): Promise<SyncReport[]> {
    const { db, state } = this.deps;
    const account = await getAccount(state);
    if (!account) return [];
    const client = new CouchClient(account, { fetch: this.deps.fetch, online: this.deps.online });
    const id = await clientId(state);
    const out: SyncReport[] = [];
    for (const share of await state.shares.toArray()) {
      try {
        out.push(await syncShare({ db, state, client, clientId: id }, share));
      } catch {
        // recorded on the share (lastError); the other shares still sync
      }
    }
    return out;
  }
}
