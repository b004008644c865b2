/**
 * Table-driven tests of the recogniser's grammar: every construction with sentences written for
 * these tests (names are made up unless the office is unique and public).
 */
import { describe, expect, it } from 'vitest';
import { recognize, titleEn } from '../../../lib/entities';
import { COUNTRY_EN, TITLE_EN } from '../../../lib/entities/glossary';
import { BODY_EN } from '../../../lib/entities/inventory/english-bodies';
import { COUNTRIES, ORGS, TITLE_HEADS } from '../../../lib/entities/lexicon';

const officials = (s: string) => recognize(s).entities.filter((e) => e.type === 'official');
const spans = (s: string, type: string) =>
  recognize(s)
    .entities.filter((e) => e.type === type)
    .map((e) => e.text);

/** [construction, sentence, [name, main title][] expected in order of first mention]. */
const OFFICIALS: [string, string, [string, string][]][] = [
  [
    'head + body + place',
    'Bí thư Tỉnh ủy Quảng Trị Lê Văn Sơn đã tiếp đoàn công tác.',
    [['Lê Văn Sơn', 'Bí thư Tỉnh ủy Quảng Trị']],
  ],
  [
    'nguyên',
    'Nguyên Bộ trưởng Bộ Tài chính Đinh Văn An bị khởi tố.',
    [['Đinh Văn An', 'Nguyên Bộ trưởng Bộ Tài chính']],
  ],
  [
    'quyền',
    'Quyền Chủ tịch UBND tỉnh Phan Minh Đức ký công văn.',
    [['Phan Minh Đức', 'Quyền Chủ tịch UBND tỉnh']],
  ],
  [
    'cựu + lower-case chain',
    'Cựu bộ trưởng, chủ nhiệm Văn phòng Chính phủ Vũ Thị Hạnh bị bắt.',
    [['Vũ Thị Hạnh', 'Cựu bộ trưởng']],
  ],
  [
    'plural title, list',
    'Dự họp có các Phó Thủ tướng Hồ Quang Vinh, Đặng Thu Hà.',
    [
      ['Hồ Quang Vinh', 'Phó Thủ tướng'],
      ['Đặng Thu Hà', 'Phó Thủ tướng'],
    ],
  ],
  [
    'plural title + gồm các ông',
    'Quốc hội có ba Phó Chủ tịch gồm các ông Lý Văn Nam, Tạ Quang Huy và Mạc Đình Toàn.',
    [
      ['Lý Văn Nam', 'Phó Chủ tịch'],
      ['Tạ Quang Huy', 'Phó Chủ tịch'],
      ['Mạc Đình Toàn', 'Phó Chủ tịch'],
    ],
  ],
  [
    'appositive',
    'Phát biểu tại hội nghị, ông Tạ Minh Quân, Phó Bí thư Thường trực Tỉnh ủy, cho biết tỉnh sẽ tăng tốc.',
    [['Tạ Minh Quân', 'Phó Bí thư Thường trực Tỉnh ủy']],
  ],
  [
    'parenthesised titles in a discipline list',
    'Ban Bí thư khai trừ các ông Hà Văn Sáu (nguyên Phó Chủ tịch UBND tỉnh Phú Yên), Cù Đức Lâm (nguyên Giám đốc Sở Xây dựng tỉnh Kon Tum).',
    [
      ['Hà Văn Sáu', 'nguyên Phó Chủ tịch UBND tỉnh Phú Yên'],
      ['Cù Đức Lâm', 'nguyên Giám đốc Sở Xây dựng tỉnh Kon Tum'],
    ],
  ],
  [
    'province closing a parenthesised chain',
    'Kỷ luật ông Bế Văn Tư (Bí thư Huyện ủy, Chủ tịch UBND huyện Bảo Lạc, tỉnh Cao Bằng).',
    [['Bế Văn Tư', 'Bí thư Huyện ủy']],
  ],
  [
    'copula of discipline news',
    'Ông Triệu Văn Khoa, trong thời gian giữ cương vị Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Yên Bái, đã vi phạm quy định.',
    [['Triệu Văn Khoa', 'Bí thư Tỉnh ủy']],
  ],
  [
    'copula in parentheses',
    'Cơ quan điều tra bắt ông Lục Văn Tám (khi bị bắt là bí thư Huyện ủy Lục Ngạn).',
    [['Lục Văn Tám', 'bí thư Huyện ủy Lục Ngạn']],
  ],
  [
    'ward after 2025',
    'Chủ tịch UBND phường Tương Mai Nguyễn Thị Hòa trao quyết định.',
    [['Nguyễn Thị Hòa', 'Chủ tịch UBND phường Tương Mai']],
  ],
  [
    'police rank + spokesperson',
    'Theo trung tướng Đỗ Quang Vinh, người phát ngôn Bộ Công an, vụ án đang được điều tra.',
    [['Đỗ Quang Vinh', 'người phát ngôn Bộ Công an']],
  ],
  [
    'Fatherland Front',
    'Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Phan Thị Nga dự lễ.',
    [['Phan Thị Nga', 'Chủ tịch Ủy ban Trung ương MTTQ Việt Nam']],
  ],
  [
    'aide of an office',
    'Ông Lê Quý Hải, Trợ lý Chủ tịch Quốc hội, trả lời báo chí.',
    [['Lê Quý Hải', 'Trợ lý Chủ tịch Quốc hội']],
  ],
  [
    'Japanese',
    'Bộ trưởng Ngoại giao Nhật Bản Kenji Morita hội đàm với người đồng cấp.',
    [['Kenji Morita', 'Bộ trưởng Ngoại giao Nhật Bản']],
  ],
  [
    'Arabic with particles',
    'Ngoại trưởng Ả-rập Xê-út Khalid bin Salman Al Faisal kêu gọi ngừng bắn.',
    [['Khalid bin Salman Al Faisal', 'Ngoại trưởng Ả-rập Xê-út']],
  ],
  [
    'Sino-Vietnamese',
    'Ủy viên trưởng Nhân đại Lạc Vĩnh Thành tiếp đoàn.',
    [['Lạc Vĩnh Thành', 'Ủy viên trưởng Nhân đại']],
  ],
  [
    'Sino-Vietnamese after a Chinese body',
    'Chủ tịch Chính hiệp Vương Quốc Cường tiếp đoàn.',
    [['Vương Quốc Cường', 'Chủ tịch Chính hiệp']],
  ],
  ['Lao', 'Thủ tướng Lào Bounthong Keomany thăm Hà Nội.', [['Bounthong Keomany', 'Thủ tướng Lào']]],
  ['Khmer', 'Thủ tướng Campuchia Hun Manet dự hội nghị.', [['Hun Manet', 'Thủ tướng Campuchia']]],
  [
    'Thai',
    'Phó phát ngôn viên Chính phủ Thái Lan Kanokwan Srisuk cho biết.',
    [['Kanokwan Srisuk', 'Phó phát ngôn viên Chính phủ Thái Lan']],
  ],
  [
    'Korean',
    'Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam phát biểu.',
    [['Choi Young-sam', 'Đại sứ Hàn Quốc tại Việt Nam']],
  ],
  [
    'Israeli, lower-case body before a country',
    'Tổng Tham mưu trưởng quân đội Israel Avi Cohen tuyên bố.',
    [['Avi Cohen', 'Tổng Tham mưu trưởng quân đội Israel']],
  ],
  [
    'Western',
    'Tổng thư ký Liên hợp quốc Maria Lindqvist kêu gọi hòa bình.',
    [['Maria Lindqvist', 'Tổng thư ký Liên hợp quốc']],
  ],
  // Not persons: countries, districts, companies.
  ['country is no name', 'Trao đổi với Việt Nam và Hàn Quốc, Thủ tướng nhấn mạnh hợp tác.', []],
  ['district is no name', 'Chủ tịch UBND quận Hoàng Mai cho biết sẽ kiểm tra.', []],
  ['company chair', 'Tài sản của Chủ tịch Tân Phát Nguyễn Văn Hưng tăng mạnh.', []],
  ['board chair', 'Chủ tịch HĐQT Công ty Nam Sơn Lê Văn Hòa cho biết.', []],
];

