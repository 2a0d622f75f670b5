import type { Dataset } from '@shared/model/dataset';
import type { HistoryEntry } from '@shared/model/history';
import { seedMarkerKey, type SeedMarker } from '@shared/model/settings';
import { recordTables, type RecordTable } from '@shared/model/tables';
import type { SilkLedgerDatabase } from './database';
import { pageTable } from './recordPages';
import { replaceStore, storeTables, writeStoreContents, type StoreContents } from './replaceStore';
import { readSetting } from './settings';

export const defaultDatasetActor = 'Silk Ledger default dataset';

function seedHistory(dataset: Dataset, at: string, newId: () => string): HistoryEntry[] {
  const batchId = `default-dataset-${dataset.datasetVersion}`;
  return recordTables.flatMap((table: RecordTable) =>
    (dataset[table] as Array<{ id: string }>).map((record) => ({
      id: newId(),
      at,
      actor: defaultDatasetActor,
      action: 'create' as const,
      table,
      recordId: record.id,
      before: null,
      after: record as Record<string, unknown>,
      batchId,
      undoOf: null,
    })),
  );
}

/** The default dataset as a store holds it: its records, their creation in history, and the seed marker. */
function seedContents(dataset: Dataset, at: string, newId: () => string): Partial<StoreContents> {
  const records = Object.fromEntries(recordTables.map((table) => [table, dataset[table]]));
  return {
    ...records,
    history: seedHistory(dataset, at, newId),
    meta: [{ key: seedMarkerKey, value: { datasetVersion: dataset.datasetVersion, loadedAt: at } satisfies SeedMarker }],
  };
}

/** Whether the store holds records or was seeded before; runs in the caller's transaction. */
async function seededBefore(db: SilkLedgerDatabase): Promise<boolean> {
  if (await readSetting(db, seedMarkerKey)) return true;
  for (const table of recordTables) if ((await pageTable(db, table).count()) > 0) return true;
  return false;
}

/**
 * Fills a new, empty store with the default dataset, once. A store that already holds records or
 * was seeded before is never touched, even if the analyst has since deleted everything. The dataset
 * is asked for only when it is written: validating it at every start, or loading it with the window's
 * code, would make every start pay for what only an empty store needs. A read-only look comes first,
 * so a seeded store is not held by a transaction that writes.
 */
export async function ensureDefaultDataset(
  db: SilkLedgerDatabase,
  dataset: () => Dataset | Promise<Dataset>,
  now = new Date(),
  newId = () => crypto.randomUUID(),
): Promise<boolean> {
  const seeded = () =>
    db.transaction('r', [db.meta, ...recordTables.map((table) => pageTable(db, table))], () => seededBefore(db));
  if (await seeded()) return false;
  // Loaded outside the writing transaction, which would end while anything but the store is awaited.
  const contents = seedContents(await dataset(), now.toISOString(), newId);
  return db.transaction('rw', storeTables(db), async () => {
    // Asked again inside the writing transaction: another window may have seeded the store meanwhile.
    if (await seededBefore(db)) return false;
    await writeStoreContents(db, contents);
    return true;
  });
}

/** Replaces every record and all history with the default dataset, in one transaction; settings stay. */
export async function resetToDefaultDataset(
  db: SilkLedgerDatabase,
  dataset: Dataset,
  now = new Date(),
  newId = () => crypto.randomUUID(),
): Promise<void> {
  await replaceStore(db, seedContents(dataset, now.toISOString(), newId), 'keep');
}
