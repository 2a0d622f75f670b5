import * as Comlink from 'comlink';
import type { BackupWorkerApi } from './backupWorker';

/** Runs one backup task in a fresh worker, which is stopped afterwards, failed or not. */
export async function inBackupWorker<T>(task: (api: Comlink.Remote<BackupWorkerApi>) => Promise<T>): Promise<T> {
  const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module', name: 'silk-ledger-backup' });
  // comlink would wait forever on a worker that failed to load or crashed.
  const failed = new Promise<never>((_resolve, reject) => {
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the backup worker stopped unexpectedly')));
  });
  try {
    return await Promise.race([task(Comlink.wrap<BackupWorkerApi>(worker)), failed]);
  } finally {
    worker.terminate();
  }
}
