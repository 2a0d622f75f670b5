import type { BackupDataset, BackupTable } from '@shared/report/backupFormat';
import { backupTables } from '@shared/report/backupFormat';
import type { Table } from 'dexie';
import { asDataResult, type DataResult } from './dataErrors';
import type { SilkLedgerDatabase } from './database';

/** Everything a store holds, table by table: what a backup saves and a restore puts back. */
export type StoreContents = BackupDataset;

export const lastRestoreKey = 'last-restore';

/** Kept in the store's settings after a restore, so the analyst can see where the data came from. */
export interface RestoreRecord {
  fileName: string;
  restoredAt: string;
  restoredBy: string;
  backupMadeAt: string;
  backupMadeBy: string;
}

function tableOf(db: SilkLedgerDatabase, table: BackupTable): Table {
  return db.table(table);
}

export const storeTables = (db: SilkLedgerDatabase): Table[] => backupTables.map((table) => tableOf(db, table));

/** Adds the given tables' rows; runs inside the caller's transaction, so a failure rolls all of it back. */
export async function writeStoreContents(db: SilkLedgerDatabase, contents: Partial<StoreContents>): Promise<void> {
  for (const table of backupTables) {
    const rows = contents[table];
    if (!rows?.length) continue;
    if (table === 'meta') await db.meta.bulkPut(rows as StoreContents['meta']);
    else await tableOf(db, table).bulkAdd(rows);
  }
}

/** Every record (deleted ones too), all history and every setting, read in one consistent transaction. */
export async function readStoreContents(db: SilkLedgerDatabase): Promise<StoreContents> {
  return db.transaction('r', storeTables(db), async () => {
    const read = await Promise.all(backupTables.map((table) => tableOf(db, table).toArray()));
    return Object.fromEntries(backupTables.map((table, index) => [table, read[index]])) as StoreContents;
  });
}

/**
 * Replaces every record and all history in one transaction: the new contents land completely or
 * the store stays as it was. Settings (saved views, mapping presets) are replaced too when
 * `settings` is 'replace'; with 'keep' the given settings are written over the existing ones.
 */
export async function replaceStore(
  db: SilkLedgerDatabase,
  contents: Partial<StoreContents>,
  settings: 'replace' | 'keep',
): Promise<void> {
  await db.transaction('rw', storeTables(db), async () => {
    for (const table of backupTables) if (table !== 'meta' || settings === 'replace') await tableOf(db, table).clear();
    await writeStoreContents(db, contents);
  });
}

/** Puts a backup's contents in place of the store's, and notes the restore in the settings. */
export async function restoreBackup(
  db: SilkLedgerDatabase,
  contents: StoreContents,
  restore: RestoreRecord,
): Promise<DataResult<RestoreRecord>> {
  const meta = [...contents.meta.filter((entry) => entry.key !== lastRestoreKey), { key: lastRestoreKey, value: restore }];
  return asDataResult(async () => {
    await replaceStore(db, { ...contents, meta }, 'replace');
    return restore;
  });
}
