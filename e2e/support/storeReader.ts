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
    // Records are stored in pages and the history of imports in chunks (docs/data-model.md): count what they hold.
    const held = (value: { records?: unknown[]; entries?: unknown[] }) => value.records?.length ?? value.entries?.length ?? 1;
    const counts = Object.fromEntries(
      await Promise.all(
        names.map(async (name) => {
          const values = await asPromise(transaction.objectStore(name).getAll());
          return [name, values.reduce((sum: number, value) => sum + held(value), 0)] as const;
        }),
      ),
    );
    const dealPages = await asPromise(transaction.objectStore('dealPages').getAll());
    const deals = dealPages.flatMap((page: { records: unknown[] }) => page.records);
    db.close();
    return { counts, deals };
  });
}

/**
 * Every value of every object store, as stored and in key order: the whole store, bypassing the
 * app. Pages of records are compared as stored (packed, docs/data-model.md), so two stores are equal
 * only if every record, history entry and setting is.
 */
export function readStoredValues(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('silk-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames];
    const transaction = db.transaction(names, 'readonly');
    const values = await Promise.all(
      names.map(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return Object.fromEntries(names.map((name, index) => [name, values[index]]));
  });
}
