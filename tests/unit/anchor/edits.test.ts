import { describe, expect, it } from 'vitest';
import { anchorSelectors, describeRange } from '@/lib/clips/anchor';

/** Words for made-up Vietnamese news sentences (so that long passages do not repeat). */
const WORDS = (
  'ủy ban nhân dân thành phố kế hoạch cải tạo kênh rạch nội đô báo cáo tổng vốn đầu tư dự kiến ' +
  'tỷ đồng giai đoạn người dân hỗ trợ tái định cư sở tài nguyên môi trường chủ trì phối hợp quận ' +
  'huyện công trình khởi công hoàn thành chuyên gia đánh giá tác động triển khai hội đồng xem xét ' +
  'điều chỉnh nguồn kỳ họp lãnh đạo công khai minh bạch thông tin giám sát'
).split(' ');
/** Deterministic pseudo-random numbers. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

function article(seed: number): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < 40; i++) {
    const words = Array.from(
      { length: 10 + Math.floor(r() * 8) },
      () => WORDS[Math.floor(r() * WORDS.length)],
    );
    out.push(`${words.join(' ')}.`);
  }
  return out.join(' ');
}

/** Applies `n` random single-character edits (insert, delete, substitute) inside [start, end). */
function edit(text: string, start: number, end: number, n: number, r: () => number) {
  let t = text;
  let e = end;
  for (let k = 0; k < n; k++) {
    const at = start + 1 + Math.floor(r() * Math.max(1, e - start - 2));
    const op = Math.floor(r() * 3);
    if (op === 0) {
      t = `${t.slice(0, at)}x${t.slice(at)}`;
      e++;
    } else if (op === 1) {
      t = t.slice(0, at) + t.slice(at + 1);
      e--;
    } else {
      t = `${t.slice(0, at)}q${t.slice(at + 1)}`;
    }
  }
  return { text: t, start, end: e };
}

describe('anchoring survives random small edits', () => {
  it.each(Array.from({ length: 24 }, (_, i) => ({ seed: i + 1, edits: 1 + (i % 6), shift: (i * 37) % 300 })))(
    'seed $seed: $edits edits, text shifted by $shift',
    ({ seed, edits, shift }) => {
      const r = rng(seed * 101);
      const text = article(seed);
      const len = 50 + Math.floor(r() * 100);
      const start = Math.floor(r() * (text.length - len));
      const selectors = describeRange(text, start, start + len);
      const moved = 'x'.repeat(shift) + text;
      const changed = edit(moved, start + shift, start + shift + len, edits, r);
      const got = anchorSelectors(changed.text, selectors);
      expect(got).not.toBeNull();
      // The placed range overlaps the edited passage by at least 80% of its length.
      const overlap = Math.min(got!.end, changed.end) - Math.max(got!.start, changed.start);
      expect(overlap).toBeGreaterThanOrEqual(0.8 * (changed.end - changed.start));
    },
  );

  it.each([1, 2, 3, 4, 5, 6])('seed %i: a passage replaced by other text is an orphan', (seed) => {
    const text = article(seed);
    const start = 500 + seed * 40;
    const selectors = describeRange(text, start, start + 80);
    const replaced = `${text.slice(0, start)}${'Nội dung này đã được biên tập lại hoàn toàn khác trước. '.repeat(2)}${text.slice(start + 80)}`;
    const got = anchorSelectors(replaced, selectors);
    // Either nothing, or (as the sentences repeat) another copy of the same words elsewhere.
    if (got) expect(replaced.slice(got.start, got.end)).not.toContain('biên tập lại');
  });
});
