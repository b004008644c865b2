import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACRONYMS, buildGlossary, DOCUMENT_CODES, findAcronyms } from '@/lib/aids/acronyms';
import { normalizeUserAcronyms, userAcronymProblem } from '@/lib/aids/user-acronyms';
import { normalizeSettings } from '@/lib/settings';

const glossary = buildGlossary();
const found = (text: string, exclude: { start: number; end: number }[] = []) =>
  findAcronyms(text, glossary, exclude).map((h) => text.slice(h.start, h.end));

describe('glossary', () => {
  it('has hundreds of entries, each acronym once, each in Vietnamese and English', () => {
    expect(BUILT_IN_ACRONYMS.length).toBeGreaterThanOrEqual(300);
    const abbrs = BUILT_IN_ACRONYMS.map((a) => a.abbr);
    const dup = abbrs.filter((a, i) => abbrs.indexOf(a) !== i);
    expect(dup).toEqual([]);
    for (const a of BUILT_IN_ACRONYMS) {
      expect(a.vi.trim(), a.abbr).not.toBe('');
      expect(a.en.trim(), a.abbr).not.toBe('');
      expect(a.vi, a.abbr).not.toBe(a.en);
    }
  });

  it.each([
    ['UBND', 'Ủy ban nhân dân', 'People’s Committee'],
    ['HĐND', 'Hội đồng nhân dân', 'People’s Council'],
    ['MTTQ', 'Mặt trận Tổ quốc', 'Fatherland Front'],
    ['VKSND', 'Viện kiểm sát nhân dân', 'People’s Procuracy'],
    ['TAND', 'Tòa án nhân dân', 'People’s Court'],
    ['TP.HCM', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City'],
    ['ĐBSCL', 'Đồng bằng sông Cửu Long', 'Mekong Delta'],
    [
      'CPTPP',
      'Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương',
      'Comprehensive and Progressive Agreement for Trans-Pacific Partnership',
    ],
    ['NHNN', 'Ngân hàng Nhà nước Việt Nam', 'State Bank of Vietnam'],
  ])('%s', (abbr, vi, en) => {
    expect(glossary.entries.get(abbr)).toMatchObject({ vi, en });
  });

  it('explains document codes from the symbol tables', () => {
    for (const code of DOCUMENT_CODES)
      expect(glossary.entries.get(code)?.vi, code).not.toMatch(/^Văn bản \(/);
    expect(glossary.entries.get('NĐ-CP')).toMatchObject({
      vi: 'Nghị định của Chính phủ (ký hiệu văn bản)',
      en: 'Decree of the Government (document symbol)',
    });
    expect(glossary.entries.get('QĐ-TTg')?.en).toBe('Decision of the Prime Minister (document symbol)');
    expect(glossary.entries.get('KL/TW')?.vi).toBe('Kết luận của Trung ương Đảng (ký hiệu văn bản)');
  });
});

describe('findAcronyms', () => {
  const cases: [string, string, string[]][] = [
    ['whole words only', 'UBND tỉnh và UBNDX, XUBND, sUBND', ['UBND']],
    ['case-sensitive', 'Ubnd, ubnd và UBND', ['UBND']],
    ['first occurrence per paragraph', 'UBND họp. UBND kết luận.\n\nUBND lại họp.', ['UBND', 'UBND']],
    ['punctuation around', '(UBND), “HĐND”. TP.HCM; CSGT!', ['UBND', 'HĐND', 'TP.HCM', 'CSGT']],
    ['the longest entry', 'Ủy ban (UBTVQH) và TP.HCM', ['UBTVQH', 'TP.HCM']],
    ['not inside numbers and symbols', 'Nghị định 67/2025/NĐ-CP, số 84-KL/TW và QĐ-UBND-X', []],
    ['a code on its own', 'các nghị định (NĐ-CP) mới', ['NĐ-CP']],
    ['at a sentence end', 'Đề nghị của BHXH. Sau đó', ['BHXH']],
    ['acronyms with spaces', 'Ban Chấp hành (BCH TW) và BCH', ['BCH TW', 'BCH']],
    [
      'news acronyms',
      'GDP, CPI và FDI tăng; WTO, ASEAN, EVFTA, RCEP; THPT, ĐH, PCCC',
      ['GDP', 'CPI', 'FDI', 'WTO', 'ASEAN', 'EVFTA', 'RCEP', 'THPT', 'ĐH', 'PCCC'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));

  it('skips spans already highlighted', () => {
    const text = 'Chủ tịch UBND tỉnh Lào Cai Nguyễn Văn A nói UBND sẽ họp.\n\nUBND';
    const entity = { start: 0, end: text.indexOf(' nói') };
    expect(findAcronyms(text, glossary, [entity]).map((h) => h.start)).toEqual([
      text.indexOf('UBND sẽ'),
      text.lastIndexOf('UBND'),
    ]);
  });

  it('adds and overrides with user entries', () => {
    const g = buildGlossary([
      { abbr: 'BGN', vi: 'Báo Gọn', en: 'Báo Gọn (extension)' },
      { abbr: 'UBND', vi: 'Ủy ban nhân dân (của tôi)', en: 'People’s Committee (mine)' },
    ]);
    const hits = findAcronyms('BGN và UBND', g);
    expect(hits.map((h) => [h.acronym.abbr, h.acronym.vi, h.acronym.user])).toEqual([
      ['BGN', 'Báo Gọn', true],
      ['UBND', 'Ủy ban nhân dân (của tôi)', true],
    ]);
  });
});

describe('user entries', () => {
  const cases: [unknown, string | null][] = [
    [{ abbr: 'BGN', vi: 'Báo Gọn', en: 'Bao Gon' }, null],
    [{ abbr: ' TP.ĐN ', vi: ' Thành phố Đà Nẵng ', en: '' }, null],
    [{ abbr: 'x', vi: 'a', en: 'b' }, 'too short'],
    [{ abbr: 'abc', vi: 'a', en: 'b' }, 'needs a capital letter'],
    [{ abbr: 'A B', vi: 'a', en: 'b' }, 'letters, digits and . & / - only'],
    [{ abbr: 'AB<', vi: 'a', en: 'b' }, 'letters, digits and . & / - only'],
    [{ abbr: 'AB', vi: '', en: 'b' }, 'empty'],
    [{ abbr: 'AB', vi: 'x'.repeat(301), en: 'b' }, 'longer than 300 characters'],
    ['AB', 'invalid'],
  ];
  it.each(cases)('%j → %s', (entry, problem) => {
    const p = userAcronymProblem(entry);
    if (problem === 'invalid') expect(p).not.toBeNull();
    else expect(p).toBe(problem);
  });

  it('are kept in the settings, invalid ones dropped, trimmed, the last one winning', () => {
    const s = normalizeSettings({
      acronyms: [
        { abbr: 'BGN', vi: 'Một', en: 'One' },
        { abbr: 'x', vi: 'a', en: 'b' },
        { abbr: ' BGN ', vi: 'Hai', en: 'Two' },
        42,
      ],
    });
    expect(s.acronyms).toEqual([{ abbr: 'BGN', vi: 'Hai', en: 'Two' }]);
    expect(normalizeUserAcronyms('nope')).toEqual([]);
  });

  it('legal search setting: a valid template, none, or the default', () => {
    expect(normalizeSettings({ legalSearch: '' }).legalSearch).toBe('');
    expect(normalizeSettings({ legalSearch: 'https://x.test/?q={number}' }).legalSearch).toBe(
      'https://x.test/?q={number}',
    );
    expect(normalizeSettings({ legalSearch: 'javascript:{number}' }).legalSearch).toMatch(
      /^https:\/\/thuvienphapluat/,
    );
    expect(normalizeSettings({}).legalSearch).toMatch(/^https:\/\/thuvienphapluat/);
  });
});
