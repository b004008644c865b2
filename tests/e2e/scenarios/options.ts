/**
 * Options page scenarios: clippings seeded through the real background (`clip.save`) are exported
 * from the options page in every format and checked by independent parsers; malformed imports
 * leave the database unchanged; and the JSON export is imported into a FRESH profile (second
 * scenario; the runner keeps one Node process, so the file travels in memory) where the
 * clippings and collections come back deep-equal (highlights and notes included), and axe-core
 * finds no serious or critical violation on the page.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { parseBib, parseRis, unTex } from '../../unit/export/parsers';
import { pollUntil } from '../common';
import { seriousAxeViolations } from './popup';
import type { BrowserName, E2EContext, E2EPage, Scenario } from '../types';

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

const N = 6;
const COLLECTION = { id: 'e2e-nghien-cuu', name: 'Nghiên cứu E2E', createdAt: '2026-11-01T00:00:00.000Z' };

function draft(i: number) {
  const quote = 'Bộ trưởng Bộ Tài chính';
  const text = `Chiều ${i}/11, ${quote} trình bày tờ trình về Nghị định 15/2020/NĐ-CP trước Quốc hội.`;
  return {
    url: `https://bao.example.vn/kinh-te/e2e-bai-${i}.html?utm_source=x`,
    title: `Bài E2E số ${i}: "Giảm thuế" & phí — Đắk Lắk`,
    siteName: 'Báo Thử Nghiệm',
    byline: 'Phạm Thị Hương',
    publishedTime: `2026-05-1${i}T07:30:00+07:00`,
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: `<p>${text}</p><p><strong>Điểm chính</strong> số ${i}.</p>`,
    text,
    entities: [
      {
        type: 'official',
        text: quote,
        start: text.indexOf(quote),
        end: text.indexOf(quote) + quote.length,
        name: quote,
        title: quote,
        titleEn: 'Minister of Finance',
        key: 'official:bo-truong-bo-tai-chinh',
      },
    ],
    highlights: [
      {
        id: `e2e-h-${i}`,
        color: 'pink',
        quote,
        note: `Ghi chú đánh dấu ${i}`,
        createdAt: '2026-11-20T01:00:00.000Z',
        selectors: [
          { type: 'TextQuoteSelector', exact: quote, prefix: `Chiều ${i}/11, `, suffix: ' trình bày' },
          {
            type: 'TextPositionSelector',
            start: text.indexOf(quote),
            end: text.indexOf(quote) + quote.length,
          },
        ],
      },
    ],
    note: `Ghi chú bài ${i}`,
    tags: ['thuế', `e2e-${i}`],
  };
}

/** Sends a protocol message through the real runtime of an extension page. */
function send(page: E2EPage, message: unknown): Promise<unknown> {
  return page.evaluate(async (m: unknown) => {
    const g = globalThis as unknown as {
      browser?: { runtime: { sendMessage(x: unknown): Promise<unknown> } };
      chrome?: { runtime: { sendMessage(x: unknown): Promise<unknown> } };
    };
    return await (g.browser ?? g.chrome)!.runtime.sendMessage(m);
  }, message);
}

/** Raw IndexedDB: every record of a store (derived index fields included), sorted by id. */
function rawAll(page: E2EPage, store: 'clippings' | 'collections'): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = indexedDB.open('bao-gon');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            const rows = all.result as Record<string, unknown>[];
            resolve(rows.sort((a, b) => String(a.id).localeCompare(String(b.id))));
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/** Adds a collection through raw IndexedDB (no message exists for it). */
function addCollection(page: E2EPage, col: typeof COLLECTION): Promise<void> {
  return page.evaluate(
    (c: typeof COLLECTION) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('bao-gon');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('collections', 'readwrite');
          tx.objectStore('collections').put(c);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    col,
  );
}

const DERIVED = ['searchTokens', 'entityKeys', 'entityLabels'];
const plain = (rows: Record<string, unknown>[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !DERIVED.includes(k))));

/** Chooses a format, exports, and returns the file name and content (text, or base64 for ZIP). */
async function exportAs(
  page: E2EPage,
  format: string,
): Promise<{ name: string; text: string; base64: string }> {
  await page.evaluate((f: string) => {
    const sel = document.querySelector<HTMLSelectElement>('[data-testid="export-format"]')!;
    sel.value = f;
    sel.dispatchEvent(new Event('change', { bubbles: true }));
  }, format);
  await page.waitForTestId('export-link', { hidden: true, timeout: 5000 });
  await page.clickTestId('export-button');
  await page.waitForTestId('export-link', { timeout: 30_000 });
  return page.evaluate(async () => {
    const a = document.querySelector<HTMLAnchorElement>('[data-testid="export-link"]')!;
    const buf = new Uint8Array(await (await fetch(a.href)).arrayBuffer());
    let bin = '';
    for (let i = 0; i < buf.length; i += 0x8000) bin += String.fromCharCode(...buf.subarray(i, i + 0x8000));
    // ignoreBOM keeps a leading BOM in the text (the CSV must start with one)
    return {
      name: a.download,
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf),
      base64: btoa(bin),
    };
  });
}

