/** Bulk actions on the selected clippings: move, tag (with autocomplete), delete, export. */
import { useState } from 'preact/hooks';
import { collectionName } from '@/components/ui/collection-name';
import { ExportFormatSelect } from '@/components/ui/ExportFormatSelect';
import { InputField, SelectField } from '@/components/ui/form';
import { t } from '@/components/ui/i18n';
import type { ExportFormat } from '@/lib/export';
import type { Collection } from '@/lib/types';

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

/** Adding or removing the typed tag on the selection. */
const TAG_ACTIONS = [
  { testId: 'bulk-tag-add', label: 'libAddTag', add: true },
  { testId: 'bulk-tag-remove', label: 'libRemoveTag', add: false },
] as const;

/** The toolbar shown while clippings are selected (`bulk-*` test ids). */
export function BulkBar(p: BulkBarProps) {
  const [target, setTarget] = useState('');
  const [tag, setTag] = useState('');
  const [format, setFormat] = useState<ExportFormat>('json');
  return (
    <section class="bulk" data-testid="bulk-bar" aria-label={t('libBulkActions')}>
      <strong role="status">{t('libSelected', p.count)}</strong>
      <button type="button" class="link" onClick={p.onClear}>
        {t('libUnselect')}
      </button>
      <span class="group">
        <SelectField
          id="bulk-move-target"
          testId="bulk-move-target"
          label={t('libMoveTo')}
          blank="—"
          value={target}
          options={p.collections.map((c) => ({ value: c.id, label: collectionName(c) }))}
          onChange={setTarget}
        />
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
        <InputField
          id="bulk-tag-input"
          testId="bulk-tag-input"
          type="text"
          label={t('libTag')}
          list="tag-suggestions"
          autocomplete="off"
          value={tag}
          onInput={setTag}
        />
        <datalist id="tag-suggestions">
          {p.tags.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        {TAG_ACTIONS.map((a) => (
          <button
            key={a.testId}
            type="button"
            data-testid={a.testId}
            disabled={!tag.trim() || p.busy}
            onClick={() => p.onTag(tag.trim(), a.add)}
          >
            {t(a.label)}
          </button>
        ))}
      </span>
      <span class="group">
        <ExportFormatSelect
          id="bulk-export-format"
          label={t('libExportAs')}
          value={format}
          onChange={setFormat}
        />
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
