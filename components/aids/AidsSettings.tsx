/**
 * Options-page section of the reading aids: where legal references link to (a preset, another
 * address or none) and the user's own acronyms (a small list editor, entries validated with the
 * schema of lib/aids/user-acronyms.ts). Every change is saved at once with the other settings.
 */
import { useEffect, useState } from 'preact/hooks';
import { BUILT_IN_ACRONYMS } from '@/lib/aids/acronyms';
import { isLegalSearchTemplate, LEGAL_SEARCH_PRESETS } from '@/lib/aids/legal-symbol';
import { type UserAcronym, userAcronymProblem } from '@/lib/aids/user-acronyms';
import type { Settings } from '@/lib/settings';
import { t } from '@/components/ui/i18n';

export interface AidsSettingsServices {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
}

const presetOf = (template: string) =>
  LEGAL_SEARCH_PRESETS.find((p) => p.template === template)?.id ?? 'custom';

export function AidsSettings({ services }: { services: AidsSettingsServices }) {
  const [legal, setLegal] = useState<string | null>(null);
  const [preset, setPreset] = useState('thuvienphapluat');
  const [custom, setCustom] = useState('');
  const [list, setList] = useState<UserAcronym[]>([]);
  const [draft, setDraft] = useState({ abbr: '', vi: '', en: '' });
  const [problem, setProblem] = useState('');
  const [note, setNote] = useState('');

  useEffect(() => {
    void services.loadSettings().then((s) => {
      setLegal(s.legalSearch);
      setPreset(presetOf(s.legalSearch));
      if (presetOf(s.legalSearch) === 'custom') setCustom(s.legalSearch);
      setList(s.acronyms);
    });
  }, [services]);

  if (legal === null) return <section aria-busy="true" data-testid="aids-settings" />;

  const save = async (patch: Partial<Settings>) => {
    const next = await services.saveSettings(patch);
    setLegal(next.legalSearch);
    setList(next.acronyms);
    setNote(t('optionsSaved'));
  };

  const choosePreset = (id: string) => {
    setPreset(id);
    const p = LEGAL_SEARCH_PRESETS.find((x) => x.id === id);
    if (p) void save({ legalSearch: p.template });
  };

  const saveCustom = (value: string) => {
    setCustom(value);
    if (value && isLegalSearchTemplate(value)) void save({ legalSearch: value });
  };

  const add = (e: Event) => {
    e.preventDefault();
    const p = userAcronymProblem(draft);
    if (p) {
      setProblem(t('optAcronymInvalid', p));
      return;
    }
    setProblem('');
    const entry = { abbr: draft.abbr.trim(), vi: draft.vi.trim(), en: draft.en.trim() };
    void save({ acronyms: [...list.filter((a) => a.abbr !== entry.abbr), entry] });
    setDraft({ abbr: '', vi: '', en: '' });
  };

  const field = (k: keyof typeof draft) => (e: Event) =>
    setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value });

  return (
    <section aria-labelledby="aids-heading" data-testid="aids-settings">
      <h2 id="aids-heading">{t('optAidsHeading')}</h2>
      <fieldset>
        <legend>{t('optLegalSearchLabel')}</legend>
        {[...LEGAL_SEARCH_PRESETS.map((p) => p.id), 'custom'].map((id) => (
          <label key={id} style={{ display: 'block' }}>
            <input
              type="radio"
              name="legal-search"
              data-testid={`aids-legal-${id}`}
              checked={preset === id}
              onChange={() => choosePreset(id)}
            />{' '}
            {t(`optLegalSearch_${id}`)}
          </label>
        ))}
        {preset === 'custom' ? (
          <p>
            <label for="aids-legal-template">{t('optLegalSearchCustomLabel')}</label>
            <br />
            <input
              id="aids-legal-template"
              type="url"
              size={60}
              data-testid="aids-legal-template"
              value={custom}
              placeholder="https://…?q={number}"
              onChange={(e) => saveCustom((e.currentTarget as HTMLInputElement).value.trim())}
            />
            {custom && !isLegalSearchTemplate(custom) ? (
              <span role="alert" data-testid="aids-legal-invalid">
                {' '}
                {t('optLegalSearchInvalid')}
              </span>
            ) : null}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t('optAcronymsLegend')}</legend>
        <p>
          {t('optAcronymsHelp')} {t('optAcronymsCount', BUILT_IN_ACRONYMS.length)}
        </p>
        {list.length === 0 ? <p data-testid="aids-acronyms-empty">{t('optAcronymsEmpty')}</p> : null}
        <ul data-testid="aids-acronyms">
          {list.map((a) => (
            <li key={a.abbr} data-testid="aids-acronym">
              <abbr title={`${a.vi} / ${a.en}`}>{a.abbr}</abbr>: {a.vi}
              {a.en ? <span lang="en"> / {a.en}</span> : null}{' '}
              <button
                type="button"
                data-testid="aids-acronym-remove"
                aria-label={t('optAcronymRemove', a.abbr)}
                onClick={() => void save({ acronyms: list.filter((x) => x.abbr !== a.abbr) })}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
        <form onSubmit={add} data-testid="aids-acronym-form">
          <label>
            {t('optAcronymAbbr')}{' '}
            <input
              data-testid="aids-acronym-abbr"
              value={draft.abbr}
              onInput={field('abbr')}
              size={10}
              required
            />
          </label>{' '}
          <label>
            {t('optAcronymVi')}{' '}
            <input data-testid="aids-acronym-vi" value={draft.vi} onInput={field('vi')} required />
          </label>{' '}
          <label>
            {t('optAcronymEn')} <input data-testid="aids-acronym-en" value={draft.en} onInput={field('en')} />
          </label>{' '}
          <button type="submit" data-testid="aids-acronym-add">
            {t('optAcronymAdd')}
          </button>
          {problem ? (
            <p role="alert" data-testid="aids-acronym-problem">
              {problem}
            </p>
          ) : null}
        </form>
        <p role="status" class="bg-muted">
          {note}
        </p>
      </fieldset>
    </section>
  );
}
