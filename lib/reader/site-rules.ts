/**
 * Generic clean-up rules for Vietnamese news pages, applied to a working COPY of the page
 * before Readability: related-article boxes ("Tin liên quan", "Xem thêm", "Tin cùng chuyên
 * mục", "Đọc nhiều", "Mới nhất", "Tin bài khác" …), comments, share bars, ads, weather, tag
 * lists, author boxes, in-body "read also" links; lazy images resolved and URLs made absolute.
 * No rule names a site: they key on common class/id words, box labels and link density.
 */
import { CLUTTER_LABELS, CLUTTER_LABEL_PREFIXES, READ_ALSO_START } from './clutter-labels';
import { fold } from './metadata';
import { absolutizeUrls, resolveLazyImages } from './media';

/** Class/id words of boxes that list other articles; removed when link-dense. */
const LIST_BOX =
  /relat(?!ive)|lien-?quan|tinlienquan|tin-?khac|tinkhac|other-?news|news-?other|othernews|more-?news|morenews|same-?cat|samecate|cung-?chuyen-?muc|cungchuyenmuc|tin-?cung-?muc|tincungmuc|doc-?nhieu|docnhieu|xem-?nhieu|xemnhieu|most-?(?:read|view|popular)|mostview|tin-?moi|tinmoi|moi-?nhat|moinhat|latest|newest|hot-?news|news-?hot|tin-?hot|cate-?hot|tindadang|da-?dang|suggest|recommend|de-?xuat|tieu-?diem|tieudiem|noi-?bat|noibat|trending|list-?news|news-?list|box-?news|box-?tin/i;

/** Class/id words of boxes that are never article text (token-like match). */
const NEVER_TEXT =
  /(?:^|[\s_-])(?:comments?|comment-?\w+|binh-?luan\w*|binhluan\w*|fb-comments|share\w*|sharing|social\w*|sns|tags?|tag-?\w+|keywords?|weather|thoi-?tiet|thoitiet|ads?|adv|advert\w*|adsbygoogle|banner\w*|quang-?cao|quangcao|sponsor\w*|newsletter\w*|breadcrumbs?|author-?box|box-?author|author-?info|rating|reactions?|print|app-?download|download-?app|footer|navbar|nav|menu|sidebar|widget|popup|modal|cookie\w*|subscribe)(?:[\s_-]|$)/i;

interface Guards {
  protected: Element[];
  main: Element | null;
}

const textLen = (el: Element): number => fold(el.textContent).length;

function linkChars(el: Element): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += fold(links[i].textContent).length;
  return n;
}

function linkDensity(el: Element): number {
  const total = textLen(el);
  return total ? Math.min(1, linkChars(el) / total) : 0;
}

/** True when removing `el` would remove the headline, the lead or the main text block. */
function isGuarded(el: Element, g: Guards): boolean {
  for (const p of g.protected) if (el === p || el.contains(p)) return true;
  return !!g.main && (el === g.main || el.contains(g.main));
}

/** The element gathering the most non-link paragraph text (under one parent or grandparent). */
export function findMainBlock(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const blocks = doc.querySelectorAll('p, div, td, span, h2, h3, li');
  for (const b of Array.from(blocks)) {
    let own = 0;
    for (let c = b.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) own += fold(c.nodeValue).length;
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (['B', 'STRONG', 'I', 'EM', 'SPAN', 'FONT', 'U', 'SUB', 'SUP'].includes(tag))
          own += textLen(c as Element);
      }
    }
    if (own < 80) continue;
    let el: Element | null = b.parentElement;
    for (let level = 0; el && level < 3; level++, el = el.parentElement) {
      if (['TBODY', 'TR', 'THEAD'].includes(el.tagName.toUpperCase())) {
        level--;
        continue;
      }
      scores.set(el, (scores.get(el) ?? 0) + own / (level + 1));
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

const LEAD_CLASS =
  /sapo|(?:^|[\s_-])lead(?:[\s_-]|$)|summary|description|chapeau|tom-?tat|init-?content|initnews|news-?init|excerpt|intro|abstract|short-?desc|pHead|desc(?:[\s_-]|$)/i;

/**
 * The lead paragraph (sapo): an element whose class says so, or whose text starts like the
 * page description. Returns null when none is found.
 */
export function findLead(doc: Document, description: string | null): Element | null {
  const candidates = Array.from(doc.querySelectorAll('h2, h3, h4, p, div, span, strong, b, td'));
  const desc = fold(description).replace(/^[^-–|]{0,40}\s[-–|]\s/, '');
  const probe = desc.length >= 40 ? desc.slice(10, 60).toLowerCase() : null;
  const h1 = doc.querySelector('h1');
  const classed: Element[] = [];
  for (const el of candidates) {
    const key = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!LEAD_CLASS.test(key)) continue;
    const t = textLen(el);
    if (t >= 40 && t <= 1200 && linkDensity(el) < 0.3 && !el.closest('a')) classed.push(el);
  }
  if (probe) {
    const hit = classed.find((el) => fold(el.textContent).toLowerCase().includes(probe));
    if (hit) return hit;
  }
  // DOCUMENT_POSITION_FOLLOWING = 4
  const afterH1 = h1 ? classed.find((el) => (h1.compareDocumentPosition(el) & 4) !== 0) : undefined;
  if (afterH1 && !probe) return afterH1;
  if (!probe) return classed[0] ?? null;
  const maxLen = desc.length * 1.5 + 200;
  // One pass over text nodes finds where the description's words are; then the smallest
  // block around them that is not much longer than the description is the lead.
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 4);
  let best: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.nodeValue ?? '';
    if (data.length < 20) continue;
    const parent = node.parentElement;
    if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/i.test(parent.tagName)) continue;
    if (!fold(data).toLowerCase().includes(probe.slice(0, 30))) continue;
    let el: Element | null = parent;
    for (let up = 0; el && up < 6; up++, el = el.parentElement) {
      const t = fold(el.textContent);
      if (t.length > maxLen) break;
      if (t.length >= 40 && t.toLowerCase().includes(probe)) {
        best = el;
        break;
      }
    }
    if (best) break;
  }
  return best ?? afterH1 ?? null;
}

