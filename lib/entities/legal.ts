/**
 * Legal and Party documents: numbered ("Nghị định số 67/2025/NĐ-CP", "Kết luận 84-KL/TW", lists
 * "số 150-KL/TW, số 163-KL/TW"), short forms ("Nghị quyết 57"), named laws ("Luật Đất đai",
 * "Bộ luật Hình sự", "Hiến pháp năm 2013") and resolutions named by content ("Nghị quyết phê chuẩn …").
 */
import { TYPE_T } from './legal/doc-types';
import { amendingEnd, constitutionEnd, lawNameEnd } from './legal/law-names';
import { PLURAL_MARKERS, STOP_WORDS } from './lexicon';
import { BARE_NUM, closeParen, NUMSYM, type Span, stickyAt, tokenAt } from './spans';
import { matchAt, phraseAt, phraseTable, type Tok } from './tokens';
import WORDS from './data/legal-words.json';

/** Nouns that a bare number counts ("Kết luận 3 vấn đề"): then it is not a document number. */
const COUNTED = new Set(
  'vấn nội điểm tỉnh người triệu tỷ nghìn văn dự đại xã huyện thành đơn cơ nhiệm giải mục chỉ nhóm lĩnh tiêu yêu bài trường hợp lần'.split(
    ' ',
  ),
);
const BARE_NUM_EXCLUDED = new Set(WORDS.bare_num_excluded);
/** Types that may be named by their content ("Nghị quyết phê chuẩn …"). */
const CONTENT_TYPES = new Set(['nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'thông tư', 'pháp lệnh']);
const CONTENT_VERBS = phraseTable(WORDS.content_verbs);
const ISSUER = phraseTable(WORDS.issuer);
const PLURAL_T = phraseTable([...PLURAL_MARKERS, 'dự thảo']);
const CONTENT_STOP = phraseTable(WORDS.content_stop);
/** Function words allowed inside a document's content name. */
const CONTENT_INSIDE = new Set(['về', 'và', 'của', 'giữa', 'với', 'trong', 'đến', 'tới']);

/** First words of procedural acts ("về việc áp dụng", "khởi tố", "bắt", "tạm giam", "truy nã"). */
const PROCEDURAL = new Set(WORDS.procedural);

/** Finds legal documents in a tokenised working text. */
export function findLegal(w: string, toks: Tok[]): Span[] {
  const out: Span[] = [];
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.word) continue;
    const len = matchAt(TYPE_T, toks, i);
    if (!len) continue;
    const type = phraseAt(TYPE_T, toks, i) as string;
    // "Nghị định thư" is a protocol (an agreement), not a decree.
    if (type === 'nghị định' && toks[i + len]?.l === 'thư') continue;
    const j = i + len;
    // Numbered: TYPE [số] NUMBER.
    let p = j < n ? toks[j].s : w.length;
    if (j < n && (toks[j].l === 'số' || toks[j].l === 'sổ')) p = toks[j].e;
    while (p < w.length && (w[p] === ' ' || w[p] === ':')) p++;
    let end = stickyAt(NUMSYM, w, p);
    const hasSym = end > 0;
    if (end < 0 && t.cap && !BARE_NUM_EXCLUDED.has(type)) {
      end = stickyAt(BARE_NUM, w, p);
      // Without "số", a short form needs two digits and no counted noun after it ("Kết luận 3 vấn đề").
      const withSo = j < n && (toks[j].l === 'số' || toks[j].l === 'sổ');
      if (end > 0 && !withSo) {
        const k = tokenAt(toks, end, j);
        if (end - p < 2 || (toks[k]?.word && COUNTED.has(toks[k].l))) end = -1;
      }
    }
    if (end > 0 && (j >= n || p >= toks[j].s)) {
      // An enumeration right before ("02 Luật", "các Nghị quyết số …") is generic.
      out.push({ s: t.s, e: end });
      listContinuation(w, end, hasSym, out);
      i = j;
      continue;
    }
    if (!t.cap) continue;
    if (i > 0 && (matchAt(PLURAL_T, toks, i - 1) || isCount(toks, i - 1))) continue;
    if (type === 'hiến pháp') {
      out.push({ s: t.s, e: constitutionEnd(toks, j) });
      continue;
    }
    if (type === 'luật' || type === 'bộ luật' || type === 'pháp lệnh') {
      const e = type === 'pháp lệnh' ? lawNameEnd(w, toks, j) : amendingEnd(w, toks, j);
      if (e > 0) out.push({ s: t.s, e });
      // The law an amending law names is part of its name, not a document of its own.
      if (e > 0 && toks[j]?.l === 'sửa') i = tokenAt(toks, e, j) - 1;
      if (e > 0 || type !== 'pháp lệnh') continue;
    }
    // "Nghị quyết Đại hội XIII", "Nghị quyết Hội nghị Trung ương 4 khóa XII".
    if (CONTENT_TYPES.has(type) || type === 'kết luận') {
      const e = congressEnd(toks, j);
      if (e > 0) {
        out.push({ s: t.s, e });
        continue;
      }
    }
    // "ra Quyết định về việc áp dụng biện pháp …": a procedural decision, not a named document.
    if (toks[j]?.l === 'về' && toks[j + 1]?.l === 'việc' && PROCEDURAL.has(toks[j + 2]?.l ?? '')) continue;
    if (CONTENT_TYPES.has(type)) {
      const e = contentEnd(toks, j);
      if (e > 0) out.push({ s: t.s, e });
    }
  }
  return out;
}

