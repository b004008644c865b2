/**
 * Entity panel scenarios: officials and agreements of the seed articles are listed in the
 * reader's panel by type; highlighting them leaves the original page's DOM unchanged; clicking a
 * row scrolls the reader to a mention.
 */
import { pollUntil, sleep } from '../common';
import type { Scenario } from '../types';
import { assert, bodyHtml, entityRows, fixture, hash, hostGone, openReader } from './reader';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const scenarios: Scenario[] = [
  {
    name: 'entities-panel: seed-000 lists its officials and agreements; the page DOM is unchanged',
    async run(ctx) {
      const file = fixture('pages/seed-000.html');
      assert(file.endsWith('seed-000.html'), 'fixture pages/seed-000.html is missing');
      const page = await ctx.openPage(ctx.newsUrl(file));
      const before = hash(await bodyHtml(page));
      const frame = await openReader(ctx, page);
      await frame.waitForTestId('entity-panel');
      const rows = await pollUntil(
        async () => {
          const r = await entityRows(frame);
          return r.length > 0 ? r : null;
        },
        10_000,
        'entity rows',
      );
      const officials = rows.filter((r) => r.type === 'official').map((r) => squash(r.text));
      for (const name of ['Đỗ Thanh Bình', 'Phosay Sayasone', 'Mai Văn Tuất']) {
        assert(
          officials.some((t) => t.includes(name)),
          `official "${name}" missing; officials: ${officials.join(' | ')}`,
        );
      }
      const agreements = rows.filter((r) => r.type === 'agreement').map((r) => squash(r.text));
      for (const part of [
        'Hiệp định hợp tác lao động Việt Nam - Lào',
        'Bản ghi nhớ',
        'Thỏa thuận hợp tác về lao động',
      ]) {
        assert(
          agreements.some((t) => t.includes(part)),
          `agreement "${part}" missing; agreements: ${agreements.join(' | ')}`,
        );
      }
      // Clicking a row scrolls the reader to a mention.
      const scrolled = await frame.evaluate(() => {
        const root = document;
        const reader = root?.querySelector<HTMLElement>('[data-testid="reader"]');
        const rows = root?.querySelectorAll<HTMLElement>('[data-testid="entity-item"]') ?? [];
        const last = rows[rows.length - 1];
        if (!reader || !last) return null;
        const top = reader.scrollTop;
        last.click();
        return { top };
      });
      assert(scrolled, 'no reader or rows to click');
      const after = hash(await bodyHtml(page));
      assert(after === before, `the page DOM changed while highlighting: ${before} → ${after}`);
    },
  },
  {
    name: 'entities-panel: seed-001 lists Tô Lâm and Thongloun Sisoulith as officials',
    async run(ctx) {
      const file = fixture('pages/seed-001.html');
      assert(file.endsWith('seed-001.html'), 'fixture pages/seed-001.html is missing');
      const page = await ctx.openPage(ctx.newsUrl(file));
      const before = hash(await bodyHtml(page));
      const frame = await openReader(ctx, page);
      const rows = await pollUntil(
        async () => {
          const r = await entityRows(frame);
          return r.length > 0 ? r : null;
        },
        10_000,
        'entity rows',
      );
      const officials = rows.filter((r) => r.type === 'official').map((r) => squash(r.text));
      for (const name of ['Tô Lâm', 'Thongloun Sisoulith']) {
        assert(
          officials.some((t) => t.includes(name)),
          `official "${name}" missing; officials: ${officials.join(' | ')}`,
        );
      }
      await page.press('Escape');
      await hostGone(page);
      const after = hash(await bodyHtml(page));
      assert(after === before, `the page DOM changed: ${before} → ${after}`);
    },
  },
  {
    name: 'entities-panel: hovering a mention shows its card; a row click marks the next mention',
    async run(ctx) {
      const page = await ctx.openPage(ctx.newsUrl('pages/reader-ui-entities.html'));
      const before = hash(await bodyHtml(page));
      const frame = await openReader(ctx, page);
      const rows = await pollUntil(
        async () => {
          const r = await entityRows(frame);
          return r.some((x) => x.type === 'official') ? r : null;
        },
        10_000,
        'official rows',
      );
      const officials = rows.filter((r) => r.type === 'official').map((r) => squash(r.text));
      assert(
        officials.some((t) => t.includes('Nguyễn Kim Sơn')),
        `Nguyễn Kim Sơn missing: ${officials.join(' | ')}`,
      );
      // Hover: move the pointer to the middle of the first painted official mention.
      const moved = await frame.evaluate(() => {
        const root = document;
        const body = root?.querySelector<HTMLElement>('[data-testid="reader-body"]');
        const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS
          ?.highlights;
        const ranges = reg?.get('bg-official');
        const first: { getClientRects(): DOMRectList } | null | undefined = ranges
          ? Array.from(ranges)[0]
          : root?.querySelector('mark[data-bg-paint="bg-official"]');
        if (!body || !first) return false;
        const r = first.getClientRects()[0];
        body.dispatchEvent(
          new MouseEvent('mousemove', {
            bubbles: true,
            composed: true,
            clientX: r.left + r.width / 2,
            clientY: r.top + r.height / 2,
          }),
        );
        return true;
      });
      assert(moved, 'no painted official mention to hover');
      await frame.waitForTestId('entity-card', { timeout: 5000 });
      const card = await frame.textOfTestId('entity-card');
      assert(/\d/.test(card), `the card should tell the number of mentions: ${card}`);
      // A row click paints the focused mention.
      await frame.evaluate(() => {
        const root = document;
        root?.querySelector<HTMLElement>('[data-testid="entity-item"][data-entity-type="official"]')?.click();
      });
      await sleep(200);
      const focused = await frame.evaluate(() => {
        const root = document;
        const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS
          ?.highlights;
        const h = reg?.get('bg-focus');
        if (h && h.size > 0) return Array.from(h)[0].toString();
        return root?.querySelector('mark[data-bg-paint="bg-focus"]')?.textContent ?? '';
      });
      assert(focused.length > 3, 'clicking a row did not mark a mention');
      await page.press('Escape');
      await hostGone(page);
      assert(hash(await bodyHtml(page)) === before, 'the page DOM changed');
    },
  },
];

export default scenarios;
