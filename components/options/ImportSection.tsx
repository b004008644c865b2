/** Import section: choose a JSON export, see a dry-run summary, confirm; all or nothing. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ProgressLine, TitledSection } from '@/components/ui/form';
import { t } from '@/components/ui/i18n';
import { applyImport, ImportError, type ImportPlan } from '@/lib/export/import';
import { MAX_IMPORT_BYTES } from '@/lib/export/schema';
import { MAX_LISTED, planFile, summarizePlan } from './import-plan';
import type { OptionsServices } from './services';
import {
  applyInWorker,
  CancelledError,
  canUseWorker,
  planInWorker,
  TransferError,
  TransferSession,
} from './transfer';
import type { ImportSummary } from './transfer-protocol';

/** What the page knows of a plan: its summary, and the records when it was planned on the page. */
interface Planned {
  summary: ImportSummary;
  plan: ImportPlan | null;
}

type State =
  | { step: 'idle' }
  | { step: 'reading'; done?: number; total?: number }
  | { step: 'planned'; plan: Planned }
  | { step: 'writing'; plan: Planned; done?: number; total?: number }
  | { step: 'done'; added: number; updated: number }
  | { step: 'error'; message: string };

/** A translated, clear message for an import failure. */
export function importErrorMessage(err: unknown): string {
  if (err instanceof TransferError && err.code) {
    const msg = t(`optionsImportErr_${err.code.replace(/-/g, '_')}`);
    return err.detail ? `${msg} (${err.detail})` : msg;
  }
  if (err instanceof TransferError) return `${t('optionsImportErr_write_failed')} (${err.detail})`;
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

  const sessionRef = useRef<TransferSession | null>(null);
  useEffect(() => () => sessionRef.current?.close(), []);
  const endSession = () => {
    sessionRef.current?.close();
    sessionRef.current = null;
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Cleared so that choosing the same file again (after fixing it, or after an import) is a change.
    input.value = '';
    setAttempt((n) => n + 1);
    endSession();
    setState({ step: 'reading' });
    try {
      if (file.size > MAX_IMPORT_BYTES)
        throw new ImportError('too-large', `${Math.round(file.size / 1048576)} MB`);
      if (canUseWorker()) {
        // Parsing, validation and planning in a worker; the page only sanitises HTML in short slices.
        const session = new TransferSession((_phase, done, total) =>
          setState({ step: 'reading', done, total }),
        );
        sessionRef.current = session;
        const summary = await planInWorker(session, services.db.name, file);
        setState({ step: 'planned', plan: { summary, plan: null } });
        return;
      }
      const plan = await planFile(services.db, file);
      setState({ step: 'planned', plan: { summary: summarizePlan(plan), plan } });
    } catch (err) {
      endSession();
      if (err instanceof CancelledError) setState({ step: 'error', message: t('optionsImportCancelled') });
      else setState({ step: 'error', message: importErrorMessage(err) });
    }
  };

  const confirm = async (planned: Planned) => {
    setState({ step: 'writing', plan: planned });
    try {
      const session = sessionRef.current;
      const r = planned.plan
        ? await applyImport(services.db, planned.plan, {
            onProgress: (done, total) => setState({ step: 'writing', plan: planned, done, total }),
          })
        : session
          ? await applyInWorker(session)
          : null;
      if (!r) throw new ImportError('stale-plan');
      endSession();
      setState({ step: 'done', added: r.added, updated: r.updated });
    } catch (err) {
      endSession();
      if (err instanceof CancelledError) setState({ step: 'error', message: t('optionsImportCancelled') });
      else setState({ step: 'error', message: `${importErrorMessage(err)} ${t('optionsImportUnchanged')}` });
    }
  };

  const cancel = () => {
    if (sessionRef.current) sessionRef.current.cancel();
    else setState({ step: 'idle' });
  };

  const planned = state.step === 'planned' || state.step === 'writing' ? state.plan : null;
  const plan = planned?.summary ?? null;
  const writes = plan ? plan.new + plan.updated + plan.newCollections.length : 0;
  const busy = state.step === 'reading' || state.step === 'writing';
  const counter = state.step === 'reading' || state.step === 'writing' ? state : null;

  return (
    <TitledSection id="import" title={t('optionsImportHeading')} testId="import-section">
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
      {state.step === 'reading' && (
        <p aria-live="polite" data-testid="import-reading">
          {counter?.total
            ? t('optionsImportSanitizing', [counter.done ?? 0, counter.total])
            : t('optionsImportReading')}
        </p>
      )}
      {state.step === 'writing' && counter?.total ? (
        <ProgressLine
          testId="import-progress"
          done={counter.done ?? 0}
          total={counter.total}
          text={t('optionsImportProgress', [counter.done ?? 0, counter.total])}
        />
      ) : null}
      {busy && sessionRef.current && (
        <p>
          <button type="button" data-testid="import-cancel" onClick={cancel}>
            {t('optionsImportCancelButton')}
          </button>
        </p>
      )}
      {plan && (
        <div data-testid="import-summary" data-attempt={attempt} role="status">
          <h3>{t('optionsImportSummaryTitle', plan.total)}</h3>
          <ul>
            <li data-testid="import-new">{t('optionsImportNew', plan.new)}</li>
            <li data-testid="import-updated">{t('optionsImportUpdated', plan.updated)}</li>
            <li data-testid="import-duplicates">{t('optionsImportDuplicates', plan.duplicates)}</li>
            <li data-testid="import-invalid">{t('optionsImportInvalid', plan.invalidCount)}</li>
            {plan.newCollections.length > 0 && (
              <li>{t('optionsImportNewCollections', plan.newCollections.join(', '))}</li>
            )}
          </ul>
          {plan.invalidCount > 0 && (
            <ul data-testid="import-invalid-list">
              {plan.invalid.slice(0, MAX_LISTED).map((i) => (
                <li key={`${i.kind}${i.index}`}>
                  {t(
                    i.kind === 'clipping' ? 'optionsImportInvalidClipping' : 'optionsImportInvalidCollection',
                    [i.index + 1, i.reason],
                  )}
                </li>
              ))}
              {plan.invalidCount > MAX_LISTED && (
                <li>{t('optionsImportMoreInvalid', plan.invalidCount - MAX_LISTED)}</li>
              )}
            </ul>
          )}
          {writes === 0 && <p data-testid="import-nothing">{t('optionsImportNothing')}</p>}
          <button
            type="button"
            data-testid="import-confirm"
            disabled={writes === 0 || state.step === 'writing'}
            onClick={() => planned && void confirm(planned)}
          >
            {state.step === 'writing' ? t('optionsImportWriting') : t('optionsImportConfirm')}
          </button>{' '}
          <button
            type="button"
            disabled={state.step === 'writing'}
            onClick={() => {
              endSession();
              setState({ step: 'idle' });
            }}
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
    </TitledSection>
  );
}
