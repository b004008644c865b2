/**
 * The reader on real saved news pages (../shared/corpus/pages/vi, served under their real host
 * names), with a page element fixed at z-index 2147483647 on top: the reader opens above it, takes
 * REAL pointer clicks (the point is checked to hit our host first), and the page's own scripts find
 * neither the reader's text nor a note typed in it. Title, author and date as labelled.
 */
import { corpusPages } from '../corpus';
import { NEWS_HOST, pollUntil, sleep } from '../common';
import type { E2EContext, E2EPage, Scenario } from '../types';
import { assert, HOST_TAG, hostGone, openReader, selectInReader } from './reader';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Lower-case words of `s` (letters and digits), NFC. */
const wordsOf = (s: string) => s.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether the shown byline names every person of the label ("Theo A" → A; "A - B", "A, B", "A và B"
 * → A and B), each as whole words, in any separator style ("A, B" shows "A - B").
 */
export function bylineShows(shown: string, label: string): boolean {
  const have = ` ${wordsOf(shown).join(' ')} `;
  const core = label
    .normalize('NFC')
    .replace(/^\s*(?:theo|tin,?\s*ảnh:?|bài,?\s*ảnh:?|ảnh:?)\s+/iu, '')
    .replace(/\([^)]*\)/g, ' ');
  const names = core
    .split(/\s*(?:[-–/,;&]|\svà\s)\s*/u)
    .map((n) => wordsOf(n).join(' '))
    .filter((n) => n.length > 1);
  return names.every((n) => have.includes(` ${n} `));
}

