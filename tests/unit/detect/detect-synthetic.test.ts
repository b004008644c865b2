import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect';
import { parse } from '../reader/fixture-doc';

const P = (n: number, s: string) =>
  Array.from({ length: n }, (_, i) => `<p>${s} Đoạn ${i + 1}.</p>`).join('');
const VI =
  'Theo báo cáo của Bộ Nội vụ, trong năm nay các địa phương đã hoàn thành việc sắp xếp bộ máy và những kết quả đạt được cho thấy sự chuyển biến rõ rệt trong công tác cải cách hành chính tại nhiều tỉnh thành.';
const EN =
  'According to the ministry, local governments completed the reorganisation this year and the results show a clear change in administrative reform across many provinces and cities of the country.';

function page(opts: { lang?: string; head?: string; body: string }): Document {
  return parse(
    `<!doctype html><html${opts.lang ? ` lang="${opts.lang}"` : ''}><head><meta charset="utf-8">${opts.head ?? ''}</head><body>${opts.body}</body></html>`,
  );
}

const articleHead = (title: string) =>
  `<title>${title} - Báo Địa Phương</title><meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="article:published_time" content="2025-11-20T08:00:00+07:00">`;

describe('detectPage on synthetic pages', () => {
  const cases: { name: string; doc: () => Document; url: string; yes: boolean; reason?: RegExp }[] = [
    {
      name: 'Vietnamese article on a site not in the domain list',
      doc: () =>
        page({
          lang: 'vi',
          head: articleHead('Tỉnh ven biển hoàn thành sắp xếp bộ máy hành chính'),
          body: `<header><a href="/">Trang chủ</a></header><article><h1>Tỉnh ven biển hoàn thành sắp xếp bộ máy hành chính</h1><div class="content">${P(8, VI)}</div></article>`,
        }),
      url: 'https://baodiaphuong.example/tinh-ven-bien-hoan-thanh-sap-xep-bo-may-123456.html',
      yes: true,
      reason: /mainText/,
    },
    {
      name: 'Vietnamese article without any metadata or declared language',
      doc: () =>
        page({
          head: '<title>Tỉnh ven biển hoàn thành sắp xếp bộ máy hành chính | Tin tức</title>',
          body: `<div class="detail"><h1>Tỉnh ven biển hoàn thành sắp xếp bộ máy hành chính</h1><div>${P(6, VI)}</div></div>`,
        }),
      url: 'file:///tmp/page.html',
      yes: true,
    },
    {
      name: 'English news article on a Vietnamese news domain',
      doc: () =>
        page({
          lang: 'en',
          head: articleHead('Province completes administrative reorganisation'),
          body: `<article><h1>Province completes administrative reorganisation</h1>${P(8, EN)}</article>`,
        }),
      url: 'https://e.vnexpress.net/news/province-completes-reorganisation-4980003.html',
      yes: false,
      reason: /NotVietnamese|verdictForeignNews/,
    },
    {
      name: 'Vietnamese category listing of teaser links',
      doc: () =>
        page({
          lang: 'vi',
          head: '<title>Thời sự - Báo Địa Phương</title><meta property="og:type" content="website">',
          body: `<h1>Thời sự</h1>${Array.from({ length: 30 }, (_, i) => `<div class="item"><h3><a href="/tin-${i}-123456.html">Tin tức thời sự số ${i + 1} về những vấn đề của địa phương trong tuần</a></h3><p class="sapo">Các cơ quan chức năng đã kiểm tra và xử lý vi phạm.</p></div>`).join('')}`,
        }),
      url: 'https://baodiaphuong.example/thoi-su.htm',
      yes: false,
    },
    {
      name: 'legal-database page with the full text of a decision',
      doc: () =>
        page({
          lang: 'vi',
          head: '<title>Quyết định 123/QĐ-UBND năm 2020 về kế hoạch tuyên truyền</title>',
          body: `<h1>Quyết định 123/QĐ-UBND năm 2020 về kế hoạch tuyên truyền</h1><div class="content"><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</p><p>QUYẾT ĐỊNH</p><p>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</p><p>Căn cứ Nghị định số 12/2019/NĐ-CP;</p><p>Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền.</p><p>Điều 2. Quyết định có hiệu lực kể từ ngày ký.</p>${P(6, VI)}</div>`,
        }),
      url: 'https://luat.example/van-ban/quyet-dinh-123-qd-ubnd-2020-ke-hoach-tuyen-truyen.aspx',
      yes: false,
      reason: /legalDocument/,
    },
    {
      name: 'Vietnamese shop product page',
      doc: () =>
        page({
          lang: 'vi',
          head: '<title>Nồi chiên không dầu 5 lít chính hãng giá tốt | Cửa hàng</title>',
          body: `<div class="product"><div><h1>Nồi chiên không dầu 5 lít chính hãng giá tốt</h1><div class="price">1.290.000 ₫</div><button>Chọn mua</button><a href="/cart">Giỏ hàng</a><p>Nồi chiên không dầu với dung tích lớn, phù hợp cho gia đình từ bốn đến sáu người, tiết kiệm điện năng.</p></div></div>`,
        }),
      url: 'https://cuahang.example/noi-chien-khong-dau-5-lit-chinh-hang-p123456.html',
      yes: false,
    },
    {
      name: 'Vietnamese home page',
      doc: () =>
        page({
          lang: 'vi',
          head: '<title>Báo Địa Phương - Tin tức mới nhất</title>',
          body: Array.from(
            { length: 40 },
            (_, i) =>
              `<h3><a href="/tin-${i}.html">Tin nổi bật thứ ${i + 1} của ngày hôm nay trên cả nước</a></h3>`,
          ).join(''),
        }),
      url: 'https://baodiaphuong.example/',
      yes: false,
      reason: /sectionUrl/,
    },
  ];
  it.each(cases)('$name → $yes', ({ doc, url, yes, reason }) => {
    const d = detectPage(doc(), url);
    expect(d.isVietnameseNews).toBe(yes);
    expect(d.reasons.length).toBeGreaterThan(2);
    if (reason) expect(d.reasons.join(' | ')).toMatch(reason);
  });
});
