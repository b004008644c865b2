/**
 * DOMPurify for imported article HTML, before it is stored. The import runs in a worker, which has no
 * DOM: the worker hands the HTML to a `sanitize` callback in batches (the options page runs DOMPurify
 * on them in short slices) and writes only sanitised records.
 */
import type { ImportPlan } from './import';

const SANITIZED = new WeakSet<object>();

/** True once `sanitizePlan` has run on this plan. */
export function isSanitized(plan: ImportPlan): boolean {
  return SANITIZED.has(plan);
}

/** Sanitises a batch of HTML strings (same length and order back). */
export type SanitizeBatch = (htmls: string[]) => Promise<string[]>;

/** Records per batch handed to the sanitiser. */
export const SANITIZE_BATCH = 200;

/**
 * Replaces the HTML of every clipping the plan will write (new and updated) with its sanitised
 * form, batch by batch, reporting progress. Empty HTML is not sent.
 */
export async function sanitizePlan(
  plan: ImportPlan,
  sanitize: SanitizeBatch,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const records = [...plan.new, ...plan.updated];
  const total = records.length;
  onProgress?.(0, total);
  for (let i = 0; i < total; i += SANITIZE_BATCH) {
    const part = records.slice(i, i + SANITIZE_BATCH).filter((c) => c.html.trim());
    if (part.length) {
      const clean = await sanitize(part.map((c) => c.html));
      if (clean.length !== part.length) throw new Error('sanitiser returned a different number of documents');
      part.forEach((c, k) => {
        c.html = clean[k];
      });
    }
    onProgress?.(Math.min(total, i + SANITIZE_BATCH), total);
  }
  SANITIZED.add(plan);
}
