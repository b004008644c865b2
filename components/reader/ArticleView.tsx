/** The reader's article: top bar (close, save, display settings), header, body, entity panel. */
import type { ComponentChild } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AidCard } from '@/components/aids/AidCard';
import { ReadAloud } from '@/components/aids/ReadAloud';
import { useReadingAids } from '@/components/aids/useReadingAids';
import { t } from '@/components/ui/i18n';
import { rangeFromOffsets } from '@/lib/clips/dom-text';
import type { ClipDraft } from '@/lib/clips/draft';
import type { EntityGroup } from '@/lib/entities';
import type { ReaderReading } from '@/lib/protocol';
import type { ReaderPrefs, Settings } from '@/lib/settings';
import type { EntityType, Highlight, HighlightColor } from '@/lib/types';
import { ArticleHeader } from './ArticleHeader';
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
import { HighlightList } from './HighlightList';
import { HighlightToolbar } from './HighlightToolbar';
import { mentionAt } from './mention-hit';
import type { Span } from './paint';
import type { ReaderData, ReaderProps } from './Reader';
import { SaveButton, type SaveState } from './SaveButton';
import { SettingsBar } from './SettingsBar';
import { useArticleBody } from './useArticleBody';
import { useSelectionToolbar } from './useSelectionToolbar';

const SERIF = '"Noto Serif", "Noto Serif Display", Georgia, "Times New Roman", serif';
const SANS = '"Noto Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export function ArticleView(
  props: ReaderProps & {
    data: ReaderData;
    reading: ReaderReading;
    rootRef: { current: HTMLDivElement | null };
    escapeRef: { current: (() => boolean) | null };
    closeButton: ComponentChild;
  },
) {
  const { reading, data, rootRef } = props;
  const article = reading.article;
  const bodyRef = useRef<HTMLDivElement>(null);
  const cursorRef = useRef(new Map<string, number>());
  const [settings, setSettings] = useState<Settings>(data.settings);
  const body = useArticleBody(bodyRef, reading, data.existing, data.settings.watchlist);
  const { entities, groups, placed, textRef, painterRef } = body;
  const [highlights, setHighlights] = useState<Highlight[]>(data.existing?.highlights ?? []);
  const [saveState, setSaveState] = useState<SaveState>(
    data.existing ? { kind: 'saved', already: false } : { kind: 'idle' },
  );
  const { pending, setPending, pendingRef } = useSelectionToolbar(bodyRef, rootRef, textRef);
  const [card, setCard] = useState<{ group: EntityGroup; x: number; y: number } | null>(null);
  useReadingAids(
    bodyRef,
    entities,
    { ...data.settings, entityTypesShown: settings.entityTypesShown },
    body.refreshMap,
  );

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

  const savePrefs = (reader: ReaderPrefs) => {
    setSettings((s) => ({ ...s, reader }));
    props.saveSettings({ reader });
  };
  const toggleType = (type: EntityType, shown: boolean) => {
    const entityTypesShown = { ...settings.entityTypesShown, [type]: shown };
    setSettings((s) => ({ ...s, entityTypesShown }));
    props.saveSettings({ entityTypesShown });
  };

  const draftWith = (hs: Highlight[]): ClipDraft => articleDraft(article, data.url, textRef.current, entities, hs);

  const doSave = async (hs: Highlight[]) => {
    if (data.moved) {
      setSaveState({ kind: 'error', message: t('rdPageMoved') });
      return;
    }
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
    body.setPlaced((m) => new Map(m).set(h.id, { start: p.start, end: p.end }));
    setPending(null);
    bodyRef.current?.ownerDocument.getSelection()?.removeAllRanges();
    void doSave(next);
  };

  const scrollToSpan = (span: Span) => {
    const el = bodyRef.current;
    const root = rootRef.current;
    if (!el || !root) return;
    const range = rangeFromOffsets(el, span.start, span.end);
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
      const el = bodyRef.current;
      const root = rootRef.current;
      if (!el || !root) return;
      const hit = mentionAt(el, body.currentMap(el), entities, settings.entityTypesShown, clientX, clientY);
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
        {props.closeButton}
        <SaveButton state={saveState} onSave={() => void doSave(highlights)} />
        <SettingsBar prefs={prefs} onChange={savePrefs} />
        <ReadAloud bodyRef={bodyRef} lang={article.lang} />
      </div>
      {data.moved ? (
        <p class="bg-status" role="note" data-testid="reader-moved">
          {t('rdPageMoved')}
        </p>
      ) : null}
      <div class="bg-layout">
        <main class="bg-main">
          <ArticleHeader article={article} url={data.url} />
          {body.orphans.length > 0 ? (
            <div class="bg-orphans" data-testid="orphan-highlights" role="note">
              <p>{t('rdOrphans', body.orphans.length)}</p>
              <ul>
                {body.orphans.map((h) => (
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
            setCard({ group: g, x: box.left - rootBox.left - 300, y: box.top - rootBox.top + root.scrollTop });
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
      <AidCard rootRef={bodyRef} hoverLegal={false} />
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
