import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEGAL_SEARCH,
  describeLegalReference,
  isLegalSearchTemplate,
  legalSearchUrl,
  parseLegalReference,
  termWords,
} from '@/lib/aids/legal-symbol';

/** Real reference forms as news write them: [text, number, serial, year, words vi, words en]. */
const CASES: [string, string, string, number | undefined, string, string][] = [
  [
    'Nghị định số 67/2025/NĐ-CP',
    '67/2025/NĐ-CP',
    '67',
    2025,
    'Nghị định của Chính phủ',
    'Decree of the Government',
  ],
  [
    'Nghị định 67/2025/ND-CP',
    '67/2025/ND-CP',
    '67',
    2025,
    'Nghị định của Chính phủ',
    'Decree of the Government',
  ],
  [
    'Quyết định số 2640/QĐ-TTg',
    '2640/QĐ-TTg',
    '2640',
    undefined,
    'Quyết định của Thủ tướng Chính phủ',
    'Decision of the Prime Minister',
  ],
  [
    'Quyết định 2640/QD-TTg',
    '2640/QD-TTg',
    '2640',
    undefined,
    'Quyết định của Thủ tướng Chính phủ',
    'Decision of the Prime Minister',
  ],
  [
    'Thông tư số 17/2024/TT-BGDĐT',
    '17/2024/TT-BGDĐT',
    '17',
    2024,
    'Thông tư của Bộ Giáo dục và Đào tạo',
    'Circular of the Ministry of Education and Training',
  ],
  [
    'Thông tư 17/2024/TT-BGDDT',
    '17/2024/TT-BGDDT',
    '17',
    2024,
    'Thông tư của Bộ Giáo dục và Đào tạo',
    'Circular of the Ministry of Education and Training',
  ],
  [
    'Thông tư 01/2021/TT-NHNN',
    '01/2021/TT-NHNN',
    '01',
    2021,
    'Thông tư của Ngân hàng Nhà nước Việt Nam',
    'Circular of the State Bank of Vietnam',
  ],
  [
    'Kết luận 84-KL/TW',
    '84-KL/TW',
    '84',
    undefined,
    'Kết luận của Trung ương Đảng',
    'Conclusion of the Party Central Committee and its organs',
  ],
  [
    'Nghị quyết số 57-NQ/TW',
    '57-NQ/TW',
    '57',
    undefined,
    'Nghị quyết của Trung ương Đảng',
    'Resolution of the Party Central Committee and its organs',
  ],
  [
    'Chỉ thị 35-CT/TW',
    '35-CT/TW',
    '35',
    undefined,
    'Chỉ thị của Trung ương Đảng',
    'Directive of the Party Central Committee and its organs',
  ],
  ['Luật số 54/2019/QH14', '54/2019/QH14', '54', 2019, 'Luật của Quốc hội', 'Law of the National Assembly'],
  [
    'Nghị quyết số 27/2026/QH16',
    '27/2026/QH16',
    '27',
    2026,
    'Nghị quyết của Quốc hội',
    'Resolution of the National Assembly',
  ],
  [
    'Quyết định số 1289/QĐ-UBND',
    '1289/QĐ-UBND',
    '1289',
    undefined,
    'Quyết định của Ủy ban nhân dân',
    'Decision of a People’s Committee',
  ],
  [
    'văn bản số 3120/BNV-ATLĐ',
    '3120/BNV-ATLĐ',
    '3120',
    undefined,
    'Văn bản của Bộ Nội vụ',
    'Document of the Ministry of Home Affairs',
  ],
  [
    'Công văn 10069/BCT-ĐB',
    '10069/BCT-ĐB',
    '10069',
    undefined,
    'Công văn của Bộ Công Thương',
    'Official letter of the Ministry of Industry and Trade',
  ],
  [
    'Thông tư liên tịch số 01/2016/TTLT-BTC-BTP',
    '01/2016/TTLT-BTC-BTP',
    '01',
    2016,
    'Thông tư liên tịch của Bộ Tài chính – Bộ Tư pháp',
    'Joint circular of the Ministry of Finance and the Ministry of Justice',
  ],
  [
    'Pháp lệnh số 02/2022/UBTVQH15',
    '02/2022/UBTVQH15',
    '02',
    2022,
    'Pháp lệnh của Ủy ban Thường vụ Quốc hội',
    'Ordinance of the Standing Committee of the National Assembly',
  ],
  [
    'Công điện 114/CĐ-TTg',
    '114/CĐ-TTg',
    '114',
    undefined,
    'Công điện của Thủ tướng Chính phủ',
    'Urgent dispatch of the Prime Minister',
  ],
  [
    'Nghị quyết 01/NQ-CP',
    '01/NQ-CP',
    '01',
    undefined,
    'Nghị quyết của Chính phủ',
    'Resolution of the Government',
  ],
  [
    'Thông tư 40/2021/TT-BTC',
    '40/2021/TT-BTC',
    '40',
    2021,
    'Thông tư của Bộ Tài chính',
    'Circular of the Ministry of Finance',
  ],
  [
    'Thông báo kết luận số 47-TB/TW',
    '47-TB/TW',
    '47',
    undefined,
    'Thông báo kết luận của Trung ương Đảng',
    'Notice of conclusions of the Party Central Committee and its organs',
  ],
  ['Nghị định 44', '44', '44', undefined, 'Nghị định', 'Decree'],
  ['Nghị quyết số 18', '18', '18', undefined, 'Nghị quyết', 'Resolution'],
  ['Nghị định 15/2020', '15/2020', '15', 2020, 'Nghị định', 'Decree'],
];

