import { describe, expect, it } from 'vitest';
import { recognize } from '../../../lib/entities';

const texts = (text: string, type: string) =>
  recognize(text)
    .entities.filter((e) => e.type === type)
    .map((e) => e.text);

describe('agreements', () => {
  const rows: [string, string[]][] = [
    [
      'Hai bên đã ký Thỏa thuận hợp tác về phòng, chống ma túy giữa Bộ Công an Việt Nam và Bộ Nội vụ Campuchia.',
      ['Thỏa thuận hợp tác về phòng, chống ma túy giữa Bộ Công an Việt Nam và Bộ Nội vụ Campuchia'],
    ],
    [
      'Lễ ký Hiệp định Thương mại tự do giữa Việt Nam và Hàn Quốc (VKFTA) diễn ra sáng nay.',
      ['Hiệp định Thương mại tự do giữa Việt Nam và Hàn Quốc (VKFTA)'],
    ],
    [
      'Hai Bộ trưởng ký Bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp vào chiều 3/4.',
      ['Bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp'],
    ],
    [
      'Việt Nam là thành viên của Công ước Liên hợp quốc về chống tham nhũng từ năm 2009.',
      ['Công ước Liên hợp quốc về chống tham nhũng'],
    ],
    [
      'Hai nước ra Tuyên bố chung về tăng cường quan hệ Đối tác chiến lược toàn diện.',
      ['Tuyên bố chung về tăng cường quan hệ Đối tác chiến lược toàn diện'],
    ],
    [
      'Hai bộ ký Biên bản Hội nghị Ủy ban hỗn hợp lần thứ 5 và Nghị định thư về hợp tác thú y.',
      ['Biên bản Hội nghị Ủy ban hỗn hợp lần thứ 5', 'Nghị định thư về hợp tác thú y'],
    ],
    ['Doanh nghiệp tận dụng FTA Việt Nam - Israel để mở rộng thị trường.', ['FTA Việt Nam - Israel']],
    ['Hai tập đoàn ký MoU về hợp tác năng lượng tái tạo.', ['MoU về hợp tác năng lượng tái tạo']],
  ];
  it.each(rows)('%s', (text, want) => {
    expect(texts(text, 'agreement')).toEqual(want);
  });

  const none: string[] = [
    'Các Hiệp định, Thỏa thuận, Bản ghi nhớ của hai Bộ đã được rà soát.',
    'Việt Nam đã ký nhiều hiệp định thương mại tự do với các đối tác.',
    'Hai bên chưa đạt được thỏa thuận về giá.',
    'Một hiệp định như vậy sẽ có tác động lớn.',
    'Cơ quan chức năng đã lập biên bản vi phạm hành chính.',
  ];
  it.each(none)('no specific agreement in: %s', (text) => {
    expect(texts(text, 'agreement')).toEqual([]);
  });
});

describe('legal documents', () => {
  const rows: [string, string[]][] = [
    ['Theo Nghị định số 100/2019/NĐ-CP, mức phạt được nâng lên.', ['Nghị định số 100/2019/NĐ-CP']],
    ['Thủ tướng ký Quyết định 1234/QĐ-TTg phê duyệt đề án.', ['Quyết định 1234/QĐ-TTg']],
    [
      'Bộ Chính trị ban hành Kết luận số 45-KL/TW, số 46-KL/TW và số 47-KL/TW.',
      ['Kết luận số 45-KL/TW', 'số 46-KL/TW', 'số 47-KL/TW'],
    ],
    ['Thực hiện Nghị quyết 68 về phát triển kinh tế tư nhân.', ['Nghị quyết 68']],
    [
      'Luật Đất đai năm 2024 và Bộ luật Lao động có nhiều điểm mới.',
      ['Luật Đất đai năm 2024', 'Bộ luật Lao động'],
    ],
    ['Căn cứ Hiến pháp năm 2013 và Luật Tổ chức Quốc hội.', ['Hiến pháp năm 2013', 'Luật Tổ chức Quốc hội']],
    ['Chỉ thị số 24-CT/TW của Ban Bí thư.', ['Chỉ thị số 24-CT/TW']],
    ['Quán triệt Nghị quyết Đại hội XIII của Đảng.', ['Nghị quyết Đại hội XIII của Đảng']],
    ['Sửa đổi Pháp lệnh Ưu đãi người có công với cách mạng.', ['Pháp lệnh Ưu đãi người có công']],
  ];
  it.each(rows)('%s', (text, want) => {
    expect(texts(text, 'legal_document')).toEqual(want);
  });

  const none: string[] = [
    'Kỳ họp thông qua 02 Luật và nhiều nghị quyết quan trọng.',
    'Cần rà soát các văn bản quy phạm pháp luật liên quan.',
    'Người vi phạm luật giao thông sẽ bị xử lý.',
  ];
  it.each(none)('nothing specific in: %s', (text) => {
    expect(texts(text, 'legal_document')).toEqual([]);
  });
});

describe('watchlist', () => {
  const rows: [string, string[], string[]][] = [
    ['Giá xăng dầu tăng mạnh; GIÁ XĂNG hôm nay giảm.', ['gia xang'], ['Giá xăng', 'GIÁ XĂNG']],
    ['Dự án đường sắt tốc độ cao Bắc – Nam.', ['Đường sắt tốc độ cao'], ['đường sắt tốc độ cao']],
    ['Thuỷ điện và thủy lợi.', ['thủy điện'], ['Thuỷ điện']],
  ];
  it.each(rows)('%s', (text, watchlist, want) => {
    const found = recognize(text, { watchlist }).entities.filter((e) => e.type === 'watch');
    expect(found.map((e) => e.text)).toEqual(want);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
