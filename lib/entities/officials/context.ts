/**
 * The reading position of the officials' recogniser: the tokens of the current chunk and the small
 * questions every part asks about them (is a head here, a name, a country, a place word).
 */
import { isForeignWord, isNameWord, vietNameAt } from '../names';
import { matchAt, type Tok } from '../tokens';
import { People } from './people';
import {
  BOUNDARY,
  BOUNDARY_WORDS,
  COUNTRY_T,
  HEAD_T,
  HONOR_T,
  LOCALITY_T,
  ORG_T,
  ORGNOUN_T,
  PREFIX_T,
} from './tables';
import type { Person } from './types';

export class Ctx {
  toks: Tok[] = [];
  n = 0;
  readonly people: People;

  constructor(readonly lw: string) {
    this.people = new People(lw);
  }

  /** Moves to the next chunk (paragraph group); people found so far are kept. */
  load(toks: Tok[]): void {
    this.toks = toks;
    this.n = toks.length;
  }

  isWordTok(k: number) {
    return k < this.n && this.toks[k].word;
  }

  headAt(k: number): number {
    if (k >= this.n || !this.toks[k].cap) return 0;
    return matchAt(HEAD_T, this.toks, k);
  }

  /** A title start: optional prefix ("nguyên") + head. Returns the head index or -1. */
  /** A head in any case ("bí thư" as Tuổi Trẻ writes it). */
  anyHeadAt(k: number): number {
    return k < this.n && this.toks[k].word ? matchAt(HEAD_T, this.toks, k) : 0;
  }

  /**
   * A title start: optional prefix ("nguyên") + head. Returns the head index or -1. A lower-case
   * head counts after a prefix ("cựu bộ trưởng") or where `lower` allows it (after a name, in a chain).
   */
  titleStart(k: number, lower = false): number {
    if (k >= this.n) return -1;
    const p = matchAt(PREFIX_T, this.toks, k);
    if (p && this.anyHeadAt(k + p)) return k + p;
    return this.headAt(k) || (lower && this.anyHeadAt(k)) ? k : -1;
  }

  honorAt(k: number): number {
    if (k >= this.n || !this.toks[k].word) return 0;
    const h = matchAt(HONOR_T, this.toks, k);
    if (!h) return 0;
    // "Bà"/"Ông" followed by a name; a trailing dot after abbreviations ("Smt.").
    return this.toks[k + h]?.l === '.' ? h + 1 : h;
  }

  stopName(k: number) {
    return this.headAt(k) > 0 || this.honorAt(k) > 0;
  }

  vietAt(k: number) {
    return vietNameAt(this.toks, k, (q: number) => this.stopName(q));
  }

  joinL(a: number, b: number) {
    return this.toks
      .slice(a, Math.min(b, this.n))
      .map((t) => t.l)
      .join(' ');
  }

  countryAt(k: number) {
    return k < this.n && this.toks[k].cap ? matchAt(COUNTRY_T, this.toks, k) : 0;
  }

  knownShort(k: number): Person | null {
    if (!isNameWord(this.toks[k]) || isNameWord(this.toks[k + 1])) return null;
    // "Trung ương", "Chính phủ", "Việt Nam" are bodies even when a person is called Trung or Chính.
    if (
      matchAt(ORG_T, this.toks, k) ||
      matchAt(ORGNOUN_T, this.toks, k) ||
      this.countryAt(k) ||
      matchAt(LOCALITY_T, this.toks, k)
    )
      return null;
    return this.people.shortPerson(this.toks[k].l, this.toks[k].s);
  }

  /** Continues a body after a connector: a capitalised word that is not a title, honorific or name. */
  orgContinues(k: number): boolean {
    return (
      k < this.n &&
      this.toks[k].word &&
      (this.toks[k].cap || this.toks[k].acr) &&
      !this.headAt(k) &&
      !this.honorAt(k) &&
      !this.vietAt(k) &&
      (this.countryAt(k) > 0 || !isForeignWord(this.toks[k]) || this.toks[k].acr)
    );
  }

  /** "thành phố Hồ Chí Minh", "TP. Hồ Chí Minh": a place word right before. */
  localityBefore(k: number): boolean {
    for (let len = 1; len <= 3 && k - len >= 0; len++)
      if (matchAt(LOCALITY_T, this.toks, k - len) === len) return true;
    return false;
  }

  boundaryBefore(k: number): boolean {
    return (
      k === 0 ||
      BOUNDARY.has(this.toks[k - 1].l) ||
      BOUNDARY_WORDS.has(this.toks[k - 1].l) ||
      this.honorAt(k - 1) > 0
    );
  }
}
