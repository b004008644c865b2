// Detection on sites outside the built-in list: judged by language and page structure alone.
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect';
import { parse } from '../reader/fixture-doc';

const VI = [
  'Chiều 5/3, Công an tỉnh đã tổ chức hội nghị tổng kết công tác bảo đảm an ninh trật tự trên địa bàn, với sự tham dự của lãnh đạo các phòng nghiệp vụ và công an các huyện, thị xã.',
  'Theo báo cáo, trong năm qua lực lượng công an đã phát hiện, điều tra và xử lý nhiều vụ việc, góp phần giữ vững an ninh chính trị và trật tự an toàn xã hội tại địa phương.',
  'Phát biểu tại hội nghị, đồng chí Giám đốc Công an tỉnh yêu cầu các đơn vị tiếp tục đổi mới phương pháp công tác, gần dân, sát dân, kịp thời giải quyết những vấn đề phát sinh ở cơ sở.',
];
const paras = (n: number) => Array.from({ length: n }, (_, i) => `<p>${VI[i % VI.length]}</p>`).join('');

function page(opts: { lang?: string | null; head?: string; body: string }): Document {
  const lang = opts.lang === null ? '' : ` lang="${opts.lang ?? 'vi'}"`;
  return parse(
    `<!doctype html><html${lang}><head><meta charset="utf-8">${opts.head ?? ''}</head><body>${opts.body}</body></html>`,
  );
}

const TITLE = 'Công an tỉnh tổng kết công tác bảo đảm an ninh trật tự năm 2025';
const article = (extraHead = '') =>
  `<header><nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></nav></header><div class="main"><h1>${TITLE}</h1><div class="date">05/03/2026 16:20</div><p class="sapo"><strong>Hội nghị đánh giá kết quả một năm và đề ra nhiệm vụ trọng tâm cho năm tới.</strong></p><div class="content">${paras(9)}</div></div>${extraHead}`;

interface Case {
  name: string;
  doc: () => Document;
  url: string;
  yes: boolean;
  reason?: string;
}

const cases: Case[] = [
  {
    name: 'provincial police portal declaring lang="vn", no article metadata',
    doc: () => page({ lang: 'vn', head: `<title>${TITLE} - Công an tỉnh</title>`, body: article() }),
    url: 'https://congan.tinhnao.gov.vn/tin-tuc/cong-an-tinh-tong-ket-cong-tac-nam-2025-1234.html',
    yes: true,
    reason: 'langDeclaredVi',
  },
  {
    name: 'military-region paper without any lang attribute',
    doc: () => page({ lang: null, head: `<title>${TITLE}</title>`, body: article() }),
    url: 'http://baoquankhu9.vn/index.php?id=5678',
    yes: true,
    reason: 'langMissing',
  },
  {
    name: 'company blog post (BlogPosting, /blog/ address)',
    doc: () =>
      page({
        head: `<title>5 mẹo chọn phần mềm kế toán cho doanh nghiệp nhỏ | Blog Công ty ABC</title><meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-20T08:00:00+07:00"><script type="application/ld+json">{"@type":"BlogPosting","headline":"5 mẹo chọn phần mềm kế toán cho doanh nghiệp nhỏ"}</script>`,
        body: `<h1>5 mẹo chọn phần mềm kế toán cho doanh nghiệp nhỏ</h1><div class="post-content">${paras(9)}</div>`,
      }),
    url: 'https://congtyabc.vn/blog/5-meo-chon-phan-mem-ke-toan-cho-doanh-nghiep-nho',
    yes: false,
    reason: 'blogMarkup',
  },
  {
    name: 'forum thread',
    doc: () =>
      page({
        head: `<title>Hỏi về thủ tục đổi giấy phép lái xe | Diễn đàn Ô tô</title><meta name="generator" content="XenForo">`,
        body: `<h1>Hỏi về thủ tục đổi giấy phép lái xe</h1>${Array.from({ length: 6 }, (_, i) => `<article class="message"><div class="message-user">thanhvien${i}</div><div class="message-body">${VI[i % 3]}</div></article>`).join('')}`,
      }),
    url: 'https://diendanoto.vn/threads/hoi-ve-thu-tuc-doi-giay-phep-lai-xe.12345/',
    yes: false,
    reason: 'forumMarkup',
  },
  {
    name: 'category listing of an unknown site',
    doc: () =>
      page({
        head: '<title>Thời sự - Báo Tỉnh Nhà</title><meta property="og:type" content="website">',
        body: `<h1>Thời sự</h1>${Array.from({ length: 30 }, (_, i) => `<div class="item"><h3><a href="/thoi-su/tin-${i}-123456.html">${VI[i % 3].slice(0, 80)}</a></h3></div>`).join('')}`,
      }),
    url: 'https://baotinhnha.vn/thoi-su',
    yes: false,
  },
  {
    name: 'home page of an unknown site',
    doc: () =>
      page({
        head: '<title>Báo Tỉnh Nhà - Tin tức mới nhất</title>',
        body: `<h1 class="logo"><a href="/">Báo Tỉnh Nhà</a></h1>${Array.from({ length: 40 }, (_, i) => `<h3><a href="/tin-${i}-98765.html">${VI[i % 3].slice(0, 90)}</a></h3>`).join('')}`,
      }),
    url: 'https://baotinhnha.vn/',
    yes: false,
    reason: 'sectionUrl',
  },
];

describe('detectPage beyond the built-in domain list', () => {
  it.each(cases)('$name → $yes', ({ doc, url, yes, reason }) => {
    const d = detectPage(doc(), url);
    expect(d.isVietnameseNews).toBe(yes);
    if (reason) expect(d.reasons).toContain(reason);
    expect(d.reasons).toContain(
      yes ? 'verdictNews' : d.isNewsArticle ? 'verdictForeignNews' : 'verdictNotArticle',
    );
  });
});
