/**
 * Reader suite: the cost of detection and extraction against plain Readability on the same pages.
 * (a) detectPage vs isProbablyReaderable alone (target ≤ 1.5×);
 * (b) extractArticle vs `new Readability(doc.cloneNode(true)).parse()` (target ≤ 1.3×);
 * (c) toolbar click → reader painted: readArticle + the Reader's render vs the same Readability (≤ 1.3×).
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { Reader } from '@/components/reader/Reader';
import readerCss from '@/entrypoints/reader-frame/style.css?inline' with { type: 'text' };
import { isExtractError, readArticle } from '@/lib/article';
import { detectPage } from '@/lib/detect';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { extractArticle } from '@/lib/reader';
import { type BenchEnv, defineBench } from '../types';

interface PageInput {
  doc: Document;
  url: string;
}

async function loadPages(env: BenchEnv): Promise<PageInput[]> {
  return await Promise.all(env.pages().map(async (p) => ({ doc: await env.loadDocument(p), url: p.url })));
}

// The reader reads its strings through browser.i18n: a stand-in that answers with the key.
(globalThis as unknown as { browser?: unknown }).browser ??= {
  i18n: { getMessage: (key: string) => key, getUILanguage: () => 'vi' },
  runtime: { getURL: (p: string) => p },
};

const noop = () => {};
const refuse = () => Promise.reject(new Error('bench: no saving'));

/**
 * What a toolbar click costs until the reader is painted in its host: `readArticle` in the page
 * (extract + rendered text + recognise), then the reader page's render of that handover (sanitise
 * where inserted, map the text, paint entities; effects flushed), with layout forced. The host's
 * dialog/iframe creation and the messaging hops are not in it (browser work outside our code).
 */
function readerPainted(p: PageInput): number {
  const reading = readArticle(p.doc, p.url);
  if (isExtractError(reading)) return 0;
  const mount = document.createElement('div');
  const style = document.createElement('style');
  style.textContent = readerCss;
  mount.append(style);
  const root = document.createElement('div');
  mount.append(root);
  document.body.append(mount);
  act(() => {
    render(
      h(Reader, {
        data: { url: p.url, reading, settings: DEFAULT_SETTINGS, existing: null },
        onClose: noop,
        save: refuse,
        saveSettings: noop,
      }),
      root,
    );
  });
  const height = root.offsetHeight;
  render(null, root);
  mount.remove();
  return height;
}

export default defineBench([
  {
    name: 'detector: detectPage vs isProbablyReaderable',
    baseline: { name: 'isProbablyReaderable', run: (p: PageInput) => isProbablyReaderable(p.doc) },
    subject: { name: 'detectPage', run: (p: PageInput) => detectPage(p.doc, p.url) },
    inputs: loadPages,
    iterations: 15,
    maxRatio: 1.5,
    unit: 'ms per round of all pages',
  },
  {
    name: 'reader: extractArticle vs Readability.parse',
    baseline: {
      name: 'Readability(clone).parse',
      run: (p: PageInput) => new Readability(p.doc.cloneNode(true) as Document).parse(),
    },
    subject: { name: 'extractArticle', run: (p: PageInput) => extractArticle(p.doc, p.url) },
    inputs: loadPages,
    iterations: 9,
    maxRatio: 1.3,
    unit: 'ms per round of all pages',
  },
  {
    name: 'reader host: toolbar click → reader painted (extract + recognise + render) vs Readability.parse',
    baseline: {
      name: 'Readability(clone).parse',
      run: (p: PageInput) => new Readability(p.doc.cloneNode(true) as Document).parse(),
    },
    subject: { name: 'readArticle + Reader render', run: readerPainted },
    inputs: loadPages,
    iterations: 9,
    maxRatio: 1.3,
    unit: 'ms per round of all pages',
  },
]);
