import { describe, expect, it } from 'vitest';
import { recognize } from '../../../lib/entities';

/** Officials found in `text`: one row per distinct name with its titles. */
function people(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of recognize(text).entities) {
    if (e.type !== 'official' || !e.name) continue;
    out.set(e.name, e.titles ?? []);
  }
  return out;
}

describe('officials: title before name', () => {
  const rows: [string, string, string][] = [
    ['Sáng nay, Thủ tướng Lê Văn Khải tiếp đoàn doanh nghiệp Nhật Bản.', 'Lê Văn Khải', 'Thủ tướng'],
    ['Bộ trưởng Bộ Tài chính Hồ Đức Minh trình bày tờ trình.', 'Hồ Đức Minh', 'Bộ trưởng Bộ Tài chính'],
    [
      'Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng kiểm tra công trình.',
      'Võ Văn Hưng',
      'Chủ tịch UBND tỉnh Quảng Trị',
    ],
    ['Đại tướng Trịnh Quốc Việt dự lễ xuất quân.', 'Trịnh Quốc Việt', 'Đại tướng'],
    ['Thủ tướng Campuchia Hun Manet hội đàm trực tuyến.', 'Hun Manet', 'Thủ tướng Campuchia'],
    ['Tổng thống Pháp Emmanuel Macron phát biểu tại hội nghị.', 'Emmanuel Macron', 'Tổng thống Pháp'],
    ['Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm trao quà.', 'Nguyễn Minh Tâm', 'Đại sứ Việt Nam tại Lào'],
    ['Bí thư Tỉnh ủy Nghệ An Thái Thanh Hải làm việc với huyện.', 'Thái Thanh Hải', 'Bí thư Tỉnh ủy Nghệ An'],
    [
      'Phó Chủ tịch Quốc hội Đinh Thị Hồng Hạnh chủ trì phiên họp.',
      'Đinh Thị Hồng Hạnh',
      'Phó Chủ tịch Quốc hội',
    ],
    ['Tổng Thư ký Liên hợp quốc Ban Ki-moon gửi điện mừng.', 'Ban Ki-moon', 'Tổng Thư ký Liên hợp quốc'],
    [
      'Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu.',
      'Ursula von der Leyen',
      'Chủ tịch Ủy ban châu Âu',
    ],
    ['Bí thư Thành ủy TP Hồ Chí Minh Lê Thanh Hải dự lễ.', 'Lê Thanh Hải', 'Bí thư Thành ủy TP Hồ Chí Minh'],
    ['Thẩm phán Đỗ Minh Quân đọc bản án.', 'Đỗ Minh Quân', 'Thẩm phán'],
  ];
  it.each(rows)('%s', (text, name, title) => {
    const found = people(text);
    expect([...found.keys()]).toEqual([name]);
    expect(found.get(name)).toContain(title);
  });
});

describe('officials: name then title chain', () => {
  const rows: [string, string, string[]][] = [
    [
      'Phát biểu, ông Lưu Quang Tuấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Giang, nhấn mạnh yêu cầu.',
      'Lưu Quang Tuấn',
      ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Hà Giang'],
    ],
    [
      'Bà Nguyễn Thu Hà - Phó Chủ tịch HĐND thành phố - cho biết kế hoạch.',
      'Nguyễn Thu Hà',
      ['Phó Chủ tịch HĐND thành phố'],
    ],
    [
      'Ông Somsak Phanthavong, Bộ trưởng Bộ Công Thương Lào, đánh giá cao.',
      'Somsak Phanthavong',
      ['Bộ trưởng Bộ Công Thương Lào'],
    ],
    ['Ông Phùng Văn Kiên (Phó Chủ tịch UBND tỉnh) trả lời.', 'Phùng Văn Kiên', ['Phó Chủ tịch UBND tỉnh']],
    [
      'Thượng tá Lò Văn Sơn, Trưởng phòng Cảnh sát kinh tế, thông tin thêm.',
      'Lò Văn Sơn',
      ['Thượng tá', 'Trưởng phòng Cảnh sát kinh tế'],
    ],
    [
      'Theo lời mời của Chủ tịch Thượng viện (Chủ tịch Quốc hội) Campuchia, ông Hun Sen, đoàn sẽ sang thăm.',
      'Hun Sen',
      ['Chủ tịch Thượng viện (Chủ tịch Quốc hội) Campuchia'],
    ],
    [
      'Bà Vương Thị Thu hiện là Phó Giám đốc Sở Tư pháp, cho biết thêm.',
      'Vương Thị Thu',
      ['Phó Giám đốc Sở Tư pháp'],
    ],
    [
      'Chiều qua, Chủ tịch nước tiếp Đặng Quốc Bảo, Đại sứ Việt Nam tại Pháp.',
      'Đặng Quốc Bảo',
      ['Đại sứ Việt Nam tại Pháp'],
    ],
    [
      'Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Thọ phát biểu.',
      'Nguyễn Văn Thọ',
      ['Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu'],
    ],
  ];
  it.each(rows)('%s', (text, name, titles) => {
    const found = people(text);
    expect([...found.keys()]).toEqual([name]);
    expect(found.get(name)).toEqual(titles);
  });
});

