/** The current page: detection verdict (reasons on demand), "Đọc gọn" and "Lưu" buttons. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '@/components/ui/hooks';
import { t } from '@/components/ui/i18n';
import { getClippingByUrl } from '@/lib/clips/clippings';
import { isDetectionReason, reasonMessageKey } from '@/lib/detect/reasons';
import type { Clipping, Detection } from '@/lib/types';
import { type Filing, FilingFields, NEW_COLLECTION, parseTags } from './FilingFields';
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
  const [filing, setFiling] = useState<Filing>({ collectionId: 'default', newName: '', tagsText: '' });
  const [filed, setFiled] = useState(false);
  /** Set once a saved clipping's own filing is shown (the remembered collection must not replace it). */
  const showsSaved = useRef(false);

  useEffect(() => {
    let live = true;
    void services
      .lastCollection()
      .then((id) => live && !showsSaved.current && setFiling((f) => ({ ...f, collectionId: id })))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [services]);

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
  const savedId = saved?.id ?? null;
  useEffect(() => {
    if (!saved) return;
    showsSaved.current = true;
    setFiling({ collectionId: saved.collectionId, newName: '', tagsText: saved.tags.join(', ') });
    setFiled(false);
    // Only when another clipping is shown, not on each of its updates.
  }, [savedId]);

  /** The chosen collection's id, creating the new one the user typed; null when its name is empty. */
  const collectionOf = async (): Promise<string | null> => {
    if (filing.collectionId !== NEW_COLLECTION) return filing.collectionId;
    const name = filing.newName.trim();
    if (!name) return null;
    const id = await services.createCollection(name);
    setFiling((f) => ({ ...f, collectionId: id, newName: '' }));
    return id;
  };

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
      const collectionId = await collectionOf();
      if (collectionId === null) {
        setSaveState('idle');
        setError(t('popupNewCollectionEmpty'));
        return;
      }
      const draft = { ...(await services.extractDraft(tabId)), collectionId, tags: parseTags(filing.tagsText) };
      const { clipping } = await services.save(draft);
      void services.rememberCollection(clipping.collectionId).catch(() => undefined);
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

  /** Applies the collection and tags to the clipping saved before. */
  const applyFiling = async () => {
    if (!saved) return;
    setError('');
    try {
      const collectionId = await collectionOf();
      if (collectionId === null) {
        setError(t('popupNewCollectionEmpty'));
        return;
      }
      await services.file(saved.id, { collectionId, tags: parseTags(filing.tagsText) });
      void services.rememberCollection(collectionId).catch(() => undefined);
      setFiled(true);
    } catch {
      setError(t('popupSaveFailed'));
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
      {tabId !== null && !notArticle && (
        <FilingFields
          db={services.db}
          value={filing}
          onChange={(next) => {
            setFiling(next);
            setFiled(false);
          }}
        />
      )}
      {saved && !notArticle && (
        <div class="actions">
          <button type="button" data-testid="capture-apply" onClick={applyFiling}>
            {filed ? t('popupFiled') : t('popupApplyFiling')}
          </button>
        </div>
      )}
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
