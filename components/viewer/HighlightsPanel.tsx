/** Side panel list of the clipping's highlights (placed ones, then orphans that could not be placed). */
import type { Highlight } from '@/lib/types';
import { noteElementId } from './ArticleBody';
import { t } from './i18n';
import type { PlacedHighlight } from './marks';

export interface HighlightsPanelProps {
  placed: readonly PlacedHighlight[];
  orphans: readonly Highlight[];
  /** Scrolls to and focuses the highlight's first mark. */
  onGoTo: (id: string) => void;
}

function short(quote: string, max = 220): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  return q.length > max ? `${q.slice(0, max - 1)}…` : q;
}

/** Placed highlights (buttons that jump to the text, notes shown) and orphans listed apart. */
export function HighlightsPanel({ placed, orphans, onGoTo }: HighlightsPanelProps) {
  return (
    <section class="viewer-panel" aria-labelledby="viewer-hl-heading">
      <h2 id="viewer-hl-heading">
        {t('viewerHighlights')} <span class="viewer-count">{placed.length + orphans.length}</span>
      </h2>
      <ul class="viewer-hl-list" data-testid="viewer-highlights">
        {placed.map(({ highlight: h }) => (
          <li key={h.id} class={`viewer-hl-item bg-hl-${h.color}-edge`} data-testid="viewer-highlight">
            <button
              type="button"
              class="viewer-hl-quote"
              onClick={() => onGoTo(h.id)}
              aria-label={`${t('viewerGoToHighlight')}: ${short(h.quote, 80)}`}
            >
              <span class={`viewer-swatch bg-hl-${h.color}`} aria-hidden="true" />
              {short(h.quote || '')}
            </button>
            {h.note ? (
              <p class="viewer-hl-note" id={noteElementId(h.id)} data-testid="viewer-highlight-note">
                {h.note}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {placed.length + orphans.length === 0 ? <p class="viewer-empty">{t('viewerNoHighlights')}</p> : null}
      {orphans.length > 0 ? (
        <div class="viewer-orphans">
          <h3>{t('viewerOrphans')}</h3>
          <p class="viewer-hint">{t('viewerOrphansHint')}</p>
          <ul data-testid="viewer-orphans">
            {orphans.map((h) => (
              <li key={h.id} class="viewer-hl-item viewer-orphan" data-testid="viewer-orphan">
                <q>{short(h.quote || '')}</q>
                {h.note ? <p class="viewer-hl-note">{h.note}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
