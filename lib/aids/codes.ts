/**
 * Codes used in the number symbols of Vietnamese legal, administrative and Party documents
 * ("67/2025/NĐ-CP", "2640/QĐ-TTg", "84-KL/TW", "3120/BNV-ATLĐ"): the kind of document and the
 * body that issued it, each in Vietnamese and English. Defined once: the legal-reference decoder
 * (legal-symbol.ts) and the acronym glossary (acronyms.ts) both read these tables.
 *
 * Facts from the Law on Promulgation of Legal Documents, Decree 30/2020/NĐ-CP (administrative
 * documents, symbols of types) and Party Regulation 66-QĐ/TW (Party documents), written here by hand.
 */

/** A term in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** Codes of document types as they appear in a symbol ("NĐ" in "67/2025/NĐ-CP"). */
export const DOC_TYPE_CODES: Readonly<Record<string, Bilingual>> = {
  NĐ: { vi: 'Nghị định', en: 'Decree' },
  QĐ: { vi: 'Quyết định', en: 'Decision' },
  TT: { vi: 'Thông tư', en: 'Circular' },
  TTLT: { vi: 'Thông tư liên tịch', en: 'Joint circular' },
  NQ: { vi: 'Nghị quyết', en: 'Resolution' },
  NQLT: { vi: 'Nghị quyết liên tịch', en: 'Joint resolution' },
  CT: { vi: 'Chỉ thị', en: 'Directive' },
  TB: { vi: 'Thông báo', en: 'Notice' },
  CV: { vi: 'Công văn', en: 'Official letter' },
  KL: { vi: 'Kết luận', en: 'Conclusion' },
  HD: { vi: 'Hướng dẫn', en: 'Guidance' },
  CĐ: { vi: 'Công điện', en: 'Urgent dispatch' },
  KH: { vi: 'Kế hoạch', en: 'Plan' },
  BC: { vi: 'Báo cáo', en: 'Report' },
  TTr: { vi: 'Tờ trình', en: 'Submission' },
  CTr: { vi: 'Chương trình', en: 'Programme' },
  ĐA: { vi: 'Đề án', en: 'Scheme' },
  PL: { vi: 'Pháp lệnh', en: 'Ordinance' },
  L: { vi: 'Lệnh', en: 'Order' },
  QC: { vi: 'Quy chế', en: 'Rules' },
  QyĐ: { vi: 'Quy định', en: 'Regulation' },
  HĐ: { vi: 'Hợp đồng', en: 'Contract' },
  BB: { vi: 'Biên bản', en: 'Minutes' },
  GM: { vi: 'Giấy mời', en: 'Invitation' },
};

