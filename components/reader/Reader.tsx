/**
 * The reader overlay: the extracted article with entity highlighting, the entity panel, display
 * settings, saving and user highlights. Rendered inside the reader's shadow root; the page is
 * never touched. Nothing from the page runs here: the article HTML is sanitised where inserted.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/components/ui/i18n';
import { anchorSelectors } from '@/lib/clips/anchor';
import { type DomTextMap, mapText, offsetsFromRange, rangeFromOffsets } from '@/lib/clips/dom-text';
import type { ClipDraft } from '@/lib/clips/draft';
import { type EntityGroup, recognize } from '@/lib/entities';
import { sanitizeHtml } from '@/lib/reader/sanitize';
import type { ReaderPrefs, Settings } from '@/lib/settings';
import type {
  Article,
  Clipping,
  Entity,
  EntityType,
  ExtractError,
  Highlight,
  HighlightColor,
} from '@/lib/types';
import {
  ENTITY_TYPE_LABELS,
  entityPaintName,
  FOCUS_PAINT,
  HIGHLIGHT_COLORS,
  highlightPaintName,
  paintCss,
} from './colors';
import { articleDraft, makeHighlight } from './draft';
import { EntityCard } from './EntityCard';
import { EntityPanel } from './EntityPanel';
import { formatDate, siteOf } from './format';
import { HighlightList } from './HighlightList';
import { HighlightToolbar } from './HighlightToolbar';
import { createPainter, type Painter, type Span } from './paint';
import { SettingsBar } from './SettingsBar';
import { currentRange, rangeWithin } from './selection';

/** What the reader shows, loaded by the content script before rendering. */
export interface ReaderData {
  url: string;
  article: Article | ExtractError;
  settings: Settings;
  /** The clipping already saved for this URL, if any. */
  existing: Clipping | null;
}

export interface ReaderProps {
  data: ReaderData | null;
  shadow: ShadowRoot | null;
  onClose: () => void;
  save: (draft: ClipDraft) => Promise<{ clipping: Clipping; alreadySaved: boolean }>;
  saveSettings: (patch: Partial<Settings>) => void;
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; already: boolean }
  | { kind: 'error'; message: string };

interface Pending {
  start: number;
  end: number;
  quote: string;
  top: number;
  left: number;
}

const SERIF = '"Noto Serif", "Noto Serif Display", Georgia, "Times New Roman", serif';
const SANS = '"Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** True when `v` is an ExtractError. */
function isError(v: Article | ExtractError): v is ExtractError {
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
  // Keep the keyboard focus inside the overlay (the page behind it is covered).
  useEffect(() => {
    const root = rootRef.current;
    const doc = root?.ownerDocument;
    if (!root || !doc) return;
    const host = (root.getRootNode() as ShadowRoot).host ?? null;
    const onFocusIn = (e: FocusEvent) => {
      if (e.target !== host && !root.contains(e.target as Node)) root.focus({ preventScroll: true });
    };
    doc.addEventListener('focusin', onFocusIn, true);
    return () => doc.removeEventListener('focusin', onFocusIn, true);
  }, []);
  if (!data) {
    return (
      <div class="bg-reader theme-light" data-testid="reader" ref={rootRef} tabIndex={-1} aria-busy="true">
        <div class="bg-topbar">
          <CloseButton onClose={props.onClose} />
        </div>
        <p class="bg-status">{t('rdLoading')}</p>
      </div>
    );
  }
  if (isError(data.article)) {
    return (
      <div
        class={`bg-reader theme-${data.settings.reader.theme}`}
        data-testid="reader"
        ref={rootRef}
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
      >
        <div class="bg-topbar">
          <CloseButton onClose={props.onClose} />
        </div>
        <div class="bg-error" role="alert" data-testid="reader-error" data-error-code={data.article.code}>
          <h1>{t('rdErrorTitle')}</h1>
          <p>{data.article.error}</p>
        </div>
      </div>
    );
  }
  return (
    <ArticleView {...props} data={data} article={data.article} rootRef={rootRef} escapeRef={escapeRef} />
  );
}

