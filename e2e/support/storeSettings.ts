import type { Page } from '@playwright/test';

/** Runs one request on the app's settings (the `meta` object store), past the app, as a test's hand would. */
function onSettings<T>(page: Page, mode: IDBTransactionMode, request: string, key: string, value?: unknown): Promise<T> {
  return page.evaluate(
    ({ mode, request, key, value }) =>
      new Promise<T>((resolve, reject) => {
        const opening = indexedDB.open('silk-ledger');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const settings = db.transaction('meta', mode).objectStore('meta');
          const done = request === 'put' ? settings.put({ key, value }) : settings.get(key);
          done.onerror = () => reject(done.error);
          done.onsuccess = () => {
            db.close();
            resolve((done.result as { value?: unknown } | undefined)?.value as T);
          };
        };
      }),
    { mode, request, key, value },
  );
}

/** The value stored under a setting's key, as the store holds it. */
export function storedSetting(page: Page, key: string): Promise<unknown> {
  return onSettings(page, 'readonly', 'get', key);
}

/** Stores a value under a setting's key without the app's checks, as a damaged store or another release would hold it. */
export async function storeSettingUnchecked(page: Page, key: string, value: unknown): Promise<void> {
  await onSettings(page, 'readwrite', 'put', key, value);
}