/** The calendar day (YYYY-MM-DD) a date label gives as written on the page: ISO or day/month/year. */
export function labelDay(label: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(label);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/.exec(label);
  if (!dmy) return null;
  const year = dmy[3].length === 2 ? `20${dmy[3]}` : dmy[3];
  return `${year}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
}

/** Main-world set-up of a hostile page: a fixed header over everything, a key logger, a DOM watcher. */
export function armPage(page: E2EPage): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __spy: { keys: string[]; texts: string[] } };
    w.__spy = { keys: [], texts: [] };
    for (const type of ['keydown', 'keypress', 'keyup', 'input']) {
      window.addEventListener(type, (e) => w.__spy.keys.push((e as KeyboardEvent).key ?? type), true);
      document.addEventListener(type, (e) => w.__spy.keys.push((e as KeyboardEvent).key ?? type), true);
    }
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of Array.from(r.addedNodes)) w.__spy.texts.push(n.textContent ?? '');
    }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const bar = document.createElement('div');
    bar.id = 'e2e-fixed-header';
    bar.textContent = 'Fixed header';
    bar.setAttribute(
      'style',
      'position:fixed;top:0;left:0;right:0;height:140px;z-index:2147483647;background:#c00;color:#fff',
    );
    document.body.append(bar);
  });
}

/** What a page script can learn of the reader: its DOM, texts seen, keys heard. */
export function spyReport(page: E2EPage, secret: string): Promise<string[]> {
  return page.evaluate(
    (tag: string, s: string) => {
      const w = window as unknown as { __spy: { keys: string[]; texts: string[] } };
      const out: string[] = [];
      const host = document.querySelector(tag) as (HTMLElement & { shadowRoot: ShadowRoot | null }) | null;
      if (host?.shadowRoot) out.push('the host has an open shadow root');
      if (document.querySelector('[data-testid="reader"], [data-testid="reader-body"]')) out.push('reader in page DOM');
      const all = `${document.documentElement.textContent ?? ''} ${w.__spy.texts.join(' ')}`;
      if (s && all.includes(s)) out.push('the note is readable in the page');
      if (w.__spy.keys.length > 0) out.push(`page heard keys: ${w.__spy.keys.slice(0, 10).join(',')}`);
      for (const f of Array.from(document.querySelectorAll('iframe'))) {
        try {
          if (f.contentDocument?.body?.textContent?.includes(s)) out.push('note in a reachable frame');
        } catch {
          // cross-origin: unreachable, as it should be
        }
      }
      return out;
    },
    HOST_TAG,
    secret,
  );
}

/**
 * Clicks the centre of the frame's element `testId` with the real mouse, after checking that the
 * top page's hit test at that point is our host (so no page element covers it).
 */
export async function realClick(page: E2EPage, frame: E2EPage, testId: string): Promise<void> {
  await frame.waitForTestId(testId);
  const box = await frame.evaluate((id: string) => {
    const el = document.querySelector(`[data-testid="${id}"]`);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, testId);
  assert(box, `${testId} not found in the reader`);
  // The reader frame fills the viewport from (0, 0): frame coordinates are page coordinates.
  const hit = await page.evaluate(
    (x: number, y: number) => document.elementFromPoint(x, y)?.tagName.toLowerCase() ?? '',
    box.x,
    box.y,
  );
  assert(hit === HOST_TAG, `at ${testId} (${Math.round(box.x)},${Math.round(box.y)}) the page hit <${hit}>`);
  await page.mouseClick(box.x, box.y);
}

/** Opens, checks, clicks and closes the reader over `page` (already armed). */
export async function exerciseReader(
  ctx: E2EContext,
  page: E2EPage,
  label: { title?: string | null; byline?: string | null; publishedTime?: string | null },
  note: string,
): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate(() => window.scrollTo({ left: 0, top: 300, behavior: 'instant' }));
  await sleep(300);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  const frame = await openReader(ctx, page);
  if ((await frame.countTestId('reader-error')) > 0) {
    return [`reader error: ${await frame.textOfTestId('reader-error')}`];
  }
  const title = squash(await frame.textOfTestId('reader-title'));
  if (label.title && title !== squash(label.title)) problems.push(`title "${title}" ≠ "${label.title}"`);
  const byline = (await frame.countTestId('reader-byline')) ? await frame.textOfTestId('reader-byline') : '';
  if (label.byline && !bylineShows(byline, label.byline)) problems.push(`byline "${byline}" ≠ "${label.byline}"`);
  const date = await frame.evaluate(
    () => document.querySelector('[data-testid="reader-date"]')?.getAttribute('datetime') ?? '',
  );
  const day = label.publishedTime ? labelDay(label.publishedTime) : null;
  if (day && date.slice(0, 10) !== day) problems.push(`date "${date}" ≠ "${label.publishedTime}"`);
  // A display setting, by the real mouse.
  await realClick(page, frame, 'reader-theme-sepia');
  await pollUntil(
    () => frame.evaluate(() => /theme-sepia/.test(document.querySelector('[data-testid="reader"]')?.className ?? '') || null),
    5000,
    'sepia theme applied',
  );
  // Save, by the real mouse.
  await realClick(page, frame, 'save-clip');
  await pollUntil(
    async () => /Đã lưu|Saved/.test(await frame.textOfTestId('save-clip')) || null,
    10_000,
    'saved label',
  );
  // A highlight with a note typed on the keyboard.
  const body = await frame.textOfTestId('reader-body');
  const para = body
    .split(/\n+/)
    .map((s) => s.trim())
    .find((s) => s.length > 60);
  if (para && (await selectInReader(frame, para.slice(5, 40).trim()))) {
    await frame.waitForTestId('highlight-toolbar', { timeout: 5000 });
    await frame.typeTestId('highlight-note', note);
    await realClick(page, frame, 'highlight-save');
    await frame.waitForTestId('highlight-toolbar', { hidden: true, timeout: 5000 });
  } else problems.push(`no paragraph to highlight: ${JSON.stringify(body.slice(0, 600))}`);
  await sleep(300);
  problems.push(...(await spyReport(page, note)));
  // Close, by the real mouse: the page comes back at its scroll position.
  await realClick(page, frame, 'reader-close');
  await hostGone(page);
  const scrollAfter = await page.evaluate(() => window.scrollY);
  if (Math.abs(scrollAfter - scrollBefore) > 1) problems.push(`scroll ${scrollBefore} → ${scrollAfter}`);
  return problems;
}

const pages = corpusPages().filter((p) => p.file.startsWith('pages/vi/'));

/** One scenario per page (a page's failure names it); all on one profile. */
const scenarios: Scenario[] =
  pages.length === 0
    ? [
        {
          name: 'corpus-pages: Vietnamese corpus pages',
          async run() {
            console.log('  (skipped: ../shared/corpus/pages.json or its vi pages are absent)');
          },
        },
      ]
    : pages.map((p) => ({
        name: `corpus-pages: ${p.file} — reader above a z-index 2147483647 header, real clicks, nothing leaks`,
        freshProfile: false,
        async run(ctx: E2EContext) {
          const port = new URL(ctx.fixtureOrigin).port;
          let page: E2EPage;
          try {
            page = await ctx.openPage(`http://${p.host}:${port}${p.pathname}`);
          } catch (err) {
            // A host on the browser's HSTS preload list cannot be served over plain http.
            if (!/SSL|HSTS|https/i.test(String(err))) throw err;
            console.log(`  (${p.host} forces https in ${ctx.browser}: serving ${p.file} under ${NEWS_HOST})`);
            page = await ctx.openPage(`http://${NEWS_HOST}:${port}/__corpus/${p.host}${p.pathname}`);
          }
          try {
            await armPage(page);
            const problems = await exerciseReader(ctx, page, p, `Ghi chú riêng ${p.file.length}-${Date.now() % 997}`);
            assert(problems.length === 0, problems.join('; '));
          } finally {
            await page.close().catch(() => undefined);
          }
        },
      }));

export default scenarios;
