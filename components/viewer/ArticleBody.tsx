/** The saved article's HTML, re-sanitised at every render, with the user's highlights drawn in. */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Highlight } from '@/lib/types';
import { t } from './i18n';
import { type PaintResult, paintHighlights } from './marks';
import { blockRemoteMediaNodes, unblockRemoteMedia } from './remote';

/** Id of the element holding a highlight's note (for `aria-describedby`). */
export function noteElementId(highlightId: string): string {
  return `viewer-hl-note-${highlightId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export interface ArticleBodyProps {
  html: string;
  lang: string | null;
  highlights: readonly Highlight[];
  onPainted: (result: PaintResult) => void;
  /** Draws more into the rendered article after the highlights (reading aids). */
  decorate?: (el: HTMLElement) => void;
}

/**
 * Renders `sanitizeHtml(html)` (never the stored HTML as is) without remote images (a "load
 * images" button brings them for this view) and paints the highlights into it.
 */
export function ArticleBody({ html, lang, highlights, onPainted, decorate }: ArticleBodyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = useMemo(
    () => JSON.stringify(highlights.map((h) => [h.id, h.color, h.note, h.selectors])),
    [highlights],
  );
  const latest = useRef({ highlights, onPainted, decorate });
  latest.current = { highlights, onPainted, decorate };
  const [blocked, setBlocked] = useState(0);
  const [allowRemote, setAllowRemote] = useState(false);
  const allowed = useRef(allowRemote);
  allowed.current = allowRemote;
  // Repaint only when the HTML or the highlights' content change (latest props are read from `latest`).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const safe = blockRemoteMediaNodes(html);
    el.replaceChildren(safe.nodes);
    if (allowed.current) unblockRemoteMedia(el);
    setBlocked(allowed.current ? 0 : safe.blocked);
    latest.current.onPainted(paintHighlights(el, latest.current.highlights, noteElementId));
    latest.current.decorate?.(el);
  }, [html, signature]);
  const loadImages = () => {
    setAllowRemote(true);
    if (ref.current) unblockRemoteMedia(ref.current);
    setBlocked(0);
  };
  return (
    <>
      {blocked > 0 && (
        <p class="viewer-remote" role="status">
          <span>{t('viewerRemoteBlocked', blocked)}</span>{' '}
          <button type="button" data-testid="viewer-load-images" onClick={loadImages}>
            {t('viewerLoadImages')}
          </button>
        </p>
      )}
      <article
        ref={ref}
        class="viewer-article"
        data-testid="viewer-body"
        lang={lang ?? undefined}
        aria-label={t('viewerArticle')}
      />
    </>
  );
}
