/**
 * The main loop over a chunk's tokens: title-first persons ("Thủ tướng Phạm Minh Chính"),
 * honorific-first ("ông A, Bí thư …"), name-first list items ("; B, Phó Bí thư …") and plural titles
 * with their lists ("các Phó Thủ tướng: A, B", "ba Phó Chủ tịch gồm các ông A, B và C").
 */

import { STOP_WORDS } from '../lexicon';
import { isNameWord } from '../names';
import { matchAt } from '../tokens';
import type { Ctx } from './context';
import { nameAt } from './name-at';
import { BOUNDARY, COPULA_T, HEAD_T, PLURAL_T, SEP, TRIGGERS } from './tables';
import { appositive, parseChain } from './titles';
import type { TitleSpan } from './types';

/** A person at `k`: title-first, honorific-first or name-first. Returns the index after it. */
export function personAt(c: Ctx, k: number, allowBare: boolean, extra: TitleSpan[], lower = false): number {
  if (c.titleStart(k, lower) >= 0) {
    const ch = parseChain(c, k, lower);
    if (!ch) return -1;
    const j = ch.end;
    let name = nameAt(c, j, true);
    if (!name && c.toks[j]?.l === ',' && c.honorAt(j + 1)) name = nameAt(c, j + 1, true);
    // A lower-case title before a name needs the name right after it ("trung tướng Tô Ân Xô").
    if (lower && !c.toks[k].cap && name?.kind !== 'full') return -1;
    if (ch.business) {
      if (name) c.people.personFor(name)?.business.push(ch.titles[0]);
      return name ? name.end : j;
    }
    if (!name) {
      if (ch.titles.length === 1)
        if (!(k > 0 && matchAt(PLURAL_T, c.toks, k - 1)))
          c.people.bare.push({ s: ch.titles[0].s, e: ch.titles[0].e, title: ch.titles[0] });
      return -j - 2;
    }
    const p = c.people.personFor(name);
    if (!p) return name.end;
    const [app, end] = appositive(c, name.end);
    const all = [...ch.titles, ...app, ...extra];
    c.people.addMention(c.toks[k].s, c.toks[end - 1].e, p, all);
    return end;
  }
  const h = c.honorAt(k);
  if (h || allowBare) {
    const name = nameAt(c, k, h > 0);
    if (!name) return -1;
    if (!h && name.kind === 'single') return -1;
    const p = c.people.personFor(name);
    if (!p) return name.end;
    if (h && c.toks[k].l === 'đồng' && name.kind === 'full') p.comrade = true;
    const [app, end] = appositive(c, name.end);
    c.people.addMention(c.toks[k].s, c.toks[end - 1].e, p, [...app, ...extra]);
    return end;
  }
  return -1;
}

/** "Phủ Tổng thống", "Dinh Thủ tướng": a head right after a capitalised word names a place. */
function inProper(c: Ctx, i: number): boolean {
  const prev = c.toks[i - 1];
  return (
    i > 1 &&
    prev.word &&
    prev.cap &&
    !prev.acr &&
    !c.honorAt(i - 1) &&
    !STOP_WORDS.has(prev.l) &&
    !(BOUNDARY.has(c.toks[i - 2].l) && c.toks[i - 2].l !== ',')
  );
}

export function scan(c: Ctx): void {
  let i = 0;
  while (i < c.n) {
    const t = c.toks[i];
    if (!t.word || (!t.cap && !(t.f & (TRIGGERS.bit | HEAD_T.bit)))) {
      i++;
      continue;
    }
    // Plural titles: "các Thứ trưởng: A, B", "các đồng chí: A, B; C", "hai Bộ trưởng".
    const pl = matchAt(PLURAL_T, c.toks, i);
    if (pl && (c.titleStart(i + pl) >= 0 || c.honorAt(i + pl) > 0)) {
      let j = i + pl;
      let shared: TitleSpan[] = [];
      const hon = c.honorAt(j);
      j += hon;
      if (c.titleStart(j) >= 0) {
        const ch = parseChain(c, j);
        if (ch) {
          shared = ch.business ? [] : ch.titles;
          j = ch.end;
        }
      }
      // "các Thứ trưởng: A, B" or, with a title, straight into the names: "các Phó Thủ tướng A, B".
      // "ba Phó Chủ tịch gồm các ông A, B và C", "các ông: A, B", "một Phó Thủ tướng khác, ông A".
      if (c.toks[j]?.l === 'khác' || c.toks[j]?.l === 'mới') j++;
      if (c.toks[j]?.l === 'gồm' || c.toks[j]?.l === 'là') j += c.toks[j + 1]?.l === 'có' ? 2 : 1;
      else if (c.toks[j]?.l === ',' && c.honorAt(j + 1) && !matchAt(PLURAL_T, c.toks, j + 1)) j++;
      if (matchAt(PLURAL_T, c.toks, j) && c.honorAt(j + 1)) j += 1 + c.honorAt(j + 1);
      if (c.toks[j]?.l === 'đồng' && c.toks[j + 1]?.l === 'chí') j += 2;
      const direct =
        (shared.length > 0 || c.honorAt(j - 1) > 0) &&
        c.toks[j]?.l !== ':' &&
        nameAt(c, j, true)?.kind === 'full';
      if (c.toks[j]?.l === ':' || direct) {
        let k = direct ? j : j + 1;
        while (k < c.n) {
          const end = personAt(c, k, true, shared);
          if (end < 0) break;
          k = end;
          if (k < c.n && (c.toks[k].l === ',' || c.toks[k].l === ';' || c.toks[k].l === 'và')) k++;
          else break;
        }
        i = Math.max(k, j + 1);
      } else i = Math.max(j, i + 1);
      continue;
    }
    if ((c.titleStart(i) >= 0 && !inProper(c, i)) || c.honorAt(i)) {
      const end = personAt(c, i, false, []);
      i = end >= 0 ? Math.max(end, i + 1) : end < -1 ? Math.max(-end - 2, i + 1) : i + 1;
      continue;
    }
    if (!t.cap && t.f & HEAD_T.bit && c.titleStart(i, true) >= 0) {
      const end = personAt(c, i, false, [], true);
      i = end >= 0 ? Math.max(end, i + 1) : end < -1 ? Math.max(-end - 2, i + 1) : i + 1;
      continue;
    }
    // Name-first list items: "; Nguyễn Văn A, Phó Bí thư Tỉnh ủy", "tiếp Nguyễn Văn A, Đại sứ …".
    const afterWord = i > 0 && c.toks[i - 1].word && !c.toks[i - 1].cap;
    if (isNameWord(t) && (c.boundaryBefore(i) || (afterWord && c.vietAt(i))) && !c.localityBefore(i)) {
      const name = nameAt(c, i, false);
      if (
        name &&
        name.kind === 'full' &&
        ((SEP.has(c.toks[name.end]?.l ?? '') && c.titleStart(name.end + 1, true) >= 0) ||
          (c.toks[name.end]?.l === '(' &&
            c.titleStart(name.end + 1 + matchAt(COPULA_T, c.toks, name.end + 1), true) >= 0))
      ) {
        const end = personAt(c, i, true, []);
        if (end > i) {
          i = end;
          continue;
        }
      }
    }
    i++;
  }
}
