// DOMPurify needs jsdom (happy-dom lets handlers through).
// @vitest-environment jsdom
/**
 * The Markdown export rendered by pandoc (`pandoc -f markdown -t html`) carries no script, no
 * on* handler and no javascript: URL, whatever the clipping's title, note, tags, highlight notes
 * and HTML held: the 182 shared XSS payloads (../shared/security/xss-payloads.json) plus our own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clippingToMarkdown } from '@/lib/export/markdown';
import { sanitizeHtml } from '@/lib/reader/sanitize';
import { clipping } from '../export/helpers';

const FILE = path.resolve(__dirname, '../../../../shared/security/xss-payloads.json');
const OWN = [
  '<img src=x onerror=alert(1)>',
  '[klik](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[a](&#106;avascript:alert(1))',
  '[a](jav&#x09;ascript:alert(1))',
  '![x](javascript:alert(1))',
  '<script>alert(1)</script>',
  '`<b>`<svg/onload=alert(1)>',
  '<a href="&#x6a;avascript:alert(1)">x</a>',
  '[ref]: javascript:alert(1)\n\n[ref]',
  '```{=html}\n<script>alert(1)</script>\n```',
  '<details open ontoggle=alert(1)>',
];

function payloads(): string[] {
  if (!existsSync(FILE)) return [];
  const data = JSON.parse(readFileSync(FILE, 'utf8')) as { payloads: { payload: string }[] };
  return data.payloads.map((p) => p.payload);
}

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

/** What must never appear in pandoc's HTML. */
function dangers(html: string): string[] {
  const out: string[] = [];
  if (/<script\b/i.test(html)) out.push('script');
  const tag = /<[a-z][^>]*>/gi;
  for (const m of html.matchAll(tag)) {
    if (/\son[a-z]+\s*=/i.test(m[0])) out.push(`handler: ${m[0].slice(0, 120)}`);
    if (
      /(href|src|action|formaction|data|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data:text\/html)/i.test(
        m[0],
      )
    )
      out.push(`url: ${m[0].slice(0, 120)}`);
  }
  for (const t of ['iframe', 'object', 'embed', 'form', 'base', 'meta', 'svg', 'math', 'style']) {
    if (new RegExp(`<${t}\\b`, 'i').test(html)) out.push(`<${t}>`);
  }
  return out;
}

describe('Markdown export through pandoc', () => {
  const list = [...payloads(), ...OWN];
  if (!existsSync(FILE))
    console.log(`[skip shared payloads] ${FILE} is absent; running our own ${OWN.length} only`);
  it.skipIf(!hasPandoc)(
    `${list.length} payloads in title, note, tags, highlight note and HTML execute nowhere`,
    () => {
      expect(list.length).toBeGreaterThanOrEqual(OWN.length);
      const found: string[] = [];
      // One pandoc run over every document, each preceded by a marker paragraph to attribute findings.
      const docs = list.map((p, i) => {
        const c = clipping(i, {
          title: p,
          note: p,
          tags: [p.slice(0, 200)],
          html: sanitizeHtml(p),
          text: p,
          highlights: [
            {
              id: `h${i}`,
              color: 'yellow',
              quote: p,
              selectors: [],
              note: p,
              createdAt: '2026-01-01T00:00:00.000Z',
            },
          ],
        });
        // Front matter (YAML) is metadata for pandoc, not rendered by `-t html`: test the body.
        const md = clippingToMarkdown(c, p).replace(/^---\n[\s\S]*?\n---\n/, '');
        return `\n\nPAYLOADMARK${i}\n\n${md}\n\n`;
      });
      const html = execFileSync('pandoc', ['-f', 'markdown', '-t', 'html'], {
        input: docs.join(''),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const pieces = html.split(/<p>PAYLOADMARK(\d+)<\/p>/);
      expect(pieces.length).toBe(list.length * 2 + 1);
      for (let k = 1; k < pieces.length; k += 2) {
        const i = Number(pieces[k]);
        for (const d of dangers(pieces[k + 1]))
          found.push(`#${i} ${JSON.stringify(list[i]).slice(0, 80)} → ${d}`);
      }
      expect(found).toEqual([]);
    },
    240_000,
  );
});
