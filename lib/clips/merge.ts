/** Merging a new draft of a page into an existing clipping (highlights, tags, note). Pure functions. */
import type { Highlight, Selector } from '../types';

function position(selectors: readonly Selector[]): string {
  const p = selectors.find((s) => s.type === 'TextPositionSelector');
  if (p) return `${p.start}:${p.end}`;
  const q = selectors.find((s) => s.type === 'TextQuoteSelector');
  return q ? `${q.prefix}\u0000${q.suffix}` : '';
}

/** Identity of a highlight when ids differ: same quote at the same place. */
function sameSpot(a: Highlight, b: Highlight): boolean {
  return a.quote === b.quote && position(a.selectors) === position(b.selectors);
}

/**
 * Merges highlights without ever losing one or its note: an incoming highlight with the id of an
 * existing one updates it (colour, quote, selectors; notes merged by `mergeNote`, `createdAt`
 * kept); one with a different id but the same quote at the same position updates the existing one
 * the same way (its id kept); any other is appended.
 */
export function mergeHighlights(existing: readonly Highlight[], incoming: readonly Highlight[]): Highlight[] {
  const out = existing.map((h) => ({ ...h }));
  for (const h of incoming) {
    const byId = out.findIndex((e) => e.id === h.id);
    if (byId >= 0) {
      const e = out[byId];
      out[byId] = { ...h, note: mergeNote(e.note, h.note), createdAt: e.createdAt };
      continue;
    }
    const bySpot = out.findIndex((e) => sameSpot(e, h));
    if (bySpot >= 0) {
      const e = out[bySpot];
      out[bySpot] = { ...e, color: h.color, selectors: h.selectors, note: mergeNote(e.note, h.note) };
      continue;
    }
    out.push({ ...h });
  }
  return out;
}

/** Trims tags, drops empty ones and duplicates (case-insensitively, first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.trim().replace(/\s+/g, ' ');
    const k = t.toLocaleLowerCase('vi');
    if (!t || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

/** Union of two tag lists, existing order first. */
export function mergeTags(existing: readonly string[], incoming: readonly string[]): string[] {
  return normalizeTags([...existing, ...incoming]);
}

/**
 * Keeps the existing note; an incoming note that is not already part of it is appended after a
 * blank line (so a second save never loses what the user wrote before).
 */
export function mergeNote(existing: string, incoming: string | undefined): string {
  const add = (incoming ?? '').trim();
  if (!add || existing.includes(add)) return existing;
  return existing.trim() ? `${existing}\n\n${add}` : add;
}
