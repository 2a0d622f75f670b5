import type { Page } from '@playwright/test';

export interface StoreState {
  counts: Record<string, number>;
  deals: unknown[];
}

/** Reads the app's IndexedDB store directly, bypassing the app, to compare it before and after. */
export function readStore(page: Page): Promise<StoreState> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('silk-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames];
    const transaction = db.transaction(names, 'readonly');
    const asPromise = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const counts = Object.fromEntries(
      await Promise.all(names.map(async (name) => [name, await asPromise(transaction.objectStore(name).count())] as const)),
    );
    const deals = await asPromise(transaction.objectStore('deals').getAll());
    db.close();
    return { counts, deals };
  });
}
