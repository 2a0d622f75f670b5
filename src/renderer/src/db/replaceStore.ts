import type { BackupDataset } from '@shared/report/backupFormat';
import { lastRestoreKey, type RestoreNote } from '@shared/model/settings';
import { recordTables, type AnyRecord, type RecordTable } from '@shared/model/tables';
import type { Table } from 'dexie';
import { asDataResult, type DataResult } from './dataErrors';
import type { SilkLedgerDatabase } from './database';
import { historyChunkStoreName, readAllHistory, writeHistory } from './historyChunks';
import { recordStoreTables, writeRecords } from './recordPages';
import { readTable } from './readRecords';
import { clearDataSettings, putSettingEntries, readDataSettings } from './settings';

/** Everything a store holds, table by table: what a backup saves and a restore puts back. */
export type StoreContents = BackupDataset;

export { lastRestoreKey };

/** The object stores holding records and history, which a restore or reset replaces. */
const recordAndHistoryTables = (db: SilkLedgerDatabase): Table[] => [
  ...recordStoreTables(db, recordTables),
  db.history,
  db.table(historyChunkStoreName),
];

export const storeTables = (db: SilkLedgerDatabase): Table[] => [...recordAndHistoryTables(db), db.meta];

/** Adds the given tables' rows; runs inside the caller's transaction, so a failure rolls all of it back. */
export async function writeStoreContents(db: SilkLedgerDatabase, contents: Partial<StoreContents>): Promise<void> {
  for (const table of recordTables) {
    const records = contents[table] as AnyRecord[] | undefined;
    if (records?.length) await writeRecords(db, table, records, 'add');
  }
  if (contents.history?.length) await writeHistory(db, contents.history);
  if (contents.meta?.length) await putSettingEntries(db, contents.meta);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every record (deleted ones too), all history and the settings that belong with the data, read
 * in one consistent transaction; records and history in id order, as a backup has always listed them.
 */
export async function readStoreContents(db: SilkLedgerDatabase): Promise<StoreContents> {
  return db.transaction('r', storeTables(db), async () => {
    const [records, history, meta] = await Promise.all([
      Promise.all(recordTables.map(async (table) => [table, (await readTable(db, table)).sort(byId)] as const)),
      readAllHistory(db),
      readDataSettings(db),
    ]);
    return { ...(Object.fromEntries(records) as { [T in RecordTable]: StoreContents[T] }), history, meta };
  });
}

/**
 * Replaces every record and all history in one transaction: the new contents land completely or
 * the store stays as it was. The settings that belong with the data (saved views, mapping presets)
 * are replaced too when `settings` is 'replace'; with 'keep' the given settings are written over
 * the existing ones. Settings kept per computer (the analyst's name, the last screen) always stay.
 */
export async function replaceStore(
  db: SilkLedgerDatabase,
  contents: Partial<StoreContents>,
  settings: 'replace' | 'keep',
): Promise<void> {
  await db.transaction('rw', storeTables(db), async () => {
    for (const table of recordAndHistoryTables(db)) await table.clear();
    if (settings === 'replace') await clearDataSettings(db);
    await writeStoreContents(db, contents);
  });
}

/** Puts a backup's contents in place of the store's, and notes the restore in the settings. */
export async function restoreBackup(
  db: SilkLedgerDatabase,
  contents: StoreContents,
  restore: RestoreNote,
): Promise<DataResult<RestoreNote>> {
  const meta = [...contents.meta.filter((entry) => entry.key !== lastRestoreKey), { key: lastRestoreKey, value: restore }];
  return asDataResult(async () => {
    await replaceStore(db, { ...contents, meta }, 'replace');
    return restore;
  });
}
