/**
 * The one protocol between the options page (or library) and the transfer worker that runs exports
 * and imports off the page's main thread. Each side validates what it receives (valibot).
 * Cancel is `worker.terminate()`: an export has no side effect, and an import's single write
 * transaction is aborted with the worker, so nothing is half-written.
 */
import * as v from 'valibot';

const Scope = v.variant('kind', [
  v.object({ kind: v.literal('all') }),
  v.object({ kind: v.literal('collections'), ids: v.array(v.string()) }),
  v.object({ kind: v.literal('selection'), ids: v.array(v.string()) }),
]);

/** Page → worker. */
export const ToWorker = v.variant('t', [
  v.object({
    t: v.literal('export'),
    dbName: v.string(),
    format: v.string(),
    scope: Scope,
    scopeName: v.optional(v.string()),
    timeZone: v.optional(v.string()),
  }),
  v.object({ t: v.literal('plan'), dbName: v.string(), file: v.instance(Blob) }),
  v.object({ t: v.literal('clean'), id: v.number(), htmls: v.array(v.string()) }),
  v.object({ t: v.literal('apply') }),
]);
export type ToWorker = v.InferOutput<typeof ToWorker>;

const Phase = v.picklist(['export', 'sanitize', 'write']);

/** What the page shows of an import plan (the records stay in the worker). */
const Summary = v.object({
  total: v.number(),
  new: v.number(),
  updated: v.number(),
  duplicates: v.number(),
  invalid: v.array(
    v.object({ kind: v.picklist(['clipping', 'collection']), index: v.number(), reason: v.string() }),
  ),
  invalidCount: v.number(),
  newCollections: v.array(v.string()),
});
export type ImportSummary = v.InferOutput<typeof Summary>;

/** Worker → page. */
export const FromWorker = v.variant('t', [
  v.object({ t: v.literal('progress'), phase: Phase, done: v.number(), total: v.number() }),
  v.object({
    t: v.literal('exported'),
    filename: v.string(),
    mime: v.string(),
    data: v.union([v.string(), v.instance(Uint8Array)]),
    count: v.number(),
  }),
  v.object({ t: v.literal('sanitize'), id: v.number(), htmls: v.array(v.string()) }),
  v.object({ t: v.literal('planned'), summary: Summary }),
  v.object({ t: v.literal('applied'), added: v.number(), updated: v.number() }),
  v.object({ t: v.literal('error'), code: v.nullable(v.string()), detail: v.string() }),
]);
export type FromWorker = v.InferOutput<typeof FromWorker>;
