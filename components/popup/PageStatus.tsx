/** The current page: detection verdict (reasons on demand), "Đọc gọn" and "Lưu" buttons. */
import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '@/components/ui/hooks';
import { t } from '@/components/ui/i18n';
import { getClippingByUrl } from '@/lib/clips/clippings';
import { isDetectionReason, reasonMessageKey } from '@/lib/detect/reasons';
import type { Clipping, Detection } from '@/lib/types';
import type { PopupServices } from './types';

type SaveState = 'idle' | 'saving' | 'error';

/** Status text of a detection (undefined = still asking, null = the page could not be asked). */
export function statusText(d: Detection | null | undefined): string {
  if (d === undefined) return t('popupChecking');
  if (d === null) return t('statusUnknown');
  return d.isVietnameseNews ? t('statusArticle') : t('statusNotArticle');
}

/** The detector's reasons as short sentences in the UI language (unknown codes are not shown). */
export function reasonTexts(d: Detection | null | undefined): string[] {
  return (d?.reasons ?? []).filter(isDetectionReason).map((code) => t(reasonMessageKey(code)));
}

/** Status of the tab's page with the reader and save actions. */
export function PageStatus({ services }: { services: PopupServices }) {
  const { tabId } = services;
  const [detection, setDetection] = useState<Detection | null | undefined>(tabId === null ? null : undefined);
  const [url, setUrl] = useState<string | null>(null);
  const [initial, setInitial] = useState<Clipping | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    void services.detect(tabId).then((d) => live && setDetection(d));
    void services.tabUrl(tabId).then(async (u) => {
      if (!live || !u) return;
      setUrl(u);
      const c = await services.getByUrl(u).catch(() => null);
      if (live) setInitial(c);
    });
    return () => {
      live = false;
    };
  }, [services, tabId]);

  const liveSaved = useLiveQuery(
    async () => (url ? getClippingByUrl(services.db, url) : null),
    [services.db, url],
  );
  const saved = liveSaved !== undefined ? liveSaved : initial;

  // On a page the detector judged not to be an article, the buttons say so instead of making one up.
  const notArticle = !!detection && !detection.isVietnameseNews;

  const openReader = async () => {
    if (tabId === null) return;
    setError('');
    if (notArticle) {
      setNotice(t('popupReadNotArticle'));
      return;
    }
    try {
      await services.openReader(tabId);
      if (!services.explicitTab) services.closeWindow();
    } catch {
      setError(t('popupReaderFailed'));
    }
  };

  const save = async () => {
    if (tabId === null) return;
    if (notArticle) {
      setNotice(t('popupSaveNotArticle'));
      return;
    }
    setSaveState('saving');
    setError('');
    try {
      const draft = await services.extractDraft(tabId);
      const { clipping } = await services.save(draft);
      setUrl((u) => u ?? draft.url);
      setInitial(clipping);
      setSaveState('idle');
    } catch (err) {
      setSaveState('error');
      const reason = (err as { reason?: unknown })?.reason;
      const msg = err instanceof Error ? err.message : '';
      if (reason === 'unsupported-url' || /unsupported-url/.test(msg)) setError(t('popupSaveUnsupportedUrl'));
      else if (reason === 'wrong-page' || reason === 'tab-gone') setError(t('popupSaveWrongPage'));
      else setError(t('popupSaveFailed'));
    }
  };

  const isNews = !!detection?.isVietnameseNews;
  const reasons = reasonTexts(detection);
  return (
    <section class="page-status" aria-labelledby="status-heading">
      <h2 id="status-heading" class="sr-only">
        {t('popupCurrentPage')}
      </h2>
      <p data-testid="page-status" class={isNews ? 'status ok' : 'status'} aria-live="polite">
        {statusText(detection)}
      </p>
      {reasons.length > 0 && (
        <details data-testid="detect-reasons">
          <summary>{t('popupWhy')}</summary>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
      <div class="actions">
        <button
          type="button"
          class={isNews || detection === null ? 'primary' : ''}
          data-testid="reader-toggle"
          disabled={tabId === null}
          onClick={openReader}
        >
          {t('popupRead')}
        </button>
        <button
          type="button"
          data-testid="save-page"
          disabled={tabId === null || saveState === 'saving' || !!saved}
          aria-busy={saveState === 'saving'}
          onClick={save}
        >
          {saved ? t('popupSaved') : saveState === 'saving' ? t('popupSaving') : t('popupSave')}
        </button>
      </div>
      {notice && (
        <p role="status" class="notice" data-testid="not-article-notice">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
