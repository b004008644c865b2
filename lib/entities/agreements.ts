/**
 * Agreements: Hiệp định, Hiệp ước, Công ước, Thỏa thuận, Bản/Biên bản ghi nhớ, Biên bản of a meeting,
 * Nghị định thư, Tuyên bố chung, named cooperation plans and programmes, MoU and FTA names.
 * The span runs from the instrument word through what identifies it and stops before verbs.
 */
import { PLURAL_MARKERS, STOP_WORDS } from './lexicon';
import { closeParen, type Span } from './spans';
import { matchAt, phraseAt, phraseTable, type Tok } from './tokens';
import WORDS from './data/agreements-words.json';

const HEADS = phraseTable(WORDS.heads);
const MEETINGS = phraseTable(WORDS.meetings);
const PLURAL_T = phraseTable([...PLURAL_MARKERS, 'số']);
const VERB_STOPS = phraseTable(WORDS.verb_stops);
/** Function words allowed inside an instrument's name. */
const INSIDE = new Set(['về', 'trong', 'với', 'đến', 'và', 'giữa', 'của']);
const TRAILING = new Set(['và', 'của', 'giữa', 'về', 'với', 'trong', 'lĩnh', 'vực', '-', '–', ',', 'đến']);
/** Caption words after a dash: "… – Ảnh: VGP". */
const CAPTION = new Set(['ảnh', 'nguồn', 'video', 'clip', 'theo', 'đồ', 'infographic']);
const PLAN_HEADS = new Set(WORDS.plan_heads);

/** Verbs of purpose after "để" that stay in an instrument's name ("để triển khai …"). */
const PURPOSE = new Set(['triển', 'thực', 'thúc', 'tăng', 'hợp', 'phối', 'xây', 'hỗ', 'bảo']);
/** First words of documents that end an instrument's name after "và". */
const DOC_AFTER = new Set(['dự', 'nghị', 'quyết', 'thông', 'chỉ', 'luật', 'công']);

