/**
 * Bilingual glossary of Vietnamese office titles and public bodies, and the composition of an
 * English rendering for "title + body" ("Bộ trưởng Bộ Nội vụ" → "Minister of Home Affairs").
 */
import { canonical } from './normalize';

/** Office heads → English. Keys: lower case, new-style tones. */
export const TITLE_EN: Record<string, string> = {
  'tổng bí thư': 'General Secretary',
  'bí thư': 'Secretary',
  'phó bí thư': 'Deputy Secretary',
  'phó bí thư thường trực': 'Standing Deputy Secretary',
  'bí thư thứ nhất': 'First Secretary',
  'bí thư trung ương đảng': 'Secretary of the Party Central Committee',
  'ủy viên': 'Member',
  'ủy viên bộ chính trị': 'Member of the Politburo',
  'ủy viên trung ương đảng': 'Member of the Party Central Committee',
  'ủy viên ban chấp hành trung ương đảng': 'Member of the Party Central Committee',
  'ủy viên dự khuyết trung ương đảng': 'Alternate Member of the Party Central Committee',
  'tỉnh ủy viên': 'Member of the Provincial Party Committee',
  'chủ tịch': 'Chairman',
  'phó chủ tịch': 'Vice Chairman',
  'chủ tịch nước': 'President',
  'phó chủ tịch nước': 'Vice President',
  'thủ tướng': 'Prime Minister',
  'thủ tướng chính phủ': 'Prime Minister',
  'phó thủ tướng': 'Deputy Prime Minister',
  'phó thủ tướng chính phủ': 'Deputy Prime Minister',
  'phó thủ tướng thường trực': 'Permanent Deputy Prime Minister',
  'phó thủ tướng thường trực chính phủ': 'Permanent Deputy Prime Minister',
  'bộ trưởng': 'Minister',
  'thứ trưởng': 'Deputy Minister',
  'chủ nhiệm': 'Chairman',
  'phó chủ nhiệm': 'Vice Chairman',
  'trưởng ban': 'Head',
  'phó trưởng ban': 'Deputy Head',
  'trưởng đoàn': 'Head of Delegation',
  'tổng thư ký': 'Secretary-General',
  'tổng thư ký quốc hội': 'Secretary-General of the National Assembly',
  'tổng thư ký liên hợp quốc': 'UN Secretary-General',
  'tổng thư ký asean': 'ASEAN Secretary-General',
  'chánh văn phòng': 'Chief of Office',
  'chánh án': 'Chief Justice',
  'chánh án tòa án nhân dân tối cao': 'Chief Justice of the Supreme People’s Court',
  'viện trưởng': 'Chief Procurator',
  'viện trưởng viện kiểm sát nhân dân tối cao': 'Prosecutor General of the Supreme People’s Procuracy',
  'viện trưởng viện ksnd tối cao': 'Prosecutor General of the Supreme People’s Procuracy',
  'chánh án tand tối cao': 'Chief Justice of the Supreme People’s Court',
  'đại sứ đặc mệnh toàn quyền': 'Ambassador Extraordinary and Plenipotentiary',
  'trưởng phòng': 'Head of Division',
  'phó trưởng phòng': 'Deputy Head of Division',
  'phó cục trưởng': 'Deputy Director',
  'phó tổng cục trưởng': 'Deputy Director General',
  'phó vụ trưởng': 'Deputy Director',
  'phó chánh văn phòng': 'Deputy Chief of Office',
  'phó chánh án': 'Deputy Chief Justice',
  'phó viện trưởng': 'Deputy Chief Procurator',
  'chánh thanh tra': 'Chief Inspector',
  'thứ trưởng thường trực': 'Permanent Deputy Minister',
  'tổng kiểm toán nhà nước': 'State Auditor General',
  'tổng thanh tra chính phủ': 'Inspector General of the Government',
  'thống đốc': 'Governor',
  'thống đốc ngân hàng nhà nước': 'Governor of the State Bank of Vietnam',
  'thống đốc ngân hàng nhà nước việt nam': 'Governor of the State Bank of Vietnam',
  'đại biểu quốc hội': 'National Assembly Deputy',
  'người phát ngôn': 'Spokesperson',
  'tư lệnh': 'Commander',
  'chính ủy': 'Political Commissar',
  'tổng tham mưu trưởng': 'Chief of the General Staff',
  'phó tổng tham mưu trưởng': 'Deputy Chief of the General Staff',
  'đại tướng': 'General',
  'thượng tướng': 'Senior Lieutenant General',
  'trung tướng': 'Lieutenant General',
  'thiếu tướng': 'Major General',
  'đại tá': 'Colonel',
  'thượng tá': 'Senior Lieutenant Colonel',
  'trung tá': 'Lieutenant Colonel',
  'thiếu tá': 'Major',
  'đô đốc': 'Admiral',
  'phó đô đốc': 'Vice Admiral',
  'chuẩn đô đốc': 'Rear Admiral',
  'đại sứ': 'Ambassador',
  'tổng lãnh sự': 'Consul General',
  'ngoại trưởng': 'Foreign Minister',
  'tổng thống': 'President',
  'phó tổng thống': 'Vice President',
  'quốc vương': 'King',
  'nhà vua': 'King',
  'nữ hoàng': 'Queen',
  'thủ hiến': 'Chief Minister',
  'thị trưởng': 'Mayor',
  'phó thị trưởng': 'Deputy Mayor',
  'giám đốc': 'Director',
  'phó giám đốc': 'Deputy Director',
  'tổng giám đốc': 'Director General',
  'cục trưởng': 'Director',
  'tổng cục trưởng': 'Director General',
  'vụ trưởng': 'Director',
};

