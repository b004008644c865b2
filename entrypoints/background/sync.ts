/**
 * Team sync wiring: the sync service over the clippings database, its messages, a periodic sync
 * and a sync soon after each local change. The account lives in the extension origin's IndexedDB
 * (`bao-gon-sync`), which content scripts cannot read.
 */
import type { BaoGonDB } from '@/lib/clips/db';
import { defineHandlers, type HandlerTable, ProtocolError } from '@/lib/protocol';
import { SyncError } from '@/lib/sync/couch';
import { SyncService } from '@/lib/sync/service';
import { openSyncDb } from '@/lib/sync/store';

/** Time between background syncs while the background is alive (ms). */
const PERIOD_MS = 60_000;

export function createSync(db: BaoGonDB) {
  const service = new SyncService({
    db,
    state: openSyncDb(),
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
  setInterval(() => void service.syncNow().catch(() => {}), PERIOD_MS);
  void service.syncNow().catch(() => {});
  if (typeof addEventListener === 'function') addEventListener('online', () => service.schedule());
  return { service, handlers };
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
