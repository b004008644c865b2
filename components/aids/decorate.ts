/**
 * Reading aids drawn into a rendered article (the reader's body, the viewer's article): legal
 * references with a number become links to a legal-document search, and acronyms become focusable
 * `<abbr>` elements with their expansion. Only inline elements are added around text, so the dom
 * text (and every offset into it) is unchanged. Entities come from the one pipeline (lib/article.ts);
 * nothing is recognised here.
 */
import { buildGlossary, findAcronyms, type Glossary } from '@/lib/aids/acronyms';
import type { Bilingual } from '@/lib/aids/codes';
import {
  describeLegalReference,
  type LegalReference,
  legalSearchUrl,
  parseLegalReference,
  termWords,
} from '@/lib/aids/legal-symbol';
import type { UserAcronym } from '@/lib/aids/user-acronyms';
import { type DomTextMap, mapText, rangeFromOffsets, SKIP_ATTRIBUTE } from '@/lib/clips/dom-text';
import type { Entity } from '@/lib/types';
import { wrapRange } from '@/components/viewer/marks';

/** Attribute on every element the aids add (its value: 'legal' or 'acronym'). */
export const AID_ATTRIBUTE = 'data-bg-aid';
const DESCRIPTIONS_ID = 'bg-aid-descriptions';

/** What the aids need from the settings. */
export interface AidSettings {
  legalSearch: string;
  acronyms: readonly UserAcronym[];
}

/** A legal reference's card: kind and issuer in words, number, year, legislature. */
export interface LegalCard {
  number: string;
  type?: Bilingual;
  issuers: Bilingual[];
  year?: number;
  words: Bilingual;
  term?: Bilingual;
  unknownCodes: string[];
}

export function legalCard(ref: LegalReference): LegalCard {
  return {
    number: ref.number,
    ...(ref.type ? { type: ref.type } : {}),
    issuers: ref.issuers,
    ...(ref.year ? { year: ref.year } : {}),
    words: describeLegalReference(ref),
    ...(ref.term ? { term: termWords(ref.term) } : {}),
    unknownCodes: ref.unknownCodes,
  };
}

/** One line for a title attribute: "Nghị định của Chính phủ · số 67/2025/NĐ-CP · năm 2025 / Decree of …". */
export function legalTitle(card: LegalCard): string {
  const vi = [card.words.vi, `số ${card.number}`, card.year ? `năm ${card.year}` : '', card.term?.vi ?? '']
    .filter(Boolean)
    .join(' · ');
  const en = [card.words.en, `no. ${card.number}`, card.year ? `${card.year}` : '', card.term?.en ?? '']
    .filter(Boolean)
    .join(' · ');
  return `${vi} / ${en}`;
}

/** Legal references of `entities` with a number, each with the reference to search for. */
export function legalLinks(
  entities: readonly Entity[],
  template: string,
): { entity: Entity; ref: LegalReference; url: string }[] {
  const legal = entities.filter((e) => e.type === 'legal_document');
  // A short reference ("Nghị định 44") linked to a full one earlier shares its key: use the full number.
  const full = new Map<string, LegalReference>();
  const refs = legal.map((e) => {
    const ref = parseLegalReference(e.text);
    if (ref?.hasSymbol && !full.has(e.key)) full.set(e.key, ref);
    return ref;
  });
  const out: { entity: Entity; ref: LegalReference; url: string }[] = [];
  legal.forEach((entity, i) => {
    const own = refs[i];
    if (!own) return;
    const ref = own.hasSymbol ? own : (full.get(entity.key) ?? own);
    const url = legalSearchUrl(template, ref);
    if (url) out.push({ entity, ref, url });
  });
  return out;
}

const glossaryCache = new WeakMap<readonly UserAcronym[], Glossary>();
/** The glossary with the user's entries (built once per list). */
export function glossaryFor(user: readonly UserAcronym[]): Glossary {
  let g = glossaryCache.get(user);
  if (!g) {
    g = buildGlossary(user);
    glossaryCache.set(user, g);
  }
  return g;
}

