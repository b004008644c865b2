/**
 * One pipeline: on fixture pages, `npm run analyze` (scripts/analyze.ts in Node) gives exactly the
 * text the reader shows (whitespace folded) and the same officials as the reader's entity panel.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupEntities } from '../../../lib/entities';
import type { Entity } from '../../../lib/types';
import { pollUntil } from '../common';
import type { E2EContext, Scenario } from '../types';
import { assert, entityRows, firstDifference, openReader } from './reader';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PAGES = ['pages/seed-000.html', 'pages/seed-001.html', 'pages/reader-ui-entities.html'];

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Analysis {
  article: { text: string } | null;
  entities: Entity[];
  error?: string;
}

/** `npm run analyze -- --url URL FILE` for one fixture, as the CLI prints it. */
function analyze(file: string, url: string): Analysis {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/analyze.ts', '--url', url, file],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  assert(r.status === 0, `analyze exited ${r.status}: ${r.stderr.slice(-500)}`);
  const line = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Analysis;
  assert(!line.error && line.article, `analyze found no article in ${file}: ${line.error ?? ''}`);
  return line;
}

/** Panel rows of officials as the panel prints them: name, first office, mention count. */
function expectedOfficialRows(entities: Entity[]): string[] {
  return groupEntities(entities)
    .filter((g) => g.type === 'official')
    .map((g) => `${g.name ?? g.text}${g.titles[0] ?? ''}${g.mentions}`)
    .sort();
}

async function compare(ctx: E2EContext, file: string): Promise<void> {
  const url = ctx.newsUrl(file);
  const cli = analyze(path.join(ROOT, 'tests/fixtures', file), url);
  const page = await ctx.openPage(url);
  // The reader shows the article in its own extension-origin frame.
  const frame = await openReader(ctx, page);
  await frame.waitForTestId('reader-body');
  const shown = fold(await frame.textOfTestId('reader-body'));
  const text = fold(cli.article?.text ?? '');
  assert(shown.length > 200, `${file}: the reader shows almost no text (${shown.length})`);
  assert(shown === text, `${file}: reader text ≠ analyze text ${firstDifference(shown, text)}`);

  const want = expectedOfficialRows(cli.entities);
  assert(want.length > 0, `${file}: analyze found no official`);
  const got = await pollUntil(
    async () => {
      const rows = (await entityRows(frame)).filter((r) => r.type === 'official').map((r) => fold(r.text));
      return rows.length >= want.length ? rows.sort() : null;
    },
    10_000,
    `${file}: official rows`,
  ).catch(async () => (await entityRows(frame)).filter((r) => r.type === 'official').map((r) => r.text));
  assert(
    JSON.stringify(got) === JSON.stringify(want.map(fold)),
    `${file}: panel officials ${JSON.stringify(got)} ≠ analyze ${JSON.stringify(want)}`,
  );
  await page.close();
}

const scenarios: Scenario[] = [
  {
    name: `analyze-parity: ${PAGES.length} fixture pages, analyze text and officials = the reader's`,
    async run(ctx) {
      for (const file of PAGES) await compare(ctx, file);
    },
  },
];

export default scenarios;
