/** Tags management: every tag, click to filter, rename or delete it across all clippings. */
import { t } from '@/components/ui/i18n';
import type { BaoGonDB } from '@/lib/clips/db';
import type { LibraryActions } from './actions';
import { EditableList, FailureNote, useFailureNote } from './EditableList';

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
  const { error, run } = useFailureNote(t('libActionFailed'));
  return (
    <section class="panel tags-panel" aria-labelledby="tags-h">
      <h2 id="tags-h">{t('libTags')}</h2>
      {tags.length === 0 && <p class="muted">{t('libNoTags')}</p>}
      <datalist id="tag-names">
        {tags.map((x) => (
          <option key={x} value={x} />
        ))}
      </datalist>
      <EditableList
        items={tags}
        keyOf={(tag) => tag}
        nameOf={(tag) => tag}
        show={(tag) => (
          <button
            type="button"
            class={tag === active ? 'link active' : 'link'}
            data-testid="tag-item"
            aria-pressed={tag === active}
            onClick={() => onPick(tag === active ? '' : tag)}
          >
            #{tag}
          </button>
        )}
        renameLabel={(tag) => t('libRenameTag', tag)}
        deleteLabel={(tag) => t('libDeleteTag', tag)}
        confirmDelete={(tag) => t('libConfirmDeleteTag', tag)}
        inputId={() => 'tag-rename'}
        inputList="tag-names"
        formClass="inline"
        rename={(tag, to) => (to.trim() ? retagAll(db, actions, tag, to.trim()) : null)}
        remove={(tag) => retagAll(db, actions, tag, '')}
        run={run}
      />
      <FailureNote error={error} />
    </section>
  );
}
