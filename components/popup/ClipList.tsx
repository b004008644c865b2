/** The newest clippings with a search box (results as you type), open in the viewer, delete + undo. */
import { useState } from 'preact/hooks';
import { useDebounced, useLiveQuery } from '@/components/ui/hooks';
import { shortDate } from '@/components/ui/format';
import { t } from '@/components/ui/i18n';
import { UndoBar } from '@/components/ui/UndoBar';
import { listNewest } from '@/lib/clips/clippings';
import { searchClippings } from '@/lib/clips/search';
import type { Clipping } from '@/lib/types';
import type { PopupServices } from './types';

/** How many clippings the popup lists. */
export const POPUP_LIST_SIZE = 20;

export interface ClipListProps {
  services: PopupServices;
  /** Debounce of the search box in ms (tests pass 0). */
  debounceMs?: number;
}

/** Search box + list of clippings (`clip-list`, `clip-item`, `clip-delete`, `undo`). */
export function ClipList({ services, debounceMs = 150 }: ClipListProps) {
  const { db } = services;
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim() ? query : '', debounceMs);
  const [deleted, setDeleted] = useState<string[] | null>(null);
  const [error, setError] = useState('');
  const items = useLiveQuery(
    () =>
      q ? searchClippings(db, q, { limit: POPUP_LIST_SIZE }) : listNewest(db, { limit: POPUP_LIST_SIZE }),
    [db, q],
  );

  const remove = async (c: Clipping) => {
    setError('');
    try {
      const gone = await services.remove([c.id]);
      setDeleted(gone.length ? gone : null);
    } catch {
      setError(t('uiDeleteFailed'));
    }
  };
  const undo = async () => {
    if (!deleted) return;
    try {
      const back = await services.restore(deleted);
      setDeleted(null);
      if (back.length < deleted.length) setError(t('uiRestorePartial', [back.length, deleted.length]));
    } catch {
      setError(t('uiRestoreFailed'));
    }
  };

  return (
    <section class="clips" aria-labelledby="clips-heading">
      <h2 id="clips-heading">{t('popupRecent')}</h2>
      <label class="search">
        <span class="sr-only">{t('uiSearchLabel')}</span>
        <input
          type="search"
          data-testid="search"
          placeholder={t('uiSearchPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {deleted && <UndoBar count={deleted.length} onUndo={undo} onDismiss={() => setDeleted(null)} />}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <ClipItems
        items={items}
        onOpen={(id) => void services.openTab(`/viewer.html?id=${encodeURIComponent(id)}`)}
        onDelete={remove}
      />
      {items && items.length === 0 && <p class="muted">{q ? t('uiNoResults') : t('popupEmpty')}</p>}
    </section>
  );
}

export interface ClipItemsProps {
  /** undefined while loading. */
  items: readonly Clipping[] | undefined;
  onOpen: (id: string) => void;
  onDelete: (c: Clipping) => void;
}

/** The list itself (`clip-list`, items `clip-item`), pure: rendering only. */
export function ClipItems({ items, onOpen, onDelete }: ClipItemsProps) {
  return (
    <ul
      data-testid="clip-list"
      class="clip-list"
      aria-busy={items === undefined}
      aria-label={t('popupRecent')}
    >
      {items?.map((c) => (
        <li key={c.id} data-testid="clip-item" data-id={c.id}>
          <a
            href={`/viewer.html?id=${encodeURIComponent(c.id)}`}
            onClick={(e) => {
              e.preventDefault();
              onOpen(c.id);
            }}
          >
            {c.title || c.url}
          </a>
          <span class="meta muted">
            {[c.siteName, shortDate(c.publishedTime ?? c.savedAt)].filter(Boolean).join(' · ')}
          </span>
          <button
            type="button"
            class="delete"
            data-testid="clip-delete"
            aria-label={t('uiDeleteItem', c.title || c.url)}
            title={t('uiDelete')}
            onClick={() => onDelete(c)}
          >
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}