/** Public bodies → English. */
export const BODY_EN: Record<string, string> = {
  'bộ chính trị': 'the Politburo',
  'ban bí thư': 'the Secretariat',
  'trung ương đảng': 'the Party Central Committee',
  'ban chấp hành trung ương đảng': 'the Party Central Committee',
  'quân ủy trung ương': 'the Central Military Commission',
  'ủy ban kiểm tra trung ương': 'the Central Inspection Commission',
  'chính phủ': 'the Government',
  'quốc hội': 'the National Assembly',
  'ủy ban thường vụ quốc hội': 'the National Assembly Standing Committee',
  'ủy ban đối ngoại của quốc hội': 'the National Assembly’s Committee for External Relations',
  'ủy ban đối ngoại': 'the Committee for External Relations',
  'văn phòng quốc hội': 'the Office of the National Assembly',
  'văn phòng trung ương đảng': 'the Party Central Committee’s Office',
  'mặt trận tổ quốc việt nam': 'the Vietnam Fatherland Front',
  'ủy ban trung ương mặt trận tổ quốc việt nam': 'the Central Committee of the Vietnam Fatherland Front',
  'bộ nội vụ': 'Ministry of Home Affairs',
  'bộ quốc phòng': 'Ministry of National Defence',
  'bộ công an': 'Ministry of Public Security',
  'bộ ngoại giao': 'Ministry of Foreign Affairs',
  'bộ tư pháp': 'Ministry of Justice',
  'bộ tài chính': 'Ministry of Finance',
  'bộ công thương': 'Ministry of Industry and Trade',
  'bộ xây dựng': 'Ministry of Construction',
  'bộ y tế': 'Ministry of Health',
  'bộ giáo dục và đào tạo': 'Ministry of Education and Training',
  'bộ gd-đt': 'Ministry of Education and Training',
  'bộ khoa học và công nghệ': 'Ministry of Science and Technology',
  'bộ văn hóa, thể thao và du lịch': 'Ministry of Culture, Sports and Tourism',
  'bộ nông nghiệp và môi trường': 'Ministry of Agriculture and Environment',
  'bộ nông nghiệp và phát triển nông thôn': 'Ministry of Agriculture and Rural Development',
  'bộ tài nguyên và môi trường': 'Ministry of Natural Resources and Environment',
  'bộ dân tộc và tôn giáo': 'Ministry of Ethnic and Religious Affairs',
  'bộ lao động - thương binh và xã hội': 'Ministry of Labour, Invalids and Social Affairs',
  'bộ lao động-thương binh và xã hội': 'Ministry of Labour, Invalids and Social Affairs',
  'bộ kế hoạch và đầu tư': 'Ministry of Planning and Investment',
  'bộ giao thông vận tải': 'Ministry of Transport',
  'bộ thông tin và truyền thông': 'Ministry of Information and Communications',
  'ngân hàng nhà nước': 'the State Bank of Vietnam',
  'ngân hàng nhà nước việt nam': 'the State Bank of Vietnam',
  'tỉnh ủy': 'the Provincial Party Committee',
  'thành ủy': 'the Municipal Party Committee',
  'huyện ủy': 'the District Party Committee',
  'ubnd tỉnh': 'the Provincial People’s Committee',
  'ủy ban nhân dân tỉnh': 'the Provincial People’s Committee',
  'hđnd tỉnh': 'the Provincial People’s Council',
  'hội đồng nhân dân tỉnh': 'the Provincial People’s Council',
  'ubnd thành phố': 'the Municipal People’s Committee',
  'hđnd thành phố': 'the Municipal People’s Council',
  'tổng cục chính trị': 'the General Department of Politics',
  'liên hợp quốc': 'the United Nations',
  asean: 'ASEAN',
  'tòa án nhân dân tối cao': 'the Supreme People’s Court',
  'viện kiểm sát nhân dân tối cao': 'the Supreme People’s Procuracy',
  'viện ksnd tối cao': 'the Supreme People’s Procuracy',
  'tand tối cao': 'the Supreme People’s Court',
  'bộ tổng tham mưu': 'the General Staff',
  'quân đội nhân dân việt nam': 'the Vietnam People’s Army',
  'qđnd việt nam': 'the Vietnam People’s Army',
  'công an nhân dân': 'the People’s Public Security',
  'bộ ngoại giao mỹ': 'the US Department of State',
  'nhà trắng': 'the White House',
  'điện kremlin': 'the Kremlin',
  'ủy ban châu âu': 'the European Commission',
  'liên minh châu âu': 'the European Union',
  'nghị viện châu âu': 'the European Parliament',
  'kiểm toán nhà nước': 'the State Audit Office',
  'thượng viện': 'the Senate',
  'hạ viện': 'the House of Representatives',
};

