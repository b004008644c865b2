/** Filters of the library list: collection, tag, site, published-date range, entity. */

import { collectionName } from '@/components/ui/collection-name';
import { type FieldOption, InputField, SelectField } from '@/components/ui/form';
import { t } from '@/components/ui/i18n';
import type { EntityCount } from '@/lib/clips/clippings';
import type { Collection } from '@/lib/types';
import type { Facets, LibraryFilters } from './query';

export interface FiltersPanelProps {
  filters: LibraryFilters;
  collections: readonly Collection[];
  facets: Facets | undefined;
  entities: readonly EntityCount[] | undefined;
  onChange: (patch: Partial<LibraryFilters>) => void;
  onClear: () => void;
}

/** Filters chosen from a list of values. */
type ListFilter = 'collectionId' | 'tag' | 'siteName';

/** The published-date range's two ends. */
const DATE_BOUNDS = [
  { key: 'from', label: 'libFrom' },
  { key: 'to', label: 'libTo' },
] as const;

/** The filter panel (`filter-collection`, `filter-tag`, `filter-site`, `filter-from`, `filter-to`). */
export function FiltersPanel({
  filters,
  collections,
  facets,
  entities,
  onChange,
  onClear,
}: FiltersPanelProps) {
  const entity = filters.entityKey ? entities?.find((e) => e.key === filters.entityKey) : undefined;
  const plain = (values: readonly string[] | undefined) =>
    (values ?? []).map((x) => ({ value: x, label: x }));
  /** The filters chosen from a list, each with an "all" option (`filter-<id>`). */
  const choices: { id: string; label: string; key: ListFilter; options: FieldOption[] }[] = [
    {
      id: 'collection',
      label: 'libCollection',
      key: 'collectionId',
      options: collections.map((c) => ({ value: c.id, label: collectionName(c) })),
    },
    { id: 'tag', label: 'libTag', key: 'tag', options: plain(facets?.tags) },
    { id: 'site', label: 'libSite', key: 'siteName', options: plain(facets?.sites) },
  ];
  return (
    <section class="panel filters" aria-labelledby="filters-h">
      <h2 id="filters-h">{t('libFilters')}</h2>
      {choices.map((c) => (
        <div class="field" key={c.id}>
          <SelectField
            id={`filter-${c.id}`}
            testId={`filter-${c.id}`}
            label={t(c.label)}
            blank={t('libAll')}
            value={filters[c.key]}
            options={c.options}
            onChange={(v) => onChange({ [c.key]: v })}
          />
        </div>
      ))}
      <fieldset class="dates">
        <legend>{t('libPublished')}</legend>
        {DATE_BOUNDS.map((b) => (
          <InputField
            key={b.key}
            id={`filter-${b.key}`}
            testId={`filter-${b.key}`}
            type="date"
            label={t(b.label)}
            value={filters[b.key]}
            onChange={(v) => onChange({ [b.key]: v })}
          />
        ))}
      </fieldset>
      {filters.entityKey && (
        <p class="entity-filter" data-testid="filter-entity">
          {t('libEntityFilter', entity?.name ?? filters.entityKey)}{' '}
          <button type="button" onClick={() => onChange({ entityKey: '' })} aria-label={t('libClearEntity')}>
            ×
          </button>
        </p>
      )}
      <button type="button" data-testid="filter-clear" onClick={onClear}>
        {t('libClearFilters')}
      </button>
    </section>
  );
}
