/** Small Preact hooks shared by the popup and the library. */
import Dexie from 'dexie';
import { useEffect, useState } from 'preact/hooks';

type MutatedParts = Record<string, unknown>;

/** True when a Dexie `storagemutated` notice concerns the database named `dbName` (any db when null). */
export function touchesDb(parts: MutatedParts, dbName: string | null): boolean {
  if (dbName === null) return true;
  const prefix = `idb://${dbName}/`;
  return Object.keys(parts).some((k) => k.startsWith(prefix));
}

/**
 * The result of a database query, re-run whenever the database changes — also when another context
 * of the extension (background, another page) writes: Dexie's `storagemutated` event, which Dexie
 * relays between contexts over a BroadcastChannel (the same signal `liveQuery` uses). Unlike
 * `liveQuery`'s read tracking, this stays correct for queries made of several awaited steps.
 * Re-runs are coalesced: at most one query runs at a time. `undefined` until the first result.
 */
export function useLiveQuery<T>(
  querier: () => Promise<T>,
  deps: readonly unknown[],
  dbName: string | null = null,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let running = false;
    let again = false;
    const run = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        const v = await querier();
        if (live) setValue(() => v);
      } catch (err) {
        if (live) console.warn('[bao-gon] live query failed', err);
      } finally {
        running = false;
        if (again && live) {
          again = false;
          void run();
        }
      }
    };
    const onMutated = (parts: MutatedParts) => {
      if (live && touchesDb(parts, dbName)) void run();
    };
    void run();
    Dexie.on('storagemutated', onMutated);
    return () => {
      live = false;
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
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
