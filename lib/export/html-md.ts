/**
 * Article HTML → Markdown without a DOM (works in workers): headings, paragraphs, lists, quotes, code,
 * links (http(s)/mailto only), images (http(s) only) and tables as GFM tables. Page text is escaped so it
 * renders as written; highlight quotes found in a paragraph are marked `==…==` (Obsidian).
 */
import { HEADINGS, type HtmlElement, type HtmlNode, parseHtml, textOf } from './html-tree';
import { codeBlock, codeSpan, escapeInline, linkTarget } from './md-escape';

type Inline = { t: 'text'; v: string } | { t: 'md'; v: string } | { t: 'br' };

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'center',
  'address',
  ...HEADINGS,
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'hr',
  'form',
  'fieldset',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'object',
  'embed',
  'template',
  'button',
  'select',
  'input',
  'textarea',
  'svg',
  'math',
  'video',
  'audio',
  'canvas',
  'head',
  'title',
]);

/** Finds highlight quotes in paragraphs (each line of a quote on its own, first occurrence only). */
class Marker {
  private pending: string[];
  constructor(quotes: readonly string[]) {
    this.pending = [];
    for (const q of quotes)
      for (const line of q.normalize('NFC').split(/\n+/)) {
        const l = line.replace(/\s+/g, ' ').trim();
        if (l.length >= 2) this.pending.push(l);
      }
  }
  /** Ranges [start, end) of pending quotes found in `text` (removed from the pending list). */
  find(text: string): [number, number][] {
    if (this.pending.length === 0) return [];
    const out: [number, number][] = [];
    this.pending = this.pending.filter((q) => {
      const i = text.indexOf(q);
      if (i < 0 || out.some(([a, b]) => i < b && i + q.length > a)) return true;
      out.push([i, i + q.length]);
      return false;
    });
    return out.sort((x, y) => x[0] - y[0]);
  }
}

const WS_RUN = /[\t\n\r\f]| {2}/;
const WS_RUNS = /[ \t\n\r\f]+/g;

/** Renders an inline run: whitespace folded, text escaped, highlights marked. */
function renderInline(run: Inline[], marker: Marker | null): string {
  // Fold whitespace across text pieces, drop it at the edges and around breaks.
  const pieces: Inline[] = [];
  let space = true;
  for (const p of run) {
    if (p.t === 'text') {
      let v = WS_RUN.test(p.v) ? p.v.replace(WS_RUNS, ' ') : p.v;
      if (space) v = v.replace(/^ /, '');
      if (!v) continue;
      space = v.endsWith(' ');
      pieces.push({ t: 'text', v });
    } else {
      if (p.t === 'br') {
        const prev = pieces[pieces.length - 1];
        if (prev?.t === 'text') prev.v = prev.v.replace(/ $/, '');
        space = true;
      }
      pieces.push(p);
    }
  }
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    if (p.t === 'br') pieces.pop();
    else if (p.t === 'text') {
      p.v = p.v.replace(/ $/, '');
      if (p.v) break;
      pieces.splice(i, 1);
    } else if (p.t === 'md') continue;
  }
  let plain = '';
  const starts: number[] = [];
  for (const p of pieces) {
    starts.push(plain.length);
    if (p.t === 'text') plain += p.v;
    else if (p.t === 'br') plain += '\n';
  }
  if (!plain.trim() && !pieces.some((p) => p.t === 'md' && p.v.startsWith('!['))) return '';
  const ranges = marker ? marker.find(plain) : [];
  if (ranges.length === 0) {
    // Common case: no highlight in this paragraph.
    let out = '';
    let lineStart = true;
    for (const p of pieces) {
      if (p.t === 'md') {
        out += p.v;
        if (p.v) lineStart = false;
      } else if (p.t === 'br') {
        out += '\\\n';
        lineStart = true;
      } else {
        out += escapeInline(p.v, lineStart);
        lineStart = false;
      }
    }
    return out.trim();
  }
  let out = '';
  let lineStart = true;
  pieces.forEach((p, k) => {
    if (p.t === 'md') {
      out += p.v;
      if (p.v) lineStart = false;
      return;
    }
    if (p.t === 'br') {
      out += '\\\n';
      lineStart = true;
      return;
    }
    const a = starts[k];
    const b = a + p.v.length;
    let pos = a;
    for (const [s, e] of ranges) {
      if (e <= pos || s >= b) continue;
      if (s > pos) {
        out += escapeInline(p.v.slice(pos - a, s - a), lineStart);
        lineStart = false;
      }
      const inner = p.v.slice(Math.max(s, pos) - a, Math.min(e, b) - a);
      const lead = inner.match(/^ */)?.[0] ?? '';
      const body = inner.trim();
      const trail = inner.length > lead.length ? (inner.match(/ *$/)?.[0] ?? '') : '';
      if (body) out += `${lead}==${escapeInline(body, false)}==${trail}`;
      else out += inner;
      lineStart = false;
      pos = Math.min(e, b);
    }
    if (pos < b) out += escapeInline(p.v.slice(pos - a), lineStart && pos === a);
    lineStart = false;
  });
  return out.trim();
}

