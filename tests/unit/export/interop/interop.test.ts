/**
 * Interop: awkward clippings exported in every format and read back by the programs their users use:
 * papaparse (with each separator LibreOffice's open dialog pre-selects), LibreOffice Calc headless,
 * citeproc-js (APA; RIS read by Citation.js's RIS plugin), @retorquere/bibtex-parser (Better BibTeX's
 * parser), biber, pandoc --citeproc, a
 * strict YAML 1.2 parser, and pandoc's HTML of every Markdown file. Programs that are not installed
 * make their tests skip with a printed reason.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { type ExportFormat, exportClippings } from '@/lib/export';
import { bylinePeople } from '@/lib/export/people';
import type { Clipping } from '@/lib/types';
import { COLLECTIONS } from '../helpers';
import { awkwardClippings } from './awkward';
import { hasTool, pandocVersion, run, runAll, workdir } from './tools';

const require = createRequire(import.meta.url);
const NOW = new Date('2026-12-01T03:00:00Z');
const clips = awkwardClippings();
const data = { clippings: clips, collections: COLLECTIONS };
const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

async function out(format: ExportFormat): Promise<string | Uint8Array> {
  return (await exportClippings(format, data, { now: NOW })).data;
}
const text = async (f: ExportFormat) => (await out(f)) as string;

const FORMULA = /^[=+\-@\t\r\n]/;
const PLAIN_NUMBER = /^[+-]?\d[\d .,]*$/;

describe('CSV with papaparse, each separator LibreOffice pre-selects', () => {
  it.each(['csv', 'highlights-csv', 'entities-csv'] as const)(
    '%s: comma gives every field back; no separator yields a formula cell',
    async (f) => {
      const src = (await text(f)).replace(/^\uFEFF/, '');
      const rows = Papa.parse<string[]>(src, { delimiter: ',', skipEmptyLines: true });
      expect(rows.errors).toEqual([]);
      const width = rows.data[0].length;
      for (const r of rows.data) expect(r).toHaveLength(width);
      for (const sep of [',', ';', '\t']) {
        const cells = Papa.parse<string[]>(src, { delimiter: sep, skipEmptyLines: true }).data.flat();
        const unsafe = cells.filter((c) => FORMULA.test(c.trimStart()) && !PLAIN_NUMBER.test(c.trim()));
        expect(unsafe, `separator ${JSON.stringify(sep)}`).toEqual([]);
      }
    },
  );

  it('clippings CSV keeps quotes, separators, NFD names and emoji in their cells', async () => {
    const rows = Papa.parse<Record<string, string>>((await text('csv')).slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(clips.length);
    expect(rows[0].title).toBe(fold(clips[0].title));
    expect(rows[0].tags).toBe('thuế; phí; kinh tế, vĩ mô; @mention');
    expect(rows[0].note).toBe(`'${clips[0].note}`);
    expect(rows[0].saved).toBe('2026-03-07'); // 06:15 in Hà Nội, 23:15 UTC the day before
    expect(rows[2].title).toBe(fold(clips[2].title));
    expect(rows[1].title).toBe(`'${fold(clips[1].title)}`); // "+84 … — <script>" is not a plain number: guarded
  });

  it('highlights CSV: one row per highlight with clipping, quote, colour, note, position', async () => {
    const rows = Papa.parse<Record<string, string>>((await text('highlights-csv')).slice(1), {
      header: true,
    }).data.filter((r) => r.clipping_id);
    expect(rows).toHaveLength(clips.reduce((n, c) => n + c.highlights.length, 0));
    const pink = rows.find((r) => r.color === 'pink')!;
    expect(pink).toMatchObject({
      clipping_id: 'c-2',
      quote: clips[1].highlights[0].quote,
      note: clips[1].highlights[0].note,
      position: '3–9',
      created: '2026-03-08',
    });
  });
});

describe.runIf(hasTool('soffice', 'LibreOffice Calc import'))(
  'CSV in LibreOffice Calc (headless, dialog defaults)',
  () => {
    it.each(['csv', 'highlights-csv'] as const)(
      '%s: every row keeps its columns, no cell is a formula',
      async (f) => {
        const src = await text(f);
        const header = Papa.parse<string[]>(src.slice(1), { skipEmptyLines: true }).data;
        const w = workdir({ 'in.csv': src });
        try {
          // Separators comma, semicolon and tab; text delimiter "; UTF-8; from line 1; "Evaluate formulas" on (the worst case).
          const filter = 'CSV:44/59/9,34,76,1,,0,false,true,false,false,false,-1,true';
          run(
            'soffice',
            [
              `-env:UserInstallation=file://${w.dir}/profile`,
              '--headless',
              '--infilter=' + filter,
              '--convert-to',
              'fods',
              '--outdir',
              w.dir,
              w.file('in.csv'),
            ],
            w.dir,
            180_000,
          );
          const fods = readFileSync(w.file('in.fods'), 'utf8');
          expect(fods).not.toMatch(/table:formula=/);
          const rows = [...fods.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((m) =>
            [...m[1].matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].reduce(
              (n, c) => n + Number(/table:number-columns-repeated="(\d+)"/.exec(c[1])?.[1] ?? 1),
              0,
            ),
          );
          const used = rows.slice(0, header.length);
          expect(used).toHaveLength(header.length);
          // A row may end in empty cells (trailing empties are merged into a repeated cell); none may have more columns.
          for (const n of used) expect(n).toBeLessThanOrEqual(header[0].length + 1024);
          const texts = [...fods.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((m) => m[1]);
          expect(texts.length).toBeGreaterThan(0);
          // Column count: the last non-empty cell of each row is in the header's last column or before.
          for (const m of fods.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
            const cells = [
              ...m[1].matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g),
            ];
            let col = 0;
            let lastFilled = 0;
            for (const c of cells) {
              const span = Number(/table:number-columns-repeated="(\d+)"/.exec(c[1])?.[1] ?? 1);
              col += span;
              if (c[2]?.includes('<text:p>')) lastFilled = col;
            }
            expect(lastFilled).toBeLessThanOrEqual(header[0].length);
          }
        } finally {
          w.done();
        }
      },
      240_000,
    );
  },
);

/** The APA bibliography citeproc-js makes of CSL items (one HTML entry per item). */
function apaBibliography(items: readonly Record<string, unknown>[]): string[] {
  const CSL = require('citeproc');
  const styles = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
  const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;
  const byId = new Map(items.map((i) => [i.id, i]));
  const engine = new CSL.Engine(
    {
      retrieveLocale: (l: string) => locales[l] ?? locales['en-US'],
      retrieveItem: (id: string) => byId.get(id),
    },
    styles.apa,
    'en-US',
  );
  engine.updateItems(items.map((i) => i.id));
  const [, entries] = engine.makeBibliography() as [unknown, string[]];
  return entries;
}

