/** Side panel of the entities recognised in the clipping, grouped by type with mention counts. */
import { useMemo } from 'preact/hooks';
import { readText } from '@/lib/article';
import { groupEntities } from '@/lib/entities';
import { ENTITY_TYPES as TYPES } from '@/lib/schema';
import type { Entity, EntityType } from '@/lib/types';
import { t, tCount } from './i18n';

const TYPE_KEYS: Record<EntityType, string> = {
  official: 'viewerEntityOfficial',
  agreement: 'viewerEntityAgreement',
  legal_document: 'viewerEntityLegal',
  watch: 'viewerEntityWatch',
};

export interface EntitiesPanelProps {
  /** Entities stored with the clipping. */
  entities: readonly Entity[];
  /** The clipping's text: read through `readText` (the one pipeline) when nothing was stored (e.g. an older or partial save). */
  text: string;
}

/**
 * Entities grouped per person/instrument/document (`groupEntities` of lib/entities), one section
 * per type, most mentioned first; the main title and its English rendering when known.
 */
export function EntitiesPanel({ entities, text }: EntitiesPanelProps) {
  const { groups, mainTitle } = useMemo(() => {
    const list = entities.length > 0 || !text.trim() ? [...entities] : readText(text).entities;
    const mainTitle = new Map<string, string>();
    for (const e of list) if (e.title && !mainTitle.has(e.key)) mainTitle.set(e.key, e.title);
    return { groups: groupEntities(list), mainTitle };
  }, [entities, text]);
  return (
    <section class="viewer-panel" aria-labelledby="viewer-ent-heading" data-testid="viewer-entities">
      <h2 id="viewer-ent-heading">{t('viewerEntities')}</h2>
      {groups.length === 0 ? <p class="viewer-empty">{t('viewerNoEntities')}</p> : null}
      {TYPES.map((type) => {
        const of = groups
          .filter((g) => g.type === type)
          .sort((a, b) => b.mentions - a.mentions || a.firstStart - b.firstStart);
        if (of.length === 0) return null;
        return (
          <div key={type} class={`viewer-ent-type viewer-ent-${type}`}>
            <h3>
              {t(TYPE_KEYS[type])} <span class="viewer-count">{of.length}</span>
            </h3>
            <ul>
              {of.map((g) => (
                <li key={g.key} class="viewer-entity" data-testid="viewer-entity" data-entity-key={g.key}>
                  <span class="viewer-ent-label">{g.name ?? g.text}</span>{' '}
                  <span class="viewer-ent-count" title={`${g.mentions} ${tCount('viewerMentions', 'viewerMentionsOne', g.mentions)}`}>
                    ×{g.mentions}
                    <span class="visually-hidden"> {tCount('viewerMentions', 'viewerMentionsOne', g.mentions)}</span>
                  </span>
                  {(mainTitle.get(g.key) ?? g.titles[0]) ? (
                    <span class="viewer-ent-title">{mainTitle.get(g.key) ?? g.titles[0]}</span>
                  ) : null}
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