/** Inline Markdown of an element's children (blocks inside are flattened). */
function inlineOf(nodes: readonly HtmlNode[], run: Inline[]): void {
  for (const n of nodes) {
    if (typeof n === 'string') {
      run.push({ t: 'text', v: n });
      continue;
    }
    const tag = n.tag;
    if (SKIP.has(tag)) continue;
    switch (tag) {
      case 'br':
        run.push({ t: 'br' });
        break;
      case 'strong':
      case 'b':
        wrap(n, '**', run);
        break;
      case 'em':
      case 'i':
      case 'cite':
        wrap(n, '*', run);
        break;
      case 'del':
      case 's':
      case 'strike':
        wrap(n, '~~', run);
        break;
      case 'code':
      case 'kbd':
      case 'samp':
      case 'tt': {
        const c = codeSpan(textOf(n));
        if (c) run.push({ t: 'text', v: ' ' }, { t: 'md', v: c }, { t: 'text', v: ' ' });
        break;
      }
      case 'a': {
        const href = linkTarget(n.attrs.href ?? '');
        const inner: Inline[] = [];
        inlineOf(n.children, inner);
        if (!href || !inner.some((p) => p.t === 'md' || (p.t === 'text' && p.v.trim()))) run.push(...inner);
        else run.push({ t: 'md', v: '[' }, ...inner, { t: 'md', v: `](${href})` });
        break;
      }
      case 'img': {
        const src = /^https?:/i.test(n.attrs.src ?? '') ? linkTarget(n.attrs.src ?? '') : '';
        if (src)
          run.push({
            t: 'md',
            v: `![${escapeInline((n.attrs.alt ?? '').replace(/\s+/g, ' ').trim())}](${src})`,
          });
        break;
      }
      default:
        if (BLOCK.has(tag)) run.push({ t: 'text', v: ' ' });
        inlineOf(n.children, run);
        if (BLOCK.has(tag)) run.push({ t: 'text', v: ' ' });
    }
  }
}

/** Emphasis around an element's inline content, with its edge spaces moved outside the markers. */
function wrap(n: HtmlElement, mark: string, run: Inline[]): void {
  const inner: Inline[] = [];
  inlineOf(n.children, inner);
  const text = inner.map((p) => (p.t === 'text' ? p.v : p.t === 'md' ? 'x' : '\n')).join('');
  if (!text.trim()) {
    run.push(...inner);
    return;
  }
  const first = inner.find((p) => p.t === 'text' && p.v) as { v: string } | undefined;
  const lastText = [...inner].reverse().find((p) => p.t === 'text' && p.v) as { v: string } | undefined;
  let lead = false;
  let trail = false;
  if (first && inner[0] === first && /^\s/.test(first.v)) {
    first.v = first.v.trimStart();
    lead = true;
  }
  if (lastText && inner[inner.length - 1] === lastText && /\s$/.test(lastText.v)) {
    lastText.v = lastText.v.trimEnd();
    trail = true;
  }
  if (lead) run.push({ t: 'text', v: ' ' });
  run.push({ t: 'md', v: mark }, ...inner, { t: 'md', v: mark });
  if (trail) run.push({ t: 'text', v: ' ' });
}

