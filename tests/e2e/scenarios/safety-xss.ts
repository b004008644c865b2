/**
 * XSS across extension pages (issue 12): the 182 shared payloads (../shared/security/
 * xss-payloads.json, read at run time) plus our own go into clippings through the real paths —
 * a hostile article saved with the popup's "Lưu", titles/notes/tags saved and updated through the
 * background's messages, the watch list through the settings — then the library (every page),
 * the viewer, the popup and the options are opened: no dialog, no `window.xss` marker, and no
 * injected element (script, frame, on* handler, javascript: URL) anywhere, shadow roots included.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeXssArticlePage } from '../../fixtures/make-xss-page';
import { putSettings } from '../settings';
import type { E2EContext, E2EPage, Scenario } from '../types';
import { assert, FIXTURES, openWithPopup, saveThroughPopup, useVietnamese, waitForStatus } from './popup';

declare const webext: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const OWN = [
  '<img src=x onerror="window.xss=1">',
  '<svg onload="window.xss=2">',
  '<a href="javascript:window.xss=3">bấm</a>',
  '"><script>window.xss=4</script>',
  '<iframe srcdoc="<script>parent.xss=5</script>"></iframe>',
  '<details open ontoggle="window.xss=6">',
  '[bấm](javascript:window.xss=7)',
  '<a href="&#106;avascript:window.xss=8">mã hoá</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.xss=9"></style></mglyph></table></mtext></math>',
];

export function payloads(): string[] {
  const file = path.resolve(FIXTURES, '../../../shared/security/xss-payloads.json');
  if (!existsSync(file)) {
    console.log(`  [shared payloads absent: ${file}; using our own ${OWN.length}]`);
    return [...OWN];
  }
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { payloads: { payload: string }[] };
  return [...raw.payloads.map((p) => p.payload), ...OWN];
}

/** What a page shows that a payload could have injected, plus dialogs and the marker. */
export async function injected(page: E2EPage): Promise<string[]> {
  const found = await page.evaluate(() => {
    const bad: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`);
          if (
            /^(href|src|action|formaction|xlink:href|data)$/i.test(a.name) &&
            /^\s*(javascript|vbscript):/i.test(a.value)
          )
            bad.push(`${el.tagName} ${a.name}=${a.value.slice(0, 40)}`);
        }
        const tag = el.tagName.toLowerCase();
        if (['iframe', 'frame', 'object', 'embed', 'base'].includes(tag)) bad.push(tag);
        if (tag === 'script' && !(el as HTMLScriptElement).src.startsWith(location.origin))
          bad.push('script');
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const marker = (window as unknown as { xss?: unknown }).xss;
    if (marker !== undefined) bad.push(`window.xss=${String(marker)}`);
    return bad;
  });
  return [...found, ...page.dialogs().map((d) => `dialog: ${d}`)];
}

async function check(page: E2EPage, where: string): Promise<void> {
  const bad = await injected(page);
  assert(bad.length === 0, `${where}: ${bad.slice(0, 10).join(' | ')}`);
}

async function saveHostileArticle(ctx: E2EContext, list: string[]): Promise<void> {
  const out = path.join(FIXTURES, 'generated');
  mkdirSync(out, { recursive: true });
  // On the web page itself the payloads are live: the ones that only spin the page's own thread
  // forever (while(1)…) would freeze the page, not test us; they still go through every other path.
  const live = list.filter((p) => !/while\s*\(\s*1\s*\)|for\s*\(\s*;\s*;\s*\)/.test(p));
  writeFileSync(path.join(out, 'safety-xss.html'), makeXssArticlePage(live));
  const { news, popup } = await openWithPopup(ctx, 'generated/safety-xss.html');
  await waitForStatus(popup, 'Bài báo tiếng Việt');
  await saveThroughPopup(popup);
  await check(popup, 'popup after saving');
  await popup.close();
  await news.close();
}

const scenarios: Scenario[] = [
  {
    name: 'safety-xss: payloads in saved articles, titles, notes, tags and the watch list execute nowhere',
    async run(ctx) {
      const list = payloads();
      await useVietnamese(ctx);
      await saveHostileArticle(ctx, list);
      const library = await ctx.openExtensionPage('library.html');
      await library.waitForTestId('library');
      await putSettings(library, { watchlist: list.map((p) => p.slice(0, 200)).slice(0, 500) });
      const saved: string[] = [];
      // In batches: one long evaluate would outlast the driver's protocol timeout in Firefox.
      for (let start = 0; start < list.length; start += 20) {
        const batch = await library.evaluate(
          async (ps: string[], offset: number) => {
            const ids: string[] = [];
            for (let i = 0; i < ps.length; i++) {
              const p = ps[i];
              const res = (await webext.runtime.sendMessage({
                type: 'clip.save',
                payload: {
                  draft: {
                    url: `https://bao.example.vn/xss-${offset + i}.html`,
                    title: p.slice(0, 2000),
                    siteName: p.slice(0, 2000),
                    byline: p.slice(0, 2000),
                    publishedTime: null,
                    lang: 'vi',
                    kind: 'article',
                    selectors: [],
                    html: p,
                    text: `Đoạn ${i}: ${p}`,
                    entities: [],
                    highlights: [],
                    note: p,
                    tags: [p.slice(0, 200)],
                  },
                },
              })) as { clipping?: { id: string } };
              if (!res.clipping) continue;
              ids.push(res.clipping.id);
              await webext.runtime.sendMessage({
                type: 'clip.update',
                payload: {
                  id: res.clipping.id,
                  patch: { note: `${p}\n${p}`, tags: [p.slice(0, 200), 'xss'] },
                },
              });
            }
            return ids;
          },
          list.slice(start, start + 20),
          start,
        );
        saved.push(...batch);
      }
      assert(saved.length === list.length, `saved ${saved.length} of ${list.length} hostile clippings`);

      await library.goto(`${ctx.extensionOrigin}/library.html`);
      await library.waitForTestId('library-item', { timeout: 20_000 });
      await check(library, 'library page 1');
      for (let p = 2; (await library.countTestId('page-next')) > 0 && p <= 6; p++) {
        const disabled = await library.evaluate(
          () =>
            (document.querySelector('[data-testid="page-next"]') as HTMLButtonElement | null)?.disabled ??
            true,
        );
        if (disabled) break;
        await library.clickTestId('page-next');
        await new Promise((r) => setTimeout(r, 500));
        await check(library, `library page ${p}`);
      }
      await library.typeTestId('library-search', 'script');
      await new Promise((r) => setTimeout(r, 800));
      await check(library, 'library search');

      const sample = [
        saved[0],
        saved[7],
        saved[12],
        saved[Math.floor(saved.length / 2)],
        saved[saved.length - 1],
      ];
      for (const id of sample) {
        const viewer = await ctx.openExtensionPage(`viewer.html?id=${encodeURIComponent(id)}`);
        await viewer.waitForTestId('viewer-body', { timeout: 15_000 });
        await check(viewer, `viewer ${id}`);
        if ((await viewer.countTestId('viewer-load-images')) > 0) {
          await viewer.clickTestId('viewer-load-images');
          await new Promise((r) => setTimeout(r, 300));
          await check(viewer, `viewer ${id} with images`);
        }
        await viewer.close();
      }
      const hostile = await library.evaluate(async () => {
        const db: IDBDatabase = await new Promise((resolve, reject) => {
          const req = indexedDB.open('bao-gon');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const all: { id: string; url: string }[] = await new Promise((resolve, reject) => {
          const req = db.transaction('clippings').objectStore('clippings').getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        db.close();
        // The hostile page's own scripts may move its URL (pushState): find it as the one not ours.
        const hit = all.find((c) => !c.url.includes('bao.example.vn'));
        return hit
          ? hit.id
          : `none among ${all.length}: ${all
              .filter((c) => !c.url.includes('bao.example.vn'))
              .map((c) => c.url)
              .join(', ')}`;
      });
      assert(
        !hostile.startsWith('none'),
        `the hostile article saved through the popup should be found (${hostile})`,
      );
      const viewer = await ctx.openExtensionPage(`viewer.html?id=${encodeURIComponent(hostile)}`);
      await viewer.waitForTestId('viewer-body', { timeout: 15_000 });
      await check(viewer, 'viewer of the hostile article');
      await viewer.close();

      const popup = await ctx.openExtensionPage('popup.html');
      await popup.waitForTestId('clip-item', { timeout: 15_000 });
      await check(popup, 'popup list');
      await popup.typeTestId('search', 'xss');
      await new Promise((r) => setTimeout(r, 800));
      await check(popup, 'popup search');
      const options = await ctx.openExtensionPage('options.html');
      await options.waitForTestId('options');
      await new Promise((r) => setTimeout(r, 500));
      await check(options, 'options');
      await check(library, 'library at the end');
    },
  },
];

export default scenarios;