describe('CSL-JSON with citeproc-js (APA)', () => {
  it('renders every entry as a newspaper article with day and month, names whole', async () => {
    const items = JSON.parse(await text('csl-json')) as { id: string; type: string }[];
    const entries = apaBibliography(items);
    expect(entries).toHaveLength(clips.length);
    for (const [i, c] of clips.entries()) {
      const item = items[i];
      expect(item.type).toBe('article-newspaper');
      const html = entries.find((e) => e.includes(c.url.replace(/&/g, '&#38;')) || e.includes(c.url))!;
      expect(html, c.url).toBeTruthy();
      const d = new Date(c.publishedTime!);
      const month = d.toLocaleString('en-US', { month: 'long', timeZone: 'Asia/Ho_Chi_Minh' });
      const day = Number(d.toLocaleString('en-US', { day: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }));
      expect(html).toContain(`${month} ${day}`);
      for (const p of bylinePeople(c.byline)) expect(html).toContain(p);
    }
  });
});

/**
 * The RIS reader of Citation.js (@citation-js/plugin-ris, which registers `@ris/file` with
 * @citation-js/core), when installed; pandoc 2.17 has no RIS reader, so this is the RIS proof here.
 */
function risReader(): { Cite: new (data: string, opts: object) => { data: Record<string, unknown>[] } } | null {
  const plugin = '@citation-js/plugin-ris';
  try {
    require.resolve(plugin);
  } catch {
    console.warn(
      `[interop] skipping citeproc-js RIS: ${plugin} is not installed (add it as a devDependency: npm install --save-dev ${plugin}@^0.8)`,
    );
    return null;
  }
  const core = require('@citation-js/core');
  require(plugin);
  return core;
}

