/** Settings section: detection scope, auto-open, reader defaults, entity types and colours, watchlist, language. */
import { useEffect, useState } from 'preact/hooks';
import {
  CheckboxLabel,
  InputField,
  inputValue,
  RadioChoices,
  SelectField,
  TitledSection,
} from '@/components/ui/form';
import { t } from '@/components/ui/i18n';
import { ENTITY_TYPES } from '@/lib/schema';
import { READER_FONTS, READER_RANGES, READER_THEMES, type ReaderPrefs, type Settings } from '@/lib/settings';
import type { OptionsServices } from './services';

/** A setting chosen from a list: element id `opt-<id>`, test id `settings-<test>`, option labels `<prefix><Value>`. */
interface ChoiceSetting {
  id: string;
  test: string;
  label: string;
  prefix: string;
  values: readonly string[];
  value: string;
  set: (value: string) => void;
}

const NUMBER_SETTINGS: { key: keyof typeof READER_RANGES; id: string; label: string }[] = [
  { key: 'fontSize', id: 'font-size', label: 'optionsFontSize' },
  { key: 'lineWidth', id: 'line-width', label: 'optionsLineWidth' },
];

const UI_LANGUAGES: readonly Settings['uiLanguage'][] = ['auto', 'vi', 'en'];

const capital = (v: string) => v.charAt(0).toUpperCase() + v.slice(1);

/** One `<p>` with the select of a list setting. */
function ChoiceRow({ c }: { c: ChoiceSetting }) {
  return (
    <p>
      <SelectField
        id={`opt-${c.id}`}
        testId={`settings-${c.test}`}
        label={t(c.label)}
        value={c.value}
        options={c.values.map((v) => ({ value: v, label: t(`${c.prefix}${capital(v)}`) }))}
        onChange={c.set}
      />
    </p>
  );
}

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

  const reader = (patch: Partial<ReaderPrefs>) => void save({ reader: { ...s.reader, ...patch } });
  const readerChoices: ChoiceSetting[] = [
    {
      id: 'theme',
      test: 'theme',
      label: 'optionsTheme',
      prefix: 'optionsTheme',
      values: READER_THEMES,
      value: s.reader.theme,
      set: (v) => reader({ theme: v as ReaderPrefs['theme'] }),
    },
    {
      id: 'font',
      test: 'font',
      label: 'optionsFont',
      prefix: 'optionsFont',
      values: READER_FONTS,
      value: s.reader.font,
      set: (v) => reader({ font: v as ReaderPrefs['font'] }),
    },
  ];
  const language: ChoiceSetting = {
    id: 'lang',
    test: 'language',
    label: 'optionsLanguage',
    prefix: 'optionsLang',
    values: UI_LANGUAGES,
    value: s.uiLanguage,
    set: (v) => void save({ uiLanguage: v as Settings['uiLanguage'] }),
  };

  return (
    <TitledSection id="settings" title={t('optionsSettingsHeading')} testId="settings-section">
      <fieldset>
        <legend>{t('optionsDetectLegend')}</legend>
        <RadioChoices
          name="detect"
          value={s.detectAllSites ? 'all' : 'list'}
          options={[
            { value: 'list', label: t('optionsDetectNewsList'), testId: 'settings-detect-list' },
            { value: 'all', label: t('optionsDetectAllSites'), testId: 'settings-detect-all' },
          ]}
          onChange={(v) => chooseAllSites(v === 'all')}
        />
      </fieldset>
      <p>
        <CheckboxLabel
          testId="settings-auto-open"
          checked={s.autoOpenReader}
          onChange={(on) => void save({ autoOpenReader: on })}
        >
          {t('optionsAutoOpen')}
        </CheckboxLabel>
      </p>
      <fieldset>
        <legend>{t('optionsReaderLegend')}</legend>
        {NUMBER_SETTINGS.map((n) => (
          <p key={n.key}>
            <InputField
              id={`opt-${n.id}`}
              testId={`settings-${n.id}`}
              type="number"
              {...READER_RANGES[n.key]}
              label={t(n.label)}
              value={s.reader[n.key]}
              onChange={(v) => reader({ [n.key]: Number(v) })}
            />
          </p>
        ))}
        {readerChoices.map((c) => (
          <ChoiceRow key={c.id} c={c} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsEntitiesLegend')}</legend>
        {ENTITY_TYPES.map((type) => (
          <p key={type}>
            <CheckboxLabel
              testId={`settings-entity-${type}`}
              checked={s.entityTypesShown[type]}
              onChange={(on) => void save({ entityTypesShown: { ...s.entityTypesShown, [type]: on } })}
            >
              {t(`optionsEntity_${type}`)}
            </CheckboxLabel>{' '}
            <input
              type="color"
              aria-label={t('optionsEntityColor', t(`optionsEntity_${type}`))}
              data-testid={`settings-color-${type}`}
              value={s.entityColors[type]}
              onChange={(e) => void save({ entityColors: { ...s.entityColors, [type]: inputValue(e) } })}
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
          onInput={(e) => setWatchText(inputValue(e))}
          onChange={(e) => void save({ watchlist: parseWatchlist(inputValue(e)) })}
        />
      </p>
      <ChoiceRow c={language} />
      <p class="options-muted" role="status" data-testid="settings-status">
        {note}
      </p>
    </TitledSection>
  );
}
