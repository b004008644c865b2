/** Team sync line of the library: per shared collection, last sync, pending changes, errors in words. */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/components/browser/messaging';
import { lastSyncText, pendingText, syncErrorText } from '@/components/sync/words';
import { t } from '@/components/ui/i18n';
import type { SyncStatus as Status } from '@/lib/sync/types';
import type { Collection } from '@/lib/types';

const REFRESH_MS = 3000;

export function SyncStatus({ collections }: { collections: Collection[] }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    const load = () =>
      sendMessage('sync.status', {}).then(
        (s) => live && setStatus(s),
        () => {},
      );
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  if (!status?.configured || status.shares.length === 0) return null;
  const name = (id: string) => collections.find((c) => c.id === id)?.name ?? id;
  const now = async () => {
    setBusy(true);
    try {
      setStatus(await sendMessage('sync.now', {}));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="sync-status" data-testid="library-sync-status" aria-label={t('syncLibraryLabel')}>
      {status.shares.map((s) => (
        <p key={s.collectionId} data-testid="library-sync-share" role={s.error ? 'alert' : 'status'}>
          <strong>{name(s.collectionId)}</strong> ({s.database}): {lastSyncText(s.lastSyncAt)} ·{' '}
          <span data-testid="library-sync-pending">{pendingText(s.pending)}</span>
          {s.error && (
            <>
              {' '}
              · <span data-testid="library-sync-error">{syncErrorText(s.error)}</span>
            </>
          )}
        </p>
      ))}
      <button type="button" data-testid="library-sync-now" disabled={busy} onClick={() => void now()}>
        {busy ? t('syncRunning') : t('syncNow')}
      </button>
    </section>
  );
}
