/**
 * Article metadata read from the (unmodified) page: title, byline, site name, publication time,
 * language, excerpt, lead image and canonical URL. Only reads the document.
 */
import { toNfc } from '../detect/language';
import { parseAnyDate, parseVietnameseDate } from './dates';

export interface PageMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  leadImage: string | null;
  canonicalUrl: string | null;
}

/** NFC + whitespace folding. */
export const fold = (s: string | null | undefined): string =>
  toNfc(s ?? '')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();

type Json = { [k: string]: unknown };

/** Objects found in JSON-LD blocks (top level, arrays and `@graph`). */
export function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Json;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      /* malformed JSON-LD is common; ignore it */
    }
  }
  return out;
}

const ARTICLE_TYPES =
  /^(News|Reportage|Analysis|Opinion|Review|Background)?(Article|NewsArticle)$|^BlogPosting$|^LiveBlogPosting$/;

function ldArticle(objs: Json[]): Json | null {
  for (const o of objs) {
    const t = o['@type'];
    const types = Array.isArray(t) ? t : [t];
    if (types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x))) return o;
  }
  return null;
}

function nameOf(v: unknown): string | null {
  if (!v) return null;
  if (typeof v === 'string') return fold(v) || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (typeof v === 'object') return nameOf((v as Json).name);
  return null;
}

const metaIndexes = new WeakMap<Document, Map<string, string>>();

/** Every `<meta>` of the page by property/name/itemprop (lower case), read in one pass. */
function metaIndex(doc: Document): Map<string, string> {
  let index = metaIndexes.get(doc);
  if (index) return index;
  index = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = el.getAttribute('content');
    if (!content?.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  metaIndexes.set(doc, index);
  return index;
}

function metaContent(doc: Document, ...keys: string[]): string | null {
  const index = metaIndex(doc);
  for (const k of keys) {
    const v = fold(index.get(k.toLowerCase()));
    if (v) return v;
  }
  return null;
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' « ', ' » '];

/** Drops a trailing " - Site name" / " | Section | Site" part from a page title. */
export function stripSiteSuffix(title: string, siteName?: string | null): string {
  let t = fold(title);
  for (let guard = 0; guard < 4; guard++) {
    let cut = -1;
    for (const sep of SEPARATORS) {
      const i = t.lastIndexOf(sep);
      if (i > cut) cut = i;
    }
    if (cut <= 0) break;
    const head = t.slice(0, cut).trim();
    const tail = t.slice(cut).replace(/^\s*[|\-–—:«»]+\s*/, '');
    const siteLike =
      (siteName && tail.toLowerCase().includes(siteName.toLowerCase())) ||
      /\.(vn|com|net|org)\b|online|mobile|báo|news|tin tức|trang chủ/i.test(tail) ||
      tail.split(' ').length <= 3;
    if (!siteLike || head.split(' ').length < 3) break;
    t = head;
  }
  return t;
}

/** `text` is `whole` or begins `whole` followed by a separator. */
function isTitlePrefix(h: string, whole: string): boolean {
  if (!h || !whole) return false;
  const a = h.toLowerCase();
  const b = whole.toLowerCase();
  return b === a || (b.startsWith(a) && /^\s*[-|–—:«»,]/.test(b.slice(a.length)));
}

/** The page's real headline: a matching `<h1>`, else og:title / JSON-LD headline / `<title>` cleaned. */
export function findTitle(doc: Document, siteName: string | null, ld: Json | null): string {
  const og = fold(metaContent(doc, 'og:title', 'twitter:title'));
  const ldHeadline = fold(typeof ld?.headline === 'string' ? ld.headline : '');
  const docTitle = fold(doc.title);
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .slice(0, 10)
    .map((h) => fold(h.textContent))
    .filter((t) => t.length >= 8 && t.length <= 300);
  for (const h of h1s) {
    if ([og, ldHeadline, docTitle].some((w) => isTitlePrefix(h, w))) return h;
  }
  if (og) return stripSiteSuffix(og, siteName);
  if (ldHeadline) return ldHeadline;
  if (!h1s.length) {
    const dated = headlineAboveDate(doc);
    if (dated) return dated;
  }
  if (h1s.length === 1 && docTitle && !docTitle.toLowerCase().includes(h1s[0].toLowerCase().slice(0, 20)))
    return h1s[0];
  return stripSiteSuffix(docTitle, siteName);
}

/** Text of the first element that follows `el` (it or an ancestor's next sibling), if short. */
function nextShortText(el: Element): string | null {
  let cur: Element | null = el;
  for (let up = 0; cur && up < 3; up++, cur = cur.parentElement) {
    const next = cur.nextElementSibling;
    if (next) {
      const t = fold(next.textContent);
      return t.length <= 160 ? t : null;
    }
  }
  return null;
}

/**
 * Pages without `<h1>` or title metadata (old mobile templates) often print the headline in
 * bold right above the date line: that text is the headline.
 */
function headlineAboveDate(doc: Document): string | null {
  return datedHeadline(doc)?.title ?? null;
}

/** The bold headline above a date line, and that date. */
function datedHeadline(doc: Document): { title: string; date: string } | null {
  const candidates = doc.querySelectorAll('h2, h3, h4, b, strong, font, [class*="title" i]');
  for (const el of Array.from(candidates).slice(0, 400)) {
    const t = fold(el.textContent);
    if (t.length < 20 || t.length > 200 || t.split(' ').length < 5 || el.closest('a, nav, li')) continue;
    if (parseVietnameseDate(t)) continue;
    const next = nextShortText(el);
    const date = next ? parseVietnameseDate(next) : null;
    if (date) return { title: t, date };
  }
  return null;
}

const DATE_CLASS =
  /(^|[\s_-])(date|time|datetime|publish\w*|pubdate|post-?time|ngay-?dang|thoi-?gian|dateline|news-?time|detail-?time|time-?update|created)([\s_-]|$)/i;

/** A visible Vietnamese date near the top of the article. */
function visibleDate(doc: Document): string | null {
  const times = doc.querySelectorAll('time[datetime]');
  for (const t of Array.from(times).slice(0, 5)) {
    const v = parseAnyDate(t.getAttribute('datetime'));
    if (v) return v;
  }
  const candidates = doc.querySelectorAll('[class], [id]');
  let seen = 0;
  for (const el of Array.from(candidates)) {
    const key = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATE_CLASS.test(key)) continue;
    const text = fold(el.textContent);
    if (text.length > 120) continue;
    const v = parseVietnameseDate(text);
    if (v) return v;
    if (++seen > 40) break;
  }
  const h1 = doc.querySelector('h1');
  if (!h1) return datedHeadline(doc)?.date ?? null;
  const around = h1.parentElement?.parentElement;
  if (around) return parseVietnameseDate(fold(around.textContent).slice(0, 1500));
  return null;
}

