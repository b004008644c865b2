/**
 * Reading aids in the reader, on an article written for this test (served under a news host):
 * the legal reference links to the legal-document search with its number, its card states kind,
 * number, year and issuer in words; an acronym carries its expansion and explains itself when
 * reached with the keyboard; read aloud offers a Vietnamese voice or says there is none and lists
 * the voices the browser has, starts, marks the sentence it reads and stops.
 */
import { pollUntil, sleep } from '../common';
import type { E2EPage, Scenario } from '../types';
import { assert, openReader } from './reader';

const FIXTURE = 'pages/reading-aids.html';
const LEGAL_HREF = 'https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=67%2F2025%2FN%C4%90-CP';

/** Presses Tab until the focused element of the reader frame has data-testid `id` (returns its text). */
async function tabTo(frame: E2EPage, id: string, max = 80): Promise<string> {
  for (let i = 0; i < max; i++) {
    await frame.press('Tab');
    const at = await frame.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { id: el?.getAttribute('data-testid') ?? '', text: el?.textContent ?? '' };
    });
    if (at.id === id) return at.text;
  }
  throw new Error(`Tab never reached ${id}`);
}

const cardText = (frame: E2EPage) =>
  pollUntil(
    async () => ((await frame.countTestId('aid-card')) > 0 ? await frame.textOfTestId('aid-card') : null),
    5000,
    'aid card',
  );

