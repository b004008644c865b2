/**
 * Entity panel on articles written for these tests, one per construction the recogniser must get
 * right: a foreign delegation (Arabic and Japanese names), a National Assembly session (plural title
 * with a list, an amending law), a discipline decision (copula chain, parenthesised former posts in a
 * list) and a law with commas in its name (plus a dispatch and a later short reference).
 */
import { pollUntil } from '../common';
import type { Scenario } from '../types';
import { assert, entityRows, openReader } from './reader';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Expect {
  file: string;
  officials: string[];
  notOfficials?: string[];
  agreements?: string[];
  legal?: string[];
}

const CASES: Expect[] = [
  {
    file: 'pages/entities-delegation.html',
    officials: [
      'Bùi Thanh Hà',
      'Faris bin Khalid Al Rashid',
      'Hiroshi Tanabe',
      'Phạm Quang Hưng',
      'Lê Thị Minh Thu',
    ],
    notOfficials: ['Ả-rập Xê-út', 'Nhật Bản'],
    agreements: [
      'Hiệp định Đối tác kinh tế Việt Nam - Nhật Bản (VJEPA)',
      'Ý định thư về hợp tác phát triển nguồn nhân lực số',
    ],
  },
  {
    file: 'pages/entities-assembly.html',
    officials: [
      'Đào Minh Khoa',
      'Lại Văn Tài',
      'Nguyễn Hữu Phước',
      'Hà Quang Trung',
      'Trịnh Thị Mai',
      'Kiều Văn Thịnh',
      'Ngô Đức Lương',
    ],
    legal: [
      'Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính',
      'Nghị quyết số 27/2026/QH16',
    ],
  },
  {
    file: 'pages/entities-discipline.html',
    officials: ['Hoàng Trọng Nghĩa', 'Lò Văn Pằng', 'Kha Minh Đạt', 'Lương Tam Thành'],
    legal: ['Quyết định số 1289/QĐ-UBND'],
  },
  {
    file: 'pages/entities-law.html',
    officials: ['Vi Thị Hồng'],
    legal: [
      'Luật an toàn, vệ sinh lao động',
      'Luật Việc làm (sửa đổi)',
      'Nghị định số 44/2026/NĐ-CP',
      'văn bản số 3120/BNV-ATLĐ',
    ],
  },
];

const scenarios: Scenario[] = CASES.map((c) => ({
  name: `entities-grammar: ${c.file.replace(/^pages\/|\.html$/g, '')} lists its officials and documents`,
  async run(ctx) {
    const page = await ctx.openPage(ctx.newsUrl(c.file));
    const frame = await openReader(ctx, page);
    const rows = await pollUntil(
      async () => {
        const r = await entityRows(frame);
        return r.some((x) => x.type === 'official') ? r : null;
      },
      10_000,
      'entity rows',
    );
    const of = (type: string) => rows.filter((r) => r.type === type).map((r) => squash(r.text));
    const officials = of('official');
    for (const name of c.officials)
      assert(
        officials.some((t) => t.includes(name)),
        `official "${name}" missing; officials: ${officials.join(' | ')}`,
      );
    assert(
      officials.length === c.officials.length,
      `expected ${c.officials.length} officials, got ${officials.length}: ${officials.join(' | ')}`,
    );
    for (const bad of c.notOfficials ?? [])
      assert(
        !officials.some((t) => t.startsWith(bad)),
        `"${bad}" listed as an official: ${officials.join(' | ')}`,
      );
    const agreements = of('agreement');
    for (const a of c.agreements ?? [])
      assert(
        agreements.some((t) => t.includes(a)),
        `agreement "${a}" missing; agreements: ${agreements.join(' | ')}`,
      );
    const legal = of('legal_document');
    for (const l of c.legal ?? [])
      assert(
        legal.some((t) => t.includes(l)),
        `legal document "${l}" missing; legal: ${legal.join(' | ')}`,
      );
    await page.press('Escape');
  },
}));

export default scenarios;
