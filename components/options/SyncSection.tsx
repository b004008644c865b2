/**
 * Team collections: the CouchDB server account, which collections are shared through which
 * database, and each share's status (last sync, pending changes, errors in words).
 */
import { useEffect, useState } from 'preact/hooks';
import { MessageError, sendMessage } from '@/components/browser/messaging';
import { lastSyncText, pendingText, syncErrorText } from '@/components/sync/words';
import { collectionName } from '@/components/ui/collection-name';
import { InputField, SelectField, TitledSection } from '@/components/ui/form';
import { t } from '@/components/ui/i18n';
import { listCollections } from '@/lib/clips/collections';
import { isAllowedServerUrl, originPattern } from '@/lib/sync/couch';
import type { SyncStatus } from '@/lib/sync/types';
import type { Collection } from '@/lib/types';
import type { OptionsServices } from './services';

export function SyncSection({ services }: { services: OptionsServices }) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [collections, setCollections] = useState<Collection[]>([]);
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [collectionId, setCollectionId] = useState('');
  const [database, setDatabase] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = () => sendMessage('sync.status', {}).then(setStatus, () => {});
  useEffect(() => {
    void refresh();
    void listCollections(services.db).then((cs) => {
      setCollections(cs);
      setCollectionId((id) => id || cs[0]?.id || '');
    });
    const timer = setInterval(() => void refresh(), 3000);
    return () => clearInterval(timer);
  }, [services.db]);

  const run = async (fn: () => Promise<SyncStatus>) => {
    setBusy(true);
    setMessage(null);
    try {
      setStatus(await fn());
    } catch (err) {
      const reason = err instanceof MessageError ? err.reason : undefined;
      setMessage(reason ? syncErrorText(reason) : err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const connect = () => {
    const clean = url.trim().replace(/\/+$/, '');
    if (!isAllowedServerUrl(clean)) {
      setMessage(syncErrorText('insecure-url'));
      return;
    }
    // Asked inside the click (browsers need the gesture), for this server's origin only. The
    // account is saved either way: a server that answers CORS for the extension works without it.
    void (services.requestOrigin?.(originPattern(clean)) ?? Promise.resolve(true)).then(
      (ok) => !ok && setMessage(t('syncPermissionDenied')),
      () => {},
    );
    void run(() => sendMessage('sync.account', { account: { url: clean, user: user.trim(), password } }));
    setPassword('');
  };

  const name = (id: string) => collections.find((c) => c.id === id)?.name ?? id;
  /** The account form's fields, each inside its label (`sync-url`, `sync-user`, `sync-password`). */
  const accountFields = [
    {
      test: 'url',
      label: 'syncServerUrl',
      type: 'url',
      placeholder: 'https://couch.example.org',
      value: url,
      set: setUrl,
    },
    { test: 'user', label: 'syncUser', type: 'text', autocomplete: 'username', value: user, set: setUser },
    {
      test: 'password',
      label: 'syncPassword',
      type: 'password',
      autocomplete: 'current-password',
      value: password,
      set: setPassword,
    },
  ];
  return (
    <TitledSection id="sync" title={t('syncHeading')} testId="sync-section">
      <p>{t('syncIntro')}</p>
      {status?.configured ? (
        <p data-testid="sync-account">
          {t('syncConnectedAs', [status.user ?? '', status.url ?? ''])}{' '}
          <button
            type="button"
            data-testid="sync-forget"
            disabled={busy}
            onClick={() => void run(() => sendMessage('sync.account', { account: null }))}
          >
            {t('syncForget')}
          </button>
        </p>
      ) : null}
      <form
        class="sync-account"
        onSubmit={(e) => {
          e.preventDefault();
          connect();
        }}
      >
        {accountFields.map((f) => (
          <label key={f.test}>
            {t(f.label)}
            <input
              type={f.type}
              autocomplete={f.autocomplete}
              placeholder={f.placeholder}
              data-testid={`sync-${f.test}`}
              value={f.value}
              onInput={(e) => f.set(e.currentTarget.value)}
            />
          </label>
        ))}
        <button type="submit" data-testid="sync-connect" disabled={busy || !url || !user}>
          {t('syncConnect')}
        </button>
      </form>
      {status?.configured && (
        <form
          class="sync-share"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => sendMessage('sync.share', { collectionId, database: database.trim() }));
          }}
        >
          <SelectField
            id="sync-collection"
            testId="sync-collection"
            label={t('syncCollection')}
            value={collectionId}
            options={collections.map((c) => ({ value: c.id, label: collectionName(c) }))}
            onChange={setCollectionId}
          />{' '}
          <InputField
            id="sync-database"
            testId="sync-database"
            type="text"
            label={t('syncDatabase')}
            value={database}
            onInput={setDatabase}
          />
          <button type="submit" data-testid="sync-share" disabled={busy || !database || !collectionId}>
            {t('syncShareButton')}
          </button>
        </form>
      )}
      {message && (
        <p role="alert" data-testid="sync-message">
          {message}
        </p>
      )}
      <ul class="sync-shares">
        {(status?.shares ?? []).map((s) => (
          <li key={s.collectionId} data-testid="sync-share-row">
            <strong>{t('syncSharedAs', [name(s.collectionId), s.database])}</strong>
            <span data-testid="sync-last">{lastSyncText(s.lastSyncAt)}</span> ·{' '}
            <span data-testid="sync-pending">{pendingText(s.pending)}</span>
            {s.error && (
              <span role="alert" data-testid="sync-error">
                {' '}
                · {syncErrorText(s.error)}
              </span>
            )}{' '}
            <button
              type="button"
              data-testid="sync-unshare"
              disabled={busy}
              onClick={() =>
                void run(() => sendMessage('sync.share', { collectionId: s.collectionId, database: null }))
              }
            >
              {t('syncUnshare')}
            </button>
          </li>
        ))}
      </ul>
      {status?.configured && (
        <button
          type="button"
          data-testid="sync-now"
          disabled={busy}
          onClick={() => void run(() => sendMessage('sync.now', {}))}
        >
          {busy ? t('syncRunning') : t('syncNow')}
        </button>
      )}
    </TitledSection>
  );
}
