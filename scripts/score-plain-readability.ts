/**
 * `npm run score:baseline [-- --corpus DIR] [--verbose]`
 *
 * Extraction figures of PLAIN Readability (no Báo Gọn site rules, title as Readability gives it)
 * over the labelled corpus pages, computed the same way as the corpus scorer does (NFC +
 * whitespace folding, substring tests), so both can be reported side by side.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockText } from '../lib/reader/text';

interface PageLabel {
  file: string;
  isVietnameseNews: boolean;
  title?: string;
  firstSentence?: string;
  lastSentence?: string;
  mustContain?: string[];
  mustNotContain?: string[];
}

const argv = process.argv.slice(2);
const corpusArg = argv.indexOf('--corpus');
const corpus = path.resolve(corpusArg >= 0 ? argv[corpusArg + 1] : '../shared/corpus');
const verbose = argv.includes('--verbose');

const flat = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

/** Plain Readability; its content turned into text the same way as the product's `text` field. */
function plainExtract(html: string): { title: string; text: string } | null {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document, { serializer: (el: Node) => el }).parse();
  if (!parsed?.content) return null;
  return { title: parsed.title ?? '', text: blockText(parsed.content as unknown as Node) };
}

const pages: PageLabel[] = JSON.parse(readFileSync(path.join(corpus, 'pages.json'), 'utf8'));
let articles = 0;
let clean = 0;
let wanted = 0;
let kept = 0;
let clutter = 0;
let leaked = 0;
let titles = 0;
let titlesOk = 0;
for (const page of pages) {
  if (!page.isVietnameseNews) continue;
  articles++;
  let result: { title: string; text: string } | null = null;
  try {
    result = plainExtract(readFileSync(path.join(corpus, page.file), 'utf8'));
  } catch {
    result = null;
  }
  const text = flat(result?.text);
  const want = [page.firstSentence, page.lastSentence, ...(page.mustContain ?? [])].filter(Boolean).map(flat);
  const lost = want.filter((s) => !text.includes(s));
  const bad = (page.mustNotContain ?? []).map(flat).filter((s) => s && text.includes(s));
  wanted += want.length;
  kept += want.length - lost.length;
  clutter += (page.mustNotContain ?? []).length;
  leaked += bad.length;
  if (page.title) {
    titles++;
    if (flat(result?.title) === flat(page.title)) titlesOk++;
  }
  if (!lost.length && !bad.length) clean++;
  else if (verbose) {
    console.log(
      `${page.file}: lost ${lost.length} [${lost.map((s) => s.slice(0, 40)).join(' | ')}], clutter ${bad.length} [${bad.map((s) => s.slice(0, 40)).join(' | ')}]`,
    );
  }
  if (verbose && page.title && flat(result?.title) !== flat(page.title)) {
    console.log(`${page.file}: title ${JSON.stringify(result?.title)} != ${JSON.stringify(page.title)}`);
  }
}
console.log(
  JSON.stringify({
    extractor: 'plain @mozilla/readability 0.6 (linkedom)',
    articles,
    clean,
    cleanRate: ratio(clean, articles),
    bodyRecall: ratio(kept, wanted),
    clutterLeak: ratio(leaked, clutter),
    titleExact: ratio(titlesOk, titles),
  }),
);
