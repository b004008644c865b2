/**
 * Bilingual glossary of Vietnamese office titles and public bodies, and the composition of an
 * English rendering for "title + body" ("Bộ trưởng Bộ Nội vụ" → "Minister of Home Affairs").
 */
import { BODY_EN, DEPARTMENT_EN, MINISTRY_FIELD_EN } from './inventory/english-bodies';
import { COUNTRY_EN } from './inventory/english-countries';
import { TITLE_EN } from './inventory/english-titles';
import { canonical } from './normalize';

export { BODY_EN, COUNTRY_EN, TITLE_EN };

const DEPARTMENT = /^(sở|công an) (.+?)(?: (tỉnh|thành phố|tp\.?) (.+))?$/;
const LOCAL_LEVEL = /^(.+?) (tỉnh|thành phố|tp\.?|huyện|quận|thị xã) (.+)$/;

const PROVINCIAL =
  /^(ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân|ủy ban mttq việt nam|ủy ban mttq) (tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường)(?: (.+))?$/;
const LEVEL: Record<string, string> = {
  tỉnh: 'Provincial',
  'thành phố': 'Municipal',
  tp: 'Municipal',
  'tp.': 'Municipal',
  huyện: 'District',
  quận: 'District',
  'thị xã': 'Town',
  xã: 'Commune',
  phường: 'Ward',
};
const PARTY_LOCAL = /^(tỉnh ủy|thành ủy) (?:(?:tỉnh|thành phố|tp\.?) )?(.+)$/;

function key(s: string): string {
  return canonical(s).toLowerCase();
}

/** English for one body (with place names kept as written), or undefined. */
export function bodyEn(body: string): string | undefined {
  const k = key(body);
  if (BODY_EN[k]) return BODY_EN[k];
  const prov = PROVINCIAL.exec(k);
  if (prov) {
    const place = prov[3] ? `${canonical(body).split(' ').slice(-prov[3].split(' ').length).join(' ')} ` : '';
    const kind = /^(hđnd|hội đồng)/.test(prov[1])
      ? 'People’s Council'
      : /mttq/.test(prov[1])
        ? 'Fatherland Front Committee'
        : 'People’s Committee';
    return `the ${place}${LEVEL[prov[2]]} ${kind}`;
  }
  const party = PARTY_LOCAL.exec(k);
  if (party) {
    const place = canonical(body).split(' ').slice(-party[2].split(' ').length).join(' ');
    return `the ${place} ${party[1] === 'tỉnh ủy' ? 'Provincial' : 'Municipal'} Party Committee`;
  }
  if (COUNTRY_EN[k]) return COUNTRY_EN[k];
  return departmentEn(body, k);
}

/** "Sở Y tế tỉnh Nghệ An" → "the Nghệ An Department of Health"; "Công an tỉnh X" → "the X Provincial Police". */
function departmentEn(body: string, k: string): string | undefined {
  const m = DEPARTMENT.exec(k);
  if (!m) return undefined;
  const place = m[4] ? `${canonical(body).split(' ').slice(-m[4].split(' ').length).join(' ')} ` : '';
  if (m[1] === 'công an') {
    // "Công an tỉnh Thanh Hóa": the field part is the level itself.
    const lm = LOCAL_LEVEL.exec(k);
    if (lm && lm[1] === 'công an') {
      const lvl = LEVEL[lm[2]];
      const where = canonical(body).split(' ').slice(-lm[3].split(' ').length).join(' ');
      return `the ${where} ${lvl} Police`;
    }
    const only = /^công an (tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường)$/.exec(k);
    return only ? `the ${LEVEL[only[1]]} Police` : undefined;
  }
  const field = DEPARTMENT_EN[m[2]];
  if (!field) return undefined;
  return `the ${place}Department of ${field}`;
}

/** "Đại sứ Việt Nam tại Nhật Bản" → "Ambassador of Vietnam to Japan". */
function ambassadorEn(k: string): string | undefined {
  const m = /^(đại sứ(?: đặc mệnh toàn quyền)?|tổng lãnh sự) (.+?)(?: (?:tại|ở) (.+))?$/.exec(k);
  if (!m) return undefined;
  const from = COUNTRY_EN[m[2]];
  if (!from) return undefined;
  const head = TITLE_EN[m[1]];
  if (!m[3]) return `${head} of ${from}`;
  const to = COUNTRY_EN[m[3]];
  return to ? `${head} of ${from} to ${to}` : undefined;
}

/**
 * Composes the English rendering of a Vietnamese office title, e.g. "Bộ trưởng Bộ Nội vụ" →
 * "Minister of Home Affairs", "Chủ tịch UBND tỉnh Ninh Bình" → "Chairman of the Ninh Bình Provincial
 * People’s Committee". Returns undefined when the title is not covered.
 */
export function titleEn(title: string): string | undefined {
  if (cache.has(title)) return cache.get(title);
  const en = compose(title);
  if (cache.size > 2000) cache.clear();
  cache.set(title, en);
  return en;
}

const cache = new Map<string, string | undefined>();

function compose(title: string): string | undefined {
  let k = key(title);
  let prefix = '';
  const former = /^(nguyên|cố|cựu) /.exec(k);
  if (former) {
    prefix = 'Former ';
    k = k.slice(former[0].length);
    title = canonical(title).slice(former[0].length);
  }
  if (TITLE_EN[k]) return prefix + TITLE_EN[k];
  const amb = ambassadorEn(k);
  if (amb) return prefix + amb;
  const words = canonical(title).split(' ');
  // Longest known head, then the body after it.
  for (let h = Math.min(words.length - 1, 5); h >= 1; h--) {
    const head = k.split(' ').slice(0, h).join(' ');
    const headEn = TITLE_EN[head];
    if (!headEn) continue;
    const rest = words.slice(h).join(' ');
    let restEn = bodyEn(rest);
    // "Bộ trưởng Bộ Nội vụ Việt Nam": a trailing country qualifies the body.
    let country = '';
    if (!restEn) {
      const lk = key(rest);
      for (const [vi, en] of Object.entries(COUNTRY_EN)) {
        if (lk.endsWith(` ${vi}`)) {
          const inner = bodyEn(rest.slice(0, rest.length - vi.length - 1));
          if (inner) {
            restEn = inner;
            country = en;
            break;
          }
        }
      }
    }
    // "Bộ trưởng Quốc phòng Mỹ": a minister of a field, with the country after it.
    if (!restEn && (head === 'bộ trưởng' || head === 'thứ trưởng')) {
      const lk = key(rest);
      for (const [vi, en] of Object.entries(COUNTRY_EN)) {
        const field = lk.endsWith(` ${vi}`)
          ? MINISTRY_FIELD_EN[lk.slice(0, lk.length - vi.length - 1)]
          : undefined;
        if (field)
          return `${prefix}${head === 'bộ trưởng' ? 'Minister' : 'Deputy Minister'} of ${field} of ${en}`;
      }
      if (MINISTRY_FIELD_EN[lk]) return `${prefix}${headEn} of ${MINISTRY_FIELD_EN[lk]}`;
    }
    if (!restEn) return undefined;
    if ((head === 'bộ trưởng' || head === 'thứ trưởng') && restEn.startsWith('Ministry of ')) {
      return `${prefix}${headEn} of ${restEn.slice('Ministry of '.length)}${country ? ` of ${country}` : ''}`;
    }
    const body = restEn.startsWith('Ministry') ? `the ${restEn}` : restEn;
    return `${prefix}${headEn} of ${body}${country && !body.includes(country) ? ` of ${country}` : ''}`;
  }
  return undefined;
}
