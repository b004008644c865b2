#!/usr/bin/env node
// Byline/date/title figures on the labelled corpus pages, split into a "tune" half and a
// "measure" half by a hash of each file name (so rules can be tuned on one half and checked on the
// other). Usage: node scripts/corpus-halves.mjs [--corpus ../shared/corpus] [--verbose]
// The matching rules follow the corpus README (byline names as whole words, date by calendar day).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const corpus = path.resolve(at >= 0 ? args[at + 1] : '../shared/corpus');
const verbose = args.includes('--verbose');
const pagesFile = path.join(corpus, 'pages.json');
if (!existsSync(pagesFile)) {
  console.log(`corpus not found at ${corpus}; nothing to measure`);
  process.exit(0);
}
const nfc = (s) => (s ?? '').normalize('NFC');
const flat = (s) => nfc(s).replace(/[\s\u00a0\u200b]+/g, ' ').trim();
const words = (s) => nfc(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const names = (label) =>
  nfc(label)
    .replace(/^\s*(theo|tin,?\s*ảnh:?|bài,?\s*ảnh:?|ảnh:?)\s+/iu, '')
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*(?:[-–/,;&]|\svà\s)\s*/u)
    .map((x) => words(x).join(' '))
    .filter((x) => x.length > 1);
const day = (label) => {
  const s = nfc(label);
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return iso.slice(1, 4).join('-');
  const dmy = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/.exec(s);
  if (!dmy) return null;
  return `${dmy[3].length === 2 ? `20${dmy[3]}` : dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
};
const half = (file) => (createHash('sha1').update(path.basename(file)).digest()[0] % 2 ? 'measure' : 'tune');

const pages = JSON.parse(readFileSync(pagesFile, 'utf8'));
const files = pages.map((p) => path.join(corpus, p.file));
const run = spawnSync('npm', ['run', '--silent', 'analyze', '--', ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
const results = new Map();
for (const line of (run.stdout || '').split('\n')) {
  if (!line.startsWith('{')) continue;
  const r = JSON.parse(line);
  results.set(path.resolve(r.file), r);
}
const stats = {};
const bump = (h, k, ok) => {
  stats[h] ??= {};
  stats[h][k] ??= [0, 0];
  stats[h][k][1]++;
  if (ok) stats[h][k][0]++;
};
for (const p of pages) {
  const r = results.get(path.join(corpus, p.file));
  const h = half(p.file);
  const said = r?.detection?.isVietnameseNews === true;
  bump(h, 'detection', said === !!p.isVietnameseNews);
  if (!p.isVietnameseNews) continue;
  if (p.title) bump(h, 'title', flat(r?.article?.title) === flat(p.title));
  if (p.byline) {
    const got = ` ${words(r?.article?.byline).join(' ')} `;
    const ok = names(p.byline).every((w) => got.includes(` ${w} `));
    bump(h, 'byline', ok);
    if (verbose && !ok) console.log(`${h} ${p.file}: byline "${r?.article?.byline}" want "${p.byline}"`);
  }
  const want = day(p.publishedTime);
  if (want) {
    const got = /^\d{4}-\d{2}-\d{2}/.exec(flat(r?.article?.publishedTime))?.[0];
    bump(h, 'date', got === want);
    if (verbose && got !== want) console.log(`${h} ${p.file}: date ${got} want ${want}`);
  }
}
const out = {};
for (const [h, s] of Object.entries(stats))
  out[h] = Object.fromEntries(Object.entries(s).map(([k, [ok, n]]) => [k, `${ok}/${n} = ${(ok / n).toFixed(3)}`]));
console.log(JSON.stringify(out, null, 1));
