/** Builders of clippings and collections for the export/import tests (texts written for these tests). */
import type { Clipping, Collection, Entity, Highlight } from '@/lib/types';

export const COLLECTIONS: Collection[] = [
  { id: 'default', name: 'Chưa phân loại', createdAt: '2026-01-01T00:00:00.000Z' },
  { id: 'col-kinh-te', name: 'Kinh tế & Đầu tư', createdAt: '2026-01-05T00:00:00.000Z' },
];

const ENTITIES: Entity[] = [
  {
    type: 'official',
    text: 'Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng',
    start: 0,
    end: 39,
    name: 'Nguyễn Văn Thắng',
    title: 'Bộ trưởng Bộ Tài chính',
    titles: ['Bộ trưởng Bộ Tài chính', 'Ủy viên Trung ương Đảng'],
    titleEn: 'Minister of Finance',
    key: 'official:nguyen-van-thang',
  },
  { type: 'agreement', text: 'Hiệp định CPTPP', start: 60, end: 75, key: 'agreement:cptpp' },
  { type: 'legal_document', text: 'Nghị định 15/2020/NĐ-CP', start: 90, end: 113, key: 'doc:15-2020-nd-cp' },
];

function hl(id: string, quote: string, note: string): Highlight {
  return {
    id,
    color: 'green',
    quote,
    note,
    createdAt: '2026-02-03T04:05:06.000Z',
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: 'Trước ', suffix: ' sau' },
      { type: 'TextPositionSelector', start: 10, end: 10 + quote.length },
    ],
  };
}

/** The i-th sample clipping (Vietnamese, with entities, highlights and notes); fields overridable. */
export function clipping(i: number, over: Partial<Clipping> = {}): Clipping {
  const url = `https://bao.example.vn/kinh-te/bai-${i}.html`;
  return {
    id: `c-${i}`,
    url,
    canonicalUrl: url,
    title: `Đề xuất giảm thuế giá trị gia tăng số ${i}: "ý kiến" của doanh nghiệp`,
    siteName: 'Báo Ví Dụ',
    byline: 'Trần Thị Hồng',
    publishedTime: '2026-03-0' + ((i % 9) + 1) + 'T08:30:00+07:00',
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: `<h2>Phần ${i}</h2><p>Chiều qua, <strong>Bộ trưởng</strong> đã nói về thuế &amp; phí.</p><ul><li>Ý một</li><li>Ý hai</li></ul><p><a href="https://bao.example.vn/x">Liên kết</a></p>`,
    text: `Phần ${i}\n\nChiều qua, Bộ trưởng đã nói về thuế & phí.\n\nÝ một\nÝ hai\n\nLiên kết`,
    entities: ENTITIES,
    highlights: [
      hl(`h-${i}-1`, 'Bộ trưởng đã nói về thuế', 'Ghi chú: quan trọng\ndòng hai'),
      hl(`h-${i}-2`, 'Ý hai', ''),
    ],
    note: `Ghi chú của bài ${i}`,
    tags: ['thuế', 'kinh tế'],
    collectionId: i % 2 ? 'col-kinh-te' : 'default',
    savedAt: `2026-11-2${i % 10}T01:02:03.000Z`,
    updatedAt: `2026-11-2${i % 10}T01:02:03.000Z`,
    extractorVersion: 'r1',
    contentHash: '0123456789abcdef',
    ...over,
  };
}

/** `n` sample clippings. */
export function clippings(n: number): Clipping[] {
  return Array.from({ length: n }, (_, i) => clipping(i));
}
