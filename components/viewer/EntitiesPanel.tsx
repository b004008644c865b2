/** Side panel of the entities recognised in the clipping, grouped by type with mention counts. */
import type { Entity, EntityType } from '@/lib/types';
import { ENTITY_TYPES, groupEntities } from './entity-groups';
import { t } from './i18n';

const TYPE_KEYS: Record<EntityType, string> = {
  official: 'viewerEntityOfficial',
  agreement: 'viewerEntityAgreement',
  legal_document: 'viewerEntityLegal',
  watch: 'viewerEntityWatch',
};

/** Entities grouped per person/instrument/document, sections per type; English titles shown when known. */
export function EntitiesPanel({ entities }: { entities: readonly Entity[] }) {
  const groups = groupEntities(entities);
  return (
    <section class="viewer-panel" aria-labelledby="viewer-ent-heading" data-testid="viewer-entities">
      <h2 id="viewer-ent-heading">{t('viewerEntities')}</h2>
      {groups.length === 0 ? <p class="viewer-empty">{t('viewerNoEntities')}</p> : null}
      {ENTITY_TYPES.map((type) => {
        const of = groups.filter((g) => g.type === type);
        if (of.length === 0) return null;
        return (
          <div key={type} class={`viewer-ent-type viewer-ent-${type}`}>
            <h3>
              {t(TYPE_KEYS[type])} <span class="viewer-count">{of.length}</span>
            </h3>
            <ul>
              {of.map((g) => (
                <li key={g.key} class="viewer-entity" data-testid="viewer-entity" data-entity-key={g.key}>
                  <span class="viewer-ent-label">{g.label}</span>{' '}
                  <span class="viewer-ent-count" title={`${g.count} ${t('viewerMentions')}`}>
                    ×{g.count}
                    <span class="visually-hidden"> {t('viewerMentions')}</span>
                  </span>
                  {g.title ? <span class="viewer-ent-title">{g.title}</span> : null}
                  {g.titleEn ? (
                    <span class="viewer-ent-title-en" lang="en">
                      {g.titleEn}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
