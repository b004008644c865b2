import { describe, expect, it } from 'vitest';
import { recognize } from '../../../lib/entities';

/** [sentence, name, main title, English title] — sentences written for these tests. */
const OFFICIALS: [string, string, string, string | undefined][] = [
  [
    'Phó Chủ tịch UBND thành phố Trần Văn Khải đã chủ trì cuộc họp.',
    'Trần Văn Khải',
    'Phó Chủ tịch UBND thành phố',
    'Vice Chairman of the Municipal People’s Committee',
  ],
  [
    'Chủ tịch UBND huyện Nguyễn Văn Bình ký quyết định thu hồi đất.',
    'Nguyễn Văn Bình',
    'Chủ tịch UBND huyện',
    'Chairman of the District People’s Committee',
  ],
  [
    'Chủ tịch UBND thành phố Hồ Chí Minh Nguyễn Văn Được đã chủ trì cuộc họp.',
    'Nguyễn Văn Được',
    'Chủ tịch UBND thành phố Hồ Chí Minh',
    'Chairman of the Hồ Chí Minh Municipal People’s Committee',
  ],
  [
    'Viện trưởng Viện KSND tối cao Lê Minh Trí báo cáo trước Quốc hội.',
    'Lê Minh Trí',
    'Viện trưởng Viện KSND tối cao',
    'Prosecutor General of the Supreme People’s Procuracy',
  ],
  [
    'Chánh án TAND tối cao Lê Văn Nam trả lời chất vấn.',
    'Lê Văn Nam',
    'Chánh án TAND tối cao',
    'Chief Justice of the Supreme People’s Court',
  ],
  [
    'Giám đốc Sở Y tế tỉnh Nghệ An Lê Văn Mạnh cho biết bệnh viện đã sẵn sàng.',
    'Lê Văn Mạnh',
    'Giám đốc Sở Y tế tỉnh Nghệ An',
    'Director of the Nghệ An Department of Health',
  ],
  [
    'Phó Giám đốc Sở Giáo dục và Đào tạo Trần Thị Mai phát biểu.',
    'Trần Thị Mai',
    'Phó Giám đốc Sở Giáo dục và Đào tạo',
    'Deputy Director of the Department of Education and Training',
  ],
  [
    'Giám đốc Công an tỉnh Thanh Hóa Trần Văn Phú chỉ đạo lực lượng.',
    'Trần Văn Phú',
    'Giám đốc Công an tỉnh Thanh Hóa',
    'Director of the Thanh Hóa Provincial Police',
  ],
  [
    'Đại sứ Việt Nam tại Nhật Bản Phạm Quang Minh trình quốc thư.',
    'Phạm Quang Minh',
    'Đại sứ Việt Nam tại Nhật Bản',
    'Ambassador of Vietnam to Japan',
  ],
  [
    'Bộ trưởng Quốc phòng Mỹ John Carter thăm Hà Nội.',
    'John Carter',
    'Bộ trưởng Quốc phòng Mỹ',
    'Minister of Defence of the United States',
  ],
  [
    'Thủ tướng Ba Lan Jan Kowalski hội đàm với Thủ tướng Việt Nam.',
    'Jan Kowalski',
    'Thủ tướng Ba Lan',
    'Prime Minister of Poland',
  ],
  [
    'Trung tướng Trần Văn Sơn, Phó Tổng Tham mưu trưởng QĐND Việt Nam, dự lễ.',
    'Trần Văn Sơn',
    'Phó Tổng Tham mưu trưởng QĐND Việt Nam',
    'Deputy Chief of the General Staff of the Vietnam People’s Army',
  ],
  [
    'Phó Chủ tịch UBND tỉnh Lâm Đồng Đặng Trí Dũng cho biết.',
    'Đặng Trí Dũng',
    'Phó Chủ tịch UBND tỉnh Lâm Đồng',
    'Vice Chairman of the Lâm Đồng Provincial People’s Committee',
  ],
];

describe('officials in sentences outside the dev corpus', () => {
  it.each(OFFICIALS)('%s', (text, name, title, en) => {
    const o = recognize(text).entities.filter((e) => e.type === 'official');
    expect(o.map((e) => [e.name, e.title, e.titleEn])).toContainEqual([name, title, en]);
  });

  it('links a later short mention to the official after "thành phố"', () => {
    const text = 'Phó Chủ tịch UBND thành phố Trần Văn Khải dự họp. Ông Khải yêu cầu các sở khẩn trương.';
    const o = recognize(text).entities.filter((e) => e.type === 'official');
    expect(o.map((e) => e.text)).toEqual(['Phó Chủ tịch UBND thành phố Trần Văn Khải', 'Ông Khải']);
    expect(new Set(o.map((e) => e.key)).size).toBe(1);
  });
});

/** Laws cited with a bare year of adoption, with and without "năm". */
const LAWS: [string, string][] = [
  ['Bộ luật Lao động 2019 quy định rõ thời giờ làm việc.', 'Bộ luật Lao động 2019'],
  ['Luật Đất đai 2024 có hiệu lực từ tháng 8.', 'Luật Đất đai 2024'],
  ['Bộ luật Hình sự năm 2015 đã được sửa đổi.', 'Bộ luật Hình sự năm 2015'],
];

describe('legal documents with a year', () => {
  it.each(LAWS)('%s', (text, doc) => {
    const l = recognize(text).entities.filter((e) => e.type === 'legal_document');
    expect(l.map((e) => e.text)).toEqual([doc]);
  });
});
