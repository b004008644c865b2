/**
 * The background's own sync passes (start-up, every minute, back online): without a team account
 * they do nothing at all — no request to any server, no "sync running" — and with an account and a
 * shared collection the start-up pass does sync.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSync } from '@/entrypoints/background/sync';
import { createCollection } from '@/lib/clips/collections';
import type { BaoGonDB } from '@/lib/clips/db';
import { SyncService } from '@/lib/sync/service';
import { openSyncDb, type SyncDB } from '@/lib/sync/store';
import { freshDb } from '../clips/helpers';

let n = 0;
const open: { db: BaoGonDB; state: SyncDB }[] = [];

function fresh() {
  const pair = { db: freshDb(), state: openSyncDb(`bao-gon-sync-bg-${++n}-${Math.random()}`) };
  open.push(pair);
  return pair;
}

/** A fetch that records every call and answers like a server that is down. */
function recordingFetch() {
  return vi.fn(async (_input: string, _init?: RequestInit): Promise<Response> => {
    throw new TypeError('Failed to fetch');
  });
}

afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const { db, state } of open.splice(0)) {
    state.close();
    await Promise.all([db.delete(), state.delete()]);
  }
});

describe('background sync passes', () => {
  it('do nothing at start-up, on the minute or back online when no account is configured', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const syncNow = vi.spyOn(SyncService.prototype, 'syncNow');
    const fetch = recordingFetch();
    const { db, state } = fresh();
    const { service, started } = createSync(db, { state, fetch });

    expect(await started).toBe(false);
    vi.advanceTimersByTime(3 * 60_000); // three periodic passes
    expect(await service.autoSync()).toBe(false); // what "back online" and local changes run
    await new Promise((r) => setTimeout(r, 50));

    expect(syncNow).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
    const status = await service.status();
    expect(status).toMatchObject({ configured: false, running: false, shares: [] });
  });

  it('do nothing either with an account but no shared collection', async () => {
    const fetch = recordingFetch();
    const { db, state } = fresh();
    const first = createSync(db, { state, fetch });
    await first.started;
    await first.service.setAccount({ url: 'http://127.0.0.1:9', user: 'an', password: 'pw' });

    const syncNow = vi.spyOn(SyncService.prototype, 'syncNow');
    const { started } = createSync(db, { state, fetch }); // the background starting again
    expect(await started).toBe(false);
    expect(syncNow).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sync at start-up once an account and a shared collection exist', async () => {
    const fetch = recordingFetch();
    const { db, state } = fresh();
    const first = createSync(db, { state, fetch });
    await first.started;
    const col = await createCollection(db, 'Nhóm');
    await first.service.setAccount({ url: 'http://127.0.0.1:9', user: 'an', password: 'pw' });
    await first.service.share(col.id, 'team-a');

    const { service, started } = createSync(db, { state, fetch });
    expect(await started).toBe(true);
    expect(fetch).toHaveBeenCalled();
    expect(String(fetch.mock.calls[0][0])).toBe('http://127.0.0.1:9/team-a');
    const status = await service.status();
    expect(status.shares[0]).toMatchObject({ database: 'team-a', error: 'server-down' });
  });
});