const ris = risReader();
describe.runIf(ris !== null)('RIS read by Citation.js, rendered by citeproc-js (APA)', () => {
  it('every entry is a newspaper article with day and month, names whole', async () => {
    const read = new ris!.Cite(await text('ris'), { forceType: '@ris/file' }).data;
    expect(read).toHaveLength(clips.length);
    const items: Record<string, unknown>[] = read.map((item, i) => ({ ...item, id: `ris-${i}` }));
    const entries = apaBibliography(items);
    expect(entries).toHaveLength(clips.length);
    for (const [i, c] of clips.entries()) {
      const item = items[i];
      expect(item.type).toBe('article-newspaper');
      // Citation.js hands the RIS date on as `raw` ("YYYY/MM/DD/"), which citeproc-js parses; either way, year-month-day.
      const issued = item.issued as { 'date-parts'?: number[][]; raw?: string };
      if (issued.raw !== undefined) expect(issued.raw).toMatch(/^\d{4}\/\d{2}\/\d{2}\/?$/);
      else expect(issued['date-parts']?.[0]).toHaveLength(3);
      const html = entries.find((e) => e.includes(c.url.replace(/&/g, '&#38;')) || e.includes(c.url))!;
      expect(html, c.url).toBeTruthy();
      const d = new Date(c.publishedTime!);
      const month = d.toLocaleString('en-US', { month: 'long', timeZone: 'Asia/Ho_Chi_Minh' });
      const day = Number(d.toLocaleString('en-US', { day: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }));
      expect(html).toContain(`${month} ${day}`);
      // Citation.js files a NEWS record's AU as CSL `reporter` (its reading of the RIS 2011 table), which APA
      // does not print; the names are checked whole where it puts them.
      type Name = string | { family?: string; given?: string; literal?: string };
      const people = ((item.reporter ?? item.author ?? []) as Name[]).map((n) =>
        typeof n === 'string' ? n : (n.literal ?? [n.family, n.given].filter(Boolean).join(', ')),
      );
      expect(people).toHaveLength(bylinePeople(c.byline).length);
      for (const [k, p] of bylinePeople(c.byline).entries())
        for (const word of p.split(/\s+/)) expect(people[k]).toContain(word);
    }
  });
});

describe('BibLaTeX with @retorquere/bibtex-parser (Better BibTeX)', () => {
  it('reads every field as exported: titles, whole names, keywords whole, URL verbatim, notes', async () => {
    const lib = parseBibtex(await text('bibtex'));
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(clips.length);
    for (const [i, c] of clips.entries()) {
      const e = lib.entries[i];
      expect(e.type).toBe('article');
      expect(e.fields.entrysubtype).toBe('newspaper');
      expect(e.fields.title).toBe(fold(c.title));
      expect(e.fields.url).toBe(c.url);
      expect(e.fields.journaltitle).toBe('Báo Ví Dụ');
      expect((e.fields.author ?? []).map((a) => a.name ?? a.lastName)).toEqual(bylinePeople(c.byline));
      // One keyword per tag: "," and ";" (which every reader splits at) written as their full-width forms.
      expect([...(e.fields.keywords ?? [])].sort()).toEqual(
        c.tags.map((t) => fold(t).replace(/,/g, '，').replace(/;/g, '；')).sort(),
      );
      if (c.note) expect(e.fields.note).toBe(fold(c.note));
      expect(Object.keys(e.fields)).not.toContain('year');
    }
  });
});

