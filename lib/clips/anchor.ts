/**
 * Describing a range of an article's text with W3C Web Annotation selectors, and placing such
 * selectors again in a (possibly changed) text. Pure string functions, no DOM.
 *
 * The text is whatever the caller anchors against; for rendered HTML use `textOf` from
 * `dom-text.ts` so that creating and re-anchoring highlights agree.
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../types';
import { type FoldedText, fold, foldedIndexOf, foldPlain } from './anchor-fold';
import { approxSearch, editDistance } from './anchor-myers';

export interface DescribeOptions {
  /** Characters of context kept before and after the quote (default 32). */
  context?: number;
}

/** Where selectors were placed: `text.slice(start, end)`; `exact` is false for a tolerant (fuzzy) match. */
export interface Anchored {
  start: number;
  end: number;
  exact: boolean;
}

export interface AnchorOptions {
  /** Highest share of the quote's folded length that may differ in a fuzzy match (default 0.2). */
  maxErrorRatio?: number;
}

/**
 * The selectors of `text.slice(start, end)`: a TextQuoteSelector (exact quote with up to
 * `context` characters of prefix and suffix) and a TextPositionSelector. Offsets are clamped to
 * the text and swapped when reversed.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  opts: DescribeOptions = {},
): [TextQuoteSelector, TextPositionSelector] {
  const context = Math.max(0, opts.context ?? 32);
  let s = Math.max(0, Math.min(text.length, Math.floor(start)));
  let e = Math.max(0, Math.min(text.length, Math.floor(end)));
  if (e < s) [s, e] = [e, s];
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - context), s),
      suffix: text.slice(e, e + context),
    },
    { type: 'TextPositionSelector', start: s, end: e },
  ];
}

/** Length of the common tail of `a` and `b`. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the common head of `a` and `b`. */
function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** 0..1: how well `text` around [start, end) fits the quote's prefix and suffix (exact characters). */
function exactContextFit(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const total = prefix.length + suffix.length;
  if (total === 0) return 0;
  return (commonTail(before, prefix) + commonHead(after, suffix)) / total;
}

/** 0..1: similarity of `a` and `b` (1 - normalised edit distance). */
function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - editDistance(a, b) / n;
}

/** Distance (characters) beyond which the old position no longer helps choose a candidate. */
const NEAR = 2000;

/** 0..1 closeness of `at` to the hinted position (1 when equal or no hint). */
function proximity(at: number, hint: number | null, length: number): number {
  if (hint === null || length === 0) return 1;
  return 1 - Math.min(1, Math.abs(at - hint) / Math.min(length, NEAR));
}

/** Every start index of `needle` in `hay`, at most `limit`. */
function occurrences(hay: string, needle: string, limit = 5000): number[] {
  const out: number[] = [];
  if (!needle) return out;
  let i = hay.indexOf(needle);
  while (i >= 0 && out.length < limit) {
    out.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return out;
}

/** Weights of a candidate's score: quote similarity, context fit, closeness to the old position. */
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 4;

/** Exact quote search; the occurrence whose context fits best (then closest to the hint) wins. */
function exactSearch(text: string, q: TextQuoteSelector, hint: number | null): number | null {
  const hits = occurrences(text, q.exact);
  if (hits.length === 0) return null;
  let best = hits[0];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const at of hits) {
    const score =
      exactContextFit(text, at, at + q.exact.length, q.prefix, q.suffix) * 10 +
      proximity(at, hint, text.length);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

/** A candidate placement and its score (higher is better). */
interface Scored {
  start: number;
  end: number;
  score: number;
}

interface FoldedQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** 0..1 fit of folded context around folded [start, end). */
function foldedContextFit(ft: string, start: number, end: number, q: FoldedQuote): number {
  const before = ft.slice(Math.max(0, start - q.prefix.length), start);
  const after = ft.slice(end, end + q.suffix.length);
  const weight = q.prefix.length + q.suffix.length;
  if (weight === 0) return 0;
  return (
    (similarity(before, q.prefix) * q.prefix.length + similarity(after, q.suffix) * q.suffix.length) / weight
  );
}

let lastText: string | null = null;
let lastFold: FoldedText | null = null;

/** `fold(text)`, remembered for the last text (anchoring many highlights in one article). */
function foldCached(text: string): FoldedText {
  if (lastFold && text === lastText) return lastFold;
  lastFold = fold(text);
  lastText = text;
  return lastFold;
}

/** Maps a folded range back to the original text. */
function toOriginal(f: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: f.starts[start], end: f.ends[end - 1] };
}

/** Quotes shorter than this (folded) must have supporting context to be placed by a fuzzy match. */
const SHORT_QUOTE = 24;

/** Characters on each side of the old position searched first by the tolerant match. */
const NEAR_WINDOW = 600;

/**
 * The best approximate match of the folded quote in `ft`, or null. Short quotes (and, when
 * `strict`, every quote) with context must have a context fit of at least 0.5.
 */
function bestApprox(
  ft: string,
  fq: FoldedQuote,
  maxErrors: number,
  fhint: number | null,
  strict: boolean,
): Scored | null {
  const m = fq.exact.length;
  const hasContext = fq.prefix.length + fq.suffix.length > 0;
  let best: Scored | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const match of approxSearch(ft, fq.exact, maxErrors)) {
    if (match.end <= match.start) continue;
    const ctx = foldedContextFit(ft, match.start, match.end, fq);
    if (hasContext && (strict || m < SHORT_QUOTE) && ctx < 0.5) continue;
    const score =
      (1 - match.errors / m) * QUOTE_WEIGHT +
      ctx * CONTEXT_WEIGHT +
      proximity(match.start, fhint, ft.length) * POSITION_WEIGHT;
    if (score > bestScore) {
      bestScore = score;
      best = { start: match.start, end: match.end, score };
    }
  }
  return best;
}

