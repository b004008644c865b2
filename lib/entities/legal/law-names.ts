/**
 * Names of laws after "Luật" / "Bộ luật" / "Pháp lệnh": known names from the inventory (which fix where
 * a name ends, also in lower case or with commas), capitalised names, "(sửa đổi)", years and numbers,
 * amending laws ("Luật sửa đổi, bổ sung một số điều của Luật Dược"), and the Constitution's name.
 */
import { LAW_NAMES } from '../inventory/laws';
import { STOP_WORDS } from '../lexicon';
import { COUNTRY_T } from '../officials/tables';
import { closeParen, NUMSYM, stickyAt, tokenAt } from '../spans';
import { matchAt, phraseTable, type Tok } from '../tokens';
import { TYPE_T } from './doc-types';

export const LAW_STOP2 = phraseTable([
  'quy định',
  'sửa đổi',
  'bổ sung',
  'hướng dẫn',
  'thi hành',
  'ban hành',
  'có hiệu lực',
  'hiện hành',
  'nêu trên',
  'đã được',
]);
/** Known names of laws: where a law's name ends. */
const LAW_T = phraseTable(LAW_NAMES);
/** "sửa đổi, bổ sung một số điều của": an amending law names the law it amends. */
const AMEND_T = phraseTable([
  'sửa đổi, bổ sung một số điều của',
  'sửa đổi, bổ sung một số điều của các',
  'sửa đổi, bổ sung một số điều',
  'sửa đổi, bổ sung',
  'sửa đổi một số điều của',
  'sửa một số điều của',
  'sửa đổi',
  'sửa',
]);

export function constitutionEnd(toks: Tok[], j: number): number {
  let k = j;
  const lower = (q: number) => toks[q]?.l ?? '';
  if (lower(k) === 'nước') {
    let q = k + 1;
    while (q < toks.length && q - k < 9 && toks[q].word && lower(q) !== 'năm' && !/^\d{4}$/.test(toks[q].l))
      q++;
    const phrase = toks
      .slice(k + 1, q)
      .map((t) => t.l)
      .join(' ');
    if (/^(cộng hòa xã hội chủ nghĩa việt nam|chxhcn việt nam)$/.test(phrase)) k = q;
  }
  if (lower(k) === 'năm' && /^\d{4}$/.test(toks[k + 1]?.l ?? '')) k += 2;
  else if (/^\d{4}$/.test(toks[k]?.l ?? '')) k += 1;
  return toks[k - 1].e;
}

/**
 * End of an amending law's name ("Luật sửa đổi, bổ sung một số điều của Luật Dược", "Luật sửa một số
 * Luật để thực thi Hiệp định CPTPP"), or of a plain law's name.
 */
export function amendingEnd(w: string, toks: Tok[], j: number): number {
  const a = matchAt(AMEND_T, toks, j);
  if (!a) return lawNameEnd(w, toks, j);
  let k = j + a;
  const lower = (q: number) => toks[q]?.l ?? '';
  // "… của Luật Dược", "… của Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản".
  if (lower(k) === 'luật' || lower(k) === 'bộ') {
    let end = -1;
    while (lower(k) === 'luật' || (lower(k) === 'bộ' && lower(k + 1) === 'luật')) {
      k += lower(k) === 'bộ' ? 2 : 1;
      const e = lawNameEnd(w, toks, k);
      if (e < 0) break;
      end = e;
      k = tokenAt(toks, e, k);
      if ((lower(k) === ',' || lower(k) === 'và') && lower(k + 1) === 'luật') k++;
      else break;
    }
    if (end > 0) return end;
  }
  // "… một số luật để thực thi Hiệp định CPTPP", "… các luật về đầu tư": words up to the clause's end.
  let end = toks[j + a - 1].e;
  let q = k;
  while (q < toks.length && q - k < 14 && toks[q].word && !matchAt(LAW_STOP2, toks, q)) {
    const l = toks[q].l;
    if (STOP_WORDS.has(l) && !['để', 'về', 'và', 'của', 'các', 'trong'].includes(l)) break;
    if (/^\d/.test(l) && !/^\d{4}$/.test(l)) break;
    end = toks[q].e;
    q++;
  }
  return end;
}

/** End of a law's name after "Luật": a known name, or a capitalised first word, its words, year or number. */
export function lawNameEnd(w: string, toks: Tok[], j: number): number {
  const n = toks.length;
  if (j >= n || !toks[j].word || toks[j].l === 'số') return -1;
  const known = matchAt(LAW_T, toks, j);
  if (known && !(toks[j + known]?.cap && toks[j + known].word && !toks[j + known].acr)) {
    // A year, number or "(sửa đổi)" may follow the known name.
    let k = j + known;
    let end = toks[k - 1].e;
    if (toks[k]?.l === '(') {
      const c = closeParen(toks, k, 5);
      if (c > 0 && /^\(\s*sửa đổi/.test(w.slice(toks[k].s, toks[c].e))) {
        end = toks[c].e;
        k = c + 1;
      }
    }
    if (toks[k]?.l === 'năm' && /^\d{4}$/.test(toks[k + 1]?.l ?? '')) end = toks[k + 1].e;
    else if (/^(19|20)\d\d$/.test(toks[k]?.l ?? '')) end = toks[k].e;
    else if (toks[k]?.l === 'số') {
      let p = toks[k].e;
      while (w[p] === ' ') p++;
      const e = stickyAt(NUMSYM, w, p);
      if (e > 0) end = e;
    }
    return end;
  }
  if (!toks[j].cap) return -1;
  // "luật Việt Nam" is the law of a country, not a law's name.
  const c = matchAt(COUNTRY_T, toks, j);
  if (c && !(toks[j + c]?.cap && toks[j + c].word)) return -1;
  let k = j + 1;
  let end = toks[j].e;
  let dated = false;
  while (k < n && k - j < 12) {
    const t = toks[k];
    if (t.l === '(') {
      const c = closeParen(toks, k, 5);
      if (c > 0 && /^\(\s*sửa đổi/.test(w.slice(t.s, toks[c].e))) {
        end = toks[c].e;
        k = c + 1;
        continue;
      }
      break;
    }
    if (!t.word) break;
    if (t.l === 'năm' && /^\d{4}$/.test(toks[k + 1]?.l ?? '')) {
      end = toks[k + 1].e;
      k += 2;
      dated = true;
      continue;
    }
    if (t.l === 'số') {
      let p = t.e;
      while (w[p] === ' ') p++;
      const e = stickyAt(NUMSYM, w, p);
      if (e > 0) end = e;
      break;
    }
    if (t.l === 'và' && toks[k + 1]?.cap && toks[k + 1].word && !matchAt(TYPE_T, toks, k + 1) && !dated) {
      k++;
      continue;
    }
    if (t.cap) {
      if (t.acr) break;
      end = t.e;
      k++;
      continue;
    }
    // "Bộ luật Lao động 2019": a bare year of adoption ends the name.
    if (!dated && /^(19|20)\d\d$/.test(t.l) && k > j) {
      end = t.e;
      break;
    }
    const fixed = t.l === 'có' && toks[k - 1]?.l === 'người' && toks[k + 1]?.l === 'công';
    if ((STOP_WORDS.has(t.l) && !fixed) || matchAt(LAW_STOP2, toks, k) || /^\d/.test(t.l)) break;
    end = t.e;
    k++;
  }
  return end;
}
