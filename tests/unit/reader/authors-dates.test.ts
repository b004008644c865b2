// @vitest-environment jsdom
// Authors, dates, site names and titles read from fixture pages of our own (tests/fixtures/pages/meta-*).
import { describe, expect, it } from 'vitest';
import { cleanByline, isOrganisation, ownerKeys, splitAuthors } from '../../../lib/reader/byline';
import { decodeEntities } from '../../../lib/reader/entities';
import { extractArticle } from '../../../lib/reader';
import { inPageZone } from '../../../lib/reader/published';
import { isoDay } from '../../../lib/format/date';
import type { Article, ExtractError } from '../../../lib/types';
import { fixtureDoc } from './fixture-doc';

function article(r: Article | ExtractError): Article {
  if ('error' in r) throw new Error(`expected an article, got ${r.code}: ${r.error}`);
  return r;
}

interface Case {
  page: string;
  url: string;
  title: string;
  byline: string | null;
  authors: string[];
  published: string | null;
  site?: string;
}

const cases: Case[] = [
  {
    page: 'meta-jsonld-array.html',
    url: 'https://baosongnui.vn/thoi-su/nguoi-dan-vung-lu-123456.html',
    title: 'Người dân vùng lũ nhận hỗ trợ khẩn cấp',
    byline: 'Lan Anh, Minh Khôi',
    authors: ['Lan Anh', 'Minh Khôi'],
    // "Z" on a Vietnamese page: the same moment in Việt Nam's time (the next day there).
    published: '2025-05-03T06:30:00+07:00',
    site: 'Báo Sông Núi',
  },
  {
    page: 'meta-jsonld-publisher.html',
    url: 'https://baosongnui.vn/kinh-te/tuyen-duong-ven-bien-234567.html',
    title: 'Tỉnh khởi công tuyến đường ven biển mới',
    // JSON-LD names the publisher and <meta name=author> the domain: the sign-off is the author.
    byline: 'Trần Thu Hà (tổng hợp)',
    authors: ['Trần Thu Hà'],
    published: '2026-03-07T08:01:53+07:00',
  },
  {
    page: 'meta-entities.html',
    url: 'https://tuoitre.vn/gia-hoa-tang-manh-2026030708.htm',
    title: 'Giá hoa tăng mạnh dịp lễ',
    byline: 'NHẬT XUÂN, NGHI VŨ',
    authors: ['NHẬT XUÂN', 'NGHI VŨ'],
    published: '2026-03-07T08:01:53+07:00',
    site: 'Tuổi Trẻ',
  },
  {
    page: 'meta-theo.html',
    url: 'https://cafebiz.vn/bao-bi-doc-dao-2014040314.chn',
    title: 'Những mẫu bao bì độc đáo nhất thế giới',
    byline: 'Theo Vũ Vũ',
    authors: ['Vũ Vũ'],
    published: '2014-04-03T14:26:00+07:00',
    site: 'CafeBiz',
  },
  {
    page: 'meta-nhom-pv.html',
    url: 'https://news.zing.vn/moi-nga-duong-a293004.html',
    title: 'Mọi ngả đường về trung tâm tắc nghẽn đêm Giáng sinh',
    byline: 'Nhóm PV',
    authors: ['Nhóm PV'],
    published: '2012-12-24T23:05:00+07:00',
  },
  {
    page: 'meta-related-dates.html',
    url: 'https://soha.vn/giai-tri/ca-si-tre-2012122510.htm',
    title: 'Ca sĩ trẻ ra mắt album đầu tay sau ba năm',
    byline: 'Theo Ngoisao',
    authors: ['Ngoisao'],
    // The related items above and below the headline carry other dates.
    published: '2012-12-25T10:25:00+07:00',
  },
  {
    page: 'meta-site-prefix.html',
    url: 'https://songnui.com.vn/xa-hoi/khanh-thanh-cau-345678.html',
    title: 'Khánh thành cây cầu nối hai bờ sông sau hai năm thi công',
    byline: 'Hà Anh',
    authors: ['Hà Anh'],
    published: '2014-03-20T15:23:00+07:00',
    site: 'Sông Núi Online',
  },
  {
    page: 'meta-h1-title.html',
    url: 'https://baodautu.vn/gia-vang-d456789.html',
    // The visible headline, not the longer search-engine <title>.
    title: 'Giá vàng trong nước tăng mạnh theo thế giới',
    byline: 'Nguyên Minh',
    authors: ['Nguyên Minh'],
    published: '2026-03-07T08:47:00+07:00',
    site: 'Báo Đầu tư',
  },
];