/**
 * Search in one folded text: folded-exact hits (scored by context and closeness) and, unless one
 * of them has a fitting context, approximate matches too; the best score wins. With `strict`, an
 * approximate match needs its context to fit (≥ 0.5).
 */
function searchFolded(
  ft: FoldedText,
  fq: FoldedQuote,
  fhint: number | null,
  maxErrors: number,
  strict: boolean,
): Scored | null {
  const m = fq.exact.length;
  const hits = occurrences(ft.text, fq.exact);
  let best: Scored | null = null;
  let bestCtx = 0;
  for (const at of hits) {
    const ctx = foldedContextFit(ft.text, at, at + m, fq);
    const score =
      QUOTE_WEIGHT + ctx * CONTEXT_WEIGHT + proximity(at, fhint, ft.text.length) * POSITION_WEIGHT;
    if (!best || score > best.score) {
      best = { start: at, end: at + m, score };
      bestCtx = ctx;
    }
  }
  // A folded-exact copy with a fitting context is as good as it gets; otherwise an edited copy
  // with its own context (a repeated phrase vs. the highlighted passage edited) may score higher.
  const hasContext = fq.prefix.length + fq.suffix.length > 0;
  if (maxErrors < 1 || (best && (bestCtx >= 0.6 || !hasContext))) return best;
  const approx = bestApprox(ft.text, fq, maxErrors, fhint, strict);
  return approx && (!best || approx.score > best.score) ? approx : best;
}

/**
 * Tolerant search: first in a window of the text around the old position (text usually moves
 * little, and this costs the same on any length of article), then in the whole text.
 */
function fuzzySearch(
  text: string,
  q: TextQuoteSelector,
  hint: number | null,
  maxErrorRatio: number,
  nearOnly = false,
): Scored | null {
  const fq: FoldedQuote = {
    exact: foldPlain(q.exact).trim(),
    prefix: foldPlain(q.prefix),
    suffix: foldPlain(q.suffix),
  };
  const m = fq.exact.length;
  if (m === 0 || text.length === 0) return null;
  const maxErrors = Math.floor(m * maxErrorRatio);
  if (hint !== null) {
    const margin = Math.max(NEAR_WINDOW, 2 * q.exact.length);
    const from = Math.max(0, hint - margin);
    const to = Math.min(text.length, hint + q.exact.length + margin);
    if (from > 0 || to < text.length || nearOnly) {
      const fw = fold(text.slice(from, to));
      const near = searchFolded(fw, fq, foldedIndexOf(fw, hint - from), maxErrors, true);
      if (near) {
        const r = toOriginal(fw, near.start, near.end);
        return { start: r.start + from, end: r.end + from, score: near.score };
      }
      if (nearOnly) return null;
    }
  }
  if (nearOnly) return null;
  const ft = foldCached(text);
  const fhint = hint === null ? null : foldedIndexOf(ft, hint);
  const found = searchFolded(ft, fq, fhint, maxErrors, false);
  return found && { ...toOriginal(ft, found.start, found.end), score: found.score };
}

/**
 * Places selectors in `text`. In order:
 * 1. the TextPositionSelector, when the text there equals the quote (or there is no quote);
 * 2. exact search for the quote, the occurrence whose prefix/suffix fit best (ties: nearest the old position);
 * 3. a tolerant match: whitespace, case, NFC/NFD, Vietnamese tone placement ("hoà"/"hòa") and
 *    diacritics are ignored, then up to `maxErrorRatio` (20%) of the quote may differ (edit
 *    distance, Myers' bit-parallel search), context and closeness to the old position break ties.
 * Returns null when the quote cannot be placed (e.g. the passage was deleted): an orphan.
 */
export function anchorSelectors(
  text: string,
  selectors: readonly Selector[],
  opts: AnchorOptions = {},
): Anchored | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const pos = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const validPos = pos && pos.start >= 0 && pos.end >= pos.start && pos.end <= text.length ? pos : undefined;
  if (!quote || quote.exact === '') {
    return validPos && validPos.end > validPos.start
      ? { start: validPos.start, end: validPos.end, exact: true }
      : null;
  }
  if (validPos && text.slice(validPos.start, validPos.end) === quote.exact) {
    return { start: validPos.start, end: validPos.end, exact: true };
  }
  const hint = pos ? Math.max(0, Math.min(text.length, pos.start)) : null;
  const ratio = opts.maxErrorRatio ?? 0.2;
  const at = exactSearch(text, quote, hint);
  if (at !== null) {
    // An exact copy whose context does not fit may be a repeated phrase while the highlighted
    // passage itself was edited in place: a close match near the old position may score higher.
    const hasContext = quote.prefix.length + quote.suffix.length > 0;
    if (hasContext && hint !== null) {
      const end = at + quote.exact.length;
      const ctx = foldedContextFit(text, at, end, quote);
      if (ctx < 0.6) {
        const exactScore =
          QUOTE_WEIGHT + ctx * CONTEXT_WEIGHT + proximity(at, hint, text.length) * POSITION_WEIGHT;
        const near = fuzzySearch(text, quote, hint, ratio, true);
        if (near && near.score > exactScore && (near.start !== at || near.end !== end)) {
          return { start: near.start, end: near.end, exact: false };
        }
      }
    }
    return { start: at, end: at + quote.exact.length, exact: true };
  }
  const fuzzy = fuzzySearch(text, quote, hint, ratio);
  return fuzzy && { start: fuzzy.start, end: fuzzy.end, exact: false };
}
