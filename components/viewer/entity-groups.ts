/** Grouping a clipping's entity mentions for the viewer's side panel. Pure. */
import type { Entity, EntityType } from '@/lib/types';

/** One person / instrument / document and how often it is mentioned. */
export interface EntityGroup {
  key: string;
  type: EntityType;
  /** Name (officials) or the first mention's text. */
  label: string;
  /** Main office (officials), when known. */
  title?: string;
  titleEn?: string;
  count: number;
}

export const ENTITY_TYPES: readonly EntityType[] = ['official', 'agreement', 'legal_document', 'watch'];

/**
 * Groups mentions by `key`, in order of type (officials first), then most mentioned, then label.
 * The label is the longest name seen; the title the first one seen.
 */
export function groupEntities(entities: readonly Entity[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const e of entities) {
    const key = e.key || `${e.type}:${e.text}`;
    const label = e.name || e.text;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { key, type: e.type, label, title: e.title, titleEn: e.titleEn, count: 1 });
      continue;
    }
    g.count += 1;
    if (label.length > g.label.length) g.label = label;
    g.title ??= e.title;
    g.titleEn ??= e.titleEn;
  }
  return [...groups.values()].sort(
    (a, b) =>
      ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) ||
      b.count - a.count ||
      a.label.localeCompare(b.label, 'vi'),
  );
}