describe('article metadata on fixture pages', () => {
  it.each(cases)('$page', (c) => {
    const a = article(extractArticle(fixtureDoc(c.page), c.url));
    expect(a.title).toBe(c.title);
    expect(a.byline).toBe(c.byline);
    expect(a.authors).toEqual(c.authors);
    expect(a.publishedTime).toBe(c.published);
    if (c.site) expect(a.siteName).toBe(c.site);
  });
});

describe('author names', () => {
  const owners = ownerKeys([
    'VnExpress',
    'vnexpress.net',
    'vnexpress',
    'Công ty cổ phần Truyền Thông Việt Nam - VCCorp',
  ]);
  it.each([
    ['VnExpress', true],
    ['vnexpress.net', true],
    ['VCCorp.vn', true],
    ['TUOI TRE ONLINE', true],
    ['Công nghệ ChannelVN', true],
    ['Hà Thu', false],
    ['Nhóm PV Kinh tế', false],
    ['https://facebook.com/someone', true],
  ])('%s is an organisation: %s', (name, org) => {
    expect(isOrganisation(name as string, owners)).toBe(org);
  });

  it.each([
    ['Quang Phong - Tùng Nguyên', ['Quang Phong', 'Tùng Nguyên']],
    ['Theo Minh Nguyễn/Vcamp.vn', ['Minh Nguyễn']],
    ['Tin, ảnh: Vũ Phương Thảo', ['Vũ Phương Thảo']],
    ['Theo Sầm Hoa (Vietnamnet/Reuters)', ['Sầm Hoa']],
    ['Hà Thu (tổng hợp)', ['Hà Thu']],
    ['Mai Lan và Quốc Việt', ['Mai Lan', 'Quốc Việt']],
  ])('%s → %j', (byline, names) => {
    expect(splitAuthors(byline as string)).toEqual(names);
  });

  it.each([
    ['Tác giả: Nguyễn Văn An', 'Nguyễn Văn An'],
    ['Hà Thu | ', 'Hà Thu'],
    ['H.V. Ảnh: Misso', 'H.V.'],
  ])('cleans the byline %s → %s', (raw, clean) => {
    expect(cleanByline(raw as string)).toBe(clean);
  });

  it('decodes character references', () => {
    expect(decodeEntities('NH&#7852;T XU&Acirc;N &amp; NGHI V&#x168;')).toBe('NHẬT XUÂN & NGHI VŨ');
  });
});

describe('dates in the page time zone', () => {
  it.each([
    ['2026-03-07T08:01:53+07:00', 'vi', '2026-03-07T08:01:53+07:00'],
    ['2026-03-06T17:05:00Z', 'vi', '2026-03-07T00:05:00+07:00'],
    ['2026-03-07T00:01:00', 'vi-VN', '2026-03-07T00:01:00+07:00'],
    ['2026-03-07T00:01:00', null, '2026-03-07T00:01:00+07:00'],
    ['2026-03-06T17:05:00Z', 'en', '2026-03-06T17:05:00Z'],
    ['2026-03-07', 'vi', '2026-03-07'],
  ])('%s (%s) → %s', (iso, lang, out) => {
    expect(inPageZone(iso, lang)).toBe(out);
    // Shown on the page's own day.
    if (!out.endsWith('Z')) expect(isoDay(inPageZone(iso, lang))).toBe(out.slice(0, 10));
  });
});