/** Characters `labelOf` may fold away or trim: whitespace, box decorations, combining marks. */
const LABEL_SLACK = /[\s\u00a0\u200b:»>›▶►→.…|\-\u0300-\u036f]/gu;
const LABEL_MAX = 60;

/**
 * Cheap test that `el` cannot be a label: at least LABEL_MAX characters that `labelOf` would
 * keep. Reads text nodes only until that is proved (a page wrapper is rejected at once), where
 * `textContent` would build the whole text.
 */
function tooLongForLabel(el: Element): boolean {
  let kept = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = n.nodeValue ?? '';
    const head = data.length > 400 ? data.slice(0, 400) : data;
    kept += head.length - (head.match(LABEL_SLACK)?.length ?? 0);
    if (kept > LABEL_MAX) return true;
  }
  return false;
}

/**
 * False when the text of `el` surely does not start like a "read also" line: READ_ALSO_START is
 * tested on the first folded characters only (its matches are short), read node by node.
 */
function mayStartReadAlso(el: Element): boolean {
  let raw = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    raw += n.nodeValue ?? '';
    if (raw.length >= 200) {
      const head = fold(raw);
      // Too much whitespace to be sure from the head: let the full test decide.
      return head.length < 80 || READ_ALSO_START.test(head);
    }
  }
  return READ_ALSO_START.test(fold(raw));
}

function labelOf(el: Element): string | null {
  if (tooLongForLabel(el)) return null;
  const t = fold(el.textContent)
    .toLowerCase()
    .replace(/[\s:»>›▶►→.…|-]+$/u, '')
    .replace(/^[\s»>›▶►→|-]+/u, '');
  if (!t || t.length > LABEL_MAX) return null;
  if (CLUTTER_LABELS.includes(t)) return t;
  if (CLUTTER_LABEL_PREFIXES.some((p) => t.startsWith(`${p} `))) return t;
  return null;
}

/** Climbs from a label to the box it titles: the largest ancestor that is not article text. */
function boxOfLabel(label: Element, g: Guards): Element | null {
  let box: Element | null = null;
  let el: Element = label;
  let elText = textLen(el);
  let elLinks = linkChars(el);
  for (let level = 0; level < 6; level++) {
    const parent: Element | null = el.parentElement;
    if (!parent || parent.tagName.toUpperCase() === 'BODY' || isGuarded(parent, g)) break;
    const total = textLen(parent);
    const links = linkChars(parent);
    // What climbing one level adds: the siblings' text. Stop when it holds real prose.
    const addedText = total - elText;
    const addedLinks = links - elLinks;
    if (addedText - addedLinks > 80 && addedLinks / Math.max(1, addedText) < 0.5) break;
    box = parent;
    el = parent;
    elText = total;
    elLinks = links;
  }
  return box;
}

function removeAll(els: Iterable<Element>): number {
  let n = 0;
  for (const el of els) {
    if (el.parentNode) {
      el.remove();
      n++;
    }
  }
  return n;
}

/**
 * Layout tables that only hold pictures and their captions (common in Vietnamese CMSs) become
 * `<figure>`s, which Readability keeps, instead of tables it may drop.
 */
