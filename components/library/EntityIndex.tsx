/** The entity index: every official, agreement and legal document with the number of clippings naming it. */
import { useState } from 'preact/hooks';
import { t } from '@/components/ui/i18n';
import type { EntityCount } from '@/lib/clips/clippings';

const GROUPS = [
  { type: 'official', label: 'libEntityOfficials' },
  { type: 'agreement', label: 'libEntityAgreements' },
  { type: 'legal_document', label: 'libEntityDocuments' },
] as const;

/** How many entries of a group are shown before "show all". */
export const ENTITY_GROUP_SIZE = 30;

export interface EntityIndexProps {
  entities: readonly EntityCount[] | undefined;
  /** The entity the list is filtered by ('' = none). */
  active: string;
  onPick: (key: string) => void;
}

/** Entity index (`entity-index`, items `entity-index-item`), grouped by type, click to filter. */
export function EntityIndex({ entities, active, onPick }: EntityIndexProps) {
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  return (
    <section class="panel entity-index" data-testid="entity-index" aria-labelledby="entity-index-h">
      <h2 id="entity-index-h">{t('libEntityIndex')}</h2>
      {entities === undefined && <p class="muted">{t('libLoading')}</p>}
      {GROUPS.map(({ type, label }) => {
        const all = (entities ?? []).filter((e) => e.type === type);
        if (all.length === 0) return null;
        const shown = expanded[type] ? all : all.slice(0, ENTITY_GROUP_SIZE);
        return (
          <div key={type} class="entity-group">
            <h3>
              {t(label)} <span class="muted">({all.length})</span>
            </h3>
            <ul>
              {shown.map((e) => (
                <li key={e.key}>
                  <button
                    type="button"
                    class={e.key === active ? 'entity active' : 'entity'}
                    data-testid="entity-index-item"
                    data-key={e.key}
                    aria-pressed={e.key === active}
                    title={e.text !== e.name ? e.text : undefined}
                    onClick={() => onPick(e.key === active ? '' : e.key)}
                  >
                    <span class="entity-name">{e.name}</span>{' '}
                    <span class="count" data-testid="entity-index-count">
                      {e.count}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {all.length > ENTITY_GROUP_SIZE && (
              <button
                type="button"
                class="link"
                aria-expanded={!!expanded[type]}
                onClick={() => setExpanded((x) => ({ ...x, [type]: !x[type] }))}
              >
                {expanded[type] ? t('libShowLess') : t('libShowAll', all.length)}
              </button>
            )}
          </div>
        );
      })}
      {entities && entities.length === 0 && <p class="muted">{t('libNoEntities')}</p>}
    </section>
  );
}
