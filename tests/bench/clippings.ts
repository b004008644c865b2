/**
 * Realistic clippings for the export benches: article HTML as the reader stores it (Readability's
 * page wrapper, classes kept by DOMPurify, figures with captions, links, emphasis, now and then a
 * list or a table), about 3–8 KB of HTML per article, its plain text, 10–40 entity mentions, 0–6 highlights
 * (some with notes, some spanning formatting), notes and tags. Deterministic for a given index.
 */
import type { Clipping, Collection, Entity, Highlight, HighlightColor } from '@/lib/types';

export const BENCH_COLLECTIONS: Collection[] = [
  { id: 'default', name: 'Chưa phân loại', createdAt: '2026-01-01T00:00:00.000Z' },
  { id: 'nghien-cuu', name: 'Nghiên cứu chính sách', createdAt: '2026-01-02T00:00:00.000Z' },
  { id: 'kinh-te', name: 'Kinh tế – Tài chính', createdAt: '2026-01-03T00:00:00.000Z' },
];

const SENTENCES = [
  'Sáng nay, Quốc hội tiếp tục thảo luận ở hội trường về dự án Luật sửa đổi, bổ sung một số điều của Luật Đất đai.',
  'Nhiều đại biểu đề nghị làm rõ cơ chế bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất cho dự án hạ tầng.',
  'Phát biểu tại phiên họp, Bộ trưởng Bộ Tài nguyên và Môi trường cho biết ban soạn thảo đã tiếp thu phần lớn ý kiến.',
  'Theo Nghị định 15/2020/NĐ-CP, mức xử phạt vi phạm hành chính được điều chỉnh tăng đối với một số hành vi.',
  'Các doanh nghiệp xuất khẩu kỳ vọng Hiệp định CPTPP sẽ tiếp tục mở rộng thị trường cho nông sản Việt Nam.',
  'Chuyên gia kinh tế nhận định tăng trưởng quý cuối năm phụ thuộc nhiều vào tốc độ giải ngân vốn đầu tư công.',
  'Tại TP.HCM, giá căn hộ chung cư tăng khoảng 12% so với cùng kỳ năm trước, theo số liệu của một công ty nghiên cứu thị trường.',
  'Ông Nguyễn Văn Hùng, Phó chủ tịch UBND tỉnh, cho biết tỉnh sẽ ưu tiên bố trí vốn cho các công trình trọng điểm.',
  'Người dân mong muốn quy trình thủ tục hành chính được rút gọn, công khai và minh bạch hơn.',
  'Ngân hàng Nhà nước giữ nguyên lãi suất điều hành trong bối cảnh lạm phát được kiểm soát ở mức dưới 4%.',
  'Dự án đường cao tốc Bắc – Nam phía Đông đoạn qua tỉnh Quảng Ngãi dự kiến hoàn thành vào cuối năm 2025.',
  '"Chúng tôi sẽ rà soát toàn bộ các dự án chậm tiến độ", bà Trần Thị Mai, Giám đốc Sở Kế hoạch và Đầu tư nói.',
];

