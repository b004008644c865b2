/**
 * Anchoring suite: re-anchoring highlights in article texts that changed since they were made
 * (text inserted before each quote, a word changed inside half of them, NFC → NFD for a quarter).
 * Subject: `anchorSelectors` (position check, exact search with context, then the tolerant Myers
 * search). Baseline: one diacritic-insensitive exact search per quote (fold the text, `indexOf`),
 * which cannot place an edited quote. Target ≤ 6×.
 */
import { anchorSelectors, describeRange } from '@/lib/clips/anchor';
import { foldVietnamese } from '@/lib/clips/fold';
import type { Selector } from '@/lib/types';
import { type BenchEnv, defineBench } from '../types';

interface Input {
  text: string;
  quotes: { quote: string; selectors: Selector[] }[];
}

/** Corpus texts when available; otherwise the text of the fixture pages. */
async function loadTexts(env: BenchEnv): Promise<string[]> {
  const files = env.texts();
  if (files.length) return await Promise.all(files.map((t) => env.loadText(t.href)));
  const docs = await Promise.all(env.pages().map((p) => env.loadDocument(p)));
  return docs.map((d) => d.body?.textContent ?? '').filter((t) => t.trim().length > 200);
}

/** Eight quotes of 40–160 characters spread over the text, and an edited copy of the text. */
function makeInput(text: string, seed: number): Input {
  const spots: { start: number; end: number }[] = [];
  for (let k = 0; k < 8; k++) {
    const len = 40 + ((seed * 7 + k * 31) % 120);
    const start = Math.floor(((k + 0.5) / 8) * Math.max(0, text.length - len));
    spots.push({ start, end: Math.min(text.length, start + len) });
  }
  const quotes = spots.map((s) => ({
    quote: text.slice(s.start, s.end),
    selectors: describeRange(text, s.start, s.end),
  }));
  // Edit from the end so earlier offsets stay valid: change a word inside every other quote,
  // and insert a sentence before each quote (so every stored position is stale).
  let edited = text;
  for (let k = spots.length - 1; k >= 0; k--) {
    const { start, end } = spots[k];
    let inner = edited.slice(start, end);
    if (k % 2 === 0) {
      const mid = Math.floor(inner.length / 2);
      inner = `${inner.slice(0, mid)}xyz${inner.slice(mid + 3)}`;
    }
    if (k % 4 === 1) inner = inner.normalize('NFD');
    edited = `${edited.slice(0, start)}Cập nhật. ${inner}${edited.slice(end)}`;
  }
  return { text: edited, quotes };
}

export default defineBench([
  {
    name: 'anchor: anchorSelectors (exact + fuzzy) vs folded indexOf',
    baseline: {
      name: 'fold + indexOf',
      run: (input: Input) => {
        const folded = foldVietnamese(input.text);
        return input.quotes.map((q) => folded.indexOf(foldVietnamese(q.quote)));
      },
    },
    subject: {
      name: 'anchorSelectors',
      run: (input: Input) => input.quotes.map((q) => anchorSelectors(input.text, q.selectors)),
    },
    inputs: async (env) => (await loadTexts(env)).map((t, i) => makeInput(t, i)),
    iterations: 10,
    maxRatio: 6,
    unit: 'ms per round (8 quotes per text)',
  },
]);
