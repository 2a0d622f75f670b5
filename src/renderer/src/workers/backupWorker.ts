import * as Comlink from 'comlink';
import { SilkLedgerDatabase } from '../db/database';
import { buildStoreBackup, readBackupFile, type OpenedBackupResult } from '../features/backup/backupFile';

/**
 * Building and reading a backup workbook of a large store takes seconds of SheetJS work, so it
 * runs here, off the window's thread: automatic snapshots never freeze the app. The worker opens
 * its own connection to the store and reads it in one transaction.
 */
const backupWorker = {
  async buildBackup(databaseName: string, savedBy: string, generatedAt: Date): Promise<Uint8Array> {
    const db = new SilkLedgerDatabase(databaseName);
    try {
      await db.open();
      const bytes = await buildStoreBackup(db, savedBy, generatedAt);
      return Comlink.transfer(bytes, [bytes.buffer]);
    } finally {
      db.close();
    }
  },
  readBackup: (fileName: string, bytes: Uint8Array): Promise<OpenedBackupResult> => readBackupFile(fileName, bytes),
};

export type BackupWorkerApi = typeof backupWorker;

Comlink.expose(backupWorker);
