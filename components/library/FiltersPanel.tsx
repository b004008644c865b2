/** Filters of the library list: collection, tag, site, published-date range, entity. */
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

/** One labelled <select> with an "all" option. */
function Choice(props: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (v: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        data-testid={props.id}
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{t('libAll')}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
  return (
    <section class="panel filters" aria-labelledby="filters-h">
      <h2 id="filters-h">{t('libFilters')}</h2>
      <Choice
        id="filter-collection"
        label={t('libCollection')}
        value={filters.collectionId}
        options={collections.map((c) => ({ value: c.id, label: c.name }))}
        onChange={(collectionId) => onChange({ collectionId })}
      />
      <Choice
        id="filter-tag"
        label={t('libTag')}
        value={filters.tag}
        options={(facets?.tags ?? []).map((x) => ({ value: x, label: x }))}
        onChange={(tag) => onChange({ tag })}
      />
      <Choice
        id="filter-site"
        label={t('libSite')}
        value={filters.siteName}
        options={(facets?.sites ?? []).map((x) => ({ value: x, label: x }))}
        onChange={(siteName) => onChange({ siteName })}
      />
      <fieldset class="dates">
        <legend>{t('libPublished')}</legend>
        <label for="filter-from">{t('libFrom')}</label>
        <input
          id="filter-from"
          data-testid="filter-from"
          type="date"
          value={filters.from}
          onChange={(e) => onChange({ from: (e.currentTarget as HTMLInputElement).value })}
        />
        <label for="filter-to">{t('libTo')}</label>
        <input
          id="filter-to"
          data-testid="filter-to"
          type="date"
          value={filters.to}
          onChange={(e) => onChange({ to: (e.currentTarget as HTMLInputElement).value })}
        />
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
