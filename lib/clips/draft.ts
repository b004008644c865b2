/** What a content script (or an extension page) knows about a clipping before it is saved. */
import type * as v from 'valibot';
import type { ClipDraftSchema } from '../schema';

/**
 * The fields of a `Clipping` a content script can know (schema: `ClipDraftSchema` in lib/schema.ts).
 * The background fills `id`, `canonicalUrl`, `collectionId` (unless given), `savedAt`, `updatedAt`,
 * `contentHash` and `extractorVersion` (unless given), and re-sanitises `html` before storing.
 */
export type ClipDraft = v.InferOutput<typeof ClipDraftSchema>;

/** Default `extractorVersion` when a draft does not say. */
export const EXTRACTOR_VERSION = '1';
