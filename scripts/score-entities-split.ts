/**
 * `npx tsx scripts/score-entities-split.ts [--seed N]... [--corpus DIR] [--misses tune|measure|all] [--only ID]`
 *
 * Scores the recogniser on the annotated texts of `../shared/corpus/entities/` (rules in its
 * ANNOTATION.md), split deterministically into a half to tune on and a half only to measure on.
 * The split of a text depends on the seed and its id only (FNV-1a hash), so rotating the seed gives
 * other halves. Prints per-type precision / recall / F1 and title accuracy for each half and for all.
 * `--misses tune` lists what fell short in the tune half only (never look at the measure half while
 * tuning). Calls `readText` of lib/article.ts, the same path `npm run analyze` takes for `.txt` files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readText } from '../lib/article';
import type { Entity } from '../lib/types';

interface Gold {
  id: string;
  textFile: string;
  entities: { type: string; name?: string; text?: string; titles?: string[]; optional?: boolean }[];
}

const argv = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const seeds = argv.flatMap((a, i) => (argv[i - 1] === '--seed' ? [Number(a)] : []));
if (!seeds.length) seeds.push(1, 2);
const corpus = path.resolve(opt('--corpus', path.join(process.cwd(), '../shared/corpus')));
const missesOf = opt('--misses', '');
const only = opt('--only', '');
const dir = path.join(corpus, 'entities');
if (!existsSync(dir)) {
  console.log(`skipped: no corpus at ${dir}`);
  process.exit(0);
}

const nfc = (s: string | undefined) => (s ?? '').normalize('NFC');
const flat = (s: string) =>
  nfc(s)
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
const words = (s: string) =>
  nfc(s)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function sameName(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.join(' ') === y.join(' ')) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return s.length >= 2 && l.slice(l.length - s.length).join(' ') === s.join(' ');
}

function overlap(a: string, b: string): number {
  const x = words(a);
  const bag = new Map<string, number>();
  for (const w of words(b)) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of x) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common++;
      bag.set(w, n - 1);
    }
  }
  return common === 0 ? 0 : f1(common / x.length, common / words(b).length);
}

/** FNV-1a of seed and id: which half a text falls in. */
function half(seed: number, id: string): 'tune' | 'measure' {
  let h = 0x811c9dc5;
  for (const c of `${seed}:${id}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  // Low bits of FNV are weak; mix before taking one bit.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0) % 2 === 0 ? 'tune' : 'measure';
}

interface Tally {
  [type: string]: { tp: number; pred: number; gold: number; found: number };
}

function score(g: Gold, ents: Entity[], t: Tally, titles: { hit: number; total: number }, misses: string[]) {
  const bump = (type: string, k: 'tp' | 'pred' | 'gold' | 'found', n = 1) => {
    t[type] ??= { tp: 0, pred: 0, gold: 0, found: 0 };
    t[type][k] += n;
  };
  const goldOff = g.entities.filter((e) => e.type === 'official');
  const predOff = [
    ...new Map(
      ents.filter((e) => e.type === 'official').map((e) => [words(e.name || e.text).join(' '), e] as const),
    ).values(),
  ];
  bump('official', 'gold', goldOff.length);
  bump('official', 'pred', predOff.length);
  for (const p of predOff) {
    if (goldOff.some((o) => sameName(p.name || p.text, o.name ?? ''))) bump('official', 'tp');
    else misses.push(`${g.id}: official not in gold: ${p.name || p.text} [${p.title ?? ''}]`);
  }
  for (const o of goldOff) {
    const hits = predOff.filter((p) => sameName(p.name || p.text, o.name ?? ''));
    if (!hits.length) {
      misses.push(`${g.id}: official missed: ${o.name} [${(o.titles ?? []).join('; ')}]`);
      continue;
    }
    bump('official', 'found');
    titles.total++;
    const said = hits
      .flatMap((p) => [p.title ?? '', ...((p as { titles?: string[] }).titles ?? [])])
      .filter(Boolean)
      .map((x) => words(x).join(' '));
    const gold = (o.titles ?? []).map((x) => words(x).join(' '));
    if (said.some((s) => gold.some((x) => s.includes(x) || x.includes(s)))) titles.hit++;
    else misses.push(`${g.id}: title wrong: ${o.name}: said [${said.join('; ')}] gold [${gold.join('; ')}]`);
  }
  for (const type of ['agreement', 'legal_document']) {
    const gold = g.entities.filter((e) => e.type === type);
    const pred = [...new Set(ents.filter((e) => e.type === type).map((e) => flat(e.text)))];
    bump(type, 'gold', gold.filter((e) => !e.optional).length);
    for (const p of pred) {
      const inside = (e: Gold['entities'][0]) =>
        e.optional && ` ${words(e.text ?? '').join(' ')} `.includes(` ${words(p).join(' ')} `);
      const m = gold.filter((e) => overlap(p, e.text ?? '') >= 0.5 || inside(e));
      if (m.some((e) => !e.optional)) {
        bump(type, 'pred');
        bump(type, 'tp');
      } else if (!m.length) {
        bump(type, 'pred');
        misses.push(`${g.id}: ${type} not in gold: ${p}`);
      }
    }
    for (const e of gold.filter((x) => !x.optional)) {
      if (pred.some((p) => overlap(p, e.text ?? '') >= 0.5)) bump(type, 'found');
      else misses.push(`${g.id}: ${type} missed: ${e.text}`);
    }
  }
}

const golds: Gold[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold)
  .filter((g) => !only || g.id === only);
const results = new Map<string, Entity[]>();
for (const g of golds) results.set(g.id, readText(readFileSync(path.join(dir, g.textFile), 'utf8')).entities);

function report(label: string, set: Gold[], showMisses: boolean) {
  const t: Tally = {};
  const titles = { hit: 0, total: 0 };
  const misses: string[] = [];
  for (const g of set) score(g, results.get(g.id) ?? [], t, titles, misses);
  const parts = [`${label.padEnd(16)} n=${String(set.length).padStart(2)}`];
  for (const type of ['official', 'agreement', 'legal_document']) {
    const c = t[type] ?? { tp: 0, pred: 0, gold: 0, found: 0 };
    const P = c.pred ? c.tp / c.pred : 0;
    const R = c.gold ? c.found / c.gold : 0;
    parts.push(`${type.slice(0, 5)} P${r3(P).toFixed(3)} R${r3(R).toFixed(3)} F${r3(f1(P, R)).toFixed(3)}`);
  }
  parts.push(`title ${r3(titles.total ? titles.hit / titles.total : 0).toFixed(3)}`);
  console.log(parts.join(' | '));
  if (showMisses) for (const m of misses) console.log(`  ${m}`);
}

report('all', golds, missesOf === 'all');
for (const seed of seeds) {
  const tune = golds.filter((g) => half(seed, g.id) === 'tune');
  const measure = golds.filter((g) => half(seed, g.id) === 'measure');
  report(`seed ${seed} tune`, tune, missesOf === 'tune' && seed === seeds[0]);
  report(`seed ${seed} measure`, measure, missesOf === 'measure' && seed === seeds[0]);
}
