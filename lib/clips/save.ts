/** Saving a clipping: canonical URL, de-duplication and merge, inside one read-write transaction. */
import type { Clipping } from '../types';
import type { BaoGonDB } from './db';
import { DEFAULT_COLLECTION_ID } from './db';
import { stripDerived, toStored } from './derive';
import { type ClipDraft, EXTRACTOR_VERSION } from './draft';
import { ClipsError, toWriteError } from './errors';
import { foldVietnamese } from './fold';
import { hashText } from './hash';
import { isWebUrl, samePage } from './provenance';
import { mergeHighlights, mergeNote, mergeTags, normalizeTags } from './merge';
import { canonicalizeUrl, selectionKey } from './url';

export interface SaveResult {
  clipping: Clipping;
  /** True when a clipping with the same key existed and the draft was merged into it. */
  alreadySaved: boolean;
}

export interface SaveOptions {
  /** Clock (tests). */
  now?: () => Date;
  /** Id factory (tests). */
  newId?: () => string;
}

/** A random UUID (crypto.randomUUID where available). */
export function newUuid(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  const b = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The unique key of the clipping a draft belongs to. An article is keyed by its canonical URL;
 * a selection is its own record keyed by `canonicalUrl#quote-<hash of the folded quote>`, so
 * saving an excerpt of a page already saved as an article never overwrites the article, and
 * saving the same excerpt twice merges.
 */
export function clippingKey(draft: Pick<ClipDraft, 'url' | 'kind' | 'quote' | 'text'>): string {
  const canonical = canonicalizeUrl(draft.url);
  if (draft.kind !== 'selection') return canonical;
  const quote = foldVietnamese((draft.quote || draft.text).trim().replace(/\s+/g, ' '));
  return selectionKey(canonical, hashText(quote));
}

function checkDraft(draft: ClipDraft): void {
  if (!draft || typeof draft.url !== 'string' || !draft.url.trim()) throw new ClipsError('invalid', 'url');
  if (!isWebUrl(draft.url)) throw new ClipsError('invalid', 'unsupported-url');
  if (draft.kind === 'selection' && !(draft.quote || draft.text).trim())
    throw new ClipsError('invalid', 'quote');
}

/** Builds a new clipping from a draft. */
function fromDraft(draft: ClipDraft, key: string, id: string, collectionId: string, at: string): Clipping {
  const c: Clipping = {
    id,
    url: draft.url,
    canonicalUrl: key,
    title: draft.title,
    siteName: draft.siteName,
    byline: draft.byline,
    publishedTime: draft.publishedTime,
    lang: draft.lang,
    kind: draft.kind,
    selectors: draft.selectors,
    html: draft.html,
    text: draft.text,
    entities: draft.entities,
    highlights: mergeHighlights([], draft.highlights),
    note: (draft.note ?? '').trim(),
    tags: normalizeTags(draft.tags ?? []),
    collectionId,
    savedAt: at,
    updatedAt: at,
    extractorVersion: draft.extractorVersion || EXTRACTOR_VERSION,
    contentHash: hashText(draft.text),
  };
  if (draft.quote !== undefined) c.quote = draft.quote;
  return c;
}

/** The page a clipping belongs to (a selection's key carries `#quote-…` after the page URL). */
function pageOf(c: Clipping): string {
  const i = c.canonicalUrl.indexOf('#quote-');
  return i >= 0 ? c.canonicalUrl.slice(0, i) : c.canonicalUrl;
}

/**
 * Merges a draft into an existing clipping: highlights, tags and note are only ever added to
 * (see merge.ts); content is refreshed only when the draft has some AND is of the same page.
 */
function mergeDraft(existing: Clipping, draft: ClipDraft, at: string): Clipping {
  const hasContent = draft.text.trim() !== '' && samePage(draft.url, pageOf(existing));
  const merged: Clipping = {
    ...existing,
    highlights: mergeHighlights(existing.highlights, draft.highlights),
    tags: mergeTags(existing.tags, draft.tags ?? []),
    note: mergeNote(existing.note, draft.note),
    updatedAt: at,
  };
  if (hasContent) {
    Object.assign(merged, {
      url: draft.url,
      title: draft.title || existing.title,
      siteName: draft.siteName ?? existing.siteName,
      byline: draft.byline ?? existing.byline,
      publishedTime: draft.publishedTime ?? existing.publishedTime,
      lang: draft.lang ?? existing.lang,
      selectors: draft.selectors.length ? draft.selectors : existing.selectors,
      html: draft.html,
      text: draft.text,
      entities: draft.entities,
      contentHash: hashText(draft.text),
      extractorVersion: draft.extractorVersion || EXTRACTOR_VERSION,
    });
  }
  return merged;
}

/**
 * Saves a draft: computes its key (see `clippingKey`), and inside ONE read-write transaction
 * either merges it into the clipping with that key (highlights by id or quote+position, tags
 * united, note kept, content refreshed, `updatedAt` bumped) or adds a new clipping. Concurrent
 * saves of the same page therefore give one record. Any failure (quota, write error) rejects with
 * a `ClipsError` and the transaction is rolled back, leaving existing data intact.
 */
export async function saveClipping(
  db: BaoGonDB,
  draft: ClipDraft,
  opts: SaveOptions = {},
): Promise<SaveResult> {
  checkDraft(draft);
  const key = clippingKey(draft);
  const at = (opts.now?.() ?? new Date()).toISOString();
  const id = (opts.newId ?? newUuid)();
  try {
    return await db.transaction('rw', db.clippings, db.collections, async () => {
      const existing = await db.clippings.where('canonicalUrl').equals(key).first();
      if (existing) {
        const merged = mergeDraft(stripDerived(existing), draft, at);
        await db.clippings.put(toStored(merged));
        return { clipping: merged, alreadySaved: true };
      }
      const wanted = draft.collectionId || DEFAULT_COLLECTION_ID;
      const collectionId =
        wanted === DEFAULT_COLLECTION_ID || (await db.collections.get(wanted))
          ? wanted
          : DEFAULT_COLLECTION_ID;
      const clipping = fromDraft(draft, key, id, collectionId, at);
      await db.clippings.add(toStored(clipping));
      return { clipping, alreadySaved: false };
    });
  } catch (err) {
    throw toWriteError(err);
  }
}
