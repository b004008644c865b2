// @vitest-environment jsdom
// DOMPurify supports jsdom (not happy-dom), so the sanitiser is tested in jsdom.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isSafeUrl,
  sanitizeElementHtml,
  sanitizeFragment,
  sanitizeHtml,
  textOnly,
} from '../../../lib/reader/sanitize';

const PAYLOADS = path.resolve(__dirname, '../../../../shared/security/xss-payloads.json');
const URL_ATTRS = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'srcset',
  'data',
  'background',
  'cite',
];

/** Parses sanitised output and lists what could run script. */
function dangers(html: string): string[] {
  // DOMParser documents are inert: nothing in them runs.
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const found: string[] = [];
  for (const el of Array.from(parsed.body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (
      [
        'script',
        'iframe',
        'object',
        'embed',
        'form',
        'input',
        'style',
        'frame',
        'base',
        'meta',
        'link',
      ].includes(tag)
    )
      found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
      if (attr.name === 'style') found.push(`${tag}[style]`);
      if (URL_ATTRS.includes(attr.name.toLowerCase()) && !isSafeUrl(attr.value))
        found.push(`${tag}[${attr.name}=${attr.value}]`);
    }
  }
  return found;
}

describe.runIf(existsSync(PAYLOADS))('sanitizeHtml against every payload of xss-payloads.json', () => {
  const payloads = existsSync(PAYLOADS)
    ? (JSON.parse(readFileSync(PAYLOADS, 'utf8')) as { payloads: { title: string; payload: string }[] })
        .payloads
    : [];
  it('has payloads to test', () => {
    expect(payloads.length).toBeGreaterThan(100);
  });
  it.each(payloads.map((p, i) => [i, p.title, p.payload] as const))('#%i %s', (_i, _title, payload) => {
    expect(dangers(sanitizeHtml(payload))).toEqual([]);
    expect(dangers(sanitizeHtml(`<p>Đoạn văn: ${payload}</p>`))).toEqual([]);
  });
  it.each(payloads.map((p, i) => [i, p.title, p.payload] as const))(
    'in place #%i %s',
    (_i, _title, payload) => {
      expect(dangers(sanitizeElementHtml(inertDiv(payload)))).toEqual([]);
    },
  );
  it.each(payloads.map((p, i) => [i, p.title, p.payload] as const))(
    'as a fragment #%i %s',
    (_i, _title, payload) => {
      expect(dangers(fragmentHtml(payload))).toEqual([]);
      expect(dangers(fragmentHtml(`<p>Đoạn văn: ${payload}</p>`))).toEqual([]);
    },
  );
  it('the text-only fallback never returns a tag for any payload', () => {
    for (const p of payloads) expect(textOnly(p.payload)).not.toMatch(/<(?!\/?p>)/);
  });
});

/** What the reader frame inserts for `html` (sanitizeFragment), read back in an inert document. */
function fragmentHtml(html: string): string {
  const div = new DOMParser().parseFromString('<!doctype html><body>', 'text/html').createElement('div');
  div.append(sanitizeFragment(html));
  return div.innerHTML;
}

/** A div holding `html` in an inert document, like the Readability result on a cloned page. */
function inertDiv(html: string): Element {
  const doc = new DOMParser().parseFromString(`<!doctype html><body><div>${html}</div>`, 'text/html');
  return doc.body.firstElementChild as Element;
}

describe('sanitizeHtml rules', () => {
  const cases: { name: string; input: string; check: (out: string) => void }[] = [
    {
      name: 'links open in a new tab without opener',
      input: '<p><a href="https://vnexpress.net/a.html">bài</a></p>',
      check: (out) => {
        expect(out).toContain('target="_blank"');
        expect(out).toContain('rel="noopener noreferrer"');
      },
    },
    {
      name: 'javascript: links lose their href',
      input: '<a href=" javascript:alert(1)">x</a>',
      check: (out) => expect(out).not.toMatch(/javascript/i),
    },
    {
      name: 'vbscript: links lose their href',
      input: '<a href="vbscript:msgbox(1)">x</a>',
      check: (out) => expect(out).not.toMatch(/vbscript/i),
    },
    {
      name: 'raster data: images stay',
      input: '<img src="data:image/png;base64,iVBORw0KGgo=">',
      check: (out) => expect(out).toContain('data:image/png'),
    },
    {
      name: 'SVG data: images go',
      input: '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
      check: (out) => expect(out).not.toContain('data:image/svg'),
    },
    {
      name: 'data: links go',
      input: '<a href="data:text/html,<script>alert(1)</script>">x</a>',
      check: (out) => expect(out).not.toContain('data:'),
    },
    {
      name: 'event handlers go',
      input: '<p onclick="alert(1)" onmouseover="x()">a</p>',
      check: (out) => expect(out).toBe('<p>a</p>'),
    },
    {
      name: 'forms, inputs and iframes go',
      input: '<form action="/x"><input value="a"></form><iframe src="https://a.b"></iframe><p>b</p>',
      check: (out) => expect(out).toBe('<p>b</p>'),
    },
    {
      name: 'figures with captions stay',
      input: '<figure><img src="https://a.b/c.jpg" alt="x"><figcaption>Chú thích</figcaption></figure>',
      check: (out) => expect(out).toContain('<figcaption>Chú thích</figcaption>'),
    },
    {
      name: 'style attributes and elements go',
      input: '<style>p{}</style><p style="color:red">c</p>',
      check: (out) => expect(out).toBe('<p>c</p>'),
    },
  ];
  it.each(cases)('$name', ({ input, check }) => check(sanitizeHtml(input)));
  it.each(cases)('in place: $name', ({ input, check }) => check(sanitizeElementHtml(inertDiv(input))));
  it.each(cases)('as a fragment: $name', ({ input, check }) => check(fragmentHtml(input)));
});
