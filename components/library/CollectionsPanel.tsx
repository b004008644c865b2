/** Collections management: create, rename, delete (its clippings go back to the default collection). */
import { useState } from 'preact/hooks';
import { t } from '@/components/ui/i18n';
import { createCollection, deleteCollection, renameCollection } from '@/lib/clips/collections';
import { type BaoGonDB, DEFAULT_COLLECTION_ID } from '@/lib/clips/db';
import type { Collection } from '@/lib/types';

/** Create / rename / delete collections (`collection-new`, `collection-create`). */
export function CollectionsPanel({ db, collections }: { db: BaoGonDB; collections: readonly Collection[] }) {
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState('');
  const run = async (fn: () => Promise<unknown>) => {
    setError('');
    try {
      await fn();
    } catch {
      setError(t('libCollectionFailed'));
    }
  };
  return (
    <section class="panel collections" aria-labelledby="collections-h">
      <h2 id="collections-h">{t('libCollections')}</h2>
      <ul>
        {collections.map((c) => (
          <li key={c.id}>
            {editing?.id === c.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void run(() => renameCollection(db, c.id, editing.name)).then(() => setEditing(null));
                }}
              >
                <label class="sr-only" for={`rename-${c.id}`}>
                  {t('libRenameCollection', c.name)}
                </label>
                <input
                  id={`rename-${c.id}`}
                  type="text"
                  value={editing.name}
                  onInput={(e) => setEditing({ id: c.id, name: (e.currentTarget as HTMLInputElement).value })}
                />
                <button type="submit">{t('libOk')}</button>
                <button type="button" onClick={() => setEditing(null)}>
                  {t('libCancel')}
                </button>
              </form>
            ) : (
              <>
                <span>{c.name}</span>
                {c.id !== DEFAULT_COLLECTION_ID && (
                  <>
                    <button
                      type="button"
                      class="small"
                      aria-label={t('libRenameCollection', c.name)}
                      onClick={() => setEditing({ id: c.id, name: c.name })}
                    >
                      ✎
                    </button>
                    <button
                      type="button"
                      class="small"
                      aria-label={t('libDeleteCollection', c.name)}
                      onClick={() => {
                        if (window.confirm(t('libConfirmDeleteCollection', c.name))) {
                          void run(() => deleteCollection(db, c.id));
                        }
                      }}
                    >
                      ✕
                    </button>
                  </>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void run(() => createCollection(db, name)).then(() => setName(''));
        }}
      >
        <label for="collection-new" class="sr-only">
          {t('libNewCollection')}
        </label>
        <input
          id="collection-new"
          data-testid="collection-new"
          type="text"
          placeholder={t('libNewCollection')}
          value={name}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" data-testid="collection-create">
          {t('libCreate')}
        </button>
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