const indentLines = (s: string, first: string, rest: string) =>
  s
    .split('\n')
    .map((l, i) => (i === 0 ? first + l : l ? rest + l : l))
    .join('\n');

function table(el: HtmlElement, marker: Marker | null): string {
  const rows: string[][] = [];
  const visit = (n: HtmlElement) => {
    for (const c of n.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'tr') {
        const cells: string[] = [];
        for (const td of c.children) {
          if (typeof td === 'string' || (td.tag !== 'td' && td.tag !== 'th')) continue;
          const run: Inline[] = [];
          inlineOf(td.children, run);
          cells.push(renderInline(run, marker).replace(/\\\n/g, ' '));
          const span = Math.min(20, Number.parseInt(td.attrs.colspan ?? '1', 10) || 1);
          for (let k = 1; k < span; k++) cells.push('');
        }
        if (cells.length) rows.push(cells);
      } else if (c.tag === 'thead' || c.tag === 'tbody' || c.tag === 'tfoot') visit(c);
    }
  };
  visit(el);
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => r[i] || ' ').join(' | ')} |`.replace(/ {2,}\|/g, ' |');
  const out = [line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
  const caption = el.children.find((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'caption');
  if (caption) {
    const run: Inline[] = [];
    inlineOf(caption.children, run);
    const cap = renderInline(run, marker);
    if (cap) return `${cap}\n\n${out.join('\n')}`;
  }
  return out.join('\n');
}

/** Markdown blocks of an element's children. */
function blocksOf(nodes: readonly HtmlNode[], marker: Marker | null): string[] {
  const out: string[] = [];
  let run: Inline[] = [];
  const flush = () => {
    if (run.length) {
      const p = renderInline(run, marker);
      if (p) out.push(p);
      run = [];
    }
  };
  for (const n of nodes) {
    if (typeof n === 'string' || !BLOCK.has(n.tag)) {
      if (typeof n !== 'string' && n.tag === 'img') {
        flush();
      }
      inlineOf([n], run);
      continue;
    }
    flush();
    const b = block(n, marker);
    if (b) out.push(b);
  }
  flush();
  return out;
}

function block(n: HtmlElement, marker: Marker | null): string {
  switch (n.tag) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const run: Inline[] = [];
      inlineOf(n.children, run);
      const h = renderInline(run, marker).replace(/\\\n/g, ' ');
      return h ? `${'#'.repeat(Number(n.tag[1]))} ${h}` : '';
    }
    case 'hr':
      return '* * *';
    case 'pre': {
      const code = textOf(n);
      return code.trim() ? codeBlock(code) : '';
    }
    case 'table':
      return table(n, marker);
    case 'blockquote': {
      const inner = blocksOf(n.children, marker).join('\n\n');
      return inner
        ? inner
            .split('\n')
            .map((l) => (l ? `> ${l}` : '>'))
            .join('\n')
        : '';
    }
    case 'ul':
    case 'ol': {
      const start = Number.parseInt(n.attrs.start ?? '1', 10);
      let i = Number.isFinite(start) && start >= 0 ? start : 1;
      const items: string[] = [];
      for (const c of n.children) {
        if (typeof c === 'string' && !c.trim()) continue;
        const li = typeof c === 'string' || c.tag !== 'li' ? { tag: 'li', attrs: {}, children: [c] } : c;
        const body = blocksOf(li.children, marker).join('\n\n');
        const bullet = n.tag === 'ol' ? `${i++}. ` : '- ';
        items.push(indentLines(body || '', bullet, ' '.repeat(bullet.length)).trimEnd());
      }
      return items.join('\n');
    }
    default:
      return blocksOf(n.children, marker).join('\n\n');
  }
}

/** Converts article HTML to Markdown, marking the first occurrence of each highlight quote `==…==`. */
export function htmlToMarkdown(html: string, highlightQuotes: readonly string[] = []): string {
  const root = parseHtml(html);
  const marker = highlightQuotes.length ? new Marker(highlightQuotes) : null;
  return blocksOf(root.children, marker).join('\n\n').trim();
}
