/** What a content script (or an extension page) knows about a clipping before it is saved. */
import type { Entity, Highlight, Selector } from '../types';

/**
 * The fields of a `Clipping` a content script can know. The background fills `id`, `canonicalUrl`,
 * `collectionId` (unless given), `savedAt`, `updatedAt`, `contentHash` and `extractorVersion`
 * (unless given), and re-sanitises `html` before storing.
 */
export interface ClipDraft {
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  kind: 'article' | 'selection';
  /** For kind 'selection': the selected text. */
  quote?: string;
  selectors: Selector[];
  html: string;
  text: string;
  entities: Entity[];
  highlights: Highlight[];
  note?: string;
  tags?: string[];
  /** Version of the extractor that produced `html`/`text` (default `EXTRACTOR_VERSION`). */
  extractorVersion?: string;
  /** Collection to file a new clipping in (default 'default'; unknown ids fall back to it). */
  collectionId?: string;
}

/** Default `extractorVersion` when a draft does not say. */
export const EXTRACTOR_VERSION = '1';
