/** Small Preact hooks shared by the popup and the library. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The result of a Dexie query that re-runs whenever the tables it read change (also when another
 * context of the extension, e.g. the background, writes). `undefined` until the first result.
 */
export function useLiveQuery<T>(querier: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const sub = liveQuery(querier).subscribe({
      next: (v) => setValue(() => v),
      error: (err) => console.warn('[bao-gon] live query failed', err),
    });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}

/** `value`, updated only after it has stayed unchanged for `ms` milliseconds. */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    if (ms <= 0) {
      setV(() => value);
      return;
    }
    const id = setTimeout(() => setV(() => value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}
