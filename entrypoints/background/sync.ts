/**
 * Team sync wiring: the sync service over the clippings database, its messages, a periodic sync
 * and a sync soon after each local change. The account lives in the extension origin's IndexedDB
 * (`bao-gon-sync`), which content scripts cannot read.
 */
import type { BaoGonDB } from '@/lib/clips/db';
import { defineHandlers, type HandlerTable, ProtocolError } from '@/lib/protocol';
import { type FetchLike, SyncError } from '@/lib/sync/couch';
import { SyncService } from '@/lib/sync/service';
import { openSyncDb, type SyncDB } from '@/lib/sync/store';

/** Time between background syncs while the background is alive (ms). */
const PERIOD_MS = 60_000;

/** `state` and `fetch` are for tests (default: the `bao-gon-sync` database and the global fetch). */
export function createSync(db: BaoGonDB, opts: { state?: SyncDB; fetch?: FetchLike } = {}) {
  const service = new SyncService({
    db,
    state: opts.state ?? openSyncDb(),
    fetch: opts.fetch,
    online: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
  });
  const refused = (err: unknown): never => {
    if (err instanceof SyncError) throw new ProtocolError('invalid', err.message, err.code);
    throw err;
  };
  const handlers = defineHandlers({
    'sync.status': () => service.status(),
    'sync.account': async ({ account }) => {
      await service.setAccount(account).catch(refused);
      if (account) void service.syncNow().catch(() => {});
      return service.status();
    },
    'sync.share': async ({ collectionId, database }) => {
      if (database === null) await service.unshare(collectionId);
      else await service.share(collectionId, database).catch(refused);
      if (database !== null) await service.syncNow().catch(() => {});
      return service.status();
    },
    'sync.now': async () => {
      await service.syncNow().catch(() => {});
      return service.status();
    },
  });
  // Start-up and periodic passes: nothing at all while no team account (and share) is set up.
  setInterval(() => void service.autoSync().catch(() => {}), PERIOD_MS);
  const started = service.autoSync().catch(() => false);
  if (typeof addEventListener === 'function') addEventListener('online', () => service.schedule());
  return { service, handlers, started };
}

/** Wraps handlers so that every clip change schedules a sync. */
export function afterClipChanges<T extends HandlerTable>(handlers: T, service: SyncService): T {
  const out: HandlerTable = { ...handlers };
  for (const name of ['clip.save', 'clip.update', 'clip.delete', 'clip.restore'] as const) {
    const h = handlers[name] as ((p: unknown, c: unknown) => unknown) | undefined;
    if (!h) continue;
    (out as Record<string, unknown>)[name] = async (p: unknown, c: unknown) => {
      const r = await h(p, c);
      service.schedule();
      return r;
    };
  }
  return out as T;
}
