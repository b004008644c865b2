/** Bulk actions in chunks: one message per chunk of ids, progress after each, stops at the first failure. */

export interface BulkProgress {
  /** Which action (an i18n key of its label). */
  action: 'delete' | 'restore' | 'move' | 'tag';
  done: number;
  total: number;
}

export interface ChunkRun<R> {
  /** Results of the chunks that succeeded, in order. */
  results: R[];
  /** Number of ids in the chunks that succeeded. */
  done: number;
  /** The failure that stopped the run (later chunks were not tried), or null. */
  error: unknown;
}

/** Runs `fn` on consecutive chunks of `ids`, reporting `onProgress(done, total)` after each chunk. */
export async function runInChunks<R>(
  ids: readonly string[],
  size: number,
  fn: (chunk: string[]) => Promise<R>,
  onProgress: (done: number, total: number) => void,
): Promise<ChunkRun<R>> {
  const results: R[] = [];
  let done = 0;
  onProgress(0, ids.length);
  for (let i = 0; i < ids.length; i += size) {
    const chunk = ids.slice(i, i + size);
    try {
      results.push(await fn(chunk));
    } catch (error) {
      return { results, done, error };
    }
    done += chunk.length;
    onProgress(done, ids.length);
  }
  return { results, done, error: null };
}

/** The text of a failure for people (the background's message when there is one). */
export function failureText(err: unknown): string {
  if (err instanceof Error && err.message) return err.message.slice(0, 400);
  return String(err).slice(0, 400);
}
