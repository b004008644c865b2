/**
 * Officials: title chains ("Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an"), the names they attach
 * to (both orders), lists after plural titles, and short mentions linked to the full name.
 */
import {
  BUSINESS_WORDS,
  COUNTRIES,
  HEAD_MODIFIERS,
  HONORIFICS,
  LOCALITY_WORDS,
  ORG_NOUNS,
  ORGS,
  PLURAL_MARKERS,
  PUBLIC_BODY_START,
  RANKS,
  RESTRICTED_HEADS,
  STOP_WORDS,
  TITLE_HEADS,
  TITLE_PREFIXES,
} from './lexicon';
import { isForeignWord, isNameWord, vietNameAt } from './names';
import { closeParen } from './spans';
import { matchAt, phraseTable, type Tok } from './tokens';

const HEAD_T = phraseTable(TITLE_HEADS);
const MOD_T = phraseTable(HEAD_MODIFIERS);
const ORG_T = phraseTable([...ORGS, 'đoàn thanh niên', 'đoàn thanh niên cộng sản hồ chí minh']);
const ORGNOUN_T = phraseTable(ORG_NOUNS);
const COUNTRY_T = phraseTable(COUNTRIES);
const LOCALITY_T = phraseTable(LOCALITY_WORDS);
const HONOR_T = phraseTable(HONORIFICS);
const PUBLIC_T = phraseTable(PUBLIC_BODY_START);
const BUSINESS_T = phraseTable(BUSINESS_WORDS);
const PLURAL_T = phraseTable(PLURAL_MARKERS);
const PREFIX_T = phraseTable(TITLE_PREFIXES);
const RANK_SET = new Set(RANKS);
/** Reporting verbs that end a title ("…, phát biểu, …"). */
const SPEECH_T = phraseTable([
  'phát biểu',
  'cho biết',
  'cho hay',
  'nói',
  'khẳng định',
  'nhấn mạnh',
  'chia sẻ',
  'thông tin',
  'đề nghị',
  'yêu cầu',
  'trả lời',
  'báo cáo',
  'chủ trì',
  'dự',
  'tham dự',
  'kết luận',
  'phát động',
  'trao',
  'tiếp',
  'cho rằng',
  'ký',
]);
/** Heads shared by public bodies and companies. */
const CHAIR_HEADS = new Set(['chủ tịch', 'phó chủ tịch', 'tổng giám đốc', 'phó tổng giám đốc']);
/** Acronyms of public bodies (anything else after "Chủ tịch" alone is taken for a company). */
const PUBLIC_ACRONYMS = new Set(
  'ubnd hđnd mttq ubmttq ủbnd qđnd cand tand vksnd đbqh lhq asean eu apec wto imf wb adb un unesco who fao vff vcci ipu aipa vov vtv ttxvn vnu'.split(
    ' ',
  ),
);
/** "là", "hiện là", "giữ chức": a title follows the name. */
const COPULA_T = phraseTable([
  'là',
  'hiện là',
  'nguyên là',
  'giữ chức',
  'giữ chức vụ',
  'giữ cương vị',
  'đương kim',
  'từng là',
  'từng làm',
  'khi là',
  'lúc là',
  'khi giữ chức',
  'khi bị bắt là',
  'khi bị khởi tố là',
  'trong thời gian giữ chức',
  'trong thời gian giữ chức vụ',
  'trong thời gian giữ cương vị',
  'trong thời gian công tác là',
  'nguyên:',
]);
/** Heads whose body may be another office ("Trợ lý Chủ tịch Quốc hội", "Thư ký Tổng Bí thư"). */
const AIDE_HEADS = new Set(['trợ lý', 'thư ký', 'phó trợ lý']);
/** Lower-case particles inside foreign names. */
const NAME_PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'al',
  'el',
  'dos',
  'del',
]);
/** Places named after people: after "thành phố", "TP", "huyện" they are the place. */
const PERSON_NAMED_PLACES = new Set([
  'hồ chí minh',
  'trần văn thời',
  'lê lợi',
  'nguyễn huệ',
  'phan bội châu',
]);
/** Two-word provinces and cities whose second word could start a person's name ("Lâm Đồng Đặng …"). */
const PROVINCE_T = phraseTable([
  'lâm đồng',
  'hải dương',
  'bình dương',
  'quảng ninh',
  'quảng bình',
  'quảng trị',
  'quảng ngãi',
  'quảng nam',
  'bình định',
  'bình thuận',
  'bình phước',
  'ninh bình',
  'ninh thuận',
  'thái bình',
  'thái nguyên',
  'hà nam',
  'hà giang',
  'hà tĩnh',
  'hòa bình',
  'cao bằng',
  'lạng sơn',
  'lào cai',
  'yên bái',
  'tuyên quang',
  'bắc giang',
  'bắc ninh',
  'bắc kạn',
  'phú thọ',
  'phú yên',
  'vĩnh phúc',
  'vĩnh long',
  'hưng yên',
  'nam định',
  'thanh hóa',
  'nghệ an',
  'khánh hòa',
  'kon tum',
  'gia lai',
  'đắk lắk',
  'đắk nông',
  'tây ninh',
  'đồng nai',
  'long an',
  'tiền giang',
  'bến tre',
  'trà vinh',
  'đồng tháp',
  'an giang',
  'kiên giang',
  'cần thơ',
  'hậu giang',
  'sóc trăng',
  'bạc liêu',
  'cà mau',
  'điện biên',
  'lai châu',
  'sơn la',
  'hà nội',
  'hải phòng',
  'đà nẵng',
]);
/** Lower-case words that can start something the main loop acts on (besides capitalised words). */
const TRIGGERS = phraseTable(
  [...PLURAL_MARKERS, ...TITLE_PREFIXES, ...HONORIFICS].map((x) => x.split(' ')[0]),
);
const MEMBERSHIP = new Set([
  'ủy viên',
  'tỉnh ủy viên',
  'thành ủy viên',
  'huyện ủy viên',
  'ủy viên dự khuyết',
  ...RANKS,
]);

