/** Settings section: detection scope, auto-open, reader defaults, entity types and colours, watchlist, language. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/components/ui/i18n';
import type { Settings } from '@/lib/settings';
import { ENTITY_TYPES } from '@/lib/schema';
import type { OptionsServices } from './services';

/** Watchlist textarea content → phrases (trimmed, blank lines and repeats dropped). */
export function parseWatchlist(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((l) => l.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    ),
  ];
}

/** The settings form; every change is saved at once. */
export function SettingsSection({ services }: { services: OptionsServices }) {
  const [s, setS] = useState<Settings | null>(null);
  const [note, setNote] = useState('');
  const [watchText, setWatchText] = useState('');

  useEffect(() => {
    void (async () => {
      let v = await services.loadSettings();
      // The permission can be withdrawn in the browser's own UI: keep the setting truthful.
      if (v.detectAllSites && !(await services.hasAllSites().catch(() => false))) {
        v = await services.saveSettings({ detectAllSites: false });
        setNote(t('optionsDetectDenied'));
      }
      setS(v);
      setWatchText(v.watchlist.join('\n'));
    })();
  }, [services]);

  if (!s) return <section aria-busy="true" data-testid="settings-section" />;

  const save = async (patch: Partial<Settings>) => {
    const next = await services.saveSettings(patch);
    setS(next);
    setNote(t('optionsSaved'));
  };

  const chooseAllSites = (all: boolean) => {
    if (all) {
      // Requested synchronously inside the input handler: browsers require a user gesture.
      const asked = services.requestAllSites();
      void asked
        .then((granted) => {
          if (granted) return save({ detectAllSites: true });
          setNote(t('optionsDetectDenied'));
          setS({ ...s, detectAllSites: false });
        })
        .catch(() => setNote(t('optionsDetectDenied')));
    } else {
      void save({ detectAllSites: false }).then(() => services.releaseAllSites().catch(() => undefined));
    }
  };

  const reader = (patch: Partial<Settings['reader']>) => void save({ reader: { ...s.reader, ...patch } });
  const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);
  const val = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

  return (
    <section aria-labelledby="settings-heading" data-testid="settings-section">
      <h2 id="settings-heading">{t('optionsSettingsHeading')}</h2>
      <fieldset>
        <legend>{t('optionsDetectLegend')}</legend>
        <label>
          <input
            type="radio"
            name="detect"
            data-testid="settings-detect-list"
            checked={!s.detectAllSites}
            onChange={() => chooseAllSites(false)}
          />{' '}
          {t('optionsDetectNewsList')}
        </label>
        <label>
          <input
            type="radio"
            name="detect"
            data-testid="settings-detect-all"
            checked={s.detectAllSites}
            onChange={() => chooseAllSites(true)}
          />{' '}
          {t('optionsDetectAllSites')}
        </label>
      </fieldset>
      <p>
        <label>
          <input
            type="checkbox"
            data-testid="settings-auto-open"
            checked={s.autoOpenReader}
            onChange={(e) => void save({ autoOpenReader: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {t('optionsAutoOpen')}
        </label>
      </p>
      <fieldset>
        <legend>{t('optionsReaderLegend')}</legend>
        <p>
          <label for="opt-font-size">{t('optionsFontSize')}</label>{' '}
          <input
            id="opt-font-size"
            type="number"
            min={14}
            max={28}
            data-testid="settings-font-size"
            value={s.reader.fontSize}
            onChange={(e) => reader({ fontSize: num(e) })}
          />
        </p>
        <p>
          <label for="opt-line-width">{t('optionsLineWidth')}</label>{' '}
          <input
            id="opt-line-width"
            type="number"
            min={45}
            max={90}
            data-testid="settings-line-width"
            value={s.reader.lineWidth}
            onChange={(e) => reader({ lineWidth: num(e) })}
          />
        </p>
        <p>
          <label for="opt-theme">{t('optionsTheme')}</label>{' '}
          <select
            id="opt-theme"
            data-testid="settings-theme"
            value={s.reader.theme}
            onChange={(e) => reader({ theme: val(e) as Settings['reader']['theme'] })}
          >
            <option value="light">{t('optionsThemeLight')}</option>
            <option value="sepia">{t('optionsThemeSepia')}</option>
            <option value="dark">{t('optionsThemeDark')}</option>
          </select>
        </p>
        <p>
          <label for="opt-font">{t('optionsFont')}</label>{' '}
          <select
            id="opt-font"
            data-testid="settings-font"
            value={s.reader.font}
            onChange={(e) => reader({ font: val(e) as Settings['reader']['font'] })}
          >
            <option value="serif">{t('optionsFontSerif')}</option>
            <option value="sans">{t('optionsFontSans')}</option>
          </select>
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('optionsEntitiesLegend')}</legend>
        {ENTITY_TYPES.map((type) => (
          <p key={type}>
            <label>
              <input
                type="checkbox"
                data-testid={`settings-entity-${type}`}
                checked={s.entityTypesShown[type]}
                onChange={(e) =>
                  void save({
                    entityTypesShown: {
                      ...s.entityTypesShown,
                      [type]: (e.currentTarget as HTMLInputElement).checked,
                    },
                  })
                }
              />{' '}
              {t(`optionsEntity_${type}`)}
            </label>{' '}
            <input
              type="color"
              aria-label={t('optionsEntityColor', t(`optionsEntity_${type}`))}
              data-testid={`settings-color-${type}`}
              value={s.entityColors[type]}
              onChange={(e) => void save({ entityColors: { ...s.entityColors, [type]: val(e) } })}
            />
          </p>
        ))}
      </fieldset>
      <p>
        <label for="opt-watchlist">{t('optionsWatchlist')}</label>
        <br />
        <textarea
          id="opt-watchlist"
          rows={6}
          cols={50}
          data-testid="settings-watchlist"
          value={watchText}
          onInput={(e) => setWatchText((e.currentTarget as HTMLTextAreaElement).value)}
          onChange={(e) =>
            void save({ watchlist: parseWatchlist((e.currentTarget as HTMLTextAreaElement).value) })
          }
        />
      </p>
      <p>
        <label for="opt-lang">{t('optionsLanguage')}</label>{' '}
        <select
          id="opt-lang"
          data-testid="settings-language"
          value={s.uiLanguage}
          onChange={(e) => void save({ uiLanguage: val(e) as Settings['uiLanguage'] })}
        >
          <option value="auto">{t('optionsLangAuto')}</option>
          <option value="vi">{t('optionsLangVi')}</option>
          <option value="en">{t('optionsLangEn')}</option>
        </select>
      </p>
      <p class="options-muted" role="status" data-testid="settings-status">
        {note}
      </p>
    </section>
  );
}
