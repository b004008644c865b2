/** The reader's display settings: font size, line width, theme, serif/sans. */
import { t } from '@/components/ui/i18n';
import type { ReaderPrefs, ReaderTheme } from '@/lib/settings';

const THEMES: readonly { theme: ReaderTheme; label: string }[] = [
  { theme: 'light', label: 'rdThemeLight' },
  { theme: 'sepia', label: 'rdThemeSepia' },
  { theme: 'dark', label: 'rdThemeDark' },
];

/** Clamps a step change of a numeric preference. */
export function stepPref(value: number, delta: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value + delta));
}

export function SettingsBar(props: { prefs: ReaderPrefs; onChange: (prefs: ReaderPrefs) => void }) {
  const { prefs, onChange } = props;
  const set = (patch: Partial<ReaderPrefs>) => onChange({ ...prefs, ...patch });
  return (
    <fieldset class="bg-settings" aria-label={t('rdSettings')} data-testid="reader-settings">
      <button
        type="button"
        title={t('rdFontSmaller')}
        aria-label={t('rdFontSmaller')}
        data-testid="reader-font-smaller"
        onClick={() => set({ fontSize: stepPref(prefs.fontSize, -1, 14, 28) })}
      >
        A−
      </button>
      <button
        type="button"
        title={t('rdFontLarger')}
        aria-label={t('rdFontLarger')}
        data-testid="reader-font-larger"
        onClick={() => set({ fontSize: stepPref(prefs.fontSize, 1, 14, 28) })}
      >
        A+
      </button>
      <button
        type="button"
        title={t('rdNarrower')}
        aria-label={t('rdNarrower')}
        data-testid="reader-width-narrower"
        onClick={() => set({ lineWidth: stepPref(prefs.lineWidth, -5, 45, 90) })}
      >
        ⇥⇤
      </button>
      <button
        type="button"
        title={t('rdWider')}
        aria-label={t('rdWider')}
        data-testid="reader-width-wider"
        onClick={() => set({ lineWidth: stepPref(prefs.lineWidth, 5, 45, 90) })}
      >
        ⇤⇥
      </button>
      {THEMES.map(({ theme, label }) => (
        <button
          type="button"
          key={theme}
          class={`bg-theme-btn bg-theme-${theme}`}
          aria-pressed={prefs.theme === theme}
          data-testid={`reader-theme-${theme}`}
          onClick={() => set({ theme })}
        >
          {t(label)}
        </button>
      ))}
      <button
        type="button"
        aria-pressed={prefs.font === 'serif'}
        data-testid="reader-font-serif"
        class="bg-font-serif"
        onClick={() => set({ font: 'serif' })}
      >
        {t('rdFontSerif')}
      </button>
      <button
        type="button"
        aria-pressed={prefs.font === 'sans'}
        data-testid="reader-font-sans"
        class="bg-font-sans"
        onClick={() => set({ font: 'sans' })}
      >
        {t('rdFontSans')}
      </button>
    </fieldset>
  );
}
