/** Asking the browser to keep the clippings database when disk space runs low. */

/** The part of `StorageManager` used here. */
export interface PersistCapable {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/**
 * Requests persistent storage where the API exists (windows; not in service workers).
 * Returns true when storage is persistent, false when refused, null when not available here.
 * Never throws.
 */
export async function requestPersistence(
  storage: PersistCapable | undefined = (globalThis as { navigator?: { storage?: PersistCapable } }).navigator
    ?.storage,
): Promise<boolean | null> {
  try {
    if (!storage) return null;
    if (storage.persisted && (await storage.persisted())) return true;
    if (!storage.persist) return null;
    return await storage.persist();
  } catch {
    return null;
  }
}