function CloseButton(props: { onClose: () => void }) {
  return (
    <button
      type="button"
      class="bg-close"
      data-testid="reader-close"
      aria-label={t('rdClose')}
      onClick={props.onClose}
    >
      ✕ <span>{t('rdClose')}</span>
    </button>
  );
}

function ArticleView(
  props: ReaderProps & {
    data: ReaderData;
    article: Article;
    rootRef: { current: HTMLDivElement | null };
    escapeRef: { current: (() => boolean) | null };
  },
) {
  const { article, data, rootRef } = props;
  const bodyRef = useRef<HTMLDivElement>(null);
  const painterRef = useRef<Painter | null>(null);
  const textRef = useRef('');
  const cursorRef = useRef(new Map<string, number>());
  const [settings, setSettings] = useState<Settings>(data.settings);
  const [entities, setEntities] = useState<Entity[]>([]);
  const [groups, setGroups] = useState<EntityGroup[]>([]);
  const [highlights, setHighlights] = useState<Highlight[]>(data.existing?.highlights ?? []);
  const [placed, setPlaced] = useState<Map<string, Span>>(new Map());
  const [orphans, setOrphans] = useState<Highlight[]>([]);
  const [saveState, setSaveState] = useState<SaveState>(
    data.existing ? { kind: 'saved', already: false } : { kind: 'idle' },
  );
  const [pending, setPending] = useState<Pending | null>(null);
  const [card, setCard] = useState<{ group: EntityGroup; x: number; y: number } | null>(null);
  const pendingRef = useRef<Pending | null>(null);
  pendingRef.current = pending;
  /** The body's dom-text map for hit testing; dropped whenever painting may have changed the DOM. */
  const mapRef = useRef<DomTextMap | null>(null);
  const currentMap = (body: HTMLElement): DomTextMap => {
    if (!mapRef.current || painterRef.current?.mode === 'marks') mapRef.current = mapText(body);
    return mapRef.current;
  };

  // Insert the article, recognise entities over the rendered text, re-anchor saved highlights.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    body.innerHTML = sanitizeHtml(article.html);
    for (const a of Array.from(body.querySelectorAll('a[href]'))) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
    const map = mapText(body);
    mapRef.current = map;
    textRef.current = map.text;
    painterRef.current = createPainter(body);
    const found = recognize(map.text, { watchlist: data.settings.watchlist });
    setEntities(found.entities);
    setGroups(found.groups);
    const spots = new Map<string, Span>();
    const lost: Highlight[] = [];
    for (const h of data.existing?.highlights ?? []) {
      const at = anchorSelectors(map.text, h.selectors);
      if (at && at.end > at.start) spots.set(h.id, { start: at.start, end: at.end });
      else lost.push(h);
    }
    setPlaced(spots);
    setOrphans(lost);
    return () => painterRef.current?.clearAll();
  }, [article, data]);

  // Paint entities of the shown types.
  useEffect(() => {
    const painter = painterRef.current;
    if (!painter) return;
    for (const { type } of ENTITY_TYPE_LABELS) {
      const spans = settings.entityTypesShown[type] ? entities.filter((e) => e.type === type) : [];
      painter.paint(entityPaintName(type), spans, 1);
    }
  }, [entities, settings.entityTypesShown]);

  // Paint user highlights by colour.
  useEffect(() => {
    const painter = painterRef.current;
    if (!painter) return;
    for (const { color } of HIGHLIGHT_COLORS) {
      const spans = highlights
        .filter((h) => h.color === color)
        .map((h) => placed.get(h.id))
        .filter((s): s is Span => !!s);
      painter.paint(highlightPaintName(color), spans, 10);
    }
  }, [highlights, placed]);

  // Escape closes the highlight toolbar first (the reader handles it otherwise).
  useEffect(() => {
    props.escapeRef.current = () => {
      if (!pendingRef.current) return false;
      setPending(null);
      return true;
    };
    return () => {
      props.escapeRef.current = null;
    };
  }, []);

  // Selection inside the article shows the highlight toolbar.
  useEffect(() => {
    const doc = bodyRef.current?.ownerDocument;
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const body = bodyRef.current;
        const root = rootRef.current;
        if (!body || !root) return;
        const range = rangeWithin(body, currentRange(doc, props.shadow));
        if (!range) return;
        const { start, end } = offsetsFromRange(body, range, mapText(body));
        const quote = textRef.current.slice(start, end);
        if (!quote.trim()) return;
        const r = range.getBoundingClientRect();
        const rootBox = root.getBoundingClientRect();
        setPending({
          start,
          end,
          quote,
          top: Math.max(4, r.bottom - rootBox.top + root.scrollTop + 8),
          left: Math.max(4, Math.min(r.left - rootBox.left, rootBox.width - 380)),
        });
      }, 120);
    };
    doc.addEventListener('selectionchange', onChange);
    return () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', onChange);
    };
  }, [props.shadow]);

  const savePrefs = (reader: ReaderPrefs) => {
    setSettings((s) => ({ ...s, reader }));
    props.saveSettings({ reader });
  };
  const toggleType = (type: EntityType, shown: boolean) => {
    const entityTypesShown = { ...settings.entityTypesShown, [type]: shown };
    setSettings((s) => ({ ...s, entityTypesShown }));
    props.saveSettings({ entityTypesShown });
  };

  const draftWith = (hs: Highlight[]): ClipDraft =>
    articleDraft(article, data.url, textRef.current, entities, hs);

  const doSave = async (hs: Highlight[]) => {
    setSaveState({ kind: 'saving' });
    try {
      const res = await props.save(draftWith(hs));
      setSaveState({ kind: 'saved', already: res.alreadySaved });
    } catch (err) {
      setSaveState({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const saveHighlight = (color: HighlightColor, note: string) => {
    const p = pending;
    if (!p) return;
    const h = makeHighlight(textRef.current, p.start, p.end, color, note);
    const next = [...highlights, h];
    setHighlights(next);
    setPlaced((m) => new Map(m).set(h.id, { start: p.start, end: p.end }));
    setPending(null);
    bodyRef.current?.ownerDocument.getSelection()?.removeAllRanges();
    void doSave(next);
  };

  const scrollToSpan = (span: Span) => {
    const body = bodyRef.current;
    const root = rootRef.current;
    if (!body || !root) return;
    const range = rangeFromOffsets(body, span.start, span.end);
    const r = range.getBoundingClientRect();
    const rootBox = root.getBoundingClientRect();
    root.scrollTo({ top: root.scrollTop + r.top - rootBox.top - rootBox.height / 3 });
    painterRef.current?.paint(FOCUS_PAINT, [span], 20);
  };

  const activate = (g: EntityGroup) => {
    const mentions = entities
      .filter((e) => e.key === g.key && e.type === g.type)
      .sort((a, b) => a.start - b.start);
    if (mentions.length === 0) return;
    const i = cursorRef.current.get(`${g.type}:${g.key}`) ?? 0;
    cursorRef.current.set(`${g.type}:${g.key}`, (i + 1) % mentions.length);
    scrollToSpan(mentions[i % mentions.length]);
  };

  // Pointer over a highlighted mention shows its card (hit-test the mention ranges).
  const frame = useRef(0);
  const onMouseMove = (e: MouseEvent) => {
    const { clientX, clientY } = e;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const body = bodyRef.current;
      const root = rootRef.current;
      if (!body || !root) return;
      const hit = mentionAt(body, currentMap(body), entities, settings.entityTypesShown, clientX, clientY);
      if (!hit) {
        setCard((c) => (c ? null : c));
        return;
      }
      const group = groups.find((g) => g.key === hit.key && g.type === hit.type);
      if (!group) return;
      const rootBox = root.getBoundingClientRect();
      setCard({ group, x: clientX - rootBox.left + 12, y: clientY - rootBox.top + root.scrollTop + 16 });
    });
  };

  const prefs = settings.reader;
  const style = {
    '--bg-font-size': `${prefs.fontSize}px`,
    '--bg-line-width': `${prefs.lineWidth}ch`,
    '--bg-font': prefs.font === 'serif' ? SERIF : SANS,
  } as Record<string, string>;
  const date = formatDate(article.publishedTime);
  const css = useMemo(() => paintCss(settings.entityColors), [settings.entityColors]);

  return (
    <div
      class={`bg-reader theme-${prefs.theme} font-${prefs.font}`}
      data-testid="reader"
      ref={rootRef}
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-labelledby="bg-reader-title"
      style={style}
      lang={article.lang ?? 'vi'}
      onMouseDown={(e) => {
        if (pending && !(e.target as HTMLElement).closest?.('.bg-hl-toolbar')) setPending(null);
      }}
    >
      <style>{css}</style>
      <div class="bg-topbar">
        <CloseButton onClose={props.onClose} />
        <SaveButton state={saveState} onSave={() => void doSave(highlights)} />
        <SettingsBar prefs={prefs} onChange={savePrefs} />
      </div>
      <div class="bg-layout">
        <main class="bg-main">
          <header class="bg-header">
            <div class="bg-site" data-testid="reader-site">
              {article.siteName || siteOf(data.url)}
            </div>
            <h1 id="bg-reader-title" data-testid="reader-title">
              {article.title}
            </h1>
            <div class="bg-meta">
              {article.byline ? <span data-testid="reader-byline">{article.byline}</span> : null}
              {date ? (
                <time data-testid="reader-date" dateTime={article.publishedTime ?? undefined}>
                  {date}
                </time>
              ) : null}
              <span data-testid="reader-time">{t('rdReadingTime', article.readingMinutes)}</span>
            </div>
          </header>
          {orphans.length > 0 ? (
            <div class="bg-orphans" data-testid="orphan-highlights" role="note">
              <p>{t('rdOrphans', orphans.length)}</p>
              <ul>
                {orphans.map((h) => (
                  <li key={h.id} data-highlight-id={h.id}>
                    <q>{h.quote}</q>
                    {h.note ? <span class="bg-muted"> — {h.note}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <article class="bg-body" data-testid="reader-body" ref={bodyRef} onMouseMove={onMouseMove} />
        </main>
        <EntityPanel
          groups={groups}
          shown={settings.entityTypesShown}
          colors={settings.entityColors}
          onToggleType={toggleType}
          onActivate={activate}
          onFocusGroup={(g, el) => {
            const root = rootRef.current;
            if (!g || !el || !root) {
              setCard(null);
              return;
            }
            const box = el.getBoundingClientRect();
            const rootBox = root.getBoundingClientRect();
            setCard({
              group: g,
              x: box.left - rootBox.left - 300,
              y: box.top - rootBox.top + root.scrollTop,
            });
          }}
        >
          <HighlightList
            highlights={highlights.filter((h) => placed.has(h.id))}
            onActivate={(h) => {
              const span = placed.get(h.id);
              if (span) scrollToSpan(span);
            }}
          />
        </EntityPanel>
      </div>
      {card ? <EntityCard group={card.group} x={card.x} y={card.y} /> : null}
      {pending ? (
        <HighlightToolbar
          key={`${pending.start}:${pending.end}`}
          top={pending.top}
          left={pending.left}
          quote={pending.quote}
          onSave={saveHighlight}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </div>
  );
}

function SaveButton(props: { state: SaveState; onSave: () => void }) {
  const { state } = props;
  const label =
    state.kind === 'saving'
      ? t('rdSaving')
      : state.kind === 'saved'
        ? t(state.already ? 'rdSavedBefore' : 'rdSaved')
        : t('rdSave');
  return (
    <span class="bg-save-wrap">
      <button
        type="button"
        class="bg-primary"
        data-testid="save-clip"
        data-state={state.kind}
        disabled={state.kind === 'saving'}
        onClick={props.onSave}
      >
        {label}
      </button>
      {state.kind === 'error' ? (
        <span class="bg-save-error" role="alert" data-testid="save-error">
          {t('rdSaveFailed', state.message)}
        </span>
      ) : null}
    </span>
  );
}

/** The shown mention under the point (client coordinates), if any. */
function mentionAt(
  body: HTMLElement,
  map: DomTextMap,
  entities: readonly Entity[],
  shown: Record<EntityType, boolean>,
  x: number,
  y: number,
): Entity | null {
  const box = body.getBoundingClientRect();
  if (x < box.left || x > box.right || y < box.top || y > box.bottom) return null;
  for (const e of entities) {
    if (!shown[e.type]) continue;
    const range = rangeFromOffsets(body, e.start, e.end, map);
    for (const r of Array.from(range.getClientRects())) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return e;
    }
  }
  return null;
}
