/**
 * Filing while saving: the collection (an existing one, or a new one typed here) and tags (comma
 * separated, with the tags already in use offered as completions). The popup saves with them, or
 * applies them to an article saved before.
 */
import { useLiveQuery } from '@/components/ui/hooks';
import { collectionName } from '@/components/ui/collection-name';
import { t } from '@/components/ui/i18n';
import { listCollections } from '@/lib/clips/collections';
import type { BaoGonDB } from '@/lib/clips/db';
import { normalizeTags } from '@/lib/clips/merge';

/** The select's value that asks for a new collection. */
export const NEW_COLLECTION = '__new__';

export interface Filing {
  /** An existing collection id, or NEW_COLLECTION with `newName`. */
  collectionId: string;
  newName: string;
  /** The tags as typed: "a, b; c". */
  tagsText: string;
}

/** The tags typed in `text` (commas or semicolons between them; trimmed, no duplicates). */
export function parseTags(text: string): string[] {
  return normalizeTags(text.split(/[,;]/));
}

export function FilingFields({
  db,
  value,
  onChange,
}: {
  db: BaoGonDB;
  value: Filing;
  onChange: (next: Filing) => void;
}) {
  const collections = useLiveQuery(() => listCollections(db), [db]) ?? [];
  const tagsInUse = useLiveQuery(async () => (await db.clippings.orderBy('tags').uniqueKeys()).map(String), [db]) ?? [];
  const typed = parseTags(value.tagsText);
  // A remembered collection that was deleted since: the default one is shown (and saved to).
  const known =
    value.collectionId === NEW_COLLECTION || collections.length === 0 || collections.some((c) => c.id === value.collectionId);
  const selected = known ? value.collectionId : 'default';
  // Completions for the tag being typed (after the last comma), not repeating a typed one.
  const current = value.tagsText.split(/[,;]/).pop()?.trim().toLocaleLowerCase('vi') ?? '';
  const done = value.tagsText.replace(/[^,;]*$/, '');
  const offers = tagsInUse
    .filter((tag) => !typed.some((x) => x.toLocaleLowerCase('vi') === tag.toLocaleLowerCase('vi')))
    .filter((tag) => !current || tag.toLocaleLowerCase('vi').includes(current))
    .slice(0, 20);
  return (
    <fieldset class="filing" data-testid="capture-fields">
      <legend class="sr-only">{t('popupFiling')}</legend>
      {value.collectionId === NEW_COLLECTION ? (
        <label>
          <span>{t('popupNewCollectionName')}</span>
          <input
            type="text"
            data-testid="capture-new-collection"
            value={value.newName}
            maxLength={200}
            onInput={(e) => onChange({ ...value, newName: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
      ) : (
        <div class="filing-row">
          <label>
            <span>{t('popupCollection')}</span>
            <select
              data-testid="capture-collection"
              value={selected}
              onChange={(e) => onChange({ ...value, collectionId: (e.currentTarget as HTMLSelectElement).value })}
            >
              {collections.map((c) => (
                <option key={c.id} value={c.id}>
                  {collectionName(c)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            data-testid="capture-new-collection-toggle"
            title={t('popupNewCollection')}
            aria-label={t('popupNewCollection')}
            onClick={() => onChange({ ...value, collectionId: NEW_COLLECTION, newName: '' })}
          >
            +
          </button>
        </div>
      )}
      <label>
        <span>{t('popupTags')}</span>
        <input
          type="text"
          data-testid="capture-tags"
          list="capture-tag-offers"
          autocomplete="off"
          placeholder={t('popupTagsPlaceholder')}
          value={value.tagsText}
          onInput={(e) => onChange({ ...value, tagsText: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <datalist id="capture-tag-offers">
        {offers.map((tag) => (
          <option key={tag} value={`${done}${done ? ' ' : ''}${tag}`} />
        ))}
      </datalist>
    </fieldset>
  );
}
