/**
 * Reader suite: the cost of detection and extraction against plain Readability on the same pages.
 * (a) detectPage vs isProbablyReaderable alone (target ≤ 1.5×);
 * (b) extractArticle vs `new Readability(doc.cloneNode(true)).parse()` (target ≤ 1.3×).
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { detectPage } from '@/lib/detect';
import { extractArticle } from '@/lib/reader';
import { type BenchEnv, defineBench } from '../types';

interface PageInput {
  doc: Document;
  url: string;
}

async function loadPages(env: BenchEnv): Promise<PageInput[]> {
  return await Promise.all(env.pages().map(async (p) => ({ doc: await env.loadDocument(p), url: p.url })));
}

export default defineBench([
  {
    name: 'detector: detectPage vs isProbablyReaderable',
    baseline: { name: 'isProbablyReaderable', run: (p: PageInput) => isProbablyReaderable(p.doc) },
    subject: { name: 'detectPage', run: (p: PageInput) => detectPage(p.doc, p.url) },
    inputs: loadPages,
    iterations: 15,
    maxRatio: 1.5,
    unit: 'ms per round of all pages',
  },
  {
    name: 'reader: extractArticle vs Readability.parse',
    baseline: {
      name: 'Readability(clone).parse',
      run: (p: PageInput) => new Readability(p.doc.cloneNode(true) as Document).parse(),
    },
    subject: { name: 'extractArticle', run: (p: PageInput) => extractArticle(p.doc, p.url) },
    inputs: loadPages,
    iterations: 9,
    maxRatio: 1.3,
    unit: 'ms per round of all pages',
  },
]);
