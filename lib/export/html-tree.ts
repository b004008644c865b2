/**
 * A small, DOM-free HTML reader for the exports: turns stored (DOMPurify-serialised) article HTML
 * into a light element tree. It runs where there is no DOMParser (workers) and is much cheaper than
 * a full parser for the Markdown export. Not a sanitiser: the tree is only ever turned into text.
 */
import { NAMED_CHAR_REFS } from '../format/char-refs';

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is raw text up to their end tag (never shown in an export). */
const RAW = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);
/** The heading elements, h1 to h6. */
export const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Start tags that close an open `<p>` (HTML's implied end tags, the cases that matter here). */
const CLOSES_P = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'table',
  ...HEADINGS,
  'blockquote',
  'pre',
  'hr',
  'figure',
  'section',
  'article',
]);

/** Decodes character references (numeric ones and the common named ones; unknown names stay as written). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      if (!cp || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    return NAMED_CHAR_REFS.get(ref) ?? NAMED_CHAR_REFS.get(ref.toLowerCase()) ?? m;
  });
}

// The attribute part of a start tag is written as an unrolled loop (runs of plain characters, then a
// quoted value): the same language as `(?:[^>"']|"[^"]*"|'[^']*')*`, without a backtracking step per character.
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?|<\/([a-zA-Z][^\s/>]*)[^>]*>|<([a-zA-Z][^\s/>]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

/** The attributes named in `wanted` (first occurrence wins, as in HTML); the others are skipped undecoded. */
function readAttrs(src: string, wanted: readonly string[]): Record<string, string> {
  const attrs: Record<string, string> = {};
  let left = wanted.length;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(src); m && left > 0; m = ATTR.exec(src)) {
    const name = m[1].toLowerCase();
    if (!wanted.includes(name) || name in attrs) continue;
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
    left--;
  }
  return attrs;
}

/** Elements whose attributes the exports read, and which ones (others are not parsed: cheaper). */
const WITH_ATTRS = new Map<string, readonly string[]>([
  ['a', ['href']],
  ['img', ['src', 'alt']],
  ['ol', ['start']],
  ['td', ['colspan']],
  ['th', ['colspan']],
]);
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Parses an HTML fragment into a root element (tag `#root`). Never throws. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1];
  const text = (s: string) => {
    if (s) top().children.push(decodeEntities(s));
  };
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    text(html.slice(last, m.index));
    last = TOKEN.lastIndex;
    const [, endName, startName, attrSrc] = m;
    if (endName) {
      const tag = endName.toLowerCase();
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i].tag === tag) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    if (!startName) continue; // comment, doctype, processing instruction
    const tag = startName.toLowerCase();
    if (CLOSES_P.has(tag) && top().tag === 'p') stack.pop();
    if (tag === 'li') closeOpen(stack, 'li', ['ul', 'ol']);
    if (tag === 'tr') closeOpen(stack, 'tr', ['table', 'thead', 'tbody', 'tfoot']);
    if (tag === 'td' || tag === 'th') closeOpen(stack, ['td', 'th'], ['tr', 'table']);
    const el: HtmlElement = {
      tag,
      attrs: attrSrc && WITH_ATTRS.has(tag) ? readAttrs(attrSrc, WITH_ATTRS.get(tag) ?? []) : NO_ATTRS,
      children: [],
    };
    if (RAW.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, last);
      const stop = end < 0 ? html.length : end;
      if (tag === 'textarea' || tag === 'title') el.children.push(decodeEntities(html.slice(last, stop)));
      top().children.push(el);
      const close = end < 0 ? html.length : html.indexOf('>', end);
      last = TOKEN.lastIndex = close < 0 ? html.length : close + 1;
      continue;
    }
    top().children.push(el);
    if (!VOID.has(tag)) stack.push(el);
  }
  text(html.slice(last));
  return root;
}

/** Closes an open `tags` element when it is reached before any `scope` element. */
function closeOpen(stack: HtmlElement[], tags: string | string[], scope: string[]): void {
  const want = Array.isArray(tags) ? tags : [tags];
  for (let i = stack.length - 1; i > 0; i--) {
    if (want.includes(stack[i].tag)) {
      stack.length = i;
      return;
    }
    if (scope.includes(stack[i].tag)) return;
  }
}

/** The text content of a node (no whitespace folding). */
export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  let s = '';
  for (const c of node.children) s += textOf(c);
  return s;
}
