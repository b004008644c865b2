/** Timeline of agreements and documents: one CSS bar per month (or year) of publication. */
import { t } from '@/components/ui/i18n';
import type { Timeline } from './timeline';

export interface TimelineViewProps {
  timeline: Timeline | undefined;
  onPick: (key: string) => void;
}

/** Bars sized by the number of clippings; the agreements and documents named listed beside. */
export function TimelineView({ timeline, onPick }: TimelineViewProps) {
  const max = Math.max(1, ...(timeline?.buckets.map((b) => b.clippings) ?? []));
  return (
    <section class="panel timeline" data-testid="timeline" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t('libTimeline')}</h2>
      {timeline && timeline.buckets.length === 0 && <p class="muted">{t('libTimelineEmpty')}</p>}
      <ol>
        {timeline?.buckets.map((b) => (
          <li key={b.period} data-testid="timeline-bucket">
            <span class="period">{b.period}</span>
            <span class="bar-track" aria-hidden="true">
              <span class="bar" style={{ width: `${Math.round((b.clippings / max) * 100)}%` }} />
            </span>
            <span class="sr-only">{t('libClipCount', b.clippings)}</span>
            <span class="bar-count" aria-hidden="true">
              {b.clippings}
            </span>
            <span class="chips">
              {b.entities.slice(0, 6).map((e) => (
                <button key={e.key} type="button" class="chip" onClick={() => onPick(e.key)}>
                  {e.name}
                </button>
              ))}
              {b.entities.length > 6 && <span class="muted">+{b.entities.length - 6}</span>}
            </span>
          </li>
        ))}
      </ol>
      {timeline && timeline.undated > 0 && <p class="muted">{t('libUndated', timeline.undated)}</p>}
    </section>
  );
}
