/**
 * Approximate substring search (edit distance) with Myers' bit-parallel algorithm, in blocks of 32
 * pattern characters so patterns of any length work in O(text length × ⌈pattern length / 32⌉).
 * Pure functions (helpers of `anchor.ts`).
 */

/** A place where the pattern matches with `errors` edits (Levenshtein), `text.slice(start, end)`. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

const W = 32;

/**
 * Per-character bit masks of the pattern, one 32-bit word per block: a flat table for ASCII (the
 * folded texts are almost all ASCII) and a map for other characters.
 */
interface Masks {
  ascii: Int32Array;
  other: Map<number, Int32Array>;
}

function patternMasks(pattern: string, blocks: number): Masks {
  const ascii = new Int32Array(128 * blocks);
  const other = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    const bit = 1 << (i % W);
    const b = (i / W) | 0;
    if (c < 128) {
      ascii[c * blocks + b] |= bit;
      continue;
    }
    let m = other.get(c);
    if (!m) {
      m = new Int32Array(blocks);
      other.set(c, m);
    }
    m[b] |= bit;
  }
  return { ascii, other };
}

/**
 * For every end position j (exclusive) of `text`, the smallest edit distance between `pattern`
 * and a substring of `text` ending at j; calls `report(j, d)` for each j where d ≤ maxErrors.
 */
export function scanEnds(
  text: string,
  pattern: string,
  maxErrors: number,
  report: (end: number, errors: number) => void,
): void {
  const m = pattern.length;
  if (m === 0) return;
  const blocks = Math.ceil(m / W);
  const { ascii, other } = patternMasks(pattern, blocks);
  const empty = new Int32Array(blocks);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const last = blocks - 1;
  const lastHigh = 1 << ((m - 1) % W);
  const high = 1 << (W - 1);
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    let eqs: Int32Array;
    let base: number;
    if (c < 128) {
      eqs = ascii;
      base = c * blocks;
    } else {
      eqs = other.get(c) ?? empty;
      base = 0;
    }
    let hin = 0;
    for (let b = 0; b < blocks; b++) {
      const hb = b === last ? lastHigh : high;
      let eq = eqs[base + b];
      const p = pv[b];
      const mm = mv[b];
      const xv = eq | mm;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq;
      let ph = mm | ~(xh | p);
      let mh = p & xh;
      let hout = 0;
      if (ph & hb) hout = 1;
      else if (mh & hb) hout = -1;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    if (score <= maxErrors) report(j + 1, score);
  }
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/**
 * Given that `pattern` matches `text` ending at `end` with `errors` edits, finds the start of that
 * match (the one whose length is closest to the pattern's), scanning backwards.
 */
export function matchStart(text: string, pattern: string, end: number, errors: number): number {
  const from = Math.max(0, end - pattern.length - errors);
  const window = reverse(text.slice(from, end));
  const rp = reverse(pattern);
  let best = -1;
  let bestD = Number.POSITIVE_INFINITY;
  let bestLenGap = Number.POSITIVE_INFINITY;
  scanEnds(window, rp, errors, (e, d) => {
    const gap = Math.abs(e - pattern.length);
    if (d < bestD || (d === bestD && gap < bestLenGap)) {
      best = e;
      bestD = d;
      bestLenGap = gap;
    }
  });
  return best < 0 ? Math.max(0, end - pattern.length) : end - best;
}

/**
 * The best approximate matches of `pattern` in `text` with at most `maxErrors` edits: one per
 * cluster of nearby end positions (the lowest error count in the cluster), best first, at most
 * `limit` of them.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, limit = 16): ApproxMatch[] {
  const ends: { end: number; errors: number }[] = [];
  let lastEnd = -2;
  scanEnds(text, pattern, maxErrors, (end, errors) => {
    const cur = ends[ends.length - 1];
    if (cur && end - lastEnd <= 1 + maxErrors) {
      if (errors < cur.errors) {
        cur.end = end;
        cur.errors = errors;
      }
    } else {
      ends.push({ end, errors });
    }
    lastEnd = end;
  });
  ends.sort((a, b) => a.errors - b.errors);
  return ends.slice(0, limit).map(({ end, errors }) => ({
    start: matchStart(text, pattern, end, errors),
    end,
    errors,
  }));
}

/** Plain Levenshtein distance (for short strings such as quote contexts). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
