/** Tags management: every tag, click to filter, rename or delete it across all clippings. */
import { useState } from 'preact/hooks';
import { t } from '@/components/ui/i18n';
import type { BaoGonDB } from '@/lib/clips/db';
import type { LibraryActions } from './actions';

/**
 * Renames (`to` non-empty) or removes (`to` = '') a tag on every clipping that has it, through
 * `actions.update` (case-insensitive match; a clipping never gets the same tag twice). Returns how
 * many clippings changed.
 */
export async function retagAll(
  db: BaoGonDB,
  actions: LibraryActions,
  from: string,
  to: string,
): Promise<number> {
  const rows = await db.clippings.where('tags').equals(from).toArray();
  const low = (s: string) => s.toLocaleLowerCase('vi');
  let changed = 0;
  for (const c of rows) {
    const kept = c.tags.filter((x) => low(x) !== low(from));
    const tags = to && !kept.some((x) => low(x) === low(to)) ? [...kept, to] : kept;
    await actions.update(c.id, { tags });
    changed++;
  }
  return changed;
}

export interface TagsPanelProps {
  db: BaoGonDB;
  actions: LibraryActions;
  tags: readonly string[];
  active: string;
  onPick: (tag: string) => void;
}

/** The tags panel (`tag-item`, rename form with <datalist> autocomplete). */
export function TagsPanel({ db, actions, tags, active, onPick }: TagsPanelProps) {
  const [editing, setEditing] = useState<{ from: string; to: string } | null>(null);
  const [error, setError] = useState('');
  const run = async (fn: () => Promise<unknown>) => {
    setError('');
    try {
      await fn();
    } catch {
      setError(t('libActionFailed'));
    }
  };
  return (
    <section class="panel tags-panel" aria-labelledby="tags-h">
      <h2 id="tags-h">{t('libTags')}</h2>
      {tags.length === 0 && <p class="muted">{t('libNoTags')}</p>}
      <datalist id="tag-names">
        {tags.map((x) => (
          <option key={x} value={x} />
        ))}
      </datalist>
      <ul>
        {tags.map((tag) => (
          <li key={tag}>
            {editing?.from === tag ? (
              <form
                class="inline"
                onSubmit={(e) => {
                  e.preventDefault();
                  const to = editing.to.trim();
                  if (!to) return;
                  void run(() => retagAll(db, actions, tag, to)).then(() => setEditing(null));
                }}
              >
                <label class="sr-only" for="tag-rename">
                  {t('libRenameTag', tag)}
                </label>
                <input
                  id="tag-rename"
                  type="text"
                  list="tag-names"
                  value={editing.to}
                  onInput={(e) => setEditing({ from: tag, to: (e.currentTarget as HTMLInputElement).value })}
                />
                <button type="submit">{t('libOk')}</button>
                <button type="button" onClick={() => setEditing(null)}>
                  {t('libCancel')}
                </button>
              </form>
            ) : (
              <>
                <button
                  type="button"
                  class={tag === active ? 'link active' : 'link'}
                  data-testid="tag-item"
                  aria-pressed={tag === active}
                  onClick={() => onPick(tag === active ? '' : tag)}
                >
                  #{tag}
                </button>
                <button
                  type="button"
                  class="small"
                  aria-label={t('libRenameTag', tag)}
                  onClick={() => setEditing({ from: tag, to: tag })}
                >
                  ✎
                </button>
                <button
                  type="button"
                  class="small"
                  aria-label={t('libDeleteTag', tag)}
                  onClick={() => {
                    if (window.confirm(t('libConfirmDeleteTag', tag)))
                      void run(() => retagAll(db, actions, tag, ''));
                  }}
                >
                  ✕
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
