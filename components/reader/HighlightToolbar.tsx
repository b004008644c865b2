/** The toolbar shown over a text selection in the article: colour, optional note, save. */
import { useState } from 'preact/hooks';
import { t } from '@/components/ui/i18n';
import type { HighlightColor } from '@/lib/types';
import { HIGHLIGHT_COLORS } from './colors';

export interface HighlightToolbarProps {
  top: number;
  left: number;
  quote: string;
  onSave: (color: HighlightColor, note: string) => void;
  onCancel: () => void;
}

export function HighlightToolbar(props: HighlightToolbarProps) {
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [note, setNote] = useState('');
  return (
    <div
      class="bg-hl-toolbar"
      role="dialog"
      aria-label={t('rdHlToolbar')}
      data-testid="highlight-toolbar"
      style={{ top: `${props.top}px`, left: `${props.left}px` }}
      onMouseDown={(e) => {
        // Keep the article selection while choosing a colour.
        if ((e.target as HTMLElement).tagName !== 'INPUT') e.preventDefault();
      }}
    >
      <div class="bg-hl-colors">
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            type="button"
            key={c.color}
            class="bg-hl-color"
            style={{ backgroundColor: c.css }}
            aria-pressed={color === c.color}
            aria-label={t(c.label)}
            title={t(c.label)}
            data-testid={`highlight-color-${c.color}`}
            onClick={() => setColor(c.color)}
          />
        ))}
      </div>
      <input
        type="text"
        class="bg-hl-note"
        placeholder={t('rdHlNote')}
        aria-label={t('rdHlNote')}
        data-testid="highlight-note"
        value={note}
        onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') props.onSave(color, note);
        }}
      />
      <button
        type="button"
        class="bg-primary"
        data-testid="highlight-save"
        onClick={() => props.onSave(color, note)}
      >
        {t('rdSave')}
      </button>
      <button type="button" data-testid="highlight-cancel" onClick={props.onCancel}>
        {t('rdHlCancel')}
      </button>
    </div>
  );
}
