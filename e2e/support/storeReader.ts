import type { Page } from '@playwright/test';

export interface StoreState {
  counts: Record<string, number>;
  deals: unknown[];
}

/** Reads the app's IndexedDB store directly, bypassing the app, to compare it before and after. */
export async function readStore(page: Page): Promise<StoreState> {
  const values = await readStoredValues(page);
  // Records are stored in pages and the history of imports in chunks (docs/data-model.md): count what they hold.
  const held = (value: unknown) => {
    const { records, entries } = value as { records?: unknown[]; entries?: unknown[] };
    return records?.length ?? entries?.length ?? 1;
  };
  const counts = Object.fromEntries(
    Object.entries(values).map(([name, stored]) => [name, stored.reduce((sum: number, value) => sum + held(value), 0)]),
  );
  const deals = (values['dealPages'] ?? []).flatMap((stored) => (stored as { records: unknown[] }).records);
  return { counts, deals };
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
