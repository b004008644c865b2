/** The clipping's tags: chips with a remove button, and an input that adds a tag on Enter or comma. */
import { useState } from 'preact/hooks';
import { FieldPanel } from './FieldPanel';
import { t } from './i18n';

/** Tags with a new one added (trimmed, spaces collapsed, no case-insensitive duplicate). */
export function addTag(tags: readonly string[], raw: string): string[] {
  const tag = raw.replace(/\s+/g, ' ').trim();
  if (!tag) return [...tags];
  const k = tag.toLocaleLowerCase('vi');
  if (tags.some((x) => x.toLocaleLowerCase('vi') === k)) return [...tags];
  return [...tags, tag];
}

export interface TagsEditorProps {
  tags: readonly string[];
  onChange: (tags: string[]) => Promise<unknown>;
}

/** Keyboard use: type and press Enter (or a comma) to add; Backspace in the empty field removes the last tag. */
export function TagsEditor({ tags, onChange }: TagsEditorProps) {
  const [draft, setDraft] = useState('');
  const [failed, setFailed] = useState(false);
  const commit = async (next: string[]) => {
    try {
      await onChange(next);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  const add = (raw: string) => {
    const next = addTag(tags, raw);
    setDraft('');
    if (next.length !== tags.length) void commit(next);
  };
  return (
    <FieldPanel fieldId="viewer-tags" title={t('viewerTags')}>
      <ul class="viewer-chips" data-testid="viewer-tag-list" aria-label={t('viewerTags')}>
        {tags.map((tag) => (
          <li key={tag} class="viewer-chip" data-testid="viewer-tag">
            <span>{tag}</span>
            <button
              type="button"
              class="viewer-chip-remove"
              data-testid="viewer-tag-remove"
              aria-label={`${t('viewerRemoveTag')} ${tag}`}
              title={t('viewerRemoveTag')}
              onClick={() => void commit(tags.filter((x) => x !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {tags.length === 0 ? <p class="viewer-empty">{t('viewerNoTags')}</p> : null}
      <input
        id="viewer-tags"
        data-testid="viewer-tags"
        type="text"
        autocomplete="off"
        value={draft}
        placeholder={t('viewerTagsPlaceholder')}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value;
          if (v.includes(',')) {
            const parts = v.split(',');
            let next = [...tags];
            for (const p of parts.slice(0, -1)) next = addTag(next, p);
            setDraft(parts[parts.length - 1]);
            if (next.length !== tags.length) void commit(next);
          } else {
            setDraft(v);
          }
        }}
        onKeyDown={(e) => {
          const value = (e.currentTarget as HTMLInputElement).value;
          if (e.key === 'Enter') {
            e.preventDefault();
            add(value);
          } else if (e.key === 'Backspace' && value === '' && tags.length > 0) {
            void commit(tags.slice(0, -1));
          }
        }}
        onBlur={(e) => {
          const value = (e.currentTarget as HTMLInputElement).value;
          if (value.trim()) add(value);
        }}
      />
      {failed ? (
        <p class="viewer-status viewer-status-error" role="alert">
          {t('viewerSaveFailed')}
        </p>
      ) : null}
    </FieldPanel>
  );
}
