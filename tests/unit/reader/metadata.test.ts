import { describe, expect, it } from 'vitest';
import { extractMetadata, stripSiteSuffix } from '../../../lib/reader/metadata';
import { fixtureDoc, parse } from './fixture-doc';

describe('stripSiteSuffix', () => {
  it.each([
    [
      'Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh - Tuổi Trẻ Online',
      'Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh',
    ],
    ['Can Lộ Lộ lả lơi với khăn tắm | Giải trí | Soha.vn', 'Can Lộ Lộ lả lơi với khăn tắm'],
    [
      'Cách các nước đối phó cú sốc năng lượng - Báo VnExpress Kinh doanh',
      'Cách các nước đối phó cú sốc năng lượng',
    ],
    ['Việt Nam - Lào ký hiệp định hợp tác lao động mới', 'Việt Nam - Lào ký hiệp định hợp tác lao động mới'],
  ])('%s → %s', (title, clean) => {
    expect(stripSiteSuffix(title)).toBe(clean);
  });
});

describe('extractMetadata', () => {
  it('reads the seed page: h1 title, byline, date, site name, canonical URL, lead image', () => {
    const m = extractMetadata(fixtureDoc('seed-000.html'), 'https://vnexpress.net/x.html');
    expect(m.title).toBe('Tăng cường hợp tác Việt Nam - Lào trong lĩnh vực lao động');
    expect(m.publishedTime).toBe('2025-11-13T07:49:00+07:00');
    expect(m.byline).toBeTruthy();
    expect(m.lang).toBe('vi');
    expect(m.canonicalUrl).toMatch(/^https?:\/\//);
  });

  const page = (head: string, body: string) =>
    parse(`<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>`);
  const cases: { name: string; doc: () => Document; title: string; date: string | null }[] = [
    {
      name: 'og:title with site suffix, no h1',
      doc: () =>
        page('<meta property="og:title" content="Giá xăng giảm lần thứ ba liên tiếp - Báo Mẫu">', '<p>x</p>'),
      title: 'Giá xăng giảm lần thứ ba liên tiếp',
      date: null,
    },
    {
      name: 'h1 preferred over a title with an ASCII slug tail',
      doc: () =>
        page(
          '<title>Đột nhập lò luyện thi công chức-lo luyen thi cong chuc</title><meta name="pubdate" content="2012-12-23T14:02+07:00">',
          '<h1>Đột nhập lò luyện thi công chức</h1>',
        ),
      title: 'Đột nhập lò luyện thi công chức',
      date: '2012-12-23T14:02:00+07:00',
    },
    {
      name: 'JSON-LD datePublished and headline',
      doc: () =>
        page(
          '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hà Nội mở tuyến buýt điện mới","datePublished":"2026-03-14T08:30:00+07:00","author":{"@type":"Person","name":"Minh Anh"}}</script>',
          '<p>x</p>',
        ),
      title: 'Hà Nội mở tuyến buýt điện mới',
      date: '2026-03-14T08:30:00+07:00',
    },
    {
      name: 'no h1 nor title metadata: bold headline above the date line',
      doc: () =>
        page(
          '<title>Báo Điện tử Mẫu – Phiên bản Mobile</title>',
          '<font size="+1"><b>"Gói 50.000 tỷ" cứu thị trường: chuyện thật hay đùa?</b></font><div><span class="fon7">Thứ Sáu, 28/03/2014 - 11:02</span></div><p>Nội dung bài viết.</p>',
        ),
      title: '"Gói 50.000 tỷ" cứu thị trường: chuyện thật hay đùa?',
      date: '2014-03-28T11:02:00+07:00',
    },
    {
      name: 'visible Vietnamese date in a date element',
      doc: () =>
        page(
          '<title>Mưa lớn ở miền Trung | Báo Mẫu</title>',
          '<h1>Mưa lớn ở miền Trung</h1><span class="date">Thứ hai, 12/8/2024, 10:30 (GMT+7)</span>',
        ),
      title: 'Mưa lớn ở miền Trung',
      date: '2024-08-12T10:30:00+07:00',
    },
  ];
  it.each(cases)('$name', ({ doc, title, date }) => {
    const m = extractMetadata(doc(), 'https://bao.example/a.html');
    expect(m.title).toBe(title);
    expect(m.publishedTime).toBe(date);
  });
});
