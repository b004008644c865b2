import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  mergeBodies,
  mergeNoteText,
  mergeTagSets,
  NOTE_CONFLICT_MARKER,
} from '@/lib/sync/merge';
import { randomBase, randomEdits, rng } from './generate';

const RUNS = 400;

describe('mergeBodies over generated edit histories', () => {
  it('is commutative, idempotent and keeps every edit of both sides', () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const rand = rng(seed);
      const clock = { t: Date.parse('2026-01-01T00:00:00Z') };
      const base = randomBase(rand, clock);
      const tA = { t: clock.t };
      const tB = { t: clock.t + 500 };
      const A = randomEdits(base, 'a', rand, 1 + Math.floor(rand() * 8), tA);
      const B = randomEdits(base, 'b', rand, 1 + Math.floor(rand() * 8), tB);
      const m = mergeBodies(base, A.body, B.body);
      const ctx = `seed ${seed}`;
      // Commutative: both clients get the same document.
      expect(canonicalJson(mergeBodies(base, B.body, A.body)), ctx).toBe(canonicalJson(m));
      // Idempotent: merging again changes nothing.
      expect(canonicalJson(mergeBodies(base, m, m)), ctx).toBe(canonicalJson(m));
      expect(canonicalJson(mergeBodies(A.body, A.body, m)), ctx).toBe(canonicalJson(m));
      expect(canonicalJson(mergeBodies(m, m, m)), ctx).toBe(canonicalJson(m));
      const ids = new Set(m.clipping.highlights.map((h) => h.id));
      const byId = new Map(m.clipping.highlights.map((h) => [h.id, h]));
      for (const side of [A, B]) {
        const other = side === A ? B : A;
        const own = new Map(side.body.clipping.highlights.map((h) => [h.id, h]));
        // Every highlight a side added is there, with its note.
        for (const id of side.log.addedHighlights) {
          expect(ids.has(id), `${ctx}: added ${id}`).toBe(true);
          const note = own.get(id)?.note ?? '';
          expect(byId.get(id)?.note.includes(note), `${ctx}: note of ${id}`).toBe(true);
        }
        // Every highlight a side edited keeps the edited note (even if the other side deleted it).
        for (const id of side.log.editedHighlights) {
          expect(ids.has(id), `${ctx}: edited ${id}`).toBe(true);
          expect(byId.get(id)?.note.includes(own.get(id)?.note ?? ''), `${ctx}: edit of ${id}`).toBe(true);
        }
        // A deletion holds unless the other side edited that highlight.
        for (const id of side.log.deletedHighlights) {
          if (!other.log.editedHighlights.has(id)) {
            expect(ids.has(id), `${ctx}: deleted ${id}`).toBe(false);
            expect(m.tombstones.includes(id), `${ctx}: tombstone ${id}`).toBe(true);
          }
        }
        // The note a side wrote is in the result.
        if (side.log.noteChanged) {
          expect(m.clipping.note.includes(side.body.clipping.note), `${ctx}: note`).toBe(true);
        }
        for (const t of side.log.addedTags) expect(m.clipping.tags, `${ctx}: tag`).toContain(t);
        for (const t of side.log.removedTags) expect(m.clipping.tags, `${ctx}: untag`).not.toContain(t);
      }
      // Only one side wrote the note: no marker; both wrote different notes: the marker shows.
      if (A.log.noteChanged && B.log.noteChanged && A.body.clipping.note !== B.body.clipping.note) {
        expect(m.clipping.note, ctx).toContain(NOTE_CONFLICT_MARKER);
      } else {
        expect(m.clipping.note.includes(NOTE_CONFLICT_MARKER), ctx).toBe(
          base.clipping.note.includes(NOTE_CONFLICT_MARKER),
        );
      }
    }
  });

  it('three clients converge whatever the order of merges', () => {
    for (let seed = 1000; seed < 1000 + RUNS / 4; seed++) {
      const rand = rng(seed);
      const clock = { t: Date.parse('2026-01-01T00:00:00Z') };
      const base = randomBase(rand, clock);
      const [A, B, C] = ['a', 'b', 'c'].map((w, i) =>
        randomEdits(base, w, rand, 1 + Math.floor(rand() * 5), { t: clock.t + i }),
      );
      const ab = mergeBodies(base, A.body, B.body);
      const ba = mergeBodies(base, B.body, A.body);
      expect(canonicalJson(ab)).toBe(canonicalJson(ba));
      const abc = mergeBodies(base, ab, C.body);
      const cab = mergeBodies(base, C.body, ab);
      expect(canonicalJson(abc), `seed ${seed}`).toBe(canonicalJson(cab));
      for (const side of [A, B, C]) {
        for (const id of side.log.addedHighlights)
          expect(abc.clipping.highlights.some((h) => h.id === id)).toBe(true);
        for (const t of side.log.addedTags) expect(abc.clipping.tags).toContain(t);
      }
    }
  });
});

describe('merge parts', () => {
  it('notes: one side changed → that side; both → both with the marker, same either way', () => {
    expect(mergeNoteText('a', 'a', 'b')).toBe('b');
    expect(mergeNoteText('a', 'x', 'a')).toBe('x');
    const m = mergeNoteText('a', 'mine', 'theirs');
    expect(m).toBe(mergeNoteText('a', 'theirs', 'mine'));
    expect(m).toContain('mine');
    expect(m).toContain('theirs');
    expect(m).toContain(NOTE_CONFLICT_MARKER);
  });
  it('tags: union of additions, removals honoured, case-insensitive', () => {
    expect(mergeTagSets(['a', 'b'], ['a', 'b', 'c'], ['b', 'D'])).toEqual(['b', 'c', 'D']);
    expect(mergeTagSets(undefined, ['x'], ['X', 'y'])).toEqual(['X', 'y']);
  });
  it('a clipping removed on one side stays when the other side edited it', () => {
    const rand = rng(7);
    const clock = { t: 0 };
    const base = randomBase(rand, clock);
    const removed = { ...base, removed: true };
    const edited = randomEdits(base, 'b', rand, 2, { t: 1e12 }).body;
    expect(mergeBodies(base, removed, edited).removed).toBe(false);
    expect(mergeBodies(base, removed, base).removed).toBe(true);
  });
});
