/**
 * DOMPurify for imported article HTML, before it is stored. The import runs in a worker, which has no
 * DOM: the worker hands the HTML to a `sanitize` callback in batches (the options page runs DOMPurify
 * on them in short slices) and writes only sanitised records. Only the `html` field is markup; the
 * other fields are text, escaped wherever they are shown. Identical documents are sanitised once, and
 * a few batches are kept in flight so the page never waits for the worker.
 */
import type { ImportPlan } from './import';

const SANITIZED = new WeakSet<object>();

/** True once `sanitizePlan` has run on this plan. */
export function isSanitized(plan: ImportPlan): boolean {
  return SANITIZED.has(plan);
}

/** Sanitises a batch of HTML strings (same length and order back). */
export type SanitizeBatch = (htmls: string[]) => Promise<string[]>;

/** Distinct documents per batch handed to the sanitiser. */
export const SANITIZE_BATCH = 500;
/** Batches sent before the first answer comes back. */
const IN_FLIGHT = 3;

/**
 * Replaces the HTML of every clipping the plan will write (new and updated) with its sanitised
 * form, reporting progress in records. Empty HTML is not sent; identical HTML is sent once.
 */
export async function sanitizePlan(
  plan: ImportPlan,
  sanitize: SanitizeBatch,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const records = [...plan.new, ...plan.updated];
  const total = records.length;
  onProgress?.(0, total);
  // Distinct non-empty documents, each with the records that hold it.
  const holders = new Map<string, number[]>();
  let blank = 0;
  records.forEach((c, i) => {
    if (!c.html.trim()) {
      blank++;
      return;
    }
    const list = holders.get(c.html);
    if (list) list.push(i);
    else holders.set(c.html, [i]);
  });
  const docs = [...holders.keys()];
  let done = blank;
  const batches: string[][] = [];
  for (let i = 0; i < docs.length; i += SANITIZE_BATCH) batches.push(docs.slice(i, i + SANITIZE_BATCH));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      const clean = await sanitize(batch);
      if (clean.length !== batch.length) throw new Error('sanitiser returned a different number of documents');
      batch.forEach((dirty, k) => {
        const at = holders.get(dirty) ?? [];
        for (const i of at) records[i].html = clean[k];
        done += at.length;
      });
      onProgress?.(done, total);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, batches.length) }, worker));
  onProgress?.(total, total);
  SANITIZED.add(plan);
}