/** Finds agreements in a tokenised working text. */
export function findAgreements(toks: Tok[]): Span[] {
  const out: Span[] = [];
  const n = toks.length;
  const headAt = (k: number) => (k < n && toks[k].word ? matchAt(HEADS, toks, k) : 0);
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.word) continue;
    const len = headAt(i);
    if (!len) continue;
    const head = phraseAt(HEADS, toks, i) as string;
    const cap = t.cap;
    // "bản ghi nhớ" inside "Biên bản ghi nhớ" was taken at "Biên".
    if (i > 0 && headAt(i - 1) > 1) continue;
    if (head === 'fta' && !t.acr) continue;
    if (head === 'mou' && !t.cap) continue;
    // "Hiệp định FTA …" is found at "Hiệp định".
    if (head === 'fta' && i > 0 && toks[i - 1].l === 'định') continue;
    // Generic plurals and lists of bare instrument words.
    if (i > 0 && (matchAt(PLURAL_T, toks, i - 1) || /^\d+$/.test(toks[i - 1].l))) continue;
    if (i > 1 && matchAt(PLURAL_T, toks, i - 2) && toks[i - 2].l === 'một' && toks[i - 1].l === 'số')
      continue;
    if (i > 1 && toks[i - 1].l === ',' && isHeadEnd(i - 2, headAt)) continue;
    if ((toks[i + len]?.l === ',' || toks[i + len]?.l === 'và') && headAt(i + len + 1)) continue;
    const j = i + len;
    if (head === 'biên bản') {
      if (!cap || !matchAt(MEETINGS, toks, j)) continue;
    }
    if (head === 'tuyên bố' && !(toks[j]?.l === 'về' && toks[j + 1]?.l === 'việc') && !(cap && toks[j]?.cap))
      continue;
    // Quoted title: take everything up to the closing quote.
    if (i > 0 && toks[i - 1].l === '"') {
      let q = j;
      while (q < n && q - j < 80 && toks[q].l !== '"' && toks[q].l !== '\n') q++;
      if (q < n && toks[q].l === '"' && q > j) {
        out.push({ s: t.s, e: toks[q - 1].e });
        continue;
      }
    }
    let end = -1;
    let ident = false;
    let strong = false;
    let inGiua = false;
    let afterVe = false;
    let k = j;
    while (k < n && k - j < 40) {
      const x = toks[k];
      if (x.l === '(') {
        const c = closeParen(toks, k, 8);
        if (c < 0 || CAPTION.has(toks[k + 1]?.l ?? '') || toks.slice(k, c).some((q) => q.l === ':')) break;
        end = toks[c].e;
        ident = true;
        k = c + 1;
        // "(VKFTA)" closes the name unless "của …"/"giữa …" follows.
        if (!(toks[k]?.l === 'của' || toks[k]?.l === 'giữa')) break;
        continue;
      }
      if (!x.word) {
        const nx = toks[k + 1];
        const dash = x.l === '-' || x.l === '–';
        if (
          dash &&
          nx?.word &&
          ((nx.cap && !CAPTION.has(nx.l)) || (/^\d/.test(nx.l) && /^\d/.test(toks[k - 1]?.l ?? '')))
        ) {
          k++;
          continue;
        }
        // "về phòng, chống …", "về lao động, việc làm và …": a list inside the subject.
        if (x.l === ',' && afterVe && nx?.word && !nx.cap && (nx.l === 'chống' || listGoesOn(toks, k + 1))) {
          k++;
          continue;
        }
        if (x.l === ',' && inGiua && toks[k + 1]?.cap && !headAt(k + 1)) {
          k++;
          continue;
        }
        break;
      }
      if (matchAt(VERB_STOPS, toks, k)) break;
      // "Hiệp định CPTPP và Dự thảo Quyết định …": a document after "và" is another thing.
      if (x.l === 'và' && DOC_AFTER.has(toks[k + 1]?.l ?? '')) break;
      if (x.l === 'và') {
        const nx = toks[k + 1];
        if (!nx?.word || headAt(k + 1)) break;
        if (!(nx.cap || nx.acr) && !afterVe && !inGiua) break;
        if (STOP_WORDS.has(nx.l) && !INSIDE.has(nx.l)) break;
        k++;
        continue;
      }
      if (x.l === 'của') {
        const nx = toks[k + 1];
        if (!(nx?.cap || nx?.acr) && !(afterVe && nx?.word && !STOP_WORDS.has(nx.l))) break;
        k++;
        continue;
      }
      if (x.l === 'với' && !inGiua) break;
      if (x.l === 'đến' && toks[k + 1]?.l !== 'năm') break;
      if (x.l === 'trong' && toks[k + 1]?.l !== 'lĩnh' && toks[k + 1]?.l !== 'khuôn') break;
      // "… để triển khai điều khoản …": the purpose belongs to the instrument's name.
      if (x.l === 'để' && PURPOSE.has(toks[k + 1]?.l ?? '') && k > j) {
        k++;
        continue;
      }
      // "người có công" (people with meritorious service) is a noun.
      const fixed =
        (x.l === 'có' && toks[k - 1]?.l === 'người' && toks[k + 1]?.l === 'công') ||
        (x.l === 'do' && toks[k - 1]?.l === 'tự');
      // "về việc thúc đẩy … những vấn đề quan tâm": a subject clause may name plural things.
      const subject = afterVe && (x.l === 'những' || x.l === 'các') && toks[k + 1]?.word && !toks[k + 1].cap;
      if (STOP_WORDS.has(x.l) && !INSIDE.has(x.l) && !fixed && !subject) break;
      if (x.l === 'giữa') {
        inGiua = true;
        strong = true;
      }
      if (x.l === 'về') {
        afterVe = true;
        strong = strong || cap;
      }
      if ((x.cap && k > j) || x.acr || (x.cap && k === j)) {
        ident = true;
        strong = true;
      }
      if (/^\d{4}/.test(x.l)) ident = true;
      if (x.l === 'chiến' && toks[k + 1]?.l === 'lược') strong = true;
      end = x.e;
      ident = ident || k >= j;
      k++;
    }
    // Trim connectors at the end.
    while (end > 0 && k > j) {
      const last = lastTokenEndingAt(toks, j, k, end);
      if (last < 0 || !TRAILING.has(toks[last].l)) break;
      end = last > j ? toks[last - 1].e : -1;
    }
    if (end < 0 || !ident) continue;
    if (!cap && !strong) continue;
    if (PLAN_HEADS.has(head) && !strong) continue;
    if ((head === 'fta' || head === 'mou') && !strong) continue;
    out.push({ s: t.s, e: end });
  }
  return out;
}

function isHeadEnd(k: number, headAt: (k: number) => number): boolean {
  for (let q = Math.max(0, k - 2); q <= k; q++) {
    const len = headAt(q);
    if (len && q + len - 1 === k) return true;
  }
  return false;
}

function lastTokenEndingAt(toks: Tok[], from: number, to: number, end: number): number {
  for (let q = Math.min(to, toks.length) - 1; q >= from; q--) if (toks[q].e === end) return q;
  return -1;
}

/** A lower-case list goes on: "việc làm và người có công" (a "và" before the next punctuation). */
function listGoesOn(toks: Tok[], k: number): boolean {
  for (let q = k; q < toks.length && q - k < 6; q++) {
    if (!toks[q].word) return false;
    if (toks[q].l === 'và') return true;
    if (STOP_WORDS.has(toks[q].l)) return false;
  }
  return false;
}
