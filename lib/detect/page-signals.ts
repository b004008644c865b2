/**
 * Cheap structural signals of a page, read with a bounded number of DOM queries (no full
 * traversal, no layout): metadata, the headline and the text around it, paragraph blocks.
 */
import { toNfc } from './language';

const fold = (s: string | null | undefined): string =>
  toNfc(s ?? '')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();

/** Paragraphs examined at most; the rest of a huge page is not read. */
const MAX_PARAGRAPHS = 120;
/** Characters of paragraph text kept as the language sample. */
const SAMPLE_CHARS = 900;
/** Main-block size after which the paragraph scan stops. */
const EARLY_EXIT_BLOCK = 3000;

export interface MetaSignals {
  declaredLang: string | null;
  ogType: string | null;
  /** `@type` values found in JSON-LD blocks. */
  ldTypes: string[];
  /** Name of the first publication-time meta found, if any. */
  publishedMeta: string | null;
  title: string;
  ogTitle: string;
  description: string;
  /** Product / shop markup (schema.org Product, product:price meta). */
  product: boolean;
  /** Forum software or discussion-thread markup. */
  forum: boolean;
  /** Blog markup: a JSON-LD BlogPosting and no news type. */
  blog: boolean;
}

interface HeadIndex {
  meta: Map<string, string>;
  ldJson: string[];
}

/**
 * Reads `<meta>` and JSON-LD `<script>` children of `<head>` (a short list) into a lookup by
 * property/name/itemprop; falls back to one document query when there is no head.
 */
function headIndex(doc: Document): HeadIndex {
  const meta = new Map<string, string>();
  const ldJson: string[] = [];
  const head = doc.head;
  const nodes: ArrayLike<Element> = head
    ? head.children
    : doc.querySelectorAll('meta, script[type="application/ld+json"]');
  for (let i = 0; i < 600; i++) {
    const el = nodes[i];
    if (!el) break;
    const tag = el.tagName;
    if (tag === 'META' || tag === 'meta') {
      const key = (
        el.getAttribute('property') ??
        el.getAttribute('name') ??
        el.getAttribute('itemprop') ??
        el.getAttribute('http-equiv') ??
        ''
      ).toLowerCase();
      if (!WANTED_META.has(key) || meta.has(key)) continue;
      const content = el.getAttribute('content')?.trim();
      if (content) meta.set(key, content);
    } else if (
      (tag === 'SCRIPT' || tag === 'script') &&
      ldJson.length < 8 &&
      el.getAttribute('type') === 'application/ld+json'
    ) {
      ldJson.push((el.textContent ?? '').slice(0, 6000));
    }
  }
  return { meta, ldJson };
}

/** Publication-time metas, in order of trust. */
const PUBLISHED_KEYS = [
  'article:published_time',
  'pubdate',
  'publishdate',
  'datepublished',
  'date',
  'datecreated',
];

/** The `<meta>` keys the detector reads. */
const WANTED_META = new Set([
  'og:locale',
  'content-language',
  'language',
  'og:type',
  'og:title',
  'description',
  'og:description',
  'generator',
  'product:price:amount',
  ...PUBLISHED_KEYS,
]);