describe.runIf(hasTool('biber', 'biber checks'))('BibLaTeX with biber', () => {
  it('no warning on complete entries (the entry without a byline may miss its author)', async () => {
    const w = workdir({ 'x.bib': await text('bibtex') });
    try {
      const r = runAll(
        'biber',
        ['--tool', '--validate-datamodel', '--output-file', w.file('out.bib'), w.file('x.bib')],
        w.dir,
      );
      const warns = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /^(?:WARN|ERROR) /.test(l));
      const incomplete = clips.filter((c) => bylinePeople(c.byline).length === 0).length;
      expect(warns.filter((l) => !/Missing mandatory field 'author'/.test(l))).toEqual([]);
      expect(warns.length).toBe(incomplete);
      expect(r.status).toBe(0);
    } finally {
      w.done();
    }
  }, 120_000);
});

const pv = pandocVersion();
describe.runIf(hasTool('pandoc', 'pandoc checks'))('pandoc --citeproc', () => {
  const sources: [ExportFormat, string, string][] = [
    ['csl-json', 'refs.json', 'csljson'],
    ['bibtex', 'refs.bib', 'biblatex'],
    ['ris', 'refs.ris', 'ris'],
  ];
  for (const [format, file, from] of sources) {
    const canRead = from !== 'ris' || (pv !== null && pv[0] >= 3);
    if (!canRead)
      console.warn(
        `[interop] skipping pandoc RIS: pandoc ${pv?.join('.')} has no RIS reader (added in pandoc 3)`,
      );
    it.runIf(canRead)(
      `${format}: every entry is a newspaper article with day and month, names whole`,
      async () => {
        const w = workdir({ [file]: await text(format), 'doc.md': '---\nnocite: "@*"\n---\n' });
        try {
          const csl = JSON.parse(run('pandoc', ['-f', from, '-t', 'csljson', w.file(file)], w.dir)) as Record<
            string,
            unknown
          >[];
          expect(csl).toHaveLength(clips.length);
          for (const item of csl) {
            expect(item.type).toBe('article-newspaper');
            const parts = (item.issued as { 'date-parts': number[][] })['date-parts'][0];
            expect(parts).toHaveLength(3);
          }
          const rendered = run(
            'pandoc',
            ['--citeproc', `--bibliography=${w.file(file)}`, '-t', 'plain', '--wrap=none', w.file('doc.md')],
            w.dir,
          );
          for (const c of clips) {
            const d = new Date(c.publishedTime!);
            const month = d.toLocaleString('en-US', { month: 'long', timeZone: 'Asia/Ho_Chi_Minh' });
            const day = Number(d.toLocaleString('en-US', { day: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }));
            expect(rendered).toContain(`${month} ${day}`);
            for (const p of bylinePeople(c.byline)) expect(rendered).toContain(p);
          }
        } finally {
          w.done();
        }
      },
      120_000,
    );
  }
});

/** The .md files of the Markdown ZIP, with their front matter split off. */
async function markdownFiles(clippings: Clipping[] = clips) {
  const zip = (await exportClippings('markdown', { clippings, collections: COLLECTIONS }, { now: NOW }))
    .data as Uint8Array;
  return Object.entries(unzipSync(zip)).map(([name, bytes]) => {
    const md = strFromU8(bytes);
    const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
    return { name, md, yaml: m?.[1] ?? '', body: m ? md.slice(m[0].length) : md };
  });
}

describe('Markdown for Obsidian', () => {
  it('front matter is strict YAML 1.2 with Web Clipper properties and YYYY-MM-DD dates', async () => {
    const files = await markdownFiles();
    expect(files).toHaveLength(clips.length);
    for (const f of files) {
      const doc = parseDocument(f.yaml, {
        version: '1.2',
        strict: true,
        uniqueKeys: true,
        prettyErrors: true,
      });
      expect(doc.errors).toEqual([]);
      expect(doc.warnings).toEqual([]);
      const fm = doc.toJS() as Record<string, unknown>;
      for (const k of ['title', 'source', 'created', 'tags']) expect(fm, k).toHaveProperty(k);
      expect(fm.created).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (fm.published) expect(fm.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const c = clips.find((x) => x.id === fm.id)!;
      expect(fm.title).toBe(fold(c.title));
      expect(fm.author ?? []).toEqual(bylinePeople(c.byline));
      expect(fm.highlights ?? []).toEqual(
        c.highlights.map((h) => ({ quote: h.quote, color: h.color, note: h.note })),
      );
    }
  });

  it('ZIP entries are made on Unix with UTF-8 names', async () => {
    const zip = (await out('markdown')) as Uint8Array;
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let central = 0;
    for (let i = 0; i + 46 < zip.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      central++;
      expect(zip[i + 5]).toBe(3); // version made by: Unix
      const flags = view.getUint16(i + 8, true);
      const nameLen = view.getUint16(i + 28, true);
      const name = zip.subarray(i + 46, i + 46 + nameLen);
      if (name.some((b) => b > 0x7f)) expect(flags & 0x800).toBe(0x800);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(name)).toMatch(/\.md$/);
    }
    expect(central).toBe(clips.length);
  });

  it('every highlight is listed with its colour and marked in the body', async () => {
    for (const f of await markdownFiles()) {
      const c = clips.find((x) => f.yaml.includes(`id: "${x.id}"`))!;
      for (const h of c.highlights)
        expect(f.body).toMatch(new RegExp(`\\*\\*[^*]+\\*\\* \\(${h.color}\\): ==`));
    }
  });
});

