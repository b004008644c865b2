/**
 * The one merge of team sync: a pure three-way merge of two versions of a clipping against the
 * last version both had (the base). Every client merges the same way, and the result does not
 * depend on which side is "local": `mergeBodies(base, a, b)` equals `mergeBodies(base, b, a)`.
 *
 * - Highlights by id: union; a deletion (absent from one side but in the base, or a tombstone)
 *   removes a highlight only when the other side did not change it meanwhile (an edit wins over a
 *   deletion, so no words are lost). Both sides' changes to one highlight merge field by field.
 * - Tags: additions of both sides are kept, removals of either side are honoured.
 * - Notes (clipping and highlight): when only one side changed, that one; when both changed, both
 *   are kept, in a fixed order, with a visible conflict marker between them.
 * - Page content (title, text, html, entities…): the side that changed; when both did, the later
 *   `updatedAt` (ties by content) — these come from the page, not from what the user wrote.
 */
import type { Clipping, Highlight } from '../types';
import type { SyncBody } from './types';

/** Line put between two notes that were both changed (visible in every view of the note). */
export const NOTE_CONFLICT_MARKER = '──── ⚠ Xung đột ghi chú / Note conflict ────';

/** Deterministic JSON: object keys sorted, so equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]]),
      );
    }
    return v;
  });
}

const same = (a: unknown, b: unknown) => a === b || canonicalJson(a) === canonicalJson(b);

/** Picks one of two values the same way whatever their order. */
function pickStable<T>(a: T, b: T): T {
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/** Three-way merge of one field whose value cannot be combined. */
function mergeValue<T>(base: T | undefined, a: T, b: T, tie: (a: T, b: T) => T = pickStable): T {
  if (same(a, b)) return a;
  if (base !== undefined && same(base, a)) return b;
  if (base !== undefined && same(base, b)) return a;
  return tie(a, b);
}

/** Three-way merge of a note: both kept, with the marker, when both changed. */
export function mergeNoteText(base: string | undefined, a: string, b: string): string {
  if (a === b) return a;
  if (base !== undefined && a === base) return b;
  if (base !== undefined && b === base) return a;
  if (!a.trim()) return b;
  if (!b.trim()) return a;
  // One side already holds the other (e.g. an earlier merge result): keep the fuller one.
  if (a.includes(b)) return a;
  if (b.includes(a)) return b;
  const [first, second] = a < b ? [a, b] : [b, a];
  return `${first}\n\n${NOTE_CONFLICT_MARKER}\n\n${second}`;
}

/** Three-way merge of a tag list: additions of both kept, removals of either honoured. */
export function mergeTagSets(
  base: readonly string[] | undefined,
  a: readonly string[],
  b: readonly string[],
): string[] {
  if (same(a, b)) return [...a];
  if (base && same(base, a)) return [...b];
  if (base && same(base, b)) return [...a];
  const key = (t: string) => t.toLocaleLowerCase('vi');
  const inBase = new Set((base ?? []).map(key));
  const inA = new Set(a.map(key));
  const inB = new Set(b.map(key));
  const spelled = new Map<string, string>();
  for (const t of [...a, ...b].sort()) if (!spelled.has(key(t))) spelled.set(key(t), t);
  const keep = [...spelled.keys()].filter((k) => {
    if (inA.has(k) && inB.has(k)) return true;
    return !inBase.has(k); // only on one side: an addition is kept, a removal honoured
  });
  return keep
    .map((k) => spelled.get(k) as string)
    .sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

function mergeHighlight(base: Highlight | undefined, a: Highlight, b: Highlight): Highlight {
  if (same(a, b)) return a;
  return {
    id: a.id,
    color: mergeValue(base?.color, a.color, b.color),
    quote: mergeValue(base?.quote, a.quote, b.quote),
    selectors: mergeValue(base?.selectors, a.selectors, b.selectors),
    note: mergeNoteText(base?.note, a.note, b.note),
    createdAt: a.createdAt < b.createdAt ? a.createdAt : b.createdAt,
  };
}

function byCreation(x: Highlight, y: Highlight): number {
  return x.createdAt < y.createdAt
    ? -1
    : x.createdAt > y.createdAt
      ? 1
      : x.id < y.id
        ? -1
        : x.id > y.id
          ? 1
          : 0;
}

/** Highlights and tombstones of the merge. */
function mergeHighlightLists(
  base: SyncBody | null,
  a: SyncBody,
  b: SyncBody,
): { highlights: Highlight[]; tombstones: string[] } {
  const baseMap = new Map((base?.clipping.highlights ?? []).map((h) => [h.id, h]));
  const aMap = new Map(a.clipping.highlights.map((h) => [h.id, h]));
  const bMap = new Map(b.clipping.highlights.map((h) => [h.id, h]));
  const tombs = new Set([...(base?.tombstones ?? []), ...a.tombstones, ...b.tombstones]);
  const out: Highlight[] = [];
  const kept = new Set<string>();
  const ids = new Set([...aMap.keys(), ...bMap.keys()]);
  for (const id of ids) {
    const ha = aMap.get(id);
    const hb = bMap.get(id);
    const hBase = baseMap.get(id);
    if (ha && hb) {
      out.push(mergeHighlight(hBase, ha, hb));
      kept.add(id);
      continue;
    }
    const only = (ha ?? hb) as Highlight;
    const otherHasTomb = (ha ? b : a).tombstones.includes(id);
    const deletedByOther = hBase !== undefined || otherHasTomb;
    if (!deletedByOther) {
      out.push(only); // added on one side
      kept.add(id);
      continue;
    }
    // Deleted on the other side: kept only when this side changed it after the base.
    if (hBase !== undefined && !same(hBase, only)) {
      out.push(only);
      kept.add(id);
      continue;
    }
    tombs.add(id);
  }
  for (const id of baseMap.keys()) if (!kept.has(id)) tombs.add(id);
  for (const id of kept) tombs.delete(id);
  return { highlights: out.sort(byCreation), tombstones: [...tombs].sort() };
}

/** Fields of a clipping the user does not write (they come from the page). */
const PAGE_FIELDS = [
  'url',
  'canonicalUrl',
  'siteName',
  'byline',
  'publishedTime',
  'lang',
  'kind',
  'quote',
  'selectors',
  'html',
  'text',
  'entities',
  'extractorVersion',
  'contentHash',
] as const;

/**
 * Merges two versions of a shared clipping against their common base (null when there is none).
 * Pure, deterministic, symmetric in `a` and `b`, and `mergeBodies(base, x, x)` is `x`.
 */
export function mergeBodies(base: SyncBody | null, a: SyncBody, b: SyncBody): SyncBody {
  if (same(a, b)) return a;
  if (base && same(base, a)) return b;
  if (base && same(base, b)) return a;
  const ca = a.clipping;
  const cb = b.clipping;
  const cBase = base?.clipping;
  // The clipping itself: removed on one side, kept when the other side changed it meanwhile.
  let removed = a.removed && b.removed;
  if (a.removed !== b.removed) {
    const kept = a.removed ? b : a;
    removed = !(base === null || !same(base.clipping, kept.clipping));
  }
  const later = ca.updatedAt === cb.updatedAt ? pickStable(ca, cb) : ca.updatedAt > cb.updatedAt ? ca : cb;
  const tieLater = <T>(x: T, y: T): T => {
    if (later === ca) return x;
    return y;
  };
  const { highlights, tombstones } = mergeHighlightLists(base, a, b);
  const clipping: Clipping = {
    ...later,
    id: ca.id,
    title: mergeValue(cBase?.title, ca.title, cb.title, tieLater),
    note: mergeNoteText(cBase?.note, ca.note, cb.note),
    tags: mergeTagSets(cBase?.tags, ca.tags, cb.tags),
    highlights,
    collectionId: mergeValue(cBase?.collectionId, ca.collectionId, cb.collectionId),
    savedAt: ca.savedAt < cb.savedAt ? ca.savedAt : cb.savedAt,
    updatedAt: ca.updatedAt > cb.updatedAt ? ca.updatedAt : cb.updatedAt,
  };
  for (const f of PAGE_FIELDS) {
    const v = mergeValue(cBase?.[f], ca[f], cb[f], tieLater);
    if (v === undefined) delete (clipping as Partial<Clipping>)[f];
    else (clipping as unknown as Record<string, unknown>)[f] = v;
  }
  return { clipping, tombstones, removed };
}
