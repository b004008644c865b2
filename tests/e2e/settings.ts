/**
 * Writes settings the way the extension keeps them: in the extension-origin database (table
 * `settings`, row 'settings'), never in storage.local. Run on an extension page that has already
 * opened the database (e.g. after waiting for its root test id).
 */
import type { E2EPage } from './types';

export async function putSettings(page: E2EPage, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (p: Record<string, unknown>) => {
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('bao-gon');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const db = req.result;
        const tx = db.transaction('settings', 'readwrite');
        const store = tx.objectStore('settings');
        const get = store.get('settings');
        get.onsuccess = () => {
          const current = (get.result as { value?: Record<string, unknown> } | undefined)?.value ?? {};
          store.put({ key: 'settings', value: { ...current, ...p } });
        };
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, patch);
}
