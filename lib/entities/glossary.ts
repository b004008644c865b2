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
};

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
  return undefined;
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
    if (!restEn) return undefined;
    if ((head === 'bộ trưởng' || head === 'thứ trưởng') && restEn.startsWith('Ministry of ')) {
      return `${prefix}${headEn} of ${restEn.slice('Ministry of '.length)}${country ? ` of ${country}` : ''}`;
    }
    const body = restEn.startsWith('Ministry') ? `the ${restEn}` : restEn;
    return `${prefix}${headEn} of ${body}${country && !body.includes(country) ? ` of ${country}` : ''}`;
  }
  return undefined;
}