/** Reads the `<head>`-level metadata signals. */
export function metaSignals(doc: Document): MetaSignals {
  const { meta: index, ldJson } = headIndex(doc);
  const meta = (key: string): string | null => index.get(key) ?? null;
  const declaredLang =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    meta('og:locale') ||
    meta('content-language') ||
    meta('language') ||
    null;
  const ldTypes: string[] = [];
  for (const src of ldJson) {
    // Only the first `@type`s matter (the page's own type comes first); bounded scan.
    let from = 0;
    for (let k = 0; k < 6; k++) {
      const at = src.indexOf('"@type"', from);
      if (at < 0) break;
      const m = /^"@type"\s*:\s*(?:\[\s*)?"([A-Za-z]+)"/.exec(src.slice(at, at + 60));
      if (m) ldTypes.push(m[1]);
      from = at + 7;
    }
  }
  let publishedMeta: string | null = null;
  for (const key of PUBLISHED_KEYS) {
    const v = meta(key);
    if (v && /\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}/.test(v)) {
      publishedMeta = key;
      break;
    }
  }
  const generator = meta('generator') ?? '';
  const ogType = meta('og:type')?.toLowerCase() ?? null;
  return {
    declaredLang,
    ogType,
    ldTypes,
    publishedMeta,
    title: fold(doc.title),
    ogTitle: fold(meta('og:title')),
    description: fold(meta('description') ?? meta('og:description')),
    product: ldTypes.includes('Product') || ogType === 'product' || index.has('product:price:amount'),
    forum:
      /vbulletin|xenforo|phpbb|discourse|invision/i.test(generator) ||
      ldTypes.includes('DiscussionForumPosting'),
    blog: ldTypes.includes('BlogPosting') && !ldTypes.some((t) => /News|Reportage|Report/.test(t)),
  };
}

export interface HeadlineSignals {
  /** A `<h1>` of at least five words that the page title or og:title repeats. */
  headline: string | null;
  element: Element | null;
}

export interface RegionSignals {
  /** Text (non-link) and link characters of the nearest sizeable block around the headline. */
  regionText: number;
  regionLinkDensity: number;
  /** A sample of the region's text, for language cues when paragraphs are few. */
  regionSample: string;
  /** Shop words (cart, buy button, SKU, price in đồng) next to the headline. */
  shop: boolean;
}

const SHOP_PHRASES =
  /giỏ hàng|thêm vào giỏ|chọn mua|mua ngay|đặt mua|\bSKU\b|hàng chính hãng|hoàn tiền|đánh giá\)|trả góp|\d[\d.]*\s?₫/giu;

/** How many distinct shop phrases occur in `text`. */
function countShopPhrases(text: string): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(SHOP_PHRASES)) seen.add(m[0].toLowerCase().replace(/[\d.\s]+/g, ''));
  return seen.size;
}

/** Length of `s` with runs of whitespace counted as one character (no allocation of a copy). */
function foldedLength(s: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

/** Finds the page headline: an `<h1>` the page title repeats (cheap: no text walk). */
export function findHeadline(doc: Document, m: MetaSignals): HeadlineSignals {
  const title = m.title.toLowerCase();
  const og = m.ogTitle.toLowerCase();
  const matches = (el: Element | null | undefined): string | null => {
    if (!el) return null;
    const h = fold(el.textContent);
    if (h.length > 300 || h.split(' ').length < 5) return null;
    const hl = h.toLowerCase();
    return title.includes(hl) || og.includes(hl) ? h : null;
  };
  // The first <h1> is usually the headline (querySelector stops there); otherwise look further.
  const first = doc.querySelector('h1');
  const direct = matches(first);
  if (direct) return { headline: direct, element: first };
  if (!first) return { headline: null, element: null };
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 1; i < 10; i++) {
    const el = h1s[i];
    if (!el) break;
    const h = matches(el);
    if (h) return { headline: h, element: el };
  }
  return { headline: null, element: null };
}

/** Measures the block of content around the headline (up to three levels up). */
export function regionSignals(h1: Element): RegionSignals {
  let el: Element | null = h1;
  let shop: boolean | null = null;
  for (let level = 0; level < 4 && el?.parentElement; level++) {
    el = el.parentElement;
    const raw = el.textContent ?? '';
    if (raw.length < 300) continue;
    // Folded length, exact for small blocks, estimated from the first 4000 characters otherwise.
    const head = raw.length > 4000 ? raw.slice(0, 4000) : raw;
    const length = Math.round((foldedLength(head) / head.length) * raw.length);
    if (shop === null && length >= 300) shop = countShopPhrases(raw.slice(0, 12000)) >= 2;
    if (length < 800) continue;
    let linkChars = 0;
    const links = el.getElementsByTagName('a');
    for (let k = 0; k < 150; k++) {
      const a = links[k];
      if (!a) break;
      linkChars += foldedLength(a.textContent ?? '');
    }
    const ratio = Math.min(1, linkChars / length);
    return {
      regionText: Math.round(length * (1 - ratio)),
      regionLinkDensity: ratio,
      regionSample: raw.slice(0, SAMPLE_CHARS * 2),
      shop: !!shop,
    };
  }
  return { regionText: 0, regionLinkDensity: 0, regionSample: '', shop: !!shop };
}