/** One office phrase found in the text (working-copy offsets). */
export interface TitleSpan {
  s: number;
  e: number;
  /** Lower-case head ("bộ trưởng"). */
  head: string;
  /** Has a body after the head ("Bộ trưởng Bộ Nội vụ"). */
  hasOrg: boolean;
}

/** A person found in the text. */
export interface Person {
  id: number;
  /** Lower-case name tokens of the fullest form. */
  toks: string[];
  /** Working-copy span of the fullest name form. */
  nameS: number;
  nameE: number;
  titles: TitleSpan[];
  /** Named "đồng chí": an official even without a title. */
  comrade: boolean;
  /** Starts of its mentions, increasing. */
  at: number[];
  /** Lower-case texts of `titles`, for de-duplication. */
  titleKeys: Set<string>;
  /** Company offices the person is named with ("Chủ tịch HĐQT"). */
  business: TitleSpan[];
}

/** One mention of a person (working-copy offsets). */
export interface OfficialMention {
  s: number;
  e: number;
  person: Person;
  titles: TitleSpan[];
}

interface Chain {
  titles: TitleSpan[];
  end: number;
  business: boolean;
}

interface NameHit {
  s: number;
  e: number;
  end: number;
  toks: string[];
  kind: 'full' | 'single';
  foreign: boolean;
}

const SEP = new Set([',', '-', '–', '—']);
const BOUNDARY = new Set([';', ':', '\n', '(', '.', ',', '"', '-', '–', '—', '•']);
const BOUNDARY_WORDS = new Set(['và', 'cùng', 'có', 'gồm', 'là', 'với']);

