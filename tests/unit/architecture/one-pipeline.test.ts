/**
 * One pipeline: entities are recognised only through lib/article.ts (`readArticle` / `readText`).
 * No other source file outside lib/entities may import the recogniser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const DIRS = ['components', 'entrypoints', 'lib', 'scripts'];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx|mts|mjs)$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Files that import `recognize` (from lib/entities, under any path form). */
function recognizers(): string[] {
  const found: string[] = [];
  for (const d of DIRS) {
    for (const file of sources(join(ROOT, d))) {
      const rel = relative(ROOT, file).replaceAll('\\', '/');
      if (rel.startsWith('lib/entities/')) continue;
      const src = readFileSync(file, 'utf8');
      if (/import\s*\{[^}]*\brecognize\b[^}]*\}\s*from\s*['"][^'"]*entities['"]/.test(src)) found.push(rel);
    }
  }
  return found.sort();
}

describe('one recognition pipeline', () => {
  it('only lib/article.ts imports the recogniser', () => {
    expect(recognizers()).toEqual(['lib/article.ts']);
  });
});
