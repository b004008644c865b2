/** The user's highlights of this article (placed ones), with their notes; a click scrolls to one. */
import { t } from '@/components/ui/i18n';
import type { Highlight } from '@/lib/types';
import { HIGHLIGHT_COLORS } from './colors';
import { ItemList } from './ItemList';

export function HighlightList(props: {
  highlights: readonly Highlight[];
  onActivate: (h: Highlight) => void;
}) {
  if (props.highlights.length === 0) return null;
  return (
    <ItemList
      heading={`${t('rdHighlights')} (${props.highlights.length})`}
      testId="highlight-list"
      itemTestId="highlight-item"
      items={props.highlights}
      keyOf={(h) => h.id}
      onActivate={props.onActivate}
      itemProps={(h) => ({ 'data-highlight-id': h.id })}
    >
      {(h) => (
        <>
          <span class="bg-entity-name">
            <span
              class="bg-swatch"
              aria-hidden="true"
              style={{ backgroundColor: HIGHLIGHT_COLORS.find((c) => c.color === h.color)?.css }}
            />
            {h.quote.length > 120 ? `${h.quote.slice(0, 117)}…` : h.quote}
          </span>
          {h.note ? <span class="bg-entity-title">{h.note}</span> : null}
        </>
      )}
    </ItemList>
  );
}
