/** Text folding and `<meta>` lookups shared by the metadata readers. */
import { toNfc } from '../detect/language';
import { decodeEntities } from './entities';

/** NFC + whitespace folding. */
export const fold = (s: string | null | undefined): string =>
  toNfc(decodeEntities(s ?? ''))
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();

const metaIndexes = new WeakMap<Document, Map<string, string>>();

/** Every `<meta>` of the page by property/name/itemprop (lower case), read in one pass. */
function metaIndex(doc: Document): Map<string, string> {
  let index = metaIndexes.get(doc);
  if (index) return index;
  index = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = el.getAttribute('content');
    if (!content?.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  metaIndexes.set(doc, index);
  return index;
}

export function metaContent(doc: Document, ...keys: string[]): string | null {
  const index = metaIndex(doc);
  for (const k of keys) {
    const v = fold(index.get(k.toLowerCase()));
    if (v) return v;
  }
  return null;
}
