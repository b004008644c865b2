/**
 * The clip viewer: one saved clipping rendered offline from the clippings database (extension
 * origin), with its highlights re-anchored, entities, note and tags. Follows database changes live.
 */
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getClipping, updateClipping } from '@/lib/clips/clippings';
import type { BaoGonDB } from '@/lib/clips/db';
import type { Clipping } from '@/lib/types';
import { AidCard } from '@/components/aids/AidCard';
import { type AidSettings, viewerDecorator } from '@/components/aids/viewer';
import { ArticleBody } from './ArticleBody';
import { ClippingHeader } from './ClippingHeader';
import { EntitiesPanel } from './EntitiesPanel';
import { HighlightsPanel } from './HighlightsPanel';
import { t } from './i18n';
import type { PaintResult } from './marks';
import { NoteEditor } from './NoteEditor';
import { TagsEditor } from './TagsEditor';

type State =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'not-found' }
  | { status: 'error'; detail: string }
  | { status: 'ready'; clipping: Clipping };

export interface ViewerAppProps {
  db: BaoGonDB;
  /** Clipping id from `viewer.html?id=…` ('' when absent). */
  id: string;
  /** Locale for dates (default: the browser's). */
  locale?: string;
  /** Note autosave pause, ms. */
  noteDebounceMs?: number;
  /** Reading-aid settings (legal search, the user's acronyms); the defaults when absent. */
  aids?: AidSettings;
}

/** Focuses and scrolls to the first mark of highlight `id` inside `root`. */
function goToHighlight(root: ParentNode, id: string): void {
  const mark = [...root.querySelectorAll<HTMLElement>('mark[data-highlight-id]')].find(
    (m) => m.dataset.highlightId === id,
  );
  if (!mark) return;
  const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  mark.focus();
}

/** The whole viewer page. */
export function ViewerApp({ db, id, locale, noteDebounceMs, aids }: ViewerAppProps) {
  const [state, setState] = useState<State>(id ? { status: 'loading' } : { status: 'missing' });
  const [paint, setPaint] = useState<PaintResult>({ placed: [], orphans: [] });
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!id) {
      setState({ status: 'missing' });
      return;
    }
    const sub = liveQuery(() => getClipping(db, id)).subscribe({
      next: (c) => setState(c ? { status: 'ready', clipping: c } : { status: 'not-found' }),
      error: (e: unknown) =>
        setState({ status: 'error', detail: e instanceof Error ? e.message : String(e) }),
    });
    return () => sub.unsubscribe();
  }, [db, id]);

  const title = state.status === 'ready' ? state.clipping.title : '';
  useEffect(() => {
    document.title = title ? `${title} · Báo Gọn` : 'Báo Gọn';
  }, [title]);

  const update = useCallback(
    async (patch: Parameters<typeof updateClipping>[2]) => {
      const next = await updateClipping(db, id, patch);
      if (next) setState({ status: 'ready', clipping: next });
      return next;
    },
    [db, id],
  );

  if (state.status !== 'ready') {
    const message =
      state.status === 'loading'
        ? t('viewerLoading')
        : state.status === 'missing'
          ? t('viewerMissingId')
          : state.status === 'not-found'
            ? t('viewerNotFound')
            : t('viewerLoadError');
    return (
      <main class="viewer viewer-message">
        <p
          data-testid={state.status === 'loading' ? 'viewer-loading' : 'viewer-missing'}
          role={state.status === 'loading' ? 'status' : 'alert'}
        >
          {message}
        </p>
        {state.status === 'error' ? <pre class="viewer-detail">{state.detail}</pre> : null}
        {state.status !== 'loading' ? (
          <p>
            <a href="/library.html" data-testid="viewer-library-link">
              {t('viewerOpenLibrary')}
            </a>
          </p>
        ) : null}
      </main>
    );
  }

  const c = state.clipping;
  return (
    <div class="viewer" data-testid="viewer">
      <main class="viewer-main" ref={main}>
        <ClippingHeader clipping={c} locale={locale} />
        <ArticleBody
          html={c.html}
          lang={c.lang}
          highlights={c.highlights}
          onPainted={setPaint}
          decorate={viewerDecorator(c, aids)}
        />
        <AidCard rootRef={main} />
      </main>
      <aside class="viewer-side" aria-label={t('viewerSidebar')}>
        <NoteEditor value={c.note} debounceMs={noteDebounceMs} onSave={(note) => update({ note })} />
        <TagsEditor tags={c.tags} onChange={(tags) => update({ tags })} />
        <HighlightsPanel
          placed={paint.placed}
          orphans={paint.orphans}
          onGoTo={(hid) => main.current && goToHighlight(main.current, hid)}
        />
        <EntitiesPanel entities={c.entities} text={c.text} />
      </aside>
    </div>
  );
}
