/** The hover/focus card of an entity: type, name, office, English office, number of mentions. */
import { LegalRowsFor } from '@/components/aids/AidCard';
import { t, tCount } from '@/components/ui/i18n';
import type { EntityGroup } from '@/lib/entities';
import { ENTITY_TYPE_LABELS } from './colors';

export function EntityCard(props: { group: EntityGroup; x: number; y: number }) {
  const { group, x, y } = props;
  const label = ENTITY_TYPE_LABELS.find((l) => l.type === group.type)?.label ?? 'rdEntities';
  return (
    <div
      class="bg-card"
      role="tooltip"
      data-testid="entity-card"
      aria-label={t('rdEntityCard')}
      style={{ left: `${Math.max(8, x)}px`, top: `${Math.max(8, y)}px` }}
    >
      <div class="bg-card-type">{t(label)}</div>
      <div class="bg-card-name">{group.name ?? group.text}</div>
      {group.titles.length > 0 ? (
        <div class="bg-card-row">
          <span class="bg-muted">{t('rdOffice')}:</span> {group.titles.join('; ')}
        </div>
      ) : null}
      {group.titleEn ? (
        <div class="bg-card-row" lang="en">
          <span class="bg-muted">{t('rdOfficeEn')}:</span> {group.titleEn}
        </div>
      ) : null}
      {group.type === 'legal_document' ? <LegalRowsFor text={group.text} /> : null}
      <div class="bg-card-row">{tCount('rdMentions', 'rdMentionsOne', group.mentions)}</div>
    </div>
  );
}