const TAGS = ['đất đai', 'quốc hội', 'kinh tế', 'hạ tầng', 'bất động sản', 'chính sách', 'TP.HCM', '2026'];
const COLORS: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const BYLINES = ['Lê Minh Châu', 'Nhóm PV Thời sự', 'Bài: Hoàng Anh; Ảnh: Hữu Hạnh', 'Theo TTXVN'];
const SITES = ['Báo Ví Dụ', 'Tin Nhanh Mẫu', 'Thời Báo Thử'];

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Clipping number `i` of a bench library. */
export function benchClipping(i: number): Clipping {
  const r = rng(i + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const site = pick(SITES);
  const url = `https://bao.example.vn/thoi-su/quoc-hoi-thao-luan-luat-dat-dai-${i}.html`;
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const paras: string[] = [];
  const html: string[] = [
    `<div id="readability-page-1" class="page"><div class="detail-content afcbc-body" data-role="content">`,
  ];
  html.push(`<h2 class="detail-sapo" data-role="sapo">Phiên thảo luận số ${i}: nhiều ý kiến trái chiều</h2>`);
  const n = 8 + Math.floor(r() * 9);
  for (let k = 0; k < n; k++) {
    const ss = Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(SENTENCES));
    const text = ss.join(' ');
    paras.push(text);
    let body = esc(text);
    if (r() < 0.4) body = body.replace('Quốc hội', '<strong>Quốc hội</strong>');
    if (r() < 0.3) body = body.replace('tiếp tục', '<em>tiếp tục</em>');
    if (r() < 0.5)
      body += ` <a href="https://bao.example.vn/lien-quan/${i}-${k}.html" title="Xem thêm" data-linktype="newsdetail">Xem thêm</a>`;
    html.push(`<p class="t-j" style="text-align: justify;">${body}</p>`);
    if (k === 2 || (k > 4 && r() < 0.12)) {
      const cap = `Toàn cảnh phiên họp sáng ${i % 28} tháng 5. Ảnh: Quang Vinh`;
      paras.push(cap);
      html.push(
        `<figure class="VCSortableInPreviewMode" type="Photo"><div><a href="https://cdn.example.vn/${i}/${k}.jpg" data-fancybox-group="img"><img src="https://cdn.example.vn/thumb_w/640/${i}/${k}.jpg" alt="Phiên họp ${i}" width="640" height="400" loading="lazy" class="lightbox-content"></a></div><figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh">${esc(cap)}</p></figcaption></figure>`,
      );
    }
    if (k === 5 && r() < 0.3) {
      const items = Array.from({ length: 4 }, () => pick(SENTENCES));
      paras.push(...items);
      html.push(`<ul class="list">${items.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`);
    }
    if (k === 7 && r() < 0.15) {
      const rows = [
        ['Chỉ tiêu', 'Năm 2025', 'Năm 2026'],
        ['Tăng trưởng GDP', '6,5%', '7,0%'],
        ['Lạm phát', '3,8%', '4,0%'],
        ['Vốn đầu tư công (nghìn tỷ đồng)', '790', '825'],
      ];
      paras.push(rows.map((row) => row.join('\t')).join('\n'));
      html.push(
        `<table class="table"><tbody>${rows.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
      );
    }
  }
  html.push(
    `<p class="author" style="text-align: right;"><strong>${esc(BYLINES[i % BYLINES.length])}</strong></p>`,
  );
  html.push('</div></div>');
  const text = paras.join('\n\n');

  const entities: Entity[] = [];
  const ne = 10 + Math.floor(r() * 21);
  for (let k = 0; k < ne; k++) {
    const start = Math.floor(r() * Math.max(1, text.length - 40));
    const kind = k % 4;
    if (kind === 0)
      entities.push({
        type: 'official',
        text: 'Bộ trưởng Bộ Tài nguyên và Môi trường',
        start,
        end: start + 37,
        name: 'Đỗ Đức Duy',
        title: 'Bộ trưởng Bộ Tài nguyên và Môi trường',
        titleEn: 'Minister of Natural Resources and Environment',
        key: 'official:do-duc-duy',
      });
    else if (kind === 1)
      entities.push({
        type: 'legal_document',
        text: 'Nghị định 15/2020/NĐ-CP',
        start,
        end: start + 23,
        key: 'doc:15-2020-nd-cp',
      });
    else if (kind === 2)
      entities.push({
        type: 'agreement',
        text: 'Hiệp định CPTPP',
        start,
        end: start + 15,
        key: 'agreement:cptpp',
      });
    else entities.push({ type: 'watch', text: 'UBND tỉnh', start, end: start + 9, key: 'watch:ubnd-tinh' });
  }

  const highlights: Highlight[] = [];
  const nh = Math.floor(r() * 7);
  for (let k = 0; k < nh; k++) {
    const p = pick(paras);
    const from = Math.floor(r() * Math.max(1, p.length - 60));
    const quote = p.slice(from, from + 20 + Math.floor(r() * 60)).trim();
    const start = text.indexOf(quote);
    highlights.push({
      id: `h-${i}-${k}`,
      color: pick(COLORS),
      quote,
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: quote,
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(start + quote.length, start + quote.length + 32),
        },
        { type: 'TextPositionSelector', start, end: start + quote.length },
      ],
      note: r() < 0.4 ? 'So sánh với luật cũ: *điều 62* và <điều 63>' : '',
      createdAt: at,
    });
  }

  return {
    id: `bench-${i}`,
    url,
    canonicalUrl: url,
    title: `Quốc hội thảo luận Luật Đất đai sửa đổi: ${i % 7 === 0 ? 'bồi thường, tái định cư' : 'ý kiến đại biểu'} (phiên ${i})`,
    siteName: site,
    byline: BYLINES[i % BYLINES.length],
    publishedTime: '2026-05-20T09:15:00+07:00',
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: html.join(''),
    text,
    entities,
    highlights,
    note: i % 3 ? '' : 'Cần đọc lại phần tái định cư.\n1. Đối chiếu với Nghị quyết 18\n# không phải tiêu đề',
    tags: TAGS.filter(() => r() < 0.25),
    collectionId: BENCH_COLLECTIONS[i % BENCH_COLLECTIONS.length].id,
    savedAt: at,
    updatedAt: at,
    extractorVersion: 'bench',
    contentHash: (Math.imul(i, 2654435761) >>> 0).toString(16),
  };
}

/** The `n` clippings of a bench library. */
export const benchLibrary = (n: number): Clipping[] => Array.from({ length: n }, (_, i) => benchClipping(i));
