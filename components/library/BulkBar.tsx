/** Bulk actions on the selected clippings: move, tag (with autocomplete), delete, export. */
import { useState } from 'preact/hooks';
import { t } from '@/components/ui/i18n';
import { EXPORT_FORMATS, FORMATS } from '@/lib/export';
import type { Collection } from '@/lib/types';

/** Export formats offered: the one registry of lib/export (labels, never raw ids, are shown). */
export const BULK_EXPORT_FORMATS = EXPORT_FORMATS;

export interface BulkBarProps {
  count: number;
  collections: readonly Collection[];
  tags: readonly string[];
  busy: boolean;
  onMove: (collectionId: string) => void;
  onTag: (tag: string, add: boolean) => void;
  onDelete: () => void;
  onExport: (format: string) => void;
  onClear: () => void;
}

/** The toolbar shown while clippings are selected (`bulk-*` test ids). */
export function BulkBar(p: BulkBarProps) {
  const [target, setTarget] = useState('');
  const [tag, setTag] = useState('');
  const [format, setFormat] = useState<string>('json');
  return (
    <section class="bulk" data-testid="bulk-bar" aria-label={t('libBulkActions')}>
      <strong role="status">{t('libSelected', p.count)}</strong>
      <button type="button" class="link" onClick={p.onClear}>
        {t('libUnselect')}
      </button>
      <span class="group">
        <label for="bulk-move-target">{t('libMoveTo')}</label>
        <select
          id="bulk-move-target"
          data-testid="bulk-move-target"
          value={target}
          onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">—</option>
          {p.collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="bulk-move"
          disabled={!target || p.busy}
          onClick={() => p.onMove(target)}
        >
          {t('libMove')}
        </button>
      </span>
      <span class="group">
        <label for="bulk-tag-input">{t('libTag')}</label>
        <input
          id="bulk-tag-input"
          data-testid="bulk-tag-input"
          type="text"
          list="tag-suggestions"
          autocomplete="off"
          value={tag}
          onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)}
        />
        <datalist id="tag-suggestions">
          {p.tags.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        <button
          type="button"
          data-testid="bulk-tag-add"
          disabled={!tag.trim() || p.busy}
          onClick={() => p.onTag(tag.trim(), true)}
        >
          {t('libAddTag')}
        </button>
        <button
          type="button"
          data-testid="bulk-tag-remove"
          disabled={!tag.trim() || p.busy}
          onClick={() => p.onTag(tag.trim(), false)}
        >
          {t('libRemoveTag')}
        </button>
      </span>
      <span class="group">
        <label for="bulk-export-format">{t('libExportAs')}</label>
        <select
          id="bulk-export-format"
          value={format}
          onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value)}
        >
          {BULK_EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(FORMATS[f].label)}
            </option>
          ))}
        </select>
        <button type="button" data-testid="bulk-export" disabled={p.busy} onClick={() => p.onExport(format)}>
          {t('libExport')}
        </button>
      </span>
      <button type="button" class="danger" data-testid="bulk-delete" disabled={p.busy} onClick={p.onDelete}>
        {t('uiDelete')}
      </button>
    </section>
  );
}
