/**
 * Library scenarios: after the two seed articles are saved through the popup, the library's entity
 * index lists Đỗ Thanh Bình with the number of seeds naming him, clicking it filters the list, and
 * axe-core reports no serious or critical violation.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pollUntil } from '../common';
import type { Scenario } from '../types';
import {
  assert,
  FIXTURES,
  openWithPopup,
  SEEDS,
  saveThroughPopup,
  seriousAxeViolations,
  useVietnamese,
  waitForStatus,
} from './popup';

const PERSON = 'Đỗ Thanh Bình';

/** How many seed articles name the person (what the entity index must count). */
function seedsNaming(name: string): number {
  return SEEDS.filter((f) => readFileSync(path.join(FIXTURES, f), 'utf8').normalize('NFC').includes(name))
    .length;
}

const scenarios: Scenario[] = [
  {
    name: 'library: entity index counts Đỗ Thanh Bình after saving the two seeds; click filters; axe',
    async run(ctx) {
      const missing = SEEDS.filter((f) => !existsSync(path.join(FIXTURES, f)));
      assert(
        missing.length === 0,
        `seed fixtures missing (written by the reader engineer): ${missing.join(', ')}`,
      );
      const expected = seedsNaming(PERSON);
      assert(expected > 0, `the seed fixtures should name ${PERSON}`);
      await useVietnamese(ctx);
      const library = await ctx.openExtensionPage('library.html');
      await library.waitForTestId('library');
      for (const seed of SEEDS) {
        const { news, popup } = await openWithPopup(ctx, seed);
        await waitForStatus(popup, 'Bài báo tiếng Việt');
        await saveThroughPopup(popup);
        await popup.close();
        await news.close();
      }
      await library.bringToFront();
      // Live update: the library opened before the saves lists both without reload.
      await pollUntil(
        async () => (await library.countTestId('library-item')) === SEEDS.length,
        15_000,
        'both seeds listed',
      );
      const count = await pollUntil(
        () =>
          library.evaluate((person: string) => {
            const items = [...document.querySelectorAll<HTMLElement>('[data-testid="entity-index-item"]')];
            const hit = items.find((b) => b.querySelector('.entity-name')?.textContent?.trim() === person);
            return hit ? Number(hit.querySelector('[data-testid="entity-index-count"]')?.textContent) : 0;
          }, PERSON),
        15_000,
        `${PERSON} in the entity index`,
      );
      assert(count === expected, `${PERSON}: index says ${count}, ${expected} seed(s) name him`);

      await library.evaluate((person: string) => {
        const items = [...document.querySelectorAll<HTMLElement>('[data-testid="entity-index-item"]')];
        items.find((b) => b.querySelector('.entity-name')?.textContent?.trim() === person)?.click();
      }, PERSON);
      await pollUntil(
        async () =>
          (await library.countTestId('filter-entity')) === 1 &&
          (await library.countTestId('library-item')) === expected,
        10_000,
        'list filtered by the entity',
      );
      const violations = await seriousAxeViolations(library);
      assert(violations.length === 0, `axe (library): ${JSON.stringify(violations)}`);
    },
  },
];

export default scenarios;
