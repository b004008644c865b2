/**
 * `npm run --silent analyze -- [--url URL] FILE...`
 *
 * Runs Báo Gọn's `lib/` pipeline in Node and prints one JSON line per file:
 * {"file", "detection", "article" | null, "entities": [...]}. `.txt`/`.md` files are taken as
 * article text as they are; HTML goes through detection and extraction first. A file that
 * cannot be read or parsed gets a line with an "error" field and the run goes on.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { detectPage } from '../lib/detect';
import { isExtractError, readArticle, readText } from '../lib/article';
import { setSanitizerWindow } from '../lib/reader/sanitize';

// Pages are parsed with linkedom (fast); DOMPurify needs a DOM it supports, so the article
// HTML is sanitised in one jsdom window.
setSanitizerWindow(new JSDOM('').window as unknown as Parameters<typeof setSanitizerWindow>[0]);

function parseArgs(argv: string[]): { url?: string; files: string[] } {
  const files: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i];
    else if (argv[i] === '--') continue;
    else files.push(argv[i]);
  }
  return { url, files };
}

function analyzeFile(file: string, url?: string): Record<string, unknown> {
  const raw = readFileSync(file, 'utf8');
  if (/\.(txt|md)$/i.test(file)) {
    return { file, detection: null, article: { text: raw }, entities: readText(raw).entities };
  }
  const { document } = parseHTML(raw);
  const pageUrl = url ?? guessUrl(document) ?? `file://${file}`;
  const detection = detectPage(document as unknown as Document, pageUrl);
  const reading = readArticle(document as unknown as Document, pageUrl);
  const article = isExtractError(reading) ? null : reading.article;
  const entities = isExtractError(reading) ? [] : reading.entities;
  return {
    file,
    detection,
    article: article && {
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      lang: article.lang,
      excerpt: article.excerpt,
      text: article.text,
      html: article.html,
    },
    ...(isExtractError(reading) ? { articleError: reading.error } : {}),
    entities,
  };
}

/** A saved page often keeps its address in a canonical link or og:url. */
function guessUrl(document: { querySelector(s: string): Element | null }): string | undefined {
  const href =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!href) return undefined;
  try {
    return new URL(href).href;
  } catch {
    return undefined;
  }
}

const { url, files } = parseArgs(process.argv.slice(2));
if (!files.length) {
  process.stderr.write('usage: npm run --silent analyze -- [--url URL] FILE...\n');
  process.exit(2);
}
for (const file of files) {
  let line: string;
  try {
    line = JSON.stringify(analyzeFile(file, url));
  } catch (err) {
    line = JSON.stringify({ file, error: err instanceof Error ? err.message : String(err) });
  }
  process.stdout.write(`${line}\n`);
}
