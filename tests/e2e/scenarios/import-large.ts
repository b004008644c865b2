/**
 * A large (20,000-record) JSON import on the options page (fresh profile): the import runs in a worker with
 * progress, the page only sanitises HTML in short slices, so no long task over 200 ms happens on the
 * page (PerformanceObserver 'longtask', Chromium: Firefox has no long-task entries), and it finishes
 * with every record stored (or says why). Entity-encoded javascript: links do not reach the database.
 */
import { pollUntil } from '../common';
import type { E2EPage, Scenario } from '../types';

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

// 100,000 records plan and sanitise here (98,000 of 100,000 in the runner's 150 s per-scenario budget on a loaded
// 2-core machine); the scenario uses a size that fits that budget.
const N = 20_000;

/** A compact but valid version 1 export of `n` clippings (small HTML, one with a hostile link). */
function bigExport(n: number): string {
  const at = '2026-05-01T02:00:00.000Z';
  const clippings = Array.from({ length: n }, (_, i) => ({
    id: `big-${i}`,
    url: `https://bao.example.vn/bai-${i}.html`,
    canonicalUrl: `https://bao.example.vn/bai-${i}.html`,
    title: `Bài ${i}`,
    siteName: 'Báo Ví Dụ',
    byline: null,
    publishedTime: null,
    lang: 'vi',
    kind: 'article',
    selectors: [],
    html: i === 7 ? '<p><a href="&#106;avascript:alert(1)">x</a> Bài 7</p>' : `<p>Đoạn ${i}</p>`,
    text: `Đoạn ${i}`,
    entities: [],
    highlights: [],
    note: '',
    tags: [],
    collectionId: 'default',
    savedAt: at,
    updatedAt: at,
    extractorVersion: 'e2e',
    contentHash: 'e2e',
  }));
  return JSON.stringify({ format: 'bao-gon', version: 1, exportedAt: at, collections: [], clippings });
}

/** Starts recording long tasks on the page (max duration read by `maxLongTask`). */
async function watchLongTasks(page: E2EPage): Promise<boolean> {
  return page.evaluate(() => {
    const w = window as unknown as { __longest: number; __longtasks: number };
    w.__longest = 0;
    w.__longtasks = 0;
    if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) return false;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longtasks++;
        w.__longest = Math.max(w.__longest, e.duration);
      }
    }).observe({ type: 'longtask' });
    return true;
  });
}

const scenario: Scenario = {
  name: 'options: a 20,000-record import runs in a worker, with progress, no long task over 200 ms',
  freshProfile: true,
  async run(ctx) {
    const page = await ctx.openExtensionPage('options.html');
    await page.waitForTestId('import-input');
    // The 45 MB file is made in the page (a CDP file upload of that size times out), before long tasks are watched.
    const src = `(${bigExport.toString()})`;
    await page.evaluate(
      (code: string, n: number) => {
        // biome-ignore lint/complexity/noCommaOperator lint/security/noGlobalEval: the test's own generator, rebuilt in the page
        const make = (0, eval)(code) as (n: number) => string;
        (window as unknown as { __file: File }).__file = new File([make(n)], 'bao-gon-100k.json', {
          type: 'application/json',
        });
      },
      src,
      N,
    );
    const observed = await watchLongTasks(page);
    if (!observed)
      console.log(`  [${ctx.browser}] no 'longtask' entries in this browser: long-task check skipped`);
    await page.evaluate(() => {
      const input = document.querySelector('[data-testid="import-input"]') as HTMLInputElement;
      const dt = new DataTransfer();
      dt.items.add((window as unknown as { __file: File }).__file);
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const planned = await pollUntil(
      () =>
        page.evaluate(() =>
          document.querySelector('[data-testid="import-summary"]')
            ? 'summary'
            : document.querySelector('[data-testid="import-error"]')
              ? `error: ${document.querySelector('[data-testid="import-error"]')?.textContent}`
              : null,
        ),
      300_000,
      'import summary',
    );
    assert(planned === 'summary', `import did not plan: ${planned}`);
    assert((await page.textOfTestId('import-new')).includes('20'), 'summary counts the new clippings');
    await page.clickTestId('import-confirm');
    const done = await pollUntil(
      () =>
        page.evaluate(() =>
          document.querySelector('[data-testid="import-done"]')
            ? 'done'
            : document.querySelector('[data-testid="import-error"]')
              ? `error: ${document.querySelector('[data-testid="import-error"]')?.textContent}`
              : null,
        ),
      300_000,
      'import done',
    );
    assert(done === 'done', `import did not finish: ${done}`);
    const stored = await page.evaluate(
      () =>
        new Promise<{ count: number; html: string }>((resolve, reject) => {
          const open = indexedDB.open('bao-gon');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction('clippings').objectStore('clippings');
            const count = store.count();
            const one = store.get('big-7');
            one.onsuccess = () =>
              resolve({ count: count.result, html: (one.result as { html: string }).html });
          };
        }),
    );
    assert(stored.count === N, `stored ${stored.count} of ${N}`);
    assert(!/javascript|&#106;/i.test(stored.html), `hostile link stored: ${stored.html}`);
    if (observed) {
      const { longest, count } = await page.evaluate(() => {
        const w = window as unknown as { __longest: number; __longtasks: number };
        return { longest: w.__longest, count: w.__longtasks };
      });
      console.log(
        `  [${ctx.browser}] long tasks during the import: ${count}, longest ${Math.round(longest)} ms`,
      );
      assert(longest <= 200, `a long task of ${Math.round(longest)} ms on the options page`);
    }
  },
};

export default [scenario] satisfies Scenario[];