describe('parseLegalReference', () => {
  it.each(CASES)('%s', (text, number, serial, year, vi, en) => {
    const ref = parseLegalReference(text);
    expect(ref).not.toBeNull();
    expect(ref!.number).toBe(number);
    expect(ref!.serial).toBe(serial);
    expect(ref!.year).toBe(year);
    expect(describeLegalReference(ref!)).toEqual({ vi, en });
  });

  it.each(['Luật Đất đai', 'Hiến pháp năm 2013', 'Nghị quyết phê chuẩn việc bầu Chủ tịch'])(
    'has no number: %s',
    (text) => expect(parseLegalReference(text)).toBeNull(),
  );

  it('reads the legislature of a National Assembly symbol', () => {
    expect(parseLegalReference('Luật số 54/2019/QH14')!.term).toBe(14);
    expect(termWords(15)).toEqual({ vi: 'khóa XV', en: '15th legislature' });
    expect(termWords(14)).toEqual({ vi: 'khóa XIV', en: '14th legislature' });
  });

  it('keeps codes it does not know', () => {
    expect(parseLegalReference('văn bản số 3120/BNV-ATLĐ')!.unknownCodes).toEqual(['ATLĐ']);
  });
});

describe('legalSearchUrl', () => {
  const cases: [string, string, string | null][] = [
    [
      DEFAULT_LEGAL_SEARCH,
      'Nghị định số 67/2025/NĐ-CP',
      'https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=67%2F2025%2FN%C4%90-CP',
    ],
    [
      DEFAULT_LEGAL_SEARCH,
      'Nghị định 44',
      'https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=Ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh%2044',
    ],
    [
      'https://www.google.com/search?q={number}',
      'Kết luận 84-KL/TW',
      'https://www.google.com/search?q=84-KL%2FTW',
    ],
    ['', 'Nghị định số 67/2025/NĐ-CP', null],
    ['javascript:alert({number})', 'Nghị định số 67/2025/NĐ-CP', null],
    ['https://example.org/search', 'Nghị định số 67/2025/NĐ-CP', null],
  ];
  it.each(cases)('%s with %s', (template, text, url) => {
    expect(legalSearchUrl(template, parseLegalReference(text)!)).toBe(url);
  });

  it('accepts only http(s) templates with {number}', () => {
    expect(isLegalSearchTemplate('')).toBe(true);
    expect(isLegalSearchTemplate(DEFAULT_LEGAL_SEARCH)).toBe(true);
    expect(isLegalSearchTemplate('data:text/html,{number}')).toBe(false);
    expect(isLegalSearchTemplate('https://x.test/?q=')).toBe(false);
  });
});