/** Recognises officials in a tokenised working text. */
export function findOfficials(
  chunks: Iterable<Tok[]>,
  lw: string,
): { persons: Person[]; mentions: OfficialMention[] } {
  // Chunks (paragraph groups) share the people found so far; titles and names never span two.
  let toks: Tok[] = [];
  let n = 0;
  const persons: Person[] = [];
  const mentions: OfficialMention[] = [];
  const bare: { s: number; e: number; title: TitleSpan }[] = [];

  const isWordTok = (k: number) => k < n && toks[k].word;
  const headAt = (k: number): number => {
    if (k >= n || !toks[k].cap) return 0;
    return matchAt(HEAD_T, toks, k);
  };
  /** A title start: optional prefix ("nguyên") + head. Returns the head index or -1. */
  /** A head in any case ("bí thư" as Tuổi Trẻ writes it). */
  const anyHeadAt = (k: number): number => (k < n && toks[k].word ? matchAt(HEAD_T, toks, k) : 0);
  /**
   * A title start: optional prefix ("nguyên") + head. Returns the head index or -1. A lower-case
   * head counts after a prefix ("cựu bộ trưởng") or where `lower` allows it (after a name, in a chain).
   */
  const titleStart = (k: number, lower = false): number => {
    if (k >= n) return -1;
    const p = matchAt(PREFIX_T, toks, k);
    if (p && anyHeadAt(k + p)) return k + p;
    return headAt(k) || (lower && anyHeadAt(k)) ? k : -1;
  };
  const honorAt = (k: number): number => {
    if (k >= n || !toks[k].word) return 0;
    const h = matchAt(HONOR_T, toks, k);
    if (!h) return 0;
    // "Bà"/"Ông" followed by a name; a trailing dot after abbreviations ("Smt.").
    return toks[k + h]?.l === '.' ? h + 1 : h;
  };
  const stopName = (k: number) => headAt(k) > 0 || honorAt(k) > 0;
  const vietAt = (k: number) => vietNameAt(toks, k, stopName);
  const joinL = (a: number, b: number) =>
    toks
      .slice(a, Math.min(b, n))
      .map((t) => t.l)
      .join(' ');
  const countryAt = (k: number) => (k < n && toks[k].cap ? matchAt(COUNTRY_T, toks, k) : 0);
  const knownShort = (k: number): Person | null => {
    if (!isNameWord(toks[k]) || isNameWord(toks[k + 1])) return null;
    // "Trung ương", "Chính phủ", "Việt Nam" are bodies even when a person is called Trung or Chính.
    if (
      matchAt(ORG_T, toks, k) ||
      matchAt(ORGNOUN_T, toks, k) ||
      countryAt(k) ||
      matchAt(LOCALITY_T, toks, k)
    )
      return null;
    return shortPerson(toks[k].l, toks[k].s);
  };

  const byLast = new Map<string, Person[]>();
  function shortPerson(l: string, at: number): Person | null {
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of byLast.get(l) ?? []) {
      if (p.toks[p.toks.length - 1] !== l) continue;
      const last = lastMention(p, at);
      if (last > bestAt) {
        best = p;
        bestAt = last;
      }
    }
    return best;
  }
  function lastMention(p: Person, before: number): number {
    let lo = 0;
    let hi = p.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p.at[mid] < before) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? p.at[lo - 1] : -1;
  }
  function index(p: Person): void {
    const last = p.toks[p.toks.length - 1];
    const list = byLast.get(last) ?? [];
    if (!list.includes(p)) list.push(p);
    byLast.set(last, list);
  }

  /** Continues a body after a connector: a capitalised word that is not a title, honorific or name. */
  const orgContinues = (k: number): boolean =>
    k < n &&
    toks[k].word &&
    (toks[k].cap || toks[k].acr) &&
    !headAt(k) &&
    !honorAt(k) &&
    !vietAt(k) &&
    (countryAt(k) > 0 || !isForeignWord(toks[k]) || toks[k].acr);

  /** Parses the body after a head; returns the index after it. */
  function parseOrg(start: number): { end: number; complete: boolean } {
    let j = start;
    let complete = false;
    let afterCap = false;
    while (j < n && j - start < 30) {
      const t = toks[j];
      if (!t.word) {
        if (SEP.has(t.l) && j > start && t.l !== '—' && orgContinues(j + 1) && !complete) {
          j++;
          afterCap = false;
          continue;
        }
        if (t.l === '&' && j > start && orgContinues(j + 1)) {
          j++;
          continue;
        }
        // "(Chủ tịch Quốc hội)", "(UBND)": a gloss inside the body.
        if (t.l === '(' && j > start) {
          const c = closeParen(toks, j, 8);
          if (c > j + 1 && (headAt(j + 1) || (toks[j + 1].acr && c === j + 2))) {
            j = c + 1;
            afterCap = true;
            continue;
          }
        }
        break;
      }
      if (j === start && knownShort(j)) break;
      const org = t.cap || t.acr ? matchAt(ORG_T, toks, j) : 0;
      if (org) {
        j += org;
        complete = true;
        afterCap = true;
        continue;
      }
      const c = countryAt(j);
      if (c) {
        j += c;
        complete = true;
        afterCap = true;
        continue;
      }
      const loc = matchAt(LOCALITY_T, toks, j);
      if (loc && isWordTok(j + loc) && (toks[j + loc].cap || toks[j + loc].acr)) {
        let k = j + loc;
        // "tỉnh Nguyễn Văn A" is rare; a full name right after the place word is a person.
        const v = vietAt(k);
        if (v && !isNameWord(toks[k + v]) && !PERSON_NAMED_PLACES.has(joinL(k, k + v))) {
          // "UBND thành phố Trần Văn Khải": the place is understood and the name follows it.
          if (j > start && !toks[j].cap) j += loc;
          break;
        }
        const firstForeign = isForeignWord(toks[k]);
        const named =
          [3, 2].find((len) => PERSON_NAMED_PLACES.has(joinL(k, k + len))) ?? matchAt(PROVINCE_T, toks, k);
        k += named || 1;
        if (!named && !firstForeign) {
          while (
            k < n &&
            isNameWord(toks[k]) &&
            !stopName(k) &&
            !vietAt(k) &&
            !isForeignWord(toks[k]) &&
            k - j < 6
          )
            k++;
          // "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế": a hyphenated place name.
          const dash = toks[k]?.l === '-' || toks[k]?.l === '–';
          if (
            dash &&
            isNameWord(toks[k + 1]) &&
            !vietAt(k + 1) &&
            !headAt(k + 1) &&
            !isForeignWord(toks[k + 1])
          ) {
            k += 2;
            while (
              k < n &&
              isNameWord(toks[k]) &&
              !stopName(k) &&
              !vietAt(k) &&
              !isForeignWord(toks[k]) &&
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
      if (loc && j > start && !toks[j].cap) {
        // "UBND tỉnh", "HĐND thành phố", "Công an huyện": the place is understood.
        j += loc;
        afterCap = false;
        continue;
      }
      if (t.l === 'nước' && (countryAt(j + 1) || toks[j + 1]?.acr)) {
        j += 1;
        continue;
      }
      if (t.cap || t.acr) {
        if (headAt(j) || honorAt(j) || vietAt(j)) break;
        if (complete && !t.acr && !matchAt(ORGNOUN_T, toks, j)) break;
        // "Tổng Thư ký Liên hợp quốc Ban Ki-moon": a body word followed by a foreign word is a name.
        if (complete && toks[j + 1]?.nm && isForeignWord(toks[j + 1]) && !countryAt(j + 1)) break;
        if (!t.acr && isForeignWord(t)) {
          // "Chủ tịch Vingroup Phạm Nhật Vượng": foreign words right before a Vietnamese name are a body.
          let q = j;
          while (q < n && q - j < 3 && isNameWord(toks[q]) && isForeignWord(toks[q])) q++;
          if (q > j && vietAt(q)) {
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
      if (j === start) break;
      if (t.l === 'và' || t.l === 'của' || t.l === 'tại') {
        if (orgContinues(j + 1) || (t.l === 'tại' && countryAt(j + 1))) {
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
      while (k < n && k - j < 3 && toks[k].word && !toks[k].cap && !STOP_WORDS.has(toks[k].l)) k++;
      if (k > j && k < n && toks[k].word && (toks[k].cap || toks[k].acr) && orgContinues(k)) {
        j = k;
        continue;
      }
      // "Trưởng phòng Cảnh sát hình sự, …": a lower-case tail right before a comma.
      if (
        k > j &&
        k - j <= 2 &&
        k < n &&
        (toks[k].l === ',' || toks[k].l === ';' || toks[k].l === ')' || toks[k].l === '(')
      ) {
        if (!matchAt(SPEECH_T, toks, j) && !matchAt(SPEECH_T, toks, j + 1)) {
          j = k;
          if (toks[k].l === '(') continue;
        }
      }
      break;
    }
    return { end: j, complete };
  }

  /** Parses one title at `k` (prefix + head + modifiers + body). */
  function parseTitle(k: number, lower = false): { span: TitleSpan; end: number; business: boolean } | null {
    const h = titleStart(k, lower);
    if (h < 0) return null;
    const hl = anyHeadAt(h);
    const head = toks
      .slice(h, h + hl)
      .map((t) => t.l)
      .join(' ');
    let j = h + hl;
    const mod = matchAt(MOD_T, toks, j);
    j += mod;
    const orgStart = j;
    const org = RANK_SET.has(head) ? { end: j, complete: false } : parseOrg(j);
    j = org.end;
    let business = false;
    for (let q = orgStart; q < j; q++) if (matchAt(BUSINESS_T, toks, q)) business = true;
    if (AIDE_HEADS.has(head) && j === orgStart && titleStart(j) >= 0) {
      const inner = parseTitle(j);
      if (inner) {
        j = inner.end;
        business = inner.business;
      }
    } else if (RESTRICTED_HEADS.has(head) && !matchAt(PUBLIC_T, toks, orgStart) && !publicBody(orgStart, j))
      business = true;
    // "Chủ tịch Vingroup", "Chủ tịch FLC": a body made only of brand-like words is a company.
    if (CHAIR_HEADS.has(head) && j > orgStart && brandOnly(orgStart, j)) business = true;
    // "Chủ tịch Hòa Phát": a chair of a body that is no known public one is a company's.
    if (CHAIR_HEADS.has(head) && j > orgStart && !publicStart(orgStart) && !publicBody(orgStart, j))
      business = true;
    // A lower-case head stands for an office only with its body ("bí thư Tỉnh ủy Lâm Đồng") or prefix.
    if (!toks[h].cap && h === k && j === orgStart && !RANK_SET.has(head)) return null;
    return {
      span: { s: toks[k].s, e: toks[j - 1].e, head, hasOrg: j > orgStart + 0 && j > h + hl + mod },
      end: j,
      business,
    };
  }

  /** The body at `q` starts like a public one: a known body, body noun, place, country or public acronym. */
  function publicStart(q: number): boolean {
    const t = toks[q];
    return (
      !t.word ||
      !(t.cap || t.acr) ||
      countryAt(q) > 0 ||
      matchAt(LOCALITY_T, toks, q) > 0 ||
      matchAt(ORGNOUN_T, toks, q) > 0 ||
      matchAt(ORG_T, toks, q) > 0 ||
      matchAt(PUBLIC_T, toks, q) > 0 ||
      (t.acr && PUBLIC_ACRONYMS.has(t.l)) ||
      (isForeignWord(t) && !t.acr)
    );
  }

  /** A body with a public sign anywhere: a place word, a known body, a country or an acronym. */
  function publicBody(a: number, b: number): boolean {
    for (let q = a; q < b; q++) {
      const t = toks[q];
      if (t.acr && !matchAt(BUSINESS_T, toks, q)) return true;
      if (matchAt(LOCALITY_T, toks, q) || matchAt(ORG_T, toks, q) || countryAt(q)) return true;
    }
    return false;
  }

  function brandOnly(a: number, b: number): boolean {
    for (let q = a; q < b; q++) {
      const t = toks[q];
      if (!t.word) return false;
      if (
        countryAt(q) ||
        matchAt(LOCALITY_T, toks, q) ||
        matchAt(ORGNOUN_T, toks, q) ||
        matchAt(ORG_T, toks, q)
      )
        return false;
      if (t.acr ? PUBLIC_ACRONYMS.has(t.l) : !isForeignWord(t)) return false;
    }
    return true;
  }

  /** A chain of titles joined by commas, dashes or "kiêm". */
  function parseChain(k: number, lower = false): Chain | null {
    const first = parseTitle(k, lower);
    if (!first) return null;
    const titles = [first.span];
    let business = first.business;
    let j = first.end;
    while (j < n) {
      let next = -1;
      if (SEP.has(toks[j].l) && titleStart(j + 1, true) >= 0) next = j + 1;
      else if (toks[j].l === 'kiêm' && titleStart(j + 1, true) >= 0) next = j + 1;
      else if (toks[j].l === ',' && toks[j + 1]?.l === 'kiêm' && titleStart(j + 2, true) >= 0) next = j + 2;
      if (next < 0) break;
      const t = parseTitle(next, true);
      if (!t) break;
      // "Chủ tịch X, Chủ tịch Y Nguyễn Văn B": a chain never swallows the next person's title.
      titles.push(t.span);
      business = business || t.business;
      j = t.end;
    }
    return { titles, end: j, business };
  }

  /** A name at `k` (honorifics skipped). */
  function nameAt(k: number, afterCompleteOrg: boolean): NameHit | null {
    let j = k;
    const h = honorAt(j);
    j += h;
    if (!isNameWord(toks[j]) || headAt(j)) return null;
    const v = vietAt(j);
    if (v) return hit(j, j + v, false);
    let e = j;
    let foreign = false;
    while (e < n && e - j < 5 && isNameWord(toks[e]) && !headAt(e) && !honorAt(e)) {
      if (isForeignWord(toks[e])) foreign = true;
      e++;
      // "Ursula von der Leyen", "Mohammed bin Salman": particles inside a foreign name.
      let q = e;
      while (q < n && q - e < 2 && NAME_PARTICLES.has(toks[q].l) && !toks[q].cap) q++;
      if (q > e && foreign && isNameWord(toks[q])) e = q;
    }
    if (e === j) return null;
    if (!foreign && e - j >= 2 && e - j <= 4) {
      // Chinese names ("Tập Cận Bình") and unusual spellings after a complete body or honorific.
      if (afterCompleteOrg || h) return hit(j, e, false);
      return null;
    }
    if (foreign && e - j >= 2) return hit(j, e, true);
    if (e - j === 1) return { ...hit(j, e, foreign), kind: 'single' };
    return null;
  }
  function hit(s: number, e: number, foreign: boolean): NameHit {
    return {
      s: toks[s].s,
      e: toks[e - 1].e,
      end: e,
      toks: toks.slice(s, e).map((t) => t.l),
      kind: 'full',
      foreign,
    };
  }

  function personFor(name: NameHit): Person | null {
    if (name.kind === 'single') {
      const p = shortPerson(name.toks[0], name.s);
      if (p) return p;
      if (!name.foreign) return null;
    }
    const key = name.toks;
    // Same person when one name ends the other (at least two syllables): candidates share the last token.
    for (const p of byLast.get(key[key.length - 1]) ?? []) {
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
          index(p);
        }
        return p;
      }
    }
    const p: Person = {
      id: persons.length,
      toks: key,
      nameS: name.s,
      nameE: name.e,
      titles: [],
      comrade: false,
      at: [],
      titleKeys: new Set(),
      business: [],
    };
    persons.push(p);
    index(p);
    return p;
  }

  function addMention(s: number, e: number, p: Person, titles: TitleSpan[]): void {
    for (const t of titles) {
      const k = lw.slice(t.s, t.e);
      if (p.titleKeys.has(k)) continue;
      p.titleKeys.add(k);
      p.titles.push(t);
    }
    mentions.push({ s, e, person: p, titles });
    if (!p.at.length || p.at[p.at.length - 1] < s) p.at.push(s);
  }

  /** Appositive chain after a name: ", Title, Title" or " - Title". Returns [titles, end]. */
  function appositive(k: number): [TitleSpan[], number] {
    // "ông Nguyễn Văn A là Phó Giám đốc Sở …", "bà B hiện là Chủ tịch …", "ông C, trong thời gian giữ cương vị …".
    if (k < n && toks[k].l === ',' && matchAt(COPULA_T, toks, k + 1) && toks[k + 1].l !== 'là') k++;
    const cop = matchAt(COPULA_T, toks, k);
    if (cop && titleStart(k + cop, true) >= 0) {
      const c = parseChain(k + cop, true);
      if (c && !c.business && !nameAt(c.end, true)) return [c.titles, c.end];
    }
    // "ông Nguyễn Văn A (Phó Chủ tịch UBND tỉnh)".
    if (k < n && toks[k].l === '(') {
      const c = parseChain(k + 1 + matchAt(COPULA_T, toks, k + 1), true);
      if (c && !c.business && toks[c.end]?.l === ')') return [c.titles, c.end + 1];
      // "(Bí thư Huyện ủy Gia Bình, tỉnh Bắc Ninh)": the province of the last body closes the gloss.
      if (c && !c.business && toks[c.end]?.l === ',' && matchAt(LOCALITY_T, toks, c.end + 1)) {
        const close = closeParen(toks, k, 60);
        let q = c.end + 1 + matchAt(LOCALITY_T, toks, c.end + 1);
        while (q < close && (toks[q].cap || toks[q].l === '-')) q++;
        if (close > 0 && q === close) return [c.titles, close + 1];
      }
    }
    if (k < n && SEP.has(toks[k].l)) {
      const c = parseChain(k + 1, true);
      if (c && !c.business) {
        // The chain must not end in another person's name ("A, Bộ trưởng B").
        const other = nameAt(c.end, true);
        if (!other || other.kind === 'single' || toks[c.end].l === ',') return [c.titles, c.end];
      }
    }
    return [[], k];
  }

  /** A person at `k`: title-first, honorific-first or name-first. Returns the index after it. */
  function personAt(k: number, allowBare: boolean, extra: TitleSpan[], lower = false): number {
    if (titleStart(k, lower) >= 0) {
      const c = parseChain(k, lower);
      if (!c) return -1;
      const j = c.end;
      let name = nameAt(j, true);
      if (!name && toks[j]?.l === ',' && honorAt(j + 1)) name = nameAt(j + 1, true);
      // A lower-case title before a name needs the name right after it ("trung tướng Tô Ân Xô").
      if (lower && !toks[k].cap && name?.kind !== 'full') return -1;
      if (c.business) {
        if (name) personFor(name)?.business.push(c.titles[0]);
        return name ? name.end : j;
      }
      if (!name) {
        if (c.titles.length === 1)
          if (!(k > 0 && matchAt(PLURAL_T, toks, k - 1)))
            bare.push({ s: c.titles[0].s, e: c.titles[0].e, title: c.titles[0] });
        return -j - 2;
      }
      const p = personFor(name);
      if (!p) return name.end;
      const [app, end] = appositive(name.end);
      const all = [...c.titles, ...app, ...extra];
      addMention(toks[k].s, toks[end - 1].e, p, all);
      return end;
    }
    const h = honorAt(k);
    if (h || allowBare) {
      const name = nameAt(k, h > 0);
      if (!name) return -1;
      if (!h && name.kind === 'single') return -1;
      const p = personFor(name);
      if (!p) return name.end;
      if (h && toks[k].l === 'đồng' && name.kind === 'full') p.comrade = true;
      const [app, end] = appositive(name.end);
      addMention(toks[k].s, toks[end - 1].e, p, [...app, ...extra]);
      return end;
    }
    return -1;
  }

  /** "thành phố Hồ Chí Minh", "TP. Hồ Chí Minh": a place word right before. */
  const localityBefore = (k: number): boolean => {
    for (let len = 1; len <= 3 && k - len >= 0; len++)
      if (matchAt(LOCALITY_T, toks, k - len) === len) return true;
    return false;
  };
  const boundaryBefore = (k: number): boolean =>
    k === 0 || BOUNDARY.has(toks[k - 1].l) || BOUNDARY_WORDS.has(toks[k - 1].l) || honorAt(k - 1) > 0;

  for (const chunk of chunks) {
    toks = chunk;
    n = chunk.length;
    scan();
  }

  function scan(): void {
    let i = 0;
    while (i < n) {
      const t = toks[i];
      if (!t.word || (!t.cap && !(t.f & (TRIGGERS.bit | HEAD_T.bit)))) {
        i++;
        continue;
      }
      // Plural titles: "các Thứ trưởng: A, B", "các đồng chí: A, B; C", "hai Bộ trưởng".
      const pl = matchAt(PLURAL_T, toks, i);
      if (pl && (titleStart(i + pl) >= 0 || honorAt(i + pl) > 0)) {
        let j = i + pl;
        let shared: TitleSpan[] = [];
        const hon = honorAt(j);
        j += hon;
        if (titleStart(j) >= 0) {
          const c = parseChain(j);
          if (c) {
            shared = c.business ? [] : c.titles;
            j = c.end;
          }
        }
        // "các Thứ trưởng: A, B" or, with a title, straight into the names: "các Phó Thủ tướng A, B".
        // "ba Phó Chủ tịch gồm các ông A, B và C", "các ông: A, B", "một Phó Thủ tướng khác, ông A".
        if (toks[j]?.l === 'khác' || toks[j]?.l === 'mới') j++;
        if (toks[j]?.l === 'gồm' || toks[j]?.l === 'là') j += toks[j + 1]?.l === 'có' ? 2 : 1;
        else if (toks[j]?.l === ',' && honorAt(j + 1) && !matchAt(PLURAL_T, toks, j + 1)) j++;
        if (matchAt(PLURAL_T, toks, j) && honorAt(j + 1)) j += 1 + honorAt(j + 1);
        if (toks[j]?.l === 'đồng' && toks[j + 1]?.l === 'chí') j += 2;
        const direct =
          (shared.length > 0 || honorAt(j - 1) > 0) && toks[j]?.l !== ':' && nameAt(j, true)?.kind === 'full';
        if (toks[j]?.l === ':' || direct) {
          let k = direct ? j : j + 1;
          while (k < n) {
            const end = personAt(k, true, shared);
            if (end < 0) break;
            k = end;
            if (k < n && (toks[k].l === ',' || toks[k].l === ';' || toks[k].l === 'và')) k++;
            else break;
          }
          i = Math.max(k, j + 1);
        } else i = Math.max(j, i + 1);
        continue;
      }
      // "Phủ Tổng thống", "Dinh Thủ tướng": a head right after a capitalised word names a place.
      const inProper = (): boolean => {
        const prev = toks[i - 1];
        return (
          i > 1 &&
          prev.word &&
          prev.cap &&
          !prev.acr &&
          !honorAt(i - 1) &&
          !STOP_WORDS.has(prev.l) &&
          !(BOUNDARY.has(toks[i - 2].l) && toks[i - 2].l !== ',')
        );
      };
      if ((titleStart(i) >= 0 && !inProper()) || honorAt(i)) {
        const end = personAt(i, false, []);
        i = end >= 0 ? Math.max(end, i + 1) : end < -1 ? Math.max(-end - 2, i + 1) : i + 1;
        continue;
      }
      if (!t.cap && t.f & HEAD_T.bit && titleStart(i, true) >= 0) {
        const end = personAt(i, false, [], true);
        i = end >= 0 ? Math.max(end, i + 1) : end < -1 ? Math.max(-end - 2, i + 1) : i + 1;
        continue;
      }
      // Name-first list items: "; Nguyễn Văn A, Phó Bí thư Tỉnh ủy", "tiếp Nguyễn Văn A, Đại sứ …".
      const afterWord = i > 0 && toks[i - 1].word && !toks[i - 1].cap;
      if (isNameWord(t) && (boundaryBefore(i) || (afterWord && vietAt(i))) && !localityBefore(i)) {
        const name = nameAt(i, false);
        if (
          name &&
          name.kind === 'full' &&
          ((SEP.has(toks[name.end]?.l ?? '') && titleStart(name.end + 1, true) >= 0) ||
            (toks[name.end]?.l === '(' && titleStart(name.end + 1 + matchAt(COPULA_T, toks, name.end + 1), true) >= 0))
        ) {
          const end = personAt(i, true, []);
          if (end > i) {
            i = end;
            continue;
          }
        }
      }
      i++;
    }
  }

  // Bare titles ("Bộ trưởng Bộ Nội vụ cho biết") link to the latest person holding that office.
  const holders = new Map<string, Person[]>();
  for (const p of persons) {
    if (!isOfficial(p)) continue;
    for (const t of p.titles) {
      for (const k of [`h:${t.head}`, `t:${lw.slice(t.s, t.e).replace(/^(nguyên|cố|cựu|tân|quyền) /, '')}`]) {
        const list = holders.get(k) ?? [];
        if (!list.includes(p)) list.push(p);
        holders.set(k, list);
      }
    }
  }
  for (const b of bare) {
    const k = b.title.hasOrg ? `t:${lw.slice(b.title.s, b.title.e)}` : `h:${b.title.head}`;
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of holders.get(k) ?? []) {
      const last = lastMention(p, b.s);
      if (last > bestAt) {
        best = p;
        bestAt = last;
      }
    }
    if (best) mentions.push({ s: b.s, e: b.e, person: best, titles: [b.title] });
  }
  return { persons: persons.filter(isOfficial), mentions: mentions.filter((m) => isOfficial(m.person)) };
}

function isOfficial(p: Person): boolean {
  if (p.comrade) return true;
  // A company chair also called plain "Chủ tịch" elsewhere is not an official.
  if (p.business.length) return p.titles.some((t) => t.hasOrg || !CHAIR_HEADS.has(t.head.replace(/^phó /, '')));
  return p.titles.length > 0;
}

/** The main office of a set of titles: the first that is not a bare membership or rank. */
export function mainTitle(titles: TitleSpan[]): TitleSpan | undefined {
  return titles.find((t) => !MEMBERSHIP.has(t.head)) ?? titles[0];
}