function findPublished(doc: Document, ld: Json | null): string | null {
  const fromLd = typeof ld?.datePublished === 'string' ? parseAnyDate(ld.datePublished) : null;
  if (fromLd) return fromLd;
  const fromMeta = metaContent(
    doc,
    'article:published_time',
    'datePublished',
    'pubdate',
    'publishdate',
    'PublishDate',
    'date',
    'DC.date.issued',
    'dateCreated',
  );
  const parsed = parseAnyDate(fromMeta);
  if (parsed) return parsed;
  return visibleDate(doc);
}

const BYLINE_SELECTORS = [
  '[rel="author"]',
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '.author-name',
  '.author',
  '.byline',
  '.tac-gia',
  '.tacgia',
  '.detail-author',
  '.article-author',
];

function findByline(doc: Document, ld: Json | null, siteName: string | null): string | null {
  const candidates = [nameOf(ld?.author), metaContent(doc, 'author', 'article:author', 'dable:author')];
  for (const sel of BYLINE_SELECTORS) {
    const el = doc.querySelector(sel);
    const t = fold(el?.textContent);
    if (t && t.length <= 80) candidates.push(t);
  }
  for (const c of candidates) {
    if (!c || /^https?:/i.test(c) || c.length > 100) continue;
    if (siteName && c.toLowerCase() === siteName.toLowerCase()) continue;
    return c;
  }
  return null;
}

/**
 * Reads the metadata of `doc` (never mutates it).
 * @param url the page address, base for relative URLs.
 */
export function extractMetadata(doc: Document, url: string): PageMetadata {
  const objs = jsonLdObjects(doc);
  const ld = ldArticle(objs);
  const publisher = nameOf(ld?.publisher);
  let host: string | null = null;
  try {
    host = new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    host = null;
  }
  const siteName = metaContent(doc, 'og:site_name', 'application-name') ?? publisher ?? host;
  const canonical =
    absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ??
    absolute(metaContent(doc, 'og:url'), url) ??
    absolute(url, url);
  const ldImage = ld?.image;
  const ldImageUrl =
    typeof ldImage === 'string'
      ? ldImage
      : Array.isArray(ldImage)
        ? typeof ldImage[0] === 'string'
          ? ldImage[0]
          : ((ldImage[0] as Json | undefined)?.url as string | undefined)
        : ((ldImage as Json | undefined)?.url as string | undefined);
  const lang =
    fold(doc.documentElement?.getAttribute('lang')) ||
    metaContent(doc, 'og:locale', 'content-language', 'language') ||
    null;
  return {
    title: findTitle(doc, siteName, ld),
    byline: findByline(doc, ld, siteName),
    siteName,
    publishedTime: findPublished(doc, ld),
    lang: lang ? lang.replace('_', '-') : null,
    excerpt: metaContent(doc, 'og:description', 'description', 'twitter:description'),
    leadImage: absolute(metaContent(doc, 'og:image', 'twitter:image') ?? ldImageUrl, url),
    canonicalUrl: canonical,
  };
}
