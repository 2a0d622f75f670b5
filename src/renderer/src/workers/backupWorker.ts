import * as Comlink from 'comlink';
import { SilkLedgerDatabase } from '../db/database';
import { buildWorkbookExport, type WorkbookExportRequest } from '@shared/report/workbookExport';
import { readActiveRecords } from '../db/readRecords';
import { buildStoreBackup, readBackupFile, type OpenedBackupResult } from '../db/storeBackupFile';

/** Opens the store for one task in the worker and closes it afterwards; the bytes go back without a copy. */
async function fromStore(databaseName: string, build: (db: SilkLedgerDatabase) => Promise<Uint8Array>): Promise<Uint8Array> {
  const db = new SilkLedgerDatabase(databaseName);
  try {
    await db.open();
    const bytes = await build(db);
    return Comlink.transfer(bytes, [bytes.buffer]);
  } finally {
    db.close();
  }
}

/**
 * Workbooks of a whole store (backups, reports) take seconds of SheetJS work at 100,000 records, so
 * they are built and read here, off the window's thread: snapshots and exports never freeze the
 * app. The worker opens its own connection to the store and reads it in one transaction.
 */
const backupWorker = {
  buildBackup: (databaseName: string, savedBy: string, generatedAt: Date) =>
    fromStore(databaseName, (db) => buildStoreBackup(db, savedBy, generatedAt)),
  buildReport: (databaseName: string, request: WorkbookExportRequest) =>
    fromStore(databaseName, async (db) => buildWorkbookExport(request, await readActiveRecords(db))),
  readBackup: (fileName: string, bytes: Uint8Array): Promise<OpenedBackupResult> => readBackupFile(fileName, bytes),
};

export type BackupWorkerApi = typeof backupWorker;

Comlink.expose(backupWorker);