/** Chooses a file in the import input and waits for this attempt's summary or error. */
async function chooseImport(page: E2EPage, attempt: number, content: string): Promise<'summary' | 'error'> {
  await page.setInputFiles('import-input', [
    { name: `bao-gon-${attempt}.json`, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') },
  ]);
  return pollUntil(
    () =>
      page.evaluate((n: number) => {
        const hit = (id: string) => document.querySelector(`[data-testid="${id}"][data-attempt="${n}"]`);
        return hit('import-summary') ? 'summary' : hit('import-error') ? 'error' : null;
      }, attempt),
    20_000,
    `import attempt ${attempt}`,
  ) as Promise<'summary' | 'error'>;
}

/** What the first scenario exported, per browser, for the fresh-profile import. */
const handoff = new Map<BrowserName, { json: string; clippings: unknown[]; collections: unknown[] }>();

async function openOptions(ctx: E2EContext): Promise<E2EPage> {
  const page = await ctx.openExtensionPage('options.html');
  await page.waitForTestId('options');
  await page.waitForTestId('export-button');
  return page;
}

const exportScenario: Scenario = {
  name: 'options: export every format from a seeded profile; malformed imports change nothing',
  async run(ctx) {
    const page = await openOptions(ctx);
    await addCollection(page, COLLECTION);
    for (let i = 1; i <= N; i++) {
      const r = (await send(page, { type: 'clip.save', payload: { draft: draft(i) } })) as {
        clipping?: { id: string };
      };
      assert(r?.clipping?.id, `clip.save ${i} failed: ${JSON.stringify(r).slice(0, 300)}`);
      if (i % 2) {
        const u = (await send(page, {
          type: 'clip.update',
          payload: { id: r.clipping.id, patch: { collectionId: COLLECTION.id } },
        })) as { clipping?: unknown };
        assert(u?.clipping, `clip.update ${i} failed: ${JSON.stringify(u).slice(0, 300)}`);
      }
    }
    const clippings = plain(await rawAll(page, 'clippings'));
    const collections = await rawAll(page, 'collections');
    assert(clippings.length === N, `seeded ${clippings.length} clippings, expected ${N}`);
    await page.waitForTestId('export-count');

    // JSON: lossless envelope
    const json = await exportAs(page, 'json');
    assert(/^bao-gon_tat-ca_\d{4}-\d{2}-\d{2}\.json$/.test(json.name), `json file name ${json.name}`);
    const env = JSON.parse(json.text);
    assert(env.format === 'bao-gon' && env.version === 1, 'json envelope');
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    deepStrictEqual([...env.clippings].sort(byId), clippings);
    deepStrictEqual([...env.collections].sort(byId), collections);
    handoff.set(ctx.browser, { json: json.text, clippings, collections });

    // CSV: BOM, Vietnamese titles intact
    const csv = await exportAs(page, 'csv');
    assert(csv.text.charCodeAt(0) === 0xfeff, 'csv starts with a BOM');
    const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    assert(rows.length === N, `csv rows ${rows.length}`);
    for (const c of clippings) {
      const row = rows.find((r) => r.id === c.id);
      assert(row && row.title === c.title && row.url === c.url, `csv row of ${String(c.title)}`);
    }
    const ents = await exportAs(page, 'entities-csv');
    const erows = Papa.parse<string[]>(ents.text.slice(1), { skipEmptyLines: true }).data;
    assert(
      erows.some((r) => r[1] === 'official' && r[4] === 'Minister of Finance'),
      'entities csv official row',
    );

    // CSL-JSON, RIS, BibTeX read back by independent parsers
    const titles = new Set(clippings.map((c) => String(c.title)));
    const urls = new Set(clippings.map((c) => String(c.url)));
    const csl = JSON.parse((await exportAs(page, 'csl-json')).text) as Record<string, unknown>[];
    for (const it of csl) {
      assert(
        it.type === 'article-newspaper' && titles.has(String(it.title)),
        `csl title ${String(it.title)}`,
      );
      assert(it['container-title'] === 'Báo Thử Nghiệm' && urls.has(String(it.URL)), 'csl site/url');
      const issued = (it.issued as { 'date-parts': number[][] })['date-parts'][0];
      assert(issued[0] === 2026 && issued[1] === 5, `csl issued ${issued}`);
    }
    const ris = parseRis((await exportAs(page, 'ris')).text);
    assert(ris.length === N, `ris records ${ris.length}`);
    for (const r of ris) {
      assert(r.TY[0] === 'NEWS' && titles.has(r.TI[0]) && r.T2[0] === 'Báo Thử Nghiệm', 'ris title/site');
      assert(/^2026\/05\/1\d\/$/.test(r.DA[0]) && urls.has(r.UR[0]), `ris date/url ${r.DA} ${r.UR}`);
    }
    const bib = parseBib((await exportAs(page, 'bibtex')).text);
    assert(bib.length === N && new Set(bib.map((b) => b.key)).size === N, 'bibtex entries and unique keys');
    for (const b of bib) {
      assert(titles.has(unTex(b.fields.title)), `bibtex title ${b.fields.title}`);
      assert(b.fields.journaltitle === 'Báo Thử Nghiệm' && urls.has(b.fields.url), 'bibtex site/url');
      assert(/^2026-05-1\d$/.test(b.fields.date), `bibtex date ${b.fields.date}`);
    }

    // Markdown ZIP
    const md = await exportAs(page, 'markdown');
    const files = unzipSync(new Uint8Array(Buffer.from(md.base64, 'base64')));
    const names = Object.keys(files);
    assert(names.length === N && names.every((n) => n.endsWith('.md')), `zip files ${names.join(', ')}`);
    assert(
      names.some((n) => n.includes('Đắk Lắk')),
      'Vietnamese kept in file names',
    );
    const first = strFromU8(files[names[0]]);
    assert(
      first.startsWith('---\ntitle: "Bài E2E số') && first.includes('==Bộ trưởng Bộ Tài chính=='),
      'markdown body',
    );

    // Malformed imports: clear error, database unchanged record by record
    const before = JSON.stringify([await rawAll(page, 'clippings'), await rawAll(page, 'collections')]);
    const good = JSON.parse(json.text);
    const malformed = [
      '',
      'không phải JSON',
      json.text.slice(0, Math.floor(json.text.length / 2)),
      '[]',
      'null',
      JSON.stringify({ ...good, format: 'zotero' }),
      JSON.stringify({ ...good, version: 99 }),
      JSON.stringify({ ...good, clippings: 'x' }),
      JSON.stringify({ ...good, version: '1' }),
      `${json.text}}`,
    ];
    let attempt = 0;
    for (const [i, content] of malformed.entries()) {
      const got = await chooseImport(page, ++attempt, content);
      assert(got === 'error', `malformed #${i} gave ${got}`);
      const msg = await page.textOfTestId('import-error');
      assert(msg.trim().length > 10, `malformed #${i}: unclear message "${msg}"`);
    }
    // records that are all invalid: summary lists them, nothing to confirm
    const hostile = JSON.stringify({
      ...good,
      clippings: [
        { ...good.clippings[0], id: '<script>alert(1)</script>' },
        { ...good.clippings[1], url: 'javascript:alert(1)' },
        { ...good.clippings[2], title: 'x'.repeat(3_000) },
      ],
    });
    assert((await chooseImport(page, ++attempt, hostile)) === 'summary', 'hostile records summary');
    assert((await page.textOfTestId('import-invalid')).includes('3'), 'three invalid records');
    assert(
      await page.evaluate(
        () => document.querySelector<HTMLButtonElement>('[data-testid="import-confirm"]')!.disabled,
      ),
      'nothing to confirm',
    );
    const after = JSON.stringify([await rawAll(page, 'clippings'), await rawAll(page, 'collections')]);
    assert(after === before, 'database changed after malformed imports');
  },
};

const importScenario: Scenario = {
  name: 'options: JSON export imported into a fresh profile comes back deep-equal',
  freshProfile: true,
  async run(ctx) {
    const source = handoff.get(ctx.browser);
    assert(source, 'the export scenario did not run first in this browser');
    const page = await openOptions(ctx);
    assert((await rawAll(page, 'clippings')).length === 0, 'profile is not fresh');
    assert((await chooseImport(page, 1, source.json)) === 'summary', 'import summary');
    assert((await page.textOfTestId('import-new')).includes(String(N)), 'summary counts new clippings');
    await page.clickTestId('import-confirm');
    await page.waitForTestId('import-done', { timeout: 20_000 });
    const clippings = plain(await rawAll(page, 'clippings'));
    deepStrictEqual(clippings, source.clippings);
    const collections = await rawAll(page, 'collections');
    const custom = (rows: unknown[]) => rows.filter((c) => (c as { id: string }).id !== 'default');
    deepStrictEqual(custom(collections), custom(source.collections));
    // the same file again: only duplicates
    assert((await chooseImport(page, 2, source.json)) === 'summary', 'second summary');
    assert((await page.textOfTestId('import-duplicates')).includes(String(N)), 'all duplicates');
    await page.waitForTestId('import-nothing');
    // the page with a summary shown, collections listed and settings: no serious accessibility problem
    await page.clickTestId('export-scope-collections');
    const axe = await seriousAxeViolations(page);
    assert(axe.length === 0, `axe: ${JSON.stringify(axe)}`);
  },
};

export default [exportScenario, importScenario] satisfies Scenario[];
