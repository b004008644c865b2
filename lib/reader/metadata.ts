/**
 * Article metadata read from the (unmodified) page: title, byline, site name, publication time,
 * language, excerpt, lead image and canonical URL. Only reads the document.
 */
import { hostBrand, publicationName } from '../detect/publications';
import { type Candidate, jsonLdAuthors, ownerKeys, pickAuthors } from './byline';
import { fold, metaContent } from './meta-tags';
import { datedHeadline, findPublished } from './published';

export { fold };

export interface PageMetadata {
  title: string;
  byline: string | null;
  /** The people the byline names (see lib/reader/byline.ts). */
  authors: string[];
  /** Byline sources for the extractor: those read after the body's sign-off, and the page's own names. */
  bylineSources: { late: Candidate[]; owners: string[] };
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  leadImage: string | null;
  canonicalUrl: string | null;
}

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

/** `whole` is `h`, or `h` with a site part before or after it behind a separator. */
function isTitlePrefix(h: string, whole: string): boolean {
  if (!h || !whole) return false;
  const a = h.toLowerCase();
  const b = whole.toLowerCase();
  return (
    b === a ||
    (b.startsWith(a) && /^\s*[-|–—:«»,]/.test(b.slice(a.length))) ||
    (b.endsWith(a) && /[-|–—:«»]\s*$/.test(b.slice(0, b.length - a.length)))
  );
}

/** Drops a leading "Site name - " / "Site | " part when it names the site. */
export function stripSitePrefix(title: string, siteName?: string | null): string {
  const t = fold(title);
  const m = /^(.{2,60}?)\s+[|\-–—:«»]\s+(.+)$/.exec(t);
  if (!m) return t;
  const head = m[1].toLowerCase();
  const siteLike =
    (!!siteName && (head.includes(siteName.toLowerCase()) || siteName.toLowerCase().includes(head))) ||
    /\.(vn|com|net|org)\b|^báo\b|^tạp chí\b|^cổng\b|online$/i.test(head);
  return siteLike && m[2].split(' ').length >= 3 ? m[2] : t;
}

/** The one visible headline: a lone substantial `<h1>` outside links and navigation. */
function visibleHeadline(doc: Document): string | null {
  const found: string[] = [];
  for (const h of Array.from(doc.querySelectorAll('h1')).slice(0, 10)) {
    // Broken markup leaves tag debris ("</>") in the text.
    const t = fold(h.textContent?.replace(/<\/?[a-z0-9]*\s*>/gi, ''));
    if (t.length < 15 || t.length > 300 || t.split(' ').length < 4 || h.closest('a, nav, header, li')) continue;
    const link = h.querySelector('a');
    if (link && fold(link.textContent).length >= t.length * 0.8) continue;
    if (!found.includes(t)) found.push(t);
  }
  return found.length === 1 ? found[0] : null;
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
  const visible = visibleHeadline(doc);
  if (visible) return visible;
  if (og) return stripSitePrefix(stripSiteSuffix(og, siteName), siteName);
  if (ldHeadline) return ldHeadline;
  if (!h1s.length) {
    const dated = headlineAboveDate(doc);
    if (dated) return dated;
  }
  if (h1s.length === 1 && docTitle && !docTitle.toLowerCase().includes(h1s[0].toLowerCase().slice(0, 20)))
    return h1s[0];
  return stripSitePrefix(stripSiteSuffix(docTitle, siteName), siteName);
}

/**
 * Pages without `<h1>` or title metadata (old mobile templates) often print the headline in
 * bold right above the date line: that text is the headline.
 */
function headlineAboveDate(doc: Document): string | null {
  return datedHeadline(doc)?.title ?? null;
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
  '.author-info .name',
  '.news-author',
  '.post-author',
  '.author-title',
  '.pAuthor',
  '.nguontin',
  '.post-meta',
];

/** Visible byline elements: the first few outside lists, navigation and asides. */
function visibleBylines(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTORS.join(', '))).slice(0, 12)) {
    if (el.closest('li, nav, aside, footer')) continue;
    const t = fold(el.getAttribute('content') || el.textContent);
    if (t && t.length <= 100) out.push({ text: t, structured: false });
  }
  return out;
}

function metaList(doc: Document, ...keys: string[]): Candidate[] {
  return keys
    .map((k) => metaContent(doc, k))
    .filter((v): v is string => !!v && !/^https?:/i.test(v))
    .map((text) => ({ text, structured: true }));
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
    const u = new URL(url);
    host = /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, '') || null : null;
  } catch {
    host = null;
  }
  const declaredSite = metaContent(doc, 'og:site_name', 'application-name');
  const siteName = publicationName(host) ?? declaredSite ?? publisher ?? host;
  const owners = ownerKeys([
    siteName,
    declaredSite,
    publisher,
    host,
    hostBrand(host),
    metaContent(doc, 'generator'),
    metaContent(doc, 'copyright'),
    ...objs.filter((o) => /Organi[sz]ation|NewsMedia/.test(String(o['@type']))).map((o) => nameOf(o.name)),
  ]);
  const early: Candidate[] = [
    ...jsonLdAuthors(ld?.author).map((text) => ({ text, structured: true })),
    ...metaList(doc, 'article:author', 'dable:author', 'parsely-author', 'sailthru.author'),
    ...visibleBylines(doc),
  ];
  // Several JSON-LD authors are one byline.
  const ldNames = jsonLdAuthors(ld?.author);
  if (ldNames.length > 1) early.unshift({ text: ldNames.join('; '), structured: true });
  const who = pickAuthors(early, owners);
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
    byline: who.byline,
    authors: who.authors,
    bylineSources: { late: metaList(doc, 'author', 'dc.creator'), owners },
    siteName,
    publishedTime: findPublished(doc, ld, lang),
    lang: lang ? lang.replace('_', '-') : null,
    excerpt: metaContent(doc, 'og:description', 'description', 'twitter:description'),
    leadImage: absolute(metaContent(doc, 'og:image', 'twitter:image') ?? ldImageUrl, url),
    canonicalUrl: canonical,
  };
}