describe('officials: title grammar and name model', () => {
  it.each(OFFICIALS)('%s', (_, sentence, expected) => {
    const found = officials(sentence);
    const people = [...new Map(found.map((e) => [e.name, e])).values()];
    expect(people.map((e) => [e.name, e.title])).toEqual(expected);
  });

  it('links a later short form and a bare office to the full name', () => {
    const found = officials(
      'Bộ trưởng Bộ Nội vụ Hoàng Minh Tâm làm việc với tỉnh. Bộ trưởng Tâm đề nghị rà soát. Bộ trưởng Bộ Nội vụ cho biết sẽ hướng dẫn.',
    );
    expect(new Set(found.map((e) => e.name))).toEqual(new Set(['Hoàng Minh Tâm']));
    expect(found.length).toBe(3);
  });
});

/** [construction, sentence, spans expected]. */
const LEGAL: [string, string, string[]][] = [
  [
    'number and issuing-body code',
    'Chính phủ ban hành Nghị định số 15/2025/NĐ-CP.',
    ['Nghị định số 15/2025/NĐ-CP'],
  ],
  ['Party conclusion', 'Bộ Chính trị ban hành Kết luận 137-KL/TW.', ['Kết luận 137-KL/TW']],
  ['dispatch', 'Theo văn bản số 2345/BTC-QLN, bộ đề nghị.', ['văn bản số 2345/BTC-QLN']],
  [
    'law with commas in its name',
    'Luật an toàn, vệ sinh lao động quy định rõ.',
    ['Luật an toàn, vệ sinh lao động'],
  ],
  [
    'amending law',
    'Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Dược với đa số phiếu.',
    ['Luật sửa đổi, bổ sung một số điều của Luật Dược'],
  ],
  ['(sửa đổi)', 'Dự thảo Luật Đất đai (sửa đổi) được trình Quốc hội.', ['Luật Đất đai (sửa đổi)']],
  ['known name ends the span', 'Luật Nhà ở góp phần nâng cao tính minh bạch.', ['Luật Nhà ở']],
  [
    'lower-case law in a list',
    'Luật Đất đai, Luật kinh doanh bất động sản cùng có hiệu lực.',
    ['Luật Đất đai', 'Luật kinh doanh bất động sản'],
  ],
  ['no procedural fragment', 'Cơ quan điều tra ra Quyết định về việc áp dụng biện pháp ngăn chặn.', []],
  ['no counted laws', 'Quốc hội thông qua 02 Luật và 3 nghị quyết.', []],
];

