/**
 * The article's own publication time: JSON-LD, then meta tags, then the visible date next to the
 * headline. Dates in related-article lists, links and asides are never taken. The result keeps the
 * page's own offset; a Vietnamese page's time without an offset, or in UTC, is given in Vietnam time
 * (+07:00), the zone its readers and its printed dates use.
 */
import { parseAnyDate, parseVietnameseDate } from './dates';
import { fold, metaContent } from './meta-tags';

type Json = { [k: string]: unknown };

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

/** The bold headline above a date line, and that date. */
export function datedHeadline(doc: Document): { title: string; date: string } | null {
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
  /(^|[\s_-])(date|time|datetime|timestamp|publish\w*|pubdate|post-?time|ngay-?dang|thoi-?gian|dateline|news-?time|detail-?time|time-?update|created|ngay|ngaythang|thoigian)([\s_-]|$)/i;

/** Boxes whose dates belong to other articles. */
const NOT_OURS =
  'a, li, nav, aside, footer, [class*="relat" i], [class*="lien-quan" i], [class*="lienquan" i]';

/** The visible headline: the first substantial `<h1>` (not a logo). */
function headline(doc: Document): Element | null {
  for (const h of Array.from(doc.querySelectorAll('h1')).slice(0, 10)) {
    const t = fold(h.textContent);
    if (
      t.length >= 15 &&
      !h.closest('a') &&
      !(h.querySelector('a') && fold(h.querySelector('a')?.textContent) === t)
    )
      return h;
  }
  return null;
}

const follows = (el: Element, ref: Element): boolean =>
  // Node.DOCUMENT_POSITION_FOLLOWING
  (ref.compareDocumentPosition(el) & 4) !== 0;

/** A visible date near the top of the article. */
function visibleDate(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[itemprop="datePublished"]')).slice(0, 3)) {
    const v = parseAnyDate(el.getAttribute('content') ?? el.getAttribute('datetime') ?? fold(el.textContent));
    if (v) return v;
  }
  const h1 = headline(doc);
  const found: Array<{ el: Element; date: string }> = [];
  for (const t of Array.from(doc.querySelectorAll('time[datetime]')).slice(0, 10)) {
    if (t.closest(NOT_OURS)) continue;
    const v = parseAnyDate(t.getAttribute('datetime'));
    if (v) found.push({ el: t, date: v });
  }
  let seen = 0;
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const key = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATE_CLASS.test(key)) continue;
    const text = fold(el.textContent);
    if (text.length > 120 || el.closest(NOT_OURS)) continue;
    const v = parseVietnameseDate(text);
    if (v) found.push({ el, date: v });
    if (++seen > 60) break;
  }
  found.push(...scriptedDates(doc));
  if (found.length) {
    // The article's own date stands after its headline; before it only when nothing follows.
    const after = h1 ? found.find((f) => follows(f.el, h1)) : undefined;
    return (after ?? found[0]).date;
  }
  if (!h1) return datedHeadline(doc)?.date ?? null;
  const around = h1.parentElement?.parentElement;
  if (around) return parseVietnameseDate(fold(around.textContent).slice(0, 1500));
  return null;
}

/**
 * Old templates print the date with a script into an empty placeholder
 * (`getElementById("pDateTime").innerHTML = "Thứ năm, 20/12/2012, 16:10 GMT+7"`): the placeholder's
 * place is the date's place.
 */
function scriptedDates(doc: Document): Array<{ el: Element; date: string }> {
  const out: Array<{ el: Element; date: string }> = [];
  const write =
    /getElementById\(\s*["']([\w-]{1,40})["']\s*\)\.inner(?:HTML|Text)\s*=\s*["']([^"'<>]{6,80})["']/g;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])')).slice(-40)) {
    const code = script.textContent ?? '';
    if (code.length > 20000 || !code.includes('getElementById')) continue;
    for (const m of code.matchAll(write)) {
      if (!/date|time|ngay|gio/i.test(m[1])) continue;
      const el = doc.getElementById(m[1]);
      const date = el && !fold(el.textContent) ? parseVietnameseDate(fold(m[2])) : null;
      if (el && date && !el.closest(NOT_OURS)) out.push({ el, date });
    }
  }
  return out;
}

const VIETNAM = '+07:00';

/** Gives a time without an offset, or in UTC, the Vietnam offset (for Vietnamese pages). */
export function inPageZone(iso: string | null, lang: string | null): string | null {
  if (!iso || !/T\d{2}:\d{2}/.test(iso)) return iso;
  const vietnamese = !lang || /^(vi|vn)\b/i.test(lang);
  if (!vietnamese) return iso;
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso)) return `${iso}${VIETNAM}`;
  if (!/(Z|[+-]00:?00)$/.test(iso)) return iso;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}${VIETNAM}`;
}

/** The article's publication time (ISO 8601), or null. */
export function findPublished(doc: Document, ld: Json | null, lang: string | null): string | null {
  const fromLd = typeof ld?.datePublished === 'string' ? parseAnyDate(ld.datePublished) : null;
  const fromMeta = parseAnyDate(
    metaContent(
      doc,
      'article:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'PublishDate',
      'date',
      'DC.date.issued',
      'dateCreated',
    ),
  );
  return inPageZone(fromLd ?? fromMeta ?? visibleDate(doc), lang);
}