/** Countries → English, for "Thủ tướng Lào" → "Prime Minister of Laos". */
export const COUNTRY_EN: Record<string, string> = {
  'việt nam': 'Vietnam',
  lào: 'Laos',
  campuchia: 'Cambodia',
  'trung quốc': 'China',
  'ấn độ': 'India',
  'hàn quốc': 'South Korea',
  'nhật bản': 'Japan',
  nga: 'Russia',
  mỹ: 'the United States',
  'hoa kỳ': 'the United States',
  pháp: 'France',
  đức: 'Germany',
  anh: 'the United Kingdom',
  'thái lan': 'Thailand',
  singapore: 'Singapore',
  israel: 'Israel',
  romania: 'Romania',
  italy: 'Italy',
  australia: 'Australia',
  úc: 'Australia',
  'triều tiên': 'North Korea',
  'liên bang nga': 'Russia',
  'vương quốc anh': 'the United Kingdom',
  'tây ban nha': 'Spain',
  'bồ đào nha': 'Portugal',
  'hà lan': 'the Netherlands',
  bỉ: 'Belgium',
  'thụy điển': 'Sweden',
  'thụy sĩ': 'Switzerland',
  'na uy': 'Norway',
  'phần lan': 'Finland',
  'đan mạch': 'Denmark',
  áo: 'Austria',
  'ba lan': 'Poland',
  séc: 'the Czech Republic',
  hungary: 'Hungary',
  bulgaria: 'Bulgaria',
  'hy lạp': 'Greece',
  ukraine: 'Ukraine',
  belarus: 'Belarus',
  kazakhstan: 'Kazakhstan',
  'mông cổ': 'Mongolia',
  malaysia: 'Malaysia',
  indonesia: 'Indonesia',
  philippines: 'the Philippines',
  myanmar: 'Myanmar',
  brunei: 'Brunei',
  'timor-leste': 'Timor-Leste',
  'đông timor': 'Timor-Leste',
  'new zealand': 'New Zealand',
  canada: 'Canada',
  mexico: 'Mexico',
  brazil: 'Brazil',
  argentina: 'Argentina',
  chile: 'Chile',
  cuba: 'Cuba',
  venezuela: 'Venezuela',
  'ai cập': 'Egypt',
  'thổ nhĩ kỳ': 'Türkiye',
  'ả rập xê út': 'Saudi Arabia',
  'saudi arabia': 'Saudi Arabia',
  uae: 'the UAE',
  qatar: 'Qatar',
  iran: 'Iran',
  'nam phi': 'South Africa',
  pakistan: 'Pakistan',
  bangladesh: 'Bangladesh',
  'sri lanka': 'Sri Lanka',
  ireland: 'Ireland',
  palestine: 'Palestine',
};