/** ", số 163-KL/TW và số 167-KL/TW" after a numbered document: one more document each. */
function listContinuation(w: string, from: number, hasSym: boolean, out: Span[]): void {
  const SEP = /\s*(?:,\s*và|,|;|và)\s*/y;
  let p = from;
  for (;;) {
    const sep = stickyAt(SEP, w, p);
    if (sep < 0) return;
    let q = sep;
    const so = w.startsWith('số', q) && /\s/.test(w[q + 2] ?? '');
    if (so) q += 3;
    while (w[q] === ' ') q++;
    let end = stickyAt(NUMSYM, w, q);
    if (end < 0 && so && !hasSym) end = stickyAt(BARE_NUM, w, q);
    if (end < 0) return;
    out.push({ s: so ? sep : q, e: end });
    p = end;
  }
}

/** End of a document named by content: "Nghị quyết [của Quốc hội] phê chuẩn …". */
function contentEnd(toks: Tok[], j: number): number {
  const n = toks.length;
  let k = j + matchAt(ISSUER, toks, j);
  const verb = matchAt(CONTENT_VERBS, toks, k);
  if (!verb) return -1;
  k += verb;
  const objStart = k;
  let end = -1;
  let depth = 0;
  while (k < n && k - objStart < 30) {
    const t = toks[k];
    if (t.l === '(') {
      const c = closeParen(toks, k, 8);
      if (c < 0) break;
      end = toks[c].e;
      k = c + 1;
      continue;
    }
    if (!t.word) {
      if (t.l === '-' || t.l === '–') {
        k++;
        continue;
      }
      if (t.l === ',' && toks[k + 1]?.l === 'bổ' && toks[k + 2]?.l === 'sung') {
        k++;
        continue;
      }
      break;
    }
    if (matchAt(CONTENT_STOP, toks, k)) break;
    if (STOP_WORDS.has(t.l) && !CONTENT_INSIDE.has(t.l) && !(t.l === 'do' && toks[k - 1]?.l === 'tự')) break;
    if (t.l === 'cùng') break;
    if (t.l === 'và' && !(toks[k + 1]?.cap || toks[k + 1]?.acr)) break;
    end = t.e;
    depth++;
    k++;
  }
  return depth >= 2 ? end : -1;
}

/** "02 Luật" counts laws; "Điều 12 Luật …" cites an article of one. */
function isCount(toks: Tok[], k: number): boolean {
  if (!/^\d+$/.test(toks[k].l)) return false;
  return !(k > 0 && /^(điều|khoản|điểm|chương|mục|phần)$/.test(toks[k - 1].l));
}

const CONGRESS = phraseTable(['đại hội', 'hội nghị trung ương', 'hội nghị lần thứ']);
const CONGRESS_WORDS = new Set(WORDS.congress_words);

/** End of "Đại hội …"/"Hội nghị Trung ương …" after a resolution word, or -1. */
function congressEnd(toks: Tok[], j: number): number {
  if (j >= toks.length || !toks[j].cap || !matchAt(CONGRESS, toks, j)) return -1;
  let k = j;
  let end = -1;
  while (k < toks.length && k - j < 14) {
    const t = toks[k];
    if (!t.word) break;
    if (
      !(
        CONGRESS_WORDS.has(t.l) ||
        t.acr ||
        /^\d+$/.test(t.l) ||
        /^[ivxlc]+$/.test(t.l) ||
        (t.cap && k > j + 1)
      )
    )
      break;
    if (t.l === 'của' && !toks[k + 1]?.cap) break;
    end = t.e;
    k++;
  }
  return end;
}