/** Codes of issuing bodies as they appear in a symbol ("CP" in "NĐ-CP", "TW" in "KL/TW"). */
export const ISSUER_CODES: Readonly<Record<string, Bilingual>> = {
  CP: { vi: 'Chính phủ', en: 'the Government' },
  TTg: { vi: 'Thủ tướng Chính phủ', en: 'the Prime Minister' },
  QH: { vi: 'Quốc hội', en: 'the National Assembly' },
  UBTVQH: { vi: 'Ủy ban Thường vụ Quốc hội', en: 'the Standing Committee of the National Assembly' },
  CTN: { vi: 'Chủ tịch nước', en: 'the State President' },
  VPCP: { vi: 'Văn phòng Chính phủ', en: 'the Government Office' },
  VPQH: { vi: 'Văn phòng Quốc hội', en: 'the Office of the National Assembly' },
  TW: { vi: 'Trung ương Đảng', en: 'the Party Central Committee and its organs' },
  BCT: { vi: 'Bộ Công Thương', en: 'the Ministry of Industry and Trade' },
  BCA: { vi: 'Bộ Công an', en: 'the Ministry of Public Security' },
  BQP: { vi: 'Bộ Quốc phòng', en: 'the Ministry of National Defence' },
  BNG: { vi: 'Bộ Ngoại giao', en: 'the Ministry of Foreign Affairs' },
  BNV: { vi: 'Bộ Nội vụ', en: 'the Ministry of Home Affairs' },
  BTP: { vi: 'Bộ Tư pháp', en: 'the Ministry of Justice' },
  BTC: { vi: 'Bộ Tài chính', en: 'the Ministry of Finance' },
  BXD: { vi: 'Bộ Xây dựng', en: 'the Ministry of Construction' },
  BYT: { vi: 'Bộ Y tế', en: 'the Ministry of Health' },
  BGDĐT: { vi: 'Bộ Giáo dục và Đào tạo', en: 'the Ministry of Education and Training' },
  BKHCN: { vi: 'Bộ Khoa học và Công nghệ', en: 'the Ministry of Science and Technology' },
  BVHTTDL: { vi: 'Bộ Văn hóa, Thể thao và Du lịch', en: 'the Ministry of Culture, Sports and Tourism' },
  BNNMT: { vi: 'Bộ Nông nghiệp và Môi trường', en: 'the Ministry of Agriculture and Environment' },
  BDTTG: { vi: 'Bộ Dân tộc và Tôn giáo', en: 'the Ministry of Ethnic and Religious Affairs' },
  BKHĐT: { vi: 'Bộ Kế hoạch và Đầu tư', en: 'the Ministry of Planning and Investment (until 2025)' },
  BGTVT: { vi: 'Bộ Giao thông vận tải', en: 'the Ministry of Transport (until 2025)' },
  BTTTT: {
    vi: 'Bộ Thông tin và Truyền thông',
    en: 'the Ministry of Information and Communications (until 2025)',
  },
  BLĐTBXH: {
    vi: 'Bộ Lao động - Thương binh và Xã hội',
    en: 'the Ministry of Labour, Invalids and Social Affairs (until 2025)',
  },
  BTNMT: {
    vi: 'Bộ Tài nguyên và Môi trường',
    en: 'the Ministry of Natural Resources and Environment (until 2025)',
  },
  BNNPTNT: {
    vi: 'Bộ Nông nghiệp và Phát triển nông thôn',
    en: 'the Ministry of Agriculture and Rural Development (until 2025)',
  },
  NHNN: { vi: 'Ngân hàng Nhà nước Việt Nam', en: 'the State Bank of Vietnam' },
  TTCP: { vi: 'Thanh tra Chính phủ', en: 'the Government Inspectorate' },
  UBDT: { vi: 'Ủy ban Dân tộc', en: 'the Committee for Ethnic Minority Affairs (until 2025)' },
  KTNN: { vi: 'Kiểm toán Nhà nước', en: 'the State Audit Office' },
  TANDTC: { vi: 'Tòa án nhân dân tối cao', en: 'the Supreme People’s Court' },
  VKSNDTC: { vi: 'Viện kiểm sát nhân dân tối cao', en: 'the Supreme People’s Procuracy' },
  HĐTP: {
    vi: 'Hội đồng Thẩm phán Tòa án nhân dân tối cao',
    en: 'the Council of Judges of the Supreme People’s Court',
  },
  BHXH: { vi: 'Bảo hiểm xã hội', en: 'Social Security' },
  UBND: { vi: 'Ủy ban nhân dân', en: 'a People’s Committee' },
  HĐND: { vi: 'Hội đồng nhân dân', en: 'a People’s Council' },
  UBMTTQVN: {
    vi: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    en: 'the Central Committee of the Vietnam Fatherland Front',
  },
  MTTQ: { vi: 'Mặt trận Tổ quốc', en: 'the Fatherland Front' },
  TU: { vi: 'Tỉnh ủy', en: 'a Provincial Party Committee' },
  ThU: { vi: 'Thành ủy', en: 'a Municipal Party Committee' },
  ĐU: { vi: 'Đảng ủy', en: 'a Party Committee' },
  BCĐ: { vi: 'Ban Chỉ đạo', en: 'a Steering Committee' },
  UBKTTW: { vi: 'Ủy ban Kiểm tra Trung ương', en: 'the Central Inspection Commission' },
  BTCTW: { vi: 'Ban Tổ chức Trung ương', en: 'the Central Organisation Commission' },
  BTGDVTW: {
    vi: 'Ban Tuyên giáo và Dân vận Trung ương',
    en: 'the Central Propaganda and Mass Mobilisation Commission',
  },
  BNCTW: { vi: 'Ban Nội chính Trung ương', en: 'the Central Internal Affairs Commission' },
  VPTW: { vi: 'Văn phòng Trung ương Đảng', en: 'the Office of the Party Central Committee' },
  BKTTW: { vi: 'Ban Kinh tế Trung ương', en: 'the Central Economic Commission (until 2025)' },
  TLĐ: { vi: 'Tổng Liên đoàn Lao động Việt Nam', en: 'the Vietnam General Confederation of Labour' },
  TCT: { vi: 'Tổng cục Thuế', en: 'the General Department of Taxation (until 2025)' },
  TCHQ: { vi: 'Tổng cục Hải quan', en: 'the General Department of Customs (until 2025)' },
  KBNN: { vi: 'Kho bạc Nhà nước', en: 'the State Treasury' },
  UBCKNN: { vi: 'Ủy ban Chứng khoán Nhà nước', en: 'the State Securities Commission' },
  VKSND: { vi: 'Viện kiểm sát nhân dân', en: 'a People’s Procuracy' },
  TAND: { vi: 'Tòa án nhân dân', en: 'a People’s Court' },
};

/** Codes written without the Đ some sites drop ("ND-CP", "QD-TTg", "BGDDT"): the spelling with Đ. */
export function withDStroke(code: string): string {
  if (DOC_TYPE_CODES[code] || ISSUER_CODES[code]) return code;
  const variants = new Set<string>();
  // Each D may stand for Đ (codes are short: try every combination).
  const ds = [...code].map((c, i) => (c === 'D' ? i : -1)).filter((i) => i >= 0);
  if (ds.length === 0 || ds.length > 4) return code;
  for (let mask = 1; mask < 1 << ds.length; mask++) {
    const chars = [...code];
    ds.forEach((at, bit) => {
      if (mask & (1 << bit)) chars[at] = 'Đ';
    });
    variants.add(chars.join(''));
  }
  for (const v of variants) if (DOC_TYPE_CODES[v] || ISSUER_CODES[v]) return v;
  return code;
}