const XSS_FILE = '../shared/security/xss-payloads.json';
let payloads: string[] = [];
try {
  payloads = (JSON.parse(readFileSync(XSS_FILE, 'utf8')) as { payloads: { payload: string }[] }).payloads.map(
    (p) => p.payload,
  );
} catch {
  console.warn(`[interop] ${XSS_FILE} not found: the shared XSS payloads are skipped, our own still run`);
}
const OWN = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<svg onload=alert(1)>',
  '[x](<javascript:alert(1)>)',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
];

describe.runIf(hasTool('pandoc', 'pandoc HTML of the Markdown export'))(
  'Markdown through pandoc to HTML',
  () => {
    it('no script, event handler or javascript: link from any quote, note, title or article', async () => {
      const all = [...OWN, ...payloads];
      const hostile = all.map((p, i) => {
        const c = clips[i % clips.length];
        return {
          ...c,
          id: `x-${i}`,
          title: p.slice(0, 300),
          note: p,
          html: `<p>${p}</p>${c.html}`,
          quote: p,
          kind: 'selection' as const,
          highlights: [
            {
              ...(clips[1].highlights[0] as Clipping['highlights'][number]),
              id: `hx-${i}`,
              quote: p,
              note: p,
            },
          ],
        };
      });
      const files = await markdownFiles(hostile);
      const joined = files.map((f, i) => `<!-- file ${i} -->\n\n${f.body}`).join('\n\n* * *\n\n');
      const w = workdir({ 'all.md': joined });
      try {
        const html = run('pandoc', ['-f', 'markdown', '-t', 'html', w.file('all.md')], w.dir, 300_000);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
        expect(html).not.toMatch(
          /<[a-z][^>]*\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i,
        );
        expect(html).not.toMatch(/<(?:iframe|object|embed|svg|math|form|base|meta|link|style)\b/i);
        const gfm = run('pandoc', ['-f', 'gfm', '-t', 'html', w.file('all.md')], w.dir, 300_000);
        expect(gfm).not.toMatch(/<script/i);
        expect(gfm).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
        expect(gfm).not.toMatch(/<[a-z][^>]*\s(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i);
      } finally {
        w.done();
      }
    }, 300_000);

    it('tables become tables and Markdown-looking notes stay text', async () => {
      const f = (await markdownFiles()).find((x) => x.yaml.includes('id: "c-2"'))!;
      const w = workdir({ 'a.md': f.body });
      try {
        const html = run(
          'pandoc',
          ['-f', 'markdown-smart', '-t', 'html', '--wrap=none', w.file('a.md')],
          w.dir,
        );
        expect(html).toMatch(/<table[\s\S]*Hà Nội[\s\S]*Đà Nẵng[\s\S]*<\/table>/);
        expect(html).toContain('Số | ca');
        expect(html).toContain('- gạch đầu dòng');
        expect(html).toContain('1. không phải danh sách');
        expect(html).toContain('# không phải tiêu đề');
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(html).toContain('**không đậm**');
        expect(html).not.toMatch(/<h1[^>]*>không phải tiêu đề/);
      } finally {
        w.done();
      }
    }, 120_000);
  },
);
