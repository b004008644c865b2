/**
 * The body part of a title: what follows the head ("Bộ trưởng [Bộ Nội vụ]", "Bí thư [Tỉnh ủy Lâm
 * Đồng]", "Phó Chủ tịch [UBND phường Tương Mai]"), and whether it is public or a company.
 */

import { STOP_WORDS } from '../lexicon';
import { isForeignWord, isNameWord } from '../names';
import { closeParen } from '../spans';
import { matchAt } from '../tokens';
import type { Ctx } from './context';
import {
  BUSINESS_T,
  LOCALITY_T,
  ORG_T,
  ORGNOUN_T,
  PERSON_NAMED_PLACES,
  PROVINCE_T,
  PUBLIC_ACRONYMS,
  PUBLIC_T,
  SEP,
  SPEECH_T,
} from './tables';

/** Parses the body after a head; returns the index after it. */
export function parseOrg(c: Ctx, start: number): { end: number; complete: boolean } {
  let j = start;
  let complete = false;
  let afterCap = false;
  while (j < c.n && j - start < 30) {
    const t = c.toks[j];
    if (!t.word) {
      if (SEP.has(t.l) && j > start && t.l !== '—' && c.orgContinues(j + 1) && !complete) {
        j++;
        afterCap = false;
        continue;
      }
      if (t.l === '&' && j > start && c.orgContinues(j + 1)) {
        j++;
        continue;
      }
      // "(Chủ tịch Quốc hội)", "(UBND)": a gloss inside the body.
      if (t.l === '(' && j > start) {
        const ch = closeParen(c.toks, j, 8);
        if (ch > j + 1 && (c.headAt(j + 1) || (c.toks[j + 1].acr && ch === j + 2))) {
          j = ch + 1;
          afterCap = true;
          continue;
        }
      }
      break;
    }
    if (j === start && c.knownShort(j)) break;
    const org = t.cap || t.acr ? matchAt(ORG_T, c.toks, j) : 0;
    if (org) {
      j += org;
      complete = true;
      afterCap = true;
      continue;
    }
    const ch = c.countryAt(j);
    // "Ủy ban Pháp luật": a country word followed by a lower-case noun is part of a body's name.
    const nx = c.toks[j + ch];
    const bodyNounBefore = j > start && matchAt(ORGNOUN_T, c.toks, j - 1) === 1;
    const partOfName =
      bodyNounBefore &&
      nx?.word &&
      !nx.cap &&
      !STOP_WORDS.has(nx.l) &&
      /^\p{Ll}/u.test(nx.l) &&
      !isNumberish(nx.l);
    if (ch && !partOfName) {
      j += ch;
      complete = true;
      afterCap = true;
      continue;
    }
    const loc = matchAt(LOCALITY_T, c.toks, j);
    if (loc && c.isWordTok(j + loc) && (c.toks[j + loc].cap || c.toks[j + loc].acr)) {
      let k = j + loc;
      // "tỉnh Nguyễn Văn A" is rare; a full name right after the place word is a person.
      const v = c.vietAt(k);
      if (v && !isNameWord(c.toks[k + v]) && !PERSON_NAMED_PLACES.has(c.joinL(k, k + v))) {
        // "UBND thành phố Trần Văn Khải": the place is understood and the name follows it.
        if (j > start && !c.toks[j].cap) j += loc;
        break;
      }
      const firstForeign = isForeignWord(c.toks[k]);
      const named =
        [3, 2].find((len) => PERSON_NAMED_PLACES.has(c.joinL(k, k + len))) ?? matchAt(PROVINCE_T, c.toks, k);
      k += named || 1;
      if (!named && !firstForeign) {
        while (
          k < c.n &&
          isNameWord(c.toks[k]) &&
          !c.stopName(k) &&
          (!c.vietAt(k) || nameInside(c, k)) &&
          !isForeignWord(c.toks[k]) &&
          k - j < 6
        )
          k++;
        // "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế": a hyphenated place name.
        const dash = c.toks[k]?.l === '-' || c.toks[k]?.l === '–';
        if (
          dash &&
          isNameWord(c.toks[k + 1]) &&
          !c.vietAt(k + 1) &&
          !c.headAt(k + 1) &&
          !isForeignWord(c.toks[k + 1])
        ) {
          k += 2;
          while (
            k < c.n &&
            isNameWord(c.toks[k]) &&
            !c.stopName(k) &&
            !c.vietAt(k) &&
            !isForeignWord(c.toks[k]) &&
            k - j < 9
          )
            k++;
        }
      }
      j = k;
      complete = true;
      afterCap = true;
      continue;
    }
    if (loc && j > start && !c.toks[j].cap) {
      // "UBND tỉnh", "HĐND thành phố", "Công an huyện": the place is understood.
      j += loc;
      afterCap = false;
      continue;
    }
    if (t.l === 'nước' && (c.countryAt(j + 1) || c.toks[j + 1]?.acr)) {
      j += 1;
      continue;
    }
    if (t.cap || t.acr) {
      if (c.headAt(j) || c.honorAt(j) || c.vietAt(j)) break;
      if (complete && !t.acr && !matchAt(ORGNOUN_T, c.toks, j)) break;
      // "Tổng Thư ký Liên hợp quốc Ban Ki-moon": a body word followed by a foreign word is a name.
      if (complete && c.toks[j + 1]?.nm && isForeignWord(c.toks[j + 1]) && !c.countryAt(j + 1)) break;
      if (!t.acr && isForeignWord(t)) {
        // "Chủ tịch Vingroup Phạm Nhật Vượng": foreign words right before a Vietnamese name are a body.
        let q = j;
        while (q < c.n && q - j < 3 && isNameWord(c.toks[q]) && isForeignWord(c.toks[q])) q++;
        if (q > j && c.vietAt(q)) {
          j = q;
          afterCap = true;
          continue;
        }
        break;
      }
      j++;
      afterCap = true;
      continue;
    }
    // lower-case word
    // "Tổng Tham mưu trưởng quân đội Israel": a lower-case body noun before a country.
    const noun = j === start ? matchAt(ORGNOUN_T, c.toks, j) : 0;
    if (noun && c.countryAt(j + noun)) {
      j += noun;
      continue;
    }
    if (j === start) break;
    if (t.l === 'và' || t.l === 'của' || t.l === 'tại') {
      if (c.orgContinues(j + 1) || (t.l === 'tại' && c.countryAt(j + 1))) {
        j++;
        afterCap = false;
        complete = complete && t.l !== 'và';
        continue;
      }
      break;
    }
    if (STOP_WORDS.has(t.l)) break;
    if (afterCap && !complete) {
      j++;
      afterCap = false;
      continue;
    }
    let k = j;
    while (k < c.n && k - j < 3 && c.toks[k].word && !c.toks[k].cap && !STOP_WORDS.has(c.toks[k].l)) k++;
    if (k > j && k < c.n && c.toks[k].word && (c.toks[k].cap || c.toks[k].acr) && c.orgContinues(k)) {
      j = k;
      continue;
    }
    // "Trưởng phòng Cảnh sát hình sự, …": a lower-case tail right before a comma.
    if (
      k > j &&
      k - j <= 2 &&
      k < c.n &&
      (c.toks[k].l === ',' || c.toks[k].l === ';' || c.toks[k].l === ')' || c.toks[k].l === '(')
    ) {
      if (!matchAt(SPEECH_T, c.toks, j) && !matchAt(SPEECH_T, c.toks, j + 1)) {
        j = k;
        if (c.toks[k].l === '(') continue;
      }
    }
    break;
  }
  return { end: j, complete };
}