export interface ParagraphSignals {
  /** Largest amount of non-link paragraph text gathered under one parent or grandparent. */
  mainBlockText: number;
  /** Paragraphs of at least 80 non-link characters. */
  longParagraphs: number;
  /** Start of the paragraph text, for language cues. */
  sample: string;
  /** Legal-document layout: the national motto, "Căn cứ …" recitals, "Điều 1." articles. */
  legalDocument: boolean;
}

/** Reads up to MAX_PARAGRAPHS `<p>` elements. */
export function paragraphSignals(doc: Document): ParagraphSignals {
  const ps = doc.getElementsByTagName('p');
  const byContainer = new Map<Element, number>();
  let sample = '';
  let longParagraphs = 0;
  let motto = false;
  let recitals = 0;
  let articles = 0;
  // Live collection read item by item: asking for `.length` would walk the whole document.
  for (let i = 0; i < MAX_PARAGRAPHS; i++) {
    const p = ps[i];
    if (!p) break;
    const raw = p.textContent ?? '';
    if (raw.length < 2) continue;
    if (sample.length < SAMPLE_CHARS) sample += `${raw.slice(0, 600)} `;
    if (raw.length < 400) {
      const text = raw.trim();
      if (text.startsWith('Căn cứ')) recitals++;
      else if (text.startsWith('Điều') && /^Điều\s+\d+\s*[.:]/.test(text)) articles++;
      else if (text.includes('Hạnh phúc') && /Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc/.test(text))
        motto = true;
    }
    if (raw.length < 80) continue;
    let linkChars = 0;
    if (p.firstElementChild) {
      const links = p.getElementsByTagName('a');
      for (let k = 0; k < links.length; k++) linkChars += links[k].textContent?.length ?? 0;
    }
    const own = raw.trim().length - linkChars;
    if (own < 80) continue;
    longParagraphs++;
    const parent = p.parentElement;
    const grand = parent?.parentElement;
    const inParent = parent ? (byContainer.get(parent) ?? 0) + own : 0;
    const inGrand = grand ? (byContainer.get(grand) ?? 0) + own : 0;
    if (parent) byContainer.set(parent, inParent);
    if (grand) byContainer.set(grand, inGrand);
    // Enough evidence of one main text block and a language sample: stop reading.
    if (Math.max(inParent, inGrand) >= EARLY_EXIT_BLOCK && sample.length >= SAMPLE_CHARS) break;
  }
  let mainBlockText = 0;
  for (const v of byContainer.values()) if (v > mainBlockText) mainBlockText = v;
  return {
    mainBlockText,
    longParagraphs,
    sample,
    legalDocument: (motto && recitals + articles >= 1) || (recitals >= 2 && articles >= 2),
  };
}

/** Article-like or section-like shape of an http(s) URL path; null for other schemes. */
export function urlShape(url: string): 'article' | 'section' | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const path = decodeURIComponent(u.pathname).replace(/\/+$/, '');
  if (path === '' || /^\/(index|default|home|trang-chu)(\.\w+)?$/i.test(path)) return 'section';
  const last = path.split('/').pop() ?? '';
  const slugWords = last
    .replace(/\.\w+$/, '')
    .split(/[-_]/)
    .filter(Boolean).length;
  if (/\d{5,}/.test(last) && slugWords >= 3) return 'article';
  if (slugWords >= 6) return 'article';
  if (path.split('/').length <= 3 && slugWords <= 3 && !/\d{5,}/.test(path)) return 'section';
  return null;
}
