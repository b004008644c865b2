/** Export section: scope, format, progress and the resulting file as a download link. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { collectionName } from '@/components/ui/collection-name';
import { ExportFormatSelect } from '@/components/ui/ExportFormatSelect';
import {
  CheckboxLabel,
  type FieldOption,
  ProgressLine,
  RadioChoices,
  TitledSection,
} from '@/components/ui/form';
import { useLiveQuery } from '@/components/ui/hooks';
import { t } from '@/components/ui/i18n';
import { listCollections } from '@/lib/clips/collections';
import { type ExportFormat, exportClippings } from '@/lib/export';
import { countScope, type ExportScope, loadScope } from './scope';
import type { OptionsServices } from './services';
import { CancelledError, canUseWorker, exportInWorker, TransferSession } from './transfer';

type ScopeKind = ExportScope['kind'];

interface Result {
  url: string;
  filename: string;
  size: number;
}

/** The export form. */
export function ExportSection({ services }: { services: OptionsServices }) {
  const { db, selection } = services;
  const [kind, setKind] = useState<ScopeKind>(selection ? 'selection' : 'all');
  const [chosen, setChosen] = useState<string[]>([]);
  const [format, setFormat] = useState<ExportFormat>('json');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState('');
  const collections = useLiveQuery(() => listCollections(db), [db]) ?? [];
  const scope: ExportScope =
    kind === 'all'
      ? { kind }
      : kind === 'collections'
        ? { kind, ids: chosen }
        : { kind, ids: selection ?? [] };
  const count = useLiveQuery(() => countScope(db, scope), [db, kind, chosen.join(',')]);
  const urlRef = useRef<string | null>(null);

  useEffect(() => () => void (urlRef.current && URL.revokeObjectURL(urlRef.current)), []);

  const clearResult = () => {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    urlRef.current = null;
    setResult(null);
    setError('');
  };

  const sessionRef = useRef<TransferSession | null>(null);
  useEffect(() => () => sessionRef.current?.close(), []);

  const run = async () => {
    clearResult();
    setProgress({ done: 0, total: count ?? 0 });
    try {
      let out: { filename: string; mime: string; data: string | Uint8Array };
      if (canUseWorker()) {
        // Off the page's main thread: the worker reads the scope and writes the file.
        const session = new TransferSession((_phase, done, total) => setProgress({ done, total }));
        sessionRef.current = session;
        try {
          const r = await exportInWorker(session, db.name, format, scope);
          if (r.count === 0) {
            setError(t('optionsExportEmpty'));
            return;
          }
          out = r;
        } finally {
          session.close();
          sessionRef.current = null;
        }
      } else {
        const { data, scopeName } = await loadScope(db, scope);
        if (data.clippings.length === 0) {
          setError(t('optionsExportEmpty'));
          return;
        }
        out = await exportClippings(format, data, {
          scopeName,
          onProgress: (done, total) => setProgress({ done, total }),
        });
      }
      const blob = new Blob([out.data as BlobPart], { type: out.mime });
      const url = URL.createObjectURL(blob);
      urlRef.current = url;
      setResult({ url, filename: out.filename, size: blob.size });
    } catch (err) {
      if (err instanceof CancelledError) setError(t('optionsExportCancelled'));
      else setError(t('optionsExportFailed', err instanceof Error ? err.message : String(err)));
    } finally {
      setProgress(null);
    }
  };

  const pick = (k: ScopeKind) => {
    clearResult();
    setKind(k);
  };

  const toggle = (id: string, on: boolean) => {
    clearResult();
    setChosen((cur) => (on ? [...cur, id] : cur.filter((x) => x !== id)));
  };

  const scopes: FieldOption<ScopeKind>[] = [
    { value: 'all', label: t('optionsScopeAll'), testId: 'export-scope-all' },
    { value: 'collections', label: t('optionsScopeCollections'), testId: 'export-scope-collections' },
  ];
  if (selection) {
    scopes.push({
      value: 'selection',
      label: t('optionsScopeSelection', selection.length),
      testId: 'export-scope-selection',
    });
  }

  return (
    <TitledSection id="export" title={t('optionsExportHeading')} testId="export-section">
      <fieldset>
        <legend>{t('optionsExportScope')}</legend>
        <RadioChoices name="export-scope" value={kind} options={scopes} onChange={pick} />
        {kind === 'collections' && (
          <fieldset class="options-collections">
            <legend>{t('optionsScopeCollectionsLegend')}</legend>
            {collections.map((c) => (
              <CheckboxLabel
                key={c.id}
                testId={`export-collection-${c.id}`}
                checked={chosen.includes(c.id)}
                onChange={(on) => toggle(c.id, on)}
              >
                {collectionName(c)}
              </CheckboxLabel>
            ))}
          </fieldset>
        )}
      </fieldset>
      <p>
        <ExportFormatSelect
          id="export-format"
          label={t('optionsExportFormat')}
          value={format}
          onChange={(v) => {
            clearResult();
            setFormat(v);
          }}
        />
      </p>
      <p class="options-muted" data-testid="export-count" aria-live="polite">
        {count === undefined ? '' : t('optionsExportCount', count)}
      </p>
      <button
        type="button"
        data-testid="export-button"
        disabled={progress !== null || count === 0}
        onClick={() => void run()}
      >
        {t('optionsExportButton')}
      </button>
      {progress && (
        <ProgressLine
          testId="export-progress"
          done={progress.done}
          total={progress.total}
          text={t('optionsExporting', [progress.done, progress.total])}
        >
          {sessionRef.current && (
            <button type="button" data-testid="export-cancel" onClick={() => sessionRef.current?.cancel()}>
              {t('optionsExportCancel')}
            </button>
          )}
        </ProgressLine>
      )}
      {result && (
        <p role="status">
          {t('optionsExportReady')}{' '}
          <a data-testid="export-link" href={result.url} download={result.filename}>
            {result.filename}
          </a>{' '}
          <span class="options-muted">({formatBytes(result.size)})</span>
        </p>
      )}
      {error && (
        <p role="alert" class="options-error" data-testid="export-error">
          {error}
        </p>
      )}
    </TitledSection>
  );
}

/** "1.2 MB"-style size. */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '?';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
