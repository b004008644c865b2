/**
 * Entities suite: throughput of `recognize` (officials, agreements, legal documents) against one
 * plain regex pass over the same texts (every letter/digit run), targets ≤ 3× and ≥ 5 MB/s (issue 13).
 */
import { recognize } from '@/lib/entities';
import { atLeast, type BenchEnv, defineBench } from '../types';

const WORD = /[\p{L}\p{N}]+/gu;

/** Corpus texts when available; otherwise the text of the fixture pages. */
async function loadTexts(env: BenchEnv): Promise<string[]> {
  const files = env.texts();
  if (files.length) return await Promise.all(files.map((t) => env.loadText(t.href)));
  const docs = await Promise.all(env.pages().map((p) => env.loadDocument(p)));
  return docs.map((d) => d.body?.textContent ?? '').filter((t) => t.trim().length > 0);
}

const encoder = new TextEncoder();

export default defineBench([
  {
    name: 'entities: recognize vs one regex pass',
    baseline: {
      name: 'regex word pass',
      run: (text: string) => {
        let n = 0;
        for (const _ of text.matchAll(WORD)) n++;
        return n;
      },
    },
    subject: { name: 'recognize', run: (text: string) => recognize(text) },
    inputs: loadTexts,
    iterations: 15,
    maxRatio: 3,
    targets: [atLeast('mbps', 5)],
    unit: 'ms per round of all texts',
    bytesPerRound: (texts: string[]) => texts.reduce((n, t) => n + encoder.encode(t).length, 0),
  },
]);
