/** Awkward clippings for the interop suite: every character class that has broken an export reader. */
import type { Clipping } from '@/lib/types';
import { clipping } from '../helpers';

const NFD = 'Nguyễn Thị Hương'.normalize('NFD');

/** Clippings whose fields hold quotes, separators, braces, backslashes, formula starts, NFD, emoji, tables, HTML-looking notes. */
export function awkwardClippings(): Clipping[] {
  return [
    clipping(1, {
      title: 'Giá "xăng" tăng; dầu, gas {giảm} \\ 50% & $2 #1 _x_ ~ ^',
      byline: 'Lê Thanh, Nguyễn Hiền; Ảnh: Hữu Hạnh',
      note: '=HYPERLINK("http://evil.example","x");=1+1',
      tags: ['thuế; phí', 'kinh tế, vĩ mô', '@mention'],
      publishedTime: '2026-03-07T06:15:00+07:00',
      savedAt: '2026-03-06T23:15:00.000Z',
    }),
    clipping(2, {
      title: '+84 912 345 678 — <script>alert(1)</script> -- cuối',
      byline: 'Trần Văn A và Phạm Thị B',
      note: '- gạch đầu dòng\n1. không phải danh sách\n# không phải tiêu đề\n<img src=x onerror=alert(1)> [link](javascript:alert(1))',
      html: '<p>Văn bản &lt;script&gt;alert(1)&lt;/script&gt; và `mã` *sao* _gạch_ [a](b) ==x== $x$ %%c%% #thẻ @trích</p><table><thead><tr><th>Tỉnh</th><th>Số | ca</th></tr></thead><tbody><tr><td>Hà Nội</td><td>1,5</td></tr><tr><td>Đà Nẵng</td><td>=2+3</td></tr></tbody></table><ol><li>Một</li><li>Hai <a href="javascript:alert(1)">xấu</a></li></ol>',
      text: 'Văn bản <script>alert(1)</script> và mã.\n\nTỉnh Số ca Hà Nội 1,5',
      highlights: [
        {
          id: 'h-a',
          color: 'pink',
          quote: '1. Một <b>đậm</b> ==x==',
          selectors: [{ type: 'TextPositionSelector', start: 3, end: 9 }],
          note: '<script>alert("note")</script> **không đậm**',
          createdAt: '2026-03-07T17:30:00.000Z',
        },
      ],
      tags: ['@SUM(A1)', '-1'],
    }),
    clipping(3, {
      title: `${NFD} nói về 😀 AI\ttab`,
      byline: `${NFD}, Đỗ Đức Duy`,
      note: 'Ghi chú "trích" \\ với \\textbf{x} và } lẻ',
      tags: ['emoji 😀'],
      url: 'https://bao.example.vn/tim?q={x}&p=1',
      savedAt: '2026-12-31T17:30:00.000Z',
    }),
    clipping(4, {
      title: '@ngày 1/1: "Bộ trưởng" trả lời chất vấn',
      byline: null,
      note: '',
      tags: [],
      highlights: [],
      kind: 'selection',
      quote: '> trích\n> dẫn',
    }),
  ];
}
