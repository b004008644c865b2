import { describe, expect, it } from 'vitest';
import { applySiteRules, findLead, imageTablesToFigures } from '../../../lib/reader/site-rules';
import { flat, parse } from './fixture-doc';

const PROSE =
  'Ủy ban nhân dân tỉnh cho biết trong năm nay các địa phương đã hoàn thành việc sắp xếp bộ máy, những kết quả đạt được cho thấy sự chuyển biến rõ rệt trong công tác cải cách hành chính.';
const body = (inner: string) =>
  `<html lang="vi"><head><title>Tin</title></head><body><h1>Tỉnh hoàn thành sắp xếp bộ máy hành chính</h1><div class="detail-content"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>${inner}<p>${PROSE}</p></div></body></html>`;
const links = (n: number, prefix = 'Tin khác') =>
  Array.from(
    { length: n },
    (_, i) => `<li><a href="/tin-${i}.html">${prefix} số ${i + 1} về chuyện trong ngày</a></li>`,
  ).join('');

describe('applySiteRules', () => {
  const cases: { name: string; inner: string; gone: string[]; kept?: string[] }[] = [
    {
      name: 'related box by class',
      inner: `<div class="box-related"><ul>${links(3, 'Bài liên quan')}</ul></div>`,
      gone: ['Bài liên quan số 1'],
    },
    {
      name: 'box titled "Tin liên quan"',
      inner: `<div><h3>Tin liên quan</h3><ul>${links(3)}</ul></div>`,
      gone: ['Tin liên quan', 'Tin khác số 2'],
    },
    {
      name: 'box titled "Đọc nhiều"',
      inner: `<section><h4>Đọc nhiều</h4><ol>${links(4)}</ol></section>`,
      gone: ['Đọc nhiều', 'Tin khác số 4'],
    },
    {
      name: 'box titled "Mới nhất"',
      inner: `<aside><div class="t">Mới nhất</div><ul>${links(2)}</ul></aside>`,
      gone: ['Mới nhất', 'Tin khác số 1'],
    },
    {
      name: 'box titled "Tin bài khác"',
      inner: `<div><b>Tin bài khác:</b><ul>${links(2)}</ul></div>`,
      gone: ['Tin bài khác'],
    },
    {
      name: '">>" read-also links in the body',
      inner:
        '<p><a href="/a.html">&gt;&gt; Doanh nhân buôn lậu lãnh án</a><br><a href="/b.html">&gt;&gt; Truy tố bị can</a></p>',
      gone: ['Doanh nhân buôn lậu', 'Truy tố bị can'],
    },
    {
      name: '"Xem thêm:" paragraph',
      inner: '<p>Xem thêm: <a href="/c.html">Giá vàng hôm nay lập đỉnh mới</a></p>',
      gone: ['Giá vàng hôm nay'],
    },
    {
      name: 'comments, share bar, tags, weather, ads',
      inner:
        '<div class="comment-list"><p>Bình luận của bạn đọc rất hay</p></div><div class="share-bar"><a href="#">Chia sẻ Facebook</a></div><div class="tags"><a href="/tag/x">Lao động</a></div><div class="weather">Hà Nội 25 °C</div><div class="ads">Quảng cáo vay tiêu dùng</div>',
      gone: ['Bình luận của bạn đọc', 'Chia sẻ Facebook', 'Lao động', 'Hà Nội 25 °C', 'Quảng cáo vay'],
    },
    {
      name: 'ordinary prose with a link stays',
      inner: `<p>Theo <a href="/nguon.html">báo cáo</a> của Bộ Nội vụ, ${PROSE}</p>`,
      gone: [],
      kept: ['Theo báo cáo của Bộ Nội vụ'],
    },
  ];
  it.each(cases)('$name', ({ inner, gone, kept }) => {
    const doc = parse(body(inner));
    applySiteRules(doc, 'https://bao.example/a.html', null);
    const text = flat(doc.body.textContent);
    for (const g of gone) expect(text).not.toContain(g);
    for (const k of [...(kept ?? []), PROSE.slice(0, 60), 'Tỉnh hoàn thành sắp xếp'])
      expect(text).toContain(k);
  });

  it('keeps the headline and main text even when a wrapper has a clutter-like class', () => {
    const doc = parse(
      `<html><body><div class="newsother"><h1>Tiêu đề bài viết đủ dài để làm tiêu đề</h1><div class="content"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div></div></body></html>`,
    );
    applySiteRules(doc, 'https://bao.example/a.html', null);
    expect(flat(doc.body.textContent)).toContain(PROSE.slice(0, 40));
    expect(doc.querySelector('h1')).not.toBeNull();
  });

  it('resolves lazy images and makes URLs absolute', () => {
    const doc = parse(
      body(
        '<figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/a.jpg" data-srcset="/img/a.jpg 1x, /img/a2.jpg 2x"><figcaption>Chú thích ảnh</figcaption></figure><p><a href="../b.html">liên kết</a> trong câu.</p>',
      ),
    );
    const r = applySiteRules(doc, 'https://bao.example/tin/a.html', null);
    const img = doc.querySelector('img');
    expect(r.lazyImages).toBeGreaterThan(0);
    expect(img?.getAttribute('src')).toBe('https://bao.example/img/a.jpg');
    expect(img?.getAttribute('srcset')).toBe(
      'https://bao.example/img/a.jpg 1x, https://bao.example/img/a2.jpg 2x',
    );
    expect(doc.querySelector('a[href="https://bao.example/b.html"]')).not.toBeNull();
    expect(doc.querySelector('figcaption')?.textContent).toBe('Chú thích ảnh');
  });
});

describe('findLead and image tables', () => {
  it.each([
    [
      'a sapo class',
      '<h2 class="detail-sapo">Đây là đoạn sapo mở đầu của bài viết, đủ dài để được nhận ra là phần dẫn.</h2>',
      null,
    ],
    [
      'the page description',
      '<h2 class="x">(PV) - Đây là đoạn sapo mở đầu của bài viết, đủ dài để được nhận ra là phần dẫn.</h2>',
      'Đây là đoạn sapo mở đầu của bài viết, đủ dài để được nhận ra là phần dẫn.',
    ],
  ])('finds the lead by %s', (_n, html, description) => {
    const doc = parse(`<html><body><h1>Tiêu đề</h1>${html}<p>${PROSE}</p></body></html>`);
    expect(flat(findLead(doc, description)?.textContent)).toContain('Đây là đoạn sapo mở đầu');
  });

  it('turns picture-and-caption tables into figures', () => {
    const doc = parse(
      '<html><body><table><tr><td><img src="https://a.b/1.jpg"></td></tr><tr><td class="caption">Nhà thờ lung linh ánh sáng.</td></tr></table></body></html>',
    );
    expect(imageTablesToFigures(doc, doc.body)).toBe(1);
    expect(doc.querySelector('table')).toBeNull();
    expect(doc.querySelector('figure img')?.getAttribute('src')).toBe('https://a.b/1.jpg');
    expect(doc.querySelector('figure figcaption')?.textContent).toBe('Nhà thờ lung linh ánh sáng.');
  });
});