/** Removes everything {@link decorateArticle} added to `root`; true when there was something. */
export function undecorate(root: HTMLElement): boolean {
  const added = Array.from(root.querySelectorAll(`[${AID_ATTRIBUTE}]`));
  for (const el of added) {
    if (el.id === DESCRIPTIONS_ID) el.remove();
    else el.replaceWith(...Array.from(el.childNodes));
  }
  if (added.length) root.normalize();
  return added.length > 0;
}

/** Counts of what was drawn. */
export interface Decorated {
  links: number;
  acronyms: number;
}

/**
 * Draws legal links and acronyms into `root`. `entities` point into the dom text of `root`;
 * `highlighted` are the entity spans shown highlighted (acronyms are not marked inside them).
 */
export function decorateArticle(
  root: HTMLElement,
  entities: readonly Entity[],
  highlighted: readonly { start: number; end: number }[],
  settings: AidSettings,
  given?: DomTextMap,
): Decorated {
  // Earlier aids are removed first: their text nodes are merged again, so a map made before is stale.
  const map = undecorate(root) || !given ? mapText(root) : given;
  const doc = root.ownerDocument;
  const text = map.text;
  const inText = (e: { start: number; end: number }) => e.end <= text.length;
  type Item = { start: number; end: number; make: (first: boolean) => HTMLElement };
  const items: Item[] = [];
  const wrap = (start: number, end: number, make: Item['make']) => items.push({ start, end, make });
  for (const { entity, ref, url } of legalLinks(entities.filter(inText), settings.legalSearch)) {
    const card = legalCard(ref);
    const title = legalTitle(card);
    wrap(entity.start, entity.end, (first) => {
      const a = doc.createElement('a');
      a.setAttribute(AID_ATTRIBUTE, 'legal');
      a.href = url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.className = 'bg-legal-link';
      a.title = title;
      a.dataset.legal = JSON.stringify(card);
      if (first) a.dataset.testid = 'legal-link';
      else a.tabIndex = -1;
      return a;
    });
  }
  const descriptions = doc.createElement('div');
  descriptions.id = DESCRIPTIONS_ID;
  descriptions.hidden = true;
  descriptions.setAttribute(AID_ATTRIBUTE, 'descriptions');
  descriptions.setAttribute(SKIP_ATTRIBUTE, '');
  const glossary = glossaryFor(settings.acronyms);
  const hits = findAcronyms(text, glossary, [...highlighted, ...items]);
  hits.forEach((hit, n) => {
    const { abbr, vi, en } = hit.acronym;
    const id = `bg-aid-acronym-${n}`;
    const p = doc.createElement('span');
    p.id = id;
    p.textContent = `${vi} / ${en}`;
    descriptions.append(p);
    wrap(hit.start, hit.end, (first) => {
      const el = doc.createElement('abbr');
      el.setAttribute(AID_ATTRIBUTE, 'acronym');
      el.className = 'bg-acronym';
      el.title = `${abbr}: ${vi} / ${en}`;
      el.dataset.vi = vi;
      el.dataset.en = en;
      el.dataset.abbr = abbr;
      if (first) {
        el.dataset.testid = 'acronym';
        el.tabIndex = 0;
        el.setAttribute('aria-describedby', id);
      }
      return el;
    });
  });
  // From the end, so that splitting text nodes never moves a place still to be wrapped.
  items.sort((a, b) => b.start - a.start);
  let links = 0;
  let acronyms = 0;
  for (const item of items) {
    const range = rangeFromOffsets(root, item.start, item.end, map);
    if (range.collapsed) continue;
    // A reference the article already links keeps its own link.
    const container = range.commonAncestorContainer;
    const inLink = (container.nodeType === 1 ? (container as Element) : container.parentElement)?.closest(
      'a',
    );
    let first = true;
    const made = wrapRange(range, () => {
      const el = item.make(first);
      first = false;
      return el;
    });
    if (made.length === 0) continue;
    if (made[0].tagName === 'A') {
      if (inLink) {
        for (const el of made) el.replaceWith(...Array.from(el.childNodes));
        continue;
      }
      links++;
    } else acronyms++;
  }
  if (hits.length) root.append(descriptions);
  return { links, acronyms };
}
