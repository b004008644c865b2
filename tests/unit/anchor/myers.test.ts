import { describe, expect, it } from 'vitest';
import { approxSearch, editDistance, scanEnds } from '@/lib/clips/anchor-myers';

/** Reference: for each end j, min edit distance of pattern to a substring of text ending at j (Sellers). */
function reference(text: string, pattern: string): number[] {
  const m = pattern.length;
  let col = Array.from({ length: m + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const next = [0];
    for (let i = 1; i <= m; i++) {
      const cost = pattern[i - 1] === text[j] ? 0 : 1;
      next[i] = Math.min(col[i] + 1, next[i - 1] + 1, col[i - 1] + cost);
    }
    col = next;
    out.push(col[m]);
  }
  return out;
}

/** Deterministic pseudo-random string over a small alphabet. */
function randomText(seed: number, length: number, alphabet = 'abcdđ '): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += alphabet[x % alphabet.length];
  }
  return s;
}

describe('scanEnds (Myers, multi-block) equals the reference DP', () => {
  it.each([
    { name: 'short pattern', seed: 1, m: 7 },
    { name: 'exactly one block', seed: 2, m: 32 },
    { name: 'just over one block', seed: 3, m: 33 },
    { name: 'three blocks', seed: 4, m: 90 },
  ])('$name', ({ seed, m }) => {
    const text = randomText(seed, 400);
    const pattern = text.slice(100, 100 + m).replace(/a/g, 'b');
    const ref = reference(text, pattern);
    const got = new Array<number>(text.length).fill(-1);
    scanEnds(text, pattern, m, (end, d) => {
      got[end - 1] = d;
    });
    expect(got).toEqual(ref);
  });
});

describe('approxSearch', () => {
  it('finds the edited pattern with its start', () => {
    const text = 'lorem ipsum dolor sit amet, consectetur adipiscing elit';
    const [best] = approxSearch(text, 'dolar sit amet', 3);
    expect(best.errors).toBe(1);
    expect(text.slice(best.start, best.end)).toBe('dolor sit amet');
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['hoà', 'hòa', 2],
  ] as [string, string, number][])('%s / %s', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
