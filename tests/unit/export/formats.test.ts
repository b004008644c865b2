import { load as loadYaml } from 'js-yaml';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportClippings, exportFileName, type ExportFormat, slugify, uniqueFileName } from '@/lib/export';
import { bibEscape } from '@/lib/export/bibtex';
import { obsidianTag, STORE_ABOVE } from '@/lib/export/markdown';
import { BOM, guardCell } from '@/lib/export/csv';
import { clipping, clippings, COLLECTIONS } from './helpers';
import { parseBib, parseRis, unTex } from './parsers';

const NOW = new Date('2026-11-23T10:00:00Z');
const data = { clippings: clippings(4), collections: COLLECTIONS };

async function text(format: ExportFormat, d = data): Promise<string> {
  const r = await exportClippings(format, d, { now: NOW });
  expect(typeof r.data).toBe('string');
  return r.data as string;
}

describe('file names', () => {
  it.each([
    ['csv', 'Chưa phân loại', 'bao-gon_chua-phan-loai_2026-11-23.csv'],
    ['json', 'Kinh tế & Đầu tư', 'bao-gon_kinh-te-dau-tu_2026-11-23.json'],
    ['markdown', 'tat-ca', 'bao-gon_tat-ca_markdown_2026-11-23.zip'],
    ['entities-csv', 'Đường sắt', 'bao-gon_duong-sat_thuc-the_2026-11-23.csv'],
    ['csl-json', 'x', 'bao-gon_x_csl_2026-11-23.json'],
    ['ris', '', 'bao-gon_tat-ca_2026-11-23.ris'],
    ['bibtex', '!!!', 'bao-gon_tat-ca_2026-11-23.bib'],
  ] as const)('%s for "%s" → %s', (format, scope, name) => {
    expect(exportFileName(format, scope, NOW)).toBe(name);
  });

  it('uses the single collection name by default', async () => {
    const r = await exportClippings('csv', { clippings: [], collections: [COLLECTIONS[0]] }, { now: NOW });
    expect(r.filename).toBe('bao-gon_chua-phan-loai_2026-11-23.csv');
  });

  it.each([
    ['Đắk Lắk: "mưa lớn"', 'dak-lak-mua-lon'],
    ['   ', 'bai-viet'],
    ['Bộ Công Thương / EVN', 'bo-cong-thuong-evn'],
  ])('slugify(%j) = %s', (s, slug) => expect(slugify(s)).toBe(slug));

  it('makes safe, unique file names keeping Vietnamese', () => {
    const used = new Set<string>();
    const names = [
      'Thủ tướng: "Phải làm ngay"',
      'Thủ tướng: "phải làm ngay"',
      '../../etc/passwd',
      'CON',
      '',
      'a\u0000b|c?',
    ].map((t) => uniqueFileName(t, used));
    expect(names[0]).toBe('Thủ tướng Phải làm ngay');
    expect(names[1]).toBe('Thủ tướng phải làm ngay (2)');
    for (const n of names) expect(n).not.toMatch(/[/\\:*?"<>|\u0000]|^\./);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

describe('json', () => {
  it('is a versioned, lossless envelope without derived fields', async () => {
    const withDerived = data.clippings.map((c) => ({ ...c, searchTokens: ['x'], entityKeys: ['y'] }));
    const env = JSON.parse(await text('json', { ...data, clippings: withDerived }));
    expect(env.format).toBe('bao-gon');
    expect(env.version).toBe(1);
    expect(env.exportedAt).toBe(NOW.toISOString());
    expect(env.clippings).toEqual(data.clippings);
    expect(env.collections).toEqual(COLLECTIONS);
  });
});

describe('markdown zip', () => {
  it('has one .md per clipping with parseable front matter, article, highlights and notes', async () => {
    const r = await exportClippings('markdown', data, { now: NOW });
    expect(r.mime).toBe('application/zip');
    const files = unzipSync(r.data as Uint8Array);
    const names = Object.keys(files);
    expect(names).toHaveLength(4);
    for (const [i, c] of data.clippings.entries()) {
      const name = names.find((n) => n.includes(`số ${i}`))!;
      expect(name).toMatch(/\.md$/);
      const md = strFromU8(files[name]);
      const m = /^---\n([\s\S]*?)\n---\n/.exec(md)!;
      const fm = loadYaml(m[1]) as Record<string, unknown>;
      expect(fm).toMatchObject({
        title: c.title,
        source: c.url,
        author: ['Trần Thị Hồng'],
        published: `2026-03-0${(i % 9) + 1}`,
        created: `2026-11-2${i % 10}`,
        description: `Phần ${i}`,
        site: 'Báo Ví Dụ',
        byline: 'Trần Thị Hồng',
        tags: ['thuế', 'kinh-tế'],
        collection: i % 2 ? 'Kinh tế & Đầu tư' : 'Chưa phân loại',
        officials: [
          {
            name: 'Nguyễn Văn Thắng',
            offices: ['Bộ trưởng Bộ Tài chính', 'Ủy viên Trung ương Đảng'],
            offices_en: ['Minister of Finance', ''],
          },
        ],
        agreements: ['Hiệp định CPTPP'],
        documents: ['Nghị định 15/2020/NĐ-CP'],
      });
      const body = md.slice(m[0].length);
      expect(body).toContain(`## Phần ${i}`);
      expect(body).toContain('**==Bộ trưởng==** ==đã nói về thuế== \\& phí.');
      expect(body).toMatch(/^-\s+Ý một$/m);
      expect(body).toContain('[Liên kết](<https://bao.example.vn/x>)');
      expect(body).toContain('- **xanh lá** (green): ==Bộ trưởng đã nói về thuế==');
      expect(body).toContain('  - Ghi chú: Ghi chú: quan trọng\\\n    dòng hai');
      expect(fm.highlights).toEqual(c.highlights.map((h) => ({ quote: h.quote, color: h.color, note: h.note })));
      expect(body).toContain(`Ghi chú của bài ${i}`);
    }
  });

  it.each([
    ['quotes and colons', 'Tin: "nóng" — \'a\' #1 [x] {y} & *z*'],
    ['line breaks and controls', 'dòng 1\ndòng 2\r\n\t\u0007\u2028end'],
    ['yaml keywords', 'null'],
    ['leading dash', '- yes: no'],
    ['backslashes', 'C:\\thu-muc\\"x"'],
  ])('escapes YAML in titles with %s', async (_l, title) => {
    const r = await exportClippings('markdown', {
      clippings: [clipping(1, { title, byline: title, tags: [title] })],
      collections: COLLECTIONS,
    });
    const md = strFromU8(Object.values(unzipSync(r.data as Uint8Array))[0]);
    const fm = loadYaml(/^---\n([\s\S]*?)\n---\n/.exec(md)![1]) as Record<string, unknown>;
    expect(fm.title).toBe(title.replace(/\s+/g, ' ').trim());
    expect(fm.byline).toBe(title.replace(/\s+/g, ' ').trim());
    expect(fm.tags).toEqual([obsidianTag(title)]);
  });

  it.each([
    ['kinh tế', 'kinh-tế'],
    ['#Đà Nẵng!', 'Đà-Nẵng'],
    ['2026', '_2026'],
    ['chính sách/đất đai', 'chính-sách/đất-đai'],
    ['***', null],
  ])('obsidianTag(%j) = %j', (tag, out) => expect(obsidianTag(tag)).toBe(out));

  it('reports progress up to the total', async () => {
    const seen: number[] = [];
    const many = { clippings: clippings(1200), collections: COLLECTIONS };
    await exportClippings('markdown', many, { onProgress: (d, t) => seen.push(d / t) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(3);
  });
});

describe('csv', () => {
  it('starts with a BOM and parses back with Vietnamese intact', async () => {
    const src = await text('csv');
    expect(src.startsWith(BOM)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(src.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(4);
    for (const [i, c] of data.clippings.entries()) {
      expect(parsed.data[i]).toMatchObject({
        id: c.id,
        title: c.title,
        url: c.url,
        site: 'Báo Ví Dụ',
        byline: 'Trần Thị Hồng',
        published: `2026-03-0${(i % 9) + 1}`,
        saved: `2026-11-2${i % 10}`,
        lead: `Phần ${i}`,
        tags: 'thuế; kinh tế',
        collection: i % 2 ? 'Kinh tế & Đầu tư' : 'Chưa phân loại',
        note: c.note,
        highlights: '2',
        officials: 'Nguyễn Văn Thắng (Bộ trưởng Bộ Tài chính, Ủy viên Trung ương Đảng)',
        agreements: 'Hiệp định CPTPP',
        documents: 'Nghị định 15/2020/NĐ-CP',
      });
    }
  });

  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1', '+1'],
    ['+ 1', "'+ 1"],
    ['-5', '-5'],
    ['  =1+1', "'  =1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['- gạch đầu dòng', "'- gạch đầu dòng"],
    ['Bình thường', 'Bình thường'],
    ['a=b', 'a=b'],
  ])('guards formula %j', async (input, cell) => {
    expect(guardCell(input)).toBe(cell);
    const src = await text('csv', {
      clippings: [clipping(1, { title: input, note: input })],
      collections: COLLECTIONS,
    });
    const row = Papa.parse<Record<string, string>>(src.slice(1), { header: true, skipEmptyLines: true })
      .data[0];
    expect(row.title).toBe(guardCell(input.replace(/\s+/g, ' ').trim()));
    expect(row.note).toBe(cell);
  });

  it('entities-csv has one row per entity and office', async () => {
    const src = await text('entities-csv', { clippings: [clipping(7)], collections: COLLECTIONS });
    expect(src.startsWith(BOM)).toBe(true);
    const rows = Papa.parse<string[]>(src.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toEqual([
      ['clipping_id', 'type', 'name_or_text', 'office', 'office_en'],
      ['c-7', 'official', 'Nguyễn Văn Thắng', 'Bộ trưởng Bộ Tài chính', 'Minister of Finance'],
      ['c-7', 'official', 'Nguyễn Văn Thắng', 'Ủy viên Trung ương Đảng', ''],
      ['c-7', 'agreement', 'Hiệp định CPTPP', '', ''],
      ['c-7', 'legal_document', 'Nghị định 15/2020/NĐ-CP', '', ''],
    ]);
  });
});

describe('citations', () => {
  const special = clipping(9, {
    title: 'Giá điện tăng 4,8% & phí {mới} $ #1 _a_ ~ ^ \\',
    note: 'dòng 1\ndòng 2',
    publishedTime: '2026-05-17T07:00:00+07:00',
  });
  const cites = { clippings: [...data.clippings, special], collections: COLLECTIONS };

  it('CSL-JSON: article-newspaper with container, dates, language, URL, note', async () => {
    const items = JSON.parse(await text('csl-json', cites));
    expect(items).toHaveLength(5);
    expect(items[4]).toEqual({
      id: expect.any(String),
      type: 'article-newspaper',
      title: special.title,
      abstract: `Phần 9`,
      'container-title': 'Báo Ví Dụ',
      author: [{ literal: 'Trần Thị Hồng' }],
      issued: { 'date-parts': [[2026, 5, 17]] },
      accessed: { 'date-parts': [[2026, 11, 29]] },
      language: 'vi',
      URL: special.url,
      note: 'dòng 1 dòng 2\nĐánh dấu (xanh lá): “Bộ trưởng đã nói về thuế” — Ghi chú: Ghi chú: quan trọng dòng hai\nĐánh dấu (xanh lá): “Ý hai”',
      keyword: 'thuế, kinh tế',
    });
    expect(new Set(items.map((x: { id: string }) => x.id)).size).toBe(5);
  });

  it('RIS: NEWS records with title, site, dates, URL', async () => {
    const records = parseRis(await text('ris', cites));
    expect(records).toHaveLength(5);
    const r = records[4];
    expect(r.TY).toEqual(['NEWS']);
    expect(r.TI).toEqual([special.title]);
    expect(r.T2).toEqual(['Báo Ví Dụ']);
    expect(r.DA).toEqual(['2026/05/17/']);
    expect(r.PY).toEqual(['2026/05/17/']);
    expect(r.Y2).toEqual(['2026/11/29/']);
    expect(r.UR).toEqual([special.url]);
    expect(r.LA).toEqual(['vi']);
    expect(r.AU).toEqual(['Trần Thị Hồng,']);
    expect(r.AB).toEqual(['Phần 9']);
    expect(r.N1).toEqual([
      'dòng 1 dòng 2',
      'Đánh dấu (xanh lá): “Bộ trưởng đã nói về thuế” — Ghi chú: Ghi chú: quan trọng dòng hai',
      'Đánh dấu (xanh lá): “Ý hai”',
    ]);
    expect(r.KW).toEqual(['thuế', 'kinh tế']);
    expect(new Set(records.map((x) => x.ID[0])).size).toBe(5);
  });

  it('BibTeX: @article with journaltitle, escaped specials, unique keys', async () => {
    const entries = parseBib(await text('bibtex', cites));
    expect(entries).toHaveLength(5);
    expect(new Set(entries.map((e) => e.key)).size).toBe(5);
    for (const e of entries) expect(e.key).toMatch(/^[a-z0-9]+$/);
    const e = entries[4];
    expect(e.type).toBe('article');
    expect(unTex(e.fields.title)).toBe(special.title);
    expect(e.fields.entrysubtype).toBe('newspaper');
    expect(e.fields.journal).toBeUndefined();
    expect(e.fields.journaltitle).toBe('Báo Ví Dụ');
    expect(e.fields.date).toBe('2026-05-17');
    expect(e.fields.urldate).toBe('2026-11-29');
    expect(e.fields.url).toBe(special.url);
    expect(e.fields.langid).toBe('vietnamese');
    expect(e.fields.note).toBe('dòng 1 dòng 2');
  });

  it.each([
    ['&', '\\&'],
    ['50%', '50\\%'],
    ['{x}', '\\{x\\}'],
    ['}x{', '\\textbraceright{}x\\textbraceleft{}'],
    ['a}b', 'a\\textbraceright{}b'],
    ['<b>', '\\textless{}b\\textgreater{}'],
    ['a--b---c', 'a-{}-b-{}-{}-c'],
    ['a_b', 'a\\_b'],
    ['\\', '\\textbackslash{}'],
    ['Nghị định', 'Nghị định'],
  ])('bibEscape(%j) = %j', (s, out) => expect(bibEscape(s)).toBe(out));
});

describe('markdown zip size policy', () => {
  it.each([
    [10, true],
    [STORE_ABOVE + 1, false],
  ])('%i clippings: compressed = %s, and unzips to every file', async (n, compressed) => {
    const many = { clippings: clippings(n), collections: COLLECTIONS };
    const r = await exportClippings('markdown', many);
    const zip = r.data as Uint8Array;
    const files = unzipSync(zip);
    expect(Object.keys(files)).toHaveLength(n);
    const raw = Object.values(files).reduce((sum, f) => sum + f.length, 0);
    expect(zip.length < raw).toBe(compressed);
  });
});
