/**
 * The people of one text and the linking of their mentions: a later short form ("ông Bình", "Bộ trưởng
 * Trà") joins the fullest name that ends the same way; a bare office ("Bộ trưởng Bộ Nội vụ cho biết")
 * joins the latest person named with it.
 */
import { lowerBound } from '../../sorted';
import { CHAIR_SET, MEMBERSHIP } from './tables';
import type { NameHit, OfficialMention, Person, TitleSpan } from './types';

export class People {
  readonly persons: Person[] = [];
  readonly mentions: OfficialMention[] = [];
  /** Offices named without a person, linked at the end. */
  readonly bare: { s: number; e: number; title: TitleSpan }[] = [];
  private readonly byLast = new Map<string, Person[]>();

  constructor(private readonly lw: string) {}

  shortPerson(l: string, at: number): Person | null {
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of this.byLast.get(l) ?? []) {
      if (p.toks[p.toks.length - 1] !== l) continue;
      const last = this.lastMention(p, at);
      if (last > bestAt) {
        best = p;
        bestAt = last;
      }
    }
    return best;
  }

  lastMention(p: Person, before: number): number {
    const i = lowerBound(p.at, before);
    return i > 0 ? p.at[i - 1] : -1;
  }

  private index(p: Person): void {
    const last = p.toks[p.toks.length - 1];
    const list = this.byLast.get(last) ?? [];
    if (!list.includes(p)) list.push(p);
    this.byLast.set(last, list);
  }

  personFor(name: NameHit): Person | null {
    if (name.kind === 'single') {
      const p = this.shortPerson(name.toks[0], name.s);
      if (p) return p;
      if (!name.foreign) return null;
    }
    const key = name.toks;
    // Same person when one name ends the other (at least two syllables): candidates share the last token.
    for (const p of this.byLast.get(key[key.length - 1]) ?? []) {
      const [short, long] = p.toks.length <= key.length ? [p.toks, key] : [key, p.toks];
      if (short.length < 2 && !(short.length === 1 && name.kind === 'single')) continue;
      let same = true;
      for (let q = 1; q <= short.length && same; q++)
        same = short[short.length - q] === long[long.length - q];
      if (same) {
        if (key.length > p.toks.length) {
          p.toks = key;
          p.nameS = name.s;
          p.nameE = name.e;
          this.index(p);
        }
        return p;
      }
    }
    const p: Person = {
      id: this.persons.length,
      toks: key,
      nameS: name.s,
      nameE: name.e,
      titles: [],
      comrade: false,
      at: [],
      titleKeys: new Set(),
      business: [],
    };
    this.persons.push(p);
    this.index(p);
    return p;
  }

  addMention(s: number, e: number, p: Person, titles: TitleSpan[]): void {
    for (const t of titles) {
      const k = this.lw.slice(t.s, t.e);
      if (p.titleKeys.has(k)) continue;
      p.titleKeys.add(k);
      p.titles.push(t);
    }
    this.mentions.push({ s, e, person: p, titles });
    if (!p.at.length || p.at[p.at.length - 1] < s) p.at.push(s);
  }

  /** Links bare offices to the latest official holding them; returns the officials and their mentions. */
  finish(): { persons: Person[]; mentions: OfficialMention[] } {
    const holders = new Map<string, Person[]>();
    for (const p of this.persons) {
      if (!isOfficial(p)) continue;
      for (const t of p.titles) {
        for (const k of [
          `h:${t.head}`,
          `t:${this.lw.slice(t.s, t.e).replace(/^(nguyên|cố|cựu|tân|quyền) /, '')}`,
        ]) {
          const list = holders.get(k) ?? [];
          if (!list.includes(p)) list.push(p);
          holders.set(k, list);
        }
      }
    }
    for (const b of this.bare) {
      const k = b.title.hasOrg ? `t:${this.lw.slice(b.title.s, b.title.e)}` : `h:${b.title.head}`;
      let best: Person | null = null;
      let bestAt = -1;
      for (const p of holders.get(k) ?? []) {
        const last = this.lastMention(p, b.s);
        if (last > bestAt) {
          best = p;
          bestAt = last;
        }
      }
      if (best) this.mentions.push({ s: b.s, e: b.e, person: best, titles: [b.title] });
    }
    return {
      persons: this.persons.filter(isOfficial),
      mentions: this.mentions.filter((m) => isOfficial(m.person)),
    };
  }
}

function isOfficial(p: Person): boolean {
  if (p.comrade) return true;
  // A company chair also called plain "Chủ tịch" elsewhere is not an official.
  if (p.business.length) return p.titles.some((t) => t.hasOrg || !CHAIR_SET.has(t.head.replace(/^phó /, '')));
  return p.titles.length > 0;
}

/** The main office of a set of titles: the first that is not a bare membership or rank. */
export function mainTitle(titles: TitleSpan[]): TitleSpan | undefined {
  return titles.find((t) => !MEMBERSHIP.has(t.head)) ?? titles[0];
}
