/** The entity legend (per-type toggles) and the list of people, agreements and documents. */
import type { ComponentChildren } from 'preact';
import { t, tCount } from '@/components/ui/i18n';
import type { EntityGroup } from '@/lib/entities';
import type { EntityType } from '@/lib/types';
import { ENTITY_TYPE_LABELS } from './colors';
import { ItemList } from './ItemList';

export interface EntityPanelProps {
  groups: readonly EntityGroup[];
  shown: Record<EntityType, boolean>;
  colors: Record<EntityType, string>;
  onToggleType: (type: EntityType, shown: boolean) => void;
  /** A row was activated: scroll to the group's next mention. */
  onActivate: (group: EntityGroup) => void;
  /** A row got focus or the pointer (show its card), or lost it (null). */
  onFocusGroup: (group: EntityGroup | null, anchor: HTMLElement | null) => void;
  /** Shown at the end of the panel (e.g. the user's highlights). */
  children?: ComponentChildren;
}

/** Groups of one type, most mentioned first, then in reading order. */
export function groupsOfType(groups: readonly EntityGroup[], type: EntityType): EntityGroup[] {
  return groups
    .filter((g) => g.type === type)
    .sort((a, b) => b.mentions - a.mentions || a.firstStart - b.firstStart);
}

export function EntityPanel(props: EntityPanelProps) {
  const { groups, shown, colors } = props;
  return (
    <aside class="bg-entities" data-testid="entity-panel" aria-label={t('rdEntities')}>
      <h2 class="bg-panel-title">{t('rdEntities')}</h2>
      <fieldset class="bg-legend" data-testid="entity-legend">
        <legend>{t('rdLegend')}</legend>
        {ENTITY_TYPE_LABELS.map(({ type, label }) => (
          <label key={type} class="bg-legend-item">
            <input
              type="checkbox"
              checked={shown[type]}
              data-testid={`entity-toggle-${type}`}
              onChange={(e) => props.onToggleType(type, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span class="bg-swatch" style={{ backgroundColor: colors[type] }} aria-hidden="true" />
            {t(label)}
          </label>
        ))}
      </fieldset>
      {groups.length === 0 ? <p class="bg-muted">{t('rdNoEntities')}</p> : null}
      {ENTITY_TYPE_LABELS.map(({ type, label }) => {
        const list = groupsOfType(groups, type);
        if (list.length === 0) return null;
        const hover = (g: EntityGroup | null) => (e: Event) =>
          props.onFocusGroup(g, g ? (e.currentTarget as HTMLElement) : null);
        return (
          <ItemList
            key={type}
            section={type}
            heading={
              <>
                <span class="bg-swatch" style={{ backgroundColor: colors[type] }} aria-hidden="true" />
                {t(label)} ({list.length})
              </>
            }
            itemTestId="entity-item"
            items={list}
            keyOf={(g) => g.key}
            onActivate={props.onActivate}
            itemProps={(g) => ({
              'data-entity-type': g.type,
              'data-entity-key': g.key,
              onFocus: hover(g),
              onBlur: hover(null),
              onMouseEnter: hover(g),
              onMouseLeave: hover(null),
            })}
          >
            {(g) => (
              <>
                <span class="bg-entity-name">{g.name ?? g.text}</span>
                {g.titles.length > 0 ? <span class="bg-entity-title">{g.titles[0]}</span> : null}
                <span class="bg-count" title={tCount('rdMentions', 'rdMentionsOne', g.mentions)}>
                  {g.mentions}
                </span>
              </>
            )}
          </ItemList>
        );
      })}
      {props.children}
    </aside>
  );
}
