/**
 * Puts the handed-over article into the reader's body: sanitised where inserted, its dom text
 * mapped once (the painter and hit testing share that map), saved highlights re-anchored, and the
 * watch list (which never leaves the extension) recognised here through the one pipeline.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { readText } from '@/lib/article';
import { anchorSelectors } from '@/lib/clips/anchor';
import { type DomTextMap, mapText } from '@/lib/clips/dom-text';
import type { EntityGroup } from '@/lib/entities';
import type { ReaderReading } from '@/lib/protocol';
import { sanitizeFragment } from '@/lib/reader/sanitize';
import type { Clipping, Entity, Highlight } from '@/lib/types';
import { createPainter, type Painter, type Span } from './paint';

export interface ArticleBody {
  /** The dom text of the body, the one entity and highlight offsets point into. */
  textRef: { current: string };
  painterRef: { current: Painter | null };
  /** The body's dom-text map (rebuilt when painting with marks may have changed the DOM). */
  currentMap: (body: HTMLElement) => DomTextMap;
  /** Maps the body again after inline elements were added around its text (reading aids). */
  refreshMap: () => void;
  entities: Entity[];
  groups: EntityGroup[];
  placed: Map<string, Span>;
  setPlaced: (f: (m: Map<string, Span>) => Map<string, Span>) => void;
  orphans: Highlight[];
}

export function useArticleBody(
  bodyRef: { current: HTMLElement | null },
  reading: ReaderReading,
  existing: Clipping | null,
  watchlist: string[],
): ArticleBody {
  const textRef = useRef('');
  const painterRef = useRef<Painter | null>(null);
  const mapRef = useRef<DomTextMap | null>(null);
  const [entities, setEntities] = useState<Entity[]>([]);
  const [groups, setGroups] = useState<EntityGroup[]>([]);
  const [placed, setPlaced] = useState<Map<string, Span>>(new Map());
  const [orphans, setOrphans] = useState<Highlight[]>([]);
  const currentMap = (body: HTMLElement): DomTextMap => {
    if (!mapRef.current || painterRef.current?.mode === 'marks') mapRef.current = mapText(body);
    return mapRef.current;
  };

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    // Sanitised where inserted, as nodes: DOMPurify parses the handed-over HTML once, no reparse.
    body.replaceChildren(sanitizeFragment(reading.article.html));
    for (const a of Array.from(body.querySelectorAll('a[href]'))) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
    const map = mapText(body);
    mapRef.current = map;
    textRef.current = map.text;
    painterRef.current = createPainter(body, { map: () => currentMap(body) });
    // The handover's entities point into the same dom text; recognise again only when it differs
    // or when the user's watch list adds names (the page never sees that list).
    const found =
      map.text === reading.text && watchlist.length === 0
        ? { entities: reading.entities, groups: reading.groups }
        : readText(map.text, { watchlist });
    setEntities(found.entities);
    setGroups(found.groups);
    const spots = new Map<string, Span>();
    const lost: Highlight[] = [];
    for (const h of existing?.highlights ?? []) {
      const at = anchorSelectors(map.text, h.selectors);
      if (at && at.end > at.start) spots.set(h.id, { start: at.start, end: at.end });
      else lost.push(h);
    }
    setPlaced(() => spots);
    setOrphans(lost);
    return () => painterRef.current?.clearAll();
  }, [reading, existing]);

  const refreshMap = () => {
    if (bodyRef.current) mapRef.current = mapText(bodyRef.current);
  };
  return { textRef, painterRef, currentMap, refreshMap, entities, groups, placed, setPlaced, orphans };
}