describe('legal references', () => {
  it.each(LEGAL)('%s', (_, sentence, expected) => {
    expect(spans(sentence, 'legal_document')).toEqual(expected);
  });

  it('joins a later short reference to its full form', () => {
    const { groups } = recognize(
      'Thông tư số 17/2024/TT-BGDĐT quy định về dạy thêm. Thông tư 17 có hiệu lực từ tháng 2.',
    );
    const legal = groups.filter((g) => g.type === 'legal_document');
    expect(legal).toHaveLength(1);
    expect(legal[0].mentions).toBe(2);
    expect(legal[0].text).toBe('Thông tư số 17/2024/TT-BGDĐT');
  });
});

const AGREEMENTS: [string, string, string[]][] = [
  [
    'letter of intent',
    'Hai bên ký Ý định thư về hợp tác phát triển nguồn nhân lực.',
    ['Ý định thư về hợp tác phát triển nguồn nhân lực'],
  ],
  [
    'exchange of letters',
    'Hai bộ ký Thư trao đổi giữa Bộ Công Thương và Bộ Thương mại Australia.',
    ['Thư trao đổi giữa Bộ Công Thương và Bộ Thương mại Australia'],
  ],
  [
    'joint declaration',
    'Hai nước ra Tuyên bố chung về tăng cường quan hệ Đối tác chiến lược toàn diện.',
    ['Tuyên bố chung về tăng cường quan hệ Đối tác chiến lược toàn diện'],
  ],
  [
    'foreign acronym with its Vietnamese name',
    'Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu (VN-EAEU FTA) có hiệu lực.',
    ['Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu (VN-EAEU FTA)'],
  ],
  [
    'lower case with a purpose clause',
    'Hai bên ký thỏa thuận hợp tác giữa hai tỉnh để triển khai chương trình đào tạo.',
    ['thỏa thuận hợp tác giữa hai tỉnh để triển khai chương trình đào tạo'],
  ],
  [
    'no document after "và"',
    'Hiệp định CPTPP và Dự thảo Nghị định hướng dẫn đã được thảo luận.',
    ['Hiệp định CPTPP'],
  ],
  ['generic plural', 'Các hiệp định thương mại tự do mở ra cơ hội.', []],
];

describe('agreements', () => {
  it.each(AGREEMENTS)('%s', (_, sentence, expected) => {
    expect(spans(sentence, 'agreement')).toEqual(expected);
  });
});

describe('inventory', () => {
  it('gives every office head an English title', () => {
    expect(TITLE_HEADS.filter((h) => !titleEn(h))).toEqual([]);
    expect(Object.keys(TITLE_EN).length).toBeGreaterThan(50);
  });
  it('gives every named body and country an English name', () => {
    expect(ORGS.filter((o) => !BODY_EN[o])).toEqual([]);
    expect(COUNTRIES.filter((c) => !COUNTRY_EN[c])).toEqual([]);
  });
  it('keeps entries lower case and NFC', () => {
    for (const x of [...TITLE_HEADS, ...ORGS, ...COUNTRIES]) {
      expect(x).toBe(x.normalize('NFC').toLowerCase());
    }
  });
});
