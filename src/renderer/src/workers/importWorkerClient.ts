import * as Comlink from 'comlink';
import type { ImportWorkerApi, ImportWorkerLifeLockMessage } from './importWorker';

export interface ImportWorkerHandle {
  api: Comlink.Remote<ImportWorkerApi>;
  /**
   * Rejects if the worker itself fails (it could not load, or crashed): comlink calls would
   * otherwise wait forever, so callers race their call against this.
   */
  failed: Promise<never>;
  /** Stops whatever the worker is doing at once; the next call needs a new handle. */
  terminate(): void;
}

/** The import's worker is gone while a call to it was still unanswered. */
export class ImportWorkerStopped extends Error {
  constructor() {
    super('the import stopped before it finished, perhaps for want of memory; nothing was imported');
    this.name = 'ImportWorkerStopped';
  }
}

/** A worker started ahead of the next import, its code loaded while the analyst chooses the file. */
let prepared: ImportWorkerHandle | null = null;

/**
 * Starts the next import's worker before its file is chosen (the Import button, a file dragged over
 * the window): loading the reader's code then overlaps the analyst's choosing, and the first rows
 * show sooner. It waits, idle, for the import that takes it.
 */
export function prepareImportWorker(): void {
  if (prepared) return;
  const handle = newImportWorker();
  prepared = handle;
  // One that fails while it waits is dropped; the next import starts its own.
  handle.failed.catch(() => {
    if (prepared === handle) prepared = null;
  });
}

/** The worker for one import: the prepared one, else a new one. Cancelling terminates it, which drops any half-done work. */
export function startImportWorker(): ImportWorkerHandle {
  const handle = prepared ?? newImportWorker();
  prepared = null;
  return handle;
}

function newImportWorker(): ImportWorkerHandle {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'silk-ledger-import' });
  const failed = new Promise<never>((_resolve, reject) => {
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the import worker stopped unexpectedly')));
    worker.addEventListener('messageerror', () => reject(new Error('the import worker sent a message that could not be read')));
    // The worker holds this lock from before it reads anything until it is gone; being granted it
    // is the only sign of a worker that ran out of memory or was terminated (see importWorker.ts).
    worker.addEventListener('message', (event: MessageEvent<Partial<ImportWorkerLifeLockMessage> | null>) => {
      const lifeLock = event.data?.importWorkerLifeLock;
      if (typeof lifeLock === 'string') void navigator.locks.request(lifeLock, () => reject(new ImportWorkerStopped()));
    });
  });
  // Nobody may be waiting when the worker fails; the rejection is still handled where it matters.
  failed.catch(() => undefined);
  return { api: Comlink.wrap<ImportWorkerApi>(worker), failed, terminate: () => worker.terminate() };
}
