/** Import section: choose a JSON export, see a dry-run summary, confirm; all or nothing. */
import { useState } from 'preact/hooks';
import { t } from '@/components/ui/i18n';
import {
  applyImport,
  ImportError,
  type ImportPlan,
  loadExisting,
  parseImport,
  planImport,
} from '@/lib/export/import';
import { MAX_IMPORT_BYTES } from '@/lib/export/schema';
import type { OptionsServices } from './services';

/** Invalid records listed in the summary (the rest are counted). */
const MAX_LISTED = 50;

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'planned'; plan: ImportPlan }
  | { step: 'writing'; plan: ImportPlan }
  | { step: 'done'; added: number; updated: number }
  | { step: 'error'; message: string };

/** A translated, clear message for an import failure. */
export function importErrorMessage(err: unknown): string {
  if (err instanceof ImportError) {
    const msg = t(`optionsImportErr_${err.code.replace(/-/g, '_')}`);
    return err.detail ? `${msg} (${err.detail})` : msg;
  }
  return t('optionsImportErr_write_failed');
}

/** The import form. */
export function ImportSection({ services }: { services: OptionsServices }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  /** Counts chosen files, so tests and assistive tech can tell a new result from the previous one. */
  const [attempt, setAttempt] = useState(0);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Cleared so that choosing the same file again (after fixing it, or after an import) is a change.
    input.value = '';
    setAttempt((n) => n + 1);
    setState({ step: 'reading' });
    try {
      if (file.size > MAX_IMPORT_BYTES)
        throw new ImportError('too-large', `${Math.round(file.size / 1048576)} MB`);
      const parsed = parseImport(new Uint8Array(await file.arrayBuffer()));
      const plan = planImport(await loadExisting(services.db), parsed);
      setState({ step: 'planned', plan });
    } catch (err) {
      setState({ step: 'error', message: importErrorMessage(err) });
    }
  };

  const confirm = async (plan: ImportPlan) => {
    setState({ step: 'writing', plan });
    try {
      const r = await applyImport(services.db, plan);
      setState({ step: 'done', added: r.added, updated: r.updated });
    } catch (err) {
      setState({ step: 'error', message: `${importErrorMessage(err)} ${t('optionsImportUnchanged')}` });
    }
  };

  const plan = state.step === 'planned' || state.step === 'writing' ? state.plan : null;
  const writes = plan ? plan.new.length + plan.updated.length + plan.newCollections.length : 0;

  return (
    <section aria-labelledby="import-heading" data-testid="import-section">
      <h2 id="import-heading">{t('optionsImportHeading')}</h2>
      <p class="options-muted" id="import-help">
        {t('optionsImportHelp')}
      </p>
      <p>
        <label for="import-input">{t('optionsImportInput')}</label>{' '}
        <input
          id="import-input"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-help"
          data-testid="import-input"
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
      </p>
      {state.step === 'reading' && <p aria-live="polite">{t('optionsImportReading')}</p>}
      {plan && (
        <div data-testid="import-summary" data-attempt={attempt} role="status">
          <h3>{t('optionsImportSummaryTitle', plan.total)}</h3>
          <ul>
            <li data-testid="import-new">{t('optionsImportNew', plan.new.length)}</li>
            <li data-testid="import-updated">{t('optionsImportUpdated', plan.updated.length)}</li>
            <li data-testid="import-duplicates">{t('optionsImportDuplicates', plan.duplicates.length)}</li>
            <li data-testid="import-invalid">{t('optionsImportInvalid', plan.invalid.length)}</li>
            {plan.newCollections.length > 0 && (
              <li>{t('optionsImportNewCollections', plan.newCollections.map((c) => c.name).join(', '))}</li>
            )}
          </ul>
          {plan.invalid.length > 0 && (
            <ul data-testid="import-invalid-list">
              {plan.invalid.slice(0, MAX_LISTED).map((i) => (
                <li key={`${i.kind}${i.index}`}>
                  {t(
                    i.kind === 'clipping' ? 'optionsImportInvalidClipping' : 'optionsImportInvalidCollection',
                    [i.index + 1, i.reason],
                  )}
                </li>
              ))}
              {plan.invalid.length > MAX_LISTED && (
                <li>{t('optionsImportMoreInvalid', plan.invalid.length - MAX_LISTED)}</li>
              )}
            </ul>
          )}
          {writes === 0 && <p data-testid="import-nothing">{t('optionsImportNothing')}</p>}
          <button
            type="button"
            data-testid="import-confirm"
            disabled={writes === 0 || state.step === 'writing'}
            onClick={() => void confirm(plan)}
          >
            {state.step === 'writing' ? t('optionsImportWriting') : t('optionsImportConfirm')}
          </button>{' '}
          <button
            type="button"
            disabled={state.step === 'writing'}
            onClick={() => setState({ step: 'idle' })}
          >
            {t('optionsImportCancel')}
          </button>
        </div>
      )}
      {state.step === 'done' && (
        <p role="status" data-testid="import-done" data-attempt={attempt}>
          {t('optionsImportDone', [state.added, state.updated])}
        </p>
      )}
      {state.step === 'error' && (
        <p role="alert" class="options-error" data-testid="import-error" data-attempt={attempt}>
          {state.message}
        </p>
      )}
    </section>
  );
}
