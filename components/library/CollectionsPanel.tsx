/** Collections management: create, rename, delete (its clippings go back to the default collection). */
import { useState } from 'preact/hooks';
import { collectionName } from '@/components/ui/collection-name';
import { t } from '@/components/ui/i18n';
import { createCollection, deleteCollection, renameCollection } from '@/lib/clips/collections';
import { type BaoGonDB, DEFAULT_COLLECTION_ID } from '@/lib/clips/db';
import type { Collection } from '@/lib/types';
import { EditableList, FailureNote, useFailureNote } from './EditableList';

/** Create / rename / delete collections (`collection-new`, `collection-create`). */
export function CollectionsPanel({ db, collections }: { db: BaoGonDB; collections: readonly Collection[] }) {
  const [name, setName] = useState('');
  const { error, run } = useFailureNote(t('libCollectionFailed'));
  return (
    <section class="panel collections" aria-labelledby="collections-h">
      <h2 id="collections-h">{t('libCollections')}</h2>
      <EditableList
        items={collections}
        keyOf={(c) => c.id}
        nameOf={(c) => c.name}
        show={(c) => <span>{collectionName(c)}</span>}
        editable={(c) => c.id !== DEFAULT_COLLECTION_ID}
        renameLabel={(n) => t('libRenameCollection', n)}
        deleteLabel={(n) => t('libDeleteCollection', n)}
        confirmDelete={(n) => t('libConfirmDeleteCollection', n)}
        inputId={(c) => `rename-${c.id}`}
        rename={(c, to) => renameCollection(db, c.id, to)}
        remove={(c) => deleteCollection(db, c.id)}
        run={run}
      />
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
      <FailureNote error={error} />
    </section>
  );
}