export function imageTablesToFigures(doc: Document, root: ParentNode): number {
  let n = 0;
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.querySelector('table')) continue;
    const imgs = table.querySelectorAll('img');
    if (!imgs.length) continue;
    const cells = Array.from(table.querySelectorAll('td, th'));
    if (cells.length > imgs.length * 2 + 2) continue;
    const figures: Element[] = [];
    let current: Element | null = null;
    let ok = true;
    for (const cell of cells) {
      const img = cell.querySelector('img');
      const text = fold(cell.textContent);
      if (img) {
        current = doc.createElement('figure');
        current.appendChild(img.cloneNode(true));
        figures.push(current);
      }
      if (text) {
        if (text.length > 400) {
          ok = false;
          break;
        }
        const captioned = current && !current.querySelector('figcaption');
        const cap = doc.createElement(captioned ? 'figcaption' : 'p');
        for (const child of Array.from(cell.childNodes)) {
          if ((child as Element).tagName?.toUpperCase() !== 'IMG') cap.appendChild(child.cloneNode(true));
        }
        if (captioned && current) current.appendChild(cap);
        else figures.push(cap);
      }
    }
    if (!ok || !figures.length) continue;
    for (const f of figures) table.parentNode?.insertBefore(f, table);
    table.remove();
    n++;
  }
  return n;
}

export interface SiteRulesResult {
  /** Lead (sapo) text found on the page, to be kept at the top of the article. */
  lead: string | null;
  removed: number;
  lazyImages: number;
}

/**
 * Cleans `doc` (a working copy, it is modified) for extraction.
 * @param doc a clone of the page.
 * @param url the page address, base of relative URLs.
 * @param description the page description (og/meta), used to find the lead.
 */
export function applySiteRules(doc: Document, url: string, description: string | null): SiteRulesResult {
  const body = doc.body ?? doc.documentElement;
  const lazyImages = resolveLazyImages(body);
  absolutizeUrls(body, url);
  const h1 = doc.querySelector('h1');
  const leadEl = findLead(doc, description);
  const lead = leadEl ? fold(leadEl.textContent) : null;
  const g: Guards = { protected: [h1, leadEl].filter((x): x is Element => !!x), main: findMainBlock(doc) };
  const doomed = new Set<Element>();

  // 1. Boxes named by class/id.
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    const key = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const tag = el.tagName.toUpperCase();
    if (tag === 'HTML' || tag === 'BODY' || tag === 'IMG' || tag === 'FIGURE' || tag === 'P') continue;
    const never = NEVER_TEXT.test(key);
    const listBox = !never && LIST_BOX.test(key);
    if (!never && !listBox) continue;
    if (isGuarded(el, g)) continue;
    if (listBox && linkDensity(el) < 0.35 && textLen(el) - linkChars(el) > 200) continue;
    doomed.add(el);
  }
  let removed = removeAll(doomed);
  doomed.clear();

  // 2. Boxes titled by a clutter label ("Tin liên quan", "Đọc nhiều", …).
  for (const el of Array.from(
    body.querySelectorAll('h2, h3, h4, h5, h6, strong, b, span, div, p, a, li, header, font, label'),
  )) {
    if (el.children.length > 2 || !labelOf(el)) continue;
    if (isGuarded(el, g)) continue;
    const box = boxOfLabel(el, g);
    if (box) doomed.add(box);
    else {
      doomed.add(el);
      const next = el.nextElementSibling;
      if (next && /^(UL|OL|DIV|TABLE)$/i.test(next.tagName) && linkDensity(next) > 0.5 && !isGuarded(next, g))
        doomed.add(next);
    }
  }
  removed += removeAll(doomed);
  doomed.clear();

  // 3. In-body "read also" links and paragraphs (">> Title", "Xem thêm: …").
  for (const a of Array.from(body.querySelectorAll('a'))) {
    const t = fold(a.textContent);
    if (!READ_ALSO_START.test(t)) continue;
    const block = a.closest('p, div, li, td, span');
    doomed.add(a);
    const next = a.nextElementSibling;
    if (next?.tagName.toUpperCase() === 'BR') doomed.add(next);
    if (block && !isGuarded(block, g) && fold(block.textContent).length <= t.length + 2) doomed.add(block);
  }
  for (const p of Array.from(body.querySelectorAll('p, div, li'))) {
    if (p.children.length > 6 || !mayStartReadAlso(p) || p.querySelector('p, div, li, table')) continue;
    const t = fold(p.textContent);
    if (t && t.length < 400 && READ_ALSO_START.test(t) && linkDensity(p) >= 0.4 && !isGuarded(p, g))
      doomed.add(p);
  }
  // Lists whose every item is one link to another article.
  for (const list of Array.from(body.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.children).filter((c) => c.tagName.toUpperCase() === 'LI');
    if (items.length < 2 || isGuarded(list, g)) continue;
    if (items.every((li) => li.querySelector('a') && linkDensity(li) > 0.85)) doomed.add(list);
  }
  removed += removeAll(doomed);
  imageTablesToFigures(doc, body);
  return { lead, removed, lazyImages };
}