const scenarios: Scenario[] = [
  {
    name: 'reading-aids: legal link, acronym explained on keyboard focus, read aloud',
    async run(ctx) {
      const page = await ctx.openPage(ctx.newsUrl(FIXTURE));
      const frame = await openReader(ctx, page);
      await frame.waitForTestId('legal-link');

      // Legal references: a link to the search built from the number, in a new tab, no referrer.
      const links = await frame.evaluate(() =>
        Array.from(document.querySelectorAll('[data-testid="legal-link"]')).map((a) => ({
          text: a.textContent ?? '',
          href: a.getAttribute('href') ?? '',
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel') ?? '',
          title: a.getAttribute('title') ?? '',
        })),
      );
      const decree = links.find((l) => l.text.includes('67/2025/NĐ-CP'));
      assert(decree, `no legal-link for the decree: ${JSON.stringify(links)}`);
      assert(decree.href === LEGAL_HREF, `decree href ${decree.href}`);
      assert(
        decree.target === '_blank' && /noopener/.test(decree.rel) && /noreferrer/.test(decree.rel),
        'new tab, noopener noreferrer',
      );
      assert(
        /Nghị định của Chính phủ/.test(decree.title) && /Decree of the Government/.test(decree.title),
        `title ${decree.title}`,
      );
      const circular = links.find((l) => l.text.includes('40/2021/TT-BTC'));
      assert(
        circular?.href.endsWith('keyword=40%2F2021%2FTT-BTC'),
        `circular link: ${JSON.stringify(links)}`,
      );

      // Acronyms: UBND marked once in its paragraph, expansion in title and accessible description.
      const acronyms = await frame.evaluate(() =>
        Array.from(document.querySelectorAll('[data-testid="acronym"]')).map((el) => ({
          text: el.textContent ?? '',
          title: el.getAttribute('title') ?? '',
          tabindex: el.getAttribute('tabindex'),
          described: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
          para: Array.from(el.closest('p')?.querySelectorAll('[data-testid="acronym"]') ?? []).filter(
            (x) => x.textContent === el.textContent,
          ).length,
        })),
      );
      const ubnd = acronyms.find((a) => a.text === 'UBND');
      assert(ubnd, `no UBND acronym: ${acronyms.map((a) => a.text).join(', ')}`);
      assert(
        /Ủy ban nhân dân/.test(ubnd.title) && /People’s Committee/.test(ubnd.title),
        `UBND title ${ubnd.title}`,
      );
      assert(/Ủy ban nhân dân/.test(ubnd.described), `UBND description «${ubnd.described}»`);
      assert(ubnd.tabindex === '0', 'UBND focusable');
      assert(
        acronyms.every((a) => a.para === 1),
        'each acronym marked once per paragraph',
      );
      for (const a of ['TP.HCM', 'BHXH', 'HĐND', 'MTTQ', 'FDI'])
        assert(
          acronyms.some((x) => x.text === a),
          `acronym ${a} missing: ${acronyms.map((x) => x.text).join(', ')}`,
        );

      // Keyboard: Tab reaches the first acronym, whose explanation shows; then the legal link's card.
      const first = await tabTo(frame, 'acronym');
      const card = await cardText(frame);
      assert(card.includes(first), `card «${card}» for ${first}`);
      assert(/Ủy ban nhân dân|Thành phố Hồ Chí Minh/.test(card), `acronym card «${card}»`);
      const linkText = await tabTo(frame, 'legal-link');
      const legalCard = await pollUntil(
        async () => {
          const c = await cardText(frame);
          return /Nghị định|Thông tư/.test(c) ? c : null;
        },
        5000,
        'legal card',
      );
      assert(
        linkText.includes('67/2025/NĐ-CP')
          ? /Nghị định của Chính phủ/.test(legalCard) &&
              /Decree of the Government/.test(legalCard) &&
              /2025/.test(legalCard)
          : /Thông tư của Bộ Tài chính/.test(legalCard),
        `legal card «${legalCard}» for «${linkText}»`,
      );
      console.log(`    legal card on focus: ${legalCard.replace(/\s+/g, ' ')}`);

      // Read aloud.
      await frame.waitForTestId('read-aloud');
      await sleep(500); // voices arrive asynchronously (voiceschanged)
      const voices = await frame.evaluate(() => {
        const s = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
        return s ? s.getVoices().map((v) => v.lang) : null;
      });
      const noVoice = await frame.countTestId('read-aloud-no-voice');
      if (voices === null) {
        console.log('    read aloud: this browser has no speechSynthesis');
        assert(noVoice === 1, 'the "cannot read aloud" message shows');
        return;
      }
      const vi = voices.filter((l) => /^vi/i.test(l));
      if (vi.length === 0) {
        const note = await frame.textOfTestId('read-aloud-no-voice');
        assert(/tiếng Việt|Vietnamese|giọng đọc nào|no voices/.test(note), `no-voice note «${note}»`);
        const options = await frame.evaluate(
          () => document.querySelectorAll('[data-testid="read-aloud-voice"] option').length,
        );
        assert(
          voices.length === 0 ? options === 0 : options === voices.length + 1,
          `voice list ${options} for ${voices.length}`,
        );
        console.log(
          `    read aloud: no Vietnamese voice (${voices.length} voices: ${[...new Set(voices)].slice(0, 8).join(', ')}); message «${note}»`,
        );
      } else {
        assert(noVoice === 0, 'no "no voice" message when a Vietnamese voice exists');
        console.log(`    read aloud: Vietnamese voice available (${vi.join(', ')})`);
      }
      // Start: the first sentence is marked (Highlight API) and counted.
      await frame.clickTestId('read-aloud-play');
      const started = await pollUntil(
        async () => {
          const s = await frame.evaluate(() => {
            const reg = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
            return {
              marked: reg ? reg.has('bg-read-aloud') : null,
              status: document.querySelector('[data-testid="read-aloud-status"]')?.textContent ?? '',
            };
          });
          return s.status ? s : null;
        },
        3000,
        'read aloud started',
      ).catch(() => null);
      if (started) {
        assert(/1/.test(started.status), `status «${started.status}»`);
        assert(started.marked !== false, 'sentence marked with CSS.highlights');
        console.log(
          `    read aloud started: «${started.status}», highlight ${started.marked === null ? 'API absent' : 'set'}`,
        );
        if (
          await frame.evaluate(
            () => !(document.querySelector('[data-testid="read-aloud-stop"]') as HTMLButtonElement).disabled,
          )
        )
          await frame.clickTestId('read-aloud-stop');
      } else {
        console.log('    read aloud: the browser ended speaking at once (no voice to speak with)');
      }
      const after = await pollUntil(
        async () => {
          const s = await frame.evaluate(() => ({
            marked:
              (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.has(
                'bg-read-aloud',
              ) ?? false,
            status: document.querySelector('[data-testid="read-aloud-status"]')?.textContent ?? '',
          }));
          return !s.marked && !s.status ? s : null;
        },
        5000,
        'read aloud stopped',
      );
      assert(after, 'stopped: no mark, no status');
      await page.press('Escape');
    },
  },
];

export default scenarios;
