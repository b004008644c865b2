import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/aids/sentences';

const cases: [string, string, string[]][] = [
  [
    'plain sentences',
    'Trời mưa. Đường ngập! Ai chịu trách nhiệm?',
    ['Trời mưa.', 'Đường ngập!', 'Ai chịu trách nhiệm?'],
  ],
  [
    'TP.HCM',
    'UBND TP.HCM họp sáng nay. Cuộc họp kéo dài.',
    ['UBND TP.HCM họp sáng nay.', 'Cuộc họp kéo dài.'],
  ],
  [
    'TP. HCM with a space',
    'Sở Y tế TP. Hồ Chí Minh cho biết. Tiếp theo.',
    ['Sở Y tế TP. Hồ Chí Minh cho biết.', 'Tiếp theo.'],
  ],
  [
    'an initial',
    'Theo ông Nguyễn Văn A. (45 tuổi), ông Trần B. Hùng đến sau. Xong.',
    ['Theo ông Nguyễn Văn A. (45 tuổi), ông Trần B. Hùng đến sau.', 'Xong.'],
  ],
  ['numbers', 'Có 1.500 người và 2,5 tỷ đồng. Hết.', ['Có 1.500 người và 2,5 tỷ đồng.', 'Hết.']],
  [
    'a legal symbol',
    'Theo Nghị định 67/2025/NĐ-CP. Từ nay áp dụng.',
    ['Theo Nghị định 67/2025/NĐ-CP.', 'Từ nay áp dụng.'],
  ],
  ['titles', 'PGS. TS. Lê Văn C nói. ThS. Đỗ D đồng ý.', ['PGS. TS. Lê Văn C nói.', 'ThS. Đỗ D đồng ý.']],
  [
    'v.v. before lowercase',
    'Gạo, cá, v.v. đều tăng giá. Sau đó giảm.',
    ['Gạo, cá, v.v. đều tăng giá.', 'Sau đó giảm.'],
  ],
  ['quotes', 'Ông nói: “Sẽ làm ngay.” Bà gật đầu.', ['Ông nói: “Sẽ làm ngay.”', 'Bà gật đầu.']],
  [
    'paragraphs',
    'Tiêu đề\n\nĐoạn một không có dấu chấm\n\nĐoạn hai.',
    ['Tiêu đề', 'Đoạn một không có dấu chấm', 'Đoạn hai.'],
  ],
  ['ellipsis', 'Chờ đợi... Rồi cũng đến.', ['Chờ đợi...', 'Rồi cũng đến.']],
  [
    'lowercase after a dot',
    'Giá tăng 3.5 lần so với năm ngoái. ok.',
    ['Giá tăng 3.5 lần so với năm ngoái. ok.'],
  ],
  ['a date', 'Ngày 1.7.2025, luật có hiệu lực. Hết.', ['Ngày 1.7.2025, luật có hiệu lực.', 'Hết.']],
];

describe('splitSentences', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    const got = splitSentences(text);
    expect(got.map((s) => s.text)).toEqual(expected);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
