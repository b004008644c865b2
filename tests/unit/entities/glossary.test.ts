import { describe, expect, it } from 'vitest';
import { titleEn } from '../../../lib/entities/glossary';

describe('glossary: titleEn composes title + body', () => {
  const rows: [string, string | undefined][] = [
    ['Bộ trưởng Bộ Nội vụ', 'Minister of Home Affairs'],
    ['Thứ trưởng Bộ Tài chính', 'Deputy Minister of Finance'],
    ['Tổng Bí thư', 'General Secretary'],
    ['Thủ tướng Chính phủ', 'Prime Minister'],
    ['Thủ tướng Lào', 'Prime Minister of Laos'],
    ['Chủ tịch UBND tỉnh Quảng Nam', 'Chairman of the Quảng Nam Provincial People’s Committee'],
    ['Phó Chủ tịch UBND huyện', 'Vice Chairman of the District People’s Committee'],
    ['Bí thư Thành ủy Hải Phòng', 'Secretary of the Hải Phòng Municipal Party Committee'],
    ['Ủy viên Bộ Chính trị', 'Member of the Politburo'],
    ['Chủ tịch Quốc hội', 'Chairman of the National Assembly'],
    ['nguyên Bộ trưởng Bộ Y tế', 'Former Minister of Health'],
    ['Uỷ viên Bộ Chính trị', 'Member of the Politburo'],
    ['Trưởng phòng Kinh doanh', undefined],
  ];
  it.each(rows)('%s', (vi, en) => {
    expect(titleEn(vi)).toBe(en);
  });
});
