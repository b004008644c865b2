/**
 * XSS through the reader (issue 12): article pages under a news host carry the shared payloads
 * (../shared/security/xss-payloads.json, read at run time) plus our own beacon payloads in the
 * title, the byline, the headline, body paragraphs, figure captions and link texts/targets. The
 * reader is opened the way a user does (popup's reader toggle). After it opens, nothing runs: no
 * new dialog, no `window.xss` marker, no hit on a beacon server of the test (neither from the page
 * nor from the reader's extension frame), no injected element in the frame, and the frame shows
 * the article's text.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sleep } from '../common';
import type { E2EPage, Scenario } from '../types';
import { FIXTURES } from './popup';
import { assert, openReader } from './reader';
import { injected, payloads } from './safety-xss';

/** Our own payloads that call home (`B` is the beacon URL) when any of them runs. */
function beacons(B: string): string[] {
  return [
    `<img src="x" onerror="fetch('${B}/img')">`,
    `<img src="x" onerror="navigator.sendBeacon('${B}/send')">`,
    `<svg><animate onbegin="fetch('${B}/svg')" attributeName="x" dur="1s"></animate></svg>`,
    `<details open ontoggle="fetch('${B}/toggle')"><summary>x</summary></details>`,
    `<video><source onerror="fetch('${B}/video')"></video>`,
    `<input autofocus onfocus="fetch('${B}/focus')">`,
    `<iframe src="javascript:fetch('${B}/iframe')"></iframe>`,
    `<object data="javascript:fetch('${B}/object')"></object>`,
    `<style>@import '${B}/css';</style>`,
    `<link rel="stylesheet" href="${B}/link">`,
    `<script src="${B}/script.js"></script>`,
  ];
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LEAD =
  'Chiều nay, Bộ trưởng Bộ Y tế cho biết ngành y tế sẽ tiếp tục triển khai chương trình tiêm chủng mở rộng tại các tỉnh miền núi phía Bắc trong năm tới, với sự tham gia của nhiều tổ chức quốc tế.';

/** A news article whose title, byline, headline, paragraphs, captions and links carry `list`. */
function hostilePage(list: string[], k: number): string {
  const head = list[0] ?? '';
  const rows = list.map((p, i) => {
    const role = i % 3;
    if (role === 0) return `<p>Đoạn thử nghiệm số ${k}-${i}: ${p} ${LEAD}</p>`;
    if (role === 1)
      return `<figure><img src="/pages/none-${i}.jpg" alt="${esc(p)}"><figcaption>Chú thích ${k}-${i}: ${p}</figcaption></figure><p>Đoạn thử nghiệm số ${k}-${i}. ${LEAD}</p>`;
    return `<p>Đoạn thử nghiệm số ${k}-${i}: <a href="${esc(p)}">liên kết ${p}</a> ${LEAD}</p>`;
  });
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Bộ Y tế mở rộng tiêm chủng ${k} ${head}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Bộ Y tế mở rộng tiêm chủng ${k} ${esc(head)}">
<meta name="author" content="Nguyễn Văn An ${esc(head)}">
<meta property="article:published_time" content="2025-11-20T08:00:00+07:00">
</head><body><article>
<h1>Bộ Y tế mở rộng chương trình tiêm chủng ${k} ${head}</h1>
<p class="author byline">Nguyễn Văn An ${head}</p>
<p>Mở đầu ${k}. ${LEAD}</p>
${rows.join('\n')}
<p>Kết thúc bài viết ${k}.</p>
</article></body></html>`;
}

/** Counts requests to a beacon server on 127.0.0.1 (ephemeral port). */
async function beaconServer() {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.setHeader('access-control-allow-origin', '*');
    res.end('');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hit`,
    hits,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const marker = (p: E2EPage) =>
  p.evaluate(() => {
    const v = (window as unknown as { xss?: unknown }).xss;
    return v === undefined ? null : String(v);
  });

const scenarios: Scenario[] = [
  {
    name: 'safety-xss: payloads in title, byline, body, captions and links execute nowhere when the reader opens',
    async run(ctx) {
      const beacon = await beaconServer();
      try {
        // The ones that only spin the page's own thread (while(1)…) would freeze the hostile page, not test us.
        // Also left out: focus/blur-handler payloads that open a dialog: the dialog takes the focus and
        // gives it back, firing them again — an endless dialog loop in the hostile page itself (in
        // Chromium it blocks the page's thread, so no extension could read it). They still go through every other safety-xss path.
        const all = [...beacons(beacon.url), ...payloads()];
        const list = all.filter(
          (p) =>
            !/while\s*\(\s*1\s*\)|for\s*\(\s*;\s*;\s*\)/.test(p) &&
            !(/autofocus|on(focus|blur|focusin|focusout)\b/i.test(p) && /alert|confirm|prompt/i.test(p)),
        );
        console.log(`  [${ctx.browser}] ${list.length} of ${all.length} payloads on live pages (self-looping ones left out)`);
        const PAGES = 3;
        const out = path.join(FIXTURES, 'generated');
        mkdirSync(out, { recursive: true });
        for (let k = 0; k < PAGES; k++) {
          const part = list.filter((_, i) => i % PAGES === k);
          // Each page's headline, title and byline carry a different beacon payload.
          const mine = [beacons(beacon.url)[k], ...part];
          writeFileSync(path.join(out, `safety-xss-reader-${k}.html`), hostilePage(mine, k));
          const step = (what: string) => {
            if (process.env.E2E_TRACE) console.log(`    page ${k}: ${what} (${beacon.hits.length} hits)`);
          };
          step('opening');
          const page = await ctx.openPage(ctx.newsUrl(`generated/safety-xss-reader-${k}.html`));
          step('opened');
          // The hostile page's payloads may run in the page itself at load: only what happens
          // once the reader opens counts. Wait until the page is quiet, then reset the markers.
          let seen = -1;
          for (let n = 0; n < 20 && seen !== beacon.hits.length; n++) {
            seen = beacon.hits.length;
            await sleep(500);
          }
          await page.evaluate(() => {
            (window as unknown as { xss?: unknown }).xss = undefined;
          });
          const hitsBefore = beacon.hits.length;
          const dialogsBefore = page.dialogs().length;
          step('quiet');
          const frame = await openReader(ctx, page);
          step('reader open');
          await sleep(1500);
          const title = (await frame.textOfTestId('reader-title')).trim();
          assert(title.includes(`tiêm chủng ${k}`), `page ${k}: reader title "${title.slice(0, 120)}"`);
          const body = await frame.textOfTestId('reader-body');
          // Some payloads reshape the hostile page itself (an unclosed <textarea>, <plaintext>, a script
          // rewriting the body): the reader is held to the paragraphs the page itself still shows.
          const pageText = await page.evaluate(() => document.body?.innerText ?? '');
          const has = (text: string, i: number) => text.includes(`số ${k}-${i}:`) || text.includes(`số ${k}-${i}.`);
          const onPage = mine.filter((_, i) => has(pageText, i)).length;
          const shown = mine.filter((_, i) => has(pageText, i) && has(body, i)).length;
          // Safety, not extraction, is judged here: payloads that split the page's structure can make
          // Readability keep only part of it (the counts are printed below).
          assert(
            body.includes(LEAD.slice(0, 60)) && shown >= Math.min(10, onPage),
            `page ${k}: the reader shows ${shown} of the ${onPage} paragraphs the page shows: ${body.slice(0, 200)}`,
          );
          const newHits = beacon.hits.slice(hitsBefore);
          assert(newHits.length === 0, `page ${k}: beacon hits after the reader opened: ${newHits.join(', ')}`);
          const pageMark = await marker(page);
          assert(pageMark === null, `page ${k}: window.xss=${pageMark} in the page after the reader opened`);
          const frameMark = await marker(frame);
          assert(frameMark === null, `page ${k}: window.xss=${frameMark} in the reader frame`);
          const dialogs = page.dialogs().slice(dialogsBefore);
          assert(dialogs.length === 0, `page ${k}: dialogs after the reader opened: ${dialogs.join(' | ')}`);
          const bad = (await injected(frame)).filter((b) => !b.startsWith('dialog:'));
          assert(bad.length === 0, `page ${k}: injected in the reader frame: ${bad.slice(0, 8).join(' | ')}`);
          console.log(
            `  [${ctx.browser}] page ${k}: ${mine.length} payloads, the page shows ${onPage} of their paragraphs, the reader ${shown}; 0 ran`,
          );
          await page.close();
        }
      } finally {
        await beacon.close();
      }
    },
  },
];

export default scenarios;