/** The body at `q` starts like a public one: a known body, body noun, place, country or public acronym. */
export function publicStart(c: Ctx, q: number): boolean {
  const t = c.toks[q];
  return (
    !t.word ||
    !(t.cap || t.acr) ||
    c.countryAt(q) > 0 ||
    matchAt(LOCALITY_T, c.toks, q) > 0 ||
    matchAt(ORGNOUN_T, c.toks, q) > 0 ||
    matchAt(ORG_T, c.toks, q) > 0 ||
    matchAt(PUBLIC_T, c.toks, q) > 0 ||
    (t.acr && PUBLIC_ACRONYMS.has(t.l)) ||
    (isForeignWord(t) && !t.acr)
  );
}

/** A body with a public sign anywhere: a place word, a known body, a country or an acronym. */
export function publicBody(c: Ctx, a: number, b: number): boolean {
  for (let q = a; q < b; q++) {
    const t = c.toks[q];
    if (t.acr && !matchAt(BUSINESS_T, c.toks, q)) return true;
    if (matchAt(LOCALITY_T, c.toks, q) || matchAt(ORG_T, c.toks, q) || c.countryAt(q)) return true;
  }
  return false;
}

export function brandOnly(c: Ctx, a: number, b: number): boolean {
  for (let q = a; q < b; q++) {
    const t = c.toks[q];
    if (!t.word) return false;
    if (
      c.countryAt(q) ||
      matchAt(LOCALITY_T, c.toks, q) ||
      matchAt(ORGNOUN_T, c.toks, q) ||
      matchAt(ORG_T, c.toks, q)
    )
      return false;
    if (t.acr ? PUBLIC_ACRONYMS.has(t.l) : !isForeignWord(t)) return false;
  }
  return true;
}

/** "phường Tương Mai Nguyễn Thị Hòa": the name starting after `k` ends where the one at `k` does, so `k` is the place's. */
function nameInside(c: Ctx, k: number): boolean {
  const here = c.vietAt(k);
  const next = c.vietAt(k + 1);
  return next >= 3 && k + 1 + next === k + here;
}

function isNumberish(l: string): boolean {
  return /^\d/.test(l);
}
