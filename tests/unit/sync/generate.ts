/** A small seeded generator of edit histories on one shared clipping (for the merge properties). */
import type { Clipping, Highlight, HighlightColor } from '@/lib/types';
import type { SyncBody } from '@/lib/sync/types';

/** Mulberry32: a tiny deterministic PRNG. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLORS: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const WORDS = ['Hà Nội', 'quốc hội', 'nghị định', 'kinh tế', 'biển Đông', 'giáo dục', 'y tế', 'note', 'x'];

export function baseClipping(id = 'c1'): Clipping {
  return {
    id,
    url: 'https://vnexpress.net/a-1.html',
    canonicalUrl: 'https://vnexpress.net/a-1.html',
    title: 'Bài báo',
    siteName: 'VnExpress',
    byline: null,
    publishedTime: null,
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: '<p>Nội dung</p>',
    text: 'Nội dung',
    entities: [],
    highlights: [],
    note: '',
    tags: [],
    collectionId: 'team',
    savedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    extractorVersion: '1',
    contentHash: 'h0',
  };
}

/** What one side did, for checking that nothing of it was lost. */
export interface EditLog {
  addedHighlights: Set<string>;
  deletedHighlights: Set<string>;
  editedHighlights: Set<string>;
  noteChanged: boolean;
  addedTags: Set<string>;
  removedTags: Set<string>;
}

/** Applies `steps` random user edits to a body (author `who`, so ids and texts never collide). */
export function randomEdits(
  body: SyncBody,
  who: string,
  rand: () => number,
  steps: number,
  clock: { t: number },
): {
  body: SyncBody;
  log: EditLog;
} {
  const c: Clipping = structuredClone(body.clipping);
  const tomb = new Set(body.tombstones);
  const log: EditLog = {
    addedHighlights: new Set(),
    deletedHighlights: new Set(),
    editedHighlights: new Set(),
    noteChanged: false,
    addedTags: new Set(),
    removedTags: new Set(),
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const word = () => `${pick(WORDS)} ${who}${Math.floor(rand() * 1000)}`;
  for (let i = 0; i < steps; i++) {
    clock.t += 1000;
    const op = Math.floor(rand() * 6);
    if (op === 0) {
      const h: Highlight = {
        id: `${who}-h${i}-${Math.floor(rand() * 1e6)}`,
        color: pick(COLORS),
        quote: word(),
        selectors: [{ type: 'TextPositionSelector', start: i, end: i + 3 }],
        note: rand() < 0.5 ? word() : '',
        createdAt: new Date(clock.t).toISOString(),
      };
      c.highlights.push(h);
      log.addedHighlights.add(h.id);
    } else if (op === 1 && c.highlights.length) {
      const h = pick(c.highlights);
      c.highlights = c.highlights.filter((x) => x !== h);
      tomb.add(h.id);
      if (log.addedHighlights.has(h.id)) log.addedHighlights.delete(h.id);
      else log.deletedHighlights.add(h.id);
      log.editedHighlights.delete(h.id);
    } else if (op === 2 && c.highlights.length) {
      const h = pick(c.highlights);
      h.note = word();
      if (rand() < 0.5) h.color = pick(COLORS);
      if (!log.addedHighlights.has(h.id)) log.editedHighlights.add(h.id);
    } else if (op === 3) {
      c.note = c.note && rand() < 0.5 ? `${c.note} ${word()}` : word();
      log.noteChanged = true;
    } else if (op === 4) {
      const t = word();
      c.tags.push(t);
      log.addedTags.add(t);
    } else if (op === 5 && c.tags.length) {
      const t = pick(c.tags);
      c.tags = c.tags.filter((x) => x !== t);
      if (log.addedTags.has(t)) log.addedTags.delete(t);
      else log.removedTags.add(t);
    }
    c.updatedAt = new Date(clock.t).toISOString();
  }
  return { body: { clipping: c, tombstones: [...tomb].sort(), removed: body.removed }, log };
}

/** A shared starting point: a base clipping with some history already. */
export function randomBase(rand: () => number, clock: { t: number }): SyncBody {
  const start: SyncBody = { clipping: baseClipping(), tombstones: [], removed: false };
  return randomEdits(start, 'base', rand, Math.floor(rand() * 6), clock).body;
}
