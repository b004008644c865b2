/**
 * The reader: the extracted article with entity highlighting, the entity panel, display settings,
 * saving and user highlights. Rendered in the extension's own reader page (entrypoints/reader-frame),
 * shown over the page in a top-layer frame: no page script can read, click or hear it.
 *
 * Parts: Reader (loading / error / article), ArticleView (the article), ArticleHeader, SaveButton,
 * useArticleBody (inserting and painting the article), useSelectionToolbar (new highlights).
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/components/ui/i18n';
import type { ClipDraft } from '@/lib/clips/draft';
import type { ReaderReading } from '@/lib/protocol';
import type { Settings } from '@/lib/settings';
import type { Clipping, ExtractError } from '@/lib/types';
import { ArticleView } from './ArticleView';

/** What the reader shows: the handover of the tab's content script, as the background gave it. */
export interface ReaderData {
  /** The tab's URL as the background knows it. */
  url: string;
  reading: ReaderReading | ExtractError;
  settings: Settings;
  /** The clipping already saved for this URL, if any. */
  existing: Clipping | null;
  /** The page changed its address since it loaded: no saving (see ReaderContext.moved). */
  moved?: boolean;
}

export interface ReaderProps {
  data: ReaderData | null;
  /** A failure before any article arrived (e.g. no handover for this tab). */
  failure?: string | null;
  onClose: () => void;
  save: (draft: ClipDraft) => Promise<{ clipping: Clipping; alreadySaved: boolean }>;
  saveSettings: (patch: Partial<Settings>) => void;
}

/** True when `v` is an ExtractError. */
export function isError(v: ReaderReading | ExtractError): v is ExtractError {
  return typeof (v as ExtractError).error === 'string' && typeof (v as ExtractError).code === 'string';
}

export function Reader(props: ReaderProps) {
  const { data } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const escapeRef = useRef<(() => boolean) | null>(null);
  useEffect(() => {
    rootRef.current?.focus({ preventScroll: true });
  }, [data]);
  // Escape closes the reader (after whatever is open inside it, e.g. the highlight toolbar).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      if (!escapeRef.current?.()) props.onClose();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [props.onClose]);
  if (!data || isError(data.reading)) {
    const theme = data?.settings.reader.theme ?? 'auto';
    const error = data && isError(data.reading) ? data.reading : null;
    const failure = error?.error ?? props.failure ?? null;
    return (
      <div
        class={`bg-reader theme-${theme}`}
        data-testid="reader"
        ref={rootRef}
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-busy={failure ? undefined : 'true'}
      >
        <div class="bg-topbar">
          <CloseButton onClose={props.onClose} />
        </div>
        {failure ? (
          <div class="bg-error" role="alert" data-testid="reader-error" data-error-code={error?.code ?? 'failed'}>
            <h1>{t(error?.code === 'too-large' ? 'rdTooLargeTitle' : 'rdErrorTitle')}</h1>
            <p>{failure}</p>
          </div>
        ) : (
          <p class="bg-status">{t('rdLoading')}</p>
        )}
      </div>
    );
  }
  return (
    <ArticleView
      {...props}
      data={data}
      reading={data.reading}
      rootRef={rootRef}
      escapeRef={escapeRef}
      closeButton={<CloseButton onClose={props.onClose} />}
    />
  );
}

function CloseButton(props: { onClose: () => void }) {
  // Named by its visible word ("Đóng" / "Close"); the ✕ is decoration.
  return (
    <button type="button" class="bg-close" data-testid="reader-close" onClick={props.onClose}>
      <span aria-hidden="true">✕</span> <span>{t('rdClose')}</span>
    </button>
  );
}