describe('officials: lists after plural titles', () => {
  const rows: [string, string[], string][] = [
    [
      'Dự buổi làm việc có các Thứ trưởng: Đặng Văn Tú, Phan Thị Lan và Hoàng Minh Đức.',
      ['Đặng Văn Tú', 'Phan Thị Lan', 'Hoàng Minh Đức'],
      'Thứ trưởng',
    ],
    [
      'Tham dự có các đồng chí: Bùi Văn Nam, Phó Bí thư Tỉnh ủy; Trần Thị Hoa, Chủ tịch UBND tỉnh; lãnh đạo các sở.',
      ['Bùi Văn Nam', 'Trần Thị Hoa'],
      '',
    ],
    [
      'Cùng dự có các Phó Thủ tướng Hồ Quang Minh, Lê Văn Tài và Đinh Thị Mận.',
      ['Hồ Quang Minh', 'Lê Văn Tài', 'Đinh Thị Mận'],
      'Phó Thủ tướng',
    ],
  ];
  it.each(rows)('%s', (text, names, shared) => {
    const found = people(text);
    expect([...found.keys()]).toEqual(names);
    if (shared) for (const n of names) expect(found.get(n)).toContain(shared);
  });
});

describe('officials: later short mentions are linked, not new people', () => {
  const rows: [string, string, number][] = [
    [
      'Bộ trưởng Bộ Y tế Đào Hồng Lan làm việc tại bệnh viện. Bà Lan yêu cầu tăng cường kiểm tra.',
      'Đào Hồng Lan',
      2,
    ],
    [
      'Thủ tướng Ấn Độ Narendra Modi tiếp đoàn. Thủ tướng Modi khẳng định quan hệ tốt đẹp.',
      'Narendra Modi',
      2,
    ],
    [
      'Bộ trưởng Bộ Ngoại giao Lê Hoài Nam dự họp. Bộ trưởng Nam cho biết. Bộ trưởng Bộ Ngoại giao nhấn mạnh.',
      'Lê Hoài Nam',
      3,
    ],
  ];
  it.each(rows)('%s', (text, name, count) => {
    const { entities, groups } = recognize(text);
    const officials = entities.filter((e) => e.type === 'official');
    expect(new Set(officials.map((e) => e.name))).toEqual(new Set([name]));
    expect(officials).toHaveLength(count);
    expect(new Set(officials.map((e) => e.key)).size).toBe(1);
    const group = groups.find((g) => g.type === 'official');
    expect(group?.name).toBe(name);
    expect(group?.mentions).toBe(count);
  });
});

describe('officials: not officials', () => {
  const rows: string[] = [
    'Theo Lê Minh Hoàng',
    'Ảnh: Trần Quốc Khánh',
    'Ông Trương Gia Bảo, Chủ tịch HĐQT Công ty cổ phần Sao Mai, cho biết doanh thu tăng.',
    'Tổng Giám đốc Tập đoàn Hòa Phát Nguyễn Việt Thắng công bố kết quả kinh doanh.',
    'CEO Nguyễn Hữu Tài chia sẻ về sản phẩm mới.',
    'Tiền đạo Nguyễn Tiến Linh ghi bàn, HLV Kim Sang-sik hài lòng.',
    'Anh Phạm Văn Hùng, người dân xã Tân Lập, cho biết.',
    'Hai Bộ trưởng đã hội đàm tại Phủ Chủ tịch.',
    'Hội nghị diễn ra tại Hà Nội, thành phố Hồ Chí Minh và Thái Bình.',
    'Tại thành phố Hồ Chí Minh, Bí thư Thành ủy kiểm tra công trình.',
    'Bà Đoàn Thị Lụa là người dân ở đây.',
    'Chủ tịch Sunworld Hoàng Minh Khôi công bố dự án mới.',
  ];
  it.each(rows)('%s', (text) => {
    expect(recognize(text).entities.filter((e) => e.type === 'official')).toEqual([]);
  });
});

describe('officials: titleEn from the glossary', () => {
  const rows: [string, string][] = [
    ['Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà phát biểu.', 'Minister of Home Affairs'],
    ['Tổng Bí thư Lê Khả Phiêu.', 'General Secretary'],
    [
      'Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Ngọc.',
      'Chairman of the Ninh Bình Provincial People’s Committee',
    ],
  ];
  it.each(rows)('%s', (text, en) => {
    const e = recognize(text).entities.find((x) => x.type === 'official');
    expect(e?.titleEn).toBe(en);
  });
});
