import { describe, expect, it } from 'vitest';
import { isKnownNewsHost, newsMatchPatterns, VIETNAMESE_NEWS_DOMAINS } from '../../../lib/detect/domains';
import { languageCues, looksVietnamese } from '../../../lib/detect/language';
import { urlShape } from '../../../lib/detect/page-signals';

describe('languageCues', () => {
  const cases: { text: string; vi: boolean }[] = [
    {
      text: 'Bộ trưởng Bộ Nội vụ đã có buổi làm việc với các địa phương về những kết quả của công tác cải cách hành chính trong năm.',
      vi: true,
    },
    {
      text: 'The minister met local officials to review the results of administrative reform over the past year in the region.',
      vi: false,
    },
    {
      text: 'Le ministre a rencontré les élus locaux pour examiner les résultats de la réforme administrative de l’année écoulée.',
      vi: false,
    },
    {
      text: 'Bo truong Bo Noi vu da co buoi lam viec voi cac dia phuong ve nhung ket qua cua cong tac cai cach.',
      vi: false,
    },
    {
      text:
        'Bộ trưởng Bộ Nội vụ đã có buổi làm việc'.normalize('NFD') +
        ' với các địa phương về những kết quả của công tác.',
      vi: true,
    },
  ];
  it.each(cases)('$text → $vi', ({ text, vi }) => {
    expect(looksVietnamese(languageCues(text))).toBe(vi);
  });
});

describe('domain prior and URL shape', () => {
  it('keeps at least 40 known domains and makes match patterns for them', () => {
    expect(VIETNAMESE_NEWS_DOMAINS.length).toBeGreaterThanOrEqual(40);
    expect(newsMatchPatterns()).toContain('*://*.vnexpress.net/*');
  });
  it.each([
    ['vnexpress.net', true],
    ['m.dantri.com.vn', true],
    ['notvnexpress.net', false],
    ['example.org', false],
  ])('isKnownNewsHost(%s) → %s', (host, known) => {
    expect(isKnownNewsHost(host)).toBe(known);
  });
  it.each([
    ['https://tuoitre.vn/chien-su-day-gia-hoa-20260307075519174.htm', 'article'],
    ['https://dantri.com.vn/kinh-doanh.htm', 'section'],
    ['https://vnexpress.net/', 'section'],
    ['file:///tmp/page.html', null],
  ])('urlShape(%s) → %s', (url, shape) => {
    expect(urlShape(url)).toBe(shape);
  });
});
