import { describe, expect, it } from 'vitest';
import { foldVietnamese, tokenize, uniqueTokens } from '@/lib/clips/fold';
import { hashText } from '@/lib/clips/hash';

describe('foldVietnamese', () => {
  it.each([
    ['Bộ trưởng Bộ Nội vụ', 'bo truong bo noi vu'],
    ['Đắk Lắk', 'dak lak'],
    ['đường', 'duong'],
    ['Thủ tướng Chính phủ', 'thu tuong chinh phu'],
    ['NGHỊ ĐỊNH', 'nghi dinh'],
    // precomposed and decomposed input give the same result
    ['Tr\u01b0\u1edfng', 'truong'],
    ['Tru\u031b\u0309o\u031bng', 'truong'],
  ])('%s → %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });
});

describe('tokenize', () => {
  it.each([
    ['Nghị định 15/2020/NĐ-CP', ['nghi', 'dinh', '15', '2020', 'nd', 'cp']],
    ['  Hiệp định CPTPP, EVFTA.', ['hiep', 'dinh', 'cptpp', 'evfta']],
    ['', []],
    ['— … !', []],
  ])('%s', (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });

  it('uniqueTokens dedupes across texts', () => {
    expect(uniqueTokens(['Bộ Nội vụ', 'bộ ngoại giao'])).toEqual(['bo', 'noi', 'vu', 'ngoai', 'giao']);
  });
});

describe('hashText', () => {
  it('is stable, 16 hex digits, and differs for different text', () => {
    expect(hashText('')).toBe('cbf29ce484222325');
    expect(hashText('a')).toBe('af63dc4c8601ec8c');
    expect(hashText('Bộ trưởng')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText('Bộ trưởng')).not.toBe(hashText('Bộ trương'));
  });
});
