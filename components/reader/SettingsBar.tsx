/** The reader's display settings: font size, line width, theme, serif/sans. */
import { t } from '@/components/ui/i18n';
import { READER_RANGES, type ReaderFont, type ReaderPrefs, type ReaderTheme } from '@/lib/settings';

const THEMES: readonly { theme: ReaderTheme; label: string }[] = [
  { theme: 'light', label: 'rdThemeLight' },
  { theme: 'sepia', label: 'rdThemeSepia' },
  { theme: 'dark', label: 'rdThemeDark' },
];

const FONTS: readonly { font: ReaderFont; label: string }[] = [
  { font: 'serif', label: 'rdFontSerif' },
  { font: 'sans', label: 'rdFontSans' },
];

/** The step buttons: the number preference they change, by how much (bounds: READER_RANGES). */
const STEPS: readonly {
  key: keyof typeof READER_RANGES;
  delta: number;
  label: string;
  testId: string;
  face: string;
}[] = [
  { key: 'fontSize', delta: -1, label: 'rdFontSmaller', testId: 'reader-font-smaller', face: 'A−' },
  { key: 'fontSize', delta: 1, label: 'rdFontLarger', testId: 'reader-font-larger', face: 'A+' },
  { key: 'lineWidth', delta: -5, label: 'rdNarrower', testId: 'reader-width-narrower', face: '⇥⇤' },
  { key: 'lineWidth', delta: 5, label: 'rdWider', testId: 'reader-width-wider', face: '⇤⇥' },
];

/** Clamps a step change of a numeric preference. */
export function stepPref(value: number, delta: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value + delta));
}

export function SettingsBar(props: { prefs: ReaderPrefs; onChange: (prefs: ReaderPrefs) => void }) {
  const { prefs, onChange } = props;
  const set = (patch: Partial<ReaderPrefs>) => onChange({ ...prefs, ...patch });
  /** The pressed-or-not choices: themes, then fonts. */
  const toggles = [
    ...THEMES.map(({ theme, label }) => ({
      id: `theme-${theme}`,
      class: `bg-theme-btn bg-theme-${theme}`,
      pressed: prefs.theme === theme,
      label,
      pick: () => set({ theme }),
    })),
    ...FONTS.map(({ font, label }) => ({
      id: `font-${font}`,
      class: `bg-font-${font}`,
      pressed: prefs.font === font,
      label,
      pick: () => set({ font }),
    })),
  ];
  return (
    <fieldset class="bg-settings" aria-label={t('rdSettings')} data-testid="reader-settings">
      {STEPS.map((s) => (
        <button
          type="button"
          key={s.testId}
          title={t(s.label)}
          aria-label={t(s.label)}
          data-testid={s.testId}
          onClick={() => {
            const { min, max } = READER_RANGES[s.key];
            set({ [s.key]: stepPref(prefs[s.key], s.delta, min, max) });
          }}
        >
          {s.face}
        </button>
      ))}
      {toggles.map((b) => (
        <button
          type="button"
          key={b.id}
          class={b.class}
          aria-pressed={b.pressed}
          data-testid={`reader-${b.id}`}
          onClick={b.pick}
        >
          {t(b.label)}
        </button>
      ))}
    </fieldset>
  );
}
