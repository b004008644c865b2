/**
 * Recogniser of officials, agreements and legal documents in Vietnamese news text.
 * Offsets are JS string indices into the text as given: `text.slice(start, end) === entity.text`.
 */
import type { Entity, EntityType } from '../types';
import { findAgreements } from './agreements';
import { titleEn } from './glossary';
import { findLegal } from './legal';
import { linkShortReferences } from './linking';
import { canonical, type Prepared, prepare, singleSpaces, toSource, unevenSpaces } from './normalize';
import { findOfficials, mainTitle, type Person, type TitleSpan } from './officials';
import type { Span } from './spans';
import { type Tok, tokenize } from './tokens';
import { findWatch } from './watch';

export { titleEn } from './glossary';

/** Mentions of one person, instrument or document, grouped by `key`. */
export interface EntityGroup {
  key: string;
  type: EntityType;
  /** Officials: the fullest name. */
  name?: string;
  /** Display text: the name, or the longest span. */
  text: string;
  titles: string[];
  titleEn?: string;
  mentions: number;
  firstStart: number;
}

/** Options of {@link recognize}. */
export interface RecognizeOptions {
  /** Phrases to find diacritic- and case-insensitively (type 'watch'). */
  watchlist?: string[];
}

/**
 * Finds officials, agreements, legal documents (and watch-list phrases) in `text`.
 * Works on NFC or NFD input, either tone placement, nbsp and curly quotes alike.
 */
export function recognize(
  text: string,
  opts: RecognizeOptions = {},
): { entities: Entity[]; groups: EntityGroup[] } {
  const p = prepare(text);
  const entities: Entity[] = [];
  const agreements: Span[] = [];
  const legal: Span[] = [];
  // Long texts are read in paragraph groups so that tokens stay short-lived.
  function* chunks(): Generator<Tok[]> {
    for (const [a, b] of chunkRanges(p.w)) {
      const toks = tokenize(p.w, p.lw, a, b);
      for (const s of findAgreements(toks)) agreements.push(s);
      for (const s of findLegal(p.w, toks)) legal.push(s);
      yield toks;
    }
  }
  const { mentions } = findOfficials(chunks(), p.lw);
  const titleCache = new Map<TitleSpan, string>();
  const titleText = (t: TitleSpan) => {
    let s = titleCache.get(t);
    if (s === undefined) {
      s = clean(slice(p, t.s, t.e));
      titleCache.set(t, s);
    }
    return s;
  };
  const personCache = new Map<Person, { name: string; titles: string[]; key: string }>();
  for (const m of mentions) {
    const person = m.person;
    let info = personCache.get(person);
    if (!info) {
      info = {
        name: clean(slice(p, person.nameS, person.nameE)),
        titles: unique(person.titles.map(titleText)),
        key: `official:${singleSpaces(p.lw.slice(person.nameS, person.nameE))}`,
      };
      personCache.set(person, info);
    }
    const main = mainTitle(m.titles) ?? mainTitle(person.titles);
    // `title` in the canonical spelling (NFC, one tone placement); `titles` as written in the text.
    const title = main ? clean(p.w.slice(main.s, main.e)) : undefined;
    const s = toSource(p, m.s);
    const e = toSource(p, m.e);
    const en = title ? titleEn(title) : undefined;
    // Fields in this order: type, text, start, end, name, title?, titles, titleEn?, key.
    const entity = { type: 'official', text: text.slice(s, e), start: s, end: e, name: info.name } as Entity;
    if (title) entity.title = title;
    entity.titles = info.titles;
    if (en) entity.titleEn = en;
    entity.key = info.key;
    entities.push(entity);
  }
  // A law named inside an instrument's title ("Công ước … về Luật Biển") is part of that title.
  const inAgreement = insideAny(agreements);
  pushSpans(
    p,
    text,
    legal.filter((l) => !inAgreement(l)),
    'legal_document',
    entities,
  );
  pushSpans(p, text, agreements, 'agreement', entities);
  if (opts.watchlist?.length) pushSpans(p, text, findWatch(p.w, opts.watchlist), 'watch', entities);

  entities.sort((a, b) => a.start - b.start || b.end - a.end);
  linkShortReferences(entities);
  return { entities, groups: groupEntities(entities) };
}

const CHUNK = 16384;

/** Ranges of about {@link CHUNK} characters, cut at blank lines (or line ends). */
function chunkRanges(w: string): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  while (a < w.length) {
    let b = a + CHUNK;
    if (b >= w.length) b = w.length;
    else {
      const para = w.indexOf('\n\n', b);
      if (para >= 0 && para - b < CHUNK) b = para + 2;
      else {
        const line = w.indexOf('\n', b);
        b = line >= 0 ? line + 1 : w.length;
      }
    }
    out.push([a, b]);
    a = b;
  }
  return out;
}

/** A test whether a span lies inside one of `spans` (sorted by start, as found). */
function insideAny(spans: Span[]): (x: Span) => boolean {
  const sorted = [...spans].sort((x, y) => x.s - y.s);
  return (x) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].s < x.s) lo = mid + 1;
      else hi = mid;
    }
    // Candidates start before x; instruments are short, so look back a little.
    for (let q = lo - 1; q >= 0 && q >= lo - 8; q--) if (sorted[q].e >= x.e) return true;
    return false;
  };
}

function slice(p: Prepared, s: number, e: number): string {
  return p.source.slice(toSource(p, s), toSource(p, e));
}

function clean(s: string): string {
  const n = s.normalize('NFC');
  return (unevenSpaces(n) ? n.replace(/[\s\u00a0\u200b]+/g, ' ') : n).trim();
}

function unique(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of list) {
    const k = canonical(s).toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

function pushSpans(p: Prepared, text: string, spans: Span[], type: EntityType, out: Entity[]): void {
  const seen = new Set<string>();
  for (const sp of spans) {
    const s = toSource(p, sp.s);
    const e = toSource(p, sp.e);
    if (e <= s || seen.has(`${s}:${e}`)) continue;
    seen.add(`${s}:${e}`);
    out.push({
      type,
      text: text.slice(s, e),
      start: s,
      end: e,
      key: `${type}:${spanKey(p.lw.slice(sp.s, sp.e))}`,
    });
  }
}

function spanKey(s: string): string {
  return canonical(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Groups entities by key, in order of first mention. */
export function groupEntities(entities: Entity[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const e of entities) {
    let g = groups.get(e.key);
    if (!g) {
      g = {
        key: e.key,
        type: e.type,
        ...(e.name ? { name: e.name } : {}),
        text: e.name ?? clean(e.text),
        titles: [],
        mentions: 0,
        firstStart: e.start,
      };
      groups.set(e.key, g);
    }
    g.mentions++;
    g.firstStart = Math.min(g.firstStart, e.start);
    if (e.name && (!g.name || e.name.length > g.name.length)) g.name = g.text = e.name;
    if (!e.name && e.text.length > g.text.length) g.text = e.text;
    for (const t of e.titles ?? []) if (!g.titles.includes(t)) g.titles.push(t);
    if (!g.titleEn && e.titleEn) g.titleEn = e.titleEn;
  }
  const out = [...groups.values()].sort((a, b) => a.firstStart - b.firstStart);
  for (const g of out) if (!g.name) g.text = clean(g.text);
  return out;
}

export type { Entity, EntityType } from '../types';
