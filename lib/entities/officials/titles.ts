/**
 * The title grammar: one title (prefix "nguyên/cựu/quyền" + head + modifier + body), chains of titles
 * joined by commas, dashes or "kiêm", and appositives after a name (", Title", "(Title)", "là Title").
 */
import { RESTRICTED_HEADS } from '../lexicon';
import { closeParen } from '../spans';
import { matchAt, phraseAt } from '../tokens';
import { brandOnly, parseOrg, publicBody, publicStart } from './body';
import type { Ctx } from './context';
import { nameAt } from './name-at';
import {
  AIDE_SET,
  BUSINESS_T,
  CHAIR_SET,
  COPULA_T,
  HEAD_T,
  LOCALITY_T,
  MOD_T,
  PUBLIC_T,
  RANK_SET,
  SEP,
} from './tables';
import type { Chain, TitleSpan } from './types';

/** Parses one title at `k` (prefix + head + modifiers + body). */
export function parseTitle(
  c: Ctx,
  k: number,
  lower = false,
): { span: TitleSpan; end: number; business: boolean } | null {
  const h = c.titleStart(k, lower);
  if (h < 0) return null;
  const hl = c.anyHeadAt(h);
  // The head's text: the table's phrase of that length (the tokens' text joined), built once.
  const head = hl ? (phraseAt(HEAD_T, c.toks, h) as string) : '';
  let j = h + hl;
  const mod = matchAt(MOD_T, c.toks, j);
  j += mod;
  const orgStart = j;
  const org = RANK_SET.has(head) ? { end: j, complete: false } : parseOrg(c, j);
  j = org.end;
  let business = false;
  for (let q = orgStart; q < j; q++) if (matchAt(BUSINESS_T, c.toks, q)) business = true;
  if (AIDE_SET.has(head) && j === orgStart && c.titleStart(j) >= 0) {
    const inner = parseTitle(c, j);
    if (inner) {
      j = inner.end;
      business = inner.business;
    }
  } else if (
    RESTRICTED_HEADS.has(head) &&
    !matchAt(PUBLIC_T, c.toks, orgStart) &&
    !publicBody(c, orgStart, j)
  )
    business = true;
  // "Chủ tịch Vingroup", "Chủ tịch FLC": a body made only of brand-like words is a company.
  if (CHAIR_SET.has(head) && j > orgStart && brandOnly(c, orgStart, j)) business = true;
  // "Chủ tịch Hòa Phát": a chair of a body that is no known public one is a company's.
  if (CHAIR_SET.has(head) && j > orgStart && !publicStart(c, orgStart) && !publicBody(c, orgStart, j))
    business = true;
  // A lower-case head stands for an office only with its body ("bí thư Tỉnh ủy Lâm Đồng") or prefix.
  if (!c.toks[h].cap && h === k && j === orgStart && !RANK_SET.has(head)) return null;
  return {
    span: { s: c.toks[k].s, e: c.toks[j - 1].e, head, hasOrg: j > orgStart + 0 && j > h + hl + mod },
    end: j,
    business,
  };
}

/** A chain of titles joined by commas, dashes or "kiêm". */
export function parseChain(c: Ctx, k: number, lower = false): Chain | null {
  const first = parseTitle(c, k, lower);
  if (!first) return null;
  const titles = [first.span];
  let business = first.business;
  let j = first.end;
  while (j < c.n) {
    let next = -1;
    if (SEP.has(c.toks[j].l) && c.titleStart(j + 1, true) >= 0) next = j + 1;
    else if (c.toks[j].l === 'kiêm' && c.titleStart(j + 1, true) >= 0) next = j + 1;
    else if (c.toks[j].l === ',' && c.toks[j + 1]?.l === 'kiêm' && c.titleStart(j + 2, true) >= 0)
      next = j + 2;
    if (next < 0) break;
    const t = parseTitle(c, next, true);
    if (!t) break;
    // "Chủ tịch X, Chủ tịch Y Nguyễn Văn B": a chain never swallows the next person's title.
    titles.push(t.span);
    business = business || t.business;
    j = t.end;
  }
  return { titles, end: j, business };
}

/** Appositive chain after a name: ", Title, Title" or " - Title". Returns [titles, end]. */
export function appositive(c: Ctx, k: number): [TitleSpan[], number] {
  // "ông Nguyễn Văn A là Phó Giám đốc Sở …", "bà B hiện là Chủ tịch …", "ông C, trong thời gian giữ cương vị …".
  if (k < c.n && c.toks[k].l === ',' && matchAt(COPULA_T, c.toks, k + 1) && c.toks[k + 1].l !== 'là') k++;
  const cop = matchAt(COPULA_T, c.toks, k);
  if (cop && c.titleStart(k + cop, true) >= 0) {
    const ch = parseChain(c, k + cop, true);
    if (ch && !ch.business && !nameAt(c, ch.end, true)) return [ch.titles, ch.end];
  }
  // "ông Nguyễn Văn A (Phó Chủ tịch UBND tỉnh)".
  if (k < c.n && c.toks[k].l === '(') {
    const ch = parseChain(c, k + 1 + matchAt(COPULA_T, c.toks, k + 1), true);
    if (ch && !ch.business && c.toks[ch.end]?.l === ')') return [ch.titles, ch.end + 1];
    // "(Bí thư Huyện ủy Gia Bình, tỉnh Bắc Ninh)": the province of the last body closes the gloss.
    if (ch && !ch.business && c.toks[ch.end]?.l === ',' && matchAt(LOCALITY_T, c.toks, ch.end + 1)) {
      const close = closeParen(c.toks, k, 60);
      let q = ch.end + 1 + matchAt(LOCALITY_T, c.toks, ch.end + 1);
      while (q < close && (c.toks[q].cap || c.toks[q].l === '-')) q++;
      if (close > 0 && q === close) return [ch.titles, close + 1];
    }
  }
  if (k < c.n && SEP.has(c.toks[k].l)) {
    const ch = parseChain(c, k + 1, true);
    if (ch && !ch.business) {
      // The chain must not end in another person's name ("A, Bộ trưởng B").
      const other = nameAt(c, ch.end, true);
      if (!other || other.kind === 'single' || c.toks[ch.end].l === ',') return [ch.titles, ch.end];
    }
  }
  return [[], k];
}
