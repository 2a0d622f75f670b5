import * as Comlink from 'comlink';
import type { ImportWorkerApi } from './importWorker';

export interface ImportWorkerHandle {
  api: Comlink.Remote<ImportWorkerApi>;
  /** Stops whatever the worker is doing at once; the next call needs a new handle. */
  terminate(): void;
}

/** Starts a worker for one import; cancelling terminates it, which drops any half-done work. */
export function startImportWorker(): ImportWorkerHandle {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'silk-ledger-import' });
  return { api: Comlink.wrap<ImportWorkerApi>(worker), terminate: () => worker.terminate() };
}
