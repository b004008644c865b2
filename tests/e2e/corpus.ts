/**
 * The shared corpus of real saved news pages (../shared/corpus, read at run time, never copied),
 * served by the E2E fixture server under each page's real host name and path: the browsers map
 * those host names to 127.0.0.1 (MAPPED_HOSTS in ./common.ts). No browser library here.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

/** One labelled page of pages.json, with where the fixture server serves it. */
export interface CorpusPage {
  file: string;
  lang: string;
  isVietnameseNews: boolean;
  kind: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  /** Host name the page is served under (its real one). */
  host: string;
  /** Path (and query) the page is served at (its real one). */
  pathname: string;
}

interface RawLabel {
  file: string;
  lang?: string;
  isVietnameseNews?: boolean;
  kind?: string;
  url?: string | null;
  site?: string | null;
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
}

/** Every labelled corpus page whose file exists (empty when ../shared is absent). */
export function corpusPages(): CorpusPage[] {
  const labels = path.join(CORPUS_DIR, 'pages.json');
  if (!existsSync(labels)) return [];
  const raw = JSON.parse(readFileSync(labels, 'utf8')) as RawLabel[];
  const out: CorpusPage[] = [];
  for (const r of raw) {
    if (!existsSync(path.join(CORPUS_DIR, r.file))) continue;
    let host = (r.site ?? '').toLowerCase();
    let pathname = `/${path.basename(r.file)}`;
    if (r.url && URL.canParse(r.url)) {
      const u = new URL(r.url);
      host = u.hostname;
      pathname = `${u.pathname}${u.search}`;
    }
    if (!host) continue;
    out.push({
      file: r.file,
      lang: r.lang ?? '',
      isVietnameseNews: r.isVietnameseNews === true,
      kind: r.kind ?? '',
      title: r.title ?? null,
      byline: r.byline ?? null,
      publishedTime: r.publishedTime ?? null,
      host,
      pathname,
    });
  }
  return out;
}

/** Host names of the corpus pages (to map to 127.0.0.1 in the browsers). */
export function corpusHosts(): string[] {
  return [...new Set(corpusPages().map((p) => p.host))];
}

/** Serves a corpus page when the request's host and path are one page's; false otherwise. */
export function corpusRoute(req: IncomingMessage, res: ServerResponse): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  if (!host || host === '127.0.0.1' || host === 'localhost') return false;
  const url = new URL(req.url ?? '/', 'http://x');
  const wanted = `${url.pathname}${url.search}`;
  // `/__corpus/<real host><real path>`: the fallback for hosts a browser forces to https.
  const page = pages().find(
    (p) => (p.host === host && p.pathname === wanted) || wanted === `/__corpus/${p.host}${p.pathname}`,
  );
  if (!page) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(readFileSync(path.join(CORPUS_DIR, page.file)));
  return true;
}

let cached: CorpusPage[] | null = null;
function pages(): CorpusPage[] {
  cached ??= corpusPages();
  return cached;
}
