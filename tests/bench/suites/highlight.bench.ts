/**
 * Highlight suite: painting 200 entity/user highlight ranges on an article the reader has rendered,
 * against the reader's render time of the same article.
 *
 * - baseline: mount the Preact `Reader` (with the reader's stylesheet) on the extracted article in a
 *   fresh shadow root, force layout, unmount. That is what opening the reader costs synchronously:
 *   sanitising and inserting the article, its dom-text map, entity recognition, layout.
 * - subject: on a mounted Reader's article body, the reader's own painter (`createPainter`, CSS Custom
 *   Highlight API in Chromium, as in the product) paints 200 spans in the reader's groups (entity
 *   types and highlight colours, one `paint` call per group as the Reader does), each call mapping
 *   text offsets to DOM ranges (`mapText` + `rangeFromOffsets`).
 *
 * Spans: the entities `recognize` finds in the article (as the reader paints them), topped up to 200
 * with evenly spaced user-highlight spans of about a phrase. Informative target: ≤ 1×.
 */
import { h, render } from 'preact';
import {
  ENTITY_TYPE_LABELS,
  entityPaintName,
  HIGHLIGHT_COLORS,
  highlightPaintName,
} from '@/components/reader/colors';
import { createPainter, type Span } from '@/components/reader/paint';
import { Reader, type ReaderData } from '@/components/reader/Reader';
import readerCss from '@/entrypoints/reader-frame/style.css?inline' with { type: 'text' };
import { mapText } from '@/lib/clips/dom-text';
import { recognize } from '@/lib/entities';
import { isExtractError, readArticle } from '@/lib/article';
import type { ReaderReading } from '@/lib/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { type BenchEnv, defineBench } from '../types';

// The components read their strings through browser.i18n: a stand-in that answers with the key.
(globalThis as unknown as { browser: unknown }).browser = {
  i18n: { getMessage: (key: string) => key, getUILanguage: () => 'vi' },
  runtime: { getURL: (p: string) => p },
};

// Each mounted Reader keeps the focus inside itself (a capturing `focusin` listener on the document);
// several readers mounted at once would pass the focus back and forth forever. Stop focusin first.
window.addEventListener('focusin', (e) => e.stopImmediatePropagation(), true);

/** Ranges painted per article. */
const RANGES = 200;
/** Articles per round (the longest extracted ones). */
const ARTICLES = 8;
/** Length of a filler user-highlight span. */
const FILLER = 24;

interface Group {
  name: string;
  priority: number;
  spans: Span[];
}

interface Input {
  data: ReaderData;
  /** The article body of a Reader kept mounted for the subject. */
  body: HTMLElement;
  groups: Group[];
}

const noop = () => {};
const save = () => Promise.reject(new Error('bench: no saving'));

/** A host element with an open shadow root holding the reader's stylesheet and a mount point. */
function shadowHost(): { host: HTMLElement; shadow: ShadowRoot; mount: HTMLElement } {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = readerCss;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  return { host, shadow, mount };
}

function readerVNode(data: ReaderData, shadow: ShadowRoot) {
  void shadow;
  return h(Reader, { data, onClose: noop, save, saveSettings: noop });
}

/** Renders the Reader on `data`, forces layout, unmounts: the reader's synchronous render cost. */
function renderReader(data: ReaderData): number {
  const { host, shadow, mount } = shadowHost();
  render(readerVNode(data, shadow), mount);
  const height = (mount.firstElementChild as HTMLElement | null)?.offsetHeight ?? 0;
  render(null, mount);
  host.remove();
  return height;
}

/** 200 spans over `text`: its entities first (non-overlapping), then evenly spaced filler spans. */
function spansFor(text: string): Group[] {
  const taken: Span[] = [];
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  const groups: Group[] = [];
  const found = recognize(text, { watchlist: [] }).entities;
  for (const { type } of ENTITY_TYPE_LABELS) {
    const spans: Span[] = [];
    for (const e of found) {
      if (e.type !== type || taken.length >= RANGES || overlaps(e)) continue;
      spans.push({ start: e.start, end: e.end });
      taken.push({ start: e.start, end: e.end });
    }
    groups.push({ name: entityPaintName(type), priority: 1, spans });
  }
  const colours = HIGHLIGHT_COLORS.map(({ color }) => ({
    name: highlightPaintName(color),
    priority: 10,
    spans: [] as Span[],
  }));
  const missing = RANGES - taken.length;
  const step = Math.max(1, Math.floor(text.length / (missing + 1)));
  for (let k = 0, at = 0; k < missing && at < text.length; at += step) {
    const s = { start: at, end: Math.min(text.length, at + Math.min(FILLER, step)) };
    if (s.end <= s.start || overlaps(s)) continue;
    colours[k % colours.length].spans.push(s);
    taken.push(s);
    k++;
  }
  return [...groups, ...colours];
}

/** Extracted articles of the corpus (or fixture) pages, the longest first, each mounted once in a Reader. */
async function inputs(env: BenchEnv): Promise<Input[]> {
  const articles: { url: string; reading: ReaderReading }[] = [];
  for (const page of env.pages()) {
    if (page.isVietnameseNews === false) continue;
    const reading = readArticle(await env.loadDocument(page), page.url);
    if (!isExtractError(reading) && reading.text.length > 2000) articles.push({ url: page.url, reading });
  }
  articles.sort((a, b) => b.reading.text.length - a.reading.text.length);
  const out: Input[] = [];
  for (const { url, reading } of articles.slice(0, ARTICLES)) {
    const data: ReaderData = { url, reading, settings: DEFAULT_SETTINGS, existing: null };
    const { shadow, mount } = shadowHost();
    render(readerVNode(data, shadow), mount);
    const body = shadow.querySelector<HTMLElement>('[data-testid="reader-body"]');
    if (!body) throw new Error('bench: the Reader rendered no article body');
    const groups = spansFor(mapText(body).text);
    const count = groups.reduce((n, g) => n + g.spans.length, 0);
    if (count !== RANGES) continue; // article too short for 200 distinct spans
    out.push({ data, body, groups });
  }
  // Let the mounted readers' own effects (their first entity painting) run before timing starts.
  await new Promise((r) => setTimeout(r, 50));
  if (out.length === 0) throw new Error('bench: no article long enough for 200 ranges');
  return out;
}

export default defineBench([
  {
    name: `highlight: paint ${RANGES} ranges vs the reader's render`,
    baseline: { name: 'render Reader + layout', run: (i: Input) => renderReader(i.data) },
    subject: {
      name: `createPainter().paint ×${RANGES}`,
      run: (i: Input) => {
        const painter = createPainter(i.body);
        for (const g of i.groups) painter.paint(g.name, g.spans, g.priority);
        return painter.mode;
      },
    },
    inputs,
    iterations: 15,
    maxRatio: 1,
    unit: `ms per round (up to ${ARTICLES} articles)`,
  },
]);
