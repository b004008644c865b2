/** Hit testing of the reader's highlighted mentions under the pointer. */
import { type DomTextMap, rangeFromOffsets } from '@/lib/clips/dom-text';
import type { Entity, EntityType } from '@/lib/types';

/** The shown mention under the point (client coordinates), if any. */
export function mentionAt(
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