/** Departments of a province or city ("Sở Y tế") → their English field. */
const DEPARTMENT_EN: Record<string, string> = {
  'y tế': 'Health',
  'giáo dục và đào tạo': 'Education and Training',
  'gd-đt': 'Education and Training',
  'gd&đt': 'Education and Training',
  'tài chính': 'Finance',
  'công thương': 'Industry and Trade',
  'nội vụ': 'Home Affairs',
  'tư pháp': 'Justice',
  'xây dựng': 'Construction',
  'giao thông vận tải': 'Transport',
  gtvt: 'Transport',
  'tài nguyên và môi trường': 'Natural Resources and Environment',
  'tn&mt': 'Natural Resources and Environment',
  'nông nghiệp và phát triển nông thôn': 'Agriculture and Rural Development',
  'nn&ptnt': 'Agriculture and Rural Development',
  'nông nghiệp và môi trường': 'Agriculture and Environment',
  'kế hoạch và đầu tư': 'Planning and Investment',
  'kh&đt': 'Planning and Investment',
  'lao động - thương binh và xã hội': 'Labour, Invalids and Social Affairs',
  'lao động-thương binh và xã hội': 'Labour, Invalids and Social Affairs',
  'lđ-tb&xh': 'Labour, Invalids and Social Affairs',
  'văn hóa, thể thao và du lịch': 'Culture, Sports and Tourism',
  'văn hóa và thể thao': 'Culture and Sports',
  'văn hóa, thể thao': 'Culture and Sports',
  'du lịch': 'Tourism',
  'thông tin và truyền thông': 'Information and Communications',
  'tt&tt': 'Information and Communications',
  'khoa học và công nghệ': 'Science and Technology',
  'kh&cn': 'Science and Technology',
  'ngoại vụ': 'External Relations',
  'dân tộc và tôn giáo': 'Ethnic and Religious Affairs',
  'quy hoạch - kiến trúc': 'Planning and Architecture',
};

/** Ministries named by field alone after a minister ("Bộ trưởng Quốc phòng Mỹ"). */
const MINISTRY_FIELD_EN: Record<string, string> = {
  'quốc phòng': 'Defence',
  'ngoại giao': 'Foreign Affairs',
  'tài chính': 'Finance',
  'thương mại': 'Commerce',
  'tư pháp': 'Justice',
  'nội vụ': 'Home Affairs',
  'y tế': 'Health',
  'giáo dục': 'Education',
  'kinh tế': 'Economy',
  'năng lượng': 'Energy',
  'quốc phòng và an ninh': 'Defence and Security',
  'an ninh nội địa': 'Homeland Security',
  'công an': 'Public Security',
};

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
      for (const [vi, en] of Object.entries(COUNTRY_EN)) {
        const lk = key(rest);
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
